
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/src/core/competition.cpp" "src/CMakeFiles/plumb_core.dir/core/competition.cpp.o" "gcc" "src/CMakeFiles/plumb_core.dir/core/competition.cpp.o.d"
  "/work/main/src/core/decimal.cpp" "src/CMakeFiles/plumb_core.dir/core/decimal.cpp.o" "gcc" "src/CMakeFiles/plumb_core.dir/core/decimal.cpp.o.d"
  "/work/main/src/core/id_number.cpp" "src/CMakeFiles/plumb_core.dir/core/id_number.cpp.o" "gcc" "src/CMakeFiles/plumb_core.dir/core/id_number.cpp.o.d"
  "/work/main/src/core/scheme.cpp" "src/CMakeFiles/plumb_core.dir/core/scheme.cpp.o" "gcc" "src/CMakeFiles/plumb_core.dir/core/scheme.cpp.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
