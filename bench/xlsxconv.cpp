// xlsxconv IN.csv OUT.xlsx: the XLSX twin of a gen-import CSV, for bench/import. A separate
// program without Qt or patron_core because QuaZip (in patron_core) exports minizip symbols
// that clash with libxlsxwriter's (as tests/core/xlsxgen.cpp). The CSV has no quoting
// (gen-import guarantees it), so lines are split at commas.
//
// Cells as Excel writes them: text in the shared-string table, 11-digit mobiles as
// numbers, ISO dates as date cells. Above 200,000 rows libxlsxwriter's constant_memory
// mode is used (inline strings), since the normal mode holds every cell in memory.
#include <xlsxwriter.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: xlsxconv IN.csv OUT.xlsx\n");
        return 2;
    }
    std::ifstream in(argv[1]);
    if (!in)
        return 1;
    long lines = 0;
    for (std::string l; std::getline(in, l);)
        ++lines;
    in.clear();
    in.seekg(0);
    lxw_workbook_options options = {};
    options.constant_memory = lines > 200001 ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *workbook = workbook_new_opt(argv[2], &options);
    if (!workbook)
        return 1;
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "客户");
    lxw_format *dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    std::string line;
    std::vector<std::string> cells;
    for (lxw_row_t r = 0; std::getline(in, line); ++r) {
        cells.clear();
        size_t start = 0;
        for (;;) {
            const size_t comma = line.find(',', start);
            cells.push_back(line.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
            if (comma == std::string::npos)
                break;
            start = comma + 1;
        }
        for (lxw_col_t c = 0; c < lxw_col_t(cells.size()); ++c) {
            const std::string &v = cells[c];
            if (v.empty())
                continue;
            const bool digits = v.find_first_not_of("0123456789") == std::string::npos;
            int y, m, d;
            char tail;
            if (r > 0 && digits && v.size() == 11 && v[0] == '1') {
                worksheet_write_number(sheet, r, c, std::strtod(v.c_str(), nullptr), nullptr);
            } else if (r > 0 && v.size() == 10 && std::sscanf(v.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3
                       && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
                lxw_datetime dt = {y, m, d, 0, 0, 0};
                worksheet_write_datetime(sheet, r, c, &dt, dateFormat);
            } else {
                worksheet_write_string(sheet, r, c, v.c_str(), nullptr);
            }
        }
    }
    const lxw_error rc = workbook_close(workbook);
    if (rc != LXW_NO_ERROR)
        std::fprintf(stderr, "%s\n", lxw_strerror(rc));
    return rc == LXW_NO_ERROR ? 0 : 1;
}
