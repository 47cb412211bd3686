<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Patron</name>
    <message>
        <source>RFM settings: &quot;%1&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM settings: &quot;%1.%2&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition is nested too deeply (more than %1 levels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition has too many parts (more than %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A condition group has both &quot;all&quot; and &quot;any&quot;, or a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A condition group must hold a list of conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A condition group may only hold conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A condition needs a field and an operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of condition &quot;%1&quot; must be a text, a number or a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of condition &quot;%1&quot; may only hold texts and numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period of condition &quot;%1&quot; must be a whole number of days from 0 to 36500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period of condition &quot;%1&quot; must be given as dates (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored definition is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SOP rule needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of an SOP rule may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown SOP rule kind &quot;%1&quot; (rule or playbook).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::ActionListEditor</name>
    <message>
        <source>Create a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop a playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: {客户名称} or {name}, {客户编号} or {code}, {负责人} or {owner}, {分群} or {segment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A named user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round robin</source>
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
        <source>Task title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
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
        <source>Assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::Autostart</name>
    <message>
        <source>Start Patron minimised so that reminders can pop up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change %1 in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
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
        <source>Lists groups of customers that are probably the same (same customer code, mobile, email or company name), one row per customer: group number, reason, customer id, code, name, mobile, email. Customers in the trash are left out.
&quot;patron duplicates merge SURVIVOR_ID OTHER_ID…&quot; merges customers into the first one: it keeps its non-empty values (else the others&apos; first non-empty ones), takes over their orders, follow-ups, tasks, tickets, contacts and tags, and moves the others to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also group similar company names (without a leading city or province, or one character apart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicates: unknown format &quot;%1&quot;; use csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merges customers into the first one given (see &quot;patron duplicates --help&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id of the customer that remains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ids of the customers merged into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OTHER_ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicates merge: &quot;%1&quot; is not a customer id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicates merge: give the surviving customer&apos;s id and at least one other id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicates merge: customer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merged %n customer(s) into customer %1; they are in the trash.</source>
        <translation>
            <numerusform>Merged %n customer into customer %1; it is in the trash.</numerusform>
            <numerusform>Merged %n customers into customer %1; they are in the trash.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes customers, their orders, follow-up records (activities) or contacts to FILE. The format comes from the file&apos;s extension (.csv, .xlsx, .json, .vcf) unless --format names it; FILE &quot;-&quot; is standard output (CSV, JSON, vCard). CSV files are UTF-8 with a byte order mark, so Excel reads Chinese text, or GB18030. Customers and contacts cover the active customers, orders and follow-ups also those of archived customers, unless a scope option says otherwise. The file is replaced only when everything was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers, orders, activities or contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write, or - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv, xlsx, json or vcf (vCard 4.0, contacts only). Default: from the file&apos;s extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding of CSV: utf-8 (default) or gb18030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write UTF-8 CSV without a byte order mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers matching this text, as in the customer list&apos;s search box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only archived customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active and archived customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: patron export [options] customers|orders|activities|contacts FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: say what to export and where: patron export customers|orders|activities|contacts FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: cannot export &quot;%1&quot;; use customers, orders, activities or contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: unknown format &quot;%1&quot;; use csv, xlsx, json or vcf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: name the format of standard output with --format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: cannot tell the format from &quot;%1&quot;; use a .csv, .xlsx, .json or .vcf file name, or --format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: unknown encoding &quot;%1&quot;; use utf-8 or gb18030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: use only one of --archived, --trash and --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to %1.</source>
        <translation>
            <numerusform>Exported %n customer to %1.</numerusform>
            <numerusform>Exported %n customers to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1.</source>
        <translation>
            <numerusform>Exported %n order to %1.</numerusform>
            <numerusform>Exported %n orders to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n follow-up record(s) to %1.</source>
        <translation>
            <numerusform>Exported %n follow-up record to %1.</numerusform>
            <numerusform>Exported %n follow-up records to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>Exported %n contact to %1.</numerusform>
            <numerusform>Exported %n contacts to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undid import %1 (%2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  removed %n created record(s)
</source>
        <translation>
            <numerusform>  removed %n created record
</numerusform>
            <numerusform>  removed %n created records
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  restored %n changed record(s)
</source>
        <translation>
            <numerusform>  restored %n changed record
</numerusform>
            <numerusform>  restored %n changed records
</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard %1 – %2, owner: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers %1, buying in the range %2, counted orders %3, revenue %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segments: no RFM snapshot yet (run patron rfm).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segments (snapshot %1 as of %2): customers, revenue in the range
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers (value pyramid):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue concentration: the top 20% of buying customers bring %1 of the revenue.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month      revenue                counted orders  active customers
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention cohorts (first order month, customers, share buying in month +1, +2, …):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle funnel:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep ranking: revenue, new customers, follow-ups, tasks done
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures from the cache, computed at %1 in %2 ms.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures computed at %1 in %2 ms.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the figures of the dashboard (数据看板): customers and revenue by RFM segment and tier (current snapshot), revenue concentration (top 20% and the Pareto curve), monthly revenue and active customers, retention cohorts, the lifecycle funnel and the rep ranking. Revenue counts orders that are not cancelled or refunded, in the date range (default: the last 12 months up to today); customers in the trash are left out. Figures are cached in the database and computed again when the data changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the range (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the range (YYYY-MM-DD, default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the customers of this owner (user name or display name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the figures again even when the cached ones are current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashboard: unknown format &quot;%1&quot;; use text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashboard: --%1 must be a date like 2025-06-30, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashboard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashboard: --from must not be after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computes the RFM model (最近一次消费, 消费频率, 消费金额) of every customer not in the trash, stores it as a snapshot (so segment changes are kept) and prints one row per customer: id, code, name, recency in days, number of counted orders, monetary value in yuan, the R/F/M scores 1–5, the segment and the tier. Customers without a counted order in the window have empty scores. Options override the saved RFM settings for this run only.
&quot;patron rfm history CUSTOMER_ID&quot; lists a customer&apos;s segment changes; &quot;patron rfm settings&quot; prints the saved settings as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute as of this date (YYYY-MM-DD; default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders of the last DAYS days count; 0 = all history (default: the saved setting, 365).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rfm8 (the eight mean-based segments) or rf-grid (the 10-cell R×F grid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monetary value: total (default) or average order value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rfm: unknown format &quot;%1&quot;; use csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rfm: --as-of must be a date like 2026-06-30, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rfm: --window must be a whole number of days from 0 (all history) to 36500, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rfm: unknown scheme &quot;%1&quot;; use rfm8 or rf-grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rfm: --monetary must be total or average, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing RFM… %1% (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists a customer&apos;s RFM segment and tier changes, newest first: as-of date, from segment (empty when the customer entered), to segment, from tier, to tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id of the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rfm history: unknown format &quot;%1&quot;; use csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rfm history: give a customer id, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the saved RFM settings as JSON (window, monetary measure, scheme, thresholds, labels, tier mapping, snapshots kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the customers of this saved segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the customers matching this condition (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition as JSON, e.g. &apos;{&quot;field&quot;:&quot;province&quot;,&quot;op&quot;:&quot;eq&quot;,&quot;value&quot;:&quot;广东&quot;}&apos; (see the segment condition reference).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --where is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;segments&quot; needs an action: list, add, delete or count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;segments %1&quot;. Use list, add, delete or count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: patron segments list [--format csv|json]
       patron segments add NAME --where JSON
       patron segments delete NAME
       patron segments count --where JSON
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the saved segments with the number of active customers in each and their condition (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves a segment: a name and a condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes a saved segment (the customers are not changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints how many active customers match a condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give the segment&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown format &quot;%2&quot;; use csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved segment &quot;%1&quot; (%n customer(s)).
</source>
        <translation>
            <numerusform>Saved segment &quot;%1&quot; (%n customer).
</numerusform>
            <numerusform>Saved segment &quot;%1&quot; (%n customers).
</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted segment &quot;%1&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tags&quot; needs an action: list, add-rule or refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;tags %1&quot;. Use list, add-rule or refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: patron tags list [--format csv|json]
       patron tags add-rule NAME --where JSON
       patron tags refresh
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the tags with their kind (manual, rule or system) and how many customers carry them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a rule tag (动态标签): customers matching the condition carry it, and it follows the data on every refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings the rule tags and the RFM system tags in line with the data (for a scheduler; the desktop app does this by itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give the tag&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created rule tag &quot;%1&quot; (%n customer(s)).
</source>
        <translation>
            <numerusform>Created rule tag &quot;%1&quot; (%n customer).
</numerusform>
            <numerusform>Created rule tag &quot;%1&quot; (%n customers).
</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshed %1 tags: %2 added, %3 removed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:
  demo             Fill an empty database with realistic demo data.
  customers list   Print customers as CSV or JSON.
  orders list      Print orders as CSV or JSON.
  import           Import customers, orders, contacts or follow-up records from CSV/XLSX/XLS;
                   import list shows past imports, import undo BATCH undoes one.
  export           Write customers, orders, follow-ups or contacts to a CSV,
                   XLSX, JSON or vCard file.
  duplicates       List (or merge) customers that are probably the same.
  rfm              Compute RFM scores, segments and tiers and print them;
                   rfm history CUSTOMER_ID shows a customer&apos;s segment changes.
  dashboard        Print the dashboard&apos;s figures (RFM segments and tiers, revenue
                   concentration, months, cohorts, funnel, rep ranking) as text or JSON.
  segments         Saved customer segments: list, add, delete, count.
  tags             Tags: list, add-rule (a tag that follows a condition), refresh.
  tasks            Tasks: list, add, done, snooze, reassign, export-ics.
  sop              SOP rules and playbooks: run, list, templates, add, enable, disable,
                   export, import, journal.
  reminders        List the reminders due now (missed ones included), as text, CSV or JSON.
  autostart        on, off or status: start Patron minimised at login, for reminders.

Run &quot;patron &lt;command&gt; --help&quot; for the options of a command.
Without a command, Patron starts its desktop window.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo, customers list, orders list, import, export, duplicates, rfm, segments, tags, tasks, sop, reminders, autostart or dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the reminders (提醒) that are due now and not yet acknowledged — including those that fell due while Patron was closed — oldest first: what the reminder window shows. Only your own tasks and unassigned ones when your login is a Patron user; everyone&apos;s otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text (default), csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this time (YYYY-MM-DDTHH:MM) as now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every user&apos;s reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminders: unknown format &quot;%1&quot;; use text, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminders: --as-of must be a time like 2026-12-02T09:00, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders are due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts Patron minimised when you log in, so reminders pop up on time: &quot;on&quot; writes the entry (an XDG autostart file on Linux, the Run key on Windows), &quot;off&quot; removes it, &quot;status&quot; shows it. With --database, that database is opened at login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on, off or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patron starts at login (minimised): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patron no longer starts at login.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autostart: say on, off or status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autostart: unknown action &quot;%1&quot;; use on, off or status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;sop&quot; needs an action: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;sop %1&quot;. Use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: patron sop run [--as-of YYYY-MM-DDTHH:MM] [--dry-run] [--rule ID] [--format text|json]
       patron sop list [--format csv|json]
       patron sop templates
       patron sop add --template ID | --file RULE.json
       patron sop enable ID | patron sop disable ID
       patron sop export [ID…] -o FILE
       patron sop import FILE
       patron sop journal [--rule ID] [--customer ID] [--limit N] [--format csv|json]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as of this time (YYYY-MM-DDTHH:MM or YYYY-MM-DD; default now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only show what would fire; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this rule (by id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this customer (by id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many rows (default 1000; 0: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this built-in template (see patron sop templates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the rules of this JSON file (as patron sop export writes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the enabled SOP rules and playbooks: brings the RFM snapshot up to date, fires each rule once per customer and occurrence and prints what fired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the SOP rules and playbooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the built-in SOP templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a rule from a template or a JSON file (disabled until enabled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enables an SOP rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disables an SOP rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes SOP rules (all, or the ids given) to a JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule ids (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[ID…]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the rules of a JSON file; nothing is added unless every rule is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the SOP journal (what fired, when, for whom, with what result), newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --as-of must be a time like 2026-06-30T09:00, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --rule must be a rule id, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give the rule&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give the JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give either --template ID or --file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give the output file with -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a rule id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --rule and --customer take an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --limit must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM snapshot not refreshed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2]: %3 fired, %4 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run as of %1: %2 would fire, %3 errors; nothing was written.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1: %2 fired, %3 errors.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added SOP rule %1 (disabled; enable it with: patron sop enable %1).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added SOP rules: %1 (enable them with: patron sop enable ID)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported SOP rules: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tasks&quot; needs an action: list, add, done, snooze, reassign or export-ics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;tasks %1&quot;. Use list, add, done, snooze, reassign or export-ics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: patron tasks list [--bucket today|overdue|upcoming|done|all] [--assignee USERNAME] [--customer ID] [--format text|csv|json]
       patron tasks add --title TITLE [--customer ID] [--due WHEN] [--remind WHEN] [--assignee USERNAME] [--priority low|normal|high]
       patron tasks done ID [--log call|visit|email|note --text TEXT]
       patron tasks snooze ID --until YYYY-MM-DDTHH:MM | --for 10m|1h|tomorrow
       patron tasks reassign ID USERNAME   (&quot;-&quot; for nobody)
       patron tasks export-ics FILE [--bucket …] [--assignee USERNAME] [--customer ID]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which tasks: today, overdue, upcoming, done or all (default all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tasks of this user (user name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tasks about this customer (id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this time (YYYY-MM-DDTHH:MM) as now, for the buckets and snoozing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder time (YYYY-MM-DDTHH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low, normal (default) or high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also log a follow-up record: call, visit, email or note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up record&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind again at this time (YYYY-MM-DDTHH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind again in 10m, 1h (any number of m or h) or tomorrow (9:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists tasks with their customer, assignee, due and reminder times, status, priority and the SOP playbook step that made them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks a task done, optionally logging a follow-up record in the same step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves a task&apos;s reminder later; it will show again then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives a task to another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name (&quot;-&quot; for nobody).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes tasks to an iCalendar (.ics) file for a calendar application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .ics file (&quot;-&quot; for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give the task&apos;s id and a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give the task&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a task id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --now &quot;%2&quot; is not a time (YYYY-MM-DDTHH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown bucket &quot;%2&quot;; use today, overdue, upcoming, done or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a customer id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown format &quot;%2&quot;; use text, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --title is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --log must be call, visit, email or note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --text goes with --log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give either --until or --for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time or delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no user &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n task(s) to %1.
</source>
        <translation>
            <numerusform>Wrote %n task to %1.
</numerusform>
            <numerusform>Wrote %n tasks to %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>No tasks.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created task %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 done; follow-up record %2 logged.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 done.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 will remind again at %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is now assigned to %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is now assigned to nobody.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Notified by %1 [%2]: %n customer(s)</source>
        <translation>
            <numerusform>Notified by %1 [%2]: %n customer</numerusform>
            <numerusform>Notified by %1 [%2]: %n customers</numerusform>
        </translation>
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
    <name>Patron::CompleteRemindersCommand</name>
    <message numerus="yes">
        <source>Done: %n reminder(s)</source>
        <translation>
            <numerusform>Done: %n reminder</numerusform>
            <numerusform>Done: %n reminders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patron::CompleteTaskCommand</name>
    <message>
        <source>Complete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete task and log follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task was changed again since it was completed (now “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::CompleteTaskDialog</name>
    <message>
        <source>Log a follow-up record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, what was agreed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task is not about a customer, so there is nobody to log a follow-up for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::Condition</name>
    <message>
        <source>The condition is not valid JSON: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A condition must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::ConditionEditor</name>
    <message>
        <source>(no owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::ConditionGroupWidget</name>
    <message>
        <source>Match all of (AND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match any of (OR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::ConditionRowWidget</name>
    <message>
        <source>Remove this condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in all history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last … days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between dates</source>
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
    <name>Patron::CreateRuleTagCommand</name>
    <message>
        <source>New rule tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::CreateSegmentCommand</name>
    <message>
        <source>New segment “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::CreateSopRuleCommand</name>
    <message>
        <source>New SOP rule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add SOP template “%1”</source>
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
    <message>
        <source>&amp;RFM</source>
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
        <source>ID</source>
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
    <message>
        <source>%1 · RFM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚙ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System tag: follows the customer&apos;s current RFM segment or tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule tag: set automatically while the customer matches its condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual tag</source>
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
    <message>
        <source>Click to show all customers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1  ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This filter cannot be applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::CustomerPicker</name>
    <message>
        <source>Type to search customers (empty: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::CustomerService</name>
    <message>
        <source>Order %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment no longer exists.</source>
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
    <name>Patron::Dashboard</name>
    <message>
        <source>The dashboard needs a date range whose start is not after its end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::DashboardView</name>
    <message>
        <source>Share of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 customers, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top 20% of buying customers bring %1 of the revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying customers, by revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top %1 of buying customers (%2 customers, %3 of the revenue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who bought in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 orders, %4 active customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 mo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 customers bought in month +%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No RFM snapshot yet: segments and tiers appear after the first RFM computation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segments: share of customers and of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value pyramid: customers by tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly revenue and active customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue concentration (Pareto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention: customers by first order month, share buying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for new data and compute the figures again if needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the dashboard or save it as PDF (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the range is after its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compute the figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of %1 (computed in %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; customers &amp;nbsp;·&amp;nbsp; &lt;b&gt;%2&lt;/b&gt; bought in the range &amp;nbsp;·&amp;nbsp; &lt;b&gt;%3&lt;/b&gt; orders &amp;nbsp;·&amp;nbsp; revenue &lt;b&gt;%4&lt;/b&gt; &amp;nbsp;·&amp;nbsp; the top 20% of buying customers bring &lt;b&gt;%5%&lt;/b&gt; of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chart &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1. Customers %2, bought in the range %3, orders %4, revenue %5, top 20% bring %6%. Figures of %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First order in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First order in %1, bought again in month +%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers of %1 who bought in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers of %1 in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::DataQualityDialog</name>
    <message>
        <source>Data quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a line to list these customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active customer(s). Click a line to list the customers concerned.</source>
        <translation>
            <numerusform>%n active customer. Click a line to list the customers concerned.</numerusform>
            <numerusform>%n active customers. Click a line to list the customers concerned.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers have no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same mobile, email or customer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find duplicate groups (also by company name)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::DataQualityService</name>
    <message>
        <source>Duplicates</source>
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
    <message>
        <source>The database %1 is busy: another program is writing to it, for example a large import. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::DeleteSopRuleCommand</name>
    <message>
        <source>Delete SOP rule “%1”</source>
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
    <name>Patron::DuplicateService</name>
    <message>
        <source>Someone changed one of these customers since they were shown. Find duplicates again, then merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same customer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least two customers to merge.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::DuplicatesDialog</name>
    <message>
        <source>Also &amp;similar names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also group company names that are equal without a leading city or province, or that differ in one character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer that remains and, for each field, the value it keeps. Double-click a column header to open that customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 groups of duplicates; the first %2 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of duplicates.</source>
        <translation>
            <numerusform>%n group of duplicates.</numerusform>
            <numerusform>%n groups of duplicates.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These customers are no longer duplicates (merged or deleted meanwhile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into customer #%1. Edit → Undo puts the customers back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::EditRuleTagCommand</name>
    <message>
        <source>Edit rule tag “%1”</source>
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
    <name>Patron::ExportDialog</name>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
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
        <source>Follow-up records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The whole current &amp;list (%Ln customer(s))</source>
        <translation>
            <numerusform>The whole current &amp;list (%Ln customer)</numerusform>
            <numerusform>The whole current &amp;list (%Ln customers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected rows (%Ln customer(s))</source>
        <translation>
            <numerusform>The &amp;selected rows (%Ln customer)</numerusform>
            <numerusform>The &amp;selected rows (%Ln customers)</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard address book (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 for Excel (with BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 without BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 (Chinese Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::Exporter</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard files hold contacts only; export %1 as CSV, XLSX or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 is only for CSV; %1 files are always UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSX needs a file name, not standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
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
    <message>
        <source>Reminder shown</source>
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
    <message>
        <source>Start hidden in the system tray (minimised when there is none); reminders still pop up. Used when starting at login.</source>
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
    <name>Patron::ImportActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers, orders, contacts or follow-up records from CSV or Excel/WPS files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See earlier imports and undo one</source>
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
    <name>Patron::ImportFilePage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want to import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a CSV, TXT or Excel/WPS file (.xlsx, .xls). Nothing is written until the last step.</source>
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
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file, or drop it on the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx *.xls);;CSV and text (*.csv *.tsv *.txt);;Excel (*.xlsx *.xls);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: exports from Excel, WPS, Kingdee, Yonyou and other CRMs work as they are — title rows above the header, GBK text and totals rows at the end are recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read (no permission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
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
    <message>
        <source>A later import (%1) changed or added to records of this import; undo import %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::ImportHistoryDialog</name>
    <message>
        <source>&amp;Undo import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been imported into this database yet (File → Import…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch #%1 was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch #%1 cannot be undone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an import to undo it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes what this import created and restores what it changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import batch #%1 (%2, %3)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n %1 it created will be removed.</source>
        <translation>
            <numerusform>%n created record (%1) will be removed.</numerusform>
            <numerusform>%n created records (%1) will be removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) it updated or merged into will get their earlier values back.</source>
        <translation>
            <numerusform>%n record it updated or merged into will get its earlier values back.</numerusform>
            <numerusform>%n records it updated or merged into will get their earlier values back.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import batch #%1 was undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::ImportMappingPage</name>
    <message>
        <source>Map at least one of name, mobile or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a column that finds the customer (customer code, name, mobile or email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the order date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the order amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the contact&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map when it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the field each column fills. Columns set to “Don&apos;t import” are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. “Kingdee customer export”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save mapping as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Don&apos;t import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New custom field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by column names. Check the suggestions below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied the saved mapping “%1” (same header as before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All columns will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) will not be imported: %1</source>
        <translation>
            <numerusform>%n column will not be imported: %1</numerusform>
            <numerusform>%n columns will not be imported: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patron::ImportOptionsPage</name>
    <message>
        <source>S&amp;trict: import all rows or none (any rejected row cancels the import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;missing customers (rows whose customer is not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again (dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;error file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates and dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run below counts what the import will do; nothing is written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a row matches an existing record (same code, mobile, email or company name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mer&amp;ge: fill its empty fields, never overwrite (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update: overwrite its fields with the file&apos;s non-empty values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip the row: leave the existing record as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;new record anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the rejected rows with their reasons to a CSV file you can fix in Excel or WPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The options changed: press “Check again” to update the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row (dry run)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-errors.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the error file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) would be rejected. Fix them in the file, or import the others.</source>
        <translation>
            <numerusform>Dry run: %n row would be rejected. Fix it in the file, or import the others.</numerusform>
            <numerusform>Dry run: %n rows would be rejected. Fix them in the file, or import the others.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: every row can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) would be rejected, so a strict import would import nothing.</source>
        <translation>
            <numerusform>Dry run: %n row would be rejected, so a strict import would import nothing.</numerusform>
            <numerusform>Dry run: %n rows would be rejected, so a strict import would import nothing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error file saved: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::ImportPreviewPage</name>
    <message>
        <source>Check the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row is highlighted; rows above it are not imported. If the text looks garbled, pick another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 (GBK, GB2312)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The file could not be read with these settings. If it was saved by Excel or WPS on Chinese Windows, try the encoding GB18030; otherwise try UTF-8 or UTF-16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(only one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hidden column(s) marked</source>
        <translation>
            <numerusform>%n hidden column marked</numerusform>
            <numerusform>%n hidden columns marked</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the header row: not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::ImportProgressPanel</name>
    <message>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the import; nothing is changed (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows · %2 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::ImportRunPage</name>
    <message>
        <source>&amp;Undo this import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows are written as one import batch (导入批次), which can be undone later from File → Import history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Import cancelled.&lt;/b&gt; Nothing was changed in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The import failed&lt;/b&gt; and nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Import finished&lt;/b&gt; as batch #%1 in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Nothing was imported:&lt;/b&gt; strict mode, and %n row(s) were rejected.</source>
        <translation>
            <numerusform>&lt;b&gt;Nothing was imported:&lt;/b&gt; strict mode, and %n row was rejected.</numerusform>
            <numerusform>&lt;b&gt;Nothing was imported:&lt;/b&gt; strict mode, and %n rows were rejected.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to import:&lt;/b&gt; no row added or changed anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows with their reasons: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import batch #%1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) it created will be removed</source>
        <translation>
            <numerusform>%n record it created will be removed</numerusform>
            <numerusform>%n records it created will be removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) it updated or merged into will get their earlier values back.</source>
        <translation>
            <numerusform>%n record it updated or merged into will get its earlier values back.</numerusform>
            <numerusform>%n records it updated or merged into will get their earlier values back.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The import could not be undone:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Import batch #%1 was undone.&lt;/b&gt; The database is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::ImportSopRulesCommand</name>
    <message>
        <source>Import SOP rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::ImportSummaryView</name>
    <message>
        <source>First rejected rows:</source>
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
        <source>New %1 + updated %2 + merged %3 + skipped %4 + rejected %5 = %6 rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Skipped (%n totals row(s))</source>
        <translation>
            <numerusform>Skipped (%n totals row)</numerusform>
            <numerusform>Skipped (%n totals rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the numbers do not add up — please report this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) created for rows whose customer was not found.</source>
        <translation>
            <numerusform>%n customer created for a row whose customer was not found.</numerusform>
            <numerusform>%n customers created for rows whose customer was not found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) named in the file created as new users.</source>
        <translation>
            <numerusform>%n owner named in the file created as a new user.</numerusform>
            <numerusform>%n owners named in the file created as new users.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected because of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First %1 of %2 rejected rows (all of them go to the error file):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save error file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
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
    <name>Patron::LeafChecker</name>
    <message>
        <source>Condition on &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operator &quot;%1&quot; needs a list of values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operator &quot;%1&quot; needs one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operator &quot;%1&quot; needs exactly %2 values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
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
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write customers, orders, follow-ups or contacts to an Excel, CSV or vCard file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;quality…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln row to %1</numerusform>
            <numerusform>Exported %Ln rows to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation type="unfinished"></translation>
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
    <name>Patron::MergeCustomersCommand</name>
    <message numerus="yes">
        <source>Merge %n customer(s)</source>
        <translation>
            <numerusform>Merge %n customer</numerusform>
            <numerusform>Merge %n customers</numerusform>
        </translation>
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
    <name>Patron::NewFieldDialog</name>
    <message>
        <source>New custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column&apos;s values will be stored in this new custom field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::PlaybookEditor</name>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when the customer orders again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when the customer leaves the trigger&apos;s segment or tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when these conditions hold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) later</source>
        <translation>
            <numerusform>%n day later</numerusform>
            <numerusform>%n days later</numerusform>
        </translation>
    </message>
    <message>
        <source>(this step&apos;s day is before the previous one)</source>
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
    <name>Patron::ReminderController</name>
    <message>
        <source>&amp;Reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Patron at &amp;login (minimised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the reminders that are due, to mark them done or snooze them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Patron in the background when you log in, so that reminders pop up on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Patron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today&apos;s tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Patron — %n reminder(s) due</source>
        <translation>
            <numerusform>Patron — %n reminder due</numerusform>
            <numerusform>Patron — %n reminders due</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed reminder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) fell due while Patron was closed</source>
        <translation>
            <numerusform>%n reminder fell due while Patron was closed</numerusform>
            <numerusform>%n reminders fell due while Patron was closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n reminder due</numerusform>
            <numerusform>%n reminders due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not mark the task done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not snooze the reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Patron at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>While Patron was closed, SOP rule “%1”: %Ln customer(s)</source>
        <translation>
            <numerusform>While Patron was closed, SOP rule “%1”: %Ln customer</numerusform>
            <numerusform>While Patron was closed, SOP rule “%1”: %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SOP rule “%1”: %Ln customer(s)</source>
        <translation>
            <numerusform>SOP rule “%1”: %Ln customer</numerusform>
            <numerusform>SOP rule “%1”: %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>While Patron was closed, %Ln SOP rule(s) notified about customers</source>
        <translation>
            <numerusform>While Patron was closed, %Ln SOP rule notified about customers</numerusform>
            <numerusform>While Patron was closed, %Ln SOP rules notified about customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SOP rule(s) notified about customers</source>
        <translation>
            <numerusform>%Ln SOP rule notified about customers</numerusform>
            <numerusform>%Ln SOP rules notified about customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %Ln customer(s)</source>
        <translation>
            <numerusform>“%1”: %Ln customer</numerusform>
            <numerusform>“%1”: %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more rule(s)</source>
        <translation>
            <numerusform>… and %Ln more rule</numerusform>
            <numerusform>… and %Ln more rules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patron::ReminderWindow</name>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 1 &amp;hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tomorrow at 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pick a time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
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
        <source>Mark the selected tasks done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this window (Esc); the reminders stay listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reminder fell due while Patron was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reminders (%n)</source>
        <translation>
            <numerusform>Reminders (%n)</numerusform>
            <numerusform>Reminders (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due. Select one or more, then:</source>
        <translation>
            <numerusform>%n reminder due. Select one or more, then:</numerusform>
            <numerusform>%n reminders due. Select one or more, then:</numerusform>
        </translation>
    </message>
    <message>
        <source>No reminders are due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind me at:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::Rfm</name>
    <message>
        <source>Important value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important develop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important retain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important win-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General develop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General retain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General win-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To wake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::RfmActions</name>
    <message>
        <source>RFM &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window, monetary measure, segments, thresholds, labels and tiers of the RFM model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recompute RFM now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute every customer&apos;s RFM scores, segment and tier as of today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing RFM… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segments are up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::RfmEngine</name>
    <message>
        <source>The RFM snapshot being written was removed by another computation; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::RfmPanel</name>
    <message>
        <source>RFM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment changes, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the current RFM snapshot yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not computed yet (Customers → Recompute RFM now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>R %1 · %Ln day(s) ago</source>
        <translation>
            <numerusform>R %1 · %Ln day ago</numerusform>
            <numerusform>R %1 · %Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>F %1 · %Ln order(s)</source>
        <translation>
            <numerusform>F %1 · %Ln order</numerusform>
            <numerusform>F %1 · %Ln orders</numerusform>
        </translation>
    </message>
    <message>
        <source>M %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No counted order in the last %Ln day(s).</source>
        <translation>
            <numerusform>No counted order in the last %Ln day.</numerusform>
            <numerusform>No counted order in the last %Ln days.</numerusform>
        </translation>
    </message>
    <message>
        <source>No counted order yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(tier: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No RFM history yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::RfmSettings</name>
    <message>
        <source>RFM settings are not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM settings: the window must be a whole number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM settings: the monetary measure must be &quot;total&quot; or &quot;average&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM settings: the recency threshold must be a whole number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM settings: the frequency threshold must be a whole number of orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM settings: the monetary threshold must be a whole number of cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM settings: the number of snapshots to keep must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFM window must be from 0 (all history) to %1 days, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown RFM scheme &quot;%1&quot;; use rfm8 or rf-grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recency threshold must be from 0 to %1 days, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frequency threshold must be at least 1 order, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monetary threshold cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots keeping their values must be from 1 to %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown RFM segment &quot;%1&quot; in the labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label of %1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tier &quot;%1&quot; in the labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown RFM segment &quot;%1&quot; in the tier mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tier &quot;%1&quot; for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::RfmSettingsDialog</name>
    <message>
        <source>Fixed: recent when the last order is at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed: frequent from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed: high value from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total of the orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eight segments (high/low R, F, M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R×F grid (ten segments on the scores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders counted from the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monetary value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a fixed threshold a customer is high in a dimension when better than the mean of all scored customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency (R):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency (F):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monetary (M):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots keeping customer values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segments and tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier &amp;labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved RFM settings could not be read (%1); the defaults are shown.</source>
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
    <name>Patron::RuleEditorDialog</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit SOP rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New SOP rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the customers this would touch now, without changing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A playbook needs at least one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::SegmentActions</name>
    <message>
        <source>New &amp;segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;rule tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit rule tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh rule and RFM tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a customer segment from conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag that customers carry while they match a condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags refreshed: %1 added, %2 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no rule tags yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit rule tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule tag:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::SegmentBuilderDialog</name>
    <message>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 广东 key accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers matching the condition carry the tag; it follows the data by itself and cannot be added or removed by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matching customer(s)</source>
        <translation>
            <numerusform>%n matching customer</numerusform>
            <numerusform>%n matching customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit segment “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit rule tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the tag a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::SegmentCompiler</name>
    <message>
        <source>Tag</source>
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
        <source>Number of orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since last order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since last follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM recency (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM monetary (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM R score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM F score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM M score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; in the condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this field does not take a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either a number of days or dates, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (true / false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period starts after it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is one of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is none of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operator &quot;%1&quot; cannot be used with this field (it takes: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::SegmentService</name>
    <message>
        <source>The segment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no segment &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a segment named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a tag named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule tag no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (RFM)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::SegmentSidebar</name>
    <message>
        <source>New segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a segment from conditions (Ctrl+Shift+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (!)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename segment “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete segment “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New segment…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::SetRfmSettingsCommand</name>
    <message>
        <source>Change RFM settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::SetSopRuleEnabledCommand</name>
    <message>
        <source>Enable SOP rule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable SOP rule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::SnoozeRemindersCommand</name>
    <message numerus="yes">
        <source>Snooze %n reminder(s) until %1</source>
        <translation>
            <numerusform>Snooze %n reminder until %1</numerusform>
            <numerusform>Snooze %n reminders until %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patron::Sop</name>
    <message>
        <source>Unknown key &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 must be a whole number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 must be an id (a whole number above 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 must be a condition object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule needs a trigger object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown trigger kind &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;values&quot; in the trigger must be a list of texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown RFM segment &quot;%1&quot; in the trigger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown customer tier &quot;%1&quot; in the trigger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger &quot;%1&quot; needs &quot;days&quot; of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger &quot;tag_added&quot; needs a &quot;tag_id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger &quot;%1&quot; needs a &quot;field&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each action in %1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action kind &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;value&quot; in %1 must be a text, a number or true/false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;user_ids&quot; in %1 must be a list of user ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;due_time&quot; in %1 must be a time HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;remind_time&quot; in %1 must be a time HH:MM or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task of %1 needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown assignee &quot;%1&quot; in %2 (owner, manager, user or round_robin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignee &quot;user&quot; in %1 needs a &quot;user_id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignee &quot;round_robin&quot; in %1 needs &quot;user_ids&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown priority &quot;%1&quot; in %2 (low, normal or high).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; in %2 needs a &quot;rule_id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; in %2 needs a &quot;tag_id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action &quot;set_field&quot; in %1 needs a &quot;field&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action &quot;assign_owner&quot; in %1 needs a &quot;user_id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action &quot;log_activity&quot; in %1 needs &quot;activity_kind&quot; call, visit, email or note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action &quot;notify&quot; in %1 needs a &quot;text&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;actions&quot; in %1 must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each guard (&quot;only_if&quot;) of %1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a guard of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown guard kind &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::Sop::Definition</name>
    <message>
        <source>the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;steps&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days of the steps must not go back (step %1 is on day %2, before day %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;only_if&quot; of %1 must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guard of %1 refers to step %2, which has not fired yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;stop&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stop condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each stop condition must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown stop condition kind &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::SopActions</name>
    <message>
        <source>&amp;Rules and playbooks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOP rules and playbooks that create tasks, tag and notify by themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the SOP rules did, for whom and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the SOP rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SOP rules could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) created by %1</source>
        <translation>
            <numerusform>%Ln task created by %1</numerusform>
            <numerusform>%Ln tasks created by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s) by %1</source>
        <translation>
            <numerusform>%Ln action by %1</numerusform>
            <numerusform>%Ln actions by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SOP error(s), see the journal</source>
        <translation>
            <numerusform>%Ln SOP error, see the journal</numerusform>
            <numerusform>%Ln SOP errors, see the journal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patron::SopEngine</name>
    <message>
        <source>Unknown action kind &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; cannot be set by an SOP rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; names tag %2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; names playbook %2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; names user %2, who does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round robin of &quot;create_task&quot; names user %1, who does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action &quot;set_field&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown SOP rule kind &quot;%1&quot; (rule or playbook).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A playbook needs steps (and no actions of its own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule needs actions (steps and stop conditions are for playbooks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;repeat_days&quot; is only for the triggers segment_entered, tier_entered, days_since_order and no_activity, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger names tag %1, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger names the custom field &quot;%1&quot;, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger &quot;date_approaching&quot; needs a date field, and &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger names the field &quot;%1&quot;, which customers do not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 has no actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stop condition &quot;left_segment&quot; needs a segment_entered or tier_entered trigger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no SOP rule %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SOP rule %1 is disabled; enable it first or use a dry run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SOP run was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger names the field &quot;%1&quot;, which is not a date field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown trigger kind &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: a guard can only refer to an earlier step, not to step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unsaved SOP rule can only be run as a dry run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::SopJournalDialog</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOP journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why / what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of the newest %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(y/ies)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patron::SopPreviewPanel</name>
    <message>
        <source>Preview runs the rule as a dry run: it lists the customers it would touch now, and changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>As of %1 this would touch %Ln customer(s).</source>
        <translation>
            <numerusform>As of %1 this would touch %Ln customer.</numerusform>
            <numerusform>As of %1 this would touch %Ln customers.</numerusform>
        </translation>
    </message>
    <message>
        <source>The RFM values could not be brought up to date: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::SopRulesDialog</name>
    <message>
        <source>SOP rules and playbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit SOP rule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New SOP rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export SOP rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the SOP rules to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import SOP rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries with result OK: firings and playbook steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::SopService</name>
    <message>
        <source>There is no SOP rule %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SOP rule was deleted by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SOP rule was changed by someone else; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no SOP template &quot;%1&quot; (there are: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SOP file is not valid JSON: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SOP file must be a JSON object with &quot;patron_sop&quot; and &quot;rules&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in the SOP file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SOP file must say &quot;patron_sop&quot;: 1 (this Patron reads version 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;rules&quot; in the SOP file must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SOP file has more than %1 rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 of the SOP file must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in rule %2 of the SOP file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 of the SOP file needs a &quot;name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;kind&quot; of rule %1 must be rule or playbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;template&quot; of rule %1 must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;enabled&quot; of rule %1 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 of the SOP file needs a &quot;definition&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 (%2) of the SOP file: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 of the SOP file: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::SopTemplatesDialog</name>
    <message>
        <source>SOP templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready-made SOPs. They are added disabled: preview, then enable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (playbook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::StepCard</name>
    <message>
        <source>Only if no follow-up was logged since step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the customer has not ordered since step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after the playbook started for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if these conditions hold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier step: the guard looks at what happened since that step fired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::TableWriter</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system cannot encode GB18030.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::TagService</name>
    <message>
        <source>A tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a rule tag: it is set by its condition, not by hand. Edit the rule instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a system tag: it follows the RFM analysis and cannot be set by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::TaskActions</name>
    <message>
        <source>&amp;Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow at 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” will remind you again at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give “%1” to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export tasks to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1.</source>
        <translation>
            <numerusform>Exported %n task to %1.</numerusform>
            <numerusform>Exported %n tasks to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patron::TaskService</name>
    <message>
        <source>This task no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this task since you opened it. Reload to see their changes, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task is already done or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up record needs a customer; this task has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this task at the same moment. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a time to be reminded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task kept changing; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::TaskView</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbook step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody (unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) due</source>
        <translation>
            <numerusform>%n task due</numerusform>
            <numerusform>%n tasks due</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::TaskWeekView</name>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
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
    <name>Patron::TriggerEditor</name>
    <message>
        <source>Entered an RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left an RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered a customer tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left a customer tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the last order reach N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up for N days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer created or imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date is N days away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the segments or tiers that count; none ticked: any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any new value (or values separated by commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days while it still holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 days</source>
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
    <message numerus="yes">
        <source>Excel 97–2003 workbook (XLS), %n sheet(s)</source>
        <translation>
            <numerusform>Excel 97–2003 workbook (XLS), %n sheet</numerusform>
            <numerusform>Excel 97–2003 workbook (XLS), %n sheets</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>a cell holds more than %n characters</source>
        <translation>
            <numerusform>a cell holds more than %n character</numerusform>
            <numerusform>a cell holds more than %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Excel workbook (XLSX), %n sheet(s)</source>
        <translation>
            <numerusform>Excel workbook (XLSX), %n sheet</numerusform>
            <numerusform>Excel workbook (XLSX), %n sheets</numerusform>
        </translation>
    </message>
    <message>
        <source>, 1904 date system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the sheet has more than %n merged ranges</source>
        <translation>
            <numerusform>the sheet has more than %n merged range</numerusform>
            <numerusform>the sheet has more than %n merged ranges</numerusform>
        </translation>
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
    <message>
        <source>the file declares a DTD or entities, which spreadsheet programs never write</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the workbook holds more than %n distinct texts</source>
        <translation>
            <numerusform>the workbook holds more than %n distinct text</numerusform>
            <numerusform>the workbook holds more than %n distinct texts</numerusform>
        </translation>
    </message>
    <message>
        <source>A part of the workbook is larger than Patron accepts (%1); the file may be a zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>the part ends too early</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patron::XlsxTableWriter</name>
    <message>
        <source>Cannot write the XLSX file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSX export is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the XLSX file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
