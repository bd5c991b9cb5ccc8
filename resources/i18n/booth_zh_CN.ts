<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BoothHeader</name>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_bars.py" line="41"/>
        <source>Booth header</source>
        <translation>展位标题栏</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_bars.py" line="50"/>
        <source>Lock after idle minutes</source>
        <translation>空闲多少分钟后锁定</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_bars.py" line="53"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_bars.py" line="55"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_bars.py" line="57"/>
        <source>&amp;Lock (Ctrl+L)</source>
        <translation>锁定(&amp;L) Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_bars.py" line="62"/>
        <source>Lock after</source>
        <translation>空闲锁定</translation>
    </message>
</context>
<context>
    <name>BoothScan</name>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_texts.py" line="29"/>
        <source>Refused: {reason}</source>
        <translation>已拒绝：{reason}</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_texts.py" line="38"/>
        <source>Pending: badge not in this booth&apos;s roster; type the name</source>
        <translation>待核实：胸牌不在本展位名单中，请手动输入姓名</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_texts.py" line="42"/>
        <source>New: {name}</source>
        <translation>新记录：{name}</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_texts.py" line="43"/>
        <source>Visit {n}: {name} (record reopened)</source>
        <translation>第 {n} 次到访：{name}（已打开原记录）</translation>
    </message>
</context>
<context>
    <name>BoothScreen</name>
    <message>
        <location filename="../../fairdesk/ui/screens/booth.py" line="57"/>
        <source>Company booth</source>
        <translation>企业展位</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth.py" line="114"/>
        <source>The booth is locked: enter the PIN first, then scan again.</source>
        <translation>展位已锁定：请先输入 PIN 码解锁，再扫描胸牌。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth.py" line="136"/>
        <source>Checking the PIN</source>
        <translation>正在核对 PIN</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth.py" line="145"/>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN 不正确，请重试。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth.py" line="200"/>
        <source>Locked after {n} minutes without input.</source>
        <translation>已空闲 {n} 分钟，展位已锁定。</translation>
    </message>
</context>
<context>
    <name>BoothStation</name>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_station.py" line="64"/>
        <source>Booth station</source>
        <translation>展位工作站</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_station.py" line="117"/>
        <source>Notes (everyone&apos;s, oldest first)</source>
        <translation>备注（所有同事的，按时间先后）</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_station.py" line="121"/>
        <source>Save status</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_station.py" line="123"/>
        <source>1–5 rate · Tab outcome · N note · Enter adds note · Esc back to rating · F2 scan field · Ctrl+F search · Ctrl+L lock</source>
        <translation>1–5 评分 · Tab 跳到结果 · N 写备注 · 回车添加备注 · Esc 回到评分 · F2 扫码框 · Ctrl+F 搜索 · Ctrl+L 锁定</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_station.py" line="238"/>
        <source>Saved ✓ {time}</source>
        <translation>已保存 ✓ {time}</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_station.py" line="309"/>
        <source>Type your name as interviewer (remembered), then scan a badge.</source>
        <translation>请先输入您的姓名作为面试官（会记住），然后扫描胸牌。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_station.py" line="321"/>
        <source>Export interviews</source>
        <translation>导出面试记录</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_station.py" line="321"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 文件 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_station.py" line="330"/>
        <source>Exported {n} rows to {path}</source>
        <translation>已导出 {n} 行到 {path}</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_station.py" line="332"/>
        <source>Exporting interviews</source>
        <translation>正在导出面试记录</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_station.py" line="360"/>
        <source>{company}_interviews.xlsx</source>
        <translation>{company}_面试记录.xlsx</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../../fairdesk/ui/widgets/camera_view.py" line="33"/>
        <source>Webcam scanner</source>
        <translation>摄像头扫码</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/widgets/camera_view.py" line="42"/>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/widgets/camera_view.py" line="43"/>
        <location filename="../../fairdesk/ui/widgets/camera_view.py" line="138"/>
        <source>Start camera</source>
        <translation>打开摄像头</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/widgets/camera_view.py" line="45"/>
        <source>Start or stop the camera</source>
        <translation>打开或关闭摄像头</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/widgets/camera_view.py" line="53"/>
        <source>Camera preview</source>
        <translation>摄像头预览</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/widgets/camera_view.py" line="85"/>
        <source>No camera found: use a handheld scanner or type codes.</source>
        <translation>未找到摄像头：请使用扫码枪或手动输入胸牌码。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/widgets/camera_view.py" line="118"/>
        <source>The camera could not be started.</source>
        <translation>摄像头无法打开。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/widgets/camera_view.py" line="123"/>
        <source>Stop camera</source>
        <translation>关闭摄像头</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/widgets/camera_view.py" line="124"/>
        <source>Hold a badge&apos;s QR code up to the camera.</source>
        <translation>请将胸牌二维码对准摄像头。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/widgets/camera_view.py" line="143"/>
        <source>Camera error: {text}</source>
        <translation>摄像头出错：{text}</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/widgets/camera_view.py" line="149"/>
        <source>Code read.</source>
        <translation>已识别。</translation>
    </message>
</context>
<context>
    <name>CompanyChooser</name>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_lock.py" line="48"/>
        <source>Choose your company</source>
        <translation>选择您的企业</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_lock.py" line="50"/>
        <source>Which company is this booth for?</source>
        <translation>本展位属于哪家企业？</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_lock.py" line="54"/>
        <source>Filter companies</source>
        <translation>筛选企业</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_lock.py" line="55"/>
        <source>Type part of the name or the booth number</source>
        <translation>输入企业名称的一部分或展位号</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_lock.py" line="60"/>
        <source>Companies</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_lock.py" line="62"/>
        <source>&amp;Open booth</source>
        <translation>进入展位(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_lock.py" line="64"/>
        <source>Open booth</source>
        <translation>进入展位</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_lock.py" line="85"/>
        <source>(no PIN yet)</source>
        <translation>（尚未设置 PIN）</translation>
    </message>
</context>
<context>
    <name>InterviewForm</name>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_form.py" line="125"/>
        <source>Interview</source>
        <translation>面试</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_form.py" line="131"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_form.py" line="132"/>
        <location filename="../../fairdesk/ui/screens/booth_form.py" line="200"/>
        <source>— none —</source>
        <translation>— 未选 —</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_form.py" line="138"/>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_form.py" line="142"/>
        <source>Tags (Space toggles)</source>
        <translation>标签（空格键勾选）</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_form.py" line="151"/>
        <source>New company tag</source>
        <translation>新建企业标签</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_form.py" line="152"/>
        <source>New company tag, Enter adds it</source>
        <translation>新建企业标签，回车添加</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_form.py" line="156"/>
        <source>New note</source>
        <translation>新备注</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_form.py" line="158"/>
        <source>Note (N), Enter adds it; notes are never overwritten</source>
        <translation>备注（N），回车添加；备注只追加，不会被覆盖</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_form.py" line="163"/>
        <source>Interviewer</source>
        <translation>面试官</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_form.py" line="164"/>
        <source>Your name (remembered)</source>
        <translation>您的姓名（会记住）</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_form.py" line="166"/>
        <source>No tags yet: type one below and press Enter.</source>
        <translation>还没有标签：在下方输入后按回车。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_form.py" line="173"/>
        <source>&amp;Rating (1–5)</source>
        <translation>评分(&amp;R)（1–5）</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_form.py" line="174"/>
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_form.py" line="175"/>
        <source>&amp;Position</source>
        <translation>岗位(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_form.py" line="176"/>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_form.py" line="179"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_form.py" line="180"/>
        <source>&amp;Interviewer</source>
        <translation>面试官(&amp;I)</translation>
    </message>
</context>
<context>
    <name>InterviewListPanel</name>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_list.py" line="47"/>
        <source>Interviews at this booth</source>
        <translation>本展位的面试记录</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_list.py" line="51"/>
        <source>Search by name</source>
        <translation>按姓名搜索</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_list.py" line="52"/>
        <source>Search name or pinyin (Ctrl+F)</source>
        <translation>搜索姓名或拼音（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_list.py" line="54"/>
        <source>Rating filter</source>
        <translation>评分筛选</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_list.py" line="55"/>
        <source>Any rating</source>
        <translation>全部评分</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_list.py" line="57"/>
        <source>{n}★ and up</source>
        <translation>{n}★ 及以上</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_list.py" line="58"/>
        <source>Outcome filter</source>
        <translation>结果筛选</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_list.py" line="59"/>
        <source>Any outcome</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_list.py" line="62"/>
        <source>Tag filter</source>
        <translation>标签筛选</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_list.py" line="63"/>
        <source>Position filter</source>
        <translation>岗位筛选</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_list.py" line="67"/>
        <source>Interview counts</source>
        <translation>面试统计</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_list.py" line="71"/>
        <source>Interviews</source>
        <translation>面试记录</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_list.py" line="104"/>
        <source>Any tag</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_list.py" line="107"/>
        <source>Any position</source>
        <translation>全部岗位</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_list.py" line="144"/>
        <source>Showing {shown} of {total} students</source>
        <translation>显示 {shown} / 共 {total} 名学生</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_list.py" line="148"/>
        <source>{n} pending</source>
        <translation>{n} 名待核实</translation>
    </message>
</context>
<context>
    <name>InterviewTableModel</name>
    <message>
        <location filename="../../fairdesk/ui/models/interviews.py" line="43"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/models/interviews.py" line="44"/>
        <source>University</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/models/interviews.py" line="45"/>
        <source>Major</source>
        <translation>专业</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/models/interviews.py" line="46"/>
        <source>Degree</source>
        <translation>学历</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/models/interviews.py" line="47"/>
        <source>Year</source>
        <translation>届别</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/models/interviews.py" line="48"/>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/models/interviews.py" line="49"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/models/interviews.py" line="50"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/models/interviews.py" line="51"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/models/interviews.py" line="52"/>
        <source>Visits</source>
        <translation>到访次数</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/models/interviews.py" line="53"/>
        <source>Last visit</source>
        <translation>最近到访</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/models/interviews.py" line="54"/>
        <source>Interviewer</source>
        <translation>面试官</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/models/interviews.py" line="59"/>
        <source>(name not yet known)</source>
        <translation>（姓名待补）</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/models/interviews.py" line="60"/>
        <source>{name} · pending</source>
        <translation>{name} · 待核实</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_card.py" line="143"/>
        <source>Notes, oldest first</source>
        <translation>备注，按时间先后</translation>
    </message>
</context>
<context>
    <name>PinLock</name>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_lock.py" line="109"/>
        <source>Booth locked</source>
        <translation>展位已锁定</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_lock.py" line="112"/>
        <source>Enter the booth PIN and press Enter.</source>
        <translation>请输入展位 PIN 并按回车。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_lock.py" line="116"/>
        <source>Booth PIN</source>
        <translation>展位 PIN</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_lock.py" line="124"/>
        <source>PIN message</source>
        <translation>PIN 提示</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_lock.py" line="127"/>
        <source>Change &amp;company</source>
        <translation>更换企业(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_lock.py" line="129"/>
        <source>Change company</source>
        <translation>更换企业</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_lock.py" line="153"/>
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
</context>
<context>
    <name>RatingBar</name>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_form.py" line="55"/>
        <source>Rating, 1 to 5</source>
        <translation>评分，1 到 5</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_form.py" line="67"/>
        <source>Rate {n}</source>
        <translation>评 {n} 分</translation>
    </message>
</context>
<context>
    <name>ScanBar</name>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_bars.py" line="77"/>
        <source>Scan bar</source>
        <translation>扫码栏</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_bars.py" line="80"/>
        <source>Badge code</source>
        <translation>胸牌码</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_bars.py" line="82"/>
        <source>Scan a badge, or type its code and press Enter (F2)</source>
        <translation>扫描胸牌，或输入胸牌码后按回车（F2）</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_bars.py" line="85"/>
        <source>&amp;Webcam</source>
        <translation>摄像头(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_bars.py" line="90"/>
        <source>Scan result</source>
        <translation>扫码结果</translation>
    </message>
</context>
<context>
    <name>StudentCardView</name>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_card.py" line="49"/>
        <source>Student card</source>
        <translation>学生信息卡</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_card.py" line="51"/>
        <location filename="../../fairdesk/ui/screens/booth_card.py" line="89"/>
        <source>Scan a badge to start</source>
        <translation>扫描胸牌开始</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_card.py" line="53"/>
        <source>Student name</source>
        <translation>学生姓名</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_card.py" line="60"/>
        <source>University, school and major</source>
        <translation>学校、学院和专业</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_card.py" line="64"/>
        <source>Visits</source>
        <translation>到访次数</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_card.py" line="70"/>
        <source>Name of the pending student</source>
        <translation>待核实学生的姓名</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_card.py" line="71"/>
        <source>Type the student&apos;s name</source>
        <translation>输入学生姓名</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_card.py" line="91"/>
        <source>Scanner, webcam or type the code in the scan field (F2).</source>
        <translation>可用扫码枪、摄像头，或在扫码框（F2）输入胸牌码。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_card.py" line="103"/>
        <source>Not in the booth roster</source>
        <translation>不在展位名单中</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_card.py" line="105"/>
        <source>Walk-in registered after this booth&apos;s roster was made.</source>
        <translation>现场报名的学生，展位名单生成后才登记。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_card.py" line="108"/>
        <source>Visit {n} · first {first} · last {last}</source>
        <translation>第 {n} 次到访 · 首次 {first} · 最近 {last}</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/booth_card.py" line="122"/>
        <source>Pending badge {serial}: settled when the organiser merges.</source>
        <translation>待核实胸牌 {serial}：主办方合并数据后自动关联。</translation>
    </message>
</context>
<context>
    <name>multimedia</name>
    <message>
        <source>Webcam off: the system library {library} is missing. Install it with: sudo apt-get install {package} — use a handheld scanner or type codes meanwhile.</source>
        <translation>摄像头不可用：缺少系统库 {library}。安装方法：sudo apt-get install {package}。在此之前请使用扫码枪或手动输入条码。</translation>
    </message>
    <message>
        <source>Webcam off: the system library {library} is missing. Use a handheld scanner or type codes.</source>
        <translation>摄像头不可用：缺少系统库 {library}。请使用扫码枪或手动输入条码。</translation>
    </message>
    <message>
        <source>Webcam off: Qt Multimedia cannot be loaded ({detail}).</source>
        <translation>摄像头不可用：无法加载 Qt Multimedia（{detail}）。</translation>
    </message>
</context>
</TS>
