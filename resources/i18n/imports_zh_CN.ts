<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ImportModels</name>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Header in the file</source>
            <translation>文件中的表头</translation>
        </message>
        <message>
            <source>Read as</source>
            <translation>识别为</translation>
        </message>
        <message>
            <source>not used</source>
            <translation>未使用</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
    </context>
    <context>
        <name>ImportOutcome</name>
        <message>
            <source>Import progress</source>
            <translation>导入进度</translation>
        </message>
        <message>
            <source>Rows imported with a remark</source>
            <translation>已导入但有提示的行</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <source>Checking and saving {n} rows…</source>
            <translation>正在检查并保存 {n} 行…</translation>
        </message>
        <message>
            <source>Imported {new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
            <translation>已导入：新增 {new}，更新 {updated}，未变 {unchanged}，未导入 {rejected}。</translation>
        </message>
        <message>
            <source>Companies: {c_new} new, {c_updated} updated, {c_same} unchanged. Positions: {p_new} new, {p_updated} updated, {p_same} unchanged. Rows not imported: {rejected}.</source>
            <translation>单位：新增 {c_new}，更新 {c_updated}，未变 {c_same}。岗位：新增 {p_new}，更新 {p_updated}，未变 {p_same}。未导入的行：{rejected}。</translation>
        </message>
    </context>
    <context>
        <name>ImportScreen</name>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>What the file is</source>
            <translation>文件类型</translation>
        </message>
        <message>
            <source>Student roster</source>
            <translation>学生名单</translation>
        </message>
        <message>
            <source>Company list</source>
            <translation>企业名单</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>选择文件(&amp;C)…</translation>
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation>选择要导入的文件</translation>
        </message>
        <message>
            <source>Choose an Excel (.xlsx) or CSV file, or drop it here.</source>
            <translation>请选择 Excel 或 CSV 表格文件，或把文件拖到这里。</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <source>Import the file</source>
            <translation>导入该文件</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>要导入的文件</translation>
        </message>
        <message>
            <source>Tables (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
            <translation>表格文件 (*.xlsx *.xlsm *.csv *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>{n} corrected rows are not re-imported yet. Discard the corrections?</source>
            <translation>有 {n} 行已修改但尚未重新导入。放弃这些修改吗？</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>正在读取</translation>
        </message>
        <message>
            <source>This file cannot be imported as chosen:
{why}</source>
            <translation>该文件无法按所选类型导入：
{why}</translation>
        </message>
        <message>
            <source>Importing {file}</source>
            <translation>正在导入 {file}</translation>
        </message>
    </context>
    <context>
        <name>OrganiserScreen</name>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
    </context>
    <context>
        <name>PreviewPanel</name>
        <message>
            <source>Columns of the file</source>
            <translation>文件的列</translation>
        </message>
        <message>
            <source>First rows of the file</source>
            <translation>文件的前几行</translation>
        </message>
        <message>
            <source>First rows</source>
            <translation>前几行</translation>
        </message>
        <message>
            <source>Columns read as</source>
            <translation>各列识别为</translation>
        </message>
        <message>
            <source>Not in the file: {fields}</source>
            <translation>文件中没有：{fields}</translation>
        </message>
        <message>
            <source>First {shown} of {total} rows</source>
            <translation>共 {total} 行，显示前 {shown} 行</translation>
        </message>
    </context>
    <context>
        <name>RejectsPanel</name>
        <message>
            <source>Rejected rows</source>
            <translation>未导入的行</translation>
        </message>
        <message>
            <source>Correct a cell by double-clicking it (the failed cell is tinted), then re-import the fixed rows; or save the rejects file and finish in Excel.</source>
            <translation>双击单元格即可修改（出错的单元格已标色），改好后重新导入这些行；也可以保存未导入行文件，在 Excel 中修改。</translation>
        </message>
        <message>
            <source>&amp;Re-import fixed rows</source>
            <translation>重新导入已修改的行(&amp;R)</translation>
        </message>
        <message>
            <source>Re-import fixed rows</source>
            <translation>重新导入已修改的行</translation>
        </message>
        <message>
            <source>Save rejects &amp;file…</source>
            <translation>保存未导入行文件(&amp;F)…</translation>
        </message>
        <message>
            <source>Save rejects file</source>
            <translation>保存未导入行文件</translation>
        </message>
        <message>
            <source>Rejected rows: {n}</source>
            <translation>未导入的行：{n}</translation>
        </message>
        <message>
            <source>No rejected rows.</source>
            <translation>没有未导入的行。</translation>
        </message>
        <message>
            <source>Importing the fixed rows</source>
            <translation>正在导入已修改的行</translation>
        </message>
        <message>
            <source>Re-imported {rows} rows: {went} went in, {rejected} still rejected.</source>
            <translation>重新导入 {rows} 行：已导入 {went} 行，仍有 {rejected} 行未导入。</translation>
        </message>
        <message>
            <source>{name}_rejects.xlsx</source>
            <translation>{name}_未导入.xlsx</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
        </message>
        <message>
            <source>Saving rejects</source>
            <translation>正在保存未导入行</translation>
        </message>
        <message>
            <source>Rejects saved to {path}</source>
            <translation>未导入行已保存到 {path}</translation>
        </message>
    </context>
    <context>
        <name>UniversityRow</name>
        <message>
            <source>University of every student</source>
            <translation>全部学生的学校</translation>
        </message>
        <message>
            <source>Choose or type a university</source>
            <translation>选择或输入学校</translation>
        </message>
        <message>
            <source>University</source>
            <translation>学校</translation>
        </message>
        <message>
            <source>Optional: given to the rows whose university cell is empty.</source>
            <translation>可选：填入学校为空的行。</translation>
        </message>
        <message>
            <source>The file has no university column: choose the university of every student.</source>
            <translation>文件中没有学校列：请选择全部学生所在的学校。</translation>
        </message>
        <message>
            <source>The file has no university column: every student gets this university.</source>
            <translation>文件中没有学校列：全部学生记为该学校。</translation>
        </message>
    </context>
</TS>