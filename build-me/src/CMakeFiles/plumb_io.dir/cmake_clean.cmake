file(REMOVE_RECURSE
  "CMakeFiles/plumb_io.dir/io/file_bytes.cpp.o"
  "CMakeFiles/plumb_io.dir/io/file_bytes.cpp.o.d"
  "libplumb_io.a"
  "libplumb_io.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/plumb_io.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
