<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CounterStrip</name>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_counters.py" line="49"/>
        <source>Check-in counters</source>
        <translation>签到计数</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_counters.py" line="54"/>
        <source>Desk: {name}</source>
        <translation>签到台：{name}</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_counters.py" line="56"/>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_counters.py" line="57"/>
        <source>At this desk</source>
        <translation>本台签到</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_counters.py" line="58"/>
        <source>Last 10 min</source>
        <translation>近 10 分钟</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_counters.py" line="61"/>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_counters.py" line="121"/>
        <source>{n} of {total} registered</source>
        <translation>报名 {total} 人中已签到 {n} 人</translation>
    </message>
</context>
<context>
    <name>DeskBadges</name>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_badges.py" line="60"/>
        <source>Scan or choose a person first.</source>
        <translation>请先扫码或选择一位学生。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_badges.py" line="69"/>
        <source>New badge issued but not printed — the old badge no longer works. Press Ctrl+P to print the new one.</source>
        <translation>新胸卡已补办但尚未打印——旧胸卡已失效。请按 Ctrl+P 打印新胸卡。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_badges.py" line="81"/>
        <source>Lost badge</source>
        <translation>补办胸卡</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_badges.py" line="82"/>
        <source>Print a new badge for {name}? The old badge stops working everywhere.</source>
        <translation>为 {name} 补办并打印新胸卡？旧胸卡将在所有站点失效。</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>Employers (F4)</source>
        <translation>企业签到 (F4)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk.py" line="70"/>
        <source>Registration desk</source>
        <translation>签到台</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk.py" line="78"/>
        <source>Desk status</source>
        <translation>签到台状态</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk.py" line="83"/>
        <source>Badge code or student number</source>
        <translation>胸卡码或学号</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk.py" line="84"/>
        <source>Scan badge · or type student no + Enter</source>
        <translation>扫描胸卡 · 或输入学号后按回车</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk.py" line="94"/>
        <source>Walk-in (F2)</source>
        <translation>现场报名 (F2)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk.py" line="96"/>
        <source>Print badge (Ctrl+P)</source>
        <translation>打印胸卡 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk.py" line="97"/>
        <source>Lost badge… (Ctrl+Shift+P)</source>
        <translation>补办胸卡… (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk.py" line="99"/>
        <location filename="../../fairdesk/ui/screens/desk.py" line="262"/>
        <source>Sound on (Ctrl+M)</source>
        <translation>声音：开 (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk.py" line="191"/>
        <source>{n} more scans waiting…</source>
        <translation>还有 {n} 个扫码待处理…</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk.py" line="225"/>
        <source>✖ Not accepted</source>
        <translation>✖ 不予签到</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk.py" line="227"/>
        <source>✖ Error</source>
        <translation>✖ 出错</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk.py" line="227"/>
        <source>Please scan again.</source>
        <translation>请重新扫码。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk.py" line="249"/>
        <source>Check-in undone</source>
        <translation>已撤销签到</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk.py" line="250"/>
        <source>This check-in was cancelled.</source>
        <translation>这次签到已撤销。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk.py" line="262"/>
        <source>Muted (Ctrl+M)</source>
        <translation>已静音 (Ctrl+M)</translation>
    </message>
</context>
<context>
    <name>DeskVerdict</name>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_verdict.py" line="47"/>
        <source>Not a FairDesk badge code.</source>
        <translation>这不是本系统的胸卡码。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_verdict.py" line="50"/>
        <source>This badge belongs to another fair.</source>
        <translation>这是其他双选会的胸卡。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_verdict.py" line="53"/>
        <source>Not a genuine badge: the code does not match (forged or misprinted).</source>
        <translation>胸卡无效：校验不通过（伪造或印刷错误）。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_verdict.py" line="56"/>
        <source>Old badge: a new badge was issued to this person. Keep this old one at the desk; only the new badge works.</source>
        <translation>旧胸卡：已为此人补办新胸卡。请将这张旧卡留在签到台，只有新胸卡有效。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_verdict.py" line="61"/>
        <source>Unknown badge: it is not in this desk&apos;s roster.</source>
        <translation>未知胸卡：本签到台的名单中没有这张卡。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_verdict.py" line="66"/>
        <location filename="../../fairdesk/ui/screens/desk_verdict.py" line="68"/>
        <source>Not accepted</source>
        <translation>不予签到</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_verdict.py" line="75"/>
        <source>✖ Not a badge</source>
        <translation>✖ 不是胸卡</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_verdict.py" line="76"/>
        <source>✖ Other fair</source>
        <translation>✖ 其他双选会</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_verdict.py" line="77"/>
        <source>✖ Invalid badge</source>
        <translation>✖ 无效胸卡</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_verdict.py" line="78"/>
        <source>✖ Old badge</source>
        <translation>✖ 旧胸卡已作废</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_verdict.py" line="79"/>
        <source>✖ Unknown badge</source>
        <translation>✖ 未知胸卡</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_verdict.py" line="82"/>
        <location filename="../../fairdesk/ui/screens/desk_verdict.py" line="84"/>
        <source>✖ Not accepted</source>
        <translation>✖ 不予签到</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_verdict.py" line="203"/>
        <source>class of {year}</source>
        <translation>{year} 届</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_search.py" line="52"/>
        <source>Search attendees</source>
        <translation>搜索学生</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_search.py" line="53"/>
        <source>Search (Ctrl+F): name, pinyin, initials, no.</source>
        <translation>搜索 (Ctrl+F)：姓名、拼音、首字母、学号</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_search.py" line="55"/>
        <source>Name in characters, full pinyin, initials, student number or phone&apos;s last 4</source>
        <translation>汉字姓名、全拼、拼音首字母、学号或手机尾号后四位</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_search.py" line="65"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_search.py" line="85"/>
        <source>↓ choose · Enter check in · Ctrl+P print badge · Esc back</source>
        <translation>↓ 选择 · 回车 签到 · Ctrl+P 打印胸卡 · Esc 返回扫码</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../fairdesk/ui/models/search_results.py" line="60"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/models/search_results.py" line="61"/>
        <source>University</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/models/search_results.py" line="62"/>
        <source>Student no</source>
        <translation>学号</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/models/search_results.py" line="63"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/models/search_results.py" line="64"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/models/search_results.py" line="79"/>
        <source>✔ in</source>
        <translation>✔ 已签到</translation>
    </message>
</context>
<context>
    <name>UndoControl</name>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_undo.py" line="48"/>
        <source>Confirm undo (Ctrl+Z)</source>
        <translation>确认撤销 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_undo.py" line="48"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_undo.py" line="72"/>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的签到。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_undo.py" line="79"/>
        <source>Undo the check-in of {name}? Press Ctrl+Z again to confirm, Esc to keep it.</source>
        <translation>撤销 {name} 的签到？再按 Ctrl+Z 确认，按 Esc 保留。</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_verdict.py" line="98"/>
        <source>Scan result</source>
        <translation>扫码结果</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_verdict.py" line="115"/>
        <source>Ready — scan a badge</source>
        <translation>请扫描胸卡</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_verdict.py" line="116"/>
        <source>Or type a student number, or search by name (Ctrl+F).</source>
        <translation>也可输入学号，或按姓名搜索 (Ctrl+F)。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_verdict.py" line="154"/>
        <source>✔ Checked in</source>
        <translation>✔ 签到成功</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_verdict.py" line="156"/>
        <source>Already checked in at {time}, {desk}. Let them in again.</source>
        <translation>已于 {time} 在{desk}签到，可再次入场。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_verdict.py" line="159"/>
        <source>↻ Already checked in</source>
        <translation>↻ 已签到</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_verdict.py" line="174"/>
        <source>✖ Not found</source>
        <translation>✖ 查无此人</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_verdict.py" line="175"/>
        <source>No badge and no student with the number {text}.</source>
        <translation>没有号码为 {text} 的胸卡或学生。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_verdict.py" line="182"/>
        <source>Check in? Press Enter</source>
        <translation>确认签到？请按回车</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_verdict.py" line="190"/>
        <source>Several students — choose one</source>
        <translation>找到多位学生，请选择</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/desk_verdict.py" line="191"/>
        <source>{n} students have this number. Choose with ↓ and press Enter.</source>
        <translation>有 {n} 位学生使用此学号。用 ↓ 选择后按回车。</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../fairdesk/ui/dialogs/walk_in.py" line="51"/>
        <location filename="../../fairdesk/ui/dialogs/walk_in.py" line="52"/>
        <source>Walk-in registration</source>
        <translation>现场报名</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/dialogs/walk_in.py" line="57"/>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/dialogs/walk_in.py" line="58"/>
        <source>University *</source>
        <translation>学校 *</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/dialogs/walk_in.py" line="59"/>
        <source>Student no</source>
        <translation>学号</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/dialogs/walk_in.py" line="60"/>
        <source>School</source>
        <translation>学院</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/dialogs/walk_in.py" line="61"/>
        <source>Major</source>
        <translation>专业</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/dialogs/walk_in.py" line="66"/>
        <location filename="../../fairdesk/ui/dialogs/walk_in.py" line="68"/>
        <source>Degree</source>
        <translation>学历</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/dialogs/walk_in.py" line="70"/>
        <source>Graduation year</source>
        <translation>毕业年份</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/dialogs/walk_in.py" line="71"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/dialogs/walk_in.py" line="72"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/dialogs/walk_in.py" line="75"/>
        <source>Share my contact details with companies I visit</source>
        <translation>同意向我访问过的企业提供联系方式</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/dialogs/walk_in.py" line="87"/>
        <source>Students already in the roster</source>
        <translation>名单中已有的学生</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/dialogs/walk_in.py" line="89"/>
        <source>Check in this student</source>
        <translation>为此学生签到</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/dialogs/walk_in.py" line="93"/>
        <source>Register, check in and print (Ctrl+Enter)</source>
        <translation>报名、签到并打印 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/dialogs/walk_in.py" line="96"/>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/dialogs/walk_in.py" line="178"/>
        <source>Already in the roster — check in the existing record instead of a new one.</source>
        <translation>名单中已有此人——请为已有记录签到，不要重复报名。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/dialogs/walk_in.py" line="163"/>
        <source>{field}: {reason}</source>
        <translation>{field}：{reason}</translation>
    </message>
</context>
<context>
    <name>EmployersDialog</name>
    <message>
        <source>Employer check-in</source>
        <translation>企业签到</translation>
    </message>
</context>
</TS>
