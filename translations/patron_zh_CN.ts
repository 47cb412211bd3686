<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Patron</name>
    <message>
        <source>RFM settings: &quot;%1&quot; must be an object.</source>
        <translation>RFM 设置：“%1”必须是对象。</translation>
    </message>
    <message>
        <source>RFM settings: &quot;%1.%2&quot; must be text.</source>
        <translation>RFM 设置：“%1.%2”必须是文本。</translation>
    </message>
    <message>
        <source>The condition is nested too deeply (more than %1 levels).</source>
        <translation>筛选条件嵌套过深（超过 %1 层）。</translation>
    </message>
    <message>
        <source>The condition has too many parts (more than %1).</source>
        <translation>筛选条件包含的部分过多（超过 %1 个）。</translation>
    </message>
    <message>
        <source>A condition group has both &quot;all&quot; and &quot;any&quot;, or a field.</source>
        <translation>条件组中同时含有“all”和“any”，或含有字段。</translation>
    </message>
    <message>
        <source>A condition group must hold a list of conditions.</source>
        <translation>条件组必须包含一个条件列表。</translation>
    </message>
    <message>
        <source>A condition group may only hold conditions.</source>
        <translation>条件组中只能包含条件。</translation>
    </message>
    <message>
        <source>A condition needs a field and an operator.</source>
        <translation>条件需要有字段和运算符。</translation>
    </message>
    <message>
        <source>The value of condition &quot;%1&quot; must be a text, a number or a list.</source>
        <translation>条件“%1”的值必须是文本、数字或列表。</translation>
    </message>
    <message>
        <source>The list of condition &quot;%1&quot; may only hold texts and numbers.</source>
        <translation>条件“%1”的列表中只能包含文本和数字。</translation>
    </message>
    <message>
        <source>The period of condition &quot;%1&quot; must be a whole number of days from 0 to 36500.</source>
        <translation>条件“%1”的时间段必须是 0 到 36500 之间的整数天数。</translation>
    </message>
    <message>
        <source>The period of condition &quot;%1&quot; must be given as dates (YYYY-MM-DD).</source>
        <translation>条件“%1”的时间段必须以日期（YYYY-MM-DD）给出。</translation>
    </message>
    <message>
        <source>The stored definition is not JSON.</source>
        <translation>存储的定义不是有效的 JSON。</translation>
    </message>
    <message>
        <source>Rule %1 (%2): %3</source>
        <translation>规则 %1（%2）：%3</translation>
    </message>
    <message>
        <source>The SOP rule needs a name.</source>
        <translation>SOP 规则需要一个名称。</translation>
    </message>
    <message>
        <source>The name of an SOP rule may have at most %1 characters.</source>
        <translation>SOP 规则名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Unknown SOP rule kind &quot;%1&quot; (rule or playbook).</source>
        <translation>未知的 SOP 规则类型“%1”（应为 rule 或 playbook）。</translation>
    </message>
</context>
<context>
    <name>Patron::ActionListEditor</name>
    <message>
        <source>Create a task</source>
        <translation>创建任务</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>Set a field</source>
        <translation>设置字段</translation>
    </message>
    <message>
        <source>Assign an owner</source>
        <translation>分配负责人</translation>
    </message>
    <message>
        <source>Log a follow-up</source>
        <translation>添加跟进记录</translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation>桌面通知</translation>
    </message>
    <message>
        <source>Start a playbook</source>
        <translation>启动跟进剧本</translation>
    </message>
    <message>
        <source>Stop a playbook</source>
        <translation>停止跟进剧本</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Placeholders: {客户名称} or {name}, {客户编号} or {code}, {负责人} or {owner}, {分群} or {segment}</source>
        <translation>占位符：{客户名称} 或 {name}、{客户编号} 或 {code}、{负责人} 或 {owner}、{分群} 或 {segment}</translation>
    </message>
    <message>
        <source>in </source>
        <translation>在 </translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> 天后</translation>
    </message>
    <message>
        <source>at</source>
        <translation>的</translation>
    </message>
    <message>
        <source>Remind at</source>
        <translation>提醒于</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>The owner&apos;s manager</source>
        <translation>负责人的上级主管</translation>
    </message>
    <message>
        <source>A named user</source>
        <translation>指定用户</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>轮流分配</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>任务标题</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>分配给</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Users in turn</source>
        <translation>轮流分配的用户</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>跟进剧本</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Follow-up type</source>
        <translation>跟进方式</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Follow up: {name}</source>
        <translation>跟进：{name}</translation>
    </message>
</context>
<context>
    <name>Patron::Autostart</name>
    <message>
        <source>Start Patron minimised so that reminders can pop up</source>
        <translation>以最小化方式启动 Patron，以便弹出提醒</translation>
    </message>
    <message>
        <source>Could not change %1 in the registry.</source>
        <translation>无法修改注册表中的 %1。</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Patron::ChangeRecordCommand</name>
    <message>
        <source>“%1” was changed again since this edit (now “%2”), so the edit cannot be undone or redone without losing that change.</source>
        <translation>“%1”在此次编辑之后又被修改过（现在是“%2”），撤销或重做此编辑会丢失那次修改，因此无法执行。</translation>
    </message>
</context>
<context>
    <name>Patron::ChildRecordsTab</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>添加联系人(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Add order…</source>
        <translation>添加订单(&amp;A)…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>Patron::Choices</name>
    <message>
        <source>Company</source>
        <translation>企业客户</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人客户</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>认知</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>考虑</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>多选</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Yes/No</source>
        <translation>是/否</translation>
    </message>
</context>
<context>
    <name>Patron::Cli::CommandLine</name>
    <message>
        <source>Unknown language &quot;%1&quot;; use zh_CN or en.</source>
        <translation>未知语言“%1”；请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>The database: a SQLite file, or postgresql://user@host:port/db for a team server. Default: %1</source>
        <translation>数据库：SQLite 文件，或团队服务器地址 postgresql://user@host:port/db。默认：%1</translation>
    </message>
    <message>
        <source>path or URL</source>
        <translation>path or URL</translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en (default: the system&apos;s).</source>
        <translation>消息语言：zh_CN 或 en（默认跟随系统）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Patron — customer management for small and medium businesses.</source>
        <translation>Patron — 面向中小企业的客户管理工具。</translation>
    </message>
    <message>
        <source>&lt;command&gt; [options]</source>
        <translation>&lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <source>Usage: patron [options] &lt;command&gt; [options]</source>
        <translation>用法：patron [选项] &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an action: patron %1 list</source>
        <translation>“%1”需要指定操作：patron %1 list</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1 %2&quot;. Try: patron %1 list</source>
        <translation>未知操作“%1 %2”。请尝试：patron %1 list</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;patron --help&quot; to see the commands.</source>
        <translation>未知命令“%1”。运行“patron --help”查看所有命令。</translation>
    </message>
    <message>
        <source>Usage: patron %1 [options]</source>
        <translation>用法：patron %1 [选项]</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;.</source>
        <translation>%1：多余的参数“%2”。</translation>
    </message>
    <message>
        <source>The --database value is empty.</source>
        <translation>--database 的值为空。</translation>
    </message>
    <message>
        <source>Fills an empty database with a realistic, made-up data set of a Chinese small business: sales reps, companies and individuals, contacts, three years of orders, follow-up records, service tickets and tasks.</source>
        <translation>向空数据库填充一套逼真的虚构数据，模拟一家中国小企业：销售人员、企业客户和个人客户、联系人、三年的订单、跟进记录、服务工单和待办事项。</translation>
    </message>
    <message>
        <source>Number of customers (default 2000).</source>
        <translation>客户数量（默认 2000）。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data (default 1).</source>
        <translation>随机种子：相同的种子生成相同的数据（默认 1）。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Average number of orders per customer (default 10).</source>
        <translation>每个客户的平均订单数（默认 10）。</translation>
    </message>
    <message>
        <source>Take this date (YYYY-MM-DD) as today; orders span the three years before it.</source>
        <translation>将此日期（YYYY-MM-DD）视为今天；订单分布在此前的三年内。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>demo: --customers must be a whole number from 1 to 50000000, not &quot;%1&quot;.</source>
        <translation>demo：--customers 必须是 1 到 50000000 之间的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>demo: --seed must be a whole number, not &quot;%1&quot;.</source>
        <translation>demo：--seed 必须是整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>demo: --orders-per-customer must be a number from 0 to 1000, not &quot;%1&quot;.</source>
        <translation>demo：--orders-per-customer 必须是 0 到 1000 之间的数，而不是“%1”。</translation>
    </message>
    <message>
        <source>demo: --today must be a date like 2025-06-30, not &quot;%1&quot;.</source>
        <translation>demo：--today 必须是形如 2025-06-30 的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>Created %1 customers, %2 contacts, %3 orders, %4 follow-up records, %5 service tickets and %6 tasks in %7 s (seed %8).
</source>
        <translation>已创建 %1 个客户、%2 个联系人、%3 个订单、%4 条跟进记录、%5 个服务工单和 %6 条待办事项，用时 %7 秒（种子 %8）。
</translation>
    </message>
    <message>
        <source>Output format: csv (default) or json.</source>
        <translation>输出格式：csv（默认）或 json。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Only customers matching this text (name, code, contact, mobile or its last four digits, email, city), as in the customer list&apos;s search box.</source>
        <translation>只列出与此文本匹配的客户（名称、编号、联系人、手机号或其后四位、邮箱、城市），规则与客户列表的搜索框相同。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>写入此文件，而不是标准输出。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Start CSV with a UTF-8 byte order mark (for Excel on Windows).</source>
        <translation>在 CSV 开头写入 UTF-8 字节顺序标记（BOM），供 Windows 版 Excel 使用。</translation>
    </message>
    <message>
        <source>Prints customers as CSV (with a header row) or as a JSON array, one column per custom field after the built-in ones. Without a scope option, lists the active customers (not archived, not in the trash).</source>
        <translation>以 CSV（带标题行）或 JSON 数组输出客户，内置列之后每个自定义字段各占一列。未指定范围选项时，列出正常客户（未归档、不在回收站中）。</translation>
    </message>
    <message>
        <source>List archived customers instead.</source>
        <translation>改为列出已归档的客户。</translation>
    </message>
    <message>
        <source>List the customers in the trash instead.</source>
        <translation>改为列出回收站中的客户。</translation>
    </message>
    <message>
        <source>List active and archived customers.</source>
        <translation>列出正常客户和已归档的客户。</translation>
    </message>
    <message>
        <source>customers list: unknown format &quot;%1&quot;; use csv or json.</source>
        <translation>customers list：未知格式“%1”；请使用 csv 或 json。</translation>
    </message>
    <message>
        <source>customers list: use only one of --archived, --trash and --all.</source>
        <translation>customers list：--archived、--trash 和 --all 只能使用其中一个。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Prints orders, oldest first, as CSV (with a header row) or as a JSON array. Amounts are in yuan with two decimals; dates are ISO 8601. Orders of customers in the trash are left out.</source>
        <translation>以 CSV（带标题行）或 JSON 数组输出订单，最早的在前。金额以元为单位，保留两位小数；日期采用 ISO 8601 格式。回收站中客户的订单不输出。</translation>
    </message>
    <message>
        <source>orders list: unknown format &quot;%1&quot;; use csv or json.</source>
        <translation>orders list：未知格式“%1”；请使用 csv 或 json。</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>标准输出</translation>
    </message>
    <message>
        <source>Generating demo data… %1% (%2 s)</source>
        <translation>正在生成演示数据… %1%（%2 秒）</translation>
    </message>
    <message>
        <source>Usage: patron import customers|orders|contacts|activities FILE [options]
       patron import list [--format text|csv|json]
       patron import undo BATCH
Run &quot;patron import customers --help&quot; for the import options.
</source>
        <translation>用法：patron import customers|orders|contacts|activities 文件 [选项]
      patron import list [--format text|csv|json]
      patron import undo 批次号
运行“patron import customers --help”查看导入选项。
</translation>
    </message>
    <message>
        <source>Unknown import &quot;%1&quot;. Use: patron import customers|orders|contacts|activities FILE, import list or import undo BATCH.</source>
        <translation>未知的导入类型“%1”。请使用：patron import customers|orders|contacts|activities 文件、import list 或 import undo 批次号。</translation>
    </message>
    <message>
        <source>Imports %1 from a CSV, TSV, TXT, XLSX or XLS file as one batch that can be undone. Columns are mapped automatically from their headers (Chinese or English), or by a saved mapping for files with the same header. Rows that match an existing customer by code, mobile, e-mail or company name are merged.</source>
        <translation>从 CSV、TSV、TXT、XLSX 或 XLS 文件导入数据（%1），整个文件作为一个导入批次，之后可以撤销。字段映射按列标题（中文或英文）自动完成；标题行与以前相同的文件会使用已保存的字段映射。编号、手机、邮箱或公司名称与现有客户相同的行会合并到该客户。</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>要导入的文件。</translation>
    </message>
    <message>
        <source>The sheet to read (name or number; default the first).</source>
        <translation>要读取的工作表（名称或序号；默认第一个）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The row that holds the column headers (default: detected).</source>
        <translation>列标题所在的行（默认自动识别）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Text encoding of CSV files: auto (default), utf-8, gb18030 or utf-16.</source>
        <translation>CSV 文件的文本编码：auto（默认，自动识别）、utf-8、gb18030 或 utf-16。</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>encoding</translation>
    </message>
    <message>
        <source>Use this saved column mapping.</source>
        <translation>使用此已保存的字段映射。</translation>
    </message>
    <message>
        <source>Map a column to a field, e.g. --map &quot;手机号码=mobile&quot;; an empty field skips the column. Repeatable.</source>
        <translation>将一列映射到字段，例如 --map &quot;手机号码=mobile&quot;；字段留空则不导入该列。可多次使用。</translation>
    </message>
    <message>
        <source>header=field</source>
        <translation>header=field</translation>
    </message>
    <message>
        <source>Create a custom field named after this column&apos;s header and import the column into it; the type (text, number, money, date, phone, email, bool) may follow a colon, e.g. --new-field &quot;签约日期:date&quot;. Repeatable.</source>
        <translation>以该列的标题为名称新建自定义字段，并将这一列导入其中；可在冒号后指定类型（text、number、money、date、phone、email、bool），例如 --new-field &quot;签约日期:date&quot;。可多次使用。</translation>
    </message>
    <message>
        <source>header[:type]</source>
        <translation>header[:type]</translation>
    </message>
    <message>
        <source>Save the column mapping under this name.</source>
        <translation>将字段映射保存为此名称。</translation>
    </message>
    <message>
        <source>What to do with rows that match an existing record: merge (default: fill empty fields only), update (overwrite), skip, or create (a new record anyway).</source>
        <translation>与现有记录重复的行如何处理：merge（默认，合并：只填写空白字段）、update（更新：覆盖原有内容）、skip（跳过）或 create（仍然新建一条记录）。</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>policy</translation>
    </message>
    <message>
        <source>Orders, contacts and follow-ups: create the customer when none matches (needs a customer name column).</source>
        <translation>导入订单、联系人和跟进记录时：找不到对应的客户就新建客户（需要有客户名称列）。</translation>
    </message>
    <message>
        <source>All rows or none: import nothing if any row is rejected.</source>
        <translation>全部导入或都不导入：只要有一行被拒绝，就不导入任何数据。</translation>
    </message>
    <message>
        <source>Only count what would be imported; change nothing.</source>
        <translation>只统计将会导入的内容，不做任何修改。</translation>
    </message>
    <message>
        <source>Write rejected rows (with line number and reason) to this CSV file.</source>
        <translation>将被拒绝的行（含行号和原因）写入此 CSV 文件。</translation>
    </message>
    <message>
        <source>Output: text (default) or json.</source>
        <translation>输出格式：text（默认）或 json。</translation>
    </message>
    <message>
        <source>%1: name the file to import.</source>
        <translation>%1：请指定要导入的文件。</translation>
    </message>
    <message>
        <source>%1: unknown encoding &quot;%2&quot;; use auto, utf-8, gb18030 or utf-16.</source>
        <translation>%1：未知编码“%2”；请使用 auto、utf-8、gb18030 或 utf-16。</translation>
    </message>
    <message>
        <source>%1: --header-row must be a row number from 1, not &quot;%2&quot;.</source>
        <translation>%1：--header-row 必须是从 1 开始的行号，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1: --on-duplicate must be merge, update, skip or create, not &quot;%2&quot;.</source>
        <translation>%1：--on-duplicate 必须是 merge、update、skip 或 create，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1: unknown format &quot;%2&quot;; use text or json.</source>
        <translation>%1：未知格式“%2”；请使用 text 或 json。</translation>
    </message>
    <message>
        <source>%1: --map takes &quot;header=field&quot;, not &quot;%2&quot;.</source>
        <translation>%1：--map 的格式是“列标题=字段”，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1: only customers and orders have custom fields.</source>
        <translation>%1：只有客户和订单可以有自定义字段。</translation>
    </message>
    <message>
        <source>%1: cannot create the field &quot;%2&quot;: %3</source>
        <translation>%1：无法创建字段“%2”：%3</translation>
    </message>
    <message>
        <source>%1: the file has no sheet &quot;%2&quot;. Its sheets: %3.</source>
        <translation>%1：文件中没有工作表“%2”。现有工作表：%3。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Importing… %1% (%2 rows, %3 rows/s)</source>
        <translation>正在导入… %1%（%2 行，每秒 %3 行）</translation>
    </message>
    <message>
        <source>Dry run, nothing was changed. %1: %2 rows read (%3; header on row %4).
</source>
        <translation>试运行，未做任何修改。%1：读取了 %2 行（%3；标题在第 %4 行）。
</translation>
    </message>
    <message>
        <source>%1: %2 rows read (%3; header on row %4).
</source>
        <translation>%1：读取了 %2 行（%3；标题在第 %4 行）。
</translation>
    </message>
    <message>
        <source>  would create %1, update %2, merge %3, skip %4, reject %5
</source>
        <translation>  将新建 %1，更新 %2，合并 %3，跳过 %4，拒绝 %5
</translation>
    </message>
    <message>
        <source>  created %1, updated %2, merged %3, skipped %4, rejected %5
</source>
        <translation>  新建 %1，更新 %2，合并 %3，跳过 %4，拒绝 %5
</translation>
    </message>
    <message>
        <source>  %1 + %2 + %3 + %4 + %5 = %6 rows read
</source>
        <translation>  %1 + %2 + %3 + %4 + %5 = 读取的 %6 行
</translation>
    </message>
    <message numerus="yes">
        <source>  %n totals row(s) (合计/总计) skipped
</source>
        <translation>
            <numerusform>  跳过了 %n 个合计行（合计/总计）
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n new owner(s) added as users
</source>
        <translation>
            <numerusform>  新增了 %n 位负责人（已添加为用户）
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n missing customer(s) created
</source>
        <translation>
            <numerusform>  新建了 %n 个原先不存在的客户
</numerusform>
        </translation>
    </message>
    <message>
        <source>  rejected: %1
</source>
        <translation>  拒绝原因：%1
</translation>
    </message>
    <message>
        <source>    line %1: %2
</source>
        <translation>    第 %1 行：%2
</translation>
    </message>
    <message>
        <source>  would create custom field(s): %1
</source>
        <translation>  将新建自定义字段：%1
</translation>
    </message>
    <message>
        <source>  not imported (no field mapped): %1
</source>
        <translation>  未导入的列（未映射到字段）：%1
</translation>
    </message>
    <message>
        <source>Rejected rows were written to %1.
</source>
        <translation>被拒绝的行已写入 %1。
</translation>
    </message>
    <message>
        <source>Nothing was imported: --strict refuses a file with rejected rows.
</source>
        <translation>未导入任何数据：使用 --strict 时，只要文件中有被拒绝的行就不导入。
</translation>
    </message>
    <message>
        <source>Import batch %1. To undo it: patron import undo %1
</source>
        <translation>导入批次 %1。如需撤销：patron import undo %1
</translation>
    </message>
    <message>
        <source>Lists the import batches, newest first; the first column is the batch number that &quot;patron import undo&quot; takes.</source>
        <translation>列出导入批次，最新的在前；第一列是批次号，供“patron import undo”使用。</translation>
    </message>
    <message>
        <source>Output: text (default), csv or json.</source>
        <translation>输出格式：text（默认）、csv 或 json。</translation>
    </message>
    <message>
        <source>import list: unknown format &quot;%1&quot;; use text, csv or json.</source>
        <translation>import list：未知格式“%1”；请使用 text、csv 或 json。</translation>
    </message>
    <message>
        <source>No imports yet.
</source>
        <translation>还没有导入记录。
</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  by %5: %6 rows, %7 created, %8 updated, %9 merged</source>
        <translation>%1  %2  %3  %4  %5 导入：%6 行，新建 %7，更新 %8，合并 %9</translation>
    </message>
    <message>
        <source>, %1 skipped, %2 rejected</source>
        <translation>，跳过 %1，拒绝 %2</translation>
    </message>
    <message>
        <source> (undone %1)</source>
        <translation>（已于 %1 撤销）</translation>
    </message>
    <message>
        <source>Undoes an import batch: removes what it created and puts back what it changed. Refuses when a later import or an edit depends on it.</source>
        <translation>撤销一个导入批次：删除它新建的记录，恢复它修改过的记录。如果之后的导入或编辑依赖于它，则不能撤销。</translation>
    </message>
    <message>
        <source>The batch number (see patron import list).</source>
        <translation>批次号（见 patron import list）。</translation>
    </message>
    <message>
        <source>import undo: name the batch number to undo (see patron import list).</source>
        <translation>import undo：请指定要撤销的批次号（见 patron import list）。</translation>
    </message>
    <message>
        <source>Cannot undo import %1: %2</source>
        <translation>无法撤销导入批次 %1：%2</translation>
    </message>
    <message>
        <source>Lists groups of customers that are probably the same (same customer code, mobile, email or company name), one row per customer: group number, reason, customer id, code, name, mobile, email. Customers in the trash are left out.
&quot;patron duplicates merge SURVIVOR_ID OTHER_ID…&quot; merges customers into the first one: it keeps its non-empty values (else the others&apos; first non-empty ones), takes over their orders, follow-ups, tasks, tickets, contacts and tags, and moves the others to the trash.</source>
        <translation>列出很可能是同一客户的重复客户分组（客户编号、手机、邮箱或公司名称相同），每个客户一行：组号、原因、客户 ID、编号、名称、手机、邮箱。回收站中的客户不计在内。
“patron duplicates merge SURVIVOR_ID OTHER_ID…”将客户合并到第一个客户中：保留它的非空值（为空时取其他客户中第一个非空值），接管其他客户的订单、跟进记录、待办、服务工单、联系人和标签，并将其他客户移到回收站。</translation>
    </message>
    <message>
        <source>Also group similar company names (without a leading city or province, or one character apart).</source>
        <translation>同时将相似的公司名称归为一组（去掉开头的城市或省份后相同，或只差一个字）。</translation>
    </message>
    <message>
        <source>duplicates: unknown format &quot;%1&quot;; use csv or json.</source>
        <translation>duplicates：未知格式“%1”；请使用 csv 或 json。</translation>
    </message>
    <message>
        <source>Merges customers into the first one given (see &quot;patron duplicates --help&quot;).</source>
        <translation>将客户合并到给出的第一个客户中（见“patron duplicates --help”）。</translation>
    </message>
    <message>
        <source>Id of the customer that remains.</source>
        <translation>保留下来的客户的 ID。</translation>
    </message>
    <message>
        <source>Ids of the customers merged into it.</source>
        <translation>要合并进来的客户的 ID。</translation>
    </message>
    <message>
        <source>OTHER_ID…</source>
        <translation>OTHER_ID…</translation>
    </message>
    <message>
        <source>duplicates merge: &quot;%1&quot; is not a customer id.</source>
        <translation>duplicates merge：“%1”不是客户 ID。</translation>
    </message>
    <message>
        <source>duplicates merge: give the surviving customer&apos;s id and at least one other id.</source>
        <translation>duplicates merge：请给出要保留的客户的 ID，以及至少一个其他客户的 ID。</translation>
    </message>
    <message>
        <source>duplicates merge: customer %1: %2</source>
        <translation>duplicates merge：客户 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n customer(s) into customer %1; they are in the trash.</source>
        <translation>
            <numerusform>已将 %n 个客户合并到客户 %1；这些客户已移到回收站。</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes customers, their orders, follow-up records (activities) or contacts to FILE. The format comes from the file&apos;s extension (.csv, .xlsx, .json, .vcf) unless --format names it; FILE &quot;-&quot; is standard output (CSV, JSON, vCard). CSV files are UTF-8 with a byte order mark, so Excel reads Chinese text, or GB18030. Customers and contacts cover the active customers, orders and follow-ups also those of archived customers, unless a scope option says otherwise. The file is replaced only when everything was written.</source>
        <translation>将客户及其订单、跟进记录（activities）或联系人写入 FILE。格式由文件扩展名（.csv、.xlsx、.json、.vcf）决定，除非用 --format 指定；FILE 为“-”时写到标准输出（CSV、JSON、vCard）。CSV 文件为带字节顺序标记（BOM）的 UTF-8，Excel 可以正确读取中文；也可以用 GB18030。客户和联系人默认只包括正常客户，订单和跟进记录还包括已归档客户的数据，除非用范围选项另行指定。只有全部写完后才会替换原文件。</translation>
    </message>
    <message>
        <source>customers, orders, activities or contacts</source>
        <translation>customers、orders、activities 或 contacts</translation>
    </message>
    <message>
        <source>The file to write, or - for standard output.</source>
        <translation>要写入的文件，或用 - 表示标准输出。</translation>
    </message>
    <message>
        <source>csv, xlsx, json or vcf (vCard 4.0, contacts only). Default: from the file&apos;s extension.</source>
        <translation>csv、xlsx、json 或 vcf（vCard 4.0，仅限联系人）。默认：根据文件扩展名。</translation>
    </message>
    <message>
        <source>Encoding of CSV: utf-8 (default) or gb18030.</source>
        <translation>CSV 的编码：utf-8（默认）或 gb18030。</translation>
    </message>
    <message>
        <source>Write UTF-8 CSV without a byte order mark.</source>
        <translation>写入不带字节顺序标记（BOM）的 UTF-8 CSV。</translation>
    </message>
    <message>
        <source>Only customers matching this text, as in the customer list&apos;s search box.</source>
        <translation>只导出与此文本匹配的客户，与客户列表搜索框的用法相同。</translation>
    </message>
    <message>
        <source>Only archived customers.</source>
        <translation>只导出已归档的客户。</translation>
    </message>
    <message>
        <source>Only customers in the trash.</source>
        <translation>只导出回收站中的客户。</translation>
    </message>
    <message>
        <source>Active and archived customers.</source>
        <translation>正常客户和已归档的客户。</translation>
    </message>
    <message>
        <source>Usage: patron export [options] customers|orders|activities|contacts FILE</source>
        <translation>用法：patron export [options] customers|orders|activities|contacts FILE</translation>
    </message>
    <message>
        <source>export: say what to export and where: patron export customers|orders|activities|contacts FILE</source>
        <translation>export：请指定导出什么、导出到哪里：patron export customers|orders|activities|contacts FILE</translation>
    </message>
    <message>
        <source>export: unexpected argument &quot;%1&quot;.</source>
        <translation>export：多余的参数“%1”。</translation>
    </message>
    <message>
        <source>export: cannot export &quot;%1&quot;; use customers, orders, activities or contacts.</source>
        <translation>export：无法导出“%1”；请使用 customers、orders、activities 或 contacts。</translation>
    </message>
    <message>
        <source>export: unknown format &quot;%1&quot;; use csv, xlsx, json or vcf.</source>
        <translation>export：未知格式“%1”；请使用 csv、xlsx、json 或 vcf。</translation>
    </message>
    <message>
        <source>export: name the format of standard output with --format.</source>
        <translation>export：输出到标准输出时，请用 --format 指定格式。</translation>
    </message>
    <message>
        <source>export: cannot tell the format from &quot;%1&quot;; use a .csv, .xlsx, .json or .vcf file name, or --format.</source>
        <translation>export：无法从“%1”判断格式；请使用 .csv、.xlsx、.json 或 .vcf 文件名，或使用 --format。</translation>
    </message>
    <message>
        <source>export: unknown encoding &quot;%1&quot;; use utf-8 or gb18030.</source>
        <translation>export：未知编码“%1”；请使用 utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>export: use only one of --archived, --trash and --all.</source>
        <translation>export：--archived、--trash 和 --all 只能使用其中一个。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个客户导出到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个订单导出到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n follow-up record(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 条跟进记录导出到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个联系人导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undid import %1 (%2).
</source>
        <translation>已撤销导入批次 %1（%2）。
</translation>
    </message>
    <message numerus="yes">
        <source>  removed %n created record(s)
</source>
        <translation>
            <numerusform>  删除了 %n 条新建的记录
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  restored %n changed record(s)
</source>
        <translation>
            <numerusform>  恢复了 %n 条被修改的记录
</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard %1 – %2, owner: %3
</source>
        <translation>数据看板 %1 – %2，负责人：%3
</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Customers %1, buying in the range %2, counted orders %3, revenue %4
</source>
        <translation>客户 %1，期间内有购买 %2，计入订单 %3，销售额 %4
</translation>
    </message>
    <message>
        <source>RFM segments: no RFM snapshot yet (run patron rfm).
</source>
        <translation>RFM 客群：还没有 RFM 快照（请运行 patron rfm）。
</translation>
    </message>
    <message>
        <source>RFM segments (snapshot %1 as of %2): customers, revenue in the range
</source>
        <translation>RFM 客群（快照 %1，截至 %2）：客户数、期间内销售额
</translation>
    </message>
    <message>
        <source>Tiers (value pyramid):
</source>
        <translation>客户层级（价值金字塔）：
</translation>
    </message>
    <message>
        <source>Revenue concentration: the top 20% of buying customers bring %1 of the revenue.
</source>
        <translation>销售额集中度：前 20% 的购买客户贡献了 %1 的销售额。
</translation>
    </message>
    <message>
        <source>Month      revenue                counted orders  active customers
</source>
        <translation>月份       销售额                 计入订单数      活跃客户数
</translation>
    </message>
    <message>
        <source>Retention cohorts (first order month, customers, share buying in month +1, +2, …):
</source>
        <translation>留存同期群（首单月份、客户数、第 +1、+2、… 个月再次购买的比例）：
</translation>
    </message>
    <message>
        <source>Lifecycle funnel:
</source>
        <translation>生命周期漏斗：
</translation>
    </message>
    <message>
        <source>Rep ranking: revenue, new customers, follow-ups, tasks done
</source>
        <translation>销售人员排名：销售额、新增客户、跟进记录、已完成待办
</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <source>Figures from the cache, computed at %1 in %2 ms.
</source>
        <translation>数据来自缓存，计算于 %1，用时 %2 毫秒。
</translation>
    </message>
    <message>
        <source>Figures computed at %1 in %2 ms.
</source>
        <translation>数据计算于 %1，用时 %2 毫秒。
</translation>
    </message>
    <message>
        <source>Prints the figures of the dashboard (数据看板): customers and revenue by RFM segment and tier (current snapshot), revenue concentration (top 20% and the Pareto curve), monthly revenue and active customers, retention cohorts, the lifecycle funnel and the rep ranking. Revenue counts orders that are not cancelled or refunded, in the date range (default: the last 12 months up to today); customers in the trash are left out. Figures are cached in the database and computed again when the data changed.</source>
        <translation>输出数据看板的各项数据：按 RFM 客群和客户层级统计的客户数和销售额（当前快照）、销售额集中度（前 20% 及帕累托曲线）、月度销售额和活跃客户、留存同期群、生命周期漏斗以及销售人员排名。销售额只统计日期范围内（默认：截至今天的最近 12 个月）未取消、未退款的订单；回收站中的客户不计在内。数据缓存在数据库中，数据有变化时重新计算。</translation>
    </message>
    <message>
        <source>First day of the range (YYYY-MM-DD).</source>
        <translation>日期范围的第一天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Last day of the range (YYYY-MM-DD, default today).</source>
        <translation>日期范围的最后一天（YYYY-MM-DD，默认今天）。</translation>
    </message>
    <message>
        <source>Only the customers of this owner (user name or display name).</source>
        <translation>只统计此负责人的客户（用户名或显示名称）。</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>输出格式：text（默认）或 json。</translation>
    </message>
    <message>
        <source>Compute the figures again even when the cached ones are current.</source>
        <translation>即使缓存的数据是最新的，也重新计算。</translation>
    </message>
    <message>
        <source>dashboard: unknown format &quot;%1&quot;; use text or json.</source>
        <translation>dashboard：未知格式“%1”；请使用 text 或 json。</translation>
    </message>
    <message>
        <source>dashboard: --%1 must be a date like 2025-06-30, not &quot;%2&quot;.</source>
        <translation>dashboard：--%1 必须是形如 2025-06-30 的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>dashboard: %1</source>
        <translation>dashboard：%1</translation>
    </message>
    <message>
        <source>dashboard: --from must not be after --to.</source>
        <translation>dashboard：--from 不能晚于 --to。</translation>
    </message>
    <message>
        <source>Computes the RFM model (最近一次消费, 消费频率, 消费金额) of every customer not in the trash, stores it as a snapshot (so segment changes are kept) and prints one row per customer: id, code, name, recency in days, number of counted orders, monetary value in yuan, the R/F/M scores 1–5, the segment and the tier. Customers without a counted order in the window have empty scores. Options override the saved RFM settings for this run only.
&quot;patron rfm history CUSTOMER_ID&quot; lists a customer&apos;s segment changes; &quot;patron rfm settings&quot; prints the saved settings as JSON.</source>
        <translation>为回收站以外的每个客户计算 RFM 模型（最近一次消费、消费频率、消费金额），保存为一个快照（从而保留客群变化），并为每个客户输出一行：ID、编号、名称、最近一次消费距今天数、计入订单数、消费金额（元）、R/F/M 评分 1–5、RFM 客群和客户层级。在统计窗口内没有计入订单的客户，评分为空。选项只对本次运行覆盖已保存的 RFM 设置。
“patron rfm history CUSTOMER_ID”列出某个客户的客群变化；“patron rfm settings”以 JSON 格式输出已保存的设置。</translation>
    </message>
    <message>
        <source>Compute as of this date (YYYY-MM-DD; default today).</source>
        <translation>按此日期计算（YYYY-MM-DD；默认今天）。</translation>
    </message>
    <message>
        <source>Only orders of the last DAYS days count; 0 = all history (default: the saved setting, 365).</source>
        <translation>只计入最近 DAYS 天内的订单；0 = 全部历史（默认：已保存的设置，365）。</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>rfm8 (the eight mean-based segments) or rf-grid (the 10-cell R×F grid).</source>
        <translation>rfm8（按平均值划分的八类客群）或 rf-grid（10 格 R×F 网格）。</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>scheme</translation>
    </message>
    <message>
        <source>Monetary value: total (default) or average order value.</source>
        <translation>消费金额：total（默认，订单总额）或 average（平均订单金额）。</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>measure</translation>
    </message>
    <message>
        <source>rfm: unknown format &quot;%1&quot;; use csv or json.</source>
        <translation>rfm：未知格式“%1”；请使用 csv 或 json。</translation>
    </message>
    <message>
        <source>rfm: --as-of must be a date like 2026-06-30, not &quot;%1&quot;.</source>
        <translation>rfm：--as-of 必须是形如 2026-06-30 的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>rfm: --window must be a whole number of days from 0 (all history) to 36500, not &quot;%1&quot;.</source>
        <translation>rfm：--window 必须是 0（全部历史）到 36500 之间的整数天数，而不是“%1”。</translation>
    </message>
    <message>
        <source>rfm: unknown scheme &quot;%1&quot;; use rfm8 or rf-grid.</source>
        <translation>rfm：未知方案“%1”；请使用 rfm8 或 rf-grid。</translation>
    </message>
    <message>
        <source>rfm: --monetary must be total or average, not &quot;%1&quot;.</source>
        <translation>rfm：--monetary 必须是 total 或 average，而不是“%1”。</translation>
    </message>
    <message>
        <source>Computing RFM… %1% (%2 s)</source>
        <translation>正在计算 RFM… %1%（%2 秒）</translation>
    </message>
    <message>
        <source>Lists a customer&apos;s RFM segment and tier changes, newest first: as-of date, from segment (empty when the customer entered), to segment, from tier, to tier.</source>
        <translation>列出某个客户的 RFM 客群和客户层级变化，最新的在前：截至日期、原客群（客户刚进入时为空）、新客群、原层级、新层级。</translation>
    </message>
    <message>
        <source>Id of the customer.</source>
        <translation>客户的 ID。</translation>
    </message>
    <message>
        <source>rfm history: unknown format &quot;%1&quot;; use csv or json.</source>
        <translation>rfm history：未知格式“%1”；请使用 csv 或 json。</translation>
    </message>
    <message>
        <source>rfm history: give a customer id, not &quot;%1&quot;.</source>
        <translation>rfm history：请给出客户 ID，而不是“%1”。</translation>
    </message>
    <message>
        <source>Prints the saved RFM settings as JSON (window, monetary measure, scheme, thresholds, labels, tier mapping, snapshots kept).</source>
        <translation>以 JSON 格式输出已保存的 RFM 设置（统计窗口、消费金额口径、分群方案、阈值、显示名称、层级映射、保留的快照数）。</translation>
    </message>
    <message>
        <source>Only the customers of this saved segment.</source>
        <translation>只列出此已保存客户分群中的客户。</translation>
    </message>
    <message>
        <source>Only the customers matching this condition (JSON).</source>
        <translation>只列出符合此筛选条件（JSON）的客户。</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>The condition as JSON, e.g. &apos;{&quot;field&quot;:&quot;province&quot;,&quot;op&quot;:&quot;eq&quot;,&quot;value&quot;:&quot;广东&quot;}&apos; (see the segment condition reference).</source>
        <translation>筛选条件（JSON），例如 &apos;{&quot;field&quot;:&quot;province&quot;,&quot;op&quot;:&quot;eq&quot;,&quot;value&quot;:&quot;广东&quot;}&apos;（参见客户分群筛选条件说明）。</translation>
    </message>
    <message>
        <source>%1: --where is required.</source>
        <translation>%1：必须指定 --where。</translation>
    </message>
    <message>
        <source>&quot;segments&quot; needs an action: list, add, delete or count.</source>
        <translation>“segments”需要一个操作：list、add、delete 或 count。</translation>
    </message>
    <message>
        <source>Unknown action &quot;segments %1&quot;. Use list, add, delete or count.</source>
        <translation>未知操作“segments %1”。请使用 list、add、delete 或 count。</translation>
    </message>
    <message>
        <source>Usage: patron segments list [--format csv|json]
       patron segments add NAME --where JSON
       patron segments delete NAME
       patron segments count --where JSON
</source>
        <translation>用法：patron segments list [--format csv|json]
      patron segments add 名称 --where JSON
      patron segments delete 名称
      patron segments count --where JSON
</translation>
    </message>
    <message>
        <source>Lists the saved segments with the number of active customers in each and their condition (JSON).</source>
        <translation>列出已保存的客户分群，以及每个分群中的正常客户数和筛选条件（JSON）。</translation>
    </message>
    <message>
        <source>Saves a segment: a name and a condition.</source>
        <translation>保存一个客户分群：名称和筛选条件。</translation>
    </message>
    <message>
        <source>The segment&apos;s name.</source>
        <translation>客户分群的名称。</translation>
    </message>
    <message>
        <source>Deletes a saved segment (the customers are not changed).</source>
        <translation>删除一个已保存的客户分群（客户本身不受影响）。</translation>
    </message>
    <message>
        <source>Prints how many active customers match a condition.</source>
        <translation>输出符合筛选条件的正常客户数。</translation>
    </message>
    <message>
        <source>%1: give the segment&apos;s name.</source>
        <translation>%1：请给出客户分群的名称。</translation>
    </message>
    <message>
        <source>%1: unknown format &quot;%2&quot;; use csv or json.</source>
        <translation>%1：未知格式“%2”；请使用 csv 或 json。</translation>
    </message>
    <message numerus="yes">
        <source>Saved segment &quot;%1&quot; (%n customer(s)).
</source>
        <translation>
            <numerusform>已保存客户分群“%1”（%n 个客户）。
</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted segment &quot;%1&quot;.
</source>
        <translation>已删除客户分群“%1”。
</translation>
    </message>
    <message>
        <source>&quot;tags&quot; needs an action: list, add-rule or refresh.</source>
        <translation>“tags”需要一个操作：list、add-rule 或 refresh。</translation>
    </message>
    <message>
        <source>Unknown action &quot;tags %1&quot;. Use list, add-rule or refresh.</source>
        <translation>未知操作“tags %1”。请使用 list、add-rule 或 refresh。</translation>
    </message>
    <message>
        <source>Usage: patron tags list [--format csv|json]
       patron tags add-rule NAME --where JSON
       patron tags refresh
</source>
        <translation>用法：patron tags list [--format csv|json]
      patron tags add-rule 名称 --where JSON
      patron tags refresh
</translation>
    </message>
    <message>
        <source>Lists the tags with their kind (manual, rule or system) and how many customers carry them.</source>
        <translation>列出标签及其类型（manual 手动、rule 规则或 system 系统）和带有该标签的客户数。</translation>
    </message>
    <message>
        <source>Creates a rule tag (动态标签): customers matching the condition carry it, and it follows the data on every refresh.</source>
        <translation>创建一个规则标签（动态标签）：符合筛选条件的客户带有该标签，每次刷新时都会随数据更新。</translation>
    </message>
    <message>
        <source>The tag&apos;s name.</source>
        <translation>标签的名称。</translation>
    </message>
    <message>
        <source>Brings the rule tags and the RFM system tags in line with the data (for a scheduler; the desktop app does this by itself).</source>
        <translation>使规则标签和 RFM 系统标签与数据保持一致（供计划任务使用；桌面程序会自动完成）。</translation>
    </message>
    <message>
        <source>%1: give the tag&apos;s name.</source>
        <translation>%1：请给出标签的名称。</translation>
    </message>
    <message numerus="yes">
        <source>Created rule tag &quot;%1&quot; (%n customer(s)).
</source>
        <translation>
            <numerusform>已创建规则标签“%1”（%n 个客户）。
</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshed %1 tags: %2 added, %3 removed.
</source>
        <translation>已刷新 %1 个标签：新增 %2 个，移除 %3 个。
</translation>
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
        <translation>命令：
  demo             向空数据库填充逼真的演示数据。
  customers list   以 CSV 或 JSON 格式输出客户。
  orders list      以 CSV 或 JSON 格式输出订单。
  import           从 CSV/XLSX/XLS 文件导入客户、订单、联系人或跟进记录；
                   import list 列出以往的导入，import undo 批次号 撤销其中一次导入。
  export           将客户、订单、跟进记录或联系人写入 CSV、
                   XLSX、JSON 或 vCard 文件。
  duplicates       列出（或合并）很可能是同一客户的重复客户。
  rfm              计算并输出 RFM 评分、RFM 客群和客户层级；
                   rfm history CUSTOMER_ID 显示某个客户的客群变化。
  dashboard        以文本或 JSON 格式输出数据看板的各项数据（RFM 客群和客户层级、
                   销售额集中度、月度数据、同期群、漏斗、销售人员排名）。
  segments         已保存的客户分群：list、add、delete、count。
  tags             标签：list、add-rule（随筛选条件自动更新的标签）、refresh。
  tasks            待办：list、add、done、snooze、reassign、export-ics。
  sop              SOP 规则和跟进剧本：run、list、templates、add、enable、disable、
                   export、import、journal。
  reminders        列出当前到期的提醒（包括已错过的），格式为文本、CSV 或 JSON。
  autostart        on、off 或 status：登录时以最小化方式启动 Patron，以便弹出提醒。

运行“patron &lt;command&gt; --help”查看某个命令的选项。
不带命令运行时，Patron 会打开桌面窗口。
</translation>
    </message>
    <message>
        <source>demo, customers list, orders list, import, export, duplicates, rfm, segments, tags, tasks, sop, reminders, autostart or dashboard</source>
        <translation>demo、customers list、orders list、import、export、duplicates、rfm、segments、tags、tasks、sop、reminders、autostart 或 dashboard</translation>
    </message>
    <message>
        <source>Lists the reminders (提醒) that are due now and not yet acknowledged — including those that fell due while Patron was closed — oldest first: what the reminder window shows. Only your own tasks and unassigned ones when your login is a Patron user; everyone&apos;s otherwise.</source>
        <translation>列出当前已到期但尚未确认的提醒（提醒窗口中显示的内容），包括 Patron 关闭期间到期的提醒，最早的在前。如果你的系统登录名是 Patron 用户，只列出你自己的任务和未分配的任务；否则列出所有人的提醒。</translation>
    </message>
    <message>
        <source>Output format: text (default), csv or json.</source>
        <translation>输出格式：text（默认）、csv 或 json。</translation>
    </message>
    <message>
        <source>Take this time (YYYY-MM-DDTHH:MM) as now.</source>
        <translation>将此时间（YYYY-MM-DDTHH:MM）视为当前时间。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <source>List every user&apos;s reminders.</source>
        <translation>列出所有用户的提醒。</translation>
    </message>
    <message>
        <source>reminders: unknown format &quot;%1&quot;; use text, csv or json.</source>
        <translation>reminders：未知格式“%1”；请使用 text、csv 或 json。</translation>
    </message>
    <message>
        <source>reminders: --as-of must be a time like 2026-12-02T09:00, not &quot;%1&quot;.</source>
        <translation>reminders：--as-of 必须是形如 2026-12-02T09:00 的时间，而不是“%1”。</translation>
    </message>
    <message>
        <source>No reminders are due.</source>
        <translation>没有到期的提醒。</translation>
    </message>
    <message>
        <source>(due %1)</source>
        <translation>（截止 %1）</translation>
    </message>
    <message>
        <source>Starts Patron minimised when you log in, so reminders pop up on time: &quot;on&quot; writes the entry (an XDG autostart file on Linux, the Run key on Windows), &quot;off&quot; removes it, &quot;status&quot; shows it. With --database, that database is opened at login.</source>
        <translation>登录时以最小化方式启动 Patron，让提醒按时弹出：“on”写入自启动项（Linux 上为 XDG 自启动文件，Windows 上为注册表 Run 键），“off”删除该项，“status”显示其状态。指定 --database 时，登录时会打开该数据库。</translation>
    </message>
    <message>
        <source>on, off or status</source>
        <translation>on、off 或 status</translation>
    </message>
    <message>
        <source>Patron starts at login (minimised): %1
</source>
        <translation>Patron 将在登录时启动（最小化）：%1
</translation>
    </message>
    <message>
        <source>Patron no longer starts at login.
</source>
        <translation>Patron 不再在登录时启动。
</translation>
    </message>
    <message>
        <source>on: %1
</source>
        <translation>已开启：%1
</translation>
    </message>
    <message>
        <source>off
</source>
        <translation>已关闭
</translation>
    </message>
    <message>
        <source>autostart: say on, off or status.</source>
        <translation>autostart：请指定 on、off 或 status。</translation>
    </message>
    <message>
        <source>autostart: unknown action &quot;%1&quot;; use on, off or status.</source>
        <translation>autostart：未知操作“%1”；请使用 on、off 或 status。</translation>
    </message>
    <message>
        <source>&quot;sop&quot; needs an action: %1.</source>
        <translation>“sop”需要一个操作：%1。</translation>
    </message>
    <message>
        <source>Unknown action &quot;sop %1&quot;. Use %2.</source>
        <translation>未知操作“sop %1”。请使用 %2。</translation>
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
        <translation>用法：patron sop run [--as-of YYYY-MM-DDTHH:MM] [--dry-run] [--rule ID] [--format text|json]
      patron sop list [--format csv|json]
      patron sop templates
      patron sop add --template ID | --file 规则.json
      patron sop enable ID | patron sop disable ID
      patron sop export [ID…] -o 文件
      patron sop import 文件
      patron sop journal [--rule ID] [--customer ID] [--limit N] [--format csv|json]
</translation>
    </message>
    <message>
        <source>Run as of this time (YYYY-MM-DDTHH:MM or YYYY-MM-DD; default now).</source>
        <translation>按此时间运行（YYYY-MM-DDTHH:MM 或 YYYY-MM-DD；默认当前时间）。</translation>
    </message>
    <message>
        <source>Only show what would fire; write nothing.</source>
        <translation>只显示将会触发的内容，不写入任何数据。</translation>
    </message>
    <message>
        <source>Only this rule (by id).</source>
        <translation>仅限此规则（按 ID 指定）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Only this customer (by id).</source>
        <translation>仅限此客户（按 ID 指定）。</translation>
    </message>
    <message>
        <source>At most this many rows (default 1000; 0: all).</source>
        <translation>最多输出的行数（默认 1000；0 表示全部）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Add this built-in template (see patron sop templates).</source>
        <translation>添加此内置模板（见 patron sop templates）。</translation>
    </message>
    <message>
        <source>Add the rules of this JSON file (as patron sop export writes).</source>
        <translation>添加此 JSON 文件中的规则（格式与 patron sop export 导出的相同）。</translation>
    </message>
    <message>
        <source>Write to this file.</source>
        <translation>写入此文件。</translation>
    </message>
    <message>
        <source>Runs the enabled SOP rules and playbooks: brings the RFM snapshot up to date, fires each rule once per customer and occurrence and prints what fired.</source>
        <translation>运行已启用的 SOP 规则和跟进剧本：先将 RFM 快照更新到最新，每条规则对每个客户的每次事件只触发一次，并输出触发的内容。</translation>
    </message>
    <message>
        <source>Lists the SOP rules and playbooks.</source>
        <translation>列出 SOP 规则和跟进剧本。</translation>
    </message>
    <message>
        <source>Lists the built-in SOP templates.</source>
        <translation>列出内置的 SOP 模板。</translation>
    </message>
    <message>
        <source>Adds a rule from a template or a JSON file (disabled until enabled).</source>
        <translation>从模板或 JSON 文件添加规则（添加后为停用状态，需另行启用）。</translation>
    </message>
    <message>
        <source>Enables an SOP rule.</source>
        <translation>启用一条 SOP 规则。</translation>
    </message>
    <message>
        <source>Disables an SOP rule.</source>
        <translation>停用一条 SOP 规则。</translation>
    </message>
    <message>
        <source>The rule&apos;s id.</source>
        <translation>规则的 ID。</translation>
    </message>
    <message>
        <source>Writes SOP rules (all, or the ids given) to a JSON file.</source>
        <translation>将 SOP 规则（全部，或指定 ID 的规则）写入 JSON 文件。</translation>
    </message>
    <message>
        <source>Rule ids (default: all).</source>
        <translation>规则 ID（默认：全部）。</translation>
    </message>
    <message>
        <source>[ID…]</source>
        <translation>[ID…]</translation>
    </message>
    <message>
        <source>Adds the rules of a JSON file; nothing is added unless every rule is valid.</source>
        <translation>添加 JSON 文件中的规则；只要有一条规则无效，就不添加任何规则。</translation>
    </message>
    <message>
        <source>The JSON file.</source>
        <translation>JSON 文件。</translation>
    </message>
    <message>
        <source>Prints the SOP journal (what fired, when, for whom, with what result), newest first.</source>
        <translation>输出 SOP 执行日志（触发了什么、何时触发、针对哪个客户、结果如何），最新的在前。</translation>
    </message>
    <message>
        <source>%1: --as-of must be a time like 2026-06-30T09:00, not &quot;%2&quot;.</source>
        <translation>%1：--as-of 必须是形如 2026-06-30T09:00 的时间，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1: --rule must be a rule id, not &quot;%2&quot;.</source>
        <translation>%1：--rule 必须是规则 ID，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1: give the rule&apos;s id.</source>
        <translation>%1：请给出规则的 ID。</translation>
    </message>
    <message>
        <source>%1: give the JSON file.</source>
        <translation>%1：请指定 JSON 文件。</translation>
    </message>
    <message>
        <source>%1: give either --template ID or --file FILE.</source>
        <translation>%1：请指定 --template ID 或 --file 文件，二者选一。</translation>
    </message>
    <message>
        <source>%1: give the output file with -o FILE.</source>
        <translation>%1：请用“-o 文件”指定输出文件。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a rule id.</source>
        <translation>%1：“%2”不是规则 ID。</translation>
    </message>
    <message>
        <source>%1: --rule and --customer take an id.</source>
        <translation>%1：--rule 和 --customer 的值必须是 ID。</translation>
    </message>
    <message>
        <source>%1: --limit must be a whole number.</source>
        <translation>%1：--limit 必须是整数。</translation>
    </message>
    <message>
        <source>RFM snapshot not refreshed: %1
</source>
        <translation>未刷新 RFM 快照：%1
</translation>
    </message>
    <message>
        <source>%1 [%2]: %3 fired, %4 errors</source>
        <translation>%1 [%2]：触发 %3 次，出错 %4 次</translation>
    </message>
    <message>
        <source>Dry run as of %1: %2 would fire, %3 errors; nothing was written.
</source>
        <translation>试运行（截至 %1）：将触发 %2 次，出错 %3 次；未写入任何数据。
</translation>
    </message>
    <message>
        <source>As of %1: %2 fired, %3 errors.
</source>
        <translation>截至 %1：触发 %2 次，出错 %3 次。
</translation>
    </message>
    <message>
        <source>Added SOP rule %1 (disabled; enable it with: patron sop enable %1).
</source>
        <translation>已添加 SOP 规则 %1（未启用；启用命令：patron sop enable %1）。
</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1：无法读取 %2：%3</translation>
    </message>
    <message>
        <source>Added SOP rules: %1 (enable them with: patron sop enable ID)
</source>
        <translation>已添加 SOP 规则：%1（启用命令：patron sop enable ID）
</translation>
    </message>
    <message>
        <source>Imported SOP rules: %1
</source>
        <translation>已导入 SOP 规则：%1
</translation>
    </message>
    <message>
        <source>&quot;tasks&quot; needs an action: list, add, done, snooze, reassign or export-ics.</source>
        <translation>“tasks”需要一个操作：list、add、done、snooze、reassign 或 export-ics。</translation>
    </message>
    <message>
        <source>Unknown action &quot;tasks %1&quot;. Use list, add, done, snooze, reassign or export-ics.</source>
        <translation>未知操作“tasks %1”。请使用 list、add、done、snooze、reassign 或 export-ics。</translation>
    </message>
    <message>
        <source>Usage: patron tasks list [--bucket today|overdue|upcoming|done|all] [--assignee USERNAME] [--customer ID] [--format text|csv|json]
       patron tasks add --title TITLE [--customer ID] [--due WHEN] [--remind WHEN] [--assignee USERNAME] [--priority low|normal|high]
       patron tasks done ID [--log call|visit|email|note --text TEXT]
       patron tasks snooze ID --until YYYY-MM-DDTHH:MM | --for 10m|1h|tomorrow
       patron tasks reassign ID USERNAME   (&quot;-&quot; for nobody)
       patron tasks export-ics FILE [--bucket …] [--assignee USERNAME] [--customer ID]
</source>
        <translation>用法：patron tasks list [--bucket today|overdue|upcoming|done|all] [--assignee 用户名] [--customer ID] [--format text|csv|json]
      patron tasks add --title 标题 [--customer ID] [--due 时间] [--remind 时间] [--assignee 用户名] [--priority low|normal|high]
      patron tasks done ID [--log call|visit|email|note --text 内容]
      patron tasks snooze ID --until YYYY-MM-DDTHH:MM | --for 10m|1h|tomorrow
      patron tasks reassign ID 用户名   （“-”表示不分配给任何人）
      patron tasks export-ics 文件 [--bucket …] [--assignee 用户名] [--customer ID]
</translation>
    </message>
    <message>
        <source>Which tasks: today, overdue, upcoming, done or all (default all).</source>
        <translation>列出哪些任务：today（今天）、overdue（已逾期）、upcoming（即将到期）、done（已完成）或 all（全部，默认）。</translation>
    </message>
    <message>
        <source>bucket</source>
        <translation>bucket</translation>
    </message>
    <message>
        <source>Only tasks of this user (user name).</source>
        <translation>仅限此用户的任务（用户名）。</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>Only tasks about this customer (id).</source>
        <translation>仅限与此客户相关的任务（客户 ID）。</translation>
    </message>
    <message>
        <source>Take this time (YYYY-MM-DDTHH:MM) as now, for the buckets and snoozing.</source>
        <translation>将此时间（YYYY-MM-DDTHH:MM）视为当前时间，用于划分任务类别和计算稍后提醒的时间。</translation>
    </message>
    <message>
        <source>The task&apos;s title.</source>
        <translation>任务标题。</translation>
    </message>
    <message>
        <source>Due date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM).</source>
        <translation>截止日期或时间（YYYY-MM-DD 或 YYYY-MM-DDTHH:MM）。</translation>
    </message>
    <message>
        <source>when</source>
        <translation>when</translation>
    </message>
    <message>
        <source>Reminder time (YYYY-MM-DDTHH:MM).</source>
        <translation>提醒时间（YYYY-MM-DDTHH:MM）。</translation>
    </message>
    <message>
        <source>low, normal (default) or high.</source>
        <translation>low（低）、normal（普通，默认）或 high（高）。</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priority</translation>
    </message>
    <message>
        <source>Also log a follow-up record: call, visit, email or note.</source>
        <translation>同时添加一条跟进记录：call（电话）、visit（拜访）、email（邮件）或 note（备注）。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>The follow-up record&apos;s text.</source>
        <translation>跟进记录的内容。</translation>
    </message>
    <message>
        <source>Remind again at this time (YYYY-MM-DDTHH:MM).</source>
        <translation>在此时间再次提醒（YYYY-MM-DDTHH:MM）。</translation>
    </message>
    <message>
        <source>Remind again in 10m, 1h (any number of m or h) or tomorrow (9:00).</source>
        <translation>在 10m、1h（任意分钟数 m 或小时数 h）后，或 tomorrow（明天 9:00）再次提醒。</translation>
    </message>
    <message>
        <source>delay</source>
        <translation>delay</translation>
    </message>
    <message>
        <source>Lists tasks with their customer, assignee, due and reminder times, status, priority and the SOP playbook step that made them.</source>
        <translation>列出任务及其客户、处理人、截止时间和提醒时间、状态、优先级，以及生成该任务的 SOP 跟进剧本步骤。</translation>
    </message>
    <message>
        <source>Creates a task.</source>
        <translation>创建一个任务。</translation>
    </message>
    <message>
        <source>Marks a task done, optionally logging a follow-up record in the same step.</source>
        <translation>将任务标记为已完成，并可同时添加一条跟进记录。</translation>
    </message>
    <message>
        <source>The task&apos;s id.</source>
        <translation>任务的 ID。</translation>
    </message>
    <message>
        <source>Moves a task&apos;s reminder later; it will show again then.</source>
        <translation>推迟任务的提醒，到时会再次显示。</translation>
    </message>
    <message>
        <source>Gives a task to another user.</source>
        <translation>将任务转交给其他用户。</translation>
    </message>
    <message>
        <source>The user name (&quot;-&quot; for nobody).</source>
        <translation>用户名（“-”表示不分配给任何人）。</translation>
    </message>
    <message>
        <source>Writes tasks to an iCalendar (.ics) file for a calendar application.</source>
        <translation>将任务写入 iCalendar（.ics）文件，供日历应用使用。</translation>
    </message>
    <message>
        <source>The .ics file (&quot;-&quot; for standard output).</source>
        <translation>.ics 文件（“-”表示标准输出）。</translation>
    </message>
    <message>
        <source>%1: give the task&apos;s id and a user name.</source>
        <translation>%1：请给出任务 ID 和用户名。</translation>
    </message>
    <message>
        <source>%1: give the file to write.</source>
        <translation>%1：请指定要写入的文件。</translation>
    </message>
    <message>
        <source>%1: give the task&apos;s id.</source>
        <translation>%1：请给出任务的 ID。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a task id.</source>
        <translation>%1：“%2”不是任务 ID。</translation>
    </message>
    <message>
        <source>%1: --now &quot;%2&quot; is not a time (YYYY-MM-DDTHH:MM).</source>
        <translation>%1：--now 的值“%2”不是时间（YYYY-MM-DDTHH:MM）。</translation>
    </message>
    <message>
        <source>%1: unknown bucket &quot;%2&quot;; use today, overdue, upcoming, done or all.</source>
        <translation>%1：未知类别“%2”；请使用 today、overdue、upcoming、done 或 all。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a customer id.</source>
        <translation>%1：“%2”不是客户 ID。</translation>
    </message>
    <message>
        <source>%1: unknown format &quot;%2&quot;; use text, csv or json.</source>
        <translation>%1：未知格式“%2”；请使用 text、csv 或 json。</translation>
    </message>
    <message>
        <source>%1: --title is required.</source>
        <translation>%1：必须指定 --title。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM).</source>
        <translation>%1：“%2”不是日期或时间（YYYY-MM-DD 或 YYYY-MM-DDTHH:MM）。</translation>
    </message>
    <message>
        <source>%1: --log must be call, visit, email or note.</source>
        <translation>%1：--log 必须是 call、visit、email 或 note。</translation>
    </message>
    <message>
        <source>%1: --text goes with --log.</source>
        <translation>%1：--text 必须与 --log 一起使用。</translation>
    </message>
    <message>
        <source>%1: give either --until or --for.</source>
        <translation>%1：请指定 --until 或 --for，二者选一。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time or delay.</source>
        <translation>%1：“%2”不是有效的时间或时长。</translation>
    </message>
    <message>
        <source>%1: no user &quot;%2&quot;.</source>
        <translation>%1：没有用户“%2”。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n task(s) to %1.
</source>
        <translation>
            <numerusform>已将 %n 个任务写入 %1。
</numerusform>
        </translation>
    </message>
    <message>
        <source>No tasks.
</source>
        <translation>没有任务。
</translation>
    </message>
    <message>
        <source>Created task %1.
</source>
        <translation>已创建任务 %1。
</translation>
    </message>
    <message>
        <source>Task %1 done; follow-up record %2 logged.
</source>
        <translation>任务 %1 已完成；已添加跟进记录 %2。
</translation>
    </message>
    <message>
        <source>Task %1 done.
</source>
        <translation>任务 %1 已完成。
</translation>
    </message>
    <message>
        <source>Task %1 will remind again at %2.
</source>
        <translation>任务 %1 将于 %2 再次提醒。
</translation>
    </message>
    <message>
        <source>Task %1 is now assigned to %2.
</source>
        <translation>任务 %1 已分配给 %2。
</translation>
    </message>
    <message>
        <source>Task %1 is now assigned to nobody.
</source>
        <translation>任务 %1 现在没有处理人。
</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Notified by %1 [%2]: %n customer(s)</source>
        <translation>
            <numerusform>%1 [%2] 已通知：%n 位客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patron::ColumnsDialog</name>
    <message>
        <source>Columns</source>
        <translation>显示列</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Tick the columns to show; drag or use the buttons to order them.</source>
        <translation>勾选要显示的列；拖动或使用按钮调整顺序。</translation>
    </message>
</context>
<context>
    <name>Patron::CompleteRemindersCommand</name>
    <message numerus="yes">
        <source>Done: %n reminder(s)</source>
        <translation>
            <numerusform>完成 %n 个提醒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patron::CompleteTaskCommand</name>
    <message>
        <source>Complete task</source>
        <translation>完成任务</translation>
    </message>
    <message>
        <source>Complete task and log follow-up</source>
        <translation>完成任务并添加跟进记录</translation>
    </message>
    <message>
        <source>The task was changed again since it was completed (now “%1”).</source>
        <translation>该任务在完成后又被修改过（现在为“%1”）。</translation>
    </message>
</context>
<context>
    <name>Patron::CompleteTaskDialog</name>
    <message>
        <source>Log a follow-up record</source>
        <translation>添加跟进记录</translation>
    </message>
    <message>
        <source>Complete task</source>
        <translation>完成任务</translation>
    </message>
    <message>
        <source>What happened, what was agreed…</source>
        <translation>发生了什么，约定了什么…</translation>
    </message>
    <message>
        <source>This task is not about a customer, so there is nobody to log a follow-up for.</source>
        <translation>此任务未关联客户，无法添加跟进记录。</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>Patron::Condition</name>
    <message>
        <source>The condition is not valid JSON: %1 (at character %2).</source>
        <translation>筛选条件不是有效的 JSON：%1（在第 %2 个字符处）。</translation>
    </message>
    <message>
        <source>A condition must be a JSON object.</source>
        <translation>筛选条件必须是 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>Patron::ConditionEditor</name>
    <message>
        <source>(no owner)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Patron::ConditionGroupWidget</name>
    <message>
        <source>Match all of (AND)</source>
        <translation>满足以下全部条件（AND）</translation>
    </message>
    <message>
        <source>Match any of (OR)</source>
        <translation>满足以下任一条件（OR）</translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation>+ 条件</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ 条件组</translation>
    </message>
    <message>
        <source>Remove this group</source>
        <translation>删除此条件组</translation>
    </message>
</context>
<context>
    <name>Patron::ConditionRowWidget</name>
    <message>
        <source>Remove this condition</source>
        <translation>删除此条件</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>values, separated by commas</source>
        <translation>多个值，用逗号分隔</translation>
    </message>
    <message>
        <source>and</source>
        <translation>和</translation>
    </message>
    <message>
        <source>in all history</source>
        <translation>全部历史</translation>
    </message>
    <message>
        <source>in the last … days</source>
        <translation>最近 … 天内</translation>
    </message>
    <message>
        <source>between dates</source>
        <translation>日期范围内</translation>
    </message>
</context>
<context>
    <name>Patron::ConnectionSettings</name>
    <message>
        <source>The server address names no database.</source>
        <translation>服务器地址中没有指定数据库。</translation>
    </message>
</context>
<context>
    <name>Patron::CreateRuleTagCommand</name>
    <message>
        <source>New rule tag “%1”</source>
        <translation>新建规则标签“%1”</translation>
    </message>
</context>
<context>
    <name>Patron::CreateSegmentCommand</name>
    <message>
        <source>New segment “%1”</source>
        <translation>新建客户分群“%1”</translation>
    </message>
</context>
<context>
    <name>Patron::CreateSopRuleCommand</name>
    <message>
        <source>New SOP rule “%1”</source>
        <translation>新建 SOP 规则“%1”</translation>
    </message>
    <message>
        <source>Add SOP template “%1”</source>
        <translation>添加 SOP 模板“%1”</translation>
    </message>
</context>
<context>
    <name>Patron::CsvReader</name>
    <message>
        <source>comma</source>
        <translation>逗号分隔</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号分隔</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符分隔</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>竖线分隔</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>“%1”分隔</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>A quote or a line break cannot be the delimiter.</source>
        <translation>引号或换行符不能用作分隔符。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>A text file has only one table.</source>
        <translation>文本文件只有一个表格。</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 characters. Is a closing quote missing?</source>
        <translation>第 %1 行：有一个字段超过 %2 个字符。是否缺少结尾的引号？</translation>
    </message>
    <message>
        <source>Line %1: the row has more than %2 columns.</source>
        <translation>第 %1 行：这一行超过 %2 列。</translation>
    </message>
    <message>
        <source>The file is not open.</source>
        <translation>文件未打开。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field starts here, but its closing quote is missing.</source>
        <translation>第 %1 行：这里有一个以引号开头的字段，但缺少结尾的引号。</translation>
    </message>
    <message>
        <source>%1 (BOM)</source>
        <comment>encoding with a byte order mark</comment>
        <translation>%1（带 BOM）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>encoding, delimiter</comment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>Patron::Customer360Page</name>
    <message>
        <source>← Customers</source>
        <translation>← 客户列表</translation>
    </message>
    <message>
        <source>Back to the customer list (Alt+Left, Esc)</source>
        <translation>返回客户列表（Alt+Left 或 Esc）</translation>
    </message>
    <message>
        <source>Add &amp;follow-up…</source>
        <translation>添加跟进记录(&amp;F)…</translation>
    </message>
    <message>
        <source>Log a call, visit or email (Ctrl+Shift+F)</source>
        <translation>记录一次电话、拜访或邮件（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>添加备注(&amp;N)…</translation>
    </message>
    <message>
        <source>Write a note (Ctrl+Shift+N)</source>
        <translation>写一条备注（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>时间线(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>资料(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <source>This customer no longer exists. Anything still typed in the Profile tab was not saved.</source>
        <translation>此客户已不存在，“资料”页中输入的内容没有保存。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>You changed this customer&apos;s profile. Save the changes?</source>
        <translation>您修改了此客户的资料。是否保存修改？</translation>
    </message>
    <message>
        <source>New follow-up record</source>
        <translation>新建跟进记录</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>新建备注</translation>
    </message>
    <message>
        <source>&amp;RFM</source>
        <translation>RFM(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Patron::CustomerActions</name>
    <message>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Assign &amp;owner…</source>
        <translation>分配负责人(&amp;O)…</translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation>添加标签(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Remove tag…</source>
        <translation>移除标签(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Manage custom &amp;fields…</source>
        <translation>管理自定义字段(&amp;F)…</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>取消归档(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Restore from trash</source>
        <translation>从回收站恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Patron</source>
        <translation>Patron</translation>
    </message>
    <message>
        <source>New customer “%1”</source>
        <translation>新建客户“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Remove owner of %n customer(s)</source>
        <translation>
            <numerusform>移除 %n 个客户的负责人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign owner to %n customer(s)</source>
        <translation>
            <numerusform>为 %n 个客户分配负责人</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation>分配负责人</translation>
    </message>
    <message numerus="yes">
        <source>Owner for %n selected customer(s):</source>
        <translation>
            <numerusform>为选中的 %n 个客户指定负责人：</numerusform>
        </translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>（无负责人）</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n customer(s) “%1”</source>
        <translation>
            <numerusform>为 %n 个客户添加标签“%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n selected customer(s) — pick one or type a new tag:</source>
        <translation>
            <numerusform>为选中的 %n 个客户选择或新建标签：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %n customer(s)</source>
        <translation>
            <numerusform>移除 %n 个客户的标签</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message numerus="yes">
        <source>Tag to remove from %n selected customer(s):</source>
        <translation>
            <numerusform>要从选中的 %n 个客户移除的标签：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n customer(s)</source>
        <translation>
            <numerusform>归档 %n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unarchive %n customer(s)</source>
        <translation>
            <numerusform>取消归档 %n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n customer(s)</source>
        <translation>
            <numerusform>删除 %n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n customer(s) from the trash</source>
        <translation>
            <numerusform>从回收站恢复 %n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n customer(s) to the trash (Ctrl+Z undoes).</source>
        <translation>
            <numerusform>已将 %n 个客户移到回收站（按 Ctrl+Z 可撤销）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patron::CustomerExport</name>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>Patron::CustomerHeader</name>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近下单</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>In trash</source>
        <translation>在回收站中</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>%1 · RFM</source>
        <translation>%1 · RFM</translation>
    </message>
    <message>
        <source>⚙ %1</source>
        <translation>⚙ %1</translation>
    </message>
    <message>
        <source>System tag: follows the customer&apos;s current RFM segment or tier</source>
        <translation>系统标签：跟随客户当前的 RFM 客群或客户层级</translation>
    </message>
    <message>
        <source>Rule tag: set automatically while the customer matches its condition</source>
        <translation>规则标签：客户符合其筛选条件时自动设置</translation>
    </message>
    <message>
        <source>Manual tag</source>
        <translation>手动标签</translation>
    </message>
</context>
<context>
    <name>Patron::CustomerListView</name>
    <message>
        <source>Search name, code, contact, mobile, email, city… (Ctrl+F)</source>
        <translation>搜索名称、编号、联系人、手机、邮箱、城市…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>还没有客户</translation>
    </message>
    <message>
        <source>Add your first customer, or load a demo data set of 2,000 customers with orders and follow-up records to look around.</source>
        <translation>添加第一个客户，或加载演示数据（2,000 个客户，含订单和跟进记录）随便看看。</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>显示列…</translation>
    </message>
    <message>
        <source>Click to show all customers again</source>
        <translation>点击重新显示全部客户</translation>
    </message>
    <message>
        <source>%1  ✕</source>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <source>⚠ %1  ✕</source>
        <translation>⚠ %1  ✕</translation>
    </message>
    <message>
        <source>This filter cannot be applied: %1</source>
        <translation>无法应用此筛选：%1</translation>
    </message>
</context>
<context>
    <name>Patron::CustomerPicker</name>
    <message>
        <source>Type to search customers (empty: none)</source>
        <translation>输入以搜索客户（留空：不关联客户）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Patron::CustomerService</name>
    <message>
        <source>Order %1 · %2</source>
        <translation>订单 %1 · %2</translation>
    </message>
    <message>
        <source>The segment no longer exists.</source>
        <translation>该客户分群已不存在。</translation>
    </message>
</context>
<context>
    <name>Patron::CustomerTableModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Patron::Dashboard</name>
    <message>
        <source>The dashboard needs a date range whose start is not after its end.</source>
        <translation>数据看板的日期范围起始日不能晚于结束日。</translation>
    </message>
</context>
<context>
    <name>Patron::DashboardView</name>
    <message>
        <source>Share of customers</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>销售额占比</translation>
    </message>
    <message>
        <source>RFM segment %1</source>
        <translation>RFM 客群：%1</translation>
    </message>
    <message>
        <source>%1: %2 customers, %3</source>
        <translation>%1：%2 个客户，%3</translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation>%1：%2 · %3</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>客户层级：%1</translation>
    </message>
    <message>
        <source>Cumulative share of revenue</source>
        <translation>累计销售额占比</translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation>头部客户</translation>
    </message>
    <message>
        <source>Even spread</source>
        <translation>平均分布</translation>
    </message>
    <message>
        <source>The top 20% of buying customers bring %1 of the revenue</source>
        <translation>前 20% 的购买客户贡献了 %1 的销售额</translation>
    </message>
    <message>
        <source>Buying customers, by revenue</source>
        <translation>购买客户（按销售额从高到低）</translation>
    </message>
    <message>
        <source>Top %1 of buying customers (%2 customers, %3 of the revenue)</source>
        <translation>前 %1 的购买客户（%2 个客户，占销售额的 %3）</translation>
    </message>
    <message>
        <source>Revenue (¥)</source>
        <translation>销售额（¥）</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>活跃客户</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customers who bought in %1</source>
        <translation>%1 有购买的客户</translation>
    </message>
    <message>
        <source>%1: %2, %3 orders, %4 active customers</source>
        <translation>%1：%2，%3 个订单，%4 个活跃客户</translation>
    </message>
    <message>
        <source>Lifecycle stage %1</source>
        <translation>生命周期阶段：%1</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>首单月份</translation>
    </message>
    <message>
        <source>+%1 mo.</source>
        <translation>+%1 个月</translation>
    </message>
    <message>
        <source>%1 of %2 customers bought in month +%3</source>
        <translation>%2 个客户中有 %1 个在第 +%3 个月再次购买</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>已完成待办</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <source>&amp;Print dashboard…</source>
        <translation>打印数据看板(&amp;P)…</translation>
    </message>
    <message>
        <source>No RFM snapshot yet: segments and tiers appear after the first RFM computation.</source>
        <translation>还没有 RFM 快照：首次计算 RFM 后才会显示 RFM 客群和客户层级。</translation>
    </message>
    <message>
        <source>RFM segments: share of customers and of revenue</source>
        <translation>RFM 客群：客户占比与销售额占比</translation>
    </message>
    <message>
        <source>Value pyramid: customers by tier</source>
        <translation>价值金字塔：各客户层级的客户数</translation>
    </message>
    <message>
        <source>Monthly revenue and active customers</source>
        <translation>月度销售额与活跃客户</translation>
    </message>
    <message>
        <source>Revenue concentration (Pareto)</source>
        <translation>销售额集中度（帕累托）</translation>
    </message>
    <message>
        <source>Retention: customers by first order month, share buying again</source>
        <translation>留存：按首单月份分组的客户及其再次购买比例</translation>
    </message>
    <message>
        <source>Lifecycle funnel</source>
        <translation>生命周期漏斗</translation>
    </message>
    <message>
        <source>Rep ranking</source>
        <translation>销售人员排名</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>最近 3 个月</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Check for new data and compute the figures again if needed</source>
        <translation>检查是否有新数据，必要时重新计算</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print the dashboard or save it as PDF (Ctrl+P)</source>
        <translation>打印数据看板或保存为 PDF（Ctrl+P）</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>保存为 PNG…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>The start of the range is after its end.</source>
        <translation>日期范围的起始日晚于结束日。</translation>
    </message>
    <message>
        <source>Could not compute the figures: %1</source>
        <translation>无法计算数据：%1</translation>
    </message>
    <message>
        <source>Updating the figures…</source>
        <translation>正在更新数据…</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>正在计算数据…</translation>
    </message>
    <message>
        <source>Figures of %1 (computed in %2 s)</source>
        <translation>%1 的数据（计算用时 %2 秒）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; customers &amp;nbsp;·&amp;nbsp; &lt;b&gt;%2&lt;/b&gt; bought in the range &amp;nbsp;·&amp;nbsp; &lt;b&gt;%3&lt;/b&gt; orders &amp;nbsp;·&amp;nbsp; revenue &lt;b&gt;%4&lt;/b&gt; &amp;nbsp;·&amp;nbsp; the top 20% of buying customers bring &lt;b&gt;%5%&lt;/b&gt; of it</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 个客户 &amp;nbsp;·&amp;nbsp; 期间内 &lt;b&gt;%2&lt;/b&gt; 个有购买 &amp;nbsp;·&amp;nbsp; &lt;b&gt;%3&lt;/b&gt; 个订单 &amp;nbsp;·&amp;nbsp; 销售额 &lt;b&gt;%4&lt;/b&gt; &amp;nbsp;·&amp;nbsp; 前 20% 的购买客户贡献了其中的 &lt;b&gt;%5%&lt;/b&gt;</translation>
    </message>
    <message>
        <source>There is no chart &quot;%1&quot;.</source>
        <translation>不存在图表“%1”。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>保存为 PNG</translation>
    </message>
    <message>
        <source>Dashboard %1 – %2</source>
        <translation>数据看板 %1 – %2</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Owner: %1. Customers %2, bought in the range %3, orders %4, revenue %5, top 20% bring %6%. Figures of %7.</source>
        <translation>负责人：%1。客户 %2，期间内有购买 %3，订单 %4，销售额 %5，前 20% 贡献 %6%。数据时间：%7。</translation>
    </message>
    <message>
        <source>Print dashboard</source>
        <translation>打印数据看板</translation>
    </message>
    <message>
        <source>First order in %1</source>
        <translation>首单月份为 %1</translation>
    </message>
    <message>
        <source>First order in %1, bought again in month +%2</source>
        <translation>首单月份为 %1，第 +%2 个月再次购买</translation>
    </message>
    <message>
        <source>Customers of %1 who bought in the range</source>
        <translation>%1 名下期间内有购买的客户</translation>
    </message>
    <message>
        <source>New customers of %1 in the range</source>
        <translation>%1 名下期间内的新增客户</translation>
    </message>
    <message>
        <source>Customers of %1</source>
        <translation>%1 名下的客户</translation>
    </message>
</context>
<context>
    <name>Patron::DataQualityDialog</name>
    <message>
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完整度</translation>
    </message>
    <message>
        <source>Click a line to list these customers</source>
        <translation>点击某一行，列出相关客户</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>%n active customer(s). Click a line to list the customers concerned.</source>
        <translation>
            <numerusform>共 %n 个正常客户。点击某一行，列出相关客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <source>%1 customers have no %2</source>
        <translation>%1 个客户没有填写%2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Invalid values</source>
        <translation>无效值</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复客户</translation>
    </message>
    <message>
        <source>Same mobile, email or customer code</source>
        <translation>手机、邮箱或客户编号相同</translation>
    </message>
    <message>
        <source>Find duplicate groups (also by company name)…</source>
        <translation>查找重复客户分组（也按公司名称）…</translation>
    </message>
</context>
<context>
    <name>Patron::DataQualityService</name>
    <message>
        <source>Duplicates</source>
        <translation>重复客户</translation>
    </message>
</context>
<context>
    <name>Patron::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Patron database: %2</source>
        <translation>%1 不是 Patron 数据库：%2</translation>
    </message>
    <message>
        <source>The database %1 is busy: another program is writing to it, for example a large import. Try again when it has finished.</source>
        <translation>数据库 %1 正忙：另一个程序正在写入它，例如一次大批量导入。请在它完成后再试。</translation>
    </message>
</context>
<context>
    <name>Patron::DeleteSopRuleCommand</name>
    <message>
        <source>Delete SOP rule “%1”</source>
        <translation>删除 SOP 规则“%1”</translation>
    </message>
</context>
<context>
    <name>Patron::DemoGenerator</name>
    <message>
        <source>The number of demo customers must be between 0 and 50,000,000.</source>
        <translation>演示客户数量必须在 0 到 50,000,000 之间。</translation>
    </message>
    <message>
        <source>The demo data needs a valid date for today.</source>
        <translation>演示数据需要一个有效的“今天”日期。</translation>
    </message>
    <message>
        <source>The average number of orders per customer must be between 0 and 1000.</source>
        <translation>每个客户的平均订单数必须在 0 到 1000 之间。</translation>
    </message>
    <message>
        <source>This database already holds %1 customers; demo data can only be added to an empty database. Use a new database file.</source>
        <translation>此数据库中已有 %1 个客户；演示数据只能添加到空数据库中。请使用新的数据库文件。</translation>
    </message>
    <message>
        <source>Cancelled; the database was left as it was.</source>
        <translation>已取消，数据库保持原样。</translation>
    </message>
</context>
<context>
    <name>Patron::DemoLoader</name>
    <message>
        <source>Creating demo customers, orders and follow-up records…</source>
        <translation>正在创建演示客户、订单和跟进记录…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>Patron::DuplicateService</name>
    <message>
        <source>Someone changed one of these customers since they were shown. Find duplicates again, then merge.</source>
        <translation>这些客户中有人在显示之后被修改过。请重新查找重复客户，再进行合并。</translation>
    </message>
    <message>
        <source>same customer code</source>
        <translation>客户编号相同</translation>
    </message>
    <message>
        <source>same mobile</source>
        <translation>手机相同</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <source>same company name</source>
        <translation>公司名称相同</translation>
    </message>
    <message>
        <source>similar company name</source>
        <translation>公司名称相似</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Choose at least two customers to merge.</source>
        <translation>请至少选择两个要合并的客户。</translation>
    </message>
</context>
<context>
    <name>Patron::DuplicatesDialog</name>
    <message>
        <source>Also &amp;similar names</source>
        <translation>同时查找相似名称(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Find again</source>
        <translation>重新查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Not a duplicate</source>
        <translation>不是重复客户(&amp;N)</translation>
    </message>
    <message>
        <source>Duplicate customers</source>
        <translation>重复客户</translation>
    </message>
    <message>
        <source>Also group company names that are equal without a leading city or province, or that differ in one character</source>
        <translation>同时将去掉开头的城市或省份后相同、或只差一个字的公司名称归为一组</translation>
    </message>
    <message>
        <source>Choose the customer that remains and, for each field, the value it keeps. Double-click a column header to open that customer.</source>
        <translation>请选择要保留的客户，并为每个字段选择要保留的值。双击列标题可打开该客户。</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>正在查找重复客户…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 groups of duplicates; the first %2 are listed.</source>
        <translation>共 %1 组重复客户；下面列出前 %2 组。</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of duplicates.</source>
        <translation>
            <numerusform>%n 组重复客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>These customers are no longer duplicates (merged or deleted meanwhile).</source>
        <translation>这些客户已不再重复（期间已被合并或删除）。</translation>
    </message>
    <message>
        <source>Keep this customer</source>
        <translation>保留此客户</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Merged into customer #%1. Edit → Undo puts the customers back.</source>
        <translation>已合并到客户 #%1。使用“编辑 → 撤销”可以恢复这些客户。</translation>
    </message>
</context>
<context>
    <name>Patron::EditRuleTagCommand</name>
    <message>
        <source>Edit rule tag “%1”</source>
        <translation>编辑规则标签“%1”</translation>
    </message>
</context>
<context>
    <name>Patron::Entities</name>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>follow-up record</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>service ticket</source>
        <translation>服务工单</translation>
    </message>
    <message>
        <source>task</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>custom field</source>
        <translation>自定义字段</translation>
    </message>
</context>
<context>
    <name>Patron::ExportDialog</name>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Follow-up records</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message numerus="yes">
        <source>The whole current &amp;list (%Ln customer(s))</source>
        <translation>
            <numerusform>当前整个列表(&amp;L)（%Ln 个客户）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected rows (%Ln customer(s))</source>
        <translation>
            <numerusform>选中的行(&amp;S)（%Ln 个客户）</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>vCard address book (*.vcf)</source>
        <translation>vCard 通讯录 (*.vcf)</translation>
    </message>
    <message>
        <source>UTF-8 for Excel (with BOM)</source>
        <translation>UTF-8，适用于 Excel（带 BOM）</translation>
    </message>
    <message>
        <source>UTF-8 without BOM</source>
        <translation>UTF-8，不带 BOM</translation>
    </message>
    <message>
        <source>GB18030 (Chinese Windows)</source>
        <translation>GB18030（中文 Windows）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>E&amp;xport:</source>
        <translation>导出(&amp;X)：</translation>
    </message>
    <message>
        <source>Of:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
    <message>
        <source>The export failed:

%1</source>
        <translation>导出失败：

%1</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出%1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>Patron::Exporter</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>vCard files hold contacts only; export %1 as CSV, XLSX or JSON.</source>
        <translation>vCard 文件只能保存联系人；请将%1导出为 CSV、XLSX 或 JSON。</translation>
    </message>
    <message>
        <source>GB18030 is only for CSV; %1 files are always UTF-8.</source>
        <translation>GB18030 只适用于 CSV；%1 文件始终为 UTF-8。</translation>
    </message>
    <message>
        <source>XLSX needs a file name, not standard output.</source>
        <translation>XLSX 需要文件名，不能写到标准输出。</translation>
    </message>
    <message>
        <source>No file name given.</source>
        <translation>没有给出文件名。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>无法写入 %1：它是一个文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Patron::FieldEditor</name>
    <message>
        <source>(none)</source>
        <translation>未设置</translation>
    </message>
</context>
<context>
    <name>Patron::FieldService</name>
    <message>
        <source>There is no custom field &quot;%1&quot;.</source>
        <translation>不存在自定义字段“%1”。</translation>
    </message>
    <message>
        <source>A custom field needs a label.</source>
        <translation>自定义字段需要填写名称。</translation>
    </message>
    <message>
        <source>A custom field named &quot;%1&quot; already exists.</source>
        <translation>已存在名为“%1”的自定义字段。</translation>
    </message>
    <message>
        <source>A choice field needs at least one choice.</source>
        <translation>选项字段至少需要一个选项。</translation>
    </message>
    <message>
        <source>%1 cannot be &quot;%2&quot;.</source>
        <translation>%1不能为“%2”。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number.</source>
        <translation>%1“%2”不是数字。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount of money.</source>
        <translation>%1“%2”不是有效的金额。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>%1“%2”不是有效日期（格式为 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid email address.</source>
        <translation>%1“%2”不是有效的邮箱地址。</translation>
    </message>
</context>
<context>
    <name>Patron::Fields</name>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <source>Order amount</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>By</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>字段键</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Field type</source>
        <translation>字段类型</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Customer mobile</source>
        <translation>客户手机</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>客户邮箱</translation>
    </message>
    <message>
        <source>Reminder shown</source>
        <translation>提醒弹出时间</translation>
    </message>
</context>
<context>
    <name>Patron::GuiMain</name>
    <message>
        <source>Patron — customer relationship manager</source>
        <translation>Patron — 客户关系管理</translation>
    </message>
    <message>
        <source>SQLite file, or a postgresql:// URL of a team server.</source>
        <translation>SQLite 文件，或团队服务器的 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Fill an empty database with demo data before starting.</source>
        <translation>启动前向空数据库填充演示数据。</translation>
    </message>
    <message>
        <source>Patron</source>
        <translation>Patron</translation>
    </message>
    <message>
        <source>Could not open the database %1:

%2</source>
        <translation>无法打开数据库 %1：

%2</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <source>Start hidden in the system tray (minimised when there is none); reminders still pop up. Used when starting at login.</source>
        <translation>启动时隐藏到系统托盘（没有托盘时最小化）；提醒仍会弹出。用于登录时自动启动。</translation>
    </message>
</context>
<context>
    <name>Patron::Import</name>
    <message>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>follow-up records</source>
        <translation>跟进记录</translation>
    </message>
</context>
<context>
    <name>Patron::ImportActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import customers, orders, contacts or follow-up records from CSV or Excel/WPS files</source>
        <translation>从 CSV 或 Excel/WPS 文件导入客户、订单、联系人或跟进记录</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>导入记录(&amp;H)…</translation>
    </message>
    <message>
        <source>See earlier imports and undo one</source>
        <translation>查看以往的导入，并可撤销其中一次</translation>
    </message>
</context>
<context>
    <name>Patron::ImportEngine</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file has no sheet number %1; it has %2.</source>
        <translation>文件中没有第 %1 个工作表；它只有 %2 个工作表。</translation>
    </message>
    <message>
        <source>Row %1 is not in the file.</source>
        <translation>文件中没有第 %1 行。</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row to read.</source>
        <translation>文件是空的：没有可以读取的标题行。</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;. Its columns are: %2.</source>
        <translation>文件中没有“%1”列。现有的列：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field Patron can import %2 into.</source>
        <translation>“%1”不是导入%2时可以使用的字段。</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is mapped to &quot;%2&quot;, which is not a field of %3.</source>
        <translation>“%1”列映射到了“%2”，但%3没有这个字段。</translation>
    </message>
    <message>
        <source>Columns &quot;%1&quot; and &quot;%2&quot; are both mapped to the same field; map one of them to another field or to nothing.</source>
        <translation>“%1”列和“%2”列映射到了同一个字段；请将其中一列映射到其他字段，或设为不导入。</translation>
    </message>
    <message>
        <source>Cannot write the error file %1: %2</source>
        <translation>无法写入错误文件 %1：%2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>refused by the database</source>
        <translation>数据库拒绝写入</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，没有做任何修改。</translation>
    </message>
</context>
<context>
    <name>Patron::ImportFilePage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>What do you want to import?</source>
        <translation>您要导入什么？</translation>
    </message>
    <message>
        <source>Pick a CSV, TXT or Excel/WPS file (.xlsx, .xls). Nothing is written until the last step.</source>
        <translation>请选择 CSV、TXT 或 Excel/WPS 文件（.xlsx、.xls）。在最后一步之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Follow-up records</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Choose a file, or drop it on the main window</source>
        <translation>选择文件，或将文件拖到主窗口上</translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation>导入(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx *.xls);;CSV and text (*.csv *.tsv *.txt);;Excel (*.xlsx *.xls);;All files (*)</source>
        <translation>表格 (*.csv *.tsv *.txt *.xlsx *.xls);;CSV 和文本 (*.csv *.tsv *.txt);;Excel (*.xlsx *.xls);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Tip: exports from Excel, WPS, Kingdee, Yonyou and other CRMs work as they are — title rows above the header, GBK text and totals rows at the end are recognised.</source>
        <translation>提示：从 Excel、WPS、金蝶、用友及其他 CRM 导出的文件可以直接导入——标题上方的标题行、GBK 编码的文本和末尾的合计行都能自动识别。</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>此路径下没有文件。</translation>
    </message>
    <message>
        <source>This file cannot be read (no permission).</source>
        <translation>无法读取此文件（没有权限）。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Patron::ImportHistory</name>
    <message>
        <source>There is no import batch %1.</source>
        <translation>不存在导入批次 %1。</translation>
    </message>
    <message>
        <source>Import %1 was already undone on %2.</source>
        <translation>导入批次 %1 已于 %2 撤销。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of this import were edited or deleted since; undoing it would lose those changes.</source>
        <translation>
            <numerusform>本批次导入的 %n 条记录之后被编辑或删除过；撤销导入会丢失这些修改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customers created by this import have %n record(s) (orders, contacts, follow-ups, tickets or tasks) added since; undoing it would delete them.</source>
        <translation>
            <numerusform>本批次导入新建的客户之后又添加了 %n 条记录（订单、联系人、跟进记录、服务工单或待办）；撤销导入会删除这些记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>A record changed by this import no longer exists.</source>
        <translation>本批次导入修改过的一条记录已不存在。</translation>
    </message>
    <message>
        <source>No saved mapping for this header.</source>
        <translation>没有与此标题行对应的已保存字段映射。</translation>
    </message>
    <message>
        <source>There is no saved mapping named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的已保存字段映射。</translation>
    </message>
    <message>
        <source>A saved mapping needs a name.</source>
        <translation>保存字段映射时需要填写名称。</translation>
    </message>
    <message>
        <source>A later import (%1) changed or added to records of this import; undo import %1 first.</source>
        <translation>之后的一次导入（%1）修改或补充了本次导入的记录；请先撤销导入 %1。</translation>
    </message>
</context>
<context>
    <name>Patron::ImportHistoryDialog</name>
    <message>
        <source>&amp;Undo import…</source>
        <translation>撤销导入(&amp;U)…</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Batch #%1: %2</source>
        <translation>批次 #%1：%2</translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation>已于 %1 撤销</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Nothing has been imported into this database yet (File → Import…).</source>
        <translation>此数据库中还没有导入过数据（文件 → 导入…）。</translation>
    </message>
    <message>
        <source>Batch #%1 was already undone.</source>
        <translation>批次 #%1 已经撤销过了。</translation>
    </message>
    <message>
        <source>Batch #%1 cannot be undone: %2</source>
        <translation>批次 #%1 无法撤销：%2</translation>
    </message>
    <message>
        <source>Select an import to undo it.</source>
        <translation>请选择要撤销的导入。</translation>
    </message>
    <message>
        <source>Removes what this import created and restores what it changed</source>
        <translation>删除本次导入新建的数据，并恢复它修改过的数据</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undo import batch #%1 (%2, %3)?</source>
        <translation>要撤销导入批次 #%1（%2，%3）吗？</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 it created will be removed.</source>
        <translation>
            <numerusform>本次导入新建的%1将被删除（%n 条）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) it updated or merged into will get their earlier values back.</source>
        <translation>
            <numerusform>本次导入更新或合并过的 %n 条记录将恢复为原来的值。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>撤销导入(&amp;U)</translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>无法撤销导入：%1</translation>
    </message>
    <message>
        <source>Import batch #%1 was undone.</source>
        <translation>导入批次 #%1 已撤销。</translation>
    </message>
</context>
<context>
    <name>Patron::ImportMappingPage</name>
    <message>
        <source>Map at least one of name, mobile or email.</source>
        <translation>请至少映射名称、手机或邮箱中的一项。</translation>
    </message>
    <message>
        <source>Map a column that finds the customer (customer code, name, mobile or email).</source>
        <translation>请映射一个用于查找客户的列（客户编号、名称、手机或邮箱）。</translation>
    </message>
    <message>
        <source>Map the order date.</source>
        <translation>请映射订单日期。</translation>
    </message>
    <message>
        <source>Map the order amount.</source>
        <translation>请映射订单金额。</translation>
    </message>
    <message>
        <source>Map the contact&apos;s name.</source>
        <translation>请映射联系人的姓名。</translation>
    </message>
    <message>
        <source>Map when it happened.</source>
        <translation>请映射发生时间。</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>字段映射</translation>
    </message>
    <message>
        <source>Choose the field each column fills. Columns set to “Don&apos;t import” are left out.</source>
        <translation>请选择每一列要填入的字段。设为“不导入”的列将被忽略。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>optional, e.g. “Kingdee customer export”</source>
        <translation>可选，例如“金蝶客户导出”</translation>
    </message>
    <message>
        <source>&amp;Save mapping as:</source>
        <translation>将字段映射保存为(&amp;S)：</translation>
    </message>
    <message>
        <source>(Don&apos;t import)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>New custom field…</source>
        <translation>新建自定义字段…</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1（隐藏）</translation>
    </message>
    <message>
        <source>Matched by column names. Check the suggestions below.</source>
        <translation>已按列名自动匹配。请检查下面的建议。</translation>
    </message>
    <message>
        <source>Applied the saved mapping “%1” (same header as before).</source>
        <translation>已应用保存的字段映射“%1”（标题与上次相同）。</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>All columns will be imported.</source>
        <translation>所有列都将导入。</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) will not be imported: %1</source>
        <translation>
            <numerusform>%n 列不会导入：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patron::ImportOptionsPage</name>
    <message>
        <source>S&amp;trict: import all rows or none (any rejected row cancels the import)</source>
        <translation>严格模式(&amp;T)：全部导入或都不导入（只要有一行被拒绝就取消导入）</translation>
    </message>
    <message>
        <source>Create &amp;missing customers (rows whose customer is not found)</source>
        <translation>自动新建缺少的客户(&amp;M)（找不到对应客户的行）</translation>
    </message>
    <message>
        <source>Check &amp;again (dry run)</source>
        <translation>重新检查(&amp;A)（试运行）</translation>
    </message>
    <message>
        <source>Save &amp;error file…</source>
        <translation>保存错误文件(&amp;E)…</translation>
    </message>
    <message>
        <source>Duplicates and dry run</source>
        <translation>重复数据与试运行</translation>
    </message>
    <message>
        <source>The dry run below counts what the import will do; nothing is written yet.</source>
        <translation>下面的试运行会统计导入将执行的操作；目前还没有写入任何数据。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>When a row matches an existing record (same code, mobile, email or company name)</source>
        <translation>当某一行与已有记录匹配时（编号、手机、邮箱或公司名称相同）</translation>
    </message>
    <message>
        <source>Mer&amp;ge: fill its empty fields, never overwrite (recommended)</source>
        <translation>合并(&amp;G)：只填写空白字段，从不覆盖（推荐）</translation>
    </message>
    <message>
        <source>&amp;Update: overwrite its fields with the file&apos;s non-empty values</source>
        <translation>更新(&amp;U)：用文件中的非空值覆盖其字段</translation>
    </message>
    <message>
        <source>S&amp;kip the row: leave the existing record as it is</source>
        <translation>跳过该行(&amp;K)：保持已有记录不变</translation>
    </message>
    <message>
        <source>Create a &amp;new record anyway</source>
        <translation>仍然新建记录(&amp;N)</translation>
    </message>
    <message>
        <source>Writes the rejected rows with their reasons to a CSV file you can fix in Excel or WPS</source>
        <translation>将被拒绝的行及原因写入 CSV 文件，可以在 Excel 或 WPS 中修改</translation>
    </message>
    <message>
        <source>The options changed: press “Check again” to update the numbers.</source>
        <translation>选项已更改：请点击“重新检查”更新统计数字。</translation>
    </message>
    <message>
        <source>Checking every row (dry run)…</source>
        <translation>正在检查每一行（试运行）…</translation>
    </message>
    <message>
        <source>%1-errors.csv</source>
        <translation>%1-错误.csv</translation>
    </message>
    <message>
        <source>Writing the error file…</source>
        <translation>正在写入错误文件…</translation>
    </message>
    <message>
        <source>The dry run was cancelled.</source>
        <translation>试运行已取消。</translation>
    </message>
    <message>
        <source>The dry run failed: %1</source>
        <translation>试运行失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) would be rejected. Fix them in the file, or import the others.</source>
        <translation>
            <numerusform>试运行：有 %n 行将被拒绝。请在文件中修改这些行，或只导入其他行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: every row can be imported.</source>
        <translation>试运行：所有行都可以导入。</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) would be rejected, so a strict import would import nothing.</source>
        <translation>
            <numerusform>试运行：有 %n 行将被拒绝，因此严格模式下不会导入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Error file saved: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>错误文件已保存：&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>Patron::ImportPreviewPage</name>
    <message>
        <source>Check the preview</source>
        <translation>检查预览</translation>
    </message>
    <message>
        <source>The header row is highlighted; rows above it are not imported. If the text looks garbled, pick another encoding.</source>
        <translation>标题行已高亮显示，其上方的行不会导入。如果文字显示为乱码，请选择其他编码。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>GB18030 (GBK, GB2312)</source>
        <translation>GB18030（GBK、GB2312）</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>逗号 ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>分号 ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>竖线 |</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>标题行(&amp;H)：</translation>
    </message>
    <message>
        <source>%1

The file could not be read with these settings. If it was saved by Excel or WPS on Chinese Windows, try the encoding GB18030; otherwise try UTF-8 or UTF-16.</source>
        <translation>%1

无法按这些设置读取文件。如果文件是在中文 Windows 上用 Excel 或 WPS 保存的，请尝试 GB18030 编码；否则请尝试 UTF-8 或 UTF-16。</translation>
    </message>
    <message>
        <source>(only one)</source>
        <translation>（只有一个）</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>格式：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden column(s) marked</source>
        <translation>
            <numerusform>已标出 %n 个隐藏列</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1（隐藏）</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>标题行</translation>
    </message>
    <message>
        <source>Above the header row: not imported</source>
        <translation>位于标题行上方：不导入</translation>
    </message>
</context>
<context>
    <name>Patron::ImportProgressPanel</name>
    <message>
        <source>&amp;Cancel import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <source>Stops the import; nothing is changed (Esc)</source>
        <translation>停止导入；不会做任何修改（Esc）</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>%1 rows · %2 rows/s</source>
        <translation>%1 行 · %2 行/秒</translation>
    </message>
</context>
<context>
    <name>Patron::ImportRunPage</name>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>撤销本次导入(&amp;U)…</translation>
    </message>
    <message>
        <source>Import &amp;again</source>
        <translation>再次导入(&amp;A)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The rows are written as one import batch (导入批次), which can be undone later from File → Import history.</source>
        <translation>这些行将作为一个导入批次写入，之后可以在“文件 → 导入记录”中撤销。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import cancelled.&lt;/b&gt; Nothing was changed in the database.</source>
        <translation>&lt;b&gt;导入已取消。&lt;/b&gt;数据库中没有做任何修改。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The import failed&lt;/b&gt; and nothing was changed: %1</source>
        <translation>&lt;b&gt;导入失败&lt;/b&gt;，没有做任何修改：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import finished&lt;/b&gt; as batch #%1 in %2 s.</source>
        <translation>&lt;b&gt;导入完成&lt;/b&gt;，批次 #%1，用时 %2 秒。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Nothing was imported:&lt;/b&gt; strict mode, and %n row(s) were rejected.</source>
        <translation>
            <numerusform>&lt;b&gt;未导入任何数据：&lt;/b&gt;已启用严格模式，且有 %n 行被拒绝。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to import:&lt;/b&gt; no row added or changed anything.</source>
        <translation>&lt;b&gt;没有可导入的内容：&lt;/b&gt;没有任何行新增或修改数据。</translation>
    </message>
    <message>
        <source>Rejected rows with their reasons: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>被拒绝的行及原因：&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undo import batch #%1?</source>
        <translation>要撤销导入批次 #%1 吗？</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) it created will be removed</source>
        <translation>
            <numerusform>本次导入新建的 %n 条记录将被删除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) it updated or merged into will get their earlier values back.</source>
        <translation>
            <numerusform>本次导入更新或合并过的 %n 条记录将恢复为原来的值。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The import could not be undone:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;无法撤销导入：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import batch #%1 was undone.&lt;/b&gt; The database is as it was before.</source>
        <translation>&lt;b&gt;导入批次 #%1 已撤销。&lt;/b&gt;数据库已恢复到导入之前的状态。</translation>
    </message>
</context>
<context>
    <name>Patron::ImportSopRulesCommand</name>
    <message>
        <source>Import SOP rules</source>
        <translation>导入 SOP 规则</translation>
    </message>
</context>
<context>
    <name>Patron::ImportSummaryView</name>
    <message>
        <source>First rejected rows:</source>
        <translation>前几条被拒绝的行：</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>New %1 + updated %2 + merged %3 + skipped %4 + rejected %5 = %6 rows read</source>
        <translation>新建 %1 + 更新 %2 + 合并 %3 + 跳过 %4 + 拒绝 %5 = 读取 %6 行</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message numerus="yes">
        <source>Skipped (%n totals row(s))</source>
        <translation>
            <numerusform>跳过（%n 个合计行）</numerusform>
        </translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>(the numbers do not add up — please report this)</source>
        <translation>（数字对不上——请报告此问题）</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) created for rows whose customer was not found.</source>
        <translation>
            <numerusform>已为找不到对应客户的行新建了 %n 个客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) named in the file created as new users.</source>
        <translation>
            <numerusform>已将文件中指定的 %n 个负责人新建为用户。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Rejected because of:</source>
        <translation>拒绝原因：</translation>
    </message>
    <message>
        <source>First %1 of %2 rejected rows (all of them go to the error file):</source>
        <translation>%2 条被拒绝的行中的前 %1 条（全部都会写入错误文件）：</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>被拒绝的行：</translation>
    </message>
</context>
<context>
    <name>Patron::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Save error file</source>
        <translation>保存错误文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>Patron::ImportWriter</name>
    <message>
        <source>duplicate code</source>
        <translation>客户编号重复</translation>
    </message>
    <message>
        <source>Customer code &quot;%1&quot; is already used by another customer.</source>
        <translation>客户编号“%1”已被其他客户使用。</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>缺少名称</translation>
    </message>
    <message>
        <source>No customer has this mobile, e-mail or code, and the row has no name to create one with.</source>
        <translation>没有客户的手机、邮箱或编号与这一行相同，而这一行又没有名称，无法新建客户。</translation>
    </message>
    <message>
        <source>ambiguous customer</source>
        <translation>客户不唯一</translation>
    </message>
    <message>
        <source>Several customers are named &quot;%1&quot;; add a customer code or mobile column to tell them apart.</source>
        <translation>有多个客户名为“%1”；请添加客户编号列或手机列来区分。</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>编号 %1</translation>
    </message>
    <message>
        <source>mobile %1</source>
        <translation>手机 %1</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation>邮箱 %1</translation>
    </message>
    <message>
        <source>name %1</source>
        <translation>名称 %1</translation>
    </message>
    <message>
        <source>customer not found</source>
        <translation>找不到客户</translation>
    </message>
    <message>
        <source>No customer found with %1.</source>
        <translation>找不到对应的客户（%1）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>duplicate order number</source>
        <translation>订单编号重复</translation>
    </message>
    <message>
        <source>Order number &quot;%1&quot; already exists.</source>
        <translation>订单编号“%1”已存在。</translation>
    </message>
    <message>
        <source>A matched record was deleted during the import.</source>
        <translation>匹配到的记录在导入过程中被删除了。</translation>
    </message>
</context>
<context>
    <name>Patron::LeafChecker</name>
    <message>
        <source>Condition on &quot;%1&quot;: %2</source>
        <translation>“%1”的筛选条件：%2</translation>
    </message>
    <message>
        <source>the operator &quot;%1&quot; needs a list of values.</source>
        <translation>运算符“%1”需要一个值列表。</translation>
    </message>
    <message>
        <source>the operator &quot;%1&quot; needs one value.</source>
        <translation>运算符“%1”需要一个值。</translation>
    </message>
    <message>
        <source>the operator &quot;%1&quot; needs exactly %2 values.</source>
        <translation>运算符“%1”正好需要 %2 个值。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>“%1”不是日期（YYYY-MM-DD）。</translation>
    </message>
</context>
<context>
    <name>Patron::MainWindow</name>
    <message>
        <source>Patron</source>
        <translation>Patron</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Could not undo or redo</source>
        <translation>无法撤销或重做</translation>
    </message>
    <message>
        <source>“%1” could not be carried out:

%2</source>
        <translation>无法执行“%1”：

%2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Load &amp;demo data…</source>
        <translation>加载演示数据(&amp;D)…</translation>
    </message>
    <message>
        <source>Fill this empty database with 2,000 sample customers</source>
        <translation>向这个空数据库填充 2,000 个示例客户</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find customers</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>显示列(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Patron</source>
        <translation>关于 Patron(&amp;A)</translation>
    </message>
    <message>
        <source>About Patron</source>
        <translation>关于 Patron</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Patron %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for small and medium businesses: gather your customers into one clean profile each, see who matters, act on it and print what you need.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Patron %1&lt;/h3&gt;&lt;p&gt;面向中小企业的桌面 CRM：把客户数据汇集成每位客户一份清晰的档案，看清哪些客户最重要，据此采取行动，并打印所需的内容。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <source>Demo data can only be loaded into an empty database.</source>
        <translation>演示数据只能加载到空数据库中。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Write customers, orders, follow-ups or contacts to an Excel, CSV or vCard file</source>
        <translation>将客户、订单、跟进记录或联系人写入 Excel、CSV 或 vCard 文件</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>查找重复客户(&amp;D)…</translation>
    </message>
    <message>
        <source>Data &amp;quality…</source>
        <translation>数据质量(&amp;Q)…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>已将 %Ln 行导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>客户列表(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>数据看板(&amp;D)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>待办事项(&amp;T)</translation>
    </message>
</context>
<context>
    <name>Patron::ManageFieldsDialog</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>停用(&amp;T)</translation>
    </message>
    <message>
        <source>Save &amp;choices</source>
        <translation>保存选项(&amp;C)</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Service tickets</source>
        <translation>服务工单</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rename field</source>
        <translation>重命名字段</translation>
    </message>
    <message>
        <source>New label:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>One choice per line</source>
        <translation>每行一个选项</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Selected field</source>
        <translation>所选字段</translation>
    </message>
    <message>
        <source>Choices (one per line):</source>
        <translation>选项（每行一个）：</translation>
    </message>
    <message>
        <source>New field</source>
        <translation>新字段</translation>
    </message>
    <message>
        <source>For choice fields: one choice per line</source>
        <translation>单选/多选字段：每行一个选项</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>添加字段(&amp;A)</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Choices:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Fields of:</source>
        <translation>适用于：</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>重新启用(&amp;S)</translation>
    </message>
    <message>
        <source>Add custom field “%1”</source>
        <translation>添加自定义字段“%1”</translation>
    </message>
    <message>
        <source>A custom field needs a label.</source>
        <translation>自定义字段需要填写名称。</translation>
    </message>
    <message>
        <source>Rename custom field to “%1”</source>
        <translation>将自定义字段重命名为“%1”</translation>
    </message>
    <message>
        <source>Retire custom field “%1”</source>
        <translation>停用自定义字段“%1”</translation>
    </message>
    <message>
        <source>Restore custom field “%1”</source>
        <translation>重新启用自定义字段“%1”</translation>
    </message>
    <message>
        <source>A choice field needs at least one choice.</source>
        <translation>选项字段至少需要一个选项。</translation>
    </message>
    <message>
        <source>Change choices of a custom field</source>
        <translation>修改自定义字段的选项</translation>
    </message>
</context>
<context>
    <name>Patron::MergeCustomersCommand</name>
    <message numerus="yes">
        <source>Merge %n customer(s)</source>
        <translation>
            <numerusform>合并 %n 个客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patron::Migrator</name>
    <message>
        <source>Could not back up the database before upgrading it: %1</source>
        <translation>升级前无法备份数据库：%1</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>无法读取数据库结构版本：%1</translation>
    </message>
    <message>
        <source>This database was written by a newer Patron (schema %1; this version understands up to %2). Please update Patron; the database was not changed.</source>
        <translation>此数据库由更新版本的 Patron 写入（结构版本 %1；当前版本最高支持 %2）。请升级 Patron；数据库未做任何改动。</translation>
    </message>
    <message>
        <source>Migration files are misnumbered at %1.</source>
        <translation>迁移文件编号有误：%1。</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2
%3</source>
        <translation>将数据库升级到结构版本 %1 失败：%2
%3</translation>
    </message>
</context>
<context>
    <name>Patron::NewFieldDialog</name>
    <message>
        <source>New custom field</source>
        <translation>新建自定义字段</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>名称(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Create field</source>
        <translation>创建字段(&amp;C)</translation>
    </message>
    <message>
        <source>The column&apos;s values will be stored in this new custom field.</source>
        <translation>该列的值将保存到这个新的自定义字段中。</translation>
    </message>
</context>
<context>
    <name>Patron::PlaybookEditor</name>
    <message>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <source>Stop when the customer orders again</source>
        <translation>客户再次下单时停止</translation>
    </message>
    <message>
        <source>Stop when the customer leaves the trigger&apos;s segment or tier</source>
        <translation>客户离开触发条件中的客户分群或客户层级时停止</translation>
    </message>
    <message>
        <source>Stop when these conditions hold:</source>
        <translation>满足以下条件时停止：</translation>
    </message>
    <message>
        <source>Stop conditions</source>
        <translation>停止条件</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) later</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <source>(this step&apos;s day is before the previous one)</source>
        <translation>（此步骤的天数早于上一步骤）</translation>
    </message>
</context>
<context>
    <name>Patron::ProfileForm</name>
    <message>
        <source>Reload, keep my edits</source>
        <translation>重新加载，保留我的修改</translation>
    </message>
    <message>
        <source>Reload, discard my edits</source>
        <translation>重新加载，放弃我的修改</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Save the changed fields (Ctrl+S)</source>
        <translation>保存已修改的字段（Ctrl+S）</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>This customer was changed elsewhere while you were editing. Your edits are kept; reload to see the other changes.</source>
        <translation>您编辑期间，此客户已在别处被修改。您的修改已保留；重新加载即可看到其他修改。</translation>
    </message>
    <message>
        <source>Edit customer “%1”</source>
        <translation>编辑客户“%1”</translation>
    </message>
    <message>
        <source>This customer was deleted by someone else. Your edits could not be saved.</source>
        <translation>此客户已被其他人删除，您的修改无法保存。</translation>
    </message>
</context>
<context>
    <name>Patron::RecordDialog</name>
    <message>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Patron</source>
        <translation>Patron</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
</context>
<context>
    <name>Patron::RecordStore</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid mobile number (11 digits starting with 1).</source>
        <translation>%1“%2”不是有效的手机号（以 1 开头的 11 位数字）。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid email address.</source>
        <translation>%1“%2”不是有效的邮箱地址。</translation>
    </message>
    <message>
        <source>%1 cannot be &quot;%2&quot;.</source>
        <translation>%1不能为“%2”。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>%1“%2”不是有效日期（格式为 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date and time.</source>
        <translation>%1“%2”不是有效的日期和时间。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number.</source>
        <translation>%1“%2”不是数字。</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>此记录已不存在。</translation>
    </message>
    <message>
        <source>This record has no custom fields.</source>
        <translation>此类记录不支持自定义字段。</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>未知字段“%1”。</translation>
    </message>
    <message>
        <source>This record was deleted by someone else.</source>
        <translation>此记录已被其他人删除。</translation>
    </message>
    <message>
        <source>Someone else changed this %1 since you opened it. Reload to see their changes, then edit again.</source>
        <translation>您打开此%1后，其他人修改了它。请重新加载查看对方的修改，然后再编辑。</translation>
    </message>
    <message>
        <source>Someone else changed this record at the same moment. Try again.</source>
        <translation>其他人同时修改了此记录，请重试。</translation>
    </message>
    <message>
        <source>This record was already deleted.</source>
        <translation>此记录已被删除。</translation>
    </message>
    <message>
        <source>Someone else changed this record since you opened it. Reload and try again.</source>
        <translation>您打开此记录后，其他人修改了它。请重新加载后重试。</translation>
    </message>
    <message>
        <source>Another record already uses this %1.</source>
        <translation>已有其他记录使用了此%1。</translation>
    </message>
    <message>
        <source>This value is already in use: %1</source>
        <translation>此值已被使用：%1</translation>
    </message>
    <message>
        <source>A linked record (customer, contact or user) does not exist.</source>
        <translation>关联的记录（客户、联系人或用户）不存在。</translation>
    </message>
</context>
<context>
    <name>Patron::ReminderController</name>
    <message>
        <source>&amp;Reminders…</source>
        <translation>提醒(&amp;R)…</translation>
    </message>
    <message>
        <source>Start Patron at &amp;login (minimised)</source>
        <translation>登录时启动 Patron（最小化）(&amp;L)</translation>
    </message>
    <message>
        <source>Show the reminders that are due, to mark them done or snooze them</source>
        <translation>显示已到期的提醒，可将其标记为已完成或稍后提醒</translation>
    </message>
    <message>
        <source>Start Patron in the background when you log in, so that reminders pop up on time</source>
        <translation>登录时在后台启动 Patron，让提醒按时弹出</translation>
    </message>
    <message>
        <source>Patron</source>
        <translation>Patron</translation>
    </message>
    <message>
        <source>&amp;Show Patron</source>
        <translation>显示 Patron(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Today&apos;s tasks</source>
        <translation>今日待办(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <source>Patron — %n reminder(s) due</source>
        <translation>
            <numerusform>Patron — %n 个提醒已到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed reminder: %1</source>
        <translation>已错过的提醒：%1</translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>提醒：%1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) fell due while Patron was closed</source>
        <translation>
            <numerusform>Patron 关闭期间有 %n 个提醒到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n 个提醒已到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…还有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not mark the task done</source>
        <translation>无法将任务标记为已完成</translation>
    </message>
    <message>
        <source>Could not snooze the reminder</source>
        <translation>无法设置稍后提醒</translation>
    </message>
    <message>
        <source>Start Patron at login</source>
        <translation>登录时启动 Patron</translation>
    </message>
    <message numerus="yes">
        <source>While Patron was closed, SOP rule “%1”: %Ln customer(s)</source>
        <translation>
            <numerusform>Patron 关闭期间，SOP 规则「%1」：%Ln 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SOP rule “%1”: %Ln customer(s)</source>
        <translation>
            <numerusform>SOP 规则「%1」：%Ln 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… 另有 %Ln 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>While Patron was closed, %Ln SOP rule(s) notified about customers</source>
        <translation>
            <numerusform>Patron 关闭期间，有 %Ln 条 SOP 规则发出了客户通知</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SOP rule(s) notified about customers</source>
        <translation>
            <numerusform>%Ln 条 SOP 规则发出了客户通知</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %Ln customer(s)</source>
        <translation>
            <numerusform>「%1」：%Ln 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more rule(s)</source>
        <translation>
            <numerusform>… 另有 %Ln 条规则</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patron::ReminderWindow</name>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>打开客户(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隐藏(&amp;H)</translation>
    </message>
    <message>
        <source>In &amp;10 minutes</source>
        <translation>10 分钟后(&amp;1)</translation>
    </message>
    <message>
        <source>In 1 &amp;hour</source>
        <translation>1 小时后(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Tomorrow at 9:00</source>
        <translation>明天 9:00(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Pick a time…</source>
        <translation>选择时间(&amp;P)…</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <source>Mark the selected tasks done</source>
        <translation>将选中的任务标记为已完成</translation>
    </message>
    <message>
        <source>Hide this window (Esc); the reminders stay listed</source>
        <translation>隐藏此窗口（Esc）；提醒仍保留在列表中</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>稍后提醒(&amp;S)</translation>
    </message>
    <message>
        <source>Remind me again later</source>
        <translation>稍后再次提醒我</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>已错过</translation>
    </message>
    <message>
        <source>This reminder fell due while Patron was closed</source>
        <translation>此提醒在 Patron 关闭期间到期</translation>
    </message>
    <message numerus="yes">
        <source>Reminders (%n)</source>
        <translation>
            <numerusform>提醒（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due. Select one or more, then:</source>
        <translation>
            <numerusform>%n 个提醒已到期。选择一个或多个提醒，然后：</numerusform>
        </translation>
    </message>
    <message>
        <source>No reminders are due.</source>
        <translation>没有到期的提醒。</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>稍后提醒</translation>
    </message>
    <message>
        <source>&amp;Remind me at:</source>
        <translation>提醒时间(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>Patron::Rfm</name>
    <message>
        <source>Important value</source>
        <translation>重要价值客户</translation>
    </message>
    <message>
        <source>Important develop</source>
        <translation>重要发展客户</translation>
    </message>
    <message>
        <source>Important retain</source>
        <translation>重要保持客户</translation>
    </message>
    <message>
        <source>Important win-back</source>
        <translation>重要挽留客户</translation>
    </message>
    <message>
        <source>General value</source>
        <translation>一般价值客户</translation>
    </message>
    <message>
        <source>General develop</source>
        <translation>一般发展客户</translation>
    </message>
    <message>
        <source>General retain</source>
        <translation>一般保持客户</translation>
    </message>
    <message>
        <source>General win-back</source>
        <translation>一般挽留客户</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>冠军客户</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>潜力忠诚客户</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>有潜力客户</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>需要关注客户</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>即将沉睡客户</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有流失风险客户</translation>
    </message>
    <message>
        <source>Can&apos;t lose</source>
        <translation>不能失去的客户</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>冬眠客户</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>已沉睡</translation>
    </message>
    <message>
        <source>No purchase</source>
        <translation>无交易</translation>
    </message>
    <message>
        <source>High value</source>
        <translation>高价值</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜力</translation>
    </message>
    <message>
        <source>To wake</source>
        <translation>待唤醒</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
</context>
<context>
    <name>Patron::RfmActions</name>
    <message>
        <source>RFM &amp;settings…</source>
        <translation>RFM 设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Window, monetary measure, segments, thresholds, labels and tiers of the RFM model</source>
        <translation>RFM 模型的统计窗口、消费金额口径、客群、阈值、显示名称和客户层级</translation>
    </message>
    <message>
        <source>&amp;Recompute RFM now</source>
        <translation>立即重新计算 RFM(&amp;R)</translation>
    </message>
    <message>
        <source>Compute every customer&apos;s RFM scores, segment and tier as of today</source>
        <translation>按今天的日期计算每个客户的 RFM 评分、RFM 客群和客户层级</translation>
    </message>
    <message>
        <source>Computing RFM… %1%</source>
        <translation>正在计算 RFM… %1%</translation>
    </message>
    <message>
        <source>RFM segments are up to date.</source>
        <translation>RFM 客群已是最新。</translation>
    </message>
    <message>
        <source>RFM could not be computed: %1</source>
        <translation>无法计算 RFM：%1</translation>
    </message>
</context>
<context>
    <name>Patron::RfmEngine</name>
    <message>
        <source>The RFM snapshot being written was removed by another computation; nothing was changed.</source>
        <translation>正在写入的 RFM 快照已被另一次计算删除；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>Patron::RfmPanel</name>
    <message>
        <source>RFM:</source>
        <translation>RFM：</translation>
    </message>
    <message>
        <source>Segment changes, newest first:</source>
        <translation>客群变化，最新的在前：</translation>
    </message>
    <message>
        <source>Not in the current RFM snapshot yet.</source>
        <translation>尚未进入当前的 RFM 快照。</translation>
    </message>
    <message>
        <source>Not computed yet (Customers → Recompute RFM now).</source>
        <translation>尚未计算（客户 → 立即重新计算 RFM）。</translation>
    </message>
    <message numerus="yes">
        <source>R %1 · %Ln day(s) ago</source>
        <translation>
            <numerusform>R %1 · %Ln 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>F %1 · %Ln order(s)</source>
        <translation>
            <numerusform>F %1 · %Ln 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>M %1 · %2</source>
        <translation>M %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>No counted order in the last %Ln day(s).</source>
        <translation>
            <numerusform>最近 %Ln 天内没有计入的订单。</numerusform>
        </translation>
    </message>
    <message>
        <source>No counted order yet.</source>
        <translation>还没有计入的订单。</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Entered %1 on %2</source>
        <translation>%2：进入%1</translation>
    </message>
    <message>
        <source>%1 → %2 on %3</source>
        <translation>%3：%1 → %2</translation>
    </message>
    <message>
        <source>(tier: %1)</source>
        <translation>（客户层级：%1）</translation>
    </message>
    <message>
        <source>No RFM history yet.</source>
        <translation>还没有 RFM 历史记录。</translation>
    </message>
</context>
<context>
    <name>Patron::RfmSettings</name>
    <message>
        <source>RFM settings are not valid JSON: %1</source>
        <translation>RFM 设置不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>RFM settings: the window must be a whole number of days.</source>
        <translation>RFM 设置：统计窗口必须是整数天数。</translation>
    </message>
    <message>
        <source>RFM settings: the monetary measure must be &quot;total&quot; or &quot;average&quot;.</source>
        <translation>RFM 设置：消费金额口径必须是“total”或“average”。</translation>
    </message>
    <message>
        <source>RFM settings: the recency threshold must be a whole number of days.</source>
        <translation>RFM 设置：最近一次消费阈值必须是整数天数。</translation>
    </message>
    <message>
        <source>RFM settings: the frequency threshold must be a whole number of orders.</source>
        <translation>RFM 设置：消费频率阈值必须是整数订单数。</translation>
    </message>
    <message>
        <source>RFM settings: the monetary threshold must be a whole number of cents.</source>
        <translation>RFM 设置：消费金额阈值必须是整数（以分为单位）。</translation>
    </message>
    <message>
        <source>RFM settings: the number of snapshots to keep must be a whole number.</source>
        <translation>RFM 设置：保留的快照数必须是整数。</translation>
    </message>
    <message>
        <source>The RFM window must be from 0 (all history) to %1 days, not %2.</source>
        <translation>RFM 统计窗口必须在 0（全部历史）到 %1 天之间，而不是 %2。</translation>
    </message>
    <message>
        <source>Unknown RFM scheme &quot;%1&quot;; use rfm8 or rf-grid.</source>
        <translation>未知的 RFM 方案“%1”；请使用 rfm8 或 rf-grid。</translation>
    </message>
    <message>
        <source>The recency threshold must be from 0 to %1 days, not %2.</source>
        <translation>最近一次消费阈值必须在 0 到 %1 天之间，而不是 %2。</translation>
    </message>
    <message>
        <source>The frequency threshold must be at least 1 order, not %1.</source>
        <translation>消费频率阈值至少为 1 个订单，而不是 %1。</translation>
    </message>
    <message>
        <source>The monetary threshold cannot be negative.</source>
        <translation>消费金额阈值不能为负数。</translation>
    </message>
    <message>
        <source>Snapshots keeping their values must be from 1 to %1, not %2.</source>
        <translation>保留客户明细的快照数必须在 1 到 %1 之间，而不是 %2。</translation>
    </message>
    <message>
        <source>Unknown RFM segment &quot;%1&quot; in the labels.</source>
        <translation>显示名称中有未知的 RFM 客群“%1”。</translation>
    </message>
    <message>
        <source>The label of %1 is longer than %2 characters.</source>
        <translation>%1 的显示名称超过了 %2 个字符。</translation>
    </message>
    <message>
        <source>Unknown tier &quot;%1&quot; in the labels.</source>
        <translation>显示名称中有未知的客户层级“%1”。</translation>
    </message>
    <message>
        <source>Unknown RFM segment &quot;%1&quot; in the tier mapping.</source>
        <translation>层级映射中有未知的 RFM 客群“%1”。</translation>
    </message>
    <message>
        <source>Unknown tier &quot;%1&quot; for %2.</source>
        <translation>%2 对应的客户层级“%1”未知。</translation>
    </message>
</context>
<context>
    <name>Patron::RfmSettingsDialog</name>
    <message>
        <source>Fixed: recent when the last order is at most</source>
        <translation>固定阈值：最近一次订单距今不超过</translation>
    </message>
    <message>
        <source>Fixed: frequent from</source>
        <translation>固定阈值：消费频率高的门槛为</translation>
    </message>
    <message>
        <source>Fixed: high value from</source>
        <translation>固定阈值：消费金额高的门槛为</translation>
    </message>
    <message>
        <source>RFM settings</source>
        <translation>RFM 设置</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>全部历史</translation>
    </message>
    <message>
        <source>Total of the orders</source>
        <translation>订单总额</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>平均订单金额</translation>
    </message>
    <message>
        <source>Eight segments (high/low R, F, M)</source>
        <translation>八类客群（R、F、M 各分高/低）</translation>
    </message>
    <message>
        <source>R×F grid (ten segments on the scores)</source>
        <translation>R×F 网格（按评分分为十类客群）</translation>
    </message>
    <message>
        <source> days ago</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> orders</source>
        <translation> 个订单</translation>
    </message>
    <message>
        <source>Orders counted from the last:</source>
        <translation>统计最近多长时间的订单：</translation>
    </message>
    <message>
        <source>Monetary value:</source>
        <translation>消费金额：</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>RFM 客群：</translation>
    </message>
    <message>
        <source>Without a fixed threshold a customer is high in a dimension when better than the mean of all scored customers.</source>
        <translation>未设固定阈值时，客户在某一维度上优于所有已评分客户的平均值，即为该维度“高”。</translation>
    </message>
    <message>
        <source>Recency (R):</source>
        <translation>最近一次消费（R）：</translation>
    </message>
    <message>
        <source>Frequency (F):</source>
        <translation>消费频率（F）：</translation>
    </message>
    <message>
        <source>Monetary (M):</source>
        <translation>消费金额（M）：</translation>
    </message>
    <message>
        <source>Snapshots keeping customer values:</source>
        <translation>保留客户明细的快照数：</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>RFM 客群</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户层级</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Segments and tiers</source>
        <translation>客群与层级(&amp;S)</translation>
    </message>
    <message>
        <source>Tier &amp;labels</source>
        <translation>层级名称(&amp;L)</translation>
    </message>
    <message>
        <source>The saved RFM settings could not be read (%1); the defaults are shown.</source>
        <translation>无法读取已保存的 RFM 设置（%1）；显示的是默认值。</translation>
    </message>
</context>
<context>
    <name>Patron::RowConverter</name>
    <message>
        <source>Map a column to the customer name, or at least to the mobile, e-mail or customer code, so that rows can be created or matched.</source>
        <translation>请将一列映射到客户名称，或至少映射到手机、邮箱或客户编号，这样才能新建或匹配客户。</translation>
    </message>
    <message>
        <source>Map a column that identifies the customer of each order (customer code, mobile, e-mail or name).</source>
        <translation>请映射一列用于确定每个订单所属的客户（客户编号、手机、邮箱或名称）。</translation>
    </message>
    <message>
        <source>Map the order date and the order amount: every order needs both.</source>
        <translation>请映射下单日期和订单金额：每个订单都需要这两项。</translation>
    </message>
    <message>
        <source>Map a column that identifies the customer of each contact (customer code, mobile, e-mail or name).</source>
        <translation>请映射一列用于确定每个联系人所属的客户（客户编号、手机、邮箱或名称）。</translation>
    </message>
    <message>
        <source>Map the contact&apos;s name: every contact needs one.</source>
        <translation>请映射联系人姓名：每个联系人都需要姓名。</translation>
    </message>
    <message>
        <source>Map a column that identifies the customer of each follow-up record (customer code, mobile, e-mail or name).</source>
        <translation>请映射一列用于确定每条跟进记录所属的客户（客户编号、手机、邮箱或名称）。</translation>
    </message>
    <message>
        <source>Map the date of the follow-up records.</source>
        <translation>请映射跟进记录的日期。</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>缺少名称</translation>
    </message>
    <message>
        <source>The row has no customer name, mobile, e-mail or code.</source>
        <translation>这一行没有客户名称、手机、邮箱或编号。</translation>
    </message>
    <message>
        <source>missing date</source>
        <translation>缺少日期</translation>
    </message>
    <message>
        <source>The order has no date.</source>
        <translation>订单没有下单日期。</translation>
    </message>
    <message>
        <source>missing amount</source>
        <translation>缺少金额</translation>
    </message>
    <message>
        <source>The order has no amount.</source>
        <translation>订单没有金额。</translation>
    </message>
    <message>
        <source>The contact has no name.</source>
        <translation>联系人没有姓名。</translation>
    </message>
    <message>
        <source>The follow-up record has no date.</source>
        <translation>跟进记录没有日期。</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>缺少客户</translation>
    </message>
    <message>
        <source>The row names no customer (code, mobile, e-mail or name are all empty).</source>
        <translation>这一行没有指明客户（编号、手机、邮箱和名称都是空的）。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; %3</source>
        <translation>%1“%2”%3</translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation>值无效</translation>
    </message>
    <message>
        <source>is not a valid value for this field.</source>
        <translation>不是此字段的有效值。</translation>
    </message>
    <message>
        <source>invalid mobile</source>
        <translation>手机无效</translation>
    </message>
    <message>
        <source>is not a valid mobile number (11 digits starting with 1).</source>
        <translation>不是有效的手机号码（以 1 开头的 11 位数字）。</translation>
    </message>
    <message>
        <source>invalid e-mail</source>
        <translation>邮箱无效</translation>
    </message>
    <message>
        <source>is not a valid e-mail address.</source>
        <translation>不是有效的邮箱地址。</translation>
    </message>
    <message>
        <source>invalid date</source>
        <translation>日期无效</translation>
    </message>
    <message>
        <source>is not a date.</source>
        <translation>不是有效的日期。</translation>
    </message>
    <message>
        <source>invalid amount</source>
        <translation>金额无效</translation>
    </message>
    <message>
        <source>is not an amount.</source>
        <translation>不是有效的金额。</translation>
    </message>
    <message>
        <source>unknown status</source>
        <translation>未知状态</translation>
    </message>
    <message>
        <source>is not an order status (completed, paid, pending, cancelled, refunded).</source>
        <translation>不是有效的订单状态（已完成、已付款、待付款、已取消、已退款）。</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>数量无效</translation>
    </message>
    <message>
        <source>is not a quantity.</source>
        <translation>不是有效的数量。</translation>
    </message>
    <message>
        <source>is not yes or no.</source>
        <translation>不是“是”或“否”。</translation>
    </message>
    <message>
        <source>is not a follow-up type (电话, 拜访, 邮件, 备注).</source>
        <translation>不是有效的跟进方式（电话、拜访、邮件、备注）。</translation>
    </message>
    <message>
        <source>is not a customer type (企业 or 个人).</source>
        <translation>不是有效的客户类型（企业或个人）。</translation>
    </message>
    <message>
        <source>is not a lifecycle stage (认知, 考虑, 购买, 使用, 忠诚, 流失).</source>
        <translation>不是有效的生命周期阶段（认知、考虑、购买、使用、忠诚、流失）。</translation>
    </message>
</context>
<context>
    <name>Patron::RuleEditorDialog</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Edit playbook</source>
        <translation>编辑跟进剧本</translation>
    </message>
    <message>
        <source>Edit SOP rule</source>
        <translation>编辑 SOP 规则</translation>
    </message>
    <message>
        <source>New playbook</source>
        <translation>新建跟进剧本</translation>
    </message>
    <message>
        <source>New SOP rule</source>
        <translation>新建 SOP 规则</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>执行动作</translation>
    </message>
    <message>
        <source>List the customers this would touch now, without changing anything</source>
        <translation>列出当前会受影响的客户，不做任何修改</translation>
    </message>
    <message>
        <source>Give it a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>A playbook needs at least one step.</source>
        <translation>跟进剧本至少需要一个步骤。</translation>
    </message>
    <message>
        <source>Add at least one action.</source>
        <translation>请至少添加一个执行动作。</translation>
    </message>
</context>
<context>
    <name>Patron::SegmentActions</name>
    <message>
        <source>New &amp;segment…</source>
        <translation>新建客户分群(&amp;S)…</translation>
    </message>
    <message>
        <source>New &amp;rule tag…</source>
        <translation>新建规则标签(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Edit rule tag…</source>
        <translation>编辑规则标签(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh rule and RFM tags</source>
        <translation>刷新规则标签和 RFM 标签(&amp;F)</translation>
    </message>
    <message>
        <source>Build a customer segment from conditions</source>
        <translation>按筛选条件建立客户分群</translation>
    </message>
    <message>
        <source>A tag that customers carry while they match a condition</source>
        <translation>客户符合筛选条件时自动带有的标签</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Tags refreshed: %1 added, %2 removed</source>
        <translation>标签已刷新：新增 %1 个，移除 %2 个</translation>
    </message>
    <message>
        <source>Rule tags</source>
        <translation>规则标签</translation>
    </message>
    <message>
        <source>There are no rule tags yet.</source>
        <translation>还没有规则标签。</translation>
    </message>
    <message>
        <source>Edit rule tag</source>
        <translation>编辑规则标签</translation>
    </message>
    <message>
        <source>Rule tag:</source>
        <translation>规则标签：</translation>
    </message>
</context>
<context>
    <name>Patron::SegmentBuilderDialog</name>
    <message>
        <source>New segment</source>
        <translation>新建客户分群</translation>
    </message>
    <message>
        <source>New rule tag</source>
        <translation>新建规则标签</translation>
    </message>
    <message>
        <source>e.g. 广东 key accounts</source>
        <translation>例如：广东重点客户</translation>
    </message>
    <message>
        <source>e.g. VIP</source>
        <translation>例如：VIP</translation>
    </message>
    <message>
        <source>&amp;Save segment</source>
        <translation>保存客户分群(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save tag</source>
        <translation>保存标签(&amp;S)</translation>
    </message>
    <message>
        <source>Segment &amp;name:</source>
        <translation>分群名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Tag &amp;name:</source>
        <translation>标签名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Customers matching the condition carry the tag; it follows the data by itself and cannot be added or removed by hand.</source>
        <translation>符合筛选条件的客户会带有该标签；标签随数据自动更新，不能手动添加或移除。</translation>
    </message>
    <message>
        <source>Cannot count: %1</source>
        <translation>无法统计：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n matching customer(s)</source>
        <translation>
            <numerusform>%n 个符合条件的客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit segment “%1”</source>
        <translation>编辑客户分群“%1”</translation>
    </message>
    <message>
        <source>Edit rule tag “%1”</source>
        <translation>编辑规则标签“%1”</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>请为客户分群输入名称。</translation>
    </message>
    <message>
        <source>Give the tag a name.</source>
        <translation>请为标签输入名称。</translation>
    </message>
</context>
<context>
    <name>Patron::SegmentCompiler</name>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Order amount (yuan)</source>
        <translation>订单金额（元）</translation>
    </message>
    <message>
        <source>First order date</source>
        <translation>首次下单日期</translation>
    </message>
    <message>
        <source>Days since last order</source>
        <translation>距最近一次下单天数</translation>
    </message>
    <message>
        <source>Days since last follow-up</source>
        <translation>距最近一次跟进天数</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM 客群</translation>
    </message>
    <message>
        <source>Customer tier</source>
        <translation>客户层级</translation>
    </message>
    <message>
        <source>RFM recency (days)</source>
        <translation>RFM 最近一次消费（天）</translation>
    </message>
    <message>
        <source>RFM frequency</source>
        <translation>RFM 消费频率</translation>
    </message>
    <message>
        <source>RFM monetary (yuan)</source>
        <translation>RFM 消费金额（元）</translation>
    </message>
    <message>
        <source>RFM R score</source>
        <translation>RFM R 评分</translation>
    </message>
    <message>
        <source>RFM F score</source>
        <translation>RFM F 评分</translation>
    </message>
    <message>
        <source>RFM M score</source>
        <translation>RFM M 评分</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; in the condition.</source>
        <translation>筛选条件中有未知字段“%1”。</translation>
    </message>
    <message>
        <source>this field does not take a period.</source>
        <translation>此字段不能指定时间段。</translation>
    </message>
    <message>
        <source>give either a number of days or dates, not both.</source>
        <translation>请指定天数或日期，不能同时指定。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices.</source>
        <translation>“%1”不是可选项之一。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (true / false).</source>
        <translation>“%1”不是“是”或“否”（true / false）。</translation>
    </message>
    <message>
        <source>the period starts after it ends.</source>
        <translation>时间段的开始晚于结束。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>is</source>
        <translation>是</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>不是</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>小于</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>不超过</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>大于</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>至少</translation>
    </message>
    <message>
        <source>between</source>
        <translation>介于</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>是以下之一</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>不是以下任何一个</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>不包含</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>开头是</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>不为空</translation>
    </message>
    <message>
        <source>has</source>
        <translation>有</translation>
    </message>
    <message>
        <source>does not have</source>
        <translation>没有</translation>
    </message>
    <message>
        <source>the operator &quot;%1&quot; cannot be used with this field (it takes: %2).</source>
        <translation>此字段不能使用运算符“%1”（可用的运算符：%2）。</translation>
    </message>
</context>
<context>
    <name>Patron::SegmentService</name>
    <message>
        <source>The segment no longer exists.</source>
        <translation>该客户分群已不存在。</translation>
    </message>
    <message>
        <source>There is no segment &quot;%1&quot;.</source>
        <translation>没有名为“%1”的客户分群。</translation>
    </message>
    <message>
        <source>A segment needs a name.</source>
        <translation>客户分群需要一个名称。</translation>
    </message>
    <message>
        <source>A segment name can have at most %1 characters.</source>
        <translation>客户分群名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>There is already a segment named &quot;%1&quot;.</source>
        <translation>已有名为“%1”的客户分群。</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>标签需要一个名称。</translation>
    </message>
    <message>
        <source>There is already a tag named &quot;%1&quot;.</source>
        <translation>已有名为“%1”的标签。</translation>
    </message>
    <message>
        <source>The rule tag no longer exists.</source>
        <translation>该规则标签已不存在。</translation>
    </message>
    <message>
        <source>%1 (RFM)</source>
        <translation>%1（RFM）</translation>
    </message>
</context>
<context>
    <name>Patron::SegmentSidebar</name>
    <message>
        <source>New segment…</source>
        <translation>新建客户分群…</translation>
    </message>
    <message>
        <source>Build a segment from conditions (Ctrl+Shift+G)</source>
        <translation>按筛选条件建立客户分群（Ctrl+Shift+G）</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>%1  (!)</source>
        <translation>%1  (!)</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Rename segment</source>
        <translation>重命名客户分群</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Rename segment “%1”</source>
        <translation>重命名客户分群“%1”</translation>
    </message>
    <message>
        <source>Delete segment “%1”</source>
        <translation>删除客户分群“%1”</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New segment…</source>
        <translation>新建客户分群(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>Patron::SetRfmSettingsCommand</name>
    <message>
        <source>Change RFM settings</source>
        <translation>修改 RFM 设置</translation>
    </message>
</context>
<context>
    <name>Patron::SetSopRuleEnabledCommand</name>
    <message>
        <source>Enable SOP rule “%1”</source>
        <translation>启用 SOP 规则“%1”</translation>
    </message>
    <message>
        <source>Disable SOP rule “%1”</source>
        <translation>停用 SOP 规则“%1”</translation>
    </message>
</context>
<context>
    <name>Patron::SnoozeRemindersCommand</name>
    <message numerus="yes">
        <source>Snooze %n reminder(s) until %1</source>
        <translation>
            <numerusform>将 %n 个提醒推迟到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patron::Sop</name>
    <message>
        <source>Unknown key &quot;%1&quot; in %2.</source>
        <translation>%2 中有未知的键“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 must be a text.</source>
        <translation>%2 中的“%1”必须是文本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 must be a whole number from %3 to %4.</source>
        <translation>%2中的“%1”必须是 %3 到 %4 之间的整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 must be an id (a whole number above 0).</source>
        <translation>%2中的“%1”必须是 ID（大于 0 的整数）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 must be a condition object.</source>
        <translation>%2中的“%1”必须是筛选条件对象。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the trigger</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <source>The rule needs a trigger object.</source>
        <translation>规则需要一个触发条件对象。</translation>
    </message>
    <message>
        <source>Unknown trigger kind &quot;%1&quot;.</source>
        <translation>未知的触发条件类型“%1”。</translation>
    </message>
    <message>
        <source>&quot;values&quot; in the trigger must be a list of texts.</source>
        <translation>触发条件中的“values”必须是文本列表。</translation>
    </message>
    <message>
        <source>Unknown RFM segment &quot;%1&quot; in the trigger.</source>
        <translation>触发条件中有未知的 RFM 客群“%1”。</translation>
    </message>
    <message>
        <source>Unknown customer tier &quot;%1&quot; in the trigger.</source>
        <translation>触发条件中有未知的客户层级“%1”。</translation>
    </message>
    <message>
        <source>The trigger &quot;%1&quot; needs &quot;days&quot; of at least 1.</source>
        <translation>触发条件“%1”的“days”至少应为 1。</translation>
    </message>
    <message>
        <source>The trigger &quot;tag_added&quot; needs a &quot;tag_id&quot;.</source>
        <translation>触发条件“tag_added”需要指定“tag_id”。</translation>
    </message>
    <message>
        <source>The trigger &quot;%1&quot; needs a &quot;field&quot;.</source>
        <translation>触发条件“%1”需要指定“field”。</translation>
    </message>
    <message>
        <source>Each action in %1 must be an object.</source>
        <translation>%1中的每个动作都必须是对象。</translation>
    </message>
    <message>
        <source>an action of %1</source>
        <translation>%1的动作</translation>
    </message>
    <message>
        <source>Unknown action kind &quot;%1&quot; in %2.</source>
        <translation>%2中有未知的动作类型“%1”。</translation>
    </message>
    <message>
        <source>&quot;value&quot; in %1 must be a text, a number or true/false.</source>
        <translation>%1中的“value”必须是文本、数字或 true/false。</translation>
    </message>
    <message>
        <source>&quot;user_ids&quot; in %1 must be a list of user ids.</source>
        <translation>%1中的“user_ids”必须是用户 ID 列表。</translation>
    </message>
    <message>
        <source>&quot;due_time&quot; in %1 must be a time HH:MM.</source>
        <translation>%1中的“due_time”必须是 HH:MM 格式的时间。</translation>
    </message>
    <message>
        <source>&quot;remind_time&quot; in %1 must be a time HH:MM or empty.</source>
        <translation>%1中的“remind_time”必须是 HH:MM 格式的时间，或者留空。</translation>
    </message>
    <message>
        <source>The task of %1 needs a title.</source>
        <translation>%1中要创建的任务需要标题。</translation>
    </message>
    <message>
        <source>Unknown assignee &quot;%1&quot; in %2 (owner, manager, user or round_robin).</source>
        <translation>%2中有未知的处理人“%1”（应为 owner、manager、user 或 round_robin）。</translation>
    </message>
    <message>
        <source>The assignee &quot;user&quot; in %1 needs a &quot;user_id&quot;.</source>
        <translation>%1中处理人为“user”时需要指定“user_id”。</translation>
    </message>
    <message>
        <source>The assignee &quot;round_robin&quot; in %1 needs &quot;user_ids&quot;.</source>
        <translation>%1中处理人为“round_robin”时需要指定“user_ids”。</translation>
    </message>
    <message>
        <source>Unknown priority &quot;%1&quot; in %2 (low, normal or high).</source>
        <translation>%2中有未知的优先级“%1”（应为 low、normal 或 high）。</translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; in %2 needs a &quot;rule_id&quot;.</source>
        <translation>%2中的动作“%1”需要指定“rule_id”。</translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; in %2 needs a &quot;tag_id&quot;.</source>
        <translation>%2中的动作“%1”需要指定“tag_id”。</translation>
    </message>
    <message>
        <source>The action &quot;set_field&quot; in %1 needs a &quot;field&quot;.</source>
        <translation>%1中的动作“set_field”需要指定“field”。</translation>
    </message>
    <message>
        <source>The action &quot;assign_owner&quot; in %1 needs a &quot;user_id&quot;.</source>
        <translation>%1中的动作“assign_owner”需要指定“user_id”。</translation>
    </message>
    <message>
        <source>The action &quot;log_activity&quot; in %1 needs &quot;activity_kind&quot; call, visit, email or note.</source>
        <translation>%1中的动作“log_activity”需要指定“activity_kind”：call、visit、email 或 note。</translation>
    </message>
    <message>
        <source>The action &quot;notify&quot; in %1 needs a &quot;text&quot;.</source>
        <translation>%1中的动作“notify”需要指定“text”。</translation>
    </message>
    <message>
        <source>&quot;actions&quot; in %1 must be a list.</source>
        <translation>%1中的“actions”必须是列表。</translation>
    </message>
    <message>
        <source>Each guard (&quot;only_if&quot;) of %1 must be an object.</source>
        <translation>%1的每个前提条件（“only_if”）都必须是对象。</translation>
    </message>
    <message>
        <source>a guard of %1</source>
        <translation>%1的前提条件</translation>
    </message>
    <message>
        <source>Unknown guard kind &quot;%1&quot; in %2.</source>
        <translation>%2中有未知的前提条件类型“%1”。</translation>
    </message>
</context>
<context>
    <name>Patron::Sop::Definition</name>
    <message>
        <source>the rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>&quot;steps&quot; must be a list.</source>
        <translation>“steps”必须是列表。</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1必须是对象。</translation>
    </message>
    <message>
        <source>The days of the steps must not go back (step %1 is on day %2, before day %3).</source>
        <translation>步骤的天数不能倒退（第 %1 步在第 %2 天，早于第 %3 天）。</translation>
    </message>
    <message>
        <source>&quot;only_if&quot; of %1 must be a list.</source>
        <translation>%1的“only_if”必须是列表。</translation>
    </message>
    <message>
        <source>The guard of %1 refers to step %2, which has not fired yet.</source>
        <translation>%1的前提条件引用了第 %2 步，而该步骤此时尚未执行。</translation>
    </message>
    <message>
        <source>&quot;stop&quot; must be a list.</source>
        <translation>“stop”必须是列表。</translation>
    </message>
    <message>
        <source>a stop condition</source>
        <translation>停止条件</translation>
    </message>
    <message>
        <source>Each stop condition must be an object.</source>
        <translation>每个停止条件都必须是对象。</translation>
    </message>
    <message>
        <source>Unknown stop condition kind &quot;%1&quot;.</source>
        <translation>未知的停止条件类型“%1”。</translation>
    </message>
</context>
<context>
    <name>Patron::SopActions</name>
    <message>
        <source>&amp;Rules and playbooks…</source>
        <translation>规则和跟进剧本(&amp;R)…</translation>
    </message>
    <message>
        <source>SOP rules and playbooks that create tasks, tag and notify by themselves</source>
        <translation>自动创建任务、打标签和发送通知的 SOP 规则与跟进剧本</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>模板(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Journal…</source>
        <translation>执行日志(&amp;J)…</translation>
    </message>
    <message>
        <source>What the SOP rules did, for whom and why</source>
        <translation>SOP 规则执行了什么、针对哪些客户、原因是什么</translation>
    </message>
    <message>
        <source>Run &amp;now</source>
        <translation>立即运行(&amp;N)</translation>
    </message>
    <message>
        <source>Running the SOP rules…</source>
        <translation>正在运行 SOP 规则…</translation>
    </message>
    <message>
        <source>&amp;Automation</source>
        <translation>自动化(&amp;A)</translation>
    </message>
    <message>
        <source>The SOP rules could not run: %1</source>
        <translation>SOP 规则无法运行：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) created by %1</source>
        <translation>
            <numerusform>%1 创建了 %Ln 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s) by %1</source>
        <translation>
            <numerusform>%1 执行了 %Ln 个动作</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SOP error(s), see the journal</source>
        <translation>
            <numerusform>%Ln 个 SOP 错误，请查看执行日志</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patron::SopEngine</name>
    <message>
        <source>Unknown action kind &quot;%1&quot;.</source>
        <translation>未知的动作类型“%1”。</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; cannot be set by an SOP rule.</source>
        <translation>SOP 规则不能设置字段“%1”。</translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; names tag %2, which does not exist.</source>
        <translation>动作“%1”指定的标签 %2 不存在。</translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; names playbook %2, which does not exist.</source>
        <translation>动作“%1”指定的跟进剧本 %2 不存在。</translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; names user %2, who does not exist.</source>
        <translation>动作“%1”指定的用户 %2 不存在。</translation>
    </message>
    <message>
        <source>The round robin of &quot;create_task&quot; names user %1, who does not exist.</source>
        <translation>“create_task”的轮流分配中指定的用户 %1 不存在。</translation>
    </message>
    <message>
        <source>The action &quot;set_field&quot;: %1</source>
        <translation>动作“set_field”：%1</translation>
    </message>
    <message>
        <source>Unknown SOP rule kind &quot;%1&quot; (rule or playbook).</source>
        <translation>未知的 SOP 规则类型“%1”（应为 rule 或 playbook）。</translation>
    </message>
    <message>
        <source>A playbook needs steps (and no actions of its own).</source>
        <translation>跟进剧本需要包含步骤（且本身不能有动作）。</translation>
    </message>
    <message>
        <source>A rule needs actions (steps and stop conditions are for playbooks).</source>
        <translation>规则需要包含动作（步骤和停止条件只用于跟进剧本）。</translation>
    </message>
    <message>
        <source>&quot;repeat_days&quot; is only for the triggers segment_entered, tier_entered, days_since_order and no_activity, not &quot;%1&quot;.</source>
        <translation>“repeat_days”只适用于触发条件 segment_entered、tier_entered、days_since_order 和 no_activity，不适用于“%1”。</translation>
    </message>
    <message>
        <source>The trigger names tag %1, which does not exist.</source>
        <translation>触发条件指定的标签 %1 不存在。</translation>
    </message>
    <message>
        <source>The trigger names the custom field &quot;%1&quot;, which does not exist.</source>
        <translation>触发条件指定的自定义字段“%1”不存在。</translation>
    </message>
    <message>
        <source>The trigger &quot;date_approaching&quot; needs a date field, and &quot;%1&quot; is not one.</source>
        <translation>触发条件“date_approaching”需要一个日期字段，而“%1”不是日期字段。</translation>
    </message>
    <message>
        <source>The trigger names the field &quot;%1&quot;, which customers do not have.</source>
        <translation>触发条件指定的字段“%1”不是客户字段。</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>Step %1 has no actions.</source>
        <translation>第 %1 步没有动作。</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>第 %1 步：%2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>The stop condition &quot;left_segment&quot; needs a segment_entered or tier_entered trigger.</source>
        <translation>停止条件“left_segment”需要 segment_entered 或 tier_entered 触发条件。</translation>
    </message>
    <message>
        <source>Stop condition</source>
        <translation>停止条件</translation>
    </message>
    <message>
        <source>There is no SOP rule %1.</source>
        <translation>没有 SOP 规则 %1。</translation>
    </message>
    <message>
        <source>The SOP rule %1 is disabled; enable it first or use a dry run.</source>
        <translation>SOP 规则 %1 未启用；请先启用，或使用试运行。</translation>
    </message>
    <message>
        <source>The SOP run was cancelled.</source>
        <translation>SOP 运行已取消。</translation>
    </message>
    <message>
        <source>The trigger names the field &quot;%1&quot;, which is not a date field.</source>
        <translation>触发条件指定的字段“%1”不是日期字段。</translation>
    </message>
    <message>
        <source>Unknown trigger kind &quot;%1&quot;.</source>
        <translation>未知的触发条件类型“%1”。</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>start playbook</source>
        <translation>启动跟进剧本</translation>
    </message>
    <message>
        <source>Step %1: a guard can only refer to an earlier step, not to step %2.</source>
        <translation>步骤 %1：执行条件只能引用之前的步骤，不能引用步骤 %2。</translation>
    </message>
    <message>
        <source>An unsaved SOP rule can only be run as a dry run.</source>
        <translation>未保存的 SOP 规则只能试运行。</translation>
    </message>
</context>
<context>
    <name>Patron::SopJournalDialog</name>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>SOP journal</source>
        <translation>SOP 执行日志</translation>
    </message>
    <message>
        <source>Customer name or code</source>
        <translation>客户名称或编号</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Why / what</source>
        <translation>原因 / 内容</translation>
    </message>
    <message>
        <source>Any rule</source>
        <translation>全部规则</translation>
    </message>
    <message>
        <source>Run at %1</source>
        <translation>运行时间：%1</translation>
    </message>
    <message>
        <source>Showing %1 of the newest %2 entries</source>
        <translation>显示最新的 %2 条记录中的 %1 条</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(y/ies)</source>
        <translation>
            <numerusform>%Ln 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patron::SopPreviewPanel</name>
    <message>
        <source>Preview runs the rule as a dry run: it lists the customers it would touch now, and changes nothing.</source>
        <translation>预览会以试运行方式执行规则：列出它现在会影响的客户，不做任何更改。</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>What would happen</source>
        <translation>将会执行的操作</translation>
    </message>
    <message>
        <source>Running the preview…</source>
        <translation>正在运行预览…</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>预览失败：%1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message numerus="yes">
        <source>As of %1 this would touch %Ln customer(s).</source>
        <translation>
            <numerusform>截至 %1，将影响 %Ln 个客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>The RFM values could not be brought up to date: %1</source>
        <translation>无法更新 RFM 数据：%1</translation>
    </message>
</context>
<context>
    <name>Patron::SopRulesDialog</name>
    <message>
        <source>SOP rules and playbooks</source>
        <translation>SOP 规则和跟进剧本</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新建规则</translation>
    </message>
    <message>
        <source>New playbook</source>
        <translation>新建跟进剧本</translation>
    </message>
    <message>
        <source>From template…</source>
        <translation>从模板新建…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Journal…</source>
        <translation>执行日志…</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <source>Last fired</source>
        <translation>上次触发</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>跟进剧本</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Edit SOP rule “%1”</source>
        <translation>编辑 SOP 规则“%1”</translation>
    </message>
    <message>
        <source>Follow up: {name}</source>
        <translation>跟进：{name}</translation>
    </message>
    <message>
        <source>New SOP rule</source>
        <translation>新建 SOP 规则</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Export SOP rules</source>
        <translation>导出 SOP 规则</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported the SOP rules to %1</source>
        <translation>已将 SOP 规则导出到 %1</translation>
    </message>
    <message>
        <source>Import SOP rules</source>
        <translation>导入 SOP 规则</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>触发次数</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>出错次数</translation>
    </message>
    <message>
        <source>Journal entries with result OK: firings and playbook steps</source>
        <translation>执行日志中结果为成功的条目：规则触发和跟进剧本步骤</translation>
    </message>
</context>
<context>
    <name>Patron::SopService</name>
    <message>
        <source>There is no SOP rule %1.</source>
        <translation>没有 SOP 规则 %1。</translation>
    </message>
    <message>
        <source>The SOP rule was deleted by someone else.</source>
        <translation>该 SOP 规则已被其他人删除。</translation>
    </message>
    <message>
        <source>The SOP rule was changed by someone else; reload it and try again.</source>
        <translation>该 SOP 规则已被其他人修改；请重新加载后重试。</translation>
    </message>
    <message>
        <source>There is no SOP template &quot;%1&quot; (there are: %2).</source>
        <translation>没有名为“%1”的 SOP 模板（现有模板：%2）。</translation>
    </message>
    <message>
        <source>The SOP file is not valid JSON: %1 (at character %2).</source>
        <translation>SOP 文件不是有效的 JSON：%1（在第 %2 个字符处）。</translation>
    </message>
    <message>
        <source>An SOP file must be a JSON object with &quot;patron_sop&quot; and &quot;rules&quot;.</source>
        <translation>SOP 文件必须是包含“patron_sop”和“rules”的 JSON 对象。</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in the SOP file.</source>
        <translation>SOP 文件中有未知的键“%1”。</translation>
    </message>
    <message>
        <source>The SOP file must say &quot;patron_sop&quot;: 1 (this Patron reads version 1).</source>
        <translation>SOP 文件中必须写明 &quot;patron_sop&quot;: 1（此版本的 Patron 只能读取第 1 版）。</translation>
    </message>
    <message>
        <source>&quot;rules&quot; in the SOP file must be a list.</source>
        <translation>SOP 文件中的“rules”必须是列表。</translation>
    </message>
    <message>
        <source>The SOP file has more than %1 rules.</source>
        <translation>SOP 文件中的规则超过 %1 条。</translation>
    </message>
    <message>
        <source>Rule %1 of the SOP file must be an object.</source>
        <translation>SOP 文件中的第 %1 条规则必须是对象。</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in rule %2 of the SOP file.</source>
        <translation>SOP 文件第 %2 条规则中有未知的键“%1”。</translation>
    </message>
    <message>
        <source>Rule %1 of the SOP file needs a &quot;name&quot;.</source>
        <translation>SOP 文件中的第 %1 条规则需要“name”。</translation>
    </message>
    <message>
        <source>&quot;kind&quot; of rule %1 must be rule or playbook.</source>
        <translation>第 %1 条规则的“kind”必须是 rule 或 playbook。</translation>
    </message>
    <message>
        <source>&quot;template&quot; of rule %1 must be a text.</source>
        <translation>第 %1 条规则的“template”必须是文本。</translation>
    </message>
    <message>
        <source>&quot;enabled&quot; of rule %1 must be true or false.</source>
        <translation>第 %1 条规则的“enabled”必须是 true 或 false。</translation>
    </message>
    <message>
        <source>Rule %1 of the SOP file needs a &quot;definition&quot; object.</source>
        <translation>SOP 文件中的第 %1 条规则需要一个“definition”对象。</translation>
    </message>
    <message>
        <source>Rule %1 (%2) of the SOP file: %3</source>
        <translation>SOP 文件第 %1 条规则（%2）：%3</translation>
    </message>
    <message>
        <source>Rule %1 of the SOP file: %2</source>
        <translation>SOP 文件第 %1 条规则：%2</translation>
    </message>
</context>
<context>
    <name>Patron::SopTemplatesDialog</name>
    <message>
        <source>SOP templates</source>
        <translation>SOP 模板</translation>
    </message>
    <message>
        <source>Ready-made SOPs. They are added disabled: preview, then enable.</source>
        <translation>现成的 SOP。添加后默认不启用：请先预览，再启用。</translation>
    </message>
    <message>
        <source>%1 (playbook)</source>
        <translation>%1（跟进剧本）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>Patron::StepCard</name>
    <message>
        <source>Only if no follow-up was logged since step</source>
        <translation>仅当以下步骤之后没有新的跟进记录：步骤</translation>
    </message>
    <message>
        <source>Only if the customer has not ordered since step</source>
        <translation>仅当以下步骤之后客户没有下单：步骤</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>删除步骤</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Days after the playbook started for the customer</source>
        <translation>客户开始执行跟进剧本后的天数</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>步骤 %1</translation>
    </message>
    <message>
        <source>Only if these conditions hold:</source>
        <translation>仅当满足以下条件时：</translation>
    </message>
    <message>
        <source>An earlier step: the guard looks at what happened since that step fired</source>
        <translation>之前的某个步骤：检查该步骤执行之后发生的情况</translation>
    </message>
</context>
<context>
    <name>Patron::TableWriter</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
    <message>
        <source>This system cannot encode GB18030.</source>
        <translation>此系统无法使用 GB18030 编码。</translation>
    </message>
</context>
<context>
    <name>Patron::TagService</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>标签需要填写名称。</translation>
    </message>
    <message>
        <source>The tag no longer exists.</source>
        <translation>该标签已不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a rule tag: it is set by its condition, not by hand. Edit the rule instead.</source>
        <translation>“%1”是规则标签：由其筛选条件设置，不能手动设置。请改为编辑规则。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a system tag: it follows the RFM analysis and cannot be set by hand.</source>
        <translation>“%1”是系统标签：跟随 RFM 分析结果，不能手动设置。</translation>
    </message>
</context>
<context>
    <name>Patron::TaskActions</name>
    <message>
        <source>&amp;Tasks</source>
        <translation>待办(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>稍后提醒(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>新建任务(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit task…</source>
        <translation>编辑任务(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>完成(&amp;C)…</translation>
    </message>
    <message>
        <source>In 10 minutes</source>
        <translation>10 分钟后</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>1 小时后</translation>
    </message>
    <message>
        <source>Tomorrow at 9:00</source>
        <translation>明天 9:00</translation>
    </message>
    <message>
        <source>Pick a time…</source>
        <translation>选择时间…</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>重新分配(&amp;R)…</translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation>打开客户(&amp;C)</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)…</source>
        <translation>导出到日历 (.ics)…</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <source>Snooze “%1”</source>
        <translation>稍后提醒“%1”</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>稍后提醒</translation>
    </message>
    <message>
        <source>“%1” will remind you again at %2.</source>
        <translation>将在 %2 再次提醒“%1”。</translation>
    </message>
    <message>
        <source>Remind me again</source>
        <translation>再次提醒我</translation>
    </message>
    <message>
        <source>Remind at:</source>
        <translation>提醒时间：</translation>
    </message>
    <message>
        <source>Reassign task</source>
        <translation>重新分配任务</translation>
    </message>
    <message>
        <source>Give “%1” to:</source>
        <translation>将“%1”分配给：</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Reassign “%1”</source>
        <translation>重新分配“%1”</translation>
    </message>
    <message>
        <source>Export tasks to calendar</source>
        <translation>将任务导出到日历</translation>
    </message>
    <message>
        <source>tasks.ics</source>
        <translation>待办事项.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation>无法写入 %1：
%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个任务导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patron::TaskService</name>
    <message>
        <source>This task no longer exists.</source>
        <translation>此任务已不存在。</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>任务需要标题。</translation>
    </message>
    <message>
        <source>Someone else changed this task since you opened it. Reload to see their changes, then try again.</source>
        <translation>您打开此任务后，其他人修改了它。请重新加载查看对方的修改，然后重试。</translation>
    </message>
    <message>
        <source>This task is already done or cancelled.</source>
        <translation>此任务已完成或已取消。</translation>
    </message>
    <message>
        <source>A follow-up record needs a customer; this task has none.</source>
        <translation>跟进记录需要关联客户，但此任务没有关联客户。</translation>
    </message>
    <message>
        <source>Someone else changed this task at the same moment. Try again.</source>
        <translation>其他人同时修改了此任务，请重试。</translation>
    </message>
    <message>
        <source>Pick a time to be reminded again.</source>
        <translation>请选择再次提醒的时间。</translation>
    </message>
    <message>
        <source>The task kept changing; try again.</source>
        <translation>任务一直在被修改，请重试。</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
</context>
<context>
    <name>Patron::TaskView</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>处理人：</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Playbook step</source>
        <translation>跟进剧本步骤</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>Nobody (unassigned)</source>
        <translation>无（未分配）</translation>
    </message>
    <message>
        <source>Click to open %1</source>
        <translation>点击打开 %1</translation>
    </message>
    <message>
        <source>%1 · step %2</source>
        <translation>%1 · 第 %2 步</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) due</source>
        <translation>
            <numerusform>%n 个任务到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
</context>
<context>
    <name>Patron::TaskWeekView</name>
    <message>
        <source>Previous week</source>
        <translation>上一周</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下一周</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>Patron::TextDecoder</name>
    <message>
        <source>The file cannot be read from the start again.</source>
        <translation>无法从头重新读取文件。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;. Choose UTF-8, GB18030, UTF-16, UTF-16LE or UTF-16BE.</source>
        <translation>未知编码“%1”。请选择 UTF-8、GB18030、UTF-16、UTF-16LE 或 UTF-16BE。</translation>
    </message>
    <message>
        <source>Line %1: the text is not UTF-8, but line %2 is. The file mixes encodings (or is damaged); save it again with one encoding, or choose an encoding.</source>
        <translation>第 %1 行：文本不是 UTF-8 编码，但第 %2 行是。文件混用了多种编码（或已损坏）；请用同一种编码重新保存文件，或手动选择编码。</translation>
    </message>
    <message>
        <source>Line %1: the text is UTF-8, but line %2 is not. The file mixes encodings (or is damaged); save it again with one encoding, or choose an encoding.</source>
        <translation>第 %1 行：文本是 UTF-8 编码，但第 %2 行不是。文件混用了多种编码（或已损坏）；请用同一种编码重新保存文件，或手动选择编码。</translation>
    </message>
    <message>
        <source>Line %1: the text is neither UTF-8 nor GB18030; choose another encoding.</source>
        <translation>第 %1 行：文本既不是 UTF-8 编码，也不是 GB18030 编码；请选择其他编码。</translation>
    </message>
    <message>
        <source>Line %1: the text is not valid %2; choose another encoding.</source>
        <translation>第 %1 行：文本不是有效的 %2 编码；请选择其他编码。</translation>
    </message>
</context>
<context>
    <name>Patron::TimelineWidget</name>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Follow-ups (calls, visits, emails)</source>
        <translation>跟进记录（电话、拜访、邮件）</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Service tickets</source>
        <translation>服务工单</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Service ticket</source>
        <translation>服务工单</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>待办</translation>
    </message>
</context>
<context>
    <name>Patron::TriggerEditor</name>
    <message>
        <source>Entered an RFM segment</source>
        <translation>进入 RFM 客群</translation>
    </message>
    <message>
        <source>Left an RFM segment</source>
        <translation>离开 RFM 客群</translation>
    </message>
    <message>
        <source>Entered a customer tier</source>
        <translation>进入客户层级</translation>
    </message>
    <message>
        <source>Left a customer tier</source>
        <translation>离开客户层级</translation>
    </message>
    <message>
        <source>Days since the last order reach N</source>
        <translation>距最近一次下单达到 N 天</translation>
    </message>
    <message>
        <source>No follow-up for N days</source>
        <translation>N 天没有跟进</translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation>添加了标签</translation>
    </message>
    <message>
        <source>Field changed</source>
        <translation>字段发生变化</translation>
    </message>
    <message>
        <source>Customer created or imported</source>
        <translation>新建或导入了客户</translation>
    </message>
    <message>
        <source>A date is N days away</source>
        <translation>距某个日期还有 N 天</translation>
    </message>
    <message>
        <source>A task is overdue</source>
        <translation>任务已逾期</translation>
    </message>
    <message>
        <source>Tick the segments or tiers that count; none ticked: any.</source>
        <translation>勾选要计入的客群或层级；都不勾选表示任意。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>any new value (or values separated by commas)</source>
        <translation>任意新值（或用逗号分隔的多个值）</translation>
    </message>
    <message>
        <source>once</source>
        <translation>仅一次</translation>
    </message>
    <message>
        <source>every </source>
        <translation>条件仍满足时每 </translation>
    </message>
    <message>
        <source> days while it still holds</source>
        <translation> 天重复一次</translation>
    </message>
    <message>
        <source>When</source>
        <translation>触发时机</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Days (N)</source>
        <translation>天数（N）</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>New values</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>每 %1 天</translation>
    </message>
</context>
<context>
    <name>Patron::UserService</name>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>不存在用户“%1”。</translation>
    </message>
</context>
<context>
    <name>Patron::XlsReader</name>
    <message>
        <source>Not enough memory to read %1.</source>
        <translation>内存不足，无法读取 %1。</translation>
    </message>
    <message>
        <source>This file is not an Excel 97–2003 workbook (.xls).</source>
        <translation>此文件不是 Excel 97–2003 工作簿（.xls）。</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete. Open it in Excel or WPS, save it as .xlsx and retry. (FreeXL error %1)</source>
        <translation>文件已损坏或不完整。请用 Excel 或 WPS 打开，另存为 .xlsx 后重试。（FreeXL 错误 %1）</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>%1 is larger than Patron accepts for an .xls file (256 MiB); save it as .xlsx and retry.</source>
        <translation>%1 超过了 Patron 对 .xls 文件的大小限制（256 MiB）；请另存为 .xlsx 后重试。</translation>
    </message>
    <message>
        <source>Sheet%1</source>
        <translation>Sheet%1</translation>
    </message>
    <message>
        <source>The workbook has no worksheets.</source>
        <translation>工作簿中没有工作表。</translation>
    </message>
    <message>
        <source>The workbook has no sheet number %1.</source>
        <translation>工作簿中没有第 %1 个工作表。</translation>
    </message>
    <message>
        <source>sheet %1, cell %2: %3</source>
        <translation>工作表“%1”，单元格 %2：%3</translation>
    </message>
    <message numerus="yes">
        <source>Excel 97–2003 workbook (XLS), %n sheet(s)</source>
        <translation>
            <numerusform>Excel 97–2003 工作簿（XLS），%n 个工作表</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patron::XlsxReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>This is an Excel 97–2003 workbook (.xls) with the wrong file extension; rename it to .xls and try again.</source>
        <translation>这是一个扩展名不正确的 Excel 97–2003 工作簿（.xls）；请将它重命名为 .xls 后重试。</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook (.xlsx). If it is a CSV or text file, rename it to .csv.</source>
        <translation>此文件不是 Excel 工作簿（.xlsx）。如果它是 CSV 或文本文件，请将它重命名为 .csv。</translation>
    </message>
    <message>
        <source>The workbook has no worksheets.</source>
        <translation>工作簿中没有工作表。</translation>
    </message>
    <message>
        <source>This workbook is password protected. Open it in Excel or WPS, save it without a password and try again.</source>
        <translation>此工作簿设有密码保护。请用 Excel 或 WPS 打开，取消密码并保存后重试。</translation>
    </message>
    <message>
        <source>the sheet cannot be read (%1)</source>
        <translation>无法读取工作表（%1）</translation>
    </message>
    <message>
        <source>The workbook is damaged (%1: %2).</source>
        <translation>工作簿已损坏（%1：%2）。</translation>
    </message>
    <message>
        <source>sheet %1, cell %2: %3</source>
        <translation>工作表“%1”，单元格 %2：%3</translation>
    </message>
    <message>
        <source>sheet %1, row %2: %3</source>
        <translation>工作表“%1”，第 %2 行：%3</translation>
    </message>
    <message>
        <source>sheet %1: %2</source>
        <translation>工作表“%1”：%2</translation>
    </message>
    <message>
        <source>This file is a zip archive but not an Excel workbook (.xlsx).</source>
        <translation>此文件是 zip 压缩包，但不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message numerus="yes">
        <source>a cell holds more than %n characters</source>
        <translation>
            <numerusform>某个单元格超过 %n 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Excel workbook (XLSX), %n sheet(s)</source>
        <translation>
            <numerusform>Excel 工作簿（XLSX），%n 个工作表</numerusform>
        </translation>
    </message>
    <message>
        <source>, 1904 date system</source>
        <translation>，1904 日期系统</translation>
    </message>
    <message>
        <source>The workbook has no sheet number %1.</source>
        <translation>工作簿中没有第 %1 个工作表。</translation>
    </message>
    <message numerus="yes">
        <source>the sheet has more than %n merged ranges</source>
        <translation>
            <numerusform>工作表中的合并单元格区域超过 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>the merged ranges of the sheet cover too many cells</source>
        <translation>工作表中合并单元格覆盖的单元格太多</translation>
    </message>
    <message>
        <source>a row has the invalid number &quot;%1&quot;</source>
        <translation>有一行的行号“%1”无效</translation>
    </message>
    <message>
        <source>the sheet has more than 1,048,576 rows</source>
        <translation>工作表超过 1,048,576 行</translation>
    </message>
    <message>
        <source>the cell reference &quot;%1&quot; is not valid or lies beyond XFD1048576</source>
        <translation>单元格引用“%1”无效或超出了 XFD1048576</translation>
    </message>
    <message>
        <source>the sheet has more than 16,384 columns</source>
        <translation>工作表超过 16,384 列</translation>
    </message>
    <message>
        <source>the cell refers to a text that the workbook does not contain</source>
        <translation>单元格引用的文本在工作簿中不存在</translation>
    </message>
    <message>
        <source>the file declares a DTD or entities, which spreadsheet programs never write</source>
        <translation>文件声明了 DTD 或实体，电子表格程序从不会写入这些内容</translation>
    </message>
    <message numerus="yes">
        <source>the workbook holds more than %n distinct texts</source>
        <translation>
            <numerusform>工作簿中不同的文本超过 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>A part of the workbook is larger than Patron accepts (%1); the file may be a zip bomb.</source>
        <translation>工作簿中的某个部件超过了 Patron 允许的大小（%1）；该文件可能是 zip 炸弹。</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete. Open it in Excel or WPS, save it again and retry.</source>
        <translation>文件已损坏或不完整。请在 Excel 或 WPS 中打开，重新保存后再试。</translation>
    </message>
    <message>
        <source>The workbook holds more than %1 parts; Patron does not open it.</source>
        <translation>工作簿包含超过 %1 个部件；Patron 不会打开它。</translation>
    </message>
    <message>
        <source>The file contains a part with an unsafe name (%1); it was not written by a spreadsheet program.</source>
        <translation>文件中有一个名称不安全的部件（%1）；它不是由电子表格程序写入的。</translation>
    </message>
    <message>
        <source>A part of the workbook is compressed more than %1:1; the file looks like a zip bomb and was not opened.</source>
        <translation>工作簿中某个部件的压缩比超过 %1:1；该文件看起来像 zip 炸弹，未予打开。</translation>
    </message>
    <message>
        <source>A part of the workbook (%1) is larger than Patron accepts (%2).</source>
        <translation>工作簿中的某个部件（%1）超过了 Patron 允许的大小（%2）。</translation>
    </message>
    <message>
        <source>the part ends too early</source>
        <translation>文件中的一部分提前结束</translation>
    </message>
</context>
<context>
    <name>Patron::XlsxTableWriter</name>
    <message>
        <source>Cannot write the XLSX file: %1</source>
        <translation>无法写入 XLSX 文件：%1</translation>
    </message>
    <message>
        <source>XLSX export is not available: %1</source>
        <translation>XLSX 导出不可用：%1</translation>
    </message>
    <message>
        <source>Cannot create the XLSX file %1.</source>
        <translation>无法创建 XLSX 文件 %1。</translation>
    </message>
</context>
</TS>
