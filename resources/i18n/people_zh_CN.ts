<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>CompaniesModel</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_model.py" line="24" />
            <source>any</source>
            <translation>不限</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_model.py" line="36" />
            <source>Company</source>
            <translation>企业</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_model.py" line="37" />
            <source>Sector</source>
            <translation>行业</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_model.py" line="38" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_model.py" line="39" />
            <source>Booth</source>
            <translation>展位</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_model.py" line="40" />
            <source>Positions</source>
            <translation>岗位数</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_model.py" line="41" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_model.py" line="42" />
            <source>Phone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_model.py" line="69" />
            <source>Position</source>
            <translation>岗位</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_model.py" line="70" />
            <source>Degree</source>
            <translation>学历要求</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_model.py" line="71" />
            <source>Majors</source>
            <translation>专业要求</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_model.py" line="72" />
            <source>Headcount</source>
            <translation>招聘人数</translation>
        </message>
    </context>
    <context>
        <name>CompaniesScreen</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies.py" line="44" />
            <location filename="../../fairdesk/ui/organiser/companies.py" line="45" />
            <location filename="../../fairdesk/ui/organiser/companies.py" line="50" />
            <source>Companies</source>
            <translation>企业</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies.py" line="47" />
            <source>Search: name, pinyin, initials, sector, city or booth</source>
            <translation>搜索：名称、拼音、首字母、行业、城市或展位号</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies.py" line="49" />
            <source>Search companies</source>
            <translation>搜索企业</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies.py" line="51" />
            <source>Edit the selected company</source>
            <translation>编辑选中的企业</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies.py" line="52" />
            <source>Delete the selected company</source>
            <translation>删除选中的企业</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies.py" line="74" />
            <source>%1 companies shown</source>
            <translation>显示 %1 家企业</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies.py" line="91" />
            <source>Saved: %1</source>
            <translation>已保存：%1</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies.py" line="100" />
            <source>Deleted %1 with its positions; its booths are free. Undo (Ctrl+Z) puts it all back.</source>
            <translation>已删除“%1”及其岗位，其展位已空出。撤销（Ctrl+Z）可全部恢复。</translation>
        </message>
    </context>
    <context>
        <name>CompanyDialog</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_form.py" line="34" />
            <source>Edit company</source>
            <translation>编辑企业</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_form.py" line="35" />
            <source>Company</source>
            <translation>企业名称</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_form.py" line="36" />
            <source>Sector</source>
            <translation>所属行业</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_form.py" line="37" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_form.py" line="38" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_form.py" line="39" />
            <source>Contact phone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_form.py" line="40" />
            <source>Contact e-mail</source>
            <translation>联系邮箱</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_form.py" line="41" />
            <source>Credit code (统一社会信用代码)</source>
            <translation>统一社会信用代码</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/form_dialog.py" line="114" />
            <source>Not saved: an unexpected error (see the log).</source>
            <translation>未保存：发生意外错误（请查看日志）。</translation>
        </message>
    </context>
    <context>
        <name>OrganiserScreen</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/screen.py" line="88" />
            <source>Students</source>
            <translation>学生</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/screen.py" line="92" />
            <source>Companies</source>
            <translation>企业</translation>
        </message>
    </context>
    <context>
        <name>PeopleTable</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/people_table.py" line="105" />
            <source>&amp;Edit…</source>
            <extracomment>how many rows a column's width is measured on (Qt measures 1,000 by default: seconds)</extracomment>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/people_table.py" line="108" />
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/people_table.py" line="111" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/people_table.py" line="114" />
            <source>Undo the last deletion</source>
            <translation>撤销上一次删除</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/people_table.py" line="279" />
            <source>Put back: %1</source>
            <translation>已恢复：%1</translation>
        </message>
    </context>
    <context>
        <name>PositionDialog</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_form.py" line="61" />
            <source>Add position</source>
            <translation>添加岗位</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_form.py" line="61" />
            <source>Edit position</source>
            <translation>编辑岗位</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_form.py" line="63" />
            <source>Position</source>
            <translation>岗位名称</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_form.py" line="69" />
            <source>Degree required</source>
            <translation>学历要求</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_form.py" line="70" />
            <source>Majors wanted (separated by 、)</source>
            <translation>专业要求（用“、”分隔）</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_form.py" line="73" />
            <source>Headcount</source>
            <translation>招聘人数</translation>
        </message>
    </context>
    <context>
        <name>PositionsPanel</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_positions.py" line="55" />
            <location filename="../../fairdesk/ui/organiser/companies_positions.py" line="60" />
            <location filename="../../fairdesk/ui/organiser/companies_positions.py" line="66" />
            <location filename="../../fairdesk/ui/organiser/companies_positions.py" line="106" />
            <source>Positions</source>
            <extracomment>the screen's run_delete(fn, said, kinds)</extracomment>
            <translation>岗位</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_positions.py" line="78" />
            <source>&amp;Add position…</source>
            <translation>添加岗位(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_positions.py" line="80" />
            <source>Edit position…</source>
            <translation>编辑岗位…</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_positions.py" line="82" />
            <source>&amp;Remove position</source>
            <translation>删除岗位(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_positions.py" line="110" />
            <source>Positions of %1</source>
            <translation>%1 的岗位</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_positions.py" line="153" />
            <source>Saved: %1</source>
            <translation>已保存：%1</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/companies_positions.py" line="161" />
            <source>Removed the position %1. Undo (Ctrl+Z) puts it back.</source>
            <translation>已删除岗位“%1”。撤销（Ctrl+Z）可恢复。</translation>
        </message>
    </context>
    <context>
        <name>StudentDialog</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/students_form.py" line="32" />
            <source>Edit student</source>
            <translation>编辑学生</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/students_form.py" line="35" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/students_form.py" line="36" />
            <source>Student no.</source>
            <translation>学号</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/students_form.py" line="37" />
            <source>University</source>
            <translation>学校</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/students_form.py" line="38" />
            <source>School</source>
            <translation>学院</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/students_form.py" line="39" />
            <source>Major</source>
            <translation>专业</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/students_form.py" line="45" />
            <source>Degree</source>
            <translation>学历</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/students_form.py" line="47" />
            <source>Graduation year</source>
            <translation>毕业年份</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/students_form.py" line="48" />
            <source>Phone</source>
            <translation>手机</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/students_form.py" line="49" />
            <source>E-mail</source>
            <translation>邮箱</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/students_form.py" line="50" />
            <source>Agrees to share contact details with companies</source>
            <translation>同意向用人单位提供联系方式</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/students_form.py" line="52" />
            <source>Consent</source>
            <translation>授权</translation>
        </message>
    </context>
    <context>
        <name>StudentsModel</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/students_model.py" line="27" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/students_model.py" line="28" />
            <source>Student no.</source>
            <translation>学号</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/students_model.py" line="29" />
            <source>University</source>
            <translation>学校</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/students_model.py" line="30" />
            <source>School</source>
            <translation>学院</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/students_model.py" line="31" />
            <source>Major</source>
            <translation>专业</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/students_model.py" line="32" />
            <source>Degree</source>
            <translation>学历</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/students_model.py" line="33" />
            <source>Graduates</source>
            <translation>毕业年份</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/students_model.py" line="34" />
            <source>Phone</source>
            <translation>手机</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/students_model.py" line="35" />
            <source>E-mail</source>
            <translation>邮箱</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/students_model.py" line="36" />
            <source>Arrived</source>
            <translation>已签到</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/students_model.py" line="64" />
            <source>yes</source>
            <translation>是</translation>
        </message>
    </context>
    <context>
        <name>StudentsScreen</name>
        <message>
            <location filename="../../fairdesk/ui/organiser/students.py" line="43" />
            <location filename="../../fairdesk/ui/organiser/students.py" line="44" />
            <location filename="../../fairdesk/ui/organiser/students.py" line="49" />
            <source>Students</source>
            <translation>学生</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/students.py" line="46" />
            <source>Search: name, pinyin, initials, student no. or the phone's last 4 digits</source>
            <translation>搜索：姓名、拼音、首字母、学号或手机尾号后 4 位</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/students.py" line="48" />
            <source>Search students</source>
            <translation>搜索学生</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/students.py" line="50" />
            <source>Edit the selected student</source>
            <translation>编辑选中的学生</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/students.py" line="51" />
            <source>Delete the selected student</source>
            <translation>删除选中的学生</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/students.py" line="67" />
            <source>Showing the first %1 of %2 students: type to narrow the list.</source>
            <translation>显示 %2 名学生中的前 %1 名：输入关键字缩小范围。</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/students.py" line="69" />
            <source>%1 shown · %2 students in the fair</source>
            <translation>显示 %1 名 · 本次双选会共 %2 名学生</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/students.py" line="78" />
            <source>Saved: %1</source>
            <translation>已保存：%1</translation>
        </message>
        <message>
            <location filename="../../fairdesk/ui/organiser/students.py" line="86" />
            <source>Deleted %1 and their badges. Undo (Ctrl+Z) puts them back.</source>
            <translation>已删除“%1”及其胸卡。撤销（Ctrl+Z）可恢复。</translation>
        </message>
    </context>
</TS>