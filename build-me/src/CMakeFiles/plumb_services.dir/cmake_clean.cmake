file(REMOVE_RECURSE
  "CMakeFiles/plumb_services.dir/services/data_dir.cpp.o"
  "CMakeFiles/plumb_services.dir/services/data_dir.cpp.o.d"
  "libplumb_services.a"
  "libplumb_services.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/plumb_services.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
