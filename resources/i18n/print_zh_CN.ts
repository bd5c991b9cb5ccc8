<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArrivalsModel</name>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals_model.py" line="21" />
        <source>Not arrived</source>
        <translation>未到</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals_model.py" line="24" />
        <source>Arrived {time} ({n} people)</source>
        <translation>已到 {time}（{n} 人）</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals_model.py" line="27" />
        <source>Arrived {time}</source>
        <translation>已到 {time}</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals_model.py" line="35" />
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals_model.py" line="36" />
        <source>Booth</source>
        <translation>展位</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals_model.py" line="37" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals_model.py" line="38" />
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals_model.py" line="39" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>ArrivalsScreen</name>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals.py" line="80" />
        <source>Employer check-in</source>
        <translation>企业签到</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals.py" line="90" />
        <source>Companies arrived</source>
        <translation>已到企业</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals.py" line="96" />
        <source>Find a company</source>
        <translation>查找企业</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals.py" line="97" />
        <source>Company name, pinyin, initials, booth code — or scan the PIN slip</source>
        <translation>企业名称、拼音、首字母、展位号，或扫描 PIN 纸条上的签到码</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals.py" line="100" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals.py" line="101" />
        <source>All companies</source>
        <translation>全部企业</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals.py" line="102" />
        <source>Arrived</source>
        <translation>已到</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals.py" line="103" />
        <source>Not arrived (no-shows)</source>
        <translation>未到（缺席）</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals.py" line="110" />
        <source>Companies</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals.py" line="120" />
        <source>Representatives</source>
        <translation>到场人数</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals.py" line="122" />
        <source>not asked</source>
        <translation>未登记</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals.py" line="123" />
        <source>&amp;Check in</source>
        <translation>签到(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals.py" line="124" />
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals.py" line="125" />
        <source>&amp;Undo check-in</source>
        <translation>撤销签到(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals.py" line="126" />
        <source>Undo check-in</source>
        <translation>撤销签到</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals.py" line="127" />
        <source>&amp;Export no-shows…</source>
        <translation>导出未到企业(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals.py" line="128" />
        <location filename="../../fairdesk/ui/organiser/arrivals.py" line="271" />
        <source>Export no-shows</source>
        <translation>导出未到企业</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals.py" line="130" />
        <source>Representatives:</source>
        <translation>到场人数：</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals.py" line="137" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals.py" line="165" />
        <source>Reading companies</source>
        <translation>正在读取企业</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals.py" line="176" />
        <source>Arrived {arrived} / {total}</source>
        <translation>已到 {arrived} / {total}</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals.py" line="229" />
        <source>Checking in</source>
        <translation>正在签到</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals.py" line="235" />
        <source>{company} checked in at {time}.</source>
        <translation>{company} 已签到，时间 {time}。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals.py" line="237" />
        <source>{company} already arrived at {time}.</source>
        <translation>{company} 已于 {time} 签到。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals.py" line="257" />
        <source>Undoing the check-in</source>
        <translation>正在撤销签到</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals.py" line="261" />
        <source>{company}: check-in undone.</source>
        <translation>{company}：已撤销签到。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals.py" line="272" />
        <source>no-shows.xlsx</source>
        <translation>未到企业.xlsx</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals.py" line="273" />
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 表格 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals.py" line="282" />
        <source>Exporting no-shows</source>
        <translation>正在导出未到企业</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/arrivals.py" line="287" />
        <source>Exported {n} companies not arrived to {path}.</source>
        <translation>已将 {n} 家未到企业导出到 {path}。</translation>
    </message>
</context>
<context>
    <name>OrganiserScreen</name>
    <message>
        <location filename="../../fairdesk/ui/organiser/screen.py" line="89" />
        <source>Printouts</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/screen.py" line="90" />
        <source>Employer check-in</source>
        <translation>企业签到</translation>
    </message>
</context>
<context>
    <name>Printouts</name>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts_print.py" line="71" />
        <source>Print the floor map</source>
        <translation>打印平面图</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts_print.py" line="73" />
        <source>Print booth signs</source>
        <translation>打印展位牌</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts_print.py" line="74" />
        <source>Print booth PIN slips</source>
        <translation>打印展位 PIN 纸条</translation>
    </message>
</context>
<context>
    <name>PrintoutsControls</name>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts_controls.py" line="40" />
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts_controls.py" line="41" />
        <source>A3 landscape</source>
        <translation>A3 横向</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts_controls.py" line="42" />
        <source>A4 landscape</source>
        <translation>A4 横向</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts_controls.py" line="44" />
        <source>Hall</source>
        <translation>展馆</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts_controls.py" line="45" />
        <source>Every hall</source>
        <translation>全部展馆</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts_controls.py" line="47" />
        <source>Save floor map &amp;PDF…</source>
        <translation>保存平面图 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts_controls.py" line="47" />
        <source>Save the floor map as PDF</source>
        <translation>将平面图保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts_controls.py" line="50" />
        <source>Print floor &amp;map…</source>
        <translation>打印平面图(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts_controls.py" line="50" />
        <source>Print the floor map</source>
        <translation>打印平面图</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts_controls.py" line="52" />
        <source>Floor map</source>
        <translation>展位平面图</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts_controls.py" line="57" />
        <source>A page per hall with booth codes and companies, then the company index in pinyin order.</source>
        <translation>每个展馆一页，标出展位号和企业，并附按拼音排序的参会单位索引。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts_controls.py" line="62" />
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts_controls.py" line="63" />
        <source>Hall:</source>
        <translation>展馆：</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts_controls.py" line="67" />
        <source>Save booth &amp;signs PDF…</source>
        <translation>保存展位牌 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts_controls.py" line="67" />
        <source>Save booth signs as PDF</source>
        <translation>将展位牌保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts_controls.py" line="70" />
        <source>Print booth si&amp;gns…</source>
        <translation>打印展位牌(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts_controls.py" line="70" />
        <source>Print booth signs</source>
        <translation>打印展位牌</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts_controls.py" line="72" />
        <source>Booth signs</source>
        <translation>展位牌</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts_controls.py" line="77" />
        <source>One A4 landscape page per booth with a company: booth code, company, positions, majors.</source>
        <translation>每个已分配的展位一页 A4 横向：展位号、企业、招聘岗位、专业要求。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts_controls.py" line="85" />
        <source>Save PIN s&amp;lips PDF…</source>
        <translation>保存 PIN 纸条 PDF(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts_controls.py" line="87" />
        <source>Save booth PIN slips as PDF</source>
        <translation>将展位 PIN 纸条保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts_controls.py" line="90" />
        <source>Print PIN sli&amp;ps…</source>
        <translation>打印 PIN 纸条(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts_controls.py" line="90" />
        <source>Print booth PIN slips</source>
        <translation>打印展位 PIN 纸条</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts_controls.py" line="92" />
        <source>Booth PIN slips</source>
        <translation>展位 PIN 纸条</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts_controls.py" line="96" />
        <source>A new PIN for every company that has none, four slips to an A4 page. A company with a PIN keeps it: only a scrambled copy is stored, so it cannot be printed again.</source>
        <translation>为每家还没有 PIN 的企业生成新 PIN，每页 A4 四张纸条。已有 PIN 的企业保留原 PIN：系统只保存其加密副本，因此无法再次打印。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts_controls.py" line="106" />
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts_controls.py" line="110" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>PrintoutsScreen</name>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts.py" line="95" />
        <source>Printouts</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts.py" line="132" />
        <source>(no hall)</source>
        <translation>（未指定展馆）</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts.py" line="167" />
        <source>Save the floor map</source>
        <translation>保存平面图</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts.py" line="167" />
        <source>floor_map_{fair}.pdf</source>
        <translation>展位平面图_{fair}.pdf</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts.py" line="176" />
        <source>Writing the map</source>
        <translation>正在生成平面图</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts.py" line="179" />
        <source>Wrote the floor map on {pages} pages to {path}.</source>
        <translation>已将平面图（{pages} 页）保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts.py" line="183" />
        <source>Save booth signs</source>
        <translation>保存展位牌</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts.py" line="183" />
        <source>booth_signs_{fair}.pdf</source>
        <translation>展位牌_{fair}.pdf</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts.py" line="192" />
        <source>Writing signs</source>
        <translation>正在生成展位牌</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts.py" line="195" />
        <source>Wrote {n} booth signs to {path}.</source>
        <translation>已将 {n} 张展位牌保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts.py" line="199" />
        <source>Save booth PIN slips</source>
        <translation>保存展位 PIN 纸条</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts.py" line="199" />
        <source>pin_slips_{fair}.pdf</source>
        <translation>展位PIN纸条_{fair}.pdf</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts.py" line="213" />
        <source>Writing PIN slips</source>
        <translation>正在生成 PIN 纸条</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts.py" line="221" />
        <source>Every company has a PIN already ({n}): no slips to print.</source>
        <translation>每家企业都已有 PIN（{n} 家）：没有需要打印的纸条。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts.py" line="225" />
        <source>Wrote {n} PIN slips on {pages} pages to {path}; {kept} companies keep their PIN.</source>
        <translation>已将 {n} 张 PIN 纸条（{pages} 页）保存到 {path}；{kept} 家企业保留原 PIN。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts.py" line="256" />
        <source>Sent the floor map to the printer.</source>
        <translation>平面图已发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts.py" line="265" />
        <source>Sent {n} booth signs to the printer.</source>
        <translation>{n} 张展位牌已发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts.py" line="297" />
        <source>Printed {n} PIN slips; their PINs now open the booths.</source>
        <translation>已打印 {n} 张 PIN 纸条；这些 PIN 现在可以打开展位。</translation>
    </message>
    <message>
        <location filename="../../fairdesk/ui/organiser/printouts.py" line="303" />
        <source>Throw away the slips of {names}: they got a PIN elsewhere meanwhile.</source>
        <translation>请丢弃 {names} 的纸条：其间他们已在别处设置了 PIN。</translation>
    </message>
</context>
</TS>