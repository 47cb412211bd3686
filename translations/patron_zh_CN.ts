<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>路径</translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en (default: the system&apos;s).</source>
        <translation>消息语言：zh_CN 或 en（默认跟随系统）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Commands:
  demo             Fill an empty database with realistic demo data.
  customers list   Print customers as CSV or JSON.
  orders list      Print orders as CSV or JSON.

Run &quot;patron &lt;command&gt; --help&quot; for the options of a command.
Without a command, Patron starts its desktop window.
</source>
        <translation>命令：
  demo             向空数据库填充逼真的演示数据。
  customers list   以 CSV 或 JSON 格式输出客户。
  orders list      以 CSV 或 JSON 格式输出订单。

运行“patron &lt;命令&gt; --help”查看某个命令的选项。
不带命令运行时，Patron 会打开桌面窗口。
</translation>
    </message>
    <message>
        <source>Patron — customer management for small and medium businesses.</source>
        <translation>Patron — 面向中小企业的客户管理工具。</translation>
    </message>
    <message>
        <source>demo, customers list or orders list</source>
        <translation>demo、customers list 或 orders list</translation>
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
        <translation>数量</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data (default 1).</source>
        <translation>随机种子：相同的种子生成相同的数据（默认 1）。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数值</translation>
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
        <translation>日期</translation>
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
        <translation>格式</translation>
    </message>
    <message>
        <source>Only customers matching this text (name, code, contact, mobile or its last four digits, email, city), as in the customer list&apos;s search box.</source>
        <translation>只列出与此文本匹配的客户（名称、编号、联系人、手机号或其后四位、邮箱、城市），规则与客户列表的搜索框相同。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>写入此文件，而不是标准输出。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
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
    <name>Patron::ConnectionSettings</name>
    <message>
        <source>The server address names no database.</source>
        <translation>服务器地址中没有指定数据库。</translation>
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
        <source>Export cancelled.</source>
        <translation>已取消导出。</translation>
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
</context>
<context>
    <name>Patron::CustomerService</name>
    <message>
        <source>Order %1 · %2</source>
        <translation>订单 %1 · %2</translation>
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
    <name>Patron::TableWriter</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
</context>
<context>
    <name>Patron::TagService</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>标签需要填写名称。</translation>
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
    <name>Patron::UserService</name>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>不存在用户“%1”。</translation>
    </message>
</context>
</TS>
