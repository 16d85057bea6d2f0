file(REMOVE_RECURSE
  "CMakeFiles/plumb_core.dir/core/competition.cpp.o"
  "CMakeFiles/plumb_core.dir/core/competition.cpp.o.d"
  "CMakeFiles/plumb_core.dir/core/decimal.cpp.o"
  "CMakeFiles/plumb_core.dir/core/decimal.cpp.o.d"
  "CMakeFiles/plumb_core.dir/core/id_number.cpp.o"
  "CMakeFiles/plumb_core.dir/core/id_number.cpp.o.d"
  "CMakeFiles/plumb_core.dir/core/scheme.cpp.o"
  "CMakeFiles/plumb_core.dir/core/scheme.cpp.o.d"
  "libplumb_core.a"
  "libplumb_core.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/plumb_core.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
