# fuzz_xlsxreader: included from tests/fuzz/CMakeLists.txt when PATRON_FUZZ is on (clang).
# The target compiles the XLSX reader sources itself with the fuzzer instrumentation, so
# it does not depend on how patron_core was built. CRC checks are off (PATRON_FUZZ_NO_CRC):
# mutated stored entries would otherwise never get past the zip layer into the XML.
find_package(QuaZip-Qt6 REQUIRED)
set(_xlsx_src ${PROJECT_SOURCE_DIR}/core/import)
add_executable(fuzz_xlsxreader
    ${CMAKE_CURRENT_LIST_DIR}/fuzz_xlsxreader.cpp
    ${_xlsx_src}/xlsxreader.cpp ${_xlsx_src}/ziparchive.cpp ${_xlsx_src}/xlsxvalues.cpp)
target_include_directories(fuzz_xlsxreader PRIVATE ${PROJECT_SOURCE_DIR}/core)
target_compile_definitions(fuzz_xlsxreader PRIVATE PATRON_FUZZ_NO_CRC)
target_compile_options(fuzz_xlsxreader PRIVATE -fsanitize=fuzzer,address,undefined -fno-omit-frame-pointer)
target_link_options(fuzz_xlsxreader PRIVATE -fsanitize=fuzzer,address,undefined)
target_link_libraries(fuzz_xlsxreader PRIVATE Qt6::Core QuaZip::QuaZip patron_options)
