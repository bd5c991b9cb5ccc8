<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>CompanyList</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_companies.py" line="40" />
            <source>Companies</source>
            <translation>企业</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_companies.py" line="59" />
            <source>no booth</source>
            <translation>未分展位</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_companies.py" line="60" />
            <source>no sector</source>
            <translation>未填行业</translation>
        </message>
    </context>
    <context>
        <name>FloorActions</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_actions.py" line="111" />
            <source>Assign booth</source>
            <translation>分配展位</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_actions.py" line="118" />
            <source>Swap booths</source>
            <translation>交换展位</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_actions.py" line="125" />
            <source>Free booth</source>
            <translation>腾空展位</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_actions.py" line="136" />
            <source>Unlock booth</source>
            <translation>解锁展位</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_actions.py" line="136" />
            <source>Lock booth</source>
            <translation>锁定展位</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_actions.py" line="150" />
            <source>Auto-assign</source>
            <translation>自动分配</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_actions.py" line="175" />
            <source>Booth grid</source>
            <translation>展位网格</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_actions.py" line="183" />
            <source>Draw booth</source>
            <translation>画展位</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_actions.py" line="196" />
            <source>Add aisle</source>
            <translation>添加通道</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_actions.py" line="196" />
            <source>Add label</source>
            <translation>添加标签</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_actions.py" line="209" />
            <source>Main aisle</source>
            <translation>主通道</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_actions.py" line="217" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_actions.py" line="230" />
            <source>Move booth</source>
            <translation>移动展位</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_actions.py" line="239" />
            <source>Move</source>
            <translation>移动</translation>
        </message>
    </context>
    <context>
        <name>FloorPlanScreen</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_plan.py" line="58" />
            <source>Floor plan</source>
            <translation>展位图</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_plan.py" line="73" />
            <source>Find a company</source>
            <translation>查找企业</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_plan.py" line="74" />
            <source>Find a company (name or pinyin)</source>
            <translation>查找企业（名称或拼音）</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_plan.py" line="79" />
            <source>Floor plan summary</source>
            <translation>展位图概况</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_plan.py" line="80" />
            <source>Drag a company onto a booth.</source>
            <translation>把企业拖到展位上即可分配。</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_plan.py" line="198" />
            <source>{n} booths · {free} free · {arrived} arrived · {waiting} companies without a booth</source>
            <translation>共 {n} 个展位 · 空余 {free} 个 · 已到场 {arrived} 家 · {waiting} 家企业未分展位</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_plan.py" line="218" />
            <source>Label</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_plan.py" line="218" />
            <source>Text on the plan:</source>
            <translation>展位图上的文字：</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_plan.py" line="277" />
            <source>Assigned {placed} companies; {free} booths free, {unplaced} companies without a booth</source>
            <translation>已分配 {placed} 家企业；空余展位 {free} 个，{unplaced} 家企业没有展位</translation>
        </message>
    </context>
    <context>
        <name>FloorScene</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_scene.py" line="124" />
            <source>Main aisle</source>
            <translation>主通道</translation>
        </message>
    </context>
    <context>
        <name>FloorToolbar</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_toolbar.py" line="32" />
            <source>Hall</source>
            <translation>展馆</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_toolbar.py" line="36" />
            <source>&amp;Grid…</source>
            <translation>展位网格(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_toolbar.py" line="37" />
            <source>Make a grid of booths</source>
            <translation>生成一组展位网格</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_toolbar.py" line="42" />
            <source>Select</source>
            <translation>选择</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_toolbar.py" line="43" />
            <source>Draw booth</source>
            <translation>画展位</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_toolbar.py" line="44" />
            <source>Aisle</source>
            <translation>通道</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_toolbar.py" line="45" />
            <source>Label</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_toolbar.py" line="46" />
            <source>Move</source>
            <translation>移动</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_toolbar.py" line="57" />
            <location filename="../../fairdesk/ui/organiser/floor_toolbar.py" line="131" />
            <source>&amp;Lock</source>
            <translation>锁定(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_toolbar.py" line="57" />
            <source>Lock booth</source>
            <translation>锁定展位</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_toolbar.py" line="58" />
            <source>Main aisle</source>
            <translation>主通道</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_toolbar.py" line="59" />
            <source>Mark as the main aisle</source>
            <translation>设为主通道</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_toolbar.py" line="60" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_toolbar.py" line="61" />
            <source>Delete the selection</source>
            <translation>删除所选</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_toolbar.py" line="63" />
            <source>&amp;Auto-assign</source>
            <translation>自动分配(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_toolbar.py" line="63" />
            <source>Give every company a booth</source>
            <translation>给每家企业分配展位</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_toolbar.py" line="65" />
            <location filename="../../fairdesk/ui/organiser/floor_toolbar.py" line="69" />
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_toolbar.py" line="67" />
            <location filename="../../fairdesk/ui/organiser/floor_toolbar.py" line="70" />
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_toolbar.py" line="71" />
            <source>Zoom out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_toolbar.py" line="72" />
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_toolbar.py" line="73" />
            <source>Fit</source>
            <translation>全图</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_toolbar.py" line="73" />
            <source>Show the whole hall</source>
            <translation>显示整个展馆</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_toolbar.py" line="77" />
            <source>&amp;Hall:</source>
            <translation>展馆(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_toolbar.py" line="114" />
            <source>(no hall)</source>
            <translation>（未分馆）</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_toolbar.py" line="131" />
            <source>Un&amp;lock</source>
            <translation>解锁(&amp;L)</translation>
        </message>
    </context>
    <context>
        <name>FloorView</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_view.py" line="86" />
            <source>Floor plan</source>
            <translation>展位图</translation>
        </message>
    </context>
    <context>
        <name>GridDialog</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_grid.py" line="33" />
            <source>Booth grid</source>
            <translation>展位网格</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_grid.py" line="36" />
            <source>Hall</source>
            <translation>展馆</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_grid.py" line="39" />
            <source>Hall 1</source>
            <translation>1号馆</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_grid.py" line="40" />
            <source>Rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_grid.py" line="41" />
            <source>Columns</source>
            <translation>列数</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_grid.py" line="43" />
            <source>Aisle after every N rows</source>
            <translation>每隔几行留一条通道</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_grid.py" line="45" />
            <source>no aisles</source>
            <translation>不留通道</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_grid.py" line="48" />
            <source>Code prefix</source>
            <translation>展位号前缀</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_grid.py" line="57" />
            <source>&amp;Hall:</source>
            <translation>展馆(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_grid.py" line="58" />
            <source>&amp;Rows:</source>
            <translation>行数(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_grid.py" line="59" />
            <source>&amp;Columns:</source>
            <translation>列数(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_grid.py" line="60" />
            <source>Code &amp;prefix:</source>
            <translation>展位号前缀(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/floor_grid.py" line="61" />
            <source>&amp;Aisle after every:</source>
            <translation>每隔几行留通道(&amp;A)：</translation>
        </message>
    </context>
    <context>
        <name>OrganiserScreen</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/screen.py" line="87" />
            <source>Floor plan</source>
            <translation>展位图</translation>
        </message>
    </context>
</TS>