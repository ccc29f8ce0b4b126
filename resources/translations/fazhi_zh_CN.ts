<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Help</name>
    <message>
        <source>About Fazhi Report</source>
        <translation>关于法治报告</translation>
    </message>
    <message>
        <source>Fazhi Report %1</source>
        <translation>法治报告 %1</translation>
    </message>
    <message>
        <source>Writes, checks and publishes the annual report on building a rule-of-law government, in the GB/T 9704 layout. Licensed under the GNU GPL, version 3 or later.</source>
        <translation>用于撰写、检查和发布法治政府建设年度报告，版式符合 GB/T 9704。按 GNU GPL 第 3 版或更新版本授权。</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>Approved</source>
        <translation>已审定</translation>
    </message>
    <message>
        <source>Detail inferred</source>
        <translation>推断的信息</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据指标</translation>
    </message>
    <message>
        <source>Leaders&apos; duty as first responsible persons</source>
        <translation>党政主要负责人履责情况</translation>
    </message>
    <message>
        <source>Lines above the title dropped</source>
        <translation>略去标题上方的行</translation>
    </message>
    <message>
        <source>Measures and results</source>
        <translation>主要举措和成效</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Numbering restored</source>
        <translation>补全序数</translation>
    </message>
    <message>
        <source>Other matters to report</source>
        <translation>其他需要报告的情况</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Part of its own</source>
        <translation>自定义部分</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>工作安排</translation>
    </message>
    <message>
        <source>Plans for next year</source>
        <translation>下一年度工作安排</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>要点</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Report details</source>
        <translation>报告信息</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>分项</translation>
    </message>
    <message>
        <source>Shortcomings and their causes</source>
        <translation>存在的不足和原因</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>待审</translation>
    </message>
    <message>
        <source>Web page text dropped</source>
        <translation>略去网页附属文字</translation>
    </message>
    <message>
        <source>Work area</source>
        <translation>工作领域</translation>
    </message>
    <message>
        <source>Structure repaired</source>
        <translation>结构已修复</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose Another Workspace…</source>
        <translation>选择其他报告文件…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Fazhi Report</source>
        <translation>法治报告</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Quit Without Saving</source>
        <translation>不保存，退出</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Copy Diagnostics</source>
        <translation>复制诊断信息</translation>
    </message>
    <message>
        <source>Submit Anyway</source>
        <translation>仍然提交</translation>
    </message>
    <message>
        <source>Go Back and Change</source>
        <translation>返回修改</translation>
    </message>
    <message>
        <source>Go On Under This Name</source>
        <translation>仍以此姓名继续</translation>
    </message>
</context>
<context>
    <name>ReviewInput</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Publication date:</source>
        <translation>发布日期：</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Publish the Report</source>
        <translation>发布报告</translation>
    </message>
    <message>
        <source>Record that the approved report has been published. The date becomes the report&apos;s 发布日期; the web address is kept with the review record.</source>
        <translation>记录已审定的报告已经发布。这个日期将作为报告的发布日期；网址随审核记录一并保存。</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation>网址：</translation>
    </message>
    <message>
        <source>e.g. https://www.example.gov.cn/…</source>
        <translation>如：https://www.example.gov.cn/…</translation>
    </message>
</context>
<context>
    <name>ReviewNames</name>
    <message>
        <source>%1 figure “%2”</source>
        <translation>%1数据指标“%2”</translation>
    </message>
    <message>
        <source>%1 paragraph %2</source>
        <translation>%1第%2段</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已采纳</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>审定</translation>
    </message>
    <message>
        <source>Closing, paragraph %1</source>
        <translation>结尾第%1段</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Drafter</source>
        <translation>拟稿人</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>未采纳</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Opening, paragraph %1</source>
        <translation>开头第%1段</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Report details</source>
        <translation>报告信息</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Revision frozen</source>
        <translation>形成版本</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Suggested change</source>
        <translation>修改建议</translation>
    </message>
    <message>
        <source>Suggestion accepted</source>
        <translation>采纳建议</translation>
    </message>
    <message>
        <source>Suggestion not accepted</source>
        <translation>不采纳建议</translation>
    </message>
</context>
<context>
    <name>ReviewPrompts</name>
    <message>
        <source>Submit for Review</source>
        <translation>提交审核</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n 条批注</numerusform>
        </translation>
    </message>
    <message>
        <source>The errors are listed in the Checks panel, the comments in the Review panel. The reviewer will see the report as it is now.</source>
        <translation>错误列在“检查”面板中，批注列在“审阅”面板中。审核人看到的将是报告现在的样子。</translation>
    </message>
    <message>
        <source>Review Under the Drafter&apos;s Name</source>
        <translation>以拟稿人的姓名审核</translation>
    </message>
    <message>
        <source>“%1” drafted this report, and the decision would be recorded under the same name.</source>
        <translation>这份报告由“%1”拟稿，审核决定也将记在同一姓名下。</translation>
    </message>
    <message>
        <source>A report is reviewed by someone other than its drafter. If you are the reviewer, switch to the Reviewer role again and give your own name. Go on under “%1”?</source>
        <translation>报告应由拟稿人以外的人审核。如果您是审核人，请重新切换到“审核人”角色并填写您自己的姓名。仍以“%1”的名义继续吗？</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Comments, suggestions and decisions are recorded under the reviewer&apos;s name. Your name:</source>
        <translation>批注、修改建议和审核决定都记在审核人名下。您的姓名：</translation>
    </message>
    <message>
        <source>e.g. 李明</source>
        <translation>例如：李明</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>开始审核</translation>
    </message>
    <message>
        <source>Not dealt with yet: %1 and %2. Submit anyway?</source>
        <translation>还有 %1、%2未处理，仍要提交吗？</translation>
    </message>
    <message>
        <source>Not dealt with yet: %1. Submit anyway?</source>
        <translation>还有 %1未处理，仍要提交吗？</translation>
    </message>
    <message>
        <source>The errors are listed in the Checks panel. The reviewer will see the report as it is now.</source>
        <translation>错误列在“检查”面板中。审核人看到的将是报告现在的样子。</translation>
    </message>
    <message>
        <source>The open comments are listed in the Review panel. The reviewer will see the report as it is now.</source>
        <translation>未处理的批注列在“审阅”面板中。审核人看到的将是报告现在的样子。</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>A report for publication holds no bank card or account numbers.</source>
        <translation>公开发布的报告中不得出现银行卡号或账号。</translation>
    </message>
    <message>
        <source>A report for publication holds no citizen ID numbers, and a partly masked one hides at least the date of birth.</source>
        <translation>公开发布的报告中不得出现居民身份证号码；部分遮盖的号码至少应遮盖出生日期。</translation>
    </message>
    <message>
        <source>A report for publication holds no mobile or landline numbers, except public service numbers (12345, 12348 …) and the office&apos;s published numbers listed in the settings.</source>
        <translation>公开发布的报告中不得出现手机号码或固定电话号码；政务服务热线（12345、12348等）和设置中列出的本机关公开电话除外。</translation>
    </message>
    <message>
        <source>A report for publication holds no personal e-mail addresses; government (.gov.cn) addresses and those listed in the settings are allowed.</source>
        <translation>公开发布的报告中不得出现个人电子邮箱；政府（.gov.cn）邮箱和设置中列出的本机关公开邮箱除外。</translation>
    </message>
    <message>
        <source>A report for publication holds no vehicle licence plate numbers.</source>
        <translation>公开发布的报告中不得出现机动车号牌号码。</translation>
    </message>
    <message>
        <source>Bank card number in a report for publication; delete it.</source>
        <translation>出现银行卡号，公开前请删除。</translation>
    </message>
    <message>
        <source>Bank card numbers</source>
        <translation>银行卡号</translation>
    </message>
    <message>
        <source>Chinese text uses full-width punctuation.</source>
        <translation>中文文字中使用全角标点。</translation>
    </message>
    <message>
        <source>Citizen ID number in a report for publication; delete it.</source>
        <translation>出现居民身份证号码，公开前请删除。</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>内容完整</translation>
    </message>
    <message>
        <source>Counts carry a unit such as 件, 次 or 人次.</source>
        <translation>数量带计量单位，如件、次、人次。</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>日期格式</translation>
    </message>
    <message>
        <source>Dated %1; the report is due to be reported up before %2.</source>
        <translation>成文日期为%1，应在%2前报送。</translation>
    </message>
    <message>
        <source>Dates are written in full, without zero padding, e.g. 2024年2月22日.</source>
        <translation>日期写全称，月、日不加“0”，如2024年2月22日。</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>报送时限</translation>
    </message>
    <message>
        <source>Document title not in its official form; write: %1</source>
        <translation>文件名称不规范，应写作：%1</translation>
    </message>
    <message>
        <source>Document title without book-title marks; write: %1</source>
        <translation>文件名称应加书名号：%1</translation>
    </message>
    <message>
        <source>Document titles</source>
        <translation>文件名称</translation>
    </message>
    <message>
        <source>Documents are cited by their exact title, in book-title marks.</source>
        <translation>引用文件使用准确全称并加书名号。</translation>
    </message>
    <message>
        <source>Doubled punctuation mark %1; keep one.</source>
        <translation>标点“%1”重复，请只保留一个。</translation>
    </message>
    <message>
        <source>E-mail address in a report for publication; delete it, or, if it is the office&apos;s published address, add it to the published numbers in the settings.</source>
        <translation>出现电子邮箱地址，公开前请删除；如为本机关公开的邮箱，请在设置的“公开的电话和邮箱”中加入。</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Enumeration</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Enumeration numeral missing: “是” should read “%1”.</source>
        <translation>序号缺失：此处“是”前漏了序号，应为“%1”。</translation>
    </message>
    <message>
        <source>Enumeration out of sequence: “%1” follows “%2”; expected “%3”.</source>
        <translation>序号不连续：“%2”之后是“%1”，应为“%3”。</translation>
    </message>
    <message>
        <source>Enumeration repeats “%1”; expected “%2”.</source>
        <translation>序号重复：“%1”已用过，应为“%2”。</translation>
    </message>
    <message>
        <source>Enumeration starts at “%1”; expected “%2”.</source>
        <translation>序号应从“%2”开始，此处为“%1”。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2, hints: %3</source>
        <translation>错误%1个，警告%2个，提示%3个</translation>
    </message>
    <message>
        <source>Figure without a unit: add the unit after %1 (件, 次, 人次 …).</source>
        <translation>数字“%1”后缺少计量单位，请补充（如件、次、人次）。</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Figures agree</source>
        <translation>数据一致</translation>
    </message>
    <message>
        <source>Figures in the text agree with the work area&apos;s facts.</source>
        <translation>正文数据与分项数据指标一致。</translation>
    </message>
    <message>
        <source>Formulations are written in their standard form, e.g. 习近平法治思想, “八五”普法.</source>
        <translation>规范表述准确无误，如习近平法治思想、“八五”普法。</translation>
    </message>
    <message>
        <source>Half-width %1 in Chinese text; use the full-width %2.</source>
        <translation>中文中误用半角“%1”，应改为全角“%2”。</translation>
    </message>
    <message>
        <source>Half-width brackets %1 in Chinese text; use the full-width %2.</source>
        <translation>中文中误用半角括号“%1”，应改为全角“%2”。</translation>
    </message>
    <message>
        <source>Half-width punctuation</source>
        <translation>半角标点</translation>
    </message>
    <message>
        <source>Hand-typed enumerations are complete, in order and at the right level, with standard labels; repairs made by import are listed.</source>
        <translation>手工输入的序号完整、连续、层次正确、格式规范；列出导入时补全的序号。</translation>
    </message>
    <message>
        <source>Hand-typed part number “%1”; make this a part so that it is numbered automatically.</source>
        <translation>手工输入了序号“%1”：请将此处设为一个部分，由系统自动编号。</translation>
    </message>
    <message>
        <source>Hand-typed work-area number “%1”; make this a work area so that it is numbered automatically.</source>
        <translation>手工输入了序号“%1”：请将此处设为分项，由系统自动编号。</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>ID numbers</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Import restored a lost enumeration numeral: “%1” became “%2”; check it.</source>
        <translation>导入时补全了漏掉的序号：“%1”改为“%2”，请核对。</translation>
    </message>
    <message>
        <source>Licence plate number in a report for publication; delete it, or mask it as %1.</source>
        <translation>出现机动车号牌号码，公开前请删除或遮盖为%1。</translation>
    </message>
    <message>
        <source>Licence plates</source>
        <translation>车牌号码</translation>
    </message>
    <message>
        <source>Mismatched brackets: %1 is paired with the half-width %2; use %3.</source>
        <translation>括号全角半角混用：“%1”与半角“%2”配对，应改为“%3”。</translation>
    </message>
    <message>
        <source>Missing content: how the principal Party and government leaders performed their duty as first responsible persons (item 3 of the regulation).</source>
        <translation>缺少规定内容：党政主要负责人履行推进法治建设第一责任人职责情况。</translation>
    </message>
    <message>
        <source>Missing content: the measures taken and their results (item 1 of the regulation).</source>
        <translation>缺少规定内容：上一年度推进法治政府建设的主要举措和成效。</translation>
    </message>
    <message>
        <source>Missing content: the plans for the next year (item 4 of the regulation).</source>
        <translation>缺少规定内容：下一年度推进法治政府建设的主要安排。</translation>
    </message>
    <message>
        <source>Missing content: the shortcomings and their causes (item 2 of the regulation).</source>
        <translation>缺少规定内容：上一年度推进法治政府建设存在的不足和原因。</translation>
    </message>
    <message>
        <source>Mobile phone number in a report for publication; delete it, or mask it as %1.</source>
        <translation>出现手机号码，公开前请删除或遮盖为%1。</translation>
    </message>
    <message>
        <source>Name of a party to a case or complaint (%1) in a report for publication; mask it as %2.</source>
        <translation>出现案件或信访当事人的姓名（%1），公开前请隐去名字，写作“%2”。</translation>
    </message>
    <message>
        <source>Name the plans&apos; year in the heading: %1年.</source>
        <translation>工作安排的标题宜写明年度：%1年。</translation>
    </message>
    <message>
        <source>Names of parties</source>
        <translation>当事人姓名</translation>
    </message>
    <message>
        <source>No doubled punctuation marks such as ，， or 。。.</source>
        <translation>标点符号不重复、不连用。</translation>
    </message>
    <message>
        <source>No spaces inside Chinese text.</source>
        <translation>中文文字之间不加空格。</translation>
    </message>
    <message>
        <source>No text marked 秘密, 机密, 绝密, 内部, 内部资料, 涉密, 工作秘密 or 不宜公开 goes into a report for publication.</source>
        <translation>标有秘密、机密、绝密、内部、内部资料、涉密、工作秘密、不宜公开等字样的内容不得公开发布。</translation>
    </message>
    <message>
        <source>Non-standard wording; write: %1</source>
        <translation>表述不规范，应写作：%1</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Numbering levels mixed up: “%1” does not belong inside a work area; use 1. or 一是.</source>
        <translation>层次序号混用：分项内不应使用“%1”，请改用“1.”或“一是”。</translation>
    </message>
    <message>
        <source>Paired marks</source>
        <translation>成对标点</translation>
    </message>
    <message>
        <source>Parties to cases and complaints are named in masked form, e.g. 张某.</source>
        <translation>案件和信访当事人的姓名隐去名字，如写作“张某”。</translation>
    </message>
    <message>
        <source>Partly masked ID number that still shows %1 digits; hide at least the date of birth (digits 7 to 14), or delete it.</source>
        <translation>身份证号码遮盖不足，仍显示%1位；请至少遮盖出生日期（第7至14位），或删除该号码。</translation>
    </message>
    <message>
        <source>Partly masked phone number that still shows %1 digits; hide at least four.</source>
        <translation>电话号码遮盖不足，仍显示%1位；请至少遮盖4位。</translation>
    </message>
    <message>
        <source>Phone number in a report for publication; delete it, or, if it is the office&apos;s published service number, add it to the published numbers in the settings.</source>
        <translation>出现电话号码，公开前请删除；如为本机关公开的服务电话，请在设置的“公开的电话和邮箱”中加入。</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Published on %1; the regulation requires publication before 1 April %2.</source>
        <translation>发布日期为%1，未按规定在%2年4月1日前公开。</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>标点符号</translation>
    </message>
    <message>
        <source>Punctuation marks in a row (%1); keep the right one.</source>
        <translation>标点连用“%1”，请只保留恰当的一个。</translation>
    </message>
    <message>
        <source>Quotation marks, book-title marks and brackets come in pairs within a paragraph.</source>
        <translation>引号、书名号、括号在段内成对使用。</translation>
    </message>
    <message>
        <source>Repeated punctuation</source>
        <translation>标点重复</translation>
    </message>
    <message>
        <source>Report details</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Required content</source>
        <translation>法定内容</translation>
    </message>
    <message>
        <source>Reuse</source>
        <translation>沿用旧文</translation>
    </message>
    <message>
        <source>Same sentence as in the %1 report; update it.</source>
        <translation>与%1年度报告中的句子完全相同，请更新。</translation>
    </message>
    <message>
        <source>Same sentence, figures included, as in the %1 report; check and update it.</source>
        <translation>与%1年度报告中的句子（含数据）完全相同，请核实更新。</translation>
    </message>
    <message>
        <source>Say what the principal leaders did themselves: chaired, heard reports, studied, deployed, supervised.</source>
        <translation>请写明党政主要负责人本人如何履责，如主持、听取汇报、研究、部署、督办。</translation>
    </message>
    <message>
        <source>Secrecy</source>
        <translation>保密</translation>
    </message>
    <message>
        <source>Secrecy marking “%1”: text so marked is not for publication. Remove it from the report, or remove the marking only once the text is cleared for publication.</source>
        <translation>出现密级或内部标志“%1”：带有此类标志的内容不得公开发布。请从报告中删去该内容；确已解密或经审查可以公开的，方可删去标志。</translation>
    </message>
    <message>
        <source>Secrecy markings</source>
        <translation>密级和内部标志</translation>
    </message>
    <message>
        <source>Sentences are not copied unchanged from the previous year&apos;s report.</source>
        <translation>不原样照搬上一年度报告的句子。</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>多余空格</translation>
    </message>
    <message>
        <source>Standard wording</source>
        <translation>规范表述</translation>
    </message>
    <message>
        <source>Stray space in Chinese text; delete it.</source>
        <translation>中文文字间有多余空格，请删除。</translation>
    </message>
    <message>
        <source>Text reused from last year</source>
        <translation>沿用上年文字</translation>
    </message>
    <message>
        <source>The contents the regulation requires are present and filled in: measures and results, the principal leaders&apos; duty, shortcomings and their causes, next year&apos;s plans.</source>
        <translation>报告具备规定要求的内容且不为空：主要举措和成效、党政主要负责人履责情况、存在的不足和原因、下一年度主要安排。</translation>
    </message>
    <message>
        <source>The part for other matters is empty; write it or delete the part.</source>
        <translation>“其他需要报告的情况”没有内容，请补充或删除该部分。</translation>
    </message>
    <message>
        <source>The plans are for %2, but this heading names %1.</source>
        <translation>工作安排应为%2年，标题写的却是%1年。</translation>
    </message>
    <message>
        <source>The report is for %2, but this heading names %1.</source>
        <translation>报告年度为%2年，本部分标题写的却是%1年。</translation>
    </message>
    <message>
        <source>The report is published before 1 April and reported up before the set date.</source>
        <translation>报告于4月1日前公开，并在规定时限前报送。</translation>
    </message>
    <message>
        <source>The report was due to be reported up before %1 and has not been submitted yet.</source>
        <translation>报告应在%1前报送，目前尚未报送。</translation>
    </message>
    <message>
        <source>The report&apos;s organization is not set.</source>
        <translation>未填写发布机关。</translation>
    </message>
    <message>
        <source>The report&apos;s year is not set.</source>
        <translation>未填写报告年度。</translation>
    </message>
    <message>
        <source>The shortcomings are listed without their causes; add the causes.</source>
        <translation>只列出了不足，没有分析原因，请补充原因。</translation>
    </message>
    <message>
        <source>The title does not name the organization (%1).</source>
        <translation>标题未写明发布机关（%1）。</translation>
    </message>
    <message>
        <source>The title does not name the year %1.</source>
        <translation>标题未写明报告年度（%1年）。</translation>
    </message>
    <message>
        <source>The title names the organization and the year in the usual form, without repetition.</source>
        <translation>标题写明发布机关和年度，格式规范，没有重复。</translation>
    </message>
    <message>
        <source>The title names the year %1, but the report is for %2.</source>
        <translation>标题中的年份%1与报告年度%2不一致。</translation>
    </message>
    <message>
        <source>The years named agree with the report&apos;s year; no vague words such as 今年 or 明年.</source>
        <translation>文中年份与报告年度一致，不用“今年”“明年”等指代不明的说法。</translation>
    </message>
    <message>
        <source>This figure differs from the work area&apos;s facts: %1 is %2.</source>
        <translation>数据与本分项的数据指标不一致：%1为%2。</translation>
    </message>
    <message>
        <source>This is numbered automatically; delete the typed number “%1”.</source>
        <translation>此处自动编号，请删去手工输入的“%1”。</translation>
    </message>
    <message>
        <source>This looks like a citizen ID number (its check digit does not match); if it is one, delete it.</source>
        <translation>疑似居民身份证号码（校验位不符）；如确为身份证号码，公开前请删除。</translation>
    </message>
    <message>
        <source>This part is empty; write its content.</source>
        <translation>本部分没有内容，请补充。</translation>
    </message>
    <message>
        <source>This work area is empty; write it or delete it.</source>
        <translation>此分项没有内容，请补充或删除。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>Unpaired book-title marks: the closing %1 is missing.</source>
        <translation>书名号不成对：缺少后书名号（%1），请补上。</translation>
    </message>
    <message>
        <source>Unpaired book-title marks: the opening %1 is missing.</source>
        <translation>书名号不成对：缺少前书名号（%1），请补上。</translation>
    </message>
    <message>
        <source>Unpaired brackets: the closing %1 is missing.</source>
        <translation>括号不成对：缺少后括号（%1），请补上。</translation>
    </message>
    <message>
        <source>Unpaired brackets: the opening %1 is missing.</source>
        <translation>括号不成对：缺少前括号（%1），请补上。</translation>
    </message>
    <message>
        <source>Unpaired quotation marks: the closing %1 is missing.</source>
        <translation>引号不成对：缺少右引号（%1），请补上。</translation>
    </message>
    <message>
        <source>Unpaired quotation marks: the opening %1 is missing.</source>
        <translation>引号不成对：缺少左引号（%1），请补上。</translation>
    </message>
    <message>
        <source>Unusual title; the usual form is [organization][year]年度法治政府建设情况报告.</source>
        <translation>标题不规范，一般写作“机关名称+××年度法治政府建设情况报告”。</translation>
    </message>
    <message>
        <source>Use “%1” rather than “%2” for a numbered item (GB/T 9704).</source>
        <translation>序号“%2”不规范，应为“%1”（GB/T 9704）。</translation>
    </message>
    <message>
        <source>Vague time word “%1”; write the year.</source>
        <translation>“%1”指代不明，请写明具体年份。</translation>
    </message>
    <message>
        <source>Vague time word “%1”; write the year: %2.</source>
        <translation>“%1”指代不明，应写明年份：%2。</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>规范用语</translation>
    </message>
    <message>
        <source>Write dates in full: %1.</source>
        <translation>日期应写全称：%1。</translation>
    </message>
    <message>
        <source>Write dates without zero padding: %1.</source>
        <translation>日期中的月、日不加“0”，应写作%1。</translation>
    </message>
    <message>
        <source>Write the date in Arabic numerals (GB/T 9704): %1.</source>
        <translation>日期应使用阿拉伯数字（GB/T 9704）：%1。</translation>
    </message>
    <message>
        <source>Write the year in full: %1.</source>
        <translation>年份应写全：%1。</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年度一致</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>修改为：%1</translation>
    </message>
    <message>
        <source>ignored: %1</source>
        <translation>已忽略：%1</translation>
    </message>
    <message>
        <source>“%1” appears twice in the title; delete the repetition.</source>
        <translation>标题中“%1”重复，请删去重复部分。</translation>
    </message>
    <message>
        <source>Heading punctuation</source>
        <translation>标题标点</translation>
    </message>
    <message>
        <source>Headings of one level end the same way: standalone headings without a full stop, run-in lead sentences with one.</source>
        <translation>同一层级标题结尾一致：独立成行的标题末尾不加句号，段首引领句以句号结尾。</translation>
    </message>
    <message>
        <source>Heading numbering</source>
        <translation>标题序号</translation>
    </message>
    <message>
        <source>Typed heading numerals run in order without skips, repeats or restarts, and one numeral family serves one level.</source>
        <translation>手工输入的标题序号连续，不跳号、不重号、不中途重起，同一种序号只用于一个层级。</translation>
    </message>
    <message>
        <source>Typos</source>
        <translation>错别字</translation>
    </message>
    <message>
        <source>Common misspellings and confusables of official documents: 布署, 以身作责, 截止/截至 …</source>
        <translation>公文常见错别字和易混词：布署、以身作责、截止/截至等。</translation>
    </message>
    <message>
        <source>Doubled words</source>
        <translation>重复字词</translation>
    </message>
    <message>
        <source>No word or phrase written twice in a row, such as 进一步进一步 or 的的; reduplication such as 层层 is allowed.</source>
        <translation>同一字词不连续重复书写（如“进一步进一步”“的的”）；“层层”“一个个”等叠词不在此列。</translation>
    </message>
    <message>
        <source>Time expressions</source>
        <translation>时间表述</translation>
    </message>
    <message>
        <source>Time expressions in their standard form: 2023年以来 rather than 2023年来, 截至目前 rather than 截止目前.</source>
        <translation>时间表述规范：写“2023年以来”而非“2023年来”，写“截至目前”而非“截止目前”。</translation>
    </message>
    <message>
        <source>Marks around titles and quotations</source>
        <translation>书名号和引号</translation>
    </message>
    <message>
        <source>GB/T 15834: no 、 between adjacent titles in 《》 or quotations, no full stop inside a title, quotation marks of one shape.</source>
        <translation>按GB/T 15834：相邻书名号或引号之间不用顿号，书名号内不用句号，引号形式统一。</translation>
    </message>
    <message>
        <source>Set phrases and names</source>
        <translation>固定提法和机构名称</translation>
    </message>
    <message>
        <source>The set phrases and names of this report type are complete (法治政府建设年度报告, 全面依法治县委员会), and two office names are separated by 、.</source>
        <translation>本类报告的固定提法和机构名称完整（如“法治政府建设年度报告”“全面依法治县委员会”），并列的机构名称之间用顿号隔开。</translation>
    </message>
    <message>
        <source>This heading ends with “%1” while the other headings of its level do not; delete it.</source>
        <translation>本标题以“%1”结尾，而同级其他标题没有，删去。</translation>
    </message>
    <message>
        <source>The other headings of this level end with “。”; end this one the same way.</source>
        <translation>同级其他标题以“。”结尾，本标题也应如此。</translation>
    </message>
    <message>
        <source>A heading does not end with “%1”.</source>
        <translation>标题末尾不用“%1”。</translation>
    </message>
    <message>
        <source>A run-in lead sentence ends with “。” before the text that follows it.</source>
        <translation>段首引领句后接正文，应以“。”结尾。</translation>
    </message>
    <message>
        <source>Heading numbers skip: “%1” follows “%2”; expected “%3”.</source>
        <translation>标题序号跳号：“%2”之后是“%1”，应为“%3”。</translation>
    </message>
    <message>
        <source>Heading number “%1” repeats; expected “%2”.</source>
        <translation>标题序号“%1”重复，应为“%2”。</translation>
    </message>
    <message>
        <source>Heading numbers restart at “%1” after “%2”; expected “%3”.</source>
        <translation>标题序号在“%2”之后又从“%1”重新开始，应为“%3”。</translation>
    </message>
    <message>
        <source>“%1” is the numeral of the parts (一、二、…); a heading inside a part is numbered “%2”.</source>
        <translation>“%1”是一级标题（部分）的序号；部分内的标题应用“%2”。</translation>
    </message>
    <message>
        <source>Nonstandard name of a Party congress or plenary session “%1”; write “%2”.</source>
        <translation>党的代表大会或全会名称表述不规范：“%1”，应为“%2”。</translation>
    </message>
    <message>
        <source>Current usage (since the 2014 Fourth Plenary Session) is 法治 here: write “%2” for “%1”.</source>
        <translation>此处按现行规范（党的十八届四中全会以来）用“法治”：“%1”应为“%2”。</translation>
    </message>
    <message>
        <source>法制 is right here (the fixed name of a system or office): write “%2” for “%1”.</source>
        <translation>此处应用“法制”（制度、机构的固定名称）：“%1”应为“%2”。</translation>
    </message>
    <message>
        <source>Wrong years in “%1”; the title reads “%2”.</source>
        <translation>“%1”中的年份有误，应为“%2”。</translation>
    </message>
    <message>
        <source>The exact title is “%2”, not “%1”.</source>
        <translation>文件标题应为“%2”，而非“%1”。</translation>
    </message>
    <message>
        <source>Nonstandard formulation “%1”; write “%2”.</source>
        <translation>提法不规范：“%1”，应为“%2”。</translation>
    </message>
    <message>
        <source>Misspelling “%1”; write “%2”.</source>
        <translation>错别字：“%1”应为“%2”。</translation>
    </message>
    <message>
        <source>截至 means “up to a time”, 截止 “to come to an end”: write “%2” for “%1”.</source>
        <translation>“截至”表示截到某一时间，“截止”表示到期停止：“%1”应为“%2”。</translation>
    </message>
    <message>
        <source>In formal text write “%2” rather than “%1”.</source>
        <translation>公文中宜写“%2”，不写“%1”。</translation>
    </message>
    <message>
        <source>Check the sense: “%1” here is probably “%2”.</source>
        <translation>请核对词义：此处“%1”可能应为“%2”。</translation>
    </message>
    <message>
        <source>“%1” is written twice in a row; delete one.</source>
        <translation>“%1”连续重复，删去一处。</translation>
    </message>
    <message>
        <source>Informal reduplication “%1” in a formal report; check it.</source>
        <translation>“%1”为口语叠用，公文中请核对。</translation>
    </message>
    <message>
        <source>Time expression “%1”: write “%2”.</source>
        <translation>时间表述不规范：“%1”应为“%2”。</translation>
    </message>
    <message>
        <source>Redundant time expression “%1”; write “%2”.</source>
        <translation>时间表述重复累赘：“%1”，宜写“%2”。</translation>
    </message>
    <message>
        <source>No 、 between adjacent titles in 《》 or quotations (GB/T 15834); delete it.</source>
        <translation>相邻的书名号或引号之间不用顿号（GB/T 15834），删去。</translation>
    </message>
    <message>
        <source>No full stop inside book-title marks; delete it.</source>
        <translation>书名号内不用句号，删去。</translation>
    </message>
    <message>
        <source>Quotation marks of mixed shapes (%1); use “ ” throughout.</source>
        <translation>引号形式混用（%1），统一使用“ ”。</translation>
    </message>
    <message>
        <source>Straight quotation mark in Chinese text; use %1.</source>
        <translation>中文中使用了直引号，应为%1。</translation>
    </message>
    <message>
        <source>Set phrase incomplete: write “%2” for “%1”.</source>
        <translation>固定提法不完整：“%1”应为“%2”。</translation>
    </message>
    <message>
        <source>Set phrase or name garbled: write “%2” for “%1”.</source>
        <translation>固定提法或名称有误：“%1”应为“%2”。</translation>
    </message>
    <message>
        <source>Two office names run together in “%1”; write “%2”.</source>
        <translation>两个机构名称连写：“%1”，应为“%2”。</translation>
    </message>
    <message>
        <source>%1 (%2 places in this text; one fix repairs them all).</source>
        <translation>%1（本段共 %2 处，可一次全部修正）</translation>
    </message>
    <message>
        <source>Line %1 is not an entry (write “wrong =&gt; right”, or one standard form): %2</source>
        <translation>第%1行不是有效词条（应写作“错词 =&gt; 正词”，或只写一个规范写法）：%2</translation>
    </message>
    <message>
        <source>The file holds no entries (one entry a line; lines starting with # are comments).</source>
        <translation>文件中没有词条（每行一条，以 # 开头的行为注释）。</translation>
    </message>
    <message>
        <source>Import repairs</source>
        <translation>导入修复</translation>
    </message>
    <message>
        <source>What import read against the numbering or guessed (a work area numbered like a part, a damaged numeral, an organization taken from the signature …), to confirm against the original.</source>
        <translation>导入时按编号推断或猜测的内容（用部分编号编排的工作、残缺的序号、从署名取得的机关名称等），请对照原文确认。</translation>
    </message>
    <message>
        <source>The date written (成文日期) is not set: the signature block has no date. Set it in the report details before the report is approved.</source>
        <translation>未填写成文日期：落款没有日期。请在报告审定前于“报告信息”中填写。</translation>
    </message>
    <message>
        <source>The date written (成文日期) is not set: a report is not approved without its date. Return it to the drafter, or set the date once it is reopened.</source>
        <translation>未填写成文日期：没有成文日期的报告不能审定。请退回拟稿人补填，或重新打开后填写日期。</translation>
    </message>
    <message>
        <source>Characters no font has</source>
        <translation>无字体可显示的字符</translation>
    </message>
    <message>
        <source>A character that no installed font can draw prints as an empty box and is lost from the text of the PDF and the OFD.</source>
        <translation>已安装的字体都没有的字符在 PDF 和 OFD 中印为空框，文字中也会丢失。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>&quot;%1&quot; is not a report id (a UUID as printed by list).</source>
        <translation>“%1”不是报告编号（应为 list 命令列出的 UUID）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id (a UUID).</source>
        <translation>“%1”不是编号（应为 UUID）。</translation>
    </message>
    <message>
        <source>%1 applies only to --format %2.</source>
        <translation>%1 只能与 --format %2 一起使用。</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>(none installed)</source>
        <translation>（未安装）</translation>
    </message>
    <message>
        <source>--from and --to take revision numbers.</source>
        <translation>--from 和 --to 需要版本号。</translation>
    </message>
    <message>
        <source>--keep-days takes a number of days from 1 to %1.</source>
        <translation>--keep-days 需要 1 到 %1 之间的天数。</translation>
    </message>
    <message>
        <source>--override-secrecy needs the reason for publishing despite the secrecy check.</source>
        <translation>--override-secrecy 需要写明不顾保密检查结果仍予发布的理由。</translation>
    </message>
    <message>
        <source>--to needs a path.</source>
        <translation>--to 需要一个路径。</translation>
    </message>
    <message>
        <source>Fazhi Report cannot write in the folder of the workspace %1.</source>
        <translation>法治报告无法在工作区 %1 所在的文件夹中写入。</translation>
    </message>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>选项 %1 需要一个值。</translation>
    </message>
    <message>
        <source>Option --workspace needs a value.</source>
        <translation>选项 --workspace 需要一个值。</translation>
    </message>
    <message>
        <source>Published with a secrecy override; the reason is kept in the review record.</source>
        <translation>已放行发布（保密检查例外），理由已记入审核记录。</translation>
    </message>
    <message>
        <source>The report is %1 and locked; reopen it (review reopen) to change it.</source>
        <translation>报告%1，已锁定；如需修改，请先重新打开（review reopen）。</translation>
    </message>
    <message>
        <source>The workspace %1 is open in Fazhi Report. Restore the backup there (File ▸ Restore from Backup…), or quit the app first.</source>
        <translation>工作区 %1 已在法治报告程序中打开。请在程序中恢复（文件 ▸ 从备份恢复…），或先退出程序。</translation>
    </message>
    <message>
        <source>There is no node %1 in this report.</source>
        <translation>这份报告中没有编号为 %1 的内容。</translation>
    </message>
    <message>
        <source>This command needs %1 ID.</source>
        <translation>这个命令需要 %1 编号。</translation>
    </message>
    <message>
        <source>To publish all the same, the approver states the reason: --override-secrecy &quot;REASON&quot;.</source>
        <translation>如仍要发布，由审核人写明理由：--override-secrecy &quot;理由&quot;。</translation>
    </message>
    <message>
        <source>Unknown backup subcommand &quot;%1&quot;.</source>
        <translation>未知的 backup 子命令“%1”。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>Unknown review subcommand &quot;%1&quot;.</source>
        <translation>未知的 review 子命令“%1”。</translation>
    </message>
    <message>
        <source>Usage: fazhi-cli [--workspace PATH] COMMAND [ARGUMENTS]

Commands:
  import FILE                      import a published report (.txt or .docx); prints the new id
  list                             one report per line: id, year, organization, status, title
  show ID [--json]                 the whole structure of a report
  new --organization NAME --year N create a report from the regulation template; prints the id
  export ID --format %1 --output PATH %2
  delete ID                        delete a report
  check ID [--json]                proofread and check completeness; exit status 1 if errors remain
  fonts                            the installed font used for each role of the printed page
  edit ID --node NODE --text TEXT  replace a node&apos;s text (paragraph, point, lead, heading, title)
  review submit ID --by NAME [--note TEXT]          freeze a revision and submit it for review
  review comment ID --node NODE --text TEXT --by NAME [--start N --end N]
  review suggest ID --node NODE --text TEXT --by NAME   propose a replacement text
  review reply ID --comment C --text TEXT --by NAME
  review resolve ID --comment C [--by NAME]
  review accept|reject ID --suggestion S [--by NAME] [--force]
  review decide ID (--approve|--return) --opinion TEXT --by NAME
  review reopen ID --by NAME
  review publish ID --date YYYY-MM-DD [--url URL] [--by NAME] [--override-secrecy REASON]
                                   refused while the secrecy check finds errors, unless the
                                   approver overrides with a reason (kept in the record)
  review list ID                   comments and suggestions with ids, authors and states
  review export ID --output FILE   a review copy for another PC (a one-report workspace)
  review import FILE               merge a review copy back; prints the report ids
  history ID                       one line per revision and state change
  diff ID [--from REV] [--to REV]  changes per section (default: last revision → current draft)
  backup list                      one backup per line: path, date, reason, size in bytes, reports
  backup now [--keep-days N]       back the workspace up now; prints the backup&apos;s path
  backup restore BACKUP [--to PATH]  replace the workspace with a backup (the workspace as it is is
                                   backed up first), or restore it as a new workspace file PATH

The workspace is --workspace PATH, else the FAZHI_WORKSPACE variable, else the per-user default.
Backups are kept in the folder NAME.backups beside the workspace file: one a day when a command
opens it, kept for 14 days (the setting of the desktop app, or the FAZHI_BACKUP_DAYS variable).
Exit status: 0 success, 2 usage error, 3 data or state error, 4 a file cannot be written.
</source>
        <translation>用法：fazhi-cli [--workspace 路径] 命令 [参数]

命令：
  import 文件                      导入已发布的报告（.txt 或 .docx），输出新报告的编号
  list                             每行一份报告：编号、年度、机关、状态、标题
  show 编号 [--json]               输出报告的完整结构
  new --organization 机关 --year 年度
                                   按法规模板新建报告，输出新报告的编号
  export 编号 --format %1 --output 路径 %2
  delete 编号                      删除报告
  check 编号 [--json]              校对并检查完整性；仍有错误时退出码为 1
  fonts                            列出印制版面各类文字实际使用的已安装字体
  edit 编号 --node 内容 --text 文字 替换一项内容的文字（段落、要点、引领句、标题）
  review submit 编号 --by 姓名 [--note 说明]         生成版本并提交审核
  review comment 编号 --node 内容 --text 文字 --by 姓名 [--start N --end N]
  review suggest 编号 --node 内容 --text 文字 --by 姓名   提出修改建议
  review reply 编号 --comment 批注 --text 文字 --by 姓名
  review resolve 编号 --comment 批注 [--by 姓名]
  review accept|reject 编号 --suggestion 建议 [--by 姓名] [--force]
  review decide 编号 (--approve|--return) --opinion 意见 --by 姓名
  review reopen 编号 --by 姓名
  review publish 编号 --date 年-月-日 [--url 网址] [--by 姓名] [--override-secrecy 理由]
                                   保密检查仍有错误时拒绝发布，除非审核人写明理由放行（理由记入审核记录）
  review list 编号                 列出批注和建议，含编号、作者和状态
  review export 编号 --output 文件 导出送审副本，供其他电脑审核（单份报告的工作区）
  review import 文件               导入送审副本中的审核意见，输出报告编号
  history 编号                     每个版本和每次状态变化各占一行
  diff 编号 [--from 版本] [--to 版本] 按分项列出修改（默认：最新版本 → 当前稿）
  backup list                      每行一份备份：路径、日期、原因、大小（字节）、报告数
  backup now [--keep-days 天数]    立即备份工作区，输出备份文件的路径
  backup restore 备份 [--to 路径]  用备份替换工作区（先备份当前工作区），或恢复为新的工作区文件

工作区依次取 --workspace 路径、环境变量 FAZHI_WORKSPACE、当前用户的默认工作区。
备份保存在工作区文件旁边的“文件名.backups”文件夹中：命令每天第一次打开工作区时备份一次，
保留 14 天（取桌面程序中的设置，或环境变量 FAZHI_BACKUP_DAYS）。
退出码：0 成功，2 用法错误，3 数据或状态错误，4 文件无法写入。
</translation>
    </message>
    <message>
        <source>Warning: not fit for publication yet: the secrecy check found %1 error(s) and %2 warning(s):</source>
        <translation>警告：尚不宜公开发布：保密检查发现%1个错误、%2个警告：</translation>
    </message>
    <message>
        <source>backup list takes no arguments.</source>
        <translation>backup list 命令不带参数。</translation>
    </message>
    <message>
        <source>backup needs a subcommand: list, now or restore.</source>
        <translation>backup 命令需要子命令：list、now 或 restore。</translation>
    </message>
    <message>
        <source>backup now takes only --keep-days N.</source>
        <translation>backup now 命令只接受 --keep-days 天数。</translation>
    </message>
    <message>
        <source>backup restore takes one backup file and optionally --to PATH.</source>
        <translation>backup restore 命令需要一个备份文件，可加 --to 路径。</translation>
    </message>
    <message>
        <source>check takes one report id.</source>
        <translation>check 命令需要一个报告编号。</translation>
    </message>
    <message>
        <source>delete takes one report id.</source>
        <translation>delete 命令需要一个报告编号。</translation>
    </message>
    <message>
        <source>diff takes one report id.</source>
        <translation>diff 命令需要一个报告编号。</translation>
    </message>
    <message>
        <source>edit takes one report id, --node NODE and --text TEXT.</source>
        <translation>edit 命令需要一个报告编号、--node 内容编号和 --text 文字。</translation>
    </message>
    <message>
        <source>export needs --format %1.</source>
        <translation>export 命令需要 --format %1。</translation>
    </message>
    <message>
        <source>export needs --output PATH.</source>
        <translation>export 命令需要 --output 路径。</translation>
    </message>
    <message>
        <source>export takes one report id.</source>
        <translation>export 命令需要一个报告编号。</translation>
    </message>
    <message>
        <source>fonts takes no arguments.</source>
        <translation>fonts 命令不接受参数。</translation>
    </message>
    <message>
        <source>history takes one report id.</source>
        <translation>history 命令需要一个报告编号。</translation>
    </message>
    <message>
        <source>import takes one file.</source>
        <translation>import 命令需要一个文件。</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list 命令不接受参数。</translation>
    </message>
    <message>
        <source>merged: %1 new reports, %2 new comments, %3 updated comments, %4 new steps, %5 new revisions</source>
        <translation>已合并：新报告 %1 份，新批注 %2 条，更新批注 %3 条，新办理步骤 %4 个，新版本 %5 个</translation>
    </message>
    <message>
        <source>new needs --organization NAME.</source>
        <translation>new 命令需要 --organization 机关名称。</translation>
    </message>
    <message>
        <source>new needs --year N with a year between 2000 and 2100.</source>
        <translation>new 命令需要 --year 年度，取值 2000 至 2100。</translation>
    </message>
    <message>
        <source>new takes only --organization and --year.</source>
        <translation>new 命令只接受 --organization 和 --year。</translation>
    </message>
    <message>
        <source>not in the fallback chain: </source>
        <translation>不在备选列表中：</translation>
    </message>
    <message>
        <source>not taken: %1</source>
        <translation>未采纳：%1</translation>
    </message>
    <message>
        <source>note: </source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>restored %1 as the new workspace %2</source>
        <translation>已将 %1 恢复为新的工作区 %2</translation>
    </message>
    <message>
        <source>restored %1 to the workspace %2</source>
        <translation>已将 %1 恢复到工作区 %2</translation>
    </message>
    <message>
        <source>review %1 needs --text TEXT.</source>
        <translation>review %1 需要 --text 文字。</translation>
    </message>
    <message>
        <source>review %1 takes one report id.</source>
        <translation>review %1 需要一个报告编号。</translation>
    </message>
    <message>
        <source>review decide needs either --approve or --return.</source>
        <translation>review decide 需要 --approve 或 --return。</translation>
    </message>
    <message>
        <source>review export needs --output FILE.</source>
        <translation>review export 需要 --output 文件。</translation>
    </message>
    <message>
        <source>review import takes one file.</source>
        <translation>review import 需要一个文件。</translation>
    </message>
    <message>
        <source>review needs a subcommand: submit, comment, suggest, reply, resolve, accept, reject, decide, reopen, publish, list, export or import.</source>
        <translation>review 需要一个子命令：submit、comment、suggest、reply、resolve、accept、reject、decide、reopen、publish、list、export 或 import。</translation>
    </message>
    <message>
        <source>review publish needs --date YYYY-MM-DD.</source>
        <translation>review publish 需要 --date 年-月-日。</translation>
    </message>
    <message>
        <source>show takes one report id.</source>
        <translation>show 命令需要一个报告编号。</translation>
    </message>
    <message>
        <source>stale suggestion (the text changed meanwhile): %1</source>
        <translation>过时的建议（其间正文已修改）：%1</translation>
    </message>
    <message>
        <source>the workspace as it was is kept as %1</source>
        <translation>恢复前的工作区已备份为 %1</translation>
    </message>
    <message>
        <source>warning: the daily backup was not made: </source>
        <translation>警告：未能完成每日备份：</translation>
    </message>
    <message>
        <source>fazhi-cli --version prints the version of the program.
</source>
        <translation>fazhi-cli --version 输出程序的版本。
</translation>
    </message>
    <message>
        <source>check ID also takes --each (every finding on its own: repeated ones are otherwise one a text)
and --fix-all RULE (apply every fix of that rule, or of all rules with &quot;all&quot;, then check again).
terms import FILE [--replace]  the office&apos;s wording list from a text file, one entry a line:
                                &quot;wrong =&gt; right&quot; (or tab-separated), # for comments
terms export FILE | terms list | terms clear   the list the checks use beside the built-in one
</source>
        <translation>check ID 另可加 --each（逐条列出每处问题；否则同一段中重复的问题合并为一条）
以及 --fix-all 规则（应用该规则的全部修正，写 &quot;all&quot; 则应用所有规则的修正，然后重新检查）。
terms import 文件 [--replace]   从文本文件导入本机关词表，每行一条：
                                &quot;错词 =&gt; 正词&quot;（或用制表符分隔），# 开头为注释
terms export 文件 | terms list | terms clear   检查时在内置词表之外使用的词表
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rule id (see the rules in check --json output) or &quot;all&quot;.</source>
        <translation>“%1”不是检查规则的标识（见 check --json 的输出），也不是“all”。</translation>
    </message>
    <message>
        <source>Fixed %1 place(s) in %2 text(s).</source>
        <translation>已修正 %2 段文字中的 %1 处。</translation>
    </message>
    <message>
        <source>%1: %2 places in %3 text(s), grouped; fix them all with --fix-all %4</source>
        <translation>%1：%3 段文字中共 %2 处，已合并列出；用 --fix-all %4 可全部修正</translation>
    </message>
    <message>
        <source>terms needs a subcommand: import, export, list or clear.</source>
        <translation>terms 需要子命令：import、export、list 或 clear。</translation>
    </message>
    <message>
        <source>No entry was imported.</source>
        <translation>没有导入任何词条。</translation>
    </message>
    <message>
        <source>Imported %1 entr(ies); the list has %2.</source>
        <translation>导入词条 %1 条，词表现有 %2 条。</translation>
    </message>
    <message>
        <source>terms takes: import FILE [--replace], export FILE, list or clear.</source>
        <translation>terms 的用法：import 文件 [--replace]、export 文件、list 或 clear。</translation>
    </message>
    <message>
        <source>usage: fazhi-cli --workspace postgresql://USER@HOST:PORT/DATABASE server init
       fazhi-cli --workspace postgresql://USER@HOST:PORT/DATABASE server add-user NAME --organization ORG --role clerk|leader|county
       (the new user&apos;s password: one line on standard input, or asked for on a terminal)
</source>
        <translation>用法：fazhi-cli --workspace postgresql://用户@主机:端口/数据库 server init
      fazhi-cli --workspace postgresql://用户@主机:端口/数据库 server add-user 用户名 --organization 机关 --role clerk|leader|county
      （新用户的密码：从标准输入读取一行，在终端上则提示输入）
</translation>
    </message>
    <message>
        <source>server commands need --workspace postgresql://USER@HOST:PORT/DATABASE, the server&apos;s database, with its owner as USER.
</source>
        <translation>server 命令需要 --workspace postgresql://用户@主机:端口/数据库，即服务器上的数据库，用户为该数据库的所有者。
</translation>
    </message>
    <message>
        <source>The server&apos;s workspace is ready: schema, roles fazhi_clerk, fazhi_leader and fazhi_county, row-level security and append-only records.
</source>
        <translation>服务器工作区已就绪：数据表、角色 fazhi_clerk、fazhi_leader 和 fazhi_county、行级安全规则以及只可追加的审核记录。
</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>usage: fazhi-cli copy ID --from WORKSPACE --to WORKSPACE   (a file or postgresql://...)
</source>
        <translation>用法：fazhi-cli copy ID --from 工作区 --to 工作区   （文件或 postgresql://...）
</translation>
    </message>
    <message>
        <source>--workspace may name a PostgreSQL server: postgresql://USER@HOST:PORT/DATABASE[?sslmode=...]
(the password from PGPASSWORD or the .pgpass file). On a server, as its owner:
server init                      the schema, the roles, row-level security
server add-user NAME --organization ORG --role clerk|leader|county
                                 a new user; the password is one line on standard input
copy ID --from WORKSPACE --to WORKSPACE   a report with its history and review records,
                                 between a file and a server either way
dashboard [--year Y] [--json]    one line per organization: deadline state (not-submitted,
                                 submitted, late, published), status, errors, warnings, last change
</source>
        <translation>--workspace 也可以是 PostgreSQL 服务器：postgresql://用户@主机:端口/数据库[?sslmode=...]
（密码取自 PGPASSWORD 或 .pgpass 文件）。以数据库所有者身份在服务器上执行：
server init                      建立数据表、角色和行级安全规则
server add-user 用户名 --organization 机关 --role clerk|leader|county
                                 新建用户；密码从标准输入读取一行
copy ID --from 工作区 --to 工作区   连同历史和审核记录复制一份报告，
                                 可在本地文件和服务器之间双向进行
dashboard [--year 年度] [--json]  每个机关一行：报送情况（not-submitted 未报送、submitted 已报送、
                                 late 逾期、published 已公开）、状态、错误数、警告数、最后修改时间
</translation>
    </message>
    <message>
        <source>usage: fazhi-cli dashboard [--year YEAR] [--json]
</source>
        <translation>用法：fazhi-cli dashboard [--year 年度] [--json]
</translation>
    </message>
    <message>
        <source>new --from ID [--year N]         next year&apos;s report from a report (default: its year + 1): the details,
                                 the parts and the work areas&apos; leads, the years moved; prints the id
</source>
        <translation>new --from 编号 [--year 年度]    由一份报告续写下一年度报告（默认：其年度 + 1）：沿用基本信息、
                                 各部分和工作领域的引领句，年份随之更新；输出新报告的编号
</translation>
    </message>
    <message>
        <source>new takes either --from ID [--year N] or --organization NAME --year N.</source>
        <translation>new 命令或用 --from 编号 [--year 年度]，或用 --organization 机关 --year 年度，二者不能同时使用。</translation>
    </message>
</context>
<context>
    <name>fazhi</name>
    <message>
        <source>&quot;%1&quot; is not a valid value for the field &quot;%2&quot;.</source>
        <translation>“%1”不是字段“%2”的有效值。</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name to restore the backup to (nothing was overwritten).</source>
        <translation>%1 已存在；请为恢复的备份另取一个新文件名（未覆盖任何文件）。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 是一个文件夹，不是报告文件。</translation>
    </message>
    <message>
        <source>%1 is a workspace open in this program, not a report to read.</source>
        <translation>%1 是本程序正在使用的报告文件，不是可以导入的报告。</translation>
    </message>
    <message>
        <source>%1 is not a review copy or workspace this program wrote: its tables have been changed (or it holds views or triggers). It was not read.</source>
        <translation>%1 不是本程序写出的审阅稿或报告文件：其中的表已被改动（或含有视图、触发器），未读取其中的内容。</translation>
    </message>
    <message>
        <source>%1 was not read: %2</source>
        <translation>未读取 %1：%2</translation>
    </message>
    <message>
        <source>A backup of the workspace %1 could not be written to %2 (%3). Free some space or allow writing in that folder; the workspace is unchanged.</source>
        <translation>报告文件 %1 的备份无法写入 %2（%3）。请腾出磁盘空间或允许写入该文件夹；报告文件未被改动。</translation>
    </message>
    <message>
        <source>A changed text or author of the comment by %1 (%2): nobody&apos;s comment is rewritten by a copy.</source>
        <translation>%1（%2）的批注在审阅稿中被改动了文字或作者：审阅稿不能改写任何人的批注。</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>批注需要填写内容。</translation>
    </message>
    <message>
        <source>A comment of %1 characters is too long: a comment may hold at most %2 characters.</source>
        <translation>意见长 %1 个字符，超出限制：一条意见最多 %2 个字符。</translation>
    </message>
    <message>
        <source>A database operation on the workspace %1 failed (%2).</source>
        <translation>报告文件 %1 的数据库操作失败（%2）。</translation>
    </message>
    <message>
        <source>A detail of the web page (view count, sharing, author …) was left out.</source>
        <translation>网页上的附属信息（浏览次数、分享、作者等）已略去。</translation>
    </message>
    <message>
        <source>A line above the title (site banner or navigation) was left out of the report.</source>
        <translation>标题上方的一行（网站横幅或导航）未收入报告。</translation>
    </message>
    <message>
        <source>A line of web page furniture (sharing, printing, view counts …) was left out.</source>
        <translation>网页上的附属内容（分享、打印、浏览次数等）已略去。</translation>
    </message>
    <message>
        <source>A name is needed: the review record says who did what.</source>
        <translation>需要填写姓名：审核记录要写明由谁办理。</translation>
    </message>
    <message>
        <source>A paragraph of %1 characters is longer than a paragraph may be (%2 characters); it was split into %3 paragraphs at sentence ends. No text was lost.</source>
        <translation>有一个段落长 %1 个字符，超过段落长度上限（%2 个字符），已在句末处分为 %3 个段落，文字没有丢失。</translation>
    </message>
    <message>
        <source>A part has %1 work areas (（一）（二）…): a part may have at most %2.</source>
        <translation>有一个部分含 %1 项工作（（一）（二）……），超出限制：一个部分最多 %2 项。</translation>
    </message>
    <message>
        <source>A part or work area has %1 points (一是… or 1. …): at most %2 points may follow one another.</source>
        <translation>有一个部分或一项工作含 %1 个条目（一是……或 1. ……），超出限制：最多连续 %2 个条目。</translation>
    </message>
    <message>
        <source>A reply needs some text.</source>
        <translation>回复需要填写内容。</translation>
    </message>
    <message>
        <source>A text of %1 characters is too long: a paragraph or other field may hold at most %2 characters. Split it into several paragraphs.</source>
        <translation>文字长 %1 个字符，超出限制：一个段落或其他栏目最多 %2 个字符。请分成几个段落。</translation>
    </message>
    <message>
        <source>An empty detail line of the web page was left out.</source>
        <translation>网页上的一行空白信息已略去。</translation>
    </message>
    <message>
        <source>Before importing a review copy</source>
        <translation>导入审阅稿前</translation>
    </message>
    <message>
        <source>Before restoring a backup</source>
        <translation>从备份恢复前</translation>
    </message>
    <message>
        <source>Before upgrading</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Cannot %1: the report is %2.</source>
        <translation>无法%1：报告当前状态为“%2”。</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>结尾</translation>
    </message>
    <message>
        <source>Could not make a temporary copy of %1: %2.</source>
        <translation>无法为 %1 建立临时副本：%2。</translation>
    </message>
    <message>
        <source>Could not make a temporary folder: %1.</source>
        <translation>无法建立临时文件夹：%1。</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>Could not read %1: it is a folder.</source>
        <translation>无法读取 %1：这是一个文件夹。</translation>
    </message>
    <message>
        <source>Could not read %1: it is not an ordinary file.</source>
        <translation>无法读取 %1：这不是普通文件。</translation>
    </message>
    <message>
        <source>Could not replace %1. If it is open in another program, close it and try again.</source>
        <translation>无法替换 %1。如果它正在其他程序中打开，请关闭后重试。</translation>
    </message>
    <message>
        <source>Could not save %1: %2. If the file is open in another program (such as Word), close it and try again; also check that the disk is not full.</source>
        <translation>无法保存 %1：%2。如果该文件正在其他程序（如 Word）中打开，请关闭后重试；并检查磁盘是否已满。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Could not write %1: %2. If the file is open in another program (such as Word), close it and try again.</source>
        <translation>无法写入 %1：%2。如果该文件正在其他程序（如 Word）中打开，请关闭后重试。</translation>
    </message>
    <message>
        <source>Could not write %1: %2. The disk may be full; free some space and try again.</source>
        <translation>无法写入 %1：%2。磁盘可能已满，请腾出空间后重试。</translation>
    </message>
    <message>
        <source>Could not write %1: it is a folder.</source>
        <translation>无法写入 %1：这是一个文件夹。</translation>
    </message>
    <message>
        <source>Could not write %1: it is a link that leads nowhere.</source>
        <translation>无法写入 %1：这是一个指向不存在位置的链接。</translation>
    </message>
    <message>
        <source>Could not write %1: it is a workspace or a review copy of another report, which a review copy never replaces. Choose another file name.</source>
        <translation>无法写入 %1：这是报告文件或另一份报告的审阅稿，导出审阅稿不会覆盖它。请换一个文件名。</translation>
    </message>
    <message>
        <source>Could not write %1: it is a workspace or review copy, which an export never writes over. Choose another file name.</source>
        <translation>无法写入 %1：这是报告文件或审阅稿，导出绝不会覆盖它。请换一个文件名。</translation>
    </message>
    <message>
        <source>Could not write %1: it is a workspace that another program has open. Choose another file name.</source>
        <translation>无法写入 %1：另一个程序正打开这个报告文件。请换一个文件名。</translation>
    </message>
    <message>
        <source>Could not write %1: it is not an ordinary file (a device, a pipe or the like). Choose a file name in a folder.</source>
        <translation>无法写入 %1：这不是普通文件（而是设备、管道之类）。请在文件夹中选择一个文件名。</translation>
    </message>
    <message>
        <source>Could not write %1: it is the workspace this program has open (or one of its files). Choose another file name.</source>
        <translation>无法写入 %1：这是本程序正在使用的报告文件（或它的附属文件）。请换一个文件名。</translation>
    </message>
    <message>
        <source>Could not write %1: the folder does not exist.</source>
        <translation>无法写入 %1：文件夹不存在。</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Line %1 of the file was not in UTF-8 like the rest of it; it was read as GB18030 (GBK). Check that its text is right.</source>
        <translation>文件第 %1 行与其余部分不同，不是 UTF-8 编码，已按 GB18030（GBK）读取。请核对该行文字是否正确。</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>没有给出文件名。</translation>
    </message>
    <message>
        <source>No part headings (一、二、…) were found; the text is kept as the report&apos;s preamble.</source>
        <translation>没有找到部分标题（一、二、……），全文作为报告的开头段落保留。</translation>
    </message>
    <message>
        <source>No title line was found; the title is generated from the organization and year.</source>
        <translation>没有找到标题行，标题按发布机关和年度生成。</translation>
    </message>
    <message>
        <source>No workspace file name was given.</source>
        <translation>没有指定报告文件名。</translation>
    </message>
    <message>
        <source>Only a suggestion can be accepted or rejected.</source>
        <translation>只有修改建议可以采纳或不予采纳。</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>开头</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>Publishing was refused: the secrecy check found %1 error(s) (%2). Remove them from the report, or, as the approver, publish with an override and its reason, which the record keeps.</source>
        <translation>不能发布：保密检查发现%1个错误（%2）。请从报告中删去这些内容，或由审核人写明理由后放行发布，理由记入审核记录。</translation>
    </message>
    <message>
        <source>Report details</source>
        <translation>报告信息</translation>
    </message>
    <message>
        <source>Returning a report needs an opinion that says what to change.</source>
        <translation>退回报告需要填写意见，写明要修改什么。</translation>
    </message>
    <message>
        <source>Revision %1 (%2, %3): revisions come only from the workspace that owns the report.</source>
        <translation>版本 %1（%2，%3）：版本只能来自报告所属的报告文件。</translation>
    </message>
    <message>
        <source>Suggestions apply to a part, section, paragraph or point.</source>
        <translation>修改建议只能针对部分、分项、段落或要点。</translation>
    </message>
    <message>
        <source>Suggestions apply to a part, section, paragraph or point; change the title in the details.</source>
        <translation>修改建议只能针对部分、分项、段落或要点；标题请在报告信息中修改。</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not available.</source>
        <translation>Qt 的 SQLite 驱动（QSQLITE）不可用。</translation>
    </message>
    <message>
        <source>The Word document could not be assembled.</source>
        <translation>无法生成 Word 文档。</translation>
    </message>
    <message>
        <source>The Word document&apos;s part %1 is %2 MB uncompressed: at most %3 MB are read from one part. The file is damaged or not a report.</source>
        <translation>Word 文档的组成部分 %1 解压后为 %2 MB，超出限制：每个组成部分最多读取 %3 MB。文件已损坏或不是报告。</translation>
    </message>
    <message>
        <source>The backup %1 is the workspace itself.</source>
        <translation>备份 %1 就是报告文件本身。</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Fazhi Report; install that version to restore it.</source>
        <translation>备份 %1 由更新版本的法治报告程序创建；请安装该版本后再恢复。</translation>
    </message>
    <message>
        <source>The change does not fit the data in the workspace %1 (%2).</source>
        <translation>这项修改与报告文件 %1 中的数据不符（%2）。</translation>
    </message>
    <message>
        <source>The comment by %1 (%2) came marked as %3; accepting or rejecting is for this workspace to do.</source>
        <translation>%1（%2）的批注在审阅稿中被标为“%3”；采纳或不采纳应在这里决定。</translation>
    </message>
    <message>
        <source>The data is not a report.</source>
        <translation>这些数据不是一份报告。</translation>
    </message>
    <message>
        <source>The date under the title was taken as the report&apos;s date; it is printed under the signature.</source>
        <translation>标题下方的日期已作为成文日期，印在署名下方。</translation>
    </message>
    <message>
        <source>The disk holding the workspace %1 is full.</source>
        <translation>报告文件 %1 所在的磁盘已满。</translation>
    </message>
    <message>
        <source>The element cannot be placed there.</source>
        <translation>不能把这一项放在那里。</translation>
    </message>
    <message>
        <source>The enumeration lost its numeral here (“……。是……”); it was restored as “%1”.</source>
        <translation>此处列举缺少序数（“……。是……”），已补为“%1”。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; does not exist on this element.</source>
        <translation>这一项没有“%1”字段。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 cannot be written (%2).</source>
        <translation>文件 %1 无法写入（%2）。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 is not a Fazhi Report workspace.</source>
        <translation>文件 %1 不是法治报告的文件。</translation>
    </message>
    <message>
        <source>The file %1 is not a usable backup: it is damaged or not a Fazhi Report workspace. Choose another backup.</source>
        <translation>文件 %1 不是可用的备份：它已损坏或不是法治报告的文件。请选择其他备份。</translation>
    </message>
    <message>
        <source>The file %1 is not a workspace, so it is not replaced by the backup; restore the backup to a new file instead.</source>
        <translation>文件 %1 不是报告文件，因此不会被备份替换；请将备份恢复为新文件。</translation>
    </message>
    <message>
        <source>The file %1 is too large (%2 MB; at most %3 MB).</source>
        <translation>文件 %1 太大（%2 MB，最多 %3 MB）。</translation>
    </message>
    <message>
        <source>The file %1 is too large (at most %2 MB).</source>
        <translation>文件 %1 太大（最多 %2 MB）。</translation>
    </message>
    <message>
        <source>The file has more than %1 paragraphs: a report may hold at most %1 paragraphs, headings and points. Nothing was imported.</source>
        <translation>文件超过 %1 个段落，超出限制：一份报告最多 %1 个段落、标题和条目。未导入任何内容。</translation>
    </message>
    <message>
        <source>The file holds more than %1 characters of text: at most %1 characters can be imported as one report. Nothing was imported.</source>
        <translation>文件中的文字超过 %1 个字符，超出限制：一份报告最多导入 %1 个字符。未导入任何内容。</translation>
    </message>
    <message>
        <source>The file is a zip archive but not a Word document (.docx).</source>
        <translation>该文件是 zip 压缩包，但不是 Word 文档（.docx）。</translation>
    </message>
    <message>
        <source>The file is an old Word (.doc) file or a password-protected document. Save it as .docx without a password and try again.</source>
        <translation>该文件是旧版 Word（.doc）文件或加了密码的文档。请另存为不带密码的 .docx 后重试。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor readable as GB18030 on this system; save it as UTF-8 and try again.</source>
        <translation>该文件既不是 UTF-8 编码，在本机上也无法按 GB18030 读取；请另存为 UTF-8 后重试。</translation>
    </message>
    <message>
        <source>The file is not a Word document (.docx), or it is damaged.</source>
        <translation>该文件不是 Word 文档（.docx），或已损坏。</translation>
    </message>
    <message>
        <source>The file is not text; it looks like a binary file.</source>
        <translation>该文件不是文本，看起来是二进制文件。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The part heading ran on into body text; the text after its first sentence became the part&apos;s first paragraph.</source>
        <translation>部分标题与正文连在了一起，第一句之后的文字已作为该部分的第一段。</translation>
    </message>
    <message>
        <source>The parts were not numbered in sequence; the numbering is regenerated.</source>
        <translation>各部分的序号不连续，已重新编号。</translation>
    </message>
    <message>
        <source>The publication date is not a valid date.</source>
        <translation>发布日期不是有效的日期。</translation>
    </message>
    <message>
        <source>The report already has an element with the id %1.</source>
        <translation>报告中已有编号为 %1 的一项。</translation>
    </message>
    <message>
        <source>The report has %1 parts (一、二、…): a report may have at most %2 parts.</source>
        <translation>报告有 %1 个部分（一、二、……），超出限制：一份报告最多 %2 个部分。</translation>
    </message>
    <message>
        <source>The report has no element with the id %1.</source>
        <translation>报告中没有编号为 %1 的一项。</translation>
    </message>
    <message>
        <source>The report would have %1 paragraphs, headings and points: a report may hold at most %2.</source>
        <translation>报告将有 %1 个段落、标题和条目，超出限制：一份报告最多 %2 个。</translation>
    </message>
    <message>
        <source>The step “%1” by %2 (%3): it cannot be taken when the report is %4.</source>
        <translation>%2（%3）的办理步骤“%1”：报告处于“%4”状态时不能执行这一步骤。</translation>
    </message>
    <message>
        <source>The step “%1” by %2 (%3): it is not the sender&apos;s to take (%4).</source>
        <translation>%2（%3）的办理步骤“%1”：这一步骤不应由发来审阅稿的一方执行（%4）。</translation>
    </message>
    <message>
        <source>The suggestion by %1 (%2) came marked as decided; it is open here, for this workspace to decide.</source>
        <translation>%1（%2）的修改建议在审阅稿中被标为已处理；在这里仍为待处理，请在这里决定。</translation>
    </message>
    <message>
        <source>The text has changed since this suggestion was made; compare them and apply it by hand, or accept it anyway.</source>
        <translation>提出这条建议后正文已有改动；请对照后手工修改，或仍然采纳。</translation>
    </message>
    <message>
        <source>The text this suggestion was made on has been deleted.</source>
        <translation>这条建议所针对的文字已被删除。</translation>
    </message>
    <message>
        <source>The title was set on two lines; they were joined.</source>
        <translation>标题分在两行，已合为一行。</translation>
    </message>
    <message>
        <source>The value given for the field &quot;%1&quot; has the wrong type.</source>
        <translation>字段“%1”的值类型不对。</translation>
    </message>
    <message>
        <source>The work areas were not numbered in sequence; the numbering is regenerated.</source>
        <translation>各工作领域的序号不连续，已重新编号。</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be changed because it is read-only.</source>
        <translation>报告文件 %1 是只读的，无法修改。</translation>
    </message>
    <message>
        <source>The workspace %1 could not be read or written (%2).</source>
        <translation>无法读写报告文件 %1（%2）。</translation>
    </message>
    <message>
        <source>The workspace %1 is busy in another program; try again in a moment.</source>
        <translation>报告文件 %1 正被其他程序使用，请稍后再试。</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged and cannot be opened safely; restore it from a backup.</source>
        <translation>报告文件 %1 已损坏，无法安全打开；请从备份恢复。</translation>
    </message>
    <message>
        <source>The workspace %1 is open in another program (a second window or fazhi-cli). Close it there and restore again; nothing was changed.</source>
        <translation>报告文件 %1 正在另一个程序（另一个窗口或 fazhi-cli）中打开。请先在那里关闭，再重新恢复；未作任何改动。</translation>
    </message>
    <message>
        <source>The workspace %1 is still open; close it before restoring a backup.</source>
        <translation>报告文件 %1 仍处于打开状态；请先关闭，再从备份恢复。</translation>
    </message>
    <message>
        <source>The workspace %1 was made by a newer version of Fazhi Report; install that version to open it.</source>
        <translation>报告文件 %1 由更新版本的法治报告创建；请安装该版本后再打开。</translation>
    </message>
    <message>
        <source>The workspace %1 was made by an earlier version and is upgraded when opened. A copy of it as it is comes first, %2, and that copy could not be written (%3). Free some space or allow writing in the folder, then open it again; the workspace is unchanged.</source>
        <translation>报告文件 %1 由较早的版本创建，打开时需要升级。升级前要先在旁边保存一份原样的副本 %2，但副本未能写入（%3）。请腾出磁盘空间或允许在该文件夹中写入后再打开；报告文件没有任何改动。</translation>
    </message>
    <message>
        <source>The workspace already holds a report with the id %1.</source>
        <translation>报告文件中已有编号为 %1 的报告。</translation>
    </message>
    <message>
        <source>The workspace has no report with the id %1 (it may have been deleted in another window).</source>
        <translation>报告文件中没有编号为 %1 的报告（可能已在另一个窗口中删除）。</translation>
    </message>
    <message>
        <source>The 成文日期 on the page is not a date that could be read; enter the date by hand.</source>
        <translation>网页上的成文日期无法识别，请手工填写日期。</translation>
    </message>
    <message>
        <source>There is no comment or suggestion with the id %1 on this report.</source>
        <translation>这份报告中没有编号为 %1 的批注或建议。</translation>
    </message>
    <message>
        <source>There is no node with the id %1 in this report.</source>
        <translation>这份报告中没有编号为 %1 的内容。</translation>
    </message>
    <message>
        <source>This part comes before the shortcomings and plans; it was taken as a work area (measures).</source>
        <translation>这一部分位于不足和工作安排之前，已作为工作领域（主要举措）处理。</translation>
    </message>
    <message>
        <source>This report has no revision %1.</source>
        <translation>这份报告没有第 %1 版。</translation>
    </message>
    <message>
        <source>This report has no revision yet: a revision is made when it is submitted.</source>
        <translation>这份报告还没有版本：提交审核时才会生成版本。</translation>
    </message>
    <message>
        <source>This report was changed by another window or program; reload it and make your change again.</source>
        <translation>这份报告已被另一个窗口或程序修改；请重新载入后再修改。</translation>
    </message>
    <message>
        <source>This suggestion has already been accepted or rejected.</source>
        <translation>这条建议已经采纳或不予采纳。</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Unknown export format %1.</source>
        <translation>未知的导出格式 %1。</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>审定</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已审定</translation>
    </message>
    <message>
        <source>change the text</source>
        <translation>修改正文</translation>
    </message>
    <message>
        <source>comment text</source>
        <translation>批注文字</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>import notes</source>
        <translation>导入说明</translation>
    </message>
    <message>
        <source>it holds %1 (%2; at most %3).</source>
        <translation>其中的%1超出限制（%2，最多 %3）。</translation>
    </message>
    <message>
        <source>its -wal file could not be copied</source>
        <translation>无法复制它的 -wal 文件</translation>
    </message>
    <message>
        <source>node text</source>
        <translation>节点文字</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>nodes per report</source>
        <translation>每份报告的节点</translation>
    </message>
    <message>
        <source>publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>report details</source>
        <translation>报告信息</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>return</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>returned for changes</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>review step text</source>
        <translation>办理步骤的文字</translation>
    </message>
    <message>
        <source>review steps</source>
        <translation>办理步骤</translation>
    </message>
    <message>
        <source>revisions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>submit</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>submitted for review</source>
        <translation>待审</translation>
    </message>
    <message>
        <source>the copy could not be read back</source>
        <translation>无法读取写出的副本</translation>
    </message>
    <message>
        <source>the file could not be copied</source>
        <translation>无法复制该文件</translation>
    </message>
    <message>
        <source>the file could not be renamed</source>
        <translation>无法重命名该文件</translation>
    </message>
    <message>
        <source>the heading of the plans</source>
        <translation>工作安排部分的标题</translation>
    </message>
    <message>
        <source>the heading of the work review</source>
        <translation>工作回顾部分的标题</translation>
    </message>
    <message>
        <source>the line under the title</source>
        <translation>标题下方的一行</translation>
    </message>
    <message>
        <source>the page&apos;s 信息来源</source>
        <translation>网页上的“信息来源”</translation>
    </message>
    <message>
        <source>the publication date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>the report&apos;s date</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>the signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>the years named in the text</source>
        <translation>正文中提到的年份</translation>
    </message>
    <message>
        <source>this copy comes from a reviewer</source>
        <translation>这份审阅稿来自审核人</translation>
    </message>
    <message>
        <source>this copy comes from the drafter</source>
        <translation>这份审阅稿来自拟稿人</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>无法开始生成 PDF。</translation>
    </message>
    <message>
        <source>A new PDF page could not be started.</source>
        <translation>无法开始 PDF 的新一页。</translation>
    </message>
    <message>
        <source>The PDF could not be completed.</source>
        <translation>无法完成 PDF。</translation>
    </message>
    <message>
        <source>No Chinese font is installed, so the PDF cannot be made. Install 仿宋 (FangSong) or another Simplified Chinese font and try again.</source>
        <translation>本机没有安装中文字体，无法生成 PDF。请安装仿宋或其他简体中文字体后重试。</translation>
    </message>
    <message>
        <source>Leaders&apos; duty as first responsible persons</source>
        <translation>党政主要负责人履行第一责任人职责</translation>
    </message>
    <message>
        <source>Shortcomings and their causes</source>
        <translation>存在的不足和原因</translation>
    </message>
    <message>
        <source>Plans for next year</source>
        <translation>下一年度工作安排</translation>
    </message>
    <message>
        <source>Other matters to report</source>
        <translation>其他需要报告的情况</translation>
    </message>
    <message>
        <source>Measures and results</source>
        <translation>主要举措和成效</translation>
    </message>
    <message>
        <source>Part of its own</source>
        <translation>自定义部分</translation>
    </message>
    <message>
        <source>it is larger than %1 MB.</source>
        <translation>文件大于 %1 MB。</translation>
    </message>
    <message>
        <source>%1 is this workspace itself; a workspace cannot be merged into itself.</source>
        <translation>%1 就是当前打开的报告文件，不能合并到自身。</translation>
    </message>
    <message>
        <source>OFD document</source>
        <translation>OFD 版式文档</translation>
    </message>
    <message>
        <source>The OFD document could not be assembled.</source>
        <translation>OFD 版式文档无法生成。</translation>
    </message>
    <message>
        <source>the page&apos;s 政府信息公开 table</source>
        <translation>网页的政府信息公开信息栏</translation>
    </message>
    <message>
        <source>the body text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>发布机关</translation>
    </message>
    <message>
        <source>Date written</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>%1: inferred from %2 as %3</source>
        <translation>%1：根据%2推断为 %3</translation>
    </message>
    <message>
        <source>%1: not found in the text; enter it by hand.</source>
        <translation>%1：正文中未找到，请手工填写。</translation>
    </message>
    <message>
        <source>%1: the page gives it twice; the first value was kept.</source>
        <translation>%1：网页给出了两次，保留了第一次的值。</translation>
    </message>
    <message>
        <source>Numbered items written as “%1” are printed as “1.” (GB/T 9704).</source>
        <translation>写作“%1”的序号按 GB/T 9704 印作“1.”。</translation>
    </message>
    <message>
        <source>“%1” numbers the parts, but here it numbers again inside a part; it was taken as the work area “%2”.</source>
        <translation>“%1”是部分的序号，这里在部分之内重新编号，已作为工作“%2”。</translation>
    </message>
    <message>
        <source>The numeral “%1” was damaged (a bracket or 、 lost); it was read as “%2”.</source>
        <translation>序号“%1”残缺（缺括号或顿号），已按“%2”识别。</translation>
    </message>
    <message>
        <source>Headings numbered “%1” between the paragraphs of a part were taken as its work areas （一）（二）….</source>
        <translation>部分中段落之间以“%1”编号的标题已作为该部分的工作（一）（二）……</translation>
    </message>
    <message>
        <source>The heading is a lead-in sentence; the part was taken as “%1”. It can be split into the part&apos;s heading and an opening paragraph that keeps the sentence.</source>
        <translation>该标题是一句引导语，已将该部分识别为“%1”。可将其拆分为该部分的标题和保留原句的开头段落。</translation>
    </message>
    <message>
        <source>Could not move the workspace %1 to %2; it stays where it was.</source>
        <translation>无法将工作区 %1 移到 %2，它仍留在原处。</translation>
    </message>
    <message>
        <source>%1 is not a usable server address: %2</source>
        <translation>%1 不是可用的服务器地址：%2</translation>
    </message>
    <message>
        <source>no host name (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>缺少主机名（postgresql://用户@主机:端口/数据库）</translation>
    </message>
    <message>
        <source>no database name (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>缺少数据库名（postgresql://用户@主机:端口/数据库）</translation>
    </message>
    <message>
        <source>unknown connection option &quot;%1&quot;</source>
        <translation>未知的连接选项“%1”</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; may not contain &quot;;&quot;</source>
        <translation>“%1”的值不能包含“;”</translation>
    </message>
    <message>
        <source>The server %1 refused the change: %2</source>
        <translation>服务器 %1 拒绝了这项修改：%2</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt (QPSQL) is not available, so %1 cannot be opened (Debian: apt-get install libqt6sql6-psql).</source>
        <translation>Qt 的 PostgreSQL 驱动（QPSQL）不可用，无法打开 %1（Debian：apt-get install libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot connect to the server %1: %2</source>
        <translation>无法连接服务器 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 holds tables that are not a Fazhi Report workspace.</source>
        <translation>数据库 %1 中的数据表不属于法治报告工作区。</translation>
    </message>
    <message>
        <source>The workspace on the server %1 has schema version %2, newer than this version of Fazhi Report understands (%3); install the newer version to open it.</source>
        <translation>服务器 %1 上的工作区数据结构版本为 %2，高于本版法治报告所支持的版本（%3）；请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>No installed font has the character “%1” (%2): the PDF and the OFD would show an empty box and lose it from their text. Install a font that has it, or write it another way.</source>
        <translation>已安装的字体都没有字符“%1”（%2）：PDF 和 OFD 中会显示为空框，文字中也会丢失。请安装含有该字的字体，或改用其他写法。</translation>
    </message>
    <message>
        <source>It stands %1 times in this text.</source>
        <translation>此段文字中出现 %1 次。</translation>
    </message>
    <message>
        <source>The server %1 does not let you make this change: the report belongs to another organization, or your role may not change it while it is in this state.</source>
        <translation>服务器 %1 不允许这项修改：该报告属于其他机关，或者您的角色不能在报告的当前状态下修改它。</translation>
    </message>
    <message>
        <source>%1 is not a server address (postgresql://USER@HOST:PORT/DATABASE).</source>
        <translation>%1 不是服务器地址（postgresql://用户@主机:端口/数据库）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a user name: it must be 1 to 63 bytes and may not begin with pg_ or fazhi_.</source>
        <translation>“%1”不能作为用户名：用户名须为 1 至 63 个字节，且不能以 pg_ 或 fazhi_ 开头。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a user name: it holds a control character.</source>
        <translation>“%1”不能作为用户名：其中含有控制字符。</translation>
    </message>
    <message>
        <source>The new user needs an organization (--organization).</source>
        <translation>新用户需要指定所属机关（--organization）。</translation>
    </message>
    <message>
        <source>The new user needs a password (one line on standard input).</source>
        <translation>新用户需要密码（从标准输入读取一行）。</translation>
    </message>
    <message>
        <source>The server %1 already has a user or role named &quot;%2&quot;.</source>
        <translation>服务器 %1 上已有名为“%2”的用户或角色。</translation>
    </message>
    <message>
        <source>The enumeration lost its numeral here; it was restored as “%1”.</source>
        <translation>此处列举缺了序号，已补为“%1”。</translation>
    </message>
    <message>
        <source>A detail of the report was inferred from the text.</source>
        <translation>报告的一项信息是根据正文推断的。</translation>
    </message>
    <message>
        <source>The work area “%1” was run on in the line of the one before; it was made a work area of its own.</source>
        <translation>工作“%1”与上一项连在同一行，已单独作为一项工作。</translation>
    </message>
    <message>
        <source>The report numbers its parts （一）（二）… with no 一、 above them; “%1” was taken as the part “%2”.</source>
        <translation>报告用（一）（二）……给各部分编号，上面没有“一、”一级；“%1”已作为部分“%2”。</translation>
    </message>
    <message>
        <source>The annotation “%1” under the date is kept before the signature: the report has no place after its date.</source>
        <translation>日期下的附注“%1”已放在署名之前：报告中没有日期之后的位置。</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::BackupsDialog</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>(the newest backup is always kept)</source>
        <translation>（最新的一份备份始终保留）</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Fazhi Report backs the workspace up the first time it is opened each day, and before every upgrade, review import and restore. Restoring a backup brings back every report as it was then; the workspace as it is now is backed up first.</source>
        <translation>程序每天第一次打开报告文件时自动备份一次，升级、导入审阅稿和从备份恢复之前也各备份一次。从备份恢复后，全部报告回到备份时的样子；恢复前会先把当前报告文件也备份一次。</translation>
    </message>
    <message>
        <source>Keep backups for</source>
        <translation>备份保留</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>保存位置：%1</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>还没有备份</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告数</translation>
    </message>
    <message>
        <source>Restore as New File…</source>
        <translation>恢复为新文件…</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::CharCountLabel</name>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln 字</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fazhi::ui::ChecksController</name>
    <message>
        <source>&amp;Checks</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Errors Remain</source>
        <translation>仍有错误</translation>
    </message>
    <message>
        <source>Errors: %1  Warnings: %2</source>
        <translation>错误：%1  警告：%2</translation>
    </message>
    <message>
        <source>Not Fit for Publication</source>
        <translation>尚不宜公开发布</translation>
    </message>
    <message>
        <source>Show the checks</source>
        <translation>显示检查结果</translation>
    </message>
    <message>
        <source>The checks still find %1 errors in this report.</source>
        <translation>检查发现这份报告仍有 %1 处错误。</translation>
    </message>
    <message numerus="yes">
        <source>The secrecy check finds %n problem(s) (personal data or secrecy markings): the file is not fit for publication until they are removed.</source>
        <translation>
            <numerusform>保密检查发现 %n 处问题（个人信息或密级标志），删除之前该文件不宜公开发布。</numerusform>
        </translation>
    </message>
    <message>
        <source>They are listed in the Checks panel. %1</source>
        <translation>这些错误列在“检查”面板中。%1</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::ChecksPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (ignored: %2)</source>
        <translation>%1（已忽略：%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Apply the correction the check proposes (Undo takes it back)</source>
        <translation>按检查给出的修正意见修改（可以撤销）</translation>
    </message>
    <message>
        <source>Do Not Ignore</source>
        <translation>取消忽略</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>一键修正</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修正：%1</translation>
    </message>
    <message>
        <source>Fix: replace “%1” with “%2”</source>
        <translation>修正：把“%1”改为“%2”</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Ignore a Finding</source>
        <translation>忽略检查结果</translation>
    </message>
    <message>
        <source>Ignored Findings</source>
        <translation>忽略的检查结果</translation>
    </message>
    <message>
        <source>Ignore…</source>
        <translation>忽略…</translation>
    </message>
    <message>
        <source>No findings (%1 ignored).</source>
        <translation>没有发现问题（已忽略 %1 条）。</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>没有发现问题。</translation>
    </message>
    <message>
        <source>Open a report to check it.</source>
        <translation>打开一份报告即可检查。</translation>
    </message>
    <message>
        <source>Show ignored</source>
        <translation>显示已忽略的</translation>
    </message>
    <message>
        <source>The choice could not be saved in the workspace, so it holds only until the report is closed: %1</source>
        <translation>这一选择未能保存到报告文件中，只在关闭本报告前有效：%1</translation>
    </message>
    <message>
        <source>The report as a whole</source>
        <translation>整份报告</translation>
    </message>
    <message>
        <source>Why is this right as it is? The reason is kept with the report so that others see it.</source>
        <translation>为什么这样写是对的？理由随报告保存，其他人也能看到。</translation>
    </message>
    <message>
        <source>e.g. the document&apos;s official title is written this way</source>
        <translation>如：文件的正式名称就是这样写的</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明理由</translation>
    </message>
    <message>
        <source>Fix All</source>
        <translation>全部修正</translation>
    </message>
    <message>
        <source>Apply every correction of the selected finding&apos;s kind in the whole report (one Undo step)</source>
        <translation>在整份报告中应用与所选问题同类的全部修正（可一步撤销）</translation>
    </message>
    <message>
        <source>Import Word List…</source>
        <translation>导入词表…</translation>
    </message>
    <message>
        <source>Add the office&apos;s own wording list from a text file: one entry a line, “wrong =&gt; right”, # for comments</source>
        <translation>从文本文件导入本机关的词表：每行一条，写作“错词 =&gt; 正词”，# 开头为注释</translation>
    </message>
    <message>
        <source>%1: %2 places in all</source>
        <translation>%1共 %2 处</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Select one and press Fix All to repair them at once.</source>
        <translation>选中其中一条，点“全部修正”即可一次改正。</translation>
    </message>
    <message>
        <source>Fix All (%1)</source>
        <translation>全部修正（%1 处）</translation>
    </message>
    <message>
        <source>Fix all: %1</source>
        <translation>全部修正：%1</translation>
    </message>
    <message>
        <source>Import Word List</source>
        <translation>导入词表</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>文本文件 (*.txt *.csv *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 new entries imported; the office&apos;s list has %2.</source>
        <translation>新导入词条 %1 条，本机关词表现有 %2 条。</translation>
    </message>
    <message>
        <source>Export Word List…</source>
        <translation>导出词表…</translation>
    </message>
    <message>
        <source>Save the office&apos;s wording list as a text file to share it</source>
        <translation>把本机关的词表另存为文本文件，以便共享</translation>
    </message>
    <message>
        <source>Export Word List</source>
        <translation>导出词表</translation>
    </message>
    <message>
        <source>word list.txt</source>
        <translation>词表.txt</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::DetailsForm</name>
    <message>
        <source> (year reported on)</source>
        <translation> 年度</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>so many parts, so many sections</comment>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) in all</source>
        <translation>
            <numerusform>全文 %Ln 字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n 个部分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n 个分项</numerusform>
        </translation>
    </message>
    <message>
        <source>Address of the published page, once it is online</source>
        <translation>网页发布后填写其网址</translation>
    </message>
    <message>
        <source>Addressee:</source>
        <translation>主送机关：</translation>
    </message>
    <message>
        <source>As the website prints it, e.g. 2026-02-20 10:00</source>
        <translation>按网站显示的格式填写，如：2026-02-20 10:00</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Closing, after the last part</source>
        <translation>结尾（最后一部分之后、署名之前）</translation>
    </message>
    <message>
        <source>Date written:</source>
        <translation>成文日期：</translation>
    </message>
    <message>
        <source>For the website, e.g. 示例镇</source>
        <translation>用于网站发布，如：示例镇</translation>
    </message>
    <message>
        <source>Leave empty to sign as %1</source>
        <translation>不填则署名为：%1</translation>
    </message>
    <message>
        <source>Leave empty to sign with the organization</source>
        <translation>不填则以发布机关署名</translation>
    </message>
    <message>
        <source>Leave empty to use: %1</source>
        <translation>不填则使用：%1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Opening, before the first part</source>
        <translation>开头（第一部分之前）</translation>
    </message>
    <message>
        <source>Optional, e.g. 县委、县政府</source>
        <translation>可不填，如：县委、县政府</translation>
    </message>
    <message>
        <source>Optional: a short overview before “一、”, often ending “现将有关情况报告如下：”</source>
        <translation>可不填：“一、”之前的简短概述，常以“现将有关情况报告如下：”结尾</translation>
    </message>
    <message>
        <source>Optional: words before the signature, e.g. “特此报告。”</source>
        <translation>可不填：署名之前的结束语，如“特此报告。”</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>发布机关：</translation>
    </message>
    <message>
        <source>Publication on the website</source>
        <translation>网站发布</translation>
    </message>
    <message>
        <source>Published on:</source>
        <translation>发布日期：</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Report details</source>
        <translation>报告信息</translation>
    </message>
    <message>
        <source>Signature and date</source>
        <translation>署名和日期</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>署名：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>信息来源：</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>The issuing body, e.g. 示例镇人民政府</source>
        <translation>发布报告的机关，如：示例镇人民政府</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation>网址：</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Optional: the 文号 the website gives, e.g. 示政发〔2024〕3号</source>
        <translation>可不填：网站上给出的文号，如：示政发〔2024〕3号</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>文号：</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::DiffView</name>
    <message>
        <source>%1 changed, %2 added, %3 deleted</source>
        <translation>修改 %1 处，增加 %2 处，删除 %3 处</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Compare Revisions</source>
        <translation>版本对比</translation>
    </message>
    <message>
        <source>Current draft</source>
        <translation>当前草稿</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>Legend: %1 %2</source>
        <translation>图例：%1 %2</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>没有差别。</translation>
    </message>
    <message>
        <source>Nothing to show: the two versions are the same.</source>
        <translation>两个版本相同，没有可显示的差别。</translation>
    </message>
    <message>
        <source>Only what changed</source>
        <translation>只看修改处</translation>
    </message>
    <message>
        <source>Revision %1 (%2, %3)</source>
        <translation>第 %1 版（%2，%3）</translation>
    </message>
    <message>
        <source>The same revision on both sides.</source>
        <translation>两边是同一个版本。</translation>
    </message>
    <message>
        <source>This report has no revision yet: a revision is made each time it is submitted for review.</source>
        <translation>这份报告还没有版本：每次提交审核时形成一个版本。</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>added</source>
        <translation>增加</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>deleted text</source>
        <translation>删除的文字</translation>
    </message>
    <message>
        <source>inserted text</source>
        <translation>增加的文字</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::EditorController</name>
    <message>
        <source>%1 deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>已删除%1。按 Ctrl+Z 可以撤销。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Figure</source>
        <translation>数据指标(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Part</source>
        <translation>部分(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>分项(&amp;S)</translation>
    </message>
    <message>
        <source>Add a part (一、二、…) after the current one</source>
        <translation>在当前部分之后添加一个部分（一、二、……）</translation>
    </message>
    <message>
        <source>Add a section (（一）（二）…: a work area or a plan) after the current one</source>
        <translation>在当前分项之后添加一个分项（（一）（二）……：工作领域或工作安排）</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制一份(&amp;U)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected part, section, paragraph, point or figure (undo brings it back)</source>
        <translation>删除选中的部分、分项、段落、要点或数据指标（可以撤销）</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Insert a copy of the selected part, section, paragraph or point after it</source>
        <translation>在选中的部分、分项、段落或要点之后插入一份副本</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Dow&amp;n</source>
        <translation>下移(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;aragraph</source>
        <translation>段落(&amp;A)</translation>
    </message>
    <message>
        <source>P&amp;oint (一是…)</source>
        <translation>要点（一是……）(&amp;O)</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>要点</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>分项</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::ExportController</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A file dialog&apos;s filter: the format&apos;s name, then its patterns, e.g. &quot;Web page (*.html *.htm)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export Finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>Export as %1</source>
        <translation>导出为%1</translation>
    </message>
    <message>
        <source>Export as %1…</source>
        <translation>导出为%1…</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>导出为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export as &amp;Web Page…</source>
        <translation>导出为网页(&amp;W)…</translation>
    </message>
    <message>
        <source>Export as &amp;Word…</source>
        <translation>导出为 Word(&amp;O)…</translation>
    </message>
    <message>
        <source>Export as Plain &amp;Text…</source>
        <translation>导出为纯文本(&amp;T)…</translation>
    </message>
    <message>
        <source>Export the report as a PDF document for the record</source>
        <translation>把报告导出为 PDF 文档，用于存档</translation>
    </message>
    <message>
        <source>Export the report as a Word document (.docx) in the GB/T 9704 layout</source>
        <translation>把报告导出为符合 GB/T 9704 版式的 Word 文档（.docx）</translation>
    </message>
    <message>
        <source>Export the report as a web page for the government website</source>
        <translation>把报告导出为网页，用于政府网站发布</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>If the file is open in Word or another program, close it; or save under another name or in another folder. Your report is safe in the workspace.</source>
        <translation>如果该文件正在 Word 或其他程序中打开，请先关闭；也可以换一个文件名或文件夹保存。报告内容完好地保存在报告文件中。</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>正在打印</translation>
    </message>
    <message>
        <source>Printing %1…</source>
        <translation>正在打印《%1》…</translation>
    </message>
    <message>
        <source>The %1 is ready:</source>
        <translation>%1已生成：</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Your report is safe in the workspace; nothing was changed.</source>
        <translation>报告内容完好地保存在报告文件中，没有任何改动。</translation>
    </message>
    <message>
        <source>report</source>
        <translation>报告</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::FactForm</name>
    <message>
        <source>(not named yet)</source>
        <translation>（尚未命名）</translation>
    </message>
    <message>
        <source>Figures are not printed on their own; they help check that the text quotes them right.</source>
        <translation>数据指标不单独印出，用于核对正文引用的数字是否准确。</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>数值：</translation>
    </message>
    <message>
        <source>Optional: 余, 多, 以上 …</source>
        <translation>可不填：余、多、以上……</translation>
    </message>
    <message>
        <source>Qualifier:</source>
        <translation>修饰：</translation>
    </message>
    <message>
        <source>Reads:</source>
        <translation>读作：</translation>
    </message>
    <message>
        <source>The number, e.g. 10000</source>
        <translation>数值，如：10000</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>What was counted, e.g. 发放宣传册</source>
        <translation>统计的事项，如：发放宣传册</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <source>e.g. 份, 场, 件, 人次, %</source>
        <translation>如：份、场、件、人次、%</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::FactsEditor</name>
    <message>
        <source>Add Figure</source>
        <translation>添加数据指标</translation>
    </message>
    <message>
        <source>Delete Figure</source>
        <translation>删除数据指标</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据指标</translation>
    </message>
    <message>
        <source>The statistics this work area quotes, for checking the text; not printed.</source>
        <translation>本工作领域引用的统计数字，用于核对正文，不单独印出。</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::FactsModel</name>
    <message>
        <source>Number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>修饰</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::FontNotice</name>
    <message>
        <source>Xiaobiaosong</source>
        <translation>小标宋</translation>
    </message>
    <message>
        <source>Heiti</source>
        <translation>黑体</translation>
    </message>
    <message>
        <source>Kaiti</source>
        <translation>楷体</translation>
    </message>
    <message>
        <source>Fangsong</source>
        <translation>仿宋</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>first-level headings</source>
        <translation>一级标题</translation>
    </message>
    <message>
        <source>second-level headings</source>
        <translation>二级标题</translation>
    </message>
    <message>
        <source>body text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>This computer has no %1 font and no other Chinese font: the exported %2 cannot show Chinese.</source>
        <translation>本机没有%1字体，也没有其他中文字体：导出的%2无法显示中文。</translation>
    </message>
    <message>
        <source>This computer has no %1 font: the exported %2 is not in %1 (%3 is used instead).</source>
        <translation>本机没有%1字体，导出的%2不是%1（改用 %3）。</translation>
    </message>
    <message>
        <source>%1 (方正小标宋简体) is sold by Founder (方正字库): install it from the font file your office licensed.</source>
        <translation>%1（方正小标宋简体）由方正字库提供：请用单位购买授权的字体文件安装。</translation>
    </message>
    <message>
        <source>%1 comes with Chinese Windows (%2). If it is missing, add “Chinese (Simplified) Supplemental Fonts” under Settings → Apps → Optional features.</source>
        <translation>%1随简体中文版 Windows 提供（%2）。如果没有，请在“设置 → 应用 → 可选功能”中添加“中文(简体)补充字体”。</translation>
    </message>
    <message>
        <source>%1 has no free package: copy a licensed font file (such as simfang.ttf from Windows) into the folder ~/.local/share/fonts.</source>
        <translation>%1没有免费的字体包：请把有授权的字体文件（如 Windows 的 simfang.ttf）复制到文件夹 ~/.local/share/fonts。</translation>
    </message>
    <message>
        <source>For %1 install the package %2 (sudo apt install %2).</source>
        <translation>%1：请安装软件包 %2（sudo apt install %2）。</translation>
    </message>
    <message>
        <source>Then start Fazhi Report again.</source>
        <translation>然后重新启动法治报告。</translation>
    </message>
    <message>
        <source>No %1 font on this computer: the exported %2 is not in %1</source>
        <translation>本机没有%1字体，导出的%2不是%1</translation>
    </message>
    <message>
        <source>No %1 fonts on this computer: the exported file is not in the official fonts</source>
        <translation>本机没有%1字体，导出的文件不是公文字体</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Official Fonts Missing</source>
        <translation>缺少公文字体</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::FormStack</name>
    <message>
        <source>Choose a part of the report in the outline to edit it.</source>
        <translation>在左侧大纲中选择要编辑的内容。</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::HelpWindow</name>
    <message>
        <source>How to Use Fazhi Report</source>
        <translation>法治报告使用说明</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Full User Guide</source>
        <translation>完整用户手册</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;a href=&apos;%1&apos;&gt;Open the full user guide&lt;/a&gt;, with a picture of each step.&lt;/p&gt;&lt;h3&gt;Writing the report&lt;/h3&gt;&lt;p&gt;The outline on the left shows the report as it will be numbered: parts 一、二、, sections （一）（二）, points 一是、二是. Choose any line to edit it in the form in the middle; the preview on the right shows the formatted report as you type. Numbering is never typed: move, add or delete parts and sections and the numbers follow.&lt;/p&gt;&lt;p&gt;Everything is saved as you type, within a second; there is no Save command. Undo (Ctrl+Z) and redo (Ctrl+Y) reach back over everything done since the report was opened.&lt;/p&gt;&lt;h3&gt;Checks&lt;/h3&gt;&lt;p&gt;The Checks panel (F7) lists errors, warnings and hints as you type: missing required content, titles and dates, punctuation, numbering, standard wording, figures, text repeated from last year&apos;s report, and personal or secret data that must not be published. Click a finding to go to its words; some can be fixed in one click, any can be ignored with a reason. Before export and printing you are warned while errors remain.&lt;/p&gt;&lt;h3&gt;Review&lt;/h3&gt;&lt;p&gt;The drafter writes and chooses &lt;b&gt;Submit for Review&lt;/b&gt;: the report is kept as a numbered version. The reviewer (switch to 审核人 in the toolbar) reads without changing the text, adds comments and suggested wordings in the Review panel, then approves or returns the report with an opinion. The drafter answers the comments and accepts or rejects each suggestion. An approved report is published with its date; History and Compare Versions show every step and change. A reviewer on another computer gets a review copy (File → Export Review Copy) and sends it back.&lt;/p&gt;&lt;h3&gt;Export and printing&lt;/h3&gt;&lt;p&gt;Word and PDF are laid out as GB/T 9704 requires (A4, 22 lines of 28 characters, 仿宋 body, 小标宋 title); the web page is for the government website; plain text for anything else. The files hold no comments, suggestions or reviewers&apos; names. If this computer lacks one of the official fonts, the status bar and the export say so and what to install.&lt;/p&gt;&lt;h3&gt;Keys&lt;/h3&gt;&lt;table cellspacing=&apos;6&apos;&gt;&lt;tr&gt;&lt;td&gt;Ctrl+N&lt;/td&gt;&lt;td&gt;New report&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+I&lt;/td&gt;&lt;td&gt;Import a .txt or .docx report&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+E / Ctrl+Shift+E&lt;/td&gt;&lt;td&gt;Export to Word / PDF&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+P&lt;/td&gt;&lt;td&gt;Print&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F7 / F9&lt;/td&gt;&lt;td&gt;Show or hide the checks / the preview&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+Up / Down&lt;/td&gt;&lt;td&gt;Move the selected part, section, paragraph or point&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+D&lt;/td&gt;&lt;td&gt;Duplicate it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Delete&lt;/td&gt;&lt;td&gt;Delete it (in the outline)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+F&lt;/td&gt;&lt;td&gt;Search the reports&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc&lt;/td&gt;&lt;td&gt;Close this window&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;p&gt;&lt;a href=&apos;%1&apos;&gt;打开完整的用户手册&lt;/a&gt;，每一步都配有截图。&lt;/p&gt;&lt;h3&gt;撰写报告&lt;/h3&gt;&lt;p&gt;左侧的大纲按最终编号显示报告：部分 一、二、，分项 （一）（二），要点 一是、二是。选中任意一行，即可在中间的表单中编辑；右侧的预览随输入显示排版后的报告。编号无需手工输入：移动、添加或删除部分和分项后，编号自动跟随。&lt;/p&gt;&lt;p&gt;输入的内容在一秒内自动保存，没有“保存”命令。撤销（Ctrl+Z）和重做（Ctrl+Y）可以追溯打开报告以来的全部操作。&lt;/p&gt;&lt;h3&gt;检查&lt;/h3&gt;&lt;p&gt;“检查”面板（F7）随输入列出错误、警告和提示：条例要求的内容是否齐全、标题和日期、标点、编号、规范表述、数据、与上一年度报告重复的文字，以及不能公开的个人信息和涉密内容。点击一条即可定位到对应文字；部分问题可以一键修正，任何问题都可以说明理由后忽略。仍有错误时，导出和打印前会先提醒。&lt;/p&gt;&lt;h3&gt;审核&lt;/h3&gt;&lt;p&gt;拟稿人写好后选择&lt;b&gt;提交审核&lt;/b&gt;：报告保存为一个带编号的版本。审核人（在工具栏切换到“审核人”）阅读时不能改动正文，可在“审阅”面板中写批注、提出修改建议，然后审定或填写意见退回。拟稿人回复批注，逐条采纳或不采纳修改建议。审定后的报告填写日期后发布；“审核记录”和“版本对比”显示每一步和每一处修改。审核人在另一台电脑上时，导出送审副本（文件 → 导出送审副本）交给审核人，审核后再交回。&lt;/p&gt;&lt;h3&gt;导出和打印&lt;/h3&gt;&lt;p&gt;Word 和 PDF 按 GB/T 9704 排版（A4，每页 22 行、每行 28 字，正文仿宋，标题小标宋）；网页供政府网站发布；纯文本用于其他用途。导出的文件不含批注、修改建议和审核人姓名。本机缺少某种公文字体时，状态栏和导出提示会说明，并告诉您需要安装什么。&lt;/p&gt;&lt;h3&gt;快捷键&lt;/h3&gt;&lt;table cellspacing=&apos;6&apos;&gt;&lt;tr&gt;&lt;td&gt;Ctrl+N&lt;/td&gt;&lt;td&gt;新建报告&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+I&lt;/td&gt;&lt;td&gt;导入 .txt 或 .docx 报告&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+E / Ctrl+Shift+E&lt;/td&gt;&lt;td&gt;导出为 Word / PDF&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+P&lt;/td&gt;&lt;td&gt;打印&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F7 / F9&lt;/td&gt;&lt;td&gt;显示或隐藏检查 / 预览&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+上 / 下&lt;/td&gt;&lt;td&gt;移动选中的部分、分项、段落或要点&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+D&lt;/td&gt;&lt;td&gt;复制一份&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Delete&lt;/td&gt;&lt;td&gt;删除（在大纲中）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+F&lt;/td&gt;&lt;td&gt;搜索报告&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc&lt;/td&gt;&lt;td&gt;关闭本窗口&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::HistoryDialog</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Compare with the Previous Revision</source>
        <translation>与上一版本比较</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>Nothing recorded yet: the record starts when the report is submitted for review.</source>
        <translation>还没有记录：报告提交审核后开始记录。</translation>
    </message>
    <message>
        <source>Opinion or note</source>
        <translation>意见或说明</translation>
    </message>
    <message>
        <source>Review History</source>
        <translation>审核记录</translation>
    </message>
    <message>
        <source>Review History — %1</source>
        <translation>审核记录 — %1</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status: %1 · %2 revisions · %3 steps recorded</source>
        <translation>状态：%1 · %2 个版本 · 记录 %3 个步骤</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>办理人</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::ImportController</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::ImportNotesDialog</name>
    <message>
        <source>%1 was imported as it was; nothing needed repair.</source>
        <translation>已按原样导入 %1，没有需要修正的地方。</translation>
    </message>
    <message numerus="yes">
        <source>%1 was imported. Import made %n repair(s) or omission(s); please check them against the original.</source>
        <translation>
            <numerusform>已导入 %1。导入时做了 %n 处修正或略去，请对照原文核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a note to go to the text it concerns.</source>
        <translation>双击一条说明，可跳转到相关文字。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>What Import Changed</source>
        <translation>导入说明</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>Split Heading</source>
        <translation>拆分标题</translation>
    </message>
    <message>
        <source>Give the part its usual heading and keep the sentence as its first paragraph</source>
        <translation>该部分改用通常的标题，原句保留为该部分的第一段</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::MainWindow</name>
    <message>
        <source>%1 — Fazhi Report</source>
        <translation>%1 — 法治报告</translation>
    </message>
    <message>
        <source>&amp;About Fazhi Report</source>
        <translation>关于法治报告(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Find Report</source>
        <translation>查找报告(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;How to Use</source>
        <translation>使用说明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Larger Preview</source>
        <translation>放大预览(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Report List</source>
        <translation>报告列表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Smaller Preview</source>
        <translation>缩小预览(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Bring the whole workspace back to one of its backups</source>
        <translation>把全部报告恢复到某一份备份时的样子</translation>
    </message>
    <message>
        <source>Cannot Open the Report</source>
        <translation>无法打开报告</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Fazhi Report</source>
        <translation>法治报告</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The new language or workspace takes effect when Fazhi Report starts again.</source>
        <translation>新的界面语言或报告保存位置将在重新启动法治报告后生效。</translation>
    </message>
    <message>
        <source>This report is %1 and can no longer be changed.</source>
        <translation>这份报告%1，不能再修改。</translation>
    </message>
    <message>
        <source>Your latest typing could not be saved. If you quit now it is lost.</source>
        <translation>最近输入的内容未能保存。如果现在退出，这些内容将丢失。</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::NewReportDialog</name>
    <message>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>New Report</source>
        <translation>新建报告</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>发布机关：</translation>
    </message>
    <message>
        <source>The new report follows the regulation: the five contents as parts, with five work areas to fill in. Everything can be renamed, moved or deleted later.</source>
        <translation>新报告按法规要求的五项内容分为五个部分，并列好五个待填写的工作领域。之后都可以改名、移动或删除。</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>标题：%1</translation>
    </message>
    <message>
        <source>Year reported on:</source>
        <translation>报告年度：</translation>
    </message>
    <message>
        <source>e.g. 示例镇人民政府</source>
        <translation>如：示例镇人民政府</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::OutlineModel</name>
    <message>
        <source>(empty figure)</source>
        <translation>（空数据指标）</translation>
    </message>
    <message>
        <source>(empty paragraph)</source>
        <translation>（空段落）</translation>
    </message>
    <message>
        <source>(empty point)</source>
        <translation>（空要点）</translation>
    </message>
    <message>
        <source>(lead sentence not written)</source>
        <translation>（未填写引领句）</translation>
    </message>
    <message>
        <source>Report details</source>
        <translation>报告信息</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::OutputController</name>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export the %1 anyway?</source>
        <translation>仍然导出%1吗？</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出：%1</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Print it anyway?</source>
        <translation>仍然打印吗？</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::ParagraphListEditor</name>
    <message>
        <source>1. 2. … (one paragraph each)</source>
        <translation>1. 2. ……（各自成段）</translation>
    </message>
    <message>
        <source>Add Paragraph</source>
        <translation>添加段落</translation>
    </message>
    <message>
        <source>Add Point</source>
        <translation>添加要点</translation>
    </message>
    <message>
        <source>Delete this paragraph</source>
        <translation>删除这一段</translation>
    </message>
    <message>
        <source>Delete this point</source>
        <translation>删除这条要点</translation>
    </message>
    <message>
        <source>Join paragraphs</source>
        <translation>合并段落</translation>
    </message>
    <message>
        <source>Join points</source>
        <translation>合并要点</translation>
    </message>
    <message>
        <source>Numbering:</source>
        <translation>编号方式：</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>要点</translation>
    </message>
    <message>
        <source>Split paragraph</source>
        <translation>拆分段落</translation>
    </message>
    <message>
        <source>Split point</source>
        <translation>拆分要点</translation>
    </message>
    <message>
        <source>一是、二是… (run on)</source>
        <translation>一是、二是……（接排）</translation>
    </message>
    <message>
        <source>一是… 二是… (one paragraph each)</source>
        <translation>一是…… 二是……（各自成段）</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::PartForm</name>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>An overview of the year&apos;s work on building a rule-of-law government; it may end with “主要做法是：”, the measures themselves follow as work areas.</source>
        <translation>概述全年推进法治政府建设的总体情况，可以“主要做法是：”结尾，具体做法写在下面的各个工作领域中。</translation>
    </message>
    <message>
        <source>Another paragraph</source>
        <translation>另起一段的内容</translation>
    </message>
    <message>
        <source>Anything else to report; delete this part if there is nothing.</source>
        <translation>其他需要报告的情况；没有的可以删除本部分。</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Heading:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>How the principal Party and government leaders performed their duty as first responsible persons: studying and deploying the work, leading in studying and applying the law, supervising and checking. Give concrete occasions and numbers.</source>
        <translation>写党政主要负责人如何履行推进法治建设第一责任人职责：研究部署工作、带头尊法学法守法用法、督促检查落实等，尽量写明具体事例和次数。</translation>
    </message>
    <message>
        <source>Leave empty to use: %1</source>
        <translation>不填则使用：%1</translation>
    </message>
    <message>
        <source>One point, ending with ； or 。</source>
        <translation>一条要点，以“；”或“。”结尾</translation>
    </message>
    <message>
        <source>One sentence of overview; then write each shortcoming as a point below, each with its cause.</source>
        <translation>先用一句话概括，再在下面的要点中逐条写出不足，每条都要写明原因。</translation>
    </message>
    <message>
        <source>One sentence that introduces next year&apos;s plans, e.g. “%1年，我镇将重点做好以下工作：”</source>
        <translation>用一句话引出下一年度的工作安排，如：“%1年，我镇将重点做好以下工作：”</translation>
    </message>
    <message>
        <source>One shortcoming and its cause, ending with ； or 。, e.g. 普法宣传的针对性还不够强，主要原因是……</source>
        <translation>一条不足及其原因，以“；”或“。”结尾，如：普法宣传的针对性还不够强，主要原因是……</translation>
    </message>
    <message>
        <source>Opening paragraphs</source>
        <translation>导语段落</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>The heading of this part</source>
        <translation>本部分的标题</translation>
    </message>
    <message>
        <source>The text of this part.</source>
        <translation>本部分的正文。</translation>
    </message>
    <message>
        <source>This part has %1 numbered sections （一）（二）…; choose one in the outline to edit it.</source>
        <translation>本部分有 %1 个分项（一）（二）……，在左侧大纲中选择即可编辑。</translation>
    </message>
    <message>
        <source>This part has no numbered sections （一）（二）….</source>
        <translation>本部分没有分项（一）（二）……。</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::ReportListModel</name>
    <message>
        <source>Untitled report</source>
        <translation>未命名报告</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1年度</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::ReportListPanel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2 份</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Search title, organization, year</source>
        <translation>搜索标题、机关、年度</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::ReportsController</name>
    <message>
        <source>%1 could not be imported. %2</source>
        <translation>无法导入 %1。%2</translation>
    </message>
    <message>
        <source>&amp;Delete Report…</source>
        <translation>删除报告(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;New Report…</source>
        <translation>新建报告(&amp;N)…</translation>
    </message>
    <message>
        <source>Cannot Create the Report</source>
        <translation>无法新建报告</translation>
    </message>
    <message>
        <source>Cannot Open the Example</source>
        <translation>无法打开示例报告</translation>
    </message>
    <message>
        <source>Create a report from the regulation&apos;s template</source>
        <translation>按法规规定的内容新建报告</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>已新建：%1</translation>
    </message>
    <message>
        <source>Delete Report</source>
        <translation>删除报告</translation>
    </message>
    <message>
        <source>Delete the report “%1”?</source>
        <translation>删除报告“%1”？</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Import a Report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Import a report from a .txt file or a Word document</source>
        <translation>从 .txt 文件或 Word 文档导入报告</translation>
    </message>
    <message>
        <source>Import reads reports saved as plain text (.txt) or as Word documents (.docx). If the file is open in another program, close it and try again.</source>
        <translation>可以导入纯文本（.txt）或 Word 文档（.docx）格式的报告。如果该文件正在其他程序中打开，请关闭后重试。</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>已导入：%1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Open &amp;Example Report</source>
        <translation>打开示例报告(&amp;E)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Reports (*.txt *.docx);;Plain text (*.txt);;Word document (*.docx)</source>
        <translation>报告 (*.txt *.docx);;纯文本 (*.txt);;Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>The report and all its text are removed from the workspace. This cannot be undone; export it first if you may need it again.</source>
        <translation>这份报告及其全部内容将从报告文件中删除，且无法撤销；如果以后可能还要用，请先导出。</translation>
    </message>
    <message>
        <source>What &amp;Import Changed…</source>
        <translation>导入说明(&amp;I)…</translation>
    </message>
    <message>
        <source>Split Heading</source>
        <translation>拆分标题</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::ReviewBanner</name>
    <message>
        <source>Draft: when it is ready, submit it for review.</source>
        <translation>草稿：写好后请提交审核。</translation>
    </message>
    <message>
        <source>It can be approved or returned once the drafter has submitted it.</source>
        <translation>拟稿人提交审核后，才能审定或退回修改。</translation>
    </message>
    <message>
        <source>Returned for changes (%1): %2</source>
        <translation>退回修改（%1）：%2</translation>
    </message>
    <message>
        <source>Review Bar</source>
        <translation>审核栏</translation>
    </message>
    <message>
        <source>Reviewing: the text is read-only. Select text to comment on it or suggest a change, then approve the report or return it with your opinion.</source>
        <translation>审核模式：正文只读。选中文字即可批注或提出修改建议，然后审定，或填写意见后退回修改。</translation>
    </message>
    <message>
        <source>Submitted for review as revision %1. You can still change the text; the next submission makes a new revision.</source>
        <translation>已提交审核（第 %1 版），等待审核。正文仍可修改，下次提交时形成新版本。</translation>
    </message>
    <message>
        <source>This report has been approved: its text is locked. To change it, reopen it first (the review record keeps the step).</source>
        <translation>这份报告已审定，正文已锁定。如需修改，请先重新打开（审核记录会记下这一步）。</translation>
    </message>
    <message>
        <source>This report has been published: its text is locked. To change it, reopen it first (the review record keeps the step).</source>
        <translation>这份报告已发布，正文已锁定。如需修改，请先重新打开（审核记录会记下这一步）。</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::ReviewController</name>
    <message>
        <source>%1 · revision %2</source>
        <translation>%1 · 第 %2 版</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1, now: %2</source>
        <translation>%1，现为：%2</translation>
    </message>
    <message>
        <source>%1, the words “%2”</source>
        <translation>%1中的“%2”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: “%2” — %3</source>
        <translation>%1：“%2”——%3</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>审定(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>批注(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>发布(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Return for Changes…</source>
        <translation>退回修改(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审阅(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Submit for Review</source>
        <translation>提交审核(&amp;S)</translation>
    </message>
    <message>
        <source>Accept the Suggestion</source>
        <translation>采纳建议</translation>
    </message>
    <message>
        <source>Accepting replaces the whole current text with the suggested text, and the changes made since are lost. Accept it anyway?</source>
        <translation>采纳后，当前文字将整体替换为建议的文字，其间所做的修改会丢失。仍要采纳吗？</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>添加批注</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审定</translation>
    </message>
    <message>
        <source>Approve the Report</source>
        <translation>审定报告</translation>
    </message>
    <message>
        <source>Approve the submitted report; it is then locked against changes</source>
        <translation>审定已提交的报告；审定后正文锁定，不能再修改</translation>
    </message>
    <message>
        <source>Cannot Accept the Suggestion</source>
        <translation>无法采纳建议</translation>
    </message>
    <message>
        <source>Cannot Add the Comment</source>
        <translation>无法添加批注</translation>
    </message>
    <message>
        <source>Cannot Add the Suggestion</source>
        <translation>无法添加建议</translation>
    </message>
    <message>
        <source>Cannot Approve</source>
        <translation>无法审定</translation>
    </message>
    <message>
        <source>Cannot Publish</source>
        <translation>无法发布</translation>
    </message>
    <message>
        <source>Cannot Reject the Suggestion</source>
        <translation>无法不采纳建议</translation>
    </message>
    <message>
        <source>Cannot Reopen</source>
        <translation>无法重新打开</translation>
    </message>
    <message>
        <source>Cannot Reply</source>
        <translation>无法回复</translation>
    </message>
    <message>
        <source>Cannot Resolve</source>
        <translation>无法标为已解决</translation>
    </message>
    <message>
        <source>Cannot Return the Report</source>
        <translation>无法退回报告</translation>
    </message>
    <message>
        <source>Cannot Submit</source>
        <translation>无法提交审核</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Comment on the selected text, or on the selected part, section or paragraph</source>
        <translation>对选中的文字，或选中的部分、分项、段落添加批注</translation>
    </message>
    <message>
        <source>Compare Re&amp;visions</source>
        <translation>版本对比(&amp;V)</translation>
    </message>
    <message>
        <source>Drafter</source>
        <translation>拟稿人</translation>
    </message>
    <message>
        <source>Every revision and every step of the review: when, who, what and the opinions</source>
        <translation>每个版本和每个审核步骤：时间、办理人、事项和意见</translation>
    </message>
    <message>
        <source>Export Review Cop&amp;y…</source>
        <translation>导出送审副本(&amp;Y)…</translation>
    </message>
    <message>
        <source>Freeze this version as a revision and hand it to the reviewer</source>
        <translation>把当前稿固定为一个版本，提交审核人审核</translation>
    </message>
    <message>
        <source>Import Review &amp;Opinions…</source>
        <translation>导入审核意见(&amp;O)…</translation>
    </message>
    <message>
        <source>Merge the comments, suggestions and decisions of a review copy into this workspace</source>
        <translation>把送审副本中的批注、建议和审核结论合并到这里的报告中</translation>
    </message>
    <message>
        <source>Propose a new wording for the selected heading, lead sentence, paragraph or point</source>
        <translation>对选中的标题、引领句、段落或要点提出修改建议</translation>
    </message>
    <message>
        <source>Publish Anyway</source>
        <translation>仍然发布</translation>
    </message>
    <message>
        <source>Read the report, comment and suggest changes, approve it or return it; the text is read-only</source>
        <translation>阅读报告，添加批注、提出修改建议，审定或退回；正文只读</translation>
    </message>
    <message>
        <source>Record that the approved report has been published, with the date and web address</source>
        <translation>记录已审定的报告已经发布，包括发布日期和网址</translation>
    </message>
    <message>
        <source>Reope&amp;n</source>
        <translation>重新打开(&amp;N)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Reopen the Report</source>
        <translation>重新打开报告</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Return for Changes</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Revie&amp;w Panel</source>
        <translation>审阅面板(&amp;W)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <source>Review &amp;History</source>
        <translation>审核记录(&amp;H)</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>身份：</translation>
    </message>
    <message>
        <source>Save this report with its review record as a file for the reviewer&apos;s PC</source>
        <translation>把这份报告连同审核记录保存为送审副本，供审核人在自己的电脑上审阅</translation>
    </message>
    <message>
        <source>Secrecy Check</source>
        <translation>保密检查</translation>
    </message>
    <message>
        <source>Select a heading, a lead sentence, a paragraph or a point to suggest a new wording.</source>
        <translation>请先选中标题、引领句、段落或要点，再提出修改建议。</translation>
    </message>
    <message>
        <source>Send the report back to the drafter with an opinion that says what to change</source>
        <translation>把报告退回拟稿人，并写明要修改什么</translation>
    </message>
    <message>
        <source>Submitted for review as revision %1.</source>
        <translation>已提交审核（第 %1 版）。</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Suggest a Chan&amp;ge…</source>
        <translation>提出修改建议(&amp;G)…</translation>
    </message>
    <message>
        <source>Suggest a Change</source>
        <translation>提出修改建议</translation>
    </message>
    <message>
        <source>Suggested:
%1

Now:
%2</source>
        <translation>建议：
%1

现为：
%2</translation>
    </message>
    <message>
        <source>The review record says who did each step. Your name (asked once; change it under Review → Your Name):</source>
        <translation>审核记录要写明每一步由谁办理。您的姓名（只问一次，可在“审阅 → 您的姓名”中修改）：</translation>
    </message>
    <message numerus="yes">
        <source>The secrecy check found %n error(s) that must not be published. Remove them from the report, or, as the approver, state why the report may be published as it is (kept in the review record):</source>
        <translation>
            <numerusform>保密检查发现 %n 处不得公开的内容。请从报告中删去；或由审核人写明可以按原样发布的理由（记入审核记录）：</numerusform>
        </translation>
    </message>
    <message>
        <source>The suggested text is the same as the current text; nothing was added.</source>
        <translation>建议的文字与当前文字相同，没有添加。</translation>
    </message>
    <message>
        <source>The suggestion was accepted and applied to the text.</source>
        <translation>建议已采纳，并已改入正文。</translation>
    </message>
    <message>
        <source>The text of %1 has changed since this suggestion was made.</source>
        <translation>提出这条建议后，%1的文字已有改动。</translation>
    </message>
    <message>
        <source>The wording you suggest (the drafter accepts or rejects it):</source>
        <translation>您建议的文字（由拟稿人决定是否采纳）：</translation>
    </message>
    <message>
        <source>Unlock an approved or published report so that it can be changed again (recorded)</source>
        <translation>解除已审定或已发布报告的锁定，以便再次修改（会记入审核记录）</translation>
    </message>
    <message>
        <source>What changed between two revisions, or since the last one</source>
        <translation>两个版本之间，或上一版本以来改了什么</translation>
    </message>
    <message>
        <source>Why is it reopened? (optional; kept in the review record)</source>
        <translation>为什么重新打开？（可不填，记入审核记录）</translation>
    </message>
    <message>
        <source>Working as %1</source>
        <translation>当前身份：%1</translation>
    </message>
    <message>
        <source>Write and change the report; submit it for review</source>
        <translation>撰写和修改报告，提交审核</translation>
    </message>
    <message>
        <source>Your Na&amp;me…</source>
        <translation>您的姓名(&amp;M)…</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Your comment:</source>
        <translation>您的批注：</translation>
    </message>
    <message>
        <source>Your opinion (optional):</source>
        <translation>您的意见（可不填）：</translation>
    </message>
    <message>
        <source>Your opinion: what should be changed? (required)</source>
        <translation>您的意见：需要修改什么？（必填）</translation>
    </message>
    <message>
        <source>Your reply:</source>
        <translation>您的回复：</translation>
    </message>
    <message>
        <source>e.g. 同意，按程序报送并公开。</source>
        <translation>如：同意，按程序报送并公开。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>……另有 %n 处。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, the words “%2” in: %3</source>
        <translation>%1，其中的“%2”：%3</translation>
    </message>
    <message>
        <source>The words you suggest instead of “%1” (the drafter accepts or rejects it):</source>
        <translation>建议将“%1”改为（由拟稿人采纳或不采纳）：</translation>
    </message>
    <message>
        <source>Working as %1: %2</source>
        <translation>当前身份：%1（%2）</translation>
    </message>
    <message>
        <source>The review record says who did each step. The reviewer&apos;s name:</source>
        <translation>审核记录会写明每一步由谁完成。审核人的姓名：</translation>
    </message>
    <message>
        <source>The review record says who did each step. The drafter&apos;s name:</source>
        <translation>审核记录会写明每一步由谁完成。拟稿人的姓名：</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::ReviewCopies</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>%1 (review copy).fazhi</source>
        <translation>%1（送审副本）.fazhi</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the copy were not taken (see the details).</source>
        <translation>
            <numerusform>审阅稿中有 %n 项未采纳（见详细信息）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) made on text that has changed since. Compare them before accepting them; they are marked in the review panel.</source>
        <translation>
            <numerusform>有 %n 条建议所针对的文字后来已修改。采纳前请先对照；这些建议已在审阅面板中标出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Export the Review Copy</source>
        <translation>无法导出送审副本</translation>
    </message>
    <message>
        <source>Cannot Import the Review Opinions</source>
        <translation>无法导入审核意见</translation>
    </message>
    <message>
        <source>Export a Review Copy</source>
        <translation>导出送审副本</translation>
    </message>
    <message>
        <source>Fazhi Report workspace (*.fazhi)</source>
        <translation>法治报告文件 (*.fazhi)</translation>
    </message>
    <message>
        <source>Import Review Opinions</source>
        <translation>导入审核意见</translation>
    </message>
    <message>
        <source>New comments and suggestions: %1; updated: %2; new review steps: %3; new revisions: %4; new reports: %5.</source>
        <translation>新批注和建议：%1 条；更新：%2 条；新审核步骤：%3 个；新版本：%4 个；新报告：%5 份。</translation>
    </message>
    <message>
        <source>Review Copy Exported</source>
        <translation>送审副本已导出</translation>
    </message>
    <message>
        <source>Review Opinions Imported</source>
        <translation>审核意见已导入</translation>
    </message>
    <message>
        <source>Send the file to the reviewer. Fazhi Report opens it directly (File → Open Workspace…). When it comes back, merge it with File → Import Review Opinions….</source>
        <translation>把文件发给审核人，法治报告可以直接打开（文件 → 打开报告文件…）。文件发回后，用“文件 → 导入审核意见…”合并。</translation>
    </message>
    <message>
        <source>The comments and suggestions are listed in the review panel.</source>
        <translation>批注和建议列在审阅面板中。</translation>
    </message>
    <message>
        <source>The report is now: %1.</source>
        <translation>报告现在的状态：%1。</translation>
    </message>
    <message>
        <source>The review copy cannot replace the workspace that is open. Choose another file name.</source>
        <translation>送审副本不能覆盖当前打开的报告文件，请换一个文件名。</translation>
    </message>
    <message>
        <source>The review copy was saved as %1.</source>
        <translation>送审副本已保存为 %1。</translation>
    </message>
    <message>
        <source>report</source>
        <translation>报告</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::ReviewPanel</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) and suggestion(s), %1 open</source>
        <translation>
            <numerusform>批注和建议 %n 条，待处理 %1 条</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted text)</source>
        <translation>（文字已删除）</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>采纳</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>还没有批注。</translation>
    </message>
    <message>
        <source>Nothing here for the selected item. Choose “Whole report” to see all.</source>
        <translation>选中的内容没有批注。选择“整份报告”可查看全部。</translation>
    </message>
    <message>
        <source>Open a report to see its review.</source>
        <translation>打开一份报告即可查看审阅情况。</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>不采纳</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>回复…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>标为已解决</translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation>选中的内容</translation>
    </message>
    <message>
        <source>Show closed</source>
        <translation>显示已处理的</translation>
    </message>
    <message>
        <source>Suggested text:</source>
        <translation>建议改为：</translation>
    </message>
    <message>
        <source>The text has changed since this suggestion was made.</source>
        <translation>提出这条建议后，正文已有改动。</translation>
    </message>
    <message>
        <source>Whole report</source>
        <translation>整份报告</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::SaveStatus</name>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln 字</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未能保存</translation>
    </message>
    <message>
        <source>Reload the report to see the other changes. What you typed since the last save is shown below so you can copy it.</source>
        <translation>请重新载入报告，查看别处所做的修改。上次保存以来输入的内容列在下面，可以复制下来。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Your typing is kept in the program and will be saved as soon as the problem is solved (Fazhi Report tries again every few seconds). Do not quit until the status bar says it has saved.</source>
        <translation>输入的内容仍保留在程序中，问题解决后会立即保存（程序每隔几秒自动重试）。在状态栏显示“已保存”之前，请不要退出。</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::SectionForm</name>
    <message>
        <source>(no lead sentence yet)</source>
        <translation>（尚未填写引领句）</translation>
    </message>
    <message>
        <source>Another paragraph</source>
        <translation>另起一段的内容</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Heading on its own line</source>
        <translation>小标题单独成行</translation>
    </message>
    <message>
        <source>Lead sentence</source>
        <translation>引领句</translation>
    </message>
    <message>
        <source>One measure, ending with ； or 。, e.g. 加强党的领导，统筹部署法治政府建设各项工作。</source>
        <translation>一条具体措施，以“；”或“。”结尾，如：加强党的领导，统筹部署法治政府建设各项工作。</translation>
    </message>
    <message>
        <source>One point, ending with ； or 。</source>
        <translation>一条要点，以“；”或“。”结尾</translation>
    </message>
    <message>
        <source>Run on: body follows the lead</source>
        <translation>接排：正文紧接引领句</translation>
    </message>
    <message>
        <source>The lead sentence of this plan, e.g. 持续深化法治宣传教育。</source>
        <translation>这项工作安排的引领句，如：持续深化法治宣传教育。</translation>
    </message>
    <message>
        <source>The lead sentence of this work area, e.g. 强化组织领导，压实法治建设责任。</source>
        <translation>这一工作领域的引领句，如：强化组织领导，压实法治建设责任。</translation>
    </message>
    <message>
        <source>The lead sentence or heading of this section.</source>
        <translation>本分项的引领句或小标题。</translation>
    </message>
    <message>
        <source>The text of this section.</source>
        <translation>本分项的正文。</translation>
    </message>
    <message>
        <source>What was done and what it achieved, with figures, e.g. 全年开展法治宣传活动36场次，发放宣传资料5000余份。</source>
        <translation>写做了什么、成效如何，用数据说话，如：全年开展法治宣传活动36场次，发放宣传资料5000余份。</translation>
    </message>
    <message>
        <source>What will be done next year, concretely enough to be checked.</source>
        <translation>写下一年度具体怎么做，做到可检查、可落实。</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::SettingsDialog</name>
    <message>
        <source>&lt;b&gt;Font&lt;/b&gt;</source>
        <translation>&lt;b&gt;字体&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;In use&lt;/b&gt;</source>
        <translation>&lt;b&gt;实际使用&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Text&lt;/b&gt;</source>
        <translation>&lt;b&gt;文字&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Before a report is published, the secrecy check looks for ID, phone and bank card numbers, e-mail addresses, licence plates, secrecy markings and the names of parties. The numbers and addresses listed here are your office&apos;s public ones and are not reported, nor are public service numbers such as 12345 and 12348.</source>
        <translation>报告发布前，保密检查查找身份证号码、电话号码、银行卡号、电子邮箱、车牌号码、密级和内部标志以及当事人姓名。此处列出的是本机关对外公开的电话和邮箱，不作为问题提示；12345、12348 等政务服务热线也不提示。</translation>
    </message>
    <message>
        <source>Body text (仿宋)</source>
        <translation>正文（仿宋）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Default organization:</source>
        <translation>默认发布机关：</translation>
    </message>
    <message>
        <source>Digits and Latin letters</source>
        <translation>数字和西文字母</translation>
    </message>
    <message>
        <source>Each kind of text uses the first installed font of its list; choose a font to put it first. Word, PDF, printing and the preview all follow these choices.</source>
        <translation>每类文字使用其备选列表中第一个已安装的字体；在这里选择字体，可把它排在最前。Word、PDF、打印和预览都按这里的选择排版。</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Headings 一、 (黑体)</source>
        <translation>一级标题“一、”（黑体）</translation>
    </message>
    <message>
        <source>Headings （一） (楷体)</source>
        <translation>二级标题“（一）”（楷体）</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>None installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>None of the listed fonts is installed; a substitute is used.</source>
        <translation>列表中的字体都没有安装，正在使用替代字体。</translation>
    </message>
    <message>
        <source>Offered when you create a report, e.g. 示例镇人民政府</source>
        <translation>新建报告时自动填入，如：示例镇人民政府</translation>
    </message>
    <message>
        <source>Order tried: %1</source>
        <translation>备选顺序：%1</translation>
    </message>
    <message>
        <source>Page numbers (宋体)</source>
        <translation>页码（宋体）</translation>
    </message>
    <message>
        <source>Published Numbers</source>
        <translation>公开的电话和邮箱</translation>
    </message>
    <message>
        <source>Published phone numbers and e-mail addresses of your office, one a line:</source>
        <translation>本机关公开的电话号码和电子邮箱，每行一个：</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Shown with your review opinions and comments</source>
        <translation>显示在您的审核意见和批注旁</translation>
    </message>
    <message>
        <source>Title (小标宋)</source>
        <translation>标题（小标宋）</translation>
    </message>
    <message>
        <source>Workspace File</source>
        <translation>报告保存位置</translation>
    </message>
    <message>
        <source>Workspace file:</source>
        <translation>报告保存在：</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>您的姓名：</translation>
    </message>
    <message>
        <source>e.g. 0523-83251234
sfs@example.gov.cn</source>
        <translation>例如：0523-83251234
sfs@example.gov.cn</translation>
    </message>
    <message>
        <source>All your reports are saved in this one file; copy it to keep them elsewhere. A new language or file takes effect when the program starts again.</source>
        <translation>全部报告都保存在这一个文件中，复制这个文件即可另外保存。更改界面语言或文件后，重新启动程序生效。</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::TextNodeForm</name>
    <message>
        <source>1. 2. … (one paragraph each)</source>
        <translation>1. 2. ……（各自成段）</translation>
    </message>
    <message>
        <source>Enter starts a new paragraph; pasting several lines makes several paragraphs; Backspace at the start joins this paragraph to the one before.</source>
        <translation>按回车键另起一段；粘贴多行文字会分成多段；在段首按退格键，会把这一段并入上一段。</translation>
    </message>
    <message>
        <source>Enter starts a new point after this one; Backspace at the start joins this point to the one before.</source>
        <translation>按回车键在后面另起一条要点；在开头按退格键，会把这一条并入上一条。</translation>
    </message>
    <message>
        <source>Join paragraphs</source>
        <translation>合并段落</translation>
    </message>
    <message>
        <source>Join points</source>
        <translation>合并要点</translation>
    </message>
    <message>
        <source>Numbering of the points here:</source>
        <translation>这里要点的编号方式：</translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation>第 %1 段</translation>
    </message>
    <message>
        <source>Point %1</source>
        <translation>要点 %1</translation>
    </message>
    <message>
        <source>Split paragraph</source>
        <translation>拆分段落</translation>
    </message>
    <message>
        <source>Split point</source>
        <translation>拆分要点</translation>
    </message>
    <message>
        <source>一是、二是… (run on)</source>
        <translation>一是、二是……（接排）</translation>
    </message>
    <message>
        <source>一是… 二是… (one paragraph each)</source>
        <translation>一是…… 二是……（各自成段）</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::Theme</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::WelcomePage</name>
    <message>
        <source>Bring in last year&apos;s report or a draft, as a .txt file or a Word .docx document.</source>
        <translation>导入上一年度的报告或草稿，支持 .txt 文本和 Word .docx 文档。</translation>
    </message>
    <message>
        <source>Fazhi Report</source>
        <translation>法治报告</translation>
    </message>
    <message>
        <source>Import a Report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>New Report</source>
        <translation>新建报告</translation>
    </message>
    <message>
        <source>Open the Example Report</source>
        <translation>打开示例报告</translation>
    </message>
    <message>
        <source>See a complete report of a fictional township, 示例镇, and how it is built.</source>
        <translation>看看虚构的“示例镇”的一份完整报告，了解报告的结构。</translation>
    </message>
    <message>
        <source>Start from the regulation&apos;s template: the five contents are laid out, with guidance in every field.</source>
        <translation>按法规规定的五项内容建好框架，每个空白处都有填写提示。</translation>
    </message>
    <message>
        <source>The annual report on building a rule-of-law government, for townships and sub-districts: written in structured forms, numbered for you, saved as you type.</source>
        <translation>乡镇（街道）法治政府建设年度报告：按结构填写，自动编号，随写随存。</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>报告保存在：%1</translation>
    </message>
    <message>
        <source>You can also drop a .txt or .docx file onto this window.</source>
        <translation>也可以把 .txt 或 .docx 文件拖到这个窗口中导入。</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::WorkspaceController</name>
    <message>
        <source>Back Up Now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Cannot Open the Workspace</source>
        <translation>无法打开报告文件</translation>
    </message>
    <message>
        <source>Check that the file and its folder exist and that you may write to them, or choose another workspace.</source>
        <translation>请检查文件及其所在文件夹是否存在、是否有写入权限，或者选择其他报告文件。</translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may write in it, or choose another workspace.</source>
        <translation>请检查文件夹是否存在、是否有写入权限，或者选择其他报告文件。</translation>
    </message>
    <message>
        <source>Choose a Workspace</source>
        <translation>选择报告文件</translation>
    </message>
    <message>
        <source>Every report goes back to how it was in that backup. The workspace as it is now is backed up first, so restoring that backup brings it back.</source>
        <translation>全部报告将回到该备份中的样子。恢复前会先备份当前报告文件，需要时恢复那份备份即可找回。</translation>
    </message>
    <message>
        <source>Fazhi Report cannot write in the folder of the workspace %1.</source>
        <translation>法治报告无法在报告文件 %1 所在的文件夹中写入。</translation>
    </message>
    <message>
        <source>Fazhi Report workspace (*.fazhi)</source>
        <translation>法治报告文件 (*.fazhi)</translation>
    </message>
    <message>
        <source>It is a workspace of its own (choose it in Settings to work in it); the workspace open now is unchanged.</source>
        <translation>它是一个独立的报告文件（在“设置”中选择它即可使用）；当前打开的报告文件未被改动。</translation>
    </message>
    <message>
        <source>Open Wor&amp;kspace…</source>
        <translation>打开报告文件(&amp;K)…</translation>
    </message>
    <message>
        <source>Open a Workspace</source>
        <translation>打开报告文件</translation>
    </message>
    <message>
        <source>Open another workspace file, e.g. a review copy</source>
        <translation>打开另一个报告文件，如送审副本</translation>
    </message>
    <message>
        <source>Opened the workspace %1</source>
        <translation>已打开报告文件 %1</translation>
    </message>
    <message>
        <source>Replace the workspace with the backup %1?</source>
        <translation>用备份 %1 替换报告文件吗？</translation>
    </message>
    <message>
        <source>Restore as New File</source>
        <translation>恢复为新文件</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restored the backup %1</source>
        <translation>已恢复备份 %1</translation>
    </message>
    <message>
        <source>Switch to that window to go on working: two windows on one workspace could overwrite each other&apos;s typing. To work on another workspace, choose it here.</source>
        <translation>请切换到那个窗口继续工作：两个窗口同时编辑一个报告文件，可能相互覆盖输入的内容。如果要打开另一个报告文件，请在这里选择。</translation>
    </message>
    <message>
        <source>The backup %1 was restored.</source>
        <translation>已恢复备份 %1。</translation>
    </message>
    <message>
        <source>The backup was restored as %1.</source>
        <translation>备份已恢复为 %1。</translation>
    </message>
    <message>
        <source>The daily backup was not made: %1</source>
        <translation>未能完成每日备份：%1</translation>
    </message>
    <message>
        <source>The file was not changed. Install the newer version of Fazhi Report to open it, or choose another workspace.</source>
        <translation>该文件没有被改动。请安装新版本的法治报告后打开，或者选择其他报告文件。</translation>
    </message>
    <message>
        <source>The file was not changed. Restore it from a backup, or choose another workspace (a new file makes a new, empty workspace).</source>
        <translation>该文件没有被改动。请从备份恢复，或者选择其他报告文件（选择一个新文件会建立新的空报告文件）。</translation>
    </message>
    <message>
        <source>The workspace %1 is already open in another Fazhi Report window.</source>
        <translation>报告文件 %1 已在另一个法治报告窗口中打开。</translation>
    </message>
    <message>
        <source>The workspace as it was before is kept as the backup %1.</source>
        <translation>恢复前的报告文件已保存为备份 %1。</translation>
    </message>
    <message>
        <source>Workspace Already Open</source>
        <translation>报告文件已经打开</translation>
    </message>
    <message>
        <source>The workspace %1 is open on the computer %2.</source>
        <translation>报告文件 %1 正在计算机 %2 上打开。</translation>
    </message>
    <message>
        <source>Close Fazhi Report there to work on it here, or choose another workspace.</source>
        <translation>请先在那台计算机上关闭法治报告再在这里使用，或选择其他报告文件。</translation>
    </message>
    <message>
        <source>Workspace Locked by Another Computer</source>
        <translation>报告文件被另一台计算机占用</translation>
    </message>
    <message>
        <source>The workspace %1 was opened on the computer %2, which has not used it since %3.</source>
        <translation>报告文件 %1 曾在计算机 %2 上打开，该计算机自 %3 起未再使用它。</translation>
    </message>
    <message>
        <source>If Fazhi Report no longer runs there (the computer was switched off or stopped responding), take the workspace over. If it is still open there, do not: two computers writing one workspace could overwrite each other&apos;s work. Take it over?</source>
        <translation>如果那台计算机上的法治报告已不在运行（计算机已关机或无响应），可以接管该报告文件。如果它仍在那里打开，请不要接管：两台计算机同时写入一个报告文件可能互相覆盖对方的内容。是否接管？</translation>
    </message>
    <message>
        <source>Workspace on a Network Drive</source>
        <translation>报告文件位于网络驱动器上</translation>
    </message>
    <message>
        <source>The workspace %1 is on a network drive or shared folder.</source>
        <translation>报告文件 %1 位于网络驱动器或共享文件夹中。</translation>
    </message>
    <message>
        <source>The database Fazhi Report keeps the reports in is not safe on network drives: a dropped connection can damage it. Keep the workspace on this computer (Tools ▸ Settings) and send review copies to others instead.</source>
        <translation>法治报告保存报告所用的数据库放在网络驱动器上并不安全：网络中断可能损坏它。请把报告文件放在本机（工具 ▸ 设置），需要他人审阅时发送审阅副本。</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::WorkspacePicker</name>
    <message>
        <source>Fazhi Report workspace (*.fazhi)</source>
        <translation>法治报告文件 (*.fazhi)</translation>
    </message>
    <message>
        <source>Open or Create</source>
        <translation>打开或新建</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Fazhi Report</source>
        <translation>法治报告</translation>
    </message>
    <message>
        <source>Print the milliseconds to the first painted window, then quit.</source>
        <translation>输出窗口首次绘制所用的毫秒数，然后退出。</translation>
    </message>
    <message>
        <source>The interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>The workspace file to open (else FAZHI_WORKSPACE, the setting, or the default).</source>
        <translation>要打开的工作区文件（未指定时依次使用 FAZHI_WORKSPACE、设置中的工作区或默认工作区）。</translation>
    </message>
    <message>
        <source>Writes the annual report on building a rule-of-law government.</source>
        <translation>撰写法治政府建设年度报告。</translation>
    </message>
    <message>
        <source>A workspace or review copy (.fazhi) to open, as --workspace.</source>
        <translation>要打开的工作区或审阅稿（.fazhi），与 --workspace 相同。</translation>
    </message>
    <message>
        <source>Name one workspace to open: one file, or --workspace.</source>
        <translation>请只指定一个要打开的工作区：一个文件，或 --workspace。</translation>
    </message>
</context>
</TS>
