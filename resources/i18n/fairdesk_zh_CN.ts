<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../fairdesk/ui/crash_dialog.py" line="66"/>
        <source>FairDesk</source>
        <translation>FairDesk</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/crash_dialog.py" line="83"/>
        <source>FairDesk: unexpected error</source>
        <translation>FairDesk：意外错误</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/crash_dialog.py" line="84"/>
        <source>Unexpected error report</source>
        <translation>意外错误报告</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/crash_dialog.py" line="91"/>
        <source>Something went wrong inside FairDesk. Your data is safe and the station keeps running. Please copy this report and send it to the organiser&apos;s technical contact.</source>
        <translation>FairDesk 内部出现了问题。您的数据是安全的，本工作站可以继续使用。请复制这份报告，发送给主办方的技术联系人。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/crash_dialog.py" line="101"/>
        <source>Error report</source>
        <translation>错误报告</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/crash_dialog.py" line="107"/>
        <source>&amp;Copy report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/crash_dialog.py" line="109"/>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/crash_dialog.py" line="113"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/crash_dialog.py" line="141"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/crash_dialog.py" line="62"/>
        <source>That did not work: an unexpected error (see the error report). Try again.</source>
        <translation>操作未完成：发生了意外错误（详见错误报告）。请重试。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../fairdesk/ui/labels.py" line="30"/>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/labels.py" line="31"/>
        <source>a desk without a name</source>
        <translation>未命名的签到台</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fairdesk/ui/main_window.py" line="71"/>
        <source>FairDesk main window</source>
        <translation>FairDesk 主窗口</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/main_window.py" line="108"/>
        <source>&amp;Station</source>
        <translation>工作站(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/main_window.py" line="110"/>
        <source>&amp;Change role…</source>
        <translation>切换角色(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/main_window.py" line="115"/>
        <source>&amp;Refresh fair summary</source>
        <translation>刷新双选会概况(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/main_window.py" line="121"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/main_window.py" line="131"/>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/main_window.py" line="133"/>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/main_window.py" line="135"/>
        <source>Loading fair…</source>
        <translation>正在读取双选会信息…</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/main_window.py" line="137"/>
        <source>Fair summary</source>
        <translation>双选会概况</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/main_window.py" line="142"/>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/main_window.py" line="196"/>
        <source>Reading the fair</source>
        <translation>正在读取双选会信息</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/main_window.py" line="203"/>
        <source>No fair set up yet</source>
        <translation>尚未设置双选会</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/main_window.py" line="207"/>
        <source>{name} · Companies: {companies} · Attendees: {attendees} · Checked in: {checked_in}</source>
        <translation>{name} · 企业：{companies} · 参会学生：{attendees} · 已签到：{checked_in}</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/main_window.py" line="226"/>
        <source>FairDesk — {subject}</source>
        <translation>FairDesk — {subject}</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/main_window.py" line="240"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <location filename="../../fairdesk/ui/screens/placeholder.py" line="41"/>
        <source>This station&apos;s screen is coming in a later step.</source>
        <translation>本工作站的操作界面将在后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/placeholder.py" line="45"/>
        <source>&amp;Change role</source>
        <translation>切换角色(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/placeholder.py" line="47"/>
        <source>Change role</source>
        <translation>切换角色</translation>
    </message>
</context>
<context>
    <name>RolePicker</name>
    <message>
        <location filename="../../fairdesk/ui/screens/role_picker.py" line="155"/>
        <source>Choose the station role</source>
        <translation>选择工作站角色</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/role_picker.py" line="157"/>
        <source>Choose this station&apos;s role</source>
        <translation>请选择本工作站的角色</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/role_picker.py" line="167"/>
        <source>Each laptop runs as one station. Pick what this one does today; you can change it later.</source>
        <translation>每台电脑作为一个工作站运行。请选择它今天的用途，之后可以随时更改。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../fairdesk/app.py" line="47"/>
        <source>FairDesk cannot start</source>
        <translation>FairDesk 无法启动</translation>
    </message>
    <message>
        <location filename="../../fairdesk/app.py" line="48"/>
        <source>FairDesk cannot open the station database.</source>
        <translation>FairDesk 无法打开本工作站的数据库。</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../fairdesk/ui/screens/role_picker.py" line="34"/>
        <source>&amp;Registration desk</source>
        <translation>签到台(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/role_picker.py" line="35"/>
        <source>&amp;Company booth</source>
        <translation>企业展位(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/role_picker.py" line="36"/>
        <source>&amp;Organiser</source>
        <translation>主办方(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/role_picker.py" line="44"/>
        <source>Check students in by scanning badges, register walk-ins and print badges.</source>
        <translation>扫描胸牌为学生签到，登记现场报名的学生，打印胸牌。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/role_picker.py" line="47"/>
        <source>Scan visitors&apos; badges at your booth and log interviews for your company.</source>
        <translation>在展位扫描来访学生的胸牌，为本企业记录面试情况。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/role_picker.py" line="50"/>
        <source>Set up the fair, companies and booths, import rosters, merge stations and export.</source>
        <translation>设置双选会、企业和展位，导入学生名单，合并各工作站数据并导出。</translation>
    </message>
</context>
<context>
    <name>BoothStation</name>
    <message>
        <source>A held scan is saved now.</source>
        <translation>一条暂存的扫描现已保存。</translation>
    </message>
    <message>
        <source>NOT saved — storage problem: {reason}</source>
        <translation>未保存——存储故障：{reason}</translation>
    </message>
    <message>
        <source>⚠ Held — not saved yet: the station cannot save right now. The scan is kept and saved automatically.</source>
        <translation>⚠ 已暂存，尚未保存：工作站暂时无法写入数据。此次扫描已保留，恢复后将自动保存。</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>Held scan saved, but refused: {who} — {reason}</source>
        <translation>暂存的扫描已保存，但未通过：{who}——{reason}</translation>
    </message>
    <message>
        <source>Held scan saved: {who}</source>
        <translation>暂存的扫描已保存：{who}</translation>
    </message>
    <message>
        <source>The station cannot save right now: {reason} This scan is kept and will be saved automatically; it is not a refusal.</source>
        <translation>工作站暂时无法保存：{reason}此次扫描已保留，恢复后将自动保存；这不是拒绝签到。</translation>
    </message>
    <message>
        <source>earlier scans are still held.</source>
        <translation>之前的扫描仍在暂存中。</translation>
    </message>
    <message>
        <source>⚠ Held — not saved yet</source>
        <translation>⚠ 已暂存，尚未保存</translation>
    </message>
    <message>
        <source>⚠ Storage problem</source>
        <translation>⚠ 存储故障</translation>
    </message>
    <message>
        <source>{reason} Scans are held, not saved. Press "What to do…" above: save everything this station holds into a new file.</source>
        <translation>{reason}扫描将被暂存，不会保存。请点击上方的“怎么办…”，将本工作站持有的全部数据保存到新文件。</translation>
    </message>
</context>
<context>
    <name>StorageBanner</name>
    <message>
        <source>What to do…</source>
        <translation>怎么办…</translation>
    </message>
    <message>
        <source>{n} scans are held, NOT saved yet; they are retried automatically.</source>
        <translation>{n} 条扫描已暂存，尚未保存；系统会自动重试。</translation>
    </message>
    <message>
        <source>⚠ Storage problem — nothing is being saved. {reason}</source>
        <translation>⚠ 存储故障——目前没有任何内容被保存。{reason}</translation>
    </message>
</context>
<context>
    <name>StorageDialog</name>
    <message>
        <source>Backups (newest first):</source>
        <translation>备份（最新的在前）：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Everything this station holds was written to {path}, with its held scans. Close FairDesk and start it again on that file (--db); the held scans are saved then.</source>
        <translation>本工作站持有的全部数据（含暂存的扫描）已写入 {path}。请关闭 FairDesk，并用该文件（--db）重新启动；届时暂存的扫描会被保存。</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>恢复所选备份</translation>
    </message>
    <message>
        <source>Save everything to a new file</source>
        <translation>将全部数据保存到新文件</translation>
    </message>
    <message>
        <source>Save everything to a new file…</source>
        <translation>将全部数据保存到新文件…</translation>
    </message>
    <message>
        <source>Storage problem</source>
        <translation>存储故障</translation>
    </message>
    <message>
        <source>The backup is back in place; the old file was kept aside. The backup lacks: {lacks}. Close FairDesk and start it again now.</source>
        <translation>备份已恢复，原文件已另行保留。该备份缺少：{lacks}。请立即关闭并重新启动 FairDesk。</translation>
    </message>
    <message>
        <source>This station cannot save to its database right now. Scans are held (on screen and in a file beside the database where possible) and are NOT saved yet.

{reason}

Check the disk and the USB stick, then try again. If the file was deleted or damaged, write everything this station holds into a new file, or restore a backup.</source>
        <translation>本工作站暂时无法写入数据库。扫描已暂存（显示在屏幕上，并尽可能保存在数据库旁的文件中），尚未保存。

{reason}

请检查磁盘和 U 盘后重试。如果文件已被删除或损坏，请将本工作站的全部数据写入新文件，或恢复一个备份。</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>nothing known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>{time} · {a} attendees · {c} check-ins · {i} interviews</source>
        <translation>{time} · {a} 名学生 · {c} 次签到 · {i} 条面试</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/widgets/storage_banner.py" line="202"/>
        <source>rescued.sqlite3</source>
        <translation>抢救副本.sqlite3</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/widgets/storage_banner.py" line="203"/>
        <source>SQLite database (*.sqlite3)</source>
        <translation>SQLite 数据库 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/widgets/storage_banner.py" line="178"/>
        <source>No backups yet: the station makes one soon after it starts, then every 5 minutes.</source>
        <translation>尚无备份：工作站启动后不久会做第一份，之后每 5 分钟一份。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/widgets/storage_banner.py" line="222"/>
        <source>The backup could not be put back: {reason}</source>
        <translation>无法恢复该备份：{reason}</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>The database file was deleted or moved while the station was running.</source>
        <translation>工作站运行期间，数据库文件被删除或移走了。</translation>
    </message>
    <message>
        <source>The database file was replaced by another file while the station was running.</source>
        <translation>工作站运行期间，数据库文件被另一个文件替换了。</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>数据库文件已损坏。</translation>
    </message>
    <message>
        <source>The database is busy: another program or window is writing to it.</source>
        <translation>数据库正忙：另一个程序或窗口正在写入。</translation>
    </message>
    <message>
        <source>The database file is read-only.</source>
        <translation>数据库文件是只读的。</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <source>The disk could not be written (I/O error).</source>
        <translation>磁盘无法写入（I/O 错误）。</translation>
    </message>
</context>
</TS>
