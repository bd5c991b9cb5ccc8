<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AutoBundleDialog</name>
        <message>
            <location filename="../../fairdesk/ui/station_menu_auto.py" line="49" />
            <location filename="../../fairdesk/ui/station_menu_auto.py" line="50" />
            <source>Write bundles automatically</source>
            <translation>自动写回传包</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/station_menu_auto.py" line="53" />
            <source>Write this station's bundle automatically</source>
            <translation>自动写出本工作站的回传包</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/station_menu_auto.py" line="55" />
            <source>Folder for the bundles</source>
            <translation>回传包的文件夹</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/station_menu_auto.py" line="58" />
            <source>Minutes between bundles</source>
            <translation>每隔几分钟写一次</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/station_menu_auto.py" line="60" />
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/station_menu_auto.py" line="68" />
            <source>Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/station_menu_auto.py" line="69" />
            <source>Every</source>
            <translation>间隔</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/station_menu_auto.py" line="72" />
            <source>Leave the USB stick in: each bundle replaces the last one there, and the organiser needs only the newest.</source>
            <translation>请一直插着 U 盘：每次写出的回传包会替换上一个，主办方只需要最新的一个。</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/station_menu_auto.py" line="96" />
            <source>Choose the folder (a USB stick) for the bundles.</source>
            <translation>请选择存放回传包的文件夹（U 盘）。</translation>
        </message>
    </context>
    <context>
        <name>BundleActions</name>
        <message>
            <location filename="../../fairdesk/ui/station_menu.py" line="69" />
            <source>Write &amp;bundle…</source>
            <translation>写回传包(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/station_menu.py" line="72" />
            <source>Write bundles &amp;automatically…</source>
            <translation>自动写回传包(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/station_menu.py" line="79" />
            <source>Automatic bundle</source>
            <translation>自动回传包</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/station_menu.py" line="118" />
            <source>Automatic bundle every {n} min to {folder}</source>
            <translation>每 {n} 分钟自动写回传包到 {folder}</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/station_menu.py" line="129" />
            <source>Write the bundle to (a USB stick)</source>
            <translation>把回传包写到（U 盘）</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/station_menu.py" line="141" />
            <source>Writing the bundle</source>
            <translation>正在写回传包</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/station_menu.py" line="145" />
            <source>Bundle written to {path}: {n} records.</source>
            <translation>回传包已写到 {path}：共 {n} 条记录。</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/station_menu.py" line="148" />
            <source>Bundle written</source>
            <translation>回传包已写出</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/station_menu.py" line="184" />
            <source>Writing the automatic bundle</source>
            <translation>正在自动写回传包</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/station_menu.py" line="190" />
            <source>{folder} is not there: is the USB stick in?</source>
            <translation>找不到 {folder}：U 盘插好了吗？</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/station_menu.py" line="197" />
            <source>Bundle written {time}: {n} records</source>
            <translation>回传包已于 {time} 写出：{n} 条记录</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/station_menu.py" line="210" />
            <source>Bundle not written: {why} Trying again in {n} min.</source>
            <translation>回传包未写出：{why} {n} 分钟后重试。</translation>
        </message>
    </context>
    <context>
        <name>ErrorLine</name>
        <message>
            <location filename="../../fairdesk/ui/widgets/passphrase.py" line="56" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
    </context>
    <context>
        <name>FolderRow</name>
        <message>
            <location filename="../../fairdesk/ui/widgets/passphrase.py" line="85" />
            <source>No folder chosen</source>
            <translation>尚未选择文件夹</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/widgets/passphrase.py" line="87" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
    </context>
    <context>
        <name>MakePackDialog</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_pack.py" line="56" />
            <location filename="../../fairdesk/ui/organiser/stations_pack.py" line="57" />
            <source>Make a station pack</source>
            <translation>制作工作站数据包</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_pack.py" line="64" />
            <source>Station role</source>
            <translation>工作站角色</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_pack.py" line="69" />
            <source>Station name</source>
            <translation>工作站名称</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_pack.py" line="70" />
            <source>e.g. East gate desk</source>
            <translation>例如：东门签到台</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_pack.py" line="73" />
            <location filename="../../fairdesk/ui/organiser/stations_pack.py" line="74" />
            <source>Company</source>
            <translation>企业</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_pack.py" line="75" />
            <location filename="../../fairdesk/ui/organiser/stations_pack.py" line="82" />
            <source>Passphrase</source>
            <translation>口令</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_pack.py" line="76" />
            <location filename="../../fairdesk/ui/organiser/stations_pack.py" line="83" />
            <source>Passphrase again</source>
            <translation>再输入一次口令</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_pack.py" line="77" />
            <source>Folder for the pack</source>
            <translation>数据包的文件夹</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_pack.py" line="79" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_pack.py" line="80" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_pack.py" line="84" />
            <source>Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_pack.py" line="87" />
            <source>The pack holds students' data: it is sealed with this passphrase. Tell it to the station's volunteers in person, never on the stick.</source>
            <translation>数据包含有学生信息，用此口令加密。请当面告诉该工作站的志愿者，切勿写在 U 盘上。</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_pack.py" line="97" />
            <source>&amp;Make pack</source>
            <translation>制作数据包(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_pack.py" line="99" />
            <source>Make pack</source>
            <translation>制作数据包</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_pack.py" line="134" />
            <source>{role}_{name}.fdpack</source>
            <translation>{role}_{name}.fdpack</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_pack.py" line="143" />
            <source>The two passphrases differ.</source>
            <translation>两次输入的口令不一致。</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_pack.py" line="152" />
            <source>Choose the folder (a USB stick) to write the pack to.</source>
            <translation>请选择写入数据包的文件夹（U 盘）。</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_pack.py" line="156" />
            <source>{folder} is not there: is the USB stick in?</source>
            <translation>找不到 {folder}：U 盘插好了吗？</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_pack.py" line="162" />
            <source>Choose the booth's company.</source>
            <translation>请选择该展位的企业。</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_pack.py" line="171" />
            <source>Making a pack</source>
            <translation>正在制作数据包</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_pack.py" line="181" />
            <source>Pack for station {number} ({role}, {name}) written to {path}: {n} students.</source>
            <translation>工作站 {number}（{role}，{name}）的数据包已写到 {path}：含 {n} 名学生。</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_merge.py" line="64" />
            <location filename="../../fairdesk/ui/organiser/stations_merge.py" line="65" />
            <source>Merge bundles</source>
            <translation>合并回传包</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_merge.py" line="72" />
            <source>From a &amp;folder…</source>
            <translation>从文件夹(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_merge.py" line="74" />
            <source>Merge every bundle in a folder</source>
            <translation>合并文件夹中的所有回传包</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_merge.py" line="76" />
            <source>Choose &amp;files…</source>
            <translation>选择文件(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_merge.py" line="78" />
            <source>Choose bundle files</source>
            <translation>选择回传包文件</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_merge.py" line="86" />
            <source>Bundles to merge</source>
            <translation>待合并的回传包</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_merge.py" line="88" />
            <location filename="../../fairdesk/ui/organiser/stations_merge.py" line="90" />
            <source>Passphrase</source>
            <translation>口令</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_merge.py" line="94" />
            <source>Merge progress</source>
            <translation>合并进度</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_merge.py" line="101" />
            <source>Merge report</source>
            <translation>合并报告</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_merge.py" line="104" />
            <source>&amp;Merge</source>
            <translation>合并(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_merge.py" line="106" />
            <source>Merge</source>
            <translation>合并</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_merge.py" line="125" />
            <source>Folder with the bundles</source>
            <translation>存放回传包的文件夹</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_merge.py" line="131" />
            <source>Bundle files</source>
            <translation>回传包文件</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_merge.py" line="131" />
            <source>Station bundles (*.fdbundle)</source>
            <translation>工作站回传包 (*.fdbundle)</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_merge.py" line="142" />
            <source>Cannot read {folder}: {why}</source>
            <translation>无法读取 {folder}：{why}</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_merge.py" line="148" />
            <source>There is no bundle (*.fdbundle) in {folder}.</source>
            <translation>{folder} 中没有回传包文件。</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_merge.py" line="165" />
            <source>Type the passphrase the packs were made with.</source>
            <translation>请输入制作数据包时使用的口令。</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_merge.py" line="179" />
            <source>Merging bundles</source>
            <translation>正在合并回传包</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_merge.py" line="198" />
            <source>Merged {bundles} bundles: {new} new, {duplicate} already here, {conflicts} conflicts.</source>
            <translation>已合并 {bundles} 个回传包：新增 {new} 条，已有 {duplicate} 条，冲突 {conflicts} 处。</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_merge.py" line="206" />
            <source>{n} files refused: nothing of them was merged.</source>
            <translation>{n} 个文件被拒绝：其中的内容都没有合并。</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_merge.py" line="210" />
            <source>Report saved to {path}</source>
            <translation>报告已保存到 {path}</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations_merge.py" line="214" />
            <source>Nothing to report: no conflicts.</source>
            <translation>没有需要报告的内容：无冲突。</translation>
        </message>
    </context>
    <context>
        <name>OrganiserScreen</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/screen.py" line="84" />
            <source>Stations</source>
            <translation>工作站</translation>
        </message>
    </context>
    <context>
        <name>RolePicker</name>
        <message>
            <location filename="../../fairdesk/ui/role_picker.py" line="161" />
            <source>Start this laptop from a station &amp;pack…</source>
            <translation>用工作站数据包启动本机(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/role_picker.py" line="163" />
            <source>Start this laptop from a station pack</source>
            <translation>用工作站数据包启动本机</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/role_picker.py" line="165" />
            <source>A desk or booth laptop: open the .fdpack file the organiser gave you.</source>
            <translation>签到台或展位电脑：打开主办方给你的工作站数据包文件。</translation>
        </message>
    </context>
    <context>
        <name>StartFromPackDialog</name>
        <message>
            <location filename="../../fairdesk/ui/start_from_pack.py" line="47" />
            <location filename="../../fairdesk/ui/start_from_pack.py" line="48" />
            <source>Start this laptop from a station pack</source>
            <translation>用工作站数据包启动本机</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/start_from_pack.py" line="55" />
            <source>Station pack file</source>
            <translation>工作站数据包文件</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/start_from_pack.py" line="57" />
            <source>No pack chosen</source>
            <translation>尚未选择数据包</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/start_from_pack.py" line="58" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/start_from_pack.py" line="60" />
            <source>Choose the station pack</source>
            <translation>选择工作站数据包</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/start_from_pack.py" line="65" />
            <location filename="../../fairdesk/ui/start_from_pack.py" line="69" />
            <source>Passphrase</source>
            <translation>口令</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/start_from_pack.py" line="68" />
            <location filename="../../fairdesk/ui/start_from_pack.py" line="93" />
            <source>Station pack</source>
            <translation>工作站数据包</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/start_from_pack.py" line="72" />
            <source>The organiser makes the pack for this laptop and tells you its passphrase. This laptop's database must still be empty.</source>
            <translation>数据包由主办方为本机制作，口令由主办方告诉你。本机的数据库必须仍是空的。</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/start_from_pack.py" line="79" />
            <source>&amp;Start</source>
            <translation>启动(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/start_from_pack.py" line="81" />
            <source>Start from the pack</source>
            <translation>用数据包启动</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/start_from_pack.py" line="93" />
            <source>Station packs (*.fdpack)</source>
            <translation>工作站数据包 (*.fdpack)</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/start_from_pack.py" line="109" />
            <source>Choose the station pack (.fdpack) first.</source>
            <translation>请先选择工作站数据包文件。</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/start_from_pack.py" line="112" />
            <source>Type the pack's passphrase.</source>
            <translation>请输入数据包的口令。</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/start_from_pack.py" line="119" />
            <source>Unpacking the station pack</source>
            <translation>正在解开工作站数据包</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/start_from_pack.py" line="143" />
            <source>This laptop is now station {number} ({role}, {name}): {n} students.</source>
            <translation>本机现在是工作站 {number}（{role}，{name}）：含 {n} 名学生。</translation>
        </message>
    </context>
    <context>
        <name>StationsModel</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations.py" line="51" />
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations.py" line="52" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations.py" line="53" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations.py" line="54" />
            <source>Company</source>
            <translation>企业</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations.py" line="55" />
            <source>Last bundle merged</source>
            <translation>最近合并的回传包</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations.py" line="56" />
            <source>Records</source>
            <translation>记录数</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>待合入</translation>
        </message>
        <message>
            <source>Records of this station that wait for a row not here yet — a student another desk registered, whose bundle is not merged — and go in when it is.</source>
            <translation>本站中有些记录所指向的数据尚未到达本机（例如另一签到台登记的学生，其回传包还没合并），合并后会自动合入。</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations.py" line="74" />
            <source>not yet</source>
            <translation>尚无</translation>
        </message>
    </context>
    <context>
        <name>StationsScreen</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations.py" line="89" />
            <location filename="../../fairdesk/ui/organiser/stations.py" line="95" />
            <location filename="../../fairdesk/ui/organiser/stations.py" line="110" />
            <source>Stations</source>
            <translation>工作站</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations.py" line="100" />
            <source>Each desk and booth laptop starts from a station pack made here and brings its records back in a bundle on a USB stick. Merge the bundles as they arrive: the same bundle twice changes nothing.</source>
            <translation>每台签到台和展位电脑都从这里制作的工作站数据包启动，并用 U 盘上的回传包把记录带回来。回传包一到就合并：同一个回传包合并两次不会改变任何数据。</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations.py" line="118" />
            <source>No station packs made yet.</source>
            <translation>还没有制作任何工作站数据包。</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations.py" line="122" />
            <source>Make &amp;pack…</source>
            <translation>制作数据包(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations.py" line="124" />
            <source>Make a station pack</source>
            <translation>制作工作站数据包</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations.py" line="126" />
            <source>&amp;Merge bundles…</source>
            <translation>合并回传包(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations.py" line="128" />
            <source>Merge bundles</source>
            <translation>合并回传包</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/stations.py" line="152" />
            <source>Reading the stations</source>
            <translation>正在读取工作站</translation>
        </message>
    </context>
</TS>