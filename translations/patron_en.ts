<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Patron</name>
    <message>
        <source>the file declares a DTD or entities, which spreadsheet programs never write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged (%1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::ChangeRecordCommand</name>
    <message>
        <source>“%1” was changed again since this edit (now “%2”), so the edit cannot be undone or redone without losing that change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::ChildRecordsTab</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::Choices</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes/No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::Cli::CommandLine</name>
    <message>
        <source>Unknown language &quot;%1&quot;; use zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database: a SQLite file, or postgresql://user@host:port/db for a team server. Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patron — customer management for small and medium businesses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo, customers list or orders list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: patron [options] &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an action: patron %1 list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1 %2&quot;. Try: patron %1 list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;patron --help&quot; to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: patron %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The --database value is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills an empty database with a realistic, made-up data set of a Chinese small business: sales reps, companies and individuals, contacts, three years of orders, follow-up records, service tickets and tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of customers (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average number of orders per customer (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this date (YYYY-MM-DD) as today; orders span the three years before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: --customers must be a whole number from 1 to 50000000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: --seed must be a whole number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: --orders-per-customer must be a number from 0 to 1000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: --today must be a date like 2025-06-30, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 customers, %2 contacts, %3 orders, %4 follow-up records, %5 service tickets and %6 tasks in %7 s (seed %8).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: csv (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers matching this text (name, code, contact, mobile or its last four digits, email, city), as in the customer list&apos;s search box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start CSV with a UTF-8 byte order mark (for Excel on Windows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints customers as CSV (with a header row) or as a JSON array, one column per custom field after the built-in ones. Without a scope option, lists the active customers (not archived, not in the trash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List archived customers instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the customers in the trash instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List active and archived customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers list: unknown format &quot;%1&quot;; use csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers list: use only one of --archived, --trash and --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints orders, oldest first, as CSV (with a header row) or as a JSON array. Amounts are in yuan with two decimals; dates are ISO 8601. Orders of customers in the trash are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders list: unknown format &quot;%1&quot;; use csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating demo data… %1% (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:
  demo             Fill an empty database with realistic demo data.
  customers list   Print customers as CSV or JSON.
  orders list      Print orders as CSV or JSON.
  import           Import customers, orders, contacts or follow-up records from CSV/XLSX/XLS;
                   import list shows past imports, import undo BATCH undoes one.

Run &quot;patron &lt;command&gt; --help&quot; for the options of a command.
Without a command, Patron starts its desktop window.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: patron import customers|orders|contacts|activities FILE [options]
       patron import list [--format text|csv|json]
       patron import undo BATCH
Run &quot;patron import customers --help&quot; for the import options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown import &quot;%1&quot;. Use: patron import customers|orders|contacts|activities FILE, import list or import undo BATCH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports %1 from a CSV, TSV, TXT, XLSX or XLS file as one batch that can be undone. Columns are mapped automatically from their headers (Chinese or English), or by a saved mapping for files with the same header. Rows that match an existing customer by code, mobile, e-mail or company name are merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet to read (name or number; default the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row that holds the column headers (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding of CSV files: auto (default), utf-8, gb18030 or utf-16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this saved column mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a column to a field, e.g. --map &quot;手机号码=mobile&quot;; an empty field skips the column. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header=field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a custom field named after this column&apos;s header and import the column into it; the type (text, number, money, date, phone, email, bool) may follow a colon, e.g. --new-field &quot;签约日期:date&quot;. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header[:type]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the column mapping under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with rows that match an existing record: merge (default: fill empty fields only), update (overwrite), skip, or create (a new record anyway).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders, contacts and follow-ups: create the customer when none matches (needs a customer name column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows or none: import nothing if any row is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only count what would be imported; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write rejected rows (with line number and reason) to this CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: name the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown encoding &quot;%2&quot;; use auto, utf-8, gb18030 or utf-16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --header-row must be a row number from 1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --on-duplicate must be merge, update, skip or create, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown format &quot;%2&quot;; use text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --map takes &quot;header=field&quot;, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only customers and orders have custom fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the field &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file has no sheet &quot;%2&quot;. Its sheets: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… %1% (%2 rows, %3 rows/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run, nothing was changed. %1: %2 rows read (%3; header on row %4).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows read (%3; header on row %4).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  would create %1, update %2, merge %3, skip %4, reject %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  created %1, updated %2, merged %3, skipped %4, rejected %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 + %2 + %3 + %4 + %5 = %6 rows read
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %n totals row(s) (合计/总计) skipped
</source>
        <translation>
            <numerusform>  %n totals row (合计/总计) skipped
</numerusform>
            <numerusform>  %n totals rows (合计/总计) skipped
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n new owner(s) added as users
</source>
        <translation>
            <numerusform>  %n new owner added as a user
</numerusform>
            <numerusform>  %n new owners added as users
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n missing customer(s) created
</source>
        <translation>
            <numerusform>  %n missing customer created
</numerusform>
            <numerusform>  %n missing customers created
</numerusform>
        </translation>
    </message>
    <message>
        <source>  rejected: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    line %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  would create custom field(s): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  not imported (no field mapped): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows were written to %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: --strict refuses a file with rejected rows.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import batch %1. To undo it: patron import undo %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the import batches, newest first; the first column is the batch number that &quot;patron import undo&quot; takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: text (default), csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import list: unknown format &quot;%1&quot;; use text, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imports yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  by %5: %6 rows, %7 created, %8 updated, %9 merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 skipped, %2 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (undone %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoes an import batch: removes what it created and puts back what it changed. Refuses when a later import or an edit depends on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch number (see patron import list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import undo: name the batch number to undo (see patron import list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid import %1 (%2): removed %3 created record(s), restored %4 changed record(s).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::ColumnsDialog</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the columns to show; drag or use the buttons to order them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::ConnectionSettings</name>
    <message>
        <source>The server address names no database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::CsvReader</name>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote or a line break cannot be the delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text file has only one table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 characters. Is a closing quote missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the row has more than %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field starts here, but its closing quote is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (BOM)</source>
        <comment>encoding with a byte order mark</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>encoding, delimiter</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::Customer360Page</name>
    <message>
        <source>← Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the customer list (Alt+Left, Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call, visit or email (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer no longer exists. Anything still typed in the Profile tab was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed this customer&apos;s profile. Save the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New follow-up record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::CustomerActions</name>
    <message>
        <source>&amp;New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign &amp;owner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage custom &amp;fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove owner of %n customer(s)</source>
        <translation>
            <numerusform>Remove owner of %n customer</numerusform>
            <numerusform>Remove owner of %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign owner to %n customer(s)</source>
        <translation>
            <numerusform>Assign owner to %n customer</numerusform>
            <numerusform>Assign owner to %n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Owner for %n selected customer(s):</source>
        <translation>
            <numerusform>Owner for %n selected customer:</numerusform>
            <numerusform>Owner for %n selected customers:</numerusform>
        </translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag %n customer(s) “%1”</source>
        <translation>
            <numerusform>Tag %n customer “%1”</numerusform>
            <numerusform>Tag %n customers “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n selected customer(s) — pick one or type a new tag:</source>
        <translation>
            <numerusform>Tag for %n selected customer — pick one or type a new tag:</numerusform>
            <numerusform>Tag for %n selected customers — pick one or type a new tag:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %n customer(s)</source>
        <translation>
            <numerusform>Untag %n customer</numerusform>
            <numerusform>Untag %n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag to remove from %n selected customer(s):</source>
        <translation>
            <numerusform>Tag to remove from %n selected customer:</numerusform>
            <numerusform>Tag to remove from %n selected customers:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n customer(s)</source>
        <translation>
            <numerusform>Archive %n customer</numerusform>
            <numerusform>Archive %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unarchive %n customer(s)</source>
        <translation>
            <numerusform>Unarchive %n customer</numerusform>
            <numerusform>Unarchive %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n customer(s)</source>
        <translation>
            <numerusform>Delete %n customer</numerusform>
            <numerusform>Delete %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n customer(s) from the trash</source>
        <translation>
            <numerusform>Restore %n customer from the trash</numerusform>
            <numerusform>Restore %n customers from the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n customer(s) to the trash (Ctrl+Z undoes).</source>
        <translation>
            <numerusform>Moved %n customer to the trash (Ctrl+Z undoes).</numerusform>
            <numerusform>Moved %n customers to the trash (Ctrl+Z undoes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patron::CustomerExport</name>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::CustomerHeader</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::CustomerListView</name>
    <message>
        <source>Search name, code, contact, mobile, email, city… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first customer, or load a demo data set of 2,000 customers with orders and follow-up records to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::CustomerService</name>
    <message>
        <source>Order %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::CustomerTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Patron database: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::DemoGenerator</name>
    <message>
        <source>The number of demo customers must be between 0 and 50,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data needs a valid date for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average number of orders per customer must be between 0 and 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds %1 customers; demo data can only be added to an empty database. Use a new database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the database was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::DemoLoader</name>
    <message>
        <source>Creating demo customers, orders and follow-up records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::Entities</name>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::EntryDevice</name>
    <message>
        <source>A part of the workbook is larger than Patron accepts (%1); the file may be a zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::FieldEditor</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::FieldService</name>
    <message>
        <source>There is no custom field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom field needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom field named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A choice field needs at least one choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::Fields</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::GuiMain</name>
    <message>
        <source>Patron — customer relationship manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file, or a postgresql:// URL of a team server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty database with demo data before starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database %1:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::Import</name>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::ImportEngine</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no sheet number %1; it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: there is no header row to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;. Its columns are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field Patron can import %2 into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is mapped to &quot;%2&quot;, which is not a field of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns &quot;%1&quot; and &quot;%2&quot; are both mapped to the same field; map one of them to another field or to nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the error file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::ImportHistory</name>
    <message>
        <source>There is no import batch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 was already undone on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 changed or added to records of this import. Undo import %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of this import were edited or deleted since; undoing it would lose those changes.</source>
        <translation>
            <numerusform>%n record of this import was edited or deleted since; undoing it would lose that change.</numerusform>
            <numerusform>%n records of this import were edited or deleted since; undoing it would lose those changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customers created by this import have %n record(s) (orders, contacts, follow-ups, tickets or tasks) added since; undoing it would delete them.</source>
        <translation>
            <numerusform>Customers created by this import have %n record (an order, contact, follow-up, ticket or task) added since; undoing it would delete it.</numerusform>
            <numerusform>Customers created by this import have %n records (orders, contacts, follow-ups, tickets or tasks) added since; undoing it would delete them.</numerusform>
        </translation>
    </message>
    <message>
        <source>A record changed by this import no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved mapping for this header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved mapping named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved mapping needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::ImportWriter</name>
    <message>
        <source>duplicate code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer code &quot;%1&quot; is already used by another customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has this mobile, e-mail or code, and the row has no name to create one with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several customers are named &quot;%1&quot;; add a customer code or mobile column to tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer found with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A matched record was deleted during the import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::MainWindow</name>
    <message>
        <source>Patron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo or redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be carried out:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill this empty database with 2,000 sample customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Patron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Patron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Patron %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for small and medium businesses: gather your customers into one clean profile each, see who matters, act on it and print what you need.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data can only be loaded into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patron::ManageFieldsDialog</name>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One choice per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices (one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For choice fields: one choice per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add custom field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom field needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename custom field to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire custom field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore custom field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A choice field needs at least one choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change choices of a custom field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::Migrator</name>
    <message>
        <source>Could not back up the database before upgrading it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer Patron (schema %1; this version understands up to %2). Please update Patron; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration files are misnumbered at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::ProfileForm</name>
    <message>
        <source>Reload, keep my edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload, discard my edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changed fields (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer was changed elsewhere while you were editing. Your edits are kept; reload to see the other changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer was deleted by someone else. Your edits could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::RecordDialog</name>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::RecordStore</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid mobile number (11 digits starting with 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record has no custom fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was deleted by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this %1 since you opened it. Reload to see their changes, then edit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this record at the same moment. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was already deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this record since you opened it. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another record already uses this %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is already in use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A linked record (customer, contact or user) does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::RowConverter</name>
    <message>
        <source>Map a column to the customer name, or at least to the mobile, e-mail or customer code, so that rows can be created or matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a column that identifies the customer of each order (customer code, mobile, e-mail or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the order date and the order amount: every order needs both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a column that identifies the customer of each contact (customer code, mobile, e-mail or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the contact&apos;s name: every contact needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a column that identifies the customer of each follow-up record (customer code, mobile, e-mail or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the date of the follow-up records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no customer name, mobile, e-mail or code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order has no date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order has no amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up record has no date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row names no customer (code, mobile, e-mail or name are all empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid value for this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid mobile number (11 digits starting with 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an order status (completed, paid, pending, cancelled, refunded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a follow-up type (电话, 拜访, 邮件, 备注).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a customer type (企业 or 个人).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a lifecycle stage (认知, 考虑, 购买, 使用, 忠诚, 流失).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::TableWriter</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::TagService</name>
    <message>
        <source>A tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::TextDecoder</name>
    <message>
        <source>The file cannot be read from the start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;. Choose UTF-8, GB18030, UTF-16, UTF-16LE or UTF-16BE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the text is not UTF-8, but line %2 is. The file mixes encodings (or is damaged); save it again with one encoding, or choose an encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the text is UTF-8, but line %2 is not. The file mixes encodings (or is damaged); save it again with one encoding, or choose an encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the text is neither UTF-8 nor GB18030; choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the text is not valid %2; choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::TimelineWidget</name>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups (calls, visits, emails)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::UserService</name>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::XlsReader</name>
    <message>
        <source>Not enough memory to read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an Excel 97–2003 workbook (.xls).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged or incomplete. Open it in Excel or WPS, save it as .xlsx and retry. (FreeXL error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than Patron accepts for an .xls file (256 MiB); save it as .xlsx and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no worksheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1, cell %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 97–2003 workbook (XLS), %n sheet(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::XlsxReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an Excel 97–2003 workbook (.xls) with the wrong file extension; rename it to .xls and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an Excel workbook (.xlsx). If it is a CSV or text file, rename it to .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no worksheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workbook is password protected. Open it in Excel or WPS, save it without a password and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged (%1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1, cell %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1, row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is a zip archive but not an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell holds more than %n characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (XLSX), %n sheet(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, 1904 date system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet has more than %n merged ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the merged ranges of the sheet cover too many cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row has the invalid number &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet has more than 1,048,576 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell reference &quot;%1&quot; is not valid or lies beyond XFD1048576</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet has more than 16,384 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell refers to a text that the workbook does not contain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::ZipArchive</name>
    <message>
        <source>The file is damaged or incomplete. Open it in Excel or WPS, save it again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook holds more than %1 parts; Patron does not open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains a part with an unsafe name (%1); it was not written by a spreadsheet program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the workbook is compressed more than %1:1; the file looks like a zip bomb and was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the workbook (%1) is larger than Patron accepts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
