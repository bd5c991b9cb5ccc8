<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DatesPage</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="82" />
            <source>When is it?</source>
            <translation>什么时候举办？</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="83" />
            <source>The first and the last day (the same day for a one-day fair).</source>
            <translation>第一天和最后一天（只办一天的，两者相同）。</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="85" />
            <source>First day</source>
            <translation>第一天</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="86" />
            <source>Last day</source>
            <translation>最后一天</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="90" />
            <source>Fi&amp;rst day:</source>
            <translation>第一天(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="91" />
            <source>&amp;Last day:</source>
            <translation>最后一天(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="107" />
            <source>The last day is before the first.</source>
            <translation>最后一天早于第一天。</translation>
        </message>
    </context>
    <context>
        <name>ExportsScreen</name>
    <message>
        <source>Companies not checked in yet (with contact phone)</source>
        <translation>未到场企业（含联系电话）</translation>
    </message>
    <message>
        <source>no-shows_{date}</source>
        <translation>未到企业_{date}</translation>
    </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/exports.py" line="62" />
            <location filename="../../fairdesk/ui/organiser/exports.py" line="90" />
            <source>Exports</source>
            <extracomment>asks where to save, given the offered path; None when the person cancelled</extracomment>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/exports.py" line="79" />
            <source>Students (attendees, with badge and arrival)</source>
            <translation>学生名单（含胸卡码和签到时间）</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/exports.py" line="80" />
            <source>students_{university}_{date}</source>
            <translation>学生名单_{university}_{date}</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/exports.py" line="81" />
            <source>Check-ins (every arrival and re-entry)</source>
            <translation>签到记录（每次入场和再次入场）</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/exports.py" line="82" />
            <source>checkins_{university}_{date}</source>
            <translation>签到记录_{university}_{date}</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/exports.py" line="83" />
            <source>Interviews</source>
            <translation>面试记录</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/exports.py" line="84" />
            <source>interviews_{company}_{date}</source>
            <translation>面试记录_{company}_{date}</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/exports.py" line="85" />
            <source>Companies and positions (re-importable)</source>
            <translation>企业和岗位（可再导入）</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/exports.py" line="86" />
            <source>companies_{date}</source>
            <translation>企业名单_{date}</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/exports.py" line="94" />
            <source>What to export</source>
            <translation>导出内容</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/exports.py" line="100" />
            <source>University</source>
            <translation>学校</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/exports.py" line="101" />
            <location filename="../../fairdesk/ui/organiser/exports.py" line="174" />
            <source>All universities</source>
            <translation>全部学校</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/exports.py" line="102" />
            <source>Excel workbook (.&amp;xlsx)</source>
            <translation>Excel 工作簿(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/exports.py" line="103" />
            <source>Excel workbook</source>
            <translation>Excel 工作簿</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/exports.py" line="104" />
            <source>&amp;CSV (UTF-8, opens in Excel and WPS)</source>
            <translation>CSV 文件（逗号分隔，各种表格软件都能打开）(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/exports.py" line="105" />
            <source>CSV</source>
            <translation>CSV</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/exports.py" line="114" />
            <source>Machine headers for scripts (name, student_no …)</source>
            <translation>表头用英文机器字段名（供脚本使用）</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/exports.py" line="115" />
            <source>Machine headers</source>
            <translation>英文列名</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/exports.py" line="116" />
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/exports.py" line="117" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/exports.py" line="120" />
            <location filename="../../fairdesk/ui/organiser/exports.py" line="226" />
            <source>Exporting</source>
            <translation>正在导出</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/exports.py" line="124" />
            <source>Export status</source>
            <translation>导出状态</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/exports.py" line="126" />
            <source>Open &amp;folder</source>
            <translation>打开文件夹(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/exports.py" line="127" />
            <source>Open folder</source>
            <translation>打开文件夹</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/exports.py" line="132" />
            <source>&amp;What:</source>
            <translation>导出内容(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/exports.py" line="133" />
            <source>&amp;University:</source>
            <translation>学校(&amp;U)：</translation>
        </message>
        <message>
            <source>C&amp;ompany:</source>
            <translation>单位(&amp;O)：</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>All companies (with 学号)</source>
            <translation>全部单位（含学号）</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/exports.py" line="134" />
            <source>Format:</source>
            <translation>格式：</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/exports.py" line="195" />
            <source>Export to</source>
            <translation>导出到</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/exports.py" line="202" />
            <source>CSV (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/exports.py" line="204" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/exports.py" line="220" />
            <source>Exporting to {path}…</source>
            <translation>正在导出到 {path}…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../fairdesk/ui/organiser/exports.py" line="238" />
            <source>Exported %n row(s) to {path}</source>
            <translation>
                <numerusform>已导出 %n 行到 {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n row(s) into {files} files in {path}</source>
            <translation>
                <numerusform>已导出 %n 行，共 {files} 个文件，保存在 {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>One file per company, into a folder</source>
            <translation>每个单位一个文件，存入一个文件夹</translation>
        </message>
        <message>
            <source>One file per company</source>
            <translation>每个单位一个文件</translation>
        </message>
        <message>
            <source>Export into</source>
            <translation>导出到文件夹</translation>
        </message>
        <message>
            <source>Exporting into {path}…</source>
            <translation>正在导出到 {path}…</translation>
        </message>
    </context>
    <context>
        <name>HallsPage</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="116" />
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="129" />
            <source>Halls</source>
            <translation>展馆</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="118" />
            <source>The halls booths stand in, e.g. A馆, B馆. The floor plan draws each one.</source>
            <translation>展位所在的展馆，例如 A馆、B馆。展位图会为每个展馆画一张图。</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="121" />
            <source>Hall name</source>
            <translation>展馆名称</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="124" />
            <source>&amp;Add</source>
            <translation>添加(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="125" />
            <source>Add hall</source>
            <translation>添加展馆</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="130" />
            <source>&amp;Remove</source>
            <translation>删除(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="131" />
            <source>Remove hall</source>
            <translation>删除展馆</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="154" />
            <source>A hall name cannot contain a comma.</source>
            <translation>展馆名称不能含逗号。</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="157" />
            <source>{name} is in the list already.</source>
            <translation>{name} 已在列表中。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../fairdesk/ui/main_window.py" line="215" />
            <source>Checking the organiser lock</source>
            <translation>正在检查主办方锁</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>主办方</translation>
        </message>
        <message>
            <source>This laptop is a company's booth station: the organiser's tools are not on it. Use the organiser's laptop, or start this one from a desk pack.</source>
            <translation>这台电脑是企业展位工作站，上面没有主办方的工具。请使用主办方的电脑，或用签到台工作站包重新启动这台电脑。</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/main_window.py" line="229" />
            <source>This fair has no organiser PIN (it was made before there were any): the organiser's station opens without one.</source>
            <translation>本场双选会没有主办方 PIN（创建时还没有这一功能）：主办方工作站无需 PIN 即可打开。</translation>
        </message>
    </context>
    <context>
        <name>NamePage</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="56" />
            <source>Name the fair</source>
            <translation>双选会名称</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="57" />
            <source>As students and companies will see it, e.g. 2026届秋季双选会.</source>
            <translation>学生和企业看到的名称，例如 2026届秋季双选会。</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="59" />
            <source>Fair name</source>
            <translation>双选会名称</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="63" />
            <source>Na&amp;me:</source>
            <translation>名称(&amp;M)：</translation>
        </message>
    </context>
    <context>
        <name>NewFairGate</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_gate.py" line="50" />
            <source>No fair yet</source>
            <translation>还没有双选会</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_gate.py" line="58" />
            <source>This laptop has no fair yet</source>
            <translation>这台电脑上还没有双选会</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_gate.py" line="63" />
            <source>Create the fair here: its name, venue, dates, halls and the organiser PIN. A desk or booth laptop starts from a station pack instead (Change role).</source>
            <translation>在这里创建双选会：名称、场地、日期、展馆和主办方 PIN。签到台或展位电脑请改用工作站数据包启动（更换角色）。</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_gate.py" line="69" />
            <source>&amp;New fair…</source>
            <translation>新建双选会(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_gate.py" line="71" />
            <source>New fair</source>
            <translation>新建双选会</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_gate.py" line="73" />
            <source>&amp;Change role</source>
            <translation>更换角色(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_gate.py" line="75" />
            <source>Change role</source>
            <translation>更换角色</translation>
        </message>
    </context>
    <context>
        <name>NewFairWizard</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair.py" line="106" />
            <location filename="../../fairdesk/ui/organiser/new_fair.py" line="107" />
            <source>New fair</source>
            <translation>新建双选会</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair.py" line="149" />
            <source>Creating the fair</source>
            <translation>正在创建双选会</translation>
        </message>
    </context>
    <context>
        <name>OrganiserPinDialog</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/lock_dialog.py" line="42" />
            <location filename="../../fairdesk/ui/organiser/lock_dialog.py" line="43" />
            <location filename="../../fairdesk/ui/organiser/lock_dialog.py" line="57" />
            <source>Organiser PIN</source>
            <translation>主办方 PIN</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/lock_dialog.py" line="49" />
            <source>This laptop is a registration desk. Enter the organiser PIN to open the organiser's station.</source>
            <translation>这台电脑是签到台。请输入主办方 PIN 以打开主办方工作站。</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/lock_dialog.py" line="65" />
            <source>PIN message</source>
            <translation>PIN 提示</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/lock_dialog.py" line="96" />
            <source>Checking…</source>
            <translation>正在核对…</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/lock_dialog.py" line="101" />
            <source>Checking the organiser PIN</source>
            <translation>正在核对主办方 PIN</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/lock_dialog.py" line="116" />
            <source>That is not the organiser PIN. Try again.</source>
            <translation>PIN 不正确，请重试。</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/lock_dialog.py" line="135" />
            <source>You can try again.</source>
            <translation>现在可以重试了。</translation>
        </message>
    </context>
    <context>
        <name>OrganiserScreen</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/screen.py" line="87" />
            <source>Exports</source>
            <translation>导出</translation>
        </message>
    </context>
    <context>
        <name>PinPage</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="181" />
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="189" />
            <source>Organiser PIN</source>
            <translation>主办方 PIN</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="184" />
            <source>4–8 digits. A desk laptop asks for it before it opens the organiser's station. Keep it among the organisers.</source>
            <translation>4–8 位数字。签到台电脑要打开主办方工作站时须输入它。请只告知主办方人员。</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="191" />
            <source>Organiser PIN again</source>
            <translation>再次输入主办方 PIN</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="195" />
            <source>&amp;PIN:</source>
            <translation>PIN(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="196" />
            <source>&amp;Again:</source>
            <translation>再输一次(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="215" />
            <source>The two PINs differ. Type the same PIN twice.</source>
            <translation>两次输入的 PIN 不一致，请输入相同的 PIN。</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair.py" line="46" />
            <source>Create the fair</source>
            <translation>创建双选会</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair.py" line="47" />
            <source>Check the details. Finish creates the fair on this laptop.</source>
            <translation>请核对以下信息。点“完成”即在这台电脑上创建双选会。</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair.py" line="49" />
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair.py" line="52" />
            <source>Creating the fair</source>
            <translation>正在创建双选会</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair.py" line="69" />
            <source>{first} to {last}</source>
            <translation>{first} 至 {last}</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair.py" line="72" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair.py" line="74" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair.py" line="75" />
            <source>Venue</source>
            <translation>场地</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair.py" line="76" />
            <source>Dates</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair.py" line="77" />
            <source>Halls</source>
            <translation>展馆</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair.py" line="78" />
            <source>Organiser PIN</source>
            <translation>主办方 PIN</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair.py" line="78" />
            <source>set ({digits} digits)</source>
            <translation>已设置（{digits} 位）</translation>
        </message>
    </context>
    <context>
        <name>VenuePage</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="69" />
            <source>Where is it?</source>
            <translation>在哪里举办？</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="70" />
            <source>The venue, e.g. 体育馆 (you can leave it empty).</source>
            <translation>场地，例如 体育馆（可以不填）。</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="72" />
            <source>Venue</source>
            <translation>场地</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/new_fair_pages.py" line="76" />
            <source>&amp;Venue:</source>
            <translation>场地(&amp;V)：</translation>
        </message>
    </context>
</TS>