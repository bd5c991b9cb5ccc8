<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BadgeLayouts</name>
    <message>
        <location filename="../../fairdesk/ui/badge_printing.py" line="34"/>
        <source>90 × 54 mm, 10 per A4 sheet</source>
        <extracomment>Layout names as the UI shows them (core keeps its own English labels for the CLI).</extracomment>
        <translation>90 × 54 毫米，A4 纸每张 10 个</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/badge_printing.py" line="35"/>
        <source>4 × 3 in, 6 per A4 sheet</source>
        <translation>4 × 3 英寸，A4 纸每张 6 个</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/badge_printing.py" line="36"/>
        <source>A6 card (105 × 148 mm)</source>
        <translation>A6 卡片（105 × 148 毫米）</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/badge_printing.py" line="37"/>
        <source>62 mm label roll, 100 mm long (Brother QL)</source>
        <translation>62 毫米标签卷，长 100 毫米（兄弟 QL 系列）</translation>
    </message>
</context>
<context>
    <name>BadgeOptions</name>
    <message>
        <location filename="../../fairdesk/ui/screens/badge_options.py" line="24"/>
        <source>Fair title</source>
        <translation>双选会名称</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badge_options.py" line="25"/>
        <location filename="../../fairdesk/ui/screens/badge_options.py" line="53"/>
        <source>University</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badge_options.py" line="26"/>
        <source>Degree · major</source>
        <translation>学历·专业</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badge_options.py" line="27"/>
        <source>Graduation year</source>
        <translation>毕业届别</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badge_options.py" line="28"/>
        <source>Serial under the QR</source>
        <translation>二维码下方的编号</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badge_options.py" line="48"/>
        <source>Badge layout</source>
        <translation>胸牌版式</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badge_options.py" line="54"/>
        <source>All universities</source>
        <translation>全部学校</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badge_options.py" line="55"/>
        <source>Only badges not yet printed</source>
        <translation>只选尚未打印的胸牌</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badge_options.py" line="56"/>
        <source>Only not yet printed</source>
        <translation>只选未打印</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badge_options.py" line="64"/>
        <source>Degree and year in</source>
        <translation>学历和届别的语言</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badge_options.py" line="67"/>
        <source>Accent colour…</source>
        <translation>主题色…</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badge_options.py" line="68"/>
        <source>Accent colour</source>
        <translation>主题色</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badge_options.py" line="69"/>
        <source>Logo…</source>
        <translation>标志…</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badge_options.py" line="70"/>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badge_options.py" line="71"/>
        <location filename="../../fairdesk/ui/screens/badge_options.py" line="72"/>
        <source>No logo</source>
        <translation>不用标志</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badge_options.py" line="76"/>
        <source>Layout:</source>
        <translation>版式：</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badge_options.py" line="77"/>
        <source>University:</source>
        <translation>学校：</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badge_options.py" line="82"/>
        <source>On the badge:</source>
        <translation>胸牌内容：</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badge_options.py" line="83"/>
        <source>Degree and year in:</source>
        <translation>学历和届别：</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badge_options.py" line="87"/>
        <source>Look:</source>
        <translation>外观：</translation>
    </message>
</context>
<context>
    <name>BadgePrinting</name>
    <message>
        <location filename="../../fairdesk/ui/badge_printing.py" line="76"/>
        <source>Characters missing from the font</source>
        <translation>字体缺字</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/badge_printing.py" line="78"/>
        <source>{count} badge(s) have characters that no font on this computer can draw. They print as 〓 so the character can be written in by hand.</source>
        <translation>有 {count} 个胸牌含有本机所有字体都无法显示的字。这些字将印成“〓”，请打印后手写补上。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/badge_printing.py" line="88"/>
        <source>Print anyway</source>
        <translation>仍然打印</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/badge_printing.py" line="125"/>
        <source>Print badges</source>
        <translation>打印胸牌</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/badge_printing.py" line="131"/>
        <source>Badge layout</source>
        <translation>胸牌版式</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/badge_printing.py" line="145"/>
        <source>Layout:</source>
        <translation>版式：</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/badge_printing.py" line="73"/>
        <source>{name} ({university}): no font on this computer has {chars}; the badge prints it as 〓 — write it in by hand</source>
        <translation>{name}（{university}）：本机没有字体能显示 {chars}；胸卡上印为 〓，请手写补上</translation>
    </message>
</context>
<context>
    <name>BadgesScreen</name>
    <message>
        <location filename="../../fairdesk/ui/screens/badges.py" line="62"/>
        <source>Badges</source>
        <translation>胸牌</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badges.py" line="88"/>
        <source>Badges selected</source>
        <translation>已选胸牌</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badges.py" line="90"/>
        <source>Names that cannot be drawn</source>
        <translation>无法显示的姓名</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badges.py" line="92"/>
        <source>Characters no font can draw (printed as 〓):</source>
        <translation>字体缺字（印成“〓”）：</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badges.py" line="94"/>
        <source>Save &amp;PDF…</source>
        <translation>保存 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badges.py" line="95"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badges.py" line="96"/>
        <source>Save P&amp;NG e-badges…</source>
        <translation>保存电子胸牌 PNG(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badges.py" line="97"/>
        <source>Save PNG e-badges</source>
        <translation>保存电子胸牌 PNG</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badges.py" line="98"/>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badges.py" line="99"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badges.py" line="101"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badges.py" line="104"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badges.py" line="121"/>
        <source>Badge preview</source>
        <translation>胸牌预览</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badges.py" line="124"/>
        <source>Next attendee ›</source>
        <translation>下一位 ›</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badges.py" line="125"/>
        <source>Preview the next attendee</source>
        <translation>预览下一位学生的胸牌</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badges.py" line="158"/>
        <source>Selecting badges</source>
        <translation>正在筛选胸牌</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badges.py" line="179"/>
        <source>{n} badges on {p} pages</source>
        <translation>共 {n} 个胸牌，{p} 页</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badges.py" line="219"/>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badges.py" line="219"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badges.py" line="232"/>
        <source>No badges match.</source>
        <translation>没有符合条件的胸牌。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badges.py" line="263"/>
        <source>Save badges</source>
        <translation>保存胸牌</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badges.py" line="264"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badges.py" line="282"/>
        <source>Writing badge PDF</source>
        <translation>正在生成胸牌 PDF</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badges.py" line="286"/>
        <source>Folder for e-badges</source>
        <translation>电子胸牌保存位置</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badges.py" line="302"/>
        <source>Writing e-badges</source>
        <translation>正在生成电子胸牌</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badges.py" line="313"/>
        <source>Printed {n} badges.</source>
        <translation>已打印 {n} 个胸牌。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/badges.py" line="264"/>
        <source>badges_{fair}.pdf</source>
        <translation>胸卡_{fair}.pdf</translation>
    </message>
</context>
<context>
    <name>OrganiserScreen</name>
    <message>
        <location filename="../../fairdesk/ui/screens/organiser.py" line="40"/>
        <location filename="../../fairdesk/ui/screens/organiser.py" line="41"/>
        <source>Organiser</source>
        <translation>主办方</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/organiser.py" line="50"/>
        <source>Organiser tools</source>
        <translation>主办方工具</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/organiser.py" line="60"/>
        <source>&amp;Change role</source>
        <translation>切换角色(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/organiser.py" line="62"/>
        <source>Change role</source>
        <translation>切换角色</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/screens/organiser.py" line="82"/>
        <source>Badges</source>
        <translation>胸牌</translation>
    </message>
</context>
</TS>
