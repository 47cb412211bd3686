// Writes the large test workbooks with libxlsxwriter. A separate process because QuaZip
// (linked into patron_core) exports minizip symbols that clash with libxlsxwriter's.
// Usage: xlsxgen million|speed PATH
#include <xlsxwriter.h>

#include <cstdio>
#include <cstring>
#include <string>

int main(int argc, char **argv)
{
    if (argc != 3)
        return 2;
    const bool million = std::strcmp(argv[1], "million") == 0;
    lxw_workbook_options options = {};
    // constant_memory writes row by row (with inline strings); the speed workbook uses
    // the normal mode so its strings are shared, as Excel writes them
    options.constant_memory = million ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *workbook = workbook_new_opt(argv[2], &options);
    if (!workbook)
        return 1;
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, million ? "客户" : nullptr);
    if (million) {
        // one column keeps generation and reading short; the row count is the point
        worksheet_write_string(sheet, 0, 0, "手机", nullptr);
        for (lxw_row_t r = 1; r < LXW_ROW_MAX; ++r)
            worksheet_write_number(sheet, r, 0, 13800000000.0 + r, nullptr);
    } else {
        for (int r = 0; r < 100000; ++r) {
            for (int c = 0; c < 10; ++c) {
                if (c % 2 == 0) {
                    const std::string text = "客户" + std::to_string(r % 5000 + c);
                    worksheet_write_string(sheet, lxw_row_t(r), lxw_col_t(c), text.c_str(),
                                           nullptr);
                } else {
                    worksheet_write_number(sheet, lxw_row_t(r), lxw_col_t(c), r * 1.25 + c,
                                           nullptr);
                }
            }
        }
    }
    const lxw_error rc = workbook_close(workbook);
    if (rc != LXW_NO_ERROR)
        std::fprintf(stderr, "%s\n", lxw_strerror(rc));
    return rc == LXW_NO_ERROR ? 0 : 1;
}
