<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Help</name>
    <message>
        <source>&lt;h3&gt;Writing the report&lt;/h3&gt;&lt;p&gt;The outline on the left shows the report as it will be numbered: parts 一、二、, sections （一）（二）, points 一是、二是. Choose any line to edit it in the form in the middle; the preview on the right shows the formatted report as you type.&lt;/p&gt;&lt;p&gt;Numbering is never typed: move, add or delete parts and sections and the numbers follow. In a paragraph, Enter starts a new paragraph and pasting several lines makes several paragraphs.&lt;/p&gt;&lt;h3&gt;Saving&lt;/h3&gt;&lt;p&gt;Everything is saved as you type, within a second; there is no Save command. Undo (Ctrl+Z) and redo (Ctrl+Y) reach back over everything done since the report was opened.&lt;/p&gt;&lt;h3&gt;Keys&lt;/h3&gt;&lt;table cellspacing='6'&gt;&lt;tr&gt;&lt;td&gt;Ctrl+N&lt;/td&gt;&lt;td&gt;New report&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+I&lt;/td&gt;&lt;td&gt;Import a .txt or .docx report&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+E / Ctrl+Shift+E&lt;/td&gt;&lt;td&gt;Export to Word / PDF&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+P&lt;/td&gt;&lt;td&gt;Print&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+Up / Down&lt;/td&gt;&lt;td&gt;Move the selected part, section, paragraph or point&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+D&lt;/td&gt;&lt;td&gt;Duplicate it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Delete&lt;/td&gt;&lt;td&gt;Delete it (in the outline)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+F&lt;/td&gt;&lt;td&gt;Search the reports&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Writing the report&lt;/h3&gt;&lt;p&gt;The outline on the left shows the report as it will be numbered: parts 一、二、, sections （一）（二）, points 一是、二是. Choose any line to edit it in the form in the middle; the preview on the right shows the formatted report as you type.&lt;/p&gt;&lt;p&gt;Numbering is never typed: move, add or delete parts and sections and the numbers follow. In a paragraph, Enter starts a new paragraph and pasting several lines makes several paragraphs.&lt;/p&gt;&lt;h3&gt;Saving&lt;/h3&gt;&lt;p&gt;Everything is saved as you type, within a second; there is no Save command. Undo (Ctrl+Z) and redo (Ctrl+Y) reach back over everything done since the report was opened.&lt;/p&gt;&lt;h3&gt;Keys&lt;/h3&gt;&lt;table cellspacing='6'&gt;&lt;tr&gt;&lt;td&gt;Ctrl+N&lt;/td&gt;&lt;td&gt;New report&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+I&lt;/td&gt;&lt;td&gt;Import a .txt or .docx report&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+E / Ctrl+Shift+E&lt;/td&gt;&lt;td&gt;Export to Word / PDF&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+P&lt;/td&gt;&lt;td&gt;Print&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+Up / Down&lt;/td&gt;&lt;td&gt;Move the selected part, section, paragraph or point&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+D&lt;/td&gt;&lt;td&gt;Duplicate it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Delete&lt;/td&gt;&lt;td&gt;Delete it (in the outline)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+F&lt;/td&gt;&lt;td&gt;Search the reports&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>About Fazhi Report</source>
        <translation>About Fazhi Report</translation>
    </message>
    <message>
        <source>Fazhi Report %1</source>
        <translation>Fazhi Report %1</translation>
    </message>
    <message>
        <source>How to Use Fazhi Report</source>
        <translation>How to Use Fazhi Report</translation>
    </message>
    <message>
        <source>Writes, checks and publishes the annual report on building a rule-of-law government, in the GB/T 9704 layout. Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Writes, checks and publishes the annual report on building a rule-of-law government, in the GB/T 9704 layout. Licensed under the GNU GPL, version 3 or later.</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Detail inferred</source>
        <translation>Detail inferred</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Leaders' duty as first responsible persons</source>
        <translation>Leaders' duty as first responsible persons</translation>
    </message>
    <message>
        <source>Lines above the title dropped</source>
        <translation>Lines above the title dropped</translation>
    </message>
    <message>
        <source>Measures and results</source>
        <translation>Measures and results</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Numbering restored</source>
        <translation>Numbering restored</translation>
    </message>
    <message>
        <source>Other matters to report</source>
        <translation>Other matters to report</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Part of its own</source>
        <translation>Part of its own</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Plans for next year</source>
        <translation>Plans for next year</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Report details</source>
        <translation>Report details</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>Returned for changes</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Shortcomings and their causes</source>
        <translation>Shortcomings and their causes</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Submitted for review</translation>
    </message>
    <message>
        <source>Web page text dropped</source>
        <translation>Web page text dropped</translation>
    </message>
    <message>
        <source>Work area</source>
        <translation>Work area</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose Another Workspace…</source>
        <translation>Choose Another Workspace…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Fazhi Report</source>
        <translation>Fazhi Report</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>Open File</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Quit Without Saving</source>
        <translation>Quit Without Saving</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Show in Folder</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Try Again</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>ReviewInput</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Publication date:</source>
        <translation>Publication date:</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Publish the Report</source>
        <translation>Publish the Report</translation>
    </message>
    <message>
        <source>Record that the approved report has been published. The date becomes the report's 发布日期; the web address is kept with the review record.</source>
        <translation>Record that the approved report has been published. The date becomes the report's 发布日期; the web address is kept with the review record.</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation>Web address:</translation>
    </message>
    <message>
        <source>e.g. https://www.example.gov.cn/…</source>
        <translation>e.g. https://www.example.gov.cn/…</translation>
    </message>
</context>
<context>
    <name>ReviewNames</name>
    <message>
        <source>%1 figure “%2”</source>
        <translation>%1 figure “%2”</translation>
    </message>
    <message>
        <source>%1 paragraph %2</source>
        <translation>%1 paragraph %2</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Closing, paragraph %1</source>
        <translation>Closing, paragraph %1</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Drafter</source>
        <translation>Drafter</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Opening, paragraph %1</source>
        <translation>Opening, paragraph %1</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Report details</source>
        <translation>Report details</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>Returned for changes</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Revision frozen</source>
        <translation>Revision frozen</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Submitted for review</translation>
    </message>
    <message>
        <source>Suggested change</source>
        <translation>Suggested change</translation>
    </message>
    <message>
        <source>Suggestion accepted</source>
        <translation>Suggestion accepted</translation>
    </message>
    <message>
        <source>Suggestion not accepted</source>
        <translation>Suggestion not accepted</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>Chinese text uses full-width punctuation.</source>
        <translation>Chinese text uses full-width punctuation.</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>Counts carry a unit such as 件, 次 or 人次.</source>
        <translation>Counts carry a unit such as 件, 次 or 人次.</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Date format</translation>
    </message>
    <message>
        <source>Dated %1; the report is due to be reported up before %2.</source>
        <translation>Dated %1; the report is due to be reported up before %2.</translation>
    </message>
    <message>
        <source>Dates are written in full, without zero padding, e.g. 2024年2月22日.</source>
        <translation>Dates are written in full, without zero padding, e.g. 2024年2月22日.</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Document title not in its official form; write: %1</source>
        <translation>Document title not in its official form; write: %1</translation>
    </message>
    <message>
        <source>Document title without book-title marks; write: %1</source>
        <translation>Document title without book-title marks; write: %1</translation>
    </message>
    <message>
        <source>Document titles</source>
        <translation>Document titles</translation>
    </message>
    <message>
        <source>Documents are cited by their exact title, in book-title marks.</source>
        <translation>Documents are cited by their exact title, in book-title marks.</translation>
    </message>
    <message>
        <source>Doubled punctuation mark %1; keep one.</source>
        <translation>Doubled punctuation mark %1; keep one.</translation>
    </message>
    <message>
        <source>Enumeration</source>
        <translation>Enumeration</translation>
    </message>
    <message>
        <source>Enumeration numeral missing: “是” should read “%1”.</source>
        <translation>Enumeration numeral missing: “是” should read “%1”.</translation>
    </message>
    <message>
        <source>Enumeration out of sequence: “%1” follows “%2”; expected “%3”.</source>
        <translation>Enumeration out of sequence: “%1” follows “%2”; expected “%3”.</translation>
    </message>
    <message>
        <source>Enumeration repeats “%1”; expected “%2”.</source>
        <translation>Enumeration repeats “%1”; expected “%2”.</translation>
    </message>
    <message>
        <source>Enumeration starts at “%1”; expected “%2”.</source>
        <translation>Enumeration starts at “%1”; expected “%2”.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2, hints: %3</source>
        <translation>Errors: %1, warnings: %2, hints: %3</translation>
    </message>
    <message>
        <source>Figure without a unit: add the unit after %1 (件, 次, 人次 …).</source>
        <translation>Figure without a unit: add the unit after %1 (件, 次, 人次 …).</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Figures agree</source>
        <translation>Figures agree</translation>
    </message>
    <message>
        <source>Figures in the text agree with the work area's facts.</source>
        <translation>Figures in the text agree with the work area's facts.</translation>
    </message>
    <message>
        <source>Formulations are written in their standard form, e.g. 习近平法治思想, “八五”普法.</source>
        <translation>Formulations are written in their standard form, e.g. 习近平法治思想, “八五”普法.</translation>
    </message>
    <message>
        <source>Half-width %1 in Chinese text; use the full-width %2.</source>
        <translation>Half-width %1 in Chinese text; use the full-width %2.</translation>
    </message>
    <message>
        <source>Half-width brackets %1 in Chinese text; use the full-width %2.</source>
        <translation>Half-width brackets %1 in Chinese text; use the full-width %2.</translation>
    </message>
    <message>
        <source>Half-width punctuation</source>
        <translation>Half-width punctuation</translation>
    </message>
    <message>
        <source>Hand-typed enumerations are complete, in order and at the right level, with standard labels; repairs made by import are listed.</source>
        <translation>Hand-typed enumerations are complete, in order and at the right level, with standard labels; repairs made by import are listed.</translation>
    </message>
    <message>
        <source>Hand-typed part number “%1”; make this a part so that it is numbered automatically.</source>
        <translation>Hand-typed part number “%1”; make this a part so that it is numbered automatically.</translation>
    </message>
    <message>
        <source>Hand-typed work-area number “%1”; make this a work area so that it is numbered automatically.</source>
        <translation>Hand-typed work-area number “%1”; make this a work area so that it is numbered automatically.</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hint</translation>
    </message>
    <message>
        <source>Import restored a lost enumeration numeral: “%1” became “%2”; check it.</source>
        <translation>Import restored a lost enumeration numeral: “%1” became “%2”; check it.</translation>
    </message>
    <message>
        <source>Mismatched brackets: %1 is paired with the half-width %2; use %3.</source>
        <translation>Mismatched brackets: %1 is paired with the half-width %2; use %3.</translation>
    </message>
    <message>
        <source>Missing content: how the principal Party and government leaders performed their duty as first responsible persons (item 3 of the regulation).</source>
        <translation>Missing content: how the principal Party and government leaders performed their duty as first responsible persons (item 3 of the regulation).</translation>
    </message>
    <message>
        <source>Missing content: the measures taken and their results (item 1 of the regulation).</source>
        <translation>Missing content: the measures taken and their results (item 1 of the regulation).</translation>
    </message>
    <message>
        <source>Missing content: the plans for the next year (item 4 of the regulation).</source>
        <translation>Missing content: the plans for the next year (item 4 of the regulation).</translation>
    </message>
    <message>
        <source>Missing content: the shortcomings and their causes (item 2 of the regulation).</source>
        <translation>Missing content: the shortcomings and their causes (item 2 of the regulation).</translation>
    </message>
    <message>
        <source>Name the plans' year in the heading: %1年.</source>
        <translation>Name the plans' year in the heading: %1年.</translation>
    </message>
    <message>
        <source>No doubled punctuation marks such as ，， or 。。.</source>
        <translation>No doubled punctuation marks such as ，， or 。。.</translation>
    </message>
    <message>
        <source>No spaces inside Chinese text.</source>
        <translation>No spaces inside Chinese text.</translation>
    </message>
    <message>
        <source>Non-standard wording; write: %1</source>
        <translation>Non-standard wording; write: %1</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Numbering</translation>
    </message>
    <message>
        <source>Numbering levels mixed up: “%1” does not belong inside a work area; use 1. or 一是.</source>
        <translation>Numbering levels mixed up: “%1” does not belong inside a work area; use 1. or 一是.</translation>
    </message>
    <message>
        <source>Paired marks</source>
        <translation>Paired marks</translation>
    </message>
    <message>
        <source>Published on %1; the regulation requires publication before 1 April %2.</source>
        <translation>Published on %1; the regulation requires publication before 1 April %2.</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>Punctuation</translation>
    </message>
    <message>
        <source>Punctuation marks in a row (%1); keep the right one.</source>
        <translation>Punctuation marks in a row (%1); keep the right one.</translation>
    </message>
    <message>
        <source>Quotation marks, book-title marks and brackets come in pairs within a paragraph.</source>
        <translation>Quotation marks, book-title marks and brackets come in pairs within a paragraph.</translation>
    </message>
    <message>
        <source>Repeated punctuation</source>
        <translation>Repeated punctuation</translation>
    </message>
    <message>
        <source>Report details</source>
        <translation>Report details</translation>
    </message>
    <message>
        <source>Required content</source>
        <translation>Required content</translation>
    </message>
    <message>
        <source>Reuse</source>
        <translation>Reuse</translation>
    </message>
    <message>
        <source>Same sentence as in the %1 report; update it.</source>
        <translation>Same sentence as in the %1 report; update it.</translation>
    </message>
    <message>
        <source>Same sentence, figures included, as in the %1 report; check and update it.</source>
        <translation>Same sentence, figures included, as in the %1 report; check and update it.</translation>
    </message>
    <message>
        <source>Say what the principal leaders did themselves: chaired, heard reports, studied, deployed, supervised.</source>
        <translation>Say what the principal leaders did themselves: chaired, heard reports, studied, deployed, supervised.</translation>
    </message>
    <message>
        <source>Sentences are not copied unchanged from the previous year's report.</source>
        <translation>Sentences are not copied unchanged from the previous year's report.</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Spaces</translation>
    </message>
    <message>
        <source>Standard wording</source>
        <translation>Standard wording</translation>
    </message>
    <message>
        <source>Stray space in Chinese text; delete it.</source>
        <translation>Stray space in Chinese text; delete it.</translation>
    </message>
    <message>
        <source>Text reused from last year</source>
        <translation>Text reused from last year</translation>
    </message>
    <message>
        <source>The contents the regulation requires are present and filled in: measures and results, the principal leaders' duty, shortcomings and their causes, next year's plans.</source>
        <translation>The contents the regulation requires are present and filled in: measures and results, the principal leaders' duty, shortcomings and their causes, next year's plans.</translation>
    </message>
    <message>
        <source>The part for other matters is empty; write it or delete the part.</source>
        <translation>The part for other matters is empty; write it or delete the part.</translation>
    </message>
    <message>
        <source>The plans are for %2, but this heading names %1.</source>
        <translation>The plans are for %2, but this heading names %1.</translation>
    </message>
    <message>
        <source>The report is for %2, but this heading names %1.</source>
        <translation>The report is for %2, but this heading names %1.</translation>
    </message>
    <message>
        <source>The report is published before 1 April and reported up before the set date.</source>
        <translation>The report is published before 1 April and reported up before the set date.</translation>
    </message>
    <message>
        <source>The report was due to be reported up before %1 and has not been submitted yet.</source>
        <translation>The report was due to be reported up before %1 and has not been submitted yet.</translation>
    </message>
    <message>
        <source>The report's organization is not set.</source>
        <translation>The report's organization is not set.</translation>
    </message>
    <message>
        <source>The report's year is not set.</source>
        <translation>The report's year is not set.</translation>
    </message>
    <message>
        <source>The shortcomings are listed without their causes; add the causes.</source>
        <translation>The shortcomings are listed without their causes; add the causes.</translation>
    </message>
    <message>
        <source>The title does not name the organization (%1).</source>
        <translation>The title does not name the organization (%1).</translation>
    </message>
    <message>
        <source>The title does not name the year %1.</source>
        <translation>The title does not name the year %1.</translation>
    </message>
    <message>
        <source>The title names the organization and the year in the usual form, without repetition.</source>
        <translation>The title names the organization and the year in the usual form, without repetition.</translation>
    </message>
    <message>
        <source>The title names the year %1, but the report is for %2.</source>
        <translation>The title names the year %1, but the report is for %2.</translation>
    </message>
    <message>
        <source>The years named agree with the report's year; no vague words such as 今年 or 明年.</source>
        <translation>The years named agree with the report's year; no vague words such as 今年 or 明年.</translation>
    </message>
    <message>
        <source>This figure differs from the work area's facts: %1 is %2.</source>
        <translation>This figure differs from the work area's facts: %1 is %2.</translation>
    </message>
    <message>
        <source>This is numbered automatically; delete the typed number “%1”.</source>
        <translation>This is numbered automatically; delete the typed number “%1”.</translation>
    </message>
    <message>
        <source>This part is empty; write its content.</source>
        <translation>This part is empty; write its content.</translation>
    </message>
    <message>
        <source>This work area is empty; write it or delete it.</source>
        <translation>This work area is empty; write it or delete it.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Unpaired book-title marks: the closing %1 is missing.</source>
        <translation>Unpaired book-title marks: the closing %1 is missing.</translation>
    </message>
    <message>
        <source>Unpaired book-title marks: the opening %1 is missing.</source>
        <translation>Unpaired book-title marks: the opening %1 is missing.</translation>
    </message>
    <message>
        <source>Unpaired brackets: the closing %1 is missing.</source>
        <translation>Unpaired brackets: the closing %1 is missing.</translation>
    </message>
    <message>
        <source>Unpaired brackets: the opening %1 is missing.</source>
        <translation>Unpaired brackets: the opening %1 is missing.</translation>
    </message>
    <message>
        <source>Unpaired quotation marks: the closing %1 is missing.</source>
        <translation>Unpaired quotation marks: the closing %1 is missing.</translation>
    </message>
    <message>
        <source>Unpaired quotation marks: the opening %1 is missing.</source>
        <translation>Unpaired quotation marks: the opening %1 is missing.</translation>
    </message>
    <message>
        <source>Unusual title; the usual form is [organization][year]年度法治政府建设情况报告.</source>
        <translation>Unusual title; the usual form is [organization][year]年度法治政府建设情况报告.</translation>
    </message>
    <message>
        <source>Use “%1” rather than “%2” for a numbered item (GB/T 9704).</source>
        <translation>Use “%1” rather than “%2” for a numbered item (GB/T 9704).</translation>
    </message>
    <message>
        <source>Vague time word “%1”; write the year.</source>
        <translation>Vague time word “%1”; write the year.</translation>
    </message>
    <message>
        <source>Vague time word “%1”; write the year: %2.</source>
        <translation>Vague time word “%1”; write the year: %2.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Wording</translation>
    </message>
    <message>
        <source>Write dates in full: %1.</source>
        <translation>Write dates in full: %1.</translation>
    </message>
    <message>
        <source>Write dates without zero padding: %1.</source>
        <translation>Write dates without zero padding: %1.</translation>
    </message>
    <message>
        <source>Write the date in Arabic numerals (GB/T 9704): %1.</source>
        <translation>Write the date in Arabic numerals (GB/T 9704): %1.</translation>
    </message>
    <message>
        <source>Write the year in full: %1.</source>
        <translation>Write the year in full: %1.</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>fix: %1</translation>
    </message>
    <message>
        <source>ignored: %1</source>
        <translation>ignored: %1</translation>
    </message>
    <message>
        <source>“%1” appears twice in the title; delete the repetition.</source>
        <translation>“%1” appears twice in the title; delete the repetition.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>"%1" is not a report id (a UUID as printed by list).</source>
        <translation>"%1" is not a report id (a UUID as printed by list).</translation>
    </message>
    <message>
        <source>"%1" is not an id (a UUID).</source>
        <translation>"%1" is not an id (a UUID).</translation>
    </message>
    <message>
        <source>%1 applies only to --format %2.</source>
        <translation>%1 applies only to --format %2.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(none installed)</source>
        <translation>(none installed)</translation>
    </message>
    <message>
        <source>--from and --to take revision numbers.</source>
        <translation>--from and --to take revision numbers.</translation>
    </message>
    <message>
        <source>--keep-days takes a number of days from 1 to %1.</source>
        <translation>--keep-days takes a number of days from 1 to %1.</translation>
    </message>
    <message>
        <source>--to needs a path.</source>
        <translation>--to needs a path.</translation>
    </message>
    <message>
        <source>Fazhi Report cannot write in the folder of the workspace %1.</source>
        <translation>Fazhi Report cannot write in the folder of the workspace %1.</translation>
    </message>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>Option %1 needs a value.</translation>
    </message>
    <message>
        <source>Option --workspace needs a value.</source>
        <translation>Option --workspace needs a value.</translation>
    </message>
    <message>
        <source>The report is %1 and locked; reopen it (review reopen) to change it.</source>
        <translation>The report is %1 and locked; reopen it (review reopen) to change it.</translation>
    </message>
    <message>
        <source>The workspace %1 is open in Fazhi Report. Restore the backup there (File ▸ Restore from Backup…), or quit the app first.</source>
        <translation>The workspace %1 is open in Fazhi Report. Restore the backup there (File ▸ Restore from Backup…), or quit the app first.</translation>
    </message>
    <message>
        <source>There is no node %1 in this report.</source>
        <translation>There is no node %1 in this report.</translation>
    </message>
    <message>
        <source>This command needs %1 ID.</source>
        <translation>This command needs %1 ID.</translation>
    </message>
    <message>
        <source>Unknown backup subcommand "%1".</source>
        <translation>Unknown backup subcommand "%1".</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Unknown command "%1".</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unknown option %1.</translation>
    </message>
    <message>
        <source>Unknown review subcommand "%1".</source>
        <translation>Unknown review subcommand "%1".</translation>
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
  edit ID --node NODE --text TEXT  replace a node's text (paragraph, point, lead, heading, title)
  review submit ID --by NAME [--note TEXT]          freeze a revision and submit it for review
  review comment ID --node NODE --text TEXT --by NAME [--start N --end N]
  review suggest ID --node NODE --text TEXT --by NAME   propose a replacement text
  review reply ID --comment C --text TEXT --by NAME
  review resolve ID --comment C [--by NAME]
  review accept|reject ID --suggestion S [--by NAME] [--force]
  review decide ID (--approve|--return) --opinion TEXT --by NAME
  review reopen ID --by NAME
  review publish ID --date YYYY-MM-DD [--url URL] [--by NAME]
  review list ID                   comments and suggestions with ids, authors and states
  review export ID --output FILE   a review copy for another PC (a one-report workspace)
  review import FILE               merge a review copy back; prints the report ids
  history ID                       one line per revision and state change
  diff ID [--from REV] [--to REV]  changes per section (default: last revision → current draft)
  backup list                      one backup per line: path, date, reason, size in bytes, reports
  backup now [--keep-days N]       back the workspace up now; prints the backup's path
  backup restore BACKUP [--to PATH]  replace the workspace with a backup (the workspace as it is is
                                   backed up first), or restore it as a new workspace file PATH

The workspace is --workspace PATH, else the FAZHI_WORKSPACE variable, else the per-user default.
Backups are kept in the folder NAME.backups beside the workspace file: one a day when a command
opens it, kept for 14 days (the setting of the desktop app, or the FAZHI_BACKUP_DAYS variable).
Exit status: 0 success, 2 usage error, 3 data or state error, 4 a file cannot be written.
</source>
        <translation>Usage: fazhi-cli [--workspace PATH] COMMAND [ARGUMENTS]

Commands:
  import FILE                      import a published report (.txt or .docx); prints the new id
  list                             one report per line: id, year, organization, status, title
  show ID [--json]                 the whole structure of a report
  new --organization NAME --year N create a report from the regulation template; prints the id
  export ID --format %1 --output PATH %2
  delete ID                        delete a report
  check ID [--json]                proofread and check completeness; exit status 1 if errors remain
  fonts                            the installed font used for each role of the printed page
  edit ID --node NODE --text TEXT  replace a node's text (paragraph, point, lead, heading, title)
  review submit ID --by NAME [--note TEXT]          freeze a revision and submit it for review
  review comment ID --node NODE --text TEXT --by NAME [--start N --end N]
  review suggest ID --node NODE --text TEXT --by NAME   propose a replacement text
  review reply ID --comment C --text TEXT --by NAME
  review resolve ID --comment C [--by NAME]
  review accept|reject ID --suggestion S [--by NAME] [--force]
  review decide ID (--approve|--return) --opinion TEXT --by NAME
  review reopen ID --by NAME
  review publish ID --date YYYY-MM-DD [--url URL] [--by NAME]
  review list ID                   comments and suggestions with ids, authors and states
  review export ID --output FILE   a review copy for another PC (a one-report workspace)
  review import FILE               merge a review copy back; prints the report ids
  history ID                       one line per revision and state change
  diff ID [--from REV] [--to REV]  changes per section (default: last revision → current draft)
  backup list                      one backup per line: path, date, reason, size in bytes, reports
  backup now [--keep-days N]       back the workspace up now; prints the backup's path
  backup restore BACKUP [--to PATH]  replace the workspace with a backup (the workspace as it is is
                                   backed up first), or restore it as a new workspace file PATH

The workspace is --workspace PATH, else the FAZHI_WORKSPACE variable, else the per-user default.
Backups are kept in the folder NAME.backups beside the workspace file: one a day when a command
opens it, kept for 14 days (the setting of the desktop app, or the FAZHI_BACKUP_DAYS variable).
Exit status: 0 success, 2 usage error, 3 data or state error, 4 a file cannot be written.
</translation>
    </message>
    <message>
        <source>backup list takes no arguments.</source>
        <translation>backup list takes no arguments.</translation>
    </message>
    <message>
        <source>backup needs a subcommand: list, now or restore.</source>
        <translation>backup needs a subcommand: list, now or restore.</translation>
    </message>
    <message>
        <source>backup now takes only --keep-days N.</source>
        <translation>backup now takes only --keep-days N.</translation>
    </message>
    <message>
        <source>backup restore takes one backup file and optionally --to PATH.</source>
        <translation>backup restore takes one backup file and optionally --to PATH.</translation>
    </message>
    <message>
        <source>check takes one report id.</source>
        <translation>check takes one report id.</translation>
    </message>
    <message>
        <source>delete takes one report id.</source>
        <translation>delete takes one report id.</translation>
    </message>
    <message>
        <source>diff takes one report id.</source>
        <translation>diff takes one report id.</translation>
    </message>
    <message>
        <source>edit takes one report id, --node NODE and --text TEXT.</source>
        <translation>edit takes one report id, --node NODE and --text TEXT.</translation>
    </message>
    <message>
        <source>export needs --format %1.</source>
        <translation>export needs --format %1.</translation>
    </message>
    <message>
        <source>export needs --output PATH.</source>
        <translation>export needs --output PATH.</translation>
    </message>
    <message>
        <source>export takes one report id.</source>
        <translation>export takes one report id.</translation>
    </message>
    <message>
        <source>fonts takes no arguments.</source>
        <translation>fonts takes no arguments.</translation>
    </message>
    <message>
        <source>history takes one report id.</source>
        <translation>history takes one report id.</translation>
    </message>
    <message>
        <source>import takes one file.</source>
        <translation>import takes one file.</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list takes no arguments.</translation>
    </message>
    <message>
        <source>merged: %1 new reports, %2 new comments, %3 updated comments, %4 new steps, %5 new revisions</source>
        <translation>merged: %1 new reports, %2 new comments, %3 updated comments, %4 new steps, %5 new revisions</translation>
    </message>
    <message>
        <source>new needs --organization NAME.</source>
        <translation>new needs --organization NAME.</translation>
    </message>
    <message>
        <source>new needs --year N with a year between 2000 and 2100.</source>
        <translation>new needs --year N with a year between 2000 and 2100.</translation>
    </message>
    <message>
        <source>new takes only --organization and --year.</source>
        <translation>new takes only --organization and --year.</translation>
    </message>
    <message>
        <source>not in the fallback chain: </source>
        <translation>not in the fallback chain: </translation>
    </message>
    <message>
        <source>note: </source>
        <translation>note: </translation>
    </message>
    <message>
        <source>restored %1 as the new workspace %2</source>
        <translation>restored %1 as the new workspace %2</translation>
    </message>
    <message>
        <source>restored %1 to the workspace %2</source>
        <translation>restored %1 to the workspace %2</translation>
    </message>
    <message>
        <source>review %1 needs --text TEXT.</source>
        <translation>review %1 needs --text TEXT.</translation>
    </message>
    <message>
        <source>review %1 takes one report id.</source>
        <translation>review %1 takes one report id.</translation>
    </message>
    <message>
        <source>review decide needs either --approve or --return.</source>
        <translation>review decide needs either --approve or --return.</translation>
    </message>
    <message>
        <source>review export needs --output FILE.</source>
        <translation>review export needs --output FILE.</translation>
    </message>
    <message>
        <source>review import takes one file.</source>
        <translation>review import takes one file.</translation>
    </message>
    <message>
        <source>review needs a subcommand: submit, comment, suggest, reply, resolve, accept, reject, decide, reopen, publish, list, export or import.</source>
        <translation>review needs a subcommand: submit, comment, suggest, reply, resolve, accept, reject, decide, reopen, publish, list, export or import.</translation>
    </message>
    <message>
        <source>review publish needs --date YYYY-MM-DD.</source>
        <translation>review publish needs --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>show takes one report id.</source>
        <translation>show takes one report id.</translation>
    </message>
    <message>
        <source>stale suggestion (the text changed meanwhile): %1</source>
        <translation>stale suggestion (the text changed meanwhile): %1</translation>
    </message>
    <message>
        <source>the workspace as it was is kept as %1</source>
        <translation>the workspace as it was is kept as %1</translation>
    </message>
    <message>
        <source>warning: the daily backup was not made: </source>
        <translation>warning: the daily backup was not made: </translation>
    </message>
</context>
<context>
    <name>fazhi</name>
    <message>
        <source>"%1" is not a valid value for the field "%2".</source>
        <translation>"%1" is not a valid value for the field "%2".</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name to restore the backup to (nothing was overwritten).</source>
        <translation>%1 already exists; choose a new file name to restore the backup to (nothing was overwritten).</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 is a folder, not a workspace file.</translation>
    </message>
    <message>
        <source>A backup of the workspace %1 could not be written to %2 (%3). Free some space or allow writing in that folder; the workspace is unchanged.</source>
        <translation>A backup of the workspace %1 could not be written to %2 (%3). Free some space or allow writing in that folder; the workspace is unchanged.</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>A comment needs some text.</translation>
    </message>
    <message>
        <source>A comment of %1 characters is too long: a comment may hold at most %2 characters.</source>
        <translation>A comment of %1 characters is too long: a comment may hold at most %2 characters.</translation>
    </message>
    <message>
        <source>A database operation on the workspace %1 failed (%2).</source>
        <translation>A database operation on the workspace %1 failed (%2).</translation>
    </message>
    <message>
        <source>A detail of the web page (view count, sharing, author …) was left out.</source>
        <translation>A detail of the web page (view count, sharing, author …) was left out.</translation>
    </message>
    <message>
        <source>A line above the title (site banner or navigation) was left out of the report.</source>
        <translation>A line above the title (site banner or navigation) was left out of the report.</translation>
    </message>
    <message>
        <source>A line of web page furniture (sharing, printing, view counts …) was left out.</source>
        <translation>A line of web page furniture (sharing, printing, view counts …) was left out.</translation>
    </message>
    <message>
        <source>A name is needed: the review record says who did what.</source>
        <translation>A name is needed: the review record says who did what.</translation>
    </message>
    <message>
        <source>A paragraph of %1 characters is longer than a paragraph may be (%2 characters); it was split into %3 paragraphs at sentence ends. No text was lost.</source>
        <translation>A paragraph of %1 characters is longer than a paragraph may be (%2 characters); it was split into %3 paragraphs at sentence ends. No text was lost.</translation>
    </message>
    <message>
        <source>A part has %1 work areas (（一）（二）…): a part may have at most %2.</source>
        <translation>A part has %1 work areas (（一）（二）…): a part may have at most %2.</translation>
    </message>
    <message>
        <source>A part or work area has %1 points (一是… or 1. …): at most %2 points may follow one another.</source>
        <translation>A part or work area has %1 points (一是… or 1. …): at most %2 points may follow one another.</translation>
    </message>
    <message>
        <source>A reply needs some text.</source>
        <translation>A reply needs some text.</translation>
    </message>
    <message>
        <source>A text of %1 characters is too long: a paragraph or other field may hold at most %2 characters. Split it into several paragraphs.</source>
        <translation>A text of %1 characters is too long: a paragraph or other field may hold at most %2 characters. Split it into several paragraphs.</translation>
    </message>
    <message>
        <source>An empty detail line of the web page was left out.</source>
        <translation>An empty detail line of the web page was left out.</translation>
    </message>
    <message>
        <source>Before importing a review copy</source>
        <translation>Before importing a review copy</translation>
    </message>
    <message>
        <source>Before restoring a backup</source>
        <translation>Before restoring a backup</translation>
    </message>
    <message>
        <source>Before upgrading</source>
        <translation>Before upgrading</translation>
    </message>
    <message>
        <source>Cannot %1: the report is %2.</source>
        <translation>Cannot %1: the report is %2.</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>Could not open %1: %2.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Could not read %1: %2.</translation>
    </message>
    <message>
        <source>Could not replace %1. If it is open in another program, close it and try again.</source>
        <translation>Could not replace %1. If it is open in another program, close it and try again.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. If the file is open in another program (such as Word), close it and try again; also check that the disk is not full.</source>
        <translation>Could not save %1: %2. If the file is open in another program (such as Word), close it and try again; also check that the disk is not full.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. If the file is open in another program (such as Word), close it and try again.</source>
        <translation>Could not write %1: %2. If the file is open in another program (such as Word), close it and try again.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. The disk may be full; free some space and try again.</source>
        <translation>Could not write %1: %2. The disk may be full; free some space and try again.</translation>
    </message>
    <message>
        <source>Could not write %1: it is a folder.</source>
        <translation>Could not write %1: it is a folder.</translation>
    </message>
    <message>
        <source>Could not write %1: the folder does not exist.</source>
        <translation>Could not write %1: the folder does not exist.</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Daily backup</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Line %1 of the file was not in UTF-8 like the rest of it; it was read as GB18030 (GBK). Check that its text is right.</source>
        <translation>Line %1 of the file was not in UTF-8 like the rest of it; it was read as GB18030 (GBK). Check that its text is right.</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>No part headings (一、二、…) were found; the text is kept as the report's preamble.</source>
        <translation>No part headings (一、二、…) were found; the text is kept as the report's preamble.</translation>
    </message>
    <message>
        <source>No title line was found; the title is generated from the organization and year.</source>
        <translation>No title line was found; the title is generated from the organization and year.</translation>
    </message>
    <message>
        <source>No workspace file name was given.</source>
        <translation>No workspace file name was given.</translation>
    </message>
    <message>
        <source>Numbered items written as “1、” or “1．” are printed as “1.” (GB/T 9704).</source>
        <translation>Numbered items written as “1、” or “1．” are printed as “1.” (GB/T 9704).</translation>
    </message>
    <message>
        <source>Only a suggestion can be accepted or rejected.</source>
        <translation>Only a suggestion can be accepted or rejected.</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Plain text</translation>
    </message>
    <message>
        <source>Report details</source>
        <translation>Report details</translation>
    </message>
    <message>
        <source>Returning a report needs an opinion that says what to change.</source>
        <translation>Returning a report needs an opinion that says what to change.</translation>
    </message>
    <message>
        <source>Suggestions apply to a part, section, paragraph or point.</source>
        <translation>Suggestions apply to a part, section, paragraph or point.</translation>
    </message>
    <message>
        <source>Suggestions apply to a part, section, paragraph or point; change the title in the details.</source>
        <translation>Suggestions apply to a part, section, paragraph or point; change the title in the details.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not available.</source>
        <translation>The SQLite driver of Qt (QSQLITE) is not available.</translation>
    </message>
    <message>
        <source>The Word document could not be assembled.</source>
        <translation>The Word document could not be assembled.</translation>
    </message>
    <message>
        <source>The Word document's part %1 is %2 MB uncompressed: at most %3 MB are read from one part. The file is damaged or not a report.</source>
        <translation>The Word document's part %1 is %2 MB uncompressed: at most %3 MB are read from one part. The file is damaged or not a report.</translation>
    </message>
    <message>
        <source>The backup %1 is the workspace itself.</source>
        <translation>The backup %1 is the workspace itself.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Fazhi Report; install that version to restore it.</source>
        <translation>The backup %1 was made by a newer version of Fazhi Report; install that version to restore it.</translation>
    </message>
    <message>
        <source>The change does not fit the data in the workspace %1 (%2).</source>
        <translation>The change does not fit the data in the workspace %1 (%2).</translation>
    </message>
    <message>
        <source>The data is not a report.</source>
        <translation>The data is not a report.</translation>
    </message>
    <message>
        <source>The date under the title was taken as the report's date; it is printed under the signature.</source>
        <translation>The date under the title was taken as the report's date; it is printed under the signature.</translation>
    </message>
    <message>
        <source>The disk holding the workspace %1 is full.</source>
        <translation>The disk holding the workspace %1 is full.</translation>
    </message>
    <message>
        <source>The element cannot be placed there.</source>
        <translation>The element cannot be placed there.</translation>
    </message>
    <message>
        <source>The enumeration lost its numeral here (“……。是……”); it was restored as “%1”.</source>
        <translation>The enumeration lost its numeral here (“……。是……”); it was restored as “%1”.</translation>
    </message>
    <message>
        <source>The field "%1" does not exist on this element.</source>
        <translation>The field "%1" does not exist on this element.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written (%2).</source>
        <translation>The file %1 cannot be written (%2).</translation>
    </message>
    <message>
        <source>The file %1 is not a Fazhi Report workspace.</source>
        <translation>The file %1 is not a Fazhi Report workspace.</translation>
    </message>
    <message>
        <source>The file %1 is not a usable backup: it is damaged or not a Fazhi Report workspace. Choose another backup.</source>
        <translation>The file %1 is not a usable backup: it is damaged or not a Fazhi Report workspace. Choose another backup.</translation>
    </message>
    <message>
        <source>The file %1 is not a workspace, so it is not replaced by the backup; restore the backup to a new file instead.</source>
        <translation>The file %1 is not a workspace, so it is not replaced by the backup; restore the backup to a new file instead.</translation>
    </message>
    <message>
        <source>The file has more than %1 paragraphs: a report may hold at most %1 paragraphs, headings and points. Nothing was imported.</source>
        <translation>The file has more than %1 paragraphs: a report may hold at most %1 paragraphs, headings and points. Nothing was imported.</translation>
    </message>
    <message>
        <source>The file holds more than %1 characters of text: at most %1 characters can be imported as one report. Nothing was imported.</source>
        <translation>The file holds more than %1 characters of text: at most %1 characters can be imported as one report. Nothing was imported.</translation>
    </message>
    <message>
        <source>The file is a zip archive but not a Word document (.docx).</source>
        <translation>The file is a zip archive but not a Word document (.docx).</translation>
    </message>
    <message>
        <source>The file is an old Word (.doc) file or a password-protected document. Save it as .docx without a password and try again.</source>
        <translation>The file is an old Word (.doc) file or a password-protected document. Save it as .docx without a password and try again.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor readable as GB18030 on this system; save it as UTF-8 and try again.</source>
        <translation>The file is neither UTF-8 nor readable as GB18030 on this system; save it as UTF-8 and try again.</translation>
    </message>
    <message>
        <source>The file is not a Word document (.docx), or it is damaged.</source>
        <translation>The file is not a Word document (.docx), or it is damaged.</translation>
    </message>
    <message>
        <source>The file is not text; it looks like a binary file.</source>
        <translation>The file is not text; it looks like a binary file.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The issuing organization could not be found; enter it by hand.</source>
        <translation>The issuing organization could not be found; enter it by hand.</translation>
    </message>
    <message>
        <source>The organization was taken from %1.</source>
        <translation>The organization was taken from %1.</translation>
    </message>
    <message>
        <source>The page gives a second, different 成文日期; the date read first was kept.</source>
        <translation>The page gives a second, different 成文日期; the date read first was kept.</translation>
    </message>
    <message>
        <source>The page gives this detail twice; the first value was kept.</source>
        <translation>The page gives this detail twice; the first value was kept.</translation>
    </message>
    <message>
        <source>The part heading ran on into body text; the text after its first sentence became the part's first paragraph.</source>
        <translation>The part heading ran on into body text; the text after its first sentence became the part's first paragraph.</translation>
    </message>
    <message>
        <source>The parts were not numbered in sequence; the numbering is regenerated.</source>
        <translation>The parts were not numbered in sequence; the numbering is regenerated.</translation>
    </message>
    <message>
        <source>The publication date is not a valid date.</source>
        <translation>The publication date is not a valid date.</translation>
    </message>
    <message>
        <source>The report already has an element with the id %1.</source>
        <translation>The report already has an element with the id %1.</translation>
    </message>
    <message>
        <source>The report has %1 parts (一、二、…): a report may have at most %2 parts.</source>
        <translation>The report has %1 parts (一、二、…): a report may have at most %2 parts.</translation>
    </message>
    <message>
        <source>The report has no element with the id %1.</source>
        <translation>The report has no element with the id %1.</translation>
    </message>
    <message>
        <source>The report would have %1 paragraphs, headings and points: a report may hold at most %2.</source>
        <translation>The report would have %1 paragraphs, headings and points: a report may hold at most %2.</translation>
    </message>
    <message>
        <source>The text has changed since this suggestion was made; compare them and apply it by hand, or accept it anyway.</source>
        <translation>The text has changed since this suggestion was made; compare them and apply it by hand, or accept it anyway.</translation>
    </message>
    <message>
        <source>The text this suggestion was made on has been deleted.</source>
        <translation>The text this suggestion was made on has been deleted.</translation>
    </message>
    <message>
        <source>The title was set on two lines; they were joined.</source>
        <translation>The title was set on two lines; they were joined.</translation>
    </message>
    <message>
        <source>The value given for the field "%1" has the wrong type.</source>
        <translation>The value given for the field "%1" has the wrong type.</translation>
    </message>
    <message>
        <source>The work areas were not numbered in sequence; the numbering is regenerated.</source>
        <translation>The work areas were not numbered in sequence; the numbering is regenerated.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be changed because it is read-only.</source>
        <translation>The workspace %1 cannot be changed because it is read-only.</translation>
    </message>
    <message>
        <source>The workspace %1 could not be read or written (%2).</source>
        <translation>The workspace %1 could not be read or written (%2).</translation>
    </message>
    <message>
        <source>The workspace %1 is busy in another program; try again in a moment.</source>
        <translation>The workspace %1 is busy in another program; try again in a moment.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged and cannot be opened safely; restore it from a backup.</source>
        <translation>The workspace %1 is damaged and cannot be opened safely; restore it from a backup.</translation>
    </message>
    <message>
        <source>The workspace %1 is open in another program (a second window or fazhi-cli). Close it there and restore again; nothing was changed.</source>
        <translation>The workspace %1 is open in another program (a second window or fazhi-cli). Close it there and restore again; nothing was changed.</translation>
    </message>
    <message>
        <source>The workspace %1 is still open; close it before restoring a backup.</source>
        <translation>The workspace %1 is still open; close it before restoring a backup.</translation>
    </message>
    <message>
        <source>The workspace %1 was made by a newer version of Fazhi Report; install that version to open it.</source>
        <translation>The workspace %1 was made by a newer version of Fazhi Report; install that version to open it.</translation>
    </message>
    <message>
        <source>The workspace %1 was made by an earlier version and is upgraded when opened. A copy of it as it is comes first, %2, and that copy could not be written (%3). Free some space or allow writing in the folder, then open it again; the workspace is unchanged.</source>
        <translation>The workspace %1 was made by an earlier version and is upgraded when opened. A copy of it as it is comes first, %2, and that copy could not be written (%3). Free some space or allow writing in the folder, then open it again; the workspace is unchanged.</translation>
    </message>
    <message>
        <source>The workspace already holds a report with the id %1.</source>
        <translation>The workspace already holds a report with the id %1.</translation>
    </message>
    <message>
        <source>The workspace has no report with the id %1 (it may have been deleted in another window).</source>
        <translation>The workspace has no report with the id %1 (it may have been deleted in another window).</translation>
    </message>
    <message>
        <source>The year reported on could not be found; enter it by hand.</source>
        <translation>The year reported on could not be found; enter it by hand.</translation>
    </message>
    <message>
        <source>The year reported on was taken from %1.</source>
        <translation>The year reported on was taken from %1.</translation>
    </message>
    <message>
        <source>The 成文日期 on the page is not a date that could be read; enter the date by hand.</source>
        <translation>The 成文日期 on the page is not a date that could be read; enter the date by hand.</translation>
    </message>
    <message>
        <source>There is no comment or suggestion with the id %1 on this report.</source>
        <translation>There is no comment or suggestion with the id %1 on this report.</translation>
    </message>
    <message>
        <source>There is no node with the id %1 in this report.</source>
        <translation>There is no node with the id %1 in this report.</translation>
    </message>
    <message>
        <source>This part comes before the shortcomings and plans; it was taken as a work area (measures).</source>
        <translation>This part comes before the shortcomings and plans; it was taken as a work area (measures).</translation>
    </message>
    <message>
        <source>This report has no revision %1.</source>
        <translation>This report has no revision %1.</translation>
    </message>
    <message>
        <source>This report has no revision yet: a revision is made when it is submitted.</source>
        <translation>This report has no revision yet: a revision is made when it is submitted.</translation>
    </message>
    <message>
        <source>This report was changed by another window or program; reload it and make your change again.</source>
        <translation>This report was changed by another window or program; reload it and make your change again.</translation>
    </message>
    <message>
        <source>This suggestion has already been accepted or rejected.</source>
        <translation>This suggestion has already been accepted or rejected.</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Typing</translation>
    </message>
    <message>
        <source>Unknown export format %1.</source>
        <translation>Unknown export format %1.</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Web page</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word document</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>approve</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>change the text</source>
        <translation>change the text</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>its -wal file could not be copied</source>
        <translation>its -wal file could not be copied</translation>
    </message>
    <message>
        <source>publish</source>
        <translation>publish</translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>reopen</source>
        <translation>reopen</translation>
    </message>
    <message>
        <source>return</source>
        <translation>return</translation>
    </message>
    <message>
        <source>returned for changes</source>
        <translation>returned for changes</translation>
    </message>
    <message>
        <source>submit</source>
        <translation>submit</translation>
    </message>
    <message>
        <source>submitted for review</source>
        <translation>submitted for review</translation>
    </message>
    <message>
        <source>the copy could not be read back</source>
        <translation>the copy could not be read back</translation>
    </message>
    <message>
        <source>the file could not be copied</source>
        <translation>the file could not be copied</translation>
    </message>
    <message>
        <source>the file could not be renamed</source>
        <translation>the file could not be renamed</translation>
    </message>
    <message>
        <source>the heading of the plans</source>
        <translation>the heading of the plans</translation>
    </message>
    <message>
        <source>the heading of the work review</source>
        <translation>the heading of the work review</translation>
    </message>
    <message>
        <source>the line under the title</source>
        <translation>the line under the title</translation>
    </message>
    <message>
        <source>the page's 信息来源</source>
        <translation>the page's 信息来源</translation>
    </message>
    <message>
        <source>the publication date</source>
        <translation>the publication date</translation>
    </message>
    <message>
        <source>the report's date</source>
        <translation>the report's date</translation>
    </message>
    <message>
        <source>the signature</source>
        <translation>the signature</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>the title</translation>
    </message>
    <message>
        <source>the years named in the text</source>
        <translation>the years named in the text</translation>
    </message>
</context>
<context>
    <name>fazhi::PdfWriter</name>
    <message>
        <source>A new PDF page could not be started.</source>
        <translation>A new PDF page could not be started.</translation>
    </message>
    <message>
        <source>No Chinese font is installed, so the PDF cannot be made. Install 仿宋 (FangSong) or another Simplified Chinese font and try again.</source>
        <translation>No Chinese font is installed, so the PDF cannot be made. Install 仿宋 (FangSong) or another Simplified Chinese font and try again.</translation>
    </message>
    <message>
        <source>The PDF could not be completed.</source>
        <translation>The PDF could not be completed.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>The PDF could not be started.</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::BackupsDialog</name>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>(the newest backup is always kept)</source>
        <translation>(the newest backup is always kept)</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Back Up Now</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Fazhi Report backs the workspace up the first time it is opened each day, and before every upgrade, review import and restore. Restoring a backup brings back every report as it was then; the workspace as it is now is backed up first.</source>
        <translation>Fazhi Report backs the workspace up the first time it is opened each day, and before every upgrade, review import and restore. Restoring a backup brings back every report as it was then; the workspace as it is now is backed up first.</translation>
    </message>
    <message>
        <source>Keep backups for</source>
        <translation>Keep backups for</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>Kept in %1</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>No backups yet</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Open Folder</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Restore as New File…</source>
        <translation>Restore as New File…</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::CharCountLabel</name>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fazhi::ui::ChecksController</name>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Checks</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Errors Remain</source>
        <translation>Errors Remain</translation>
    </message>
    <message>
        <source>Errors: %1  Warnings: %2</source>
        <translation>Errors: %1  Warnings: %2</translation>
    </message>
    <message>
        <source>Show the checks</source>
        <translation>Show the checks</translation>
    </message>
    <message>
        <source>The checks still find %1 errors in this report.</source>
        <translation>The checks still find %1 errors in this report.</translation>
    </message>
    <message>
        <source>They are listed in the Checks panel. %1</source>
        <translation>They are listed in the Checks panel. %1</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::ChecksPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (ignored: %2)</source>
        <translation>%1 (ignored: %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Apply the correction the check proposes (Undo takes it back)</source>
        <translation>Apply the correction the check proposes (Undo takes it back)</translation>
    </message>
    <message>
        <source>Do Not Ignore</source>
        <translation>Do Not Ignore</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Fix</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Fix: %1</translation>
    </message>
    <message>
        <source>Fix: replace “%1” with “%2”</source>
        <translation>Fix: replace “%1” with “%2”</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Ignore a Finding</source>
        <translation>Ignore a Finding</translation>
    </message>
    <message>
        <source>Ignored Findings</source>
        <translation>Ignored Findings</translation>
    </message>
    <message>
        <source>Ignore…</source>
        <translation>Ignore…</translation>
    </message>
    <message>
        <source>No findings (%1 ignored).</source>
        <translation>No findings (%1 ignored).</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>No findings.</translation>
    </message>
    <message>
        <source>Open a report to check it.</source>
        <translation>Open a report to check it.</translation>
    </message>
    <message>
        <source>Show ignored</source>
        <translation>Show ignored</translation>
    </message>
    <message>
        <source>The choice could not be saved in the workspace, so it holds only until the report is closed: %1</source>
        <translation>The choice could not be saved in the workspace, so it holds only until the report is closed: %1</translation>
    </message>
    <message>
        <source>The report as a whole</source>
        <translation>The report as a whole</translation>
    </message>
    <message>
        <source>Why is this right as it is? The reason is kept with the report so that others see it.</source>
        <translation>Why is this right as it is? The reason is kept with the report so that others see it.</translation>
    </message>
    <message>
        <source>e.g. the document's official title is written this way</source>
        <translation>e.g. the document's official title is written this way</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::DetailsForm</name>
    <message>
        <source> (year reported on)</source>
        <translation> (year reported on)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>so many parts, so many sections</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) in all</source>
        <translation>
            <numerusform>%Ln character in all</numerusform>
            <numerusform>%Ln characters in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n part</numerusform>
            <numerusform>%n parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
    <message>
        <source>Address of the published page, once it is online</source>
        <translation>Address of the published page, once it is online</translation>
    </message>
    <message>
        <source>Addressee:</source>
        <translation>Addressee:</translation>
    </message>
    <message>
        <source>As the website prints it, e.g. 2026-02-20 10:00</source>
        <translation>As the website prints it, e.g. 2026-02-20 10:00</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Closing, after the last part</source>
        <translation>Closing, after the last part</translation>
    </message>
    <message>
        <source>Date written:</source>
        <translation>Date written:</translation>
    </message>
    <message>
        <source>For the website, e.g. 示例镇</source>
        <translation>For the website, e.g. 示例镇</translation>
    </message>
    <message>
        <source>Leave empty to sign as %1</source>
        <translation>Leave empty to sign as %1</translation>
    </message>
    <message>
        <source>Leave empty to sign with the organization</source>
        <translation>Leave empty to sign with the organization</translation>
    </message>
    <message>
        <source>Leave empty to use: %1</source>
        <translation>Leave empty to use: %1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Opening, before the first part</source>
        <translation>Opening, before the first part</translation>
    </message>
    <message>
        <source>Optional, e.g. 县委、县政府</source>
        <translation>Optional, e.g. 县委、县政府</translation>
    </message>
    <message>
        <source>Optional: a short overview before “一、”, often ending “现将有关情况报告如下：”</source>
        <translation>Optional: a short overview before “一、”, often ending “现将有关情况报告如下：”</translation>
    </message>
    <message>
        <source>Optional: words before the signature, e.g. “特此报告。”</source>
        <translation>Optional: words before the signature, e.g. “特此报告。”</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organization:</translation>
    </message>
    <message>
        <source>Publication on the website</source>
        <translation>Publication on the website</translation>
    </message>
    <message>
        <source>Published on:</source>
        <translation>Published on:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Report details</source>
        <translation>Report details</translation>
    </message>
    <message>
        <source>Signature and date</source>
        <translation>Signature and date</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>The issuing body, e.g. 示例镇人民政府</source>
        <translation>The issuing body, e.g. 示例镇人民政府</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation>Web address:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::DiffView</name>
    <message>
        <source>%1 changed, %2 added, %3 deleted</source>
        <translation>%1 changed, %2 added, %3 deleted</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Compare Revisions</source>
        <translation>Compare Revisions</translation>
    </message>
    <message>
        <source>Current draft</source>
        <translation>Current draft</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Legend: %1 %2</source>
        <translation>Legend: %1 %2</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>No differences.</translation>
    </message>
    <message>
        <source>Nothing to show: the two versions are the same.</source>
        <translation>Nothing to show: the two versions are the same.</translation>
    </message>
    <message>
        <source>Only what changed</source>
        <translation>Only what changed</translation>
    </message>
    <message>
        <source>Revision %1 (%2, %3)</source>
        <translation>Revision %1 (%2, %3)</translation>
    </message>
    <message>
        <source>The same revision on both sides.</source>
        <translation>The same revision on both sides.</translation>
    </message>
    <message>
        <source>This report has no revision yet: a revision is made each time it is submitted for review.</source>
        <translation>This report has no revision yet: a revision is made each time it is submitted for review.</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>deleted text</source>
        <translation>deleted text</translation>
    </message>
    <message>
        <source>inserted text</source>
        <translation>inserted text</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::EditorController</name>
    <message>
        <source>%1 deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>%1 deleted. Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Figure</source>
        <translation>&amp;Figure</translation>
    </message>
    <message>
        <source>&amp;Part</source>
        <translation>&amp;Part</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Section</translation>
    </message>
    <message>
        <source>Add a part (一、二、…) after the current one</source>
        <translation>Add a part (一、二、…) after the current one</translation>
    </message>
    <message>
        <source>Add a section (（一）（二）…: a work area or a plan) after the current one</source>
        <translation>Add a section (（一）（二）…: a work area or a plan) after the current one</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected part, section, paragraph, point or figure (undo brings it back)</source>
        <translation>Delete the selected part, section, paragraph, point or figure (undo brings it back)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Insert a copy of the selected part, section, paragraph or point after it</source>
        <translation>Insert a copy of the selected part, section, paragraph or point after it</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Move Dow&amp;n</source>
        <translation>Move Dow&amp;n</translation>
    </message>
    <message>
        <source>P&amp;aragraph</source>
        <translation>P&amp;aragraph</translation>
    </message>
    <message>
        <source>P&amp;oint (一是…)</source>
        <translation>P&amp;oint (一是…)</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::ExportController</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <source>Export Finished</source>
        <translation>Export Finished</translation>
    </message>
    <message>
        <source>Export as %1</source>
        <translation>Export as %1</translation>
    </message>
    <message>
        <source>Export as %1…</source>
        <translation>Export as %1…</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Export as &amp;PDF…</translation>
    </message>
    <message>
        <source>Export as &amp;Web Page…</source>
        <translation>Export as &amp;Web Page…</translation>
    </message>
    <message>
        <source>Export as &amp;Word…</source>
        <translation>Export as &amp;Word…</translation>
    </message>
    <message>
        <source>Export as Plain &amp;Text…</source>
        <translation>Export as Plain &amp;Text…</translation>
    </message>
    <message>
        <source>Export the report as a PDF document for the record</source>
        <translation>Export the report as a PDF document for the record</translation>
    </message>
    <message>
        <source>Export the report as a Word document (.docx) in the GB/T 9704 layout</source>
        <translation>Export the report as a Word document (.docx) in the GB/T 9704 layout</translation>
    </message>
    <message>
        <source>Export the report as a web page for the government website</source>
        <translation>Export the report as a web page for the government website</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <source>If the file is open in Word or another program, close it; or save under another name or in another folder. Your report is safe in the workspace.</source>
        <translation>If the file is open in Word or another program, close it; or save under another name or in another folder. Your report is safe in the workspace.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Printing %1…</source>
        <translation>Printing %1…</translation>
    </message>
    <message>
        <source>The %1 is ready:</source>
        <translation>The %1 is ready:</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Your report is safe in the workspace; nothing was changed.</source>
        <translation>Your report is safe in the workspace; nothing was changed.</translation>
    </message>
    <message>
        <source>report</source>
        <translation>report</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::FactForm</name>
    <message>
        <source>(not named yet)</source>
        <translation>(not named yet)</translation>
    </message>
    <message>
        <source>Figures are not printed on their own; they help check that the text quotes them right.</source>
        <translation>Figures are not printed on their own; they help check that the text quotes them right.</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>Optional: 余, 多, 以上 …</source>
        <translation>Optional: 余, 多, 以上 …</translation>
    </message>
    <message>
        <source>Qualifier:</source>
        <translation>Qualifier:</translation>
    </message>
    <message>
        <source>Reads:</source>
        <translation>Reads:</translation>
    </message>
    <message>
        <source>The number, e.g. 10000</source>
        <translation>The number, e.g. 10000</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>What was counted, e.g. 发放宣传册</source>
        <translation>What was counted, e.g. 发放宣传册</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>What:</translation>
    </message>
    <message>
        <source>e.g. 份, 场, 件, 人次, %</source>
        <translation>e.g. 份, 场, 件, 人次, %</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::FactsEditor</name>
    <message>
        <source>Add Figure</source>
        <translation>Add Figure</translation>
    </message>
    <message>
        <source>Delete Figure</source>
        <translation>Delete Figure</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>The statistics this work area quotes, for checking the text; not printed.</source>
        <translation>The statistics this work area quotes, for checking the text; not printed.</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::FactsModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::FormStack</name>
    <message>
        <source>Choose a part of the report in the outline to edit it.</source>
        <translation>Choose a part of the report in the outline to edit it.</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::HistoryDialog</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Compare with the Previous Revision</source>
        <translation>Compare with the Previous Revision</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>Nothing recorded yet: the record starts when the report is submitted for review.</source>
        <translation>Nothing recorded yet: the record starts when the report is submitted for review.</translation>
    </message>
    <message>
        <source>Opinion or note</source>
        <translation>Opinion or note</translation>
    </message>
    <message>
        <source>Review History</source>
        <translation>Review History</translation>
    </message>
    <message>
        <source>Review History — %1</source>
        <translation>Review History — %1</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Status: %1 · %2 revisions · %3 steps recorded</source>
        <translation>Status: %1 · %2 revisions · %3 steps recorded</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::ImportController</name>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::ImportNotesDialog</name>
    <message>
        <source>%1 was imported as it was; nothing needed repair.</source>
        <translation>%1 was imported as it was; nothing needed repair.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was imported. Import made %n repair(s) or omission(s); please check them against the original.</source>
        <translation>
            <numerusform>%1 was imported. Import made %n repair or omission; please check them against the original.</numerusform>
            <numerusform>%1 was imported. Import made %n repairs or omissions; please check them against the original.</numerusform>
        </translation>
    </message>
    <message>
        <source>A detail of the report was inferred from the text.</source>
        <translation>A detail of the report was inferred from the text.</translation>
    </message>
    <message>
        <source>A line above the title was left out.</source>
        <translation>A line above the title was left out.</translation>
    </message>
    <message>
        <source>Double-click a note to go to the text it concerns.</source>
        <translation>Double-click a note to go to the text it concerns.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>Original text</translation>
    </message>
    <message>
        <source>Text of the web page around the report was left out.</source>
        <translation>Text of the web page around the report was left out.</translation>
    </message>
    <message>
        <source>The enumeration lost its numeral here; it was restored as “%1”.</source>
        <translation>The enumeration lost its numeral here; it was restored as “%1”.</translation>
    </message>
    <message>
        <source>What Import Changed</source>
        <translation>What Import Changed</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::MainWindow</name>
    <message>
        <source>%1 — Fazhi Report</source>
        <translation>%1 — Fazhi Report</translation>
    </message>
    <message>
        <source>&amp;About Fazhi Report</source>
        <translation>&amp;About Fazhi Report</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Find Report</source>
        <translation>&amp;Find Report</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;How to Use</source>
        <translation>&amp;How to Use</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insert</translation>
    </message>
    <message>
        <source>&amp;Larger Preview</source>
        <translation>&amp;Larger Preview</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Report List</source>
        <translation>&amp;Report List</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restore from Backup…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Smaller Preview</source>
        <translation>&amp;Smaller Preview</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Bring the whole workspace back to one of its backups</source>
        <translation>Bring the whole workspace back to one of its backups</translation>
    </message>
    <message>
        <source>Cannot Open the Report</source>
        <translation>Cannot Open the Report</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Cannot Save</translation>
    </message>
    <message>
        <source>Fazhi Report</source>
        <translation>Fazhi Report</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Main Toolbar</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The new language or workspace takes effect when Fazhi Report starts again.</source>
        <translation>The new language or workspace takes effect when Fazhi Report starts again.</translation>
    </message>
    <message>
        <source>This report is %1 and can no longer be changed.</source>
        <translation>This report is %1 and can no longer be changed.</translation>
    </message>
    <message>
        <source>Your latest typing could not be saved. If you quit now it is lost.</source>
        <translation>Your latest typing could not be saved. If you quit now it is lost.</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::NewReportDialog</name>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>New Report</source>
        <translation>New Report</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organization:</translation>
    </message>
    <message>
        <source>The new report follows the regulation: the five contents as parts, with five work areas to fill in. Everything can be renamed, moved or deleted later.</source>
        <translation>The new report follows the regulation: the five contents as parts, with five work areas to fill in. Everything can be renamed, moved or deleted later.</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Title: %1</translation>
    </message>
    <message>
        <source>Year reported on:</source>
        <translation>Year reported on:</translation>
    </message>
    <message>
        <source>e.g. 示例镇人民政府</source>
        <translation>e.g. 示例镇人民政府</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::OutlineModel</name>
    <message>
        <source>(empty figure)</source>
        <translation>(empty figure)</translation>
    </message>
    <message>
        <source>(empty paragraph)</source>
        <translation>(empty paragraph)</translation>
    </message>
    <message>
        <source>(empty point)</source>
        <translation>(empty point)</translation>
    </message>
    <message>
        <source>(lead sentence not written)</source>
        <translation>(lead sentence not written)</translation>
    </message>
    <message>
        <source>Report details</source>
        <translation>Report details</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::OutputController</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Export the %1 anyway?</source>
        <translation>Export the %1 anyway?</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <source>Print it anyway?</source>
        <translation>Print it anyway?</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::ParagraphListEditor</name>
    <message>
        <source>1. 2. … (one paragraph each)</source>
        <translation>1. 2. … (one paragraph each)</translation>
    </message>
    <message>
        <source>Add Paragraph</source>
        <translation>Add Paragraph</translation>
    </message>
    <message>
        <source>Add Point</source>
        <translation>Add Point</translation>
    </message>
    <message>
        <source>Delete this paragraph</source>
        <translation>Delete this paragraph</translation>
    </message>
    <message>
        <source>Delete this point</source>
        <translation>Delete this point</translation>
    </message>
    <message>
        <source>Join paragraphs</source>
        <translation>Join paragraphs</translation>
    </message>
    <message>
        <source>Join points</source>
        <translation>Join points</translation>
    </message>
    <message>
        <source>Numbering:</source>
        <translation>Numbering:</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Paragraphs</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Split paragraph</source>
        <translation>Split paragraph</translation>
    </message>
    <message>
        <source>Split point</source>
        <translation>Split point</translation>
    </message>
    <message>
        <source>一是、二是… (run on)</source>
        <translation>一是、二是… (run on)</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::PartForm</name>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>An overview of the year's work on building a rule-of-law government; it may end with “主要做法是：”, the measures themselves follow as work areas.</source>
        <translation>An overview of the year's work on building a rule-of-law government; it may end with “主要做法是：”, the measures themselves follow as work areas.</translation>
    </message>
    <message>
        <source>Another paragraph</source>
        <translation>Another paragraph</translation>
    </message>
    <message>
        <source>Anything else to report; delete this part if there is nothing.</source>
        <translation>Anything else to report; delete this part if there is nothing.</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Contents:</translation>
    </message>
    <message>
        <source>Heading:</source>
        <translation>Heading:</translation>
    </message>
    <message>
        <source>How the principal Party and government leaders performed their duty as first responsible persons: studying and deploying the work, leading in studying and applying the law, supervising and checking. Give concrete occasions and numbers.</source>
        <translation>How the principal Party and government leaders performed their duty as first responsible persons: studying and deploying the work, leading in studying and applying the law, supervising and checking. Give concrete occasions and numbers.</translation>
    </message>
    <message>
        <source>Leave empty to use: %1</source>
        <translation>Leave empty to use: %1</translation>
    </message>
    <message>
        <source>One point, ending with ； or 。</source>
        <translation>One point, ending with ； or 。</translation>
    </message>
    <message>
        <source>One sentence of overview; then write each shortcoming as a point below, each with its cause.</source>
        <translation>One sentence of overview; then write each shortcoming as a point below, each with its cause.</translation>
    </message>
    <message>
        <source>One sentence that introduces next year's plans, e.g. “%1年，我镇将重点做好以下工作：”</source>
        <translation>One sentence that introduces next year's plans, e.g. “%1年，我镇将重点做好以下工作：”</translation>
    </message>
    <message>
        <source>One shortcoming and its cause, ending with ； or 。, e.g. 普法宣传的针对性还不够强，主要原因是……</source>
        <translation>One shortcoming and its cause, ending with ； or 。, e.g. 普法宣传的针对性还不够强，主要原因是……</translation>
    </message>
    <message>
        <source>Opening paragraphs</source>
        <translation>Opening paragraphs</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>The heading of this part</source>
        <translation>The heading of this part</translation>
    </message>
    <message>
        <source>The text of this part.</source>
        <translation>The text of this part.</translation>
    </message>
    <message>
        <source>This part has %1 numbered sections （一）（二）…; choose one in the outline to edit it.</source>
        <translation>This part has %1 numbered sections （一）（二）…; choose one in the outline to edit it.</translation>
    </message>
    <message>
        <source>This part has no numbered sections （一）（二）….</source>
        <translation>This part has no numbered sections （一）（二）….</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::ReportListModel</name>
    <message>
        <source>Untitled report</source>
        <translation>Untitled report</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Year %1</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::ReportListPanel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Search title, organization, year</source>
        <translation>Search title, organization, year</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::ReportsController</name>
    <message>
        <source>%1 could not be imported. %2</source>
        <translation>%1 could not be imported. %2</translation>
    </message>
    <message>
        <source>&amp;Delete Report…</source>
        <translation>&amp;Delete Report…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;New Report…</source>
        <translation>&amp;New Report…</translation>
    </message>
    <message>
        <source>Cannot Create the Report</source>
        <translation>Cannot Create the Report</translation>
    </message>
    <message>
        <source>Cannot Open the Example</source>
        <translation>Cannot Open the Example</translation>
    </message>
    <message>
        <source>Create a report from the regulation's template</source>
        <translation>Create a report from the regulation's template</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Created %1</translation>
    </message>
    <message>
        <source>Delete Report</source>
        <translation>Delete Report</translation>
    </message>
    <message>
        <source>Delete the report “%1”?</source>
        <translation>Delete the report “%1”?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import Failed</translation>
    </message>
    <message>
        <source>Import a Report</source>
        <translation>Import a Report</translation>
    </message>
    <message>
        <source>Import a report from a .txt file or a Word document</source>
        <translation>Import a report from a .txt file or a Word document</translation>
    </message>
    <message>
        <source>Import reads reports saved as plain text (.txt) or as Word documents (.docx). If the file is open in another program, close it and try again.</source>
        <translation>Import reads reports saved as plain text (.txt) or as Word documents (.docx). If the file is open in another program, close it and try again.</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Imported %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Open &amp;Example Report</source>
        <translation>Open &amp;Example Report</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Reports (*.txt *.docx);;Plain text (*.txt);;Word document (*.docx)</source>
        <translation>Reports (*.txt *.docx);;Plain text (*.txt);;Word document (*.docx)</translation>
    </message>
    <message>
        <source>The report and all its text are removed from the workspace. This cannot be undone; export it first if you may need it again.</source>
        <translation>The report and all its text are removed from the workspace. This cannot be undone; export it first if you may need it again.</translation>
    </message>
    <message>
        <source>What &amp;Import Changed…</source>
        <translation>What &amp;Import Changed…</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::ReviewBanner</name>
    <message>
        <source>Draft: when it is ready, submit it for review.</source>
        <translation>Draft: when it is ready, submit it for review.</translation>
    </message>
    <message>
        <source>It can be approved or returned once the drafter has submitted it.</source>
        <translation>It can be approved or returned once the drafter has submitted it.</translation>
    </message>
    <message>
        <source>Returned for changes (%1): %2</source>
        <translation>Returned for changes (%1): %2</translation>
    </message>
    <message>
        <source>Review Bar</source>
        <translation>Review Bar</translation>
    </message>
    <message>
        <source>Reviewing: the text is read-only. Select text to comment on it or suggest a change, then approve the report or return it with your opinion.</source>
        <translation>Reviewing: the text is read-only. Select text to comment on it or suggest a change, then approve the report or return it with your opinion.</translation>
    </message>
    <message>
        <source>Submitted for review as revision %1. You can still change the text; the next submission makes a new revision.</source>
        <translation>Submitted for review as revision %1. You can still change the text; the next submission makes a new revision.</translation>
    </message>
    <message>
        <source>This report has been approved: its text is locked. To change it, reopen it first (the review record keeps the step).</source>
        <translation>This report has been approved: its text is locked. To change it, reopen it first (the review record keeps the step).</translation>
    </message>
    <message>
        <source>This report has been published: its text is locked. To change it, reopen it first (the review record keeps the step).</source>
        <translation>This report has been published: its text is locked. To change it, reopen it first (the review record keeps the step).</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::ReviewController</name>
    <message>
        <source>%1 · revision %2</source>
        <translation>%1 · revision %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, now: %2</source>
        <translation>%1, now: %2</translation>
    </message>
    <message>
        <source>%1, the words “%2”</source>
        <translation>%1, the words “%2”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>&amp;Comment…</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publish…</translation>
    </message>
    <message>
        <source>&amp;Return for Changes…</source>
        <translation>&amp;Return for Changes…</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>&amp;Submit for Review</source>
        <translation>&amp;Submit for Review</translation>
    </message>
    <message>
        <source>Accept the Suggestion</source>
        <translation>Accept the Suggestion</translation>
    </message>
    <message>
        <source>Accepting replaces the whole current text with the suggested text, and the changes made since are lost. Accept it anyway?</source>
        <translation>Accepting replaces the whole current text with the suggested text, and the changes made since are lost. Accept it anyway?</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Add Comment</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Approve the Report</source>
        <translation>Approve the Report</translation>
    </message>
    <message>
        <source>Approve the submitted report; it is then locked against changes</source>
        <translation>Approve the submitted report; it is then locked against changes</translation>
    </message>
    <message>
        <source>Cannot Accept the Suggestion</source>
        <translation>Cannot Accept the Suggestion</translation>
    </message>
    <message>
        <source>Cannot Add the Comment</source>
        <translation>Cannot Add the Comment</translation>
    </message>
    <message>
        <source>Cannot Add the Suggestion</source>
        <translation>Cannot Add the Suggestion</translation>
    </message>
    <message>
        <source>Cannot Approve</source>
        <translation>Cannot Approve</translation>
    </message>
    <message>
        <source>Cannot Publish</source>
        <translation>Cannot Publish</translation>
    </message>
    <message>
        <source>Cannot Reject the Suggestion</source>
        <translation>Cannot Reject the Suggestion</translation>
    </message>
    <message>
        <source>Cannot Reopen</source>
        <translation>Cannot Reopen</translation>
    </message>
    <message>
        <source>Cannot Reply</source>
        <translation>Cannot Reply</translation>
    </message>
    <message>
        <source>Cannot Resolve</source>
        <translation>Cannot Resolve</translation>
    </message>
    <message>
        <source>Cannot Return the Report</source>
        <translation>Cannot Return the Report</translation>
    </message>
    <message>
        <source>Cannot Submit</source>
        <translation>Cannot Submit</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Comment on the selected text, or on the selected part, section or paragraph</source>
        <translation>Comment on the selected text, or on the selected part, section or paragraph</translation>
    </message>
    <message>
        <source>Compare Re&amp;visions</source>
        <translation>Compare Re&amp;visions</translation>
    </message>
    <message>
        <source>Drafter</source>
        <translation>Drafter</translation>
    </message>
    <message>
        <source>Every revision and every step of the review: when, who, what and the opinions</source>
        <translation>Every revision and every step of the review: when, who, what and the opinions</translation>
    </message>
    <message>
        <source>Export Review Cop&amp;y…</source>
        <translation>Export Review Cop&amp;y…</translation>
    </message>
    <message>
        <source>Freeze this version as a revision and hand it to the reviewer</source>
        <translation>Freeze this version as a revision and hand it to the reviewer</translation>
    </message>
    <message>
        <source>Import Review &amp;Opinions…</source>
        <translation>Import Review &amp;Opinions…</translation>
    </message>
    <message>
        <source>Merge the comments, suggestions and decisions of a review copy into this workspace</source>
        <translation>Merge the comments, suggestions and decisions of a review copy into this workspace</translation>
    </message>
    <message>
        <source>Propose a new wording for the selected heading, lead sentence, paragraph or point</source>
        <translation>Propose a new wording for the selected heading, lead sentence, paragraph or point</translation>
    </message>
    <message>
        <source>Read the report, comment and suggest changes, approve it or return it; the text is read-only</source>
        <translation>Read the report, comment and suggest changes, approve it or return it; the text is read-only</translation>
    </message>
    <message>
        <source>Record that the approved report has been published, with the date and web address</source>
        <translation>Record that the approved report has been published, with the date and web address</translation>
    </message>
    <message>
        <source>Reope&amp;n</source>
        <translation>Reope&amp;n</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Reopen the Report</source>
        <translation>Reopen the Report</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Return for Changes</source>
        <translation>Return for Changes</translation>
    </message>
    <message>
        <source>Revie&amp;w Panel</source>
        <translation>Revie&amp;w Panel</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Review &amp;History</source>
        <translation>Review &amp;History</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Save this report with its review record as a file for the reviewer's PC</source>
        <translation>Save this report with its review record as a file for the reviewer's PC</translation>
    </message>
    <message>
        <source>Select a heading, a lead sentence, a paragraph or a point to suggest a new wording.</source>
        <translation>Select a heading, a lead sentence, a paragraph or a point to suggest a new wording.</translation>
    </message>
    <message>
        <source>Send the report back to the drafter with an opinion that says what to change</source>
        <translation>Send the report back to the drafter with an opinion that says what to change</translation>
    </message>
    <message>
        <source>Submitted for review as revision %1.</source>
        <translation>Submitted for review as revision %1.</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Suggest</translation>
    </message>
    <message>
        <source>Suggest a Chan&amp;ge…</source>
        <translation>Suggest a Chan&amp;ge…</translation>
    </message>
    <message>
        <source>Suggest a Change</source>
        <translation>Suggest a Change</translation>
    </message>
    <message>
        <source>Suggested:
%1

Now:
%2</source>
        <translation>Suggested:
%1

Now:
%2</translation>
    </message>
    <message>
        <source>The review record says who did each step. Your name (asked once; change it under Review → Your Name):</source>
        <translation>The review record says who did each step. Your name (asked once; change it under Review → Your Name):</translation>
    </message>
    <message>
        <source>The review record says who did each step. Your name:</source>
        <translation>The review record says who did each step. Your name:</translation>
    </message>
    <message>
        <source>The suggested text is the same as the current text; nothing was added.</source>
        <translation>The suggested text is the same as the current text; nothing was added.</translation>
    </message>
    <message>
        <source>The suggestion was accepted and applied to the text.</source>
        <translation>The suggestion was accepted and applied to the text.</translation>
    </message>
    <message>
        <source>The text of %1 has changed since this suggestion was made.</source>
        <translation>The text of %1 has changed since this suggestion was made.</translation>
    </message>
    <message>
        <source>The wording you suggest (the drafter accepts or rejects it):</source>
        <translation>The wording you suggest (the drafter accepts or rejects it):</translation>
    </message>
    <message>
        <source>Unlock an approved or published report so that it can be changed again (recorded)</source>
        <translation>Unlock an approved or published report so that it can be changed again (recorded)</translation>
    </message>
    <message>
        <source>What changed between two revisions, or since the last one</source>
        <translation>What changed between two revisions, or since the last one</translation>
    </message>
    <message>
        <source>Why is it reopened? (optional; kept in the review record)</source>
        <translation>Why is it reopened? (optional; kept in the review record)</translation>
    </message>
    <message>
        <source>Working as %1</source>
        <translation>Working as %1</translation>
    </message>
    <message>
        <source>Write and change the report; submit it for review</source>
        <translation>Write and change the report; submit it for review</translation>
    </message>
    <message>
        <source>Your Na&amp;me…</source>
        <translation>Your Na&amp;me…</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Your Name</translation>
    </message>
    <message>
        <source>Your comment:</source>
        <translation>Your comment:</translation>
    </message>
    <message>
        <source>Your opinion (optional):</source>
        <translation>Your opinion (optional):</translation>
    </message>
    <message>
        <source>Your opinion: what should be changed? (required)</source>
        <translation>Your opinion: what should be changed? (required)</translation>
    </message>
    <message>
        <source>Your reply:</source>
        <translation>Your reply:</translation>
    </message>
    <message>
        <source>e.g. 同意，按程序报送并公开。</source>
        <translation>e.g. 同意，按程序报送并公开。</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::ReviewCopies</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 (review copy).fazhi</source>
        <translation>%1 (review copy).fazhi</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the copy were not taken (see the details).</source>
        <translation>
            <numerusform>%n item of the copy were not taken (see the details).</numerusform>
            <numerusform>%n items of the copy were not taken (see the details).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) made on text that has changed since. Compare them before accepting them; they are marked in the review panel.</source>
        <translation>
            <numerusform>%n suggestion made on text that has changed since. Compare them before accepting them; they are marked in the review panel.</numerusform>
            <numerusform>%n suggestions made on text that has changed since. Compare them before accepting them; they are marked in the review panel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Export the Review Copy</source>
        <translation>Cannot Export the Review Copy</translation>
    </message>
    <message>
        <source>Cannot Import the Review Opinions</source>
        <translation>Cannot Import the Review Opinions</translation>
    </message>
    <message>
        <source>Export a Review Copy</source>
        <translation>Export a Review Copy</translation>
    </message>
    <message>
        <source>Fazhi Report workspace (*.fazhi)</source>
        <translation>Fazhi Report workspace (*.fazhi)</translation>
    </message>
    <message>
        <source>Import Review Opinions</source>
        <translation>Import Review Opinions</translation>
    </message>
    <message>
        <source>New comments and suggestions: %1; updated: %2; new review steps: %3; new revisions: %4; new reports: %5.</source>
        <translation>New comments and suggestions: %1; updated: %2; new review steps: %3; new revisions: %4; new reports: %5.</translation>
    </message>
    <message>
        <source>Review Copy Exported</source>
        <translation>Review Copy Exported</translation>
    </message>
    <message>
        <source>Review Opinions Imported</source>
        <translation>Review Opinions Imported</translation>
    </message>
    <message>
        <source>Send the file to the reviewer. Fazhi Report opens it directly (File → Open Workspace…). When it comes back, merge it with File → Import Review Opinions….</source>
        <translation>Send the file to the reviewer. Fazhi Report opens it directly (File → Open Workspace…). When it comes back, merge it with File → Import Review Opinions….</translation>
    </message>
    <message>
        <source>The comments and suggestions are listed in the review panel.</source>
        <translation>The comments and suggestions are listed in the review panel.</translation>
    </message>
    <message>
        <source>The report is now: %1.</source>
        <translation>The report is now: %1.</translation>
    </message>
    <message>
        <source>The review copy cannot replace the workspace that is open. Choose another file name.</source>
        <translation>The review copy cannot replace the workspace that is open. Choose another file name.</translation>
    </message>
    <message>
        <source>The review copy was saved as %1.</source>
        <translation>The review copy was saved as %1.</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::ReviewPanel</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) and suggestion(s), %1 open</source>
        <translation>
            <numerusform>%n comment and suggestion, %1 open</numerusform>
            <numerusform>%n comments and suggestions, %1 open</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted text)</source>
        <translation>(deleted text)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>No comments yet.</translation>
    </message>
    <message>
        <source>Nothing here for the selected item. Choose “Whole report” to see all.</source>
        <translation>Nothing here for the selected item. Choose “Whole report” to see all.</translation>
    </message>
    <message>
        <source>Open a report to see its review.</source>
        <translation>Open a report to see its review.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Reply…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation>Selected item</translation>
    </message>
    <message>
        <source>Show closed</source>
        <translation>Show closed</translation>
    </message>
    <message>
        <source>Suggested text:</source>
        <translation>Suggested text:</translation>
    </message>
    <message>
        <source>The text has changed since this suggestion was made.</source>
        <translation>The text has changed since this suggestion was made.</translation>
    </message>
    <message>
        <source>Whole report</source>
        <translation>Whole report</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::SaveStatus</name>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Cannot Save</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Reload the report to see the other changes. What you typed since the last save is shown below so you can copy it.</source>
        <translation>Reload the report to see the other changes. What you typed since the last save is shown below so you can copy it.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Your typing is kept in the program and will be saved as soon as the problem is solved (Fazhi Report tries again every few seconds). Do not quit until the status bar says it has saved.</source>
        <translation>Your typing is kept in the program and will be saved as soon as the problem is solved (Fazhi Report tries again every few seconds). Do not quit until the status bar says it has saved.</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::SectionForm</name>
    <message>
        <source>(no lead sentence yet)</source>
        <translation>(no lead sentence yet)</translation>
    </message>
    <message>
        <source>Another paragraph</source>
        <translation>Another paragraph</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Heading on its own line</source>
        <translation>Heading on its own line</translation>
    </message>
    <message>
        <source>Lead sentence</source>
        <translation>Lead sentence</translation>
    </message>
    <message>
        <source>One measure, ending with ； or 。, e.g. 加强党的领导，统筹部署法治政府建设各项工作。</source>
        <translation>One measure, ending with ； or 。, e.g. 加强党的领导，统筹部署法治政府建设各项工作。</translation>
    </message>
    <message>
        <source>One point, ending with ； or 。</source>
        <translation>One point, ending with ； or 。</translation>
    </message>
    <message>
        <source>Run on: body follows the lead</source>
        <translation>Run on: body follows the lead</translation>
    </message>
    <message>
        <source>The lead sentence of this plan, e.g. 持续深化法治宣传教育。</source>
        <translation>The lead sentence of this plan, e.g. 持续深化法治宣传教育。</translation>
    </message>
    <message>
        <source>The lead sentence of this work area, e.g. 强化组织领导，压实法治建设责任。</source>
        <translation>The lead sentence of this work area, e.g. 强化组织领导，压实法治建设责任。</translation>
    </message>
    <message>
        <source>The lead sentence or heading of this section.</source>
        <translation>The lead sentence or heading of this section.</translation>
    </message>
    <message>
        <source>The text of this section.</source>
        <translation>The text of this section.</translation>
    </message>
    <message>
        <source>What was done and what it achieved, with figures, e.g. 全年开展法治宣传活动36场次，发放宣传资料5000余份。</source>
        <translation>What was done and what it achieved, with figures, e.g. 全年开展法治宣传活动36场次，发放宣传资料5000余份。</translation>
    </message>
    <message>
        <source>What will be done next year, concretely enough to be checked.</source>
        <translation>What will be done next year, concretely enough to be checked.</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::SettingsDialog</name>
    <message>
        <source>&lt;b&gt;Font&lt;/b&gt;</source>
        <translation>&lt;b&gt;Font&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;In use&lt;/b&gt;</source>
        <translation>&lt;b&gt;In use&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Text&lt;/b&gt;</source>
        <translation>&lt;b&gt;Text&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Body text (仿宋)</source>
        <translation>Body text (仿宋)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Default organization:</source>
        <translation>Default organization:</translation>
    </message>
    <message>
        <source>Digits and Latin letters</source>
        <translation>Digits and Latin letters</translation>
    </message>
    <message>
        <source>Each kind of text uses the first installed font of its list; choose a font to put it first. Word, PDF, printing and the preview all follow these choices.</source>
        <translation>Each kind of text uses the first installed font of its list; choose a font to put it first. Word, PDF, printing and the preview all follow these choices.</translation>
    </message>
    <message>
        <source>Fazhi Report workspace (*.fazhi)</source>
        <translation>Fazhi Report workspace (*.fazhi)</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Fonts</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Headings 一、 (黑体)</source>
        <translation>Headings 一、 (黑体)</translation>
    </message>
    <message>
        <source>Headings （一） (楷体)</source>
        <translation>Headings （一） (楷体)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>None installed</source>
        <translation>None installed</translation>
    </message>
    <message>
        <source>None of the listed fonts is installed; a substitute is used.</source>
        <translation>None of the listed fonts is installed; a substitute is used.</translation>
    </message>
    <message>
        <source>Offered when you create a report, e.g. 示例镇人民政府</source>
        <translation>Offered when you create a report, e.g. 示例镇人民政府</translation>
    </message>
    <message>
        <source>Order tried: %1</source>
        <translation>Order tried: %1</translation>
    </message>
    <message>
        <source>Page numbers (宋体)</source>
        <translation>Page numbers (宋体)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Shown with your review opinions and comments</source>
        <translation>Shown with your review opinions and comments</translation>
    </message>
    <message>
        <source>The workspace file holds all your reports. The --workspace option and the FAZHI_WORKSPACE variable take precedence over this setting. Changes of language and workspace take effect when the program starts again.</source>
        <translation>The workspace file holds all your reports. The --workspace option and the FAZHI_WORKSPACE variable take precedence over this setting. Changes of language and workspace take effect when the program starts again.</translation>
    </message>
    <message>
        <source>Title (小标宋)</source>
        <translation>Title (小标宋)</translation>
    </message>
    <message>
        <source>Workspace File</source>
        <translation>Workspace File</translation>
    </message>
    <message>
        <source>Workspace file:</source>
        <translation>Workspace file:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Your name:</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::TextNodeForm</name>
    <message>
        <source>1. 2. … (one paragraph each)</source>
        <translation>1. 2. … (one paragraph each)</translation>
    </message>
    <message>
        <source>Enter starts a new paragraph; pasting several lines makes several paragraphs; Backspace at the start joins this paragraph to the one before.</source>
        <translation>Enter starts a new paragraph; pasting several lines makes several paragraphs; Backspace at the start joins this paragraph to the one before.</translation>
    </message>
    <message>
        <source>Enter starts a new point after this one; Backspace at the start joins this point to the one before.</source>
        <translation>Enter starts a new point after this one; Backspace at the start joins this point to the one before.</translation>
    </message>
    <message>
        <source>Join paragraphs</source>
        <translation>Join paragraphs</translation>
    </message>
    <message>
        <source>Join points</source>
        <translation>Join points</translation>
    </message>
    <message>
        <source>Numbering of the points here:</source>
        <translation>Numbering of the points here:</translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation>Paragraph %1</translation>
    </message>
    <message>
        <source>Point %1</source>
        <translation>Point %1</translation>
    </message>
    <message>
        <source>Split paragraph</source>
        <translation>Split paragraph</translation>
    </message>
    <message>
        <source>Split point</source>
        <translation>Split point</translation>
    </message>
    <message>
        <source>一是、二是… (run on)</source>
        <translation>一是、二是… (run on)</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::Theme</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::WelcomePage</name>
    <message>
        <source>Bring in last year's report or a draft, as a .txt file or a Word .docx document.</source>
        <translation>Bring in last year's report or a draft, as a .txt file or a Word .docx document.</translation>
    </message>
    <message>
        <source>Fazhi Report</source>
        <translation>Fazhi Report</translation>
    </message>
    <message>
        <source>Import a Report</source>
        <translation>Import a Report</translation>
    </message>
    <message>
        <source>New Report</source>
        <translation>New Report</translation>
    </message>
    <message>
        <source>Open the Example Report</source>
        <translation>Open the Example Report</translation>
    </message>
    <message>
        <source>See a complete report of a fictional township, 示例镇, and how it is built.</source>
        <translation>See a complete report of a fictional township, 示例镇, and how it is built.</translation>
    </message>
    <message>
        <source>Start from the regulation's template: the five contents are laid out, with guidance in every field.</source>
        <translation>Start from the regulation's template: the five contents are laid out, with guidance in every field.</translation>
    </message>
    <message>
        <source>The annual report on building a rule-of-law government, for townships and sub-districts: written in structured forms, numbered for you, saved as you type.</source>
        <translation>The annual report on building a rule-of-law government, for townships and sub-districts: written in structured forms, numbered for you, saved as you type.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>You can also drop a .txt or .docx file onto this window.</source>
        <translation>You can also drop a .txt or .docx file onto this window.</translation>
    </message>
</context>
<context>
    <name>fazhi::ui::WorkspaceController</name>
    <message>
        <source>Back Up Now</source>
        <translation>Back Up Now</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>Cannot Open the Workspace</source>
        <translation>Cannot Open the Workspace</translation>
    </message>
    <message>
        <source>Check that the file and its folder exist and that you may write to them, or choose another workspace.</source>
        <translation>Check that the file and its folder exist and that you may write to them, or choose another workspace.</translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may write in it, or choose another workspace.</source>
        <translation>Check that the folder exists and that you may write in it, or choose another workspace.</translation>
    </message>
    <message>
        <source>Choose a Workspace</source>
        <translation>Choose a Workspace</translation>
    </message>
    <message>
        <source>Every report goes back to how it was in that backup. The workspace as it is now is backed up first, so restoring that backup brings it back.</source>
        <translation>Every report goes back to how it was in that backup. The workspace as it is now is backed up first, so restoring that backup brings it back.</translation>
    </message>
    <message>
        <source>Fazhi Report cannot write in the folder of the workspace %1.</source>
        <translation>Fazhi Report cannot write in the folder of the workspace %1.</translation>
    </message>
    <message>
        <source>Fazhi Report workspace (*.fazhi)</source>
        <translation>Fazhi Report workspace (*.fazhi)</translation>
    </message>
    <message>
        <source>It is a workspace of its own (choose it in Settings to work in it); the workspace open now is unchanged.</source>
        <translation>It is a workspace of its own (choose it in Settings to work in it); the workspace open now is unchanged.</translation>
    </message>
    <message>
        <source>Open Wor&amp;kspace…</source>
        <translation>Open Wor&amp;kspace…</translation>
    </message>
    <message>
        <source>Open a Workspace</source>
        <translation>Open a Workspace</translation>
    </message>
    <message>
        <source>Open another workspace file, e.g. a review copy</source>
        <translation>Open another workspace file, e.g. a review copy</translation>
    </message>
    <message>
        <source>Opened the workspace %1</source>
        <translation>Opened the workspace %1</translation>
    </message>
    <message>
        <source>Replace the workspace with the backup %1?</source>
        <translation>Replace the workspace with the backup %1?</translation>
    </message>
    <message>
        <source>Restore as New File</source>
        <translation>Restore as New File</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <source>Restored the backup %1</source>
        <translation>Restored the backup %1</translation>
    </message>
    <message>
        <source>Switch to that window to go on working: two windows on one workspace could overwrite each other's typing. To work on another workspace, choose it here.</source>
        <translation>Switch to that window to go on working: two windows on one workspace could overwrite each other's typing. To work on another workspace, choose it here.</translation>
    </message>
    <message>
        <source>The backup %1 was restored.</source>
        <translation>The backup %1 was restored.</translation>
    </message>
    <message>
        <source>The backup was restored as %1.</source>
        <translation>The backup was restored as %1.</translation>
    </message>
    <message>
        <source>The daily backup was not made: %1</source>
        <translation>The daily backup was not made: %1</translation>
    </message>
    <message>
        <source>The file was not changed. Install the newer version of Fazhi Report to open it, or choose another workspace.</source>
        <translation>The file was not changed. Install the newer version of Fazhi Report to open it, or choose another workspace.</translation>
    </message>
    <message>
        <source>The file was not changed. Restore it from a backup, or choose another workspace (a new file makes a new, empty workspace).</source>
        <translation>The file was not changed. Restore it from a backup, or choose another workspace (a new file makes a new, empty workspace).</translation>
    </message>
    <message>
        <source>The workspace %1 is already open in another Fazhi Report window.</source>
        <translation>The workspace %1 is already open in another Fazhi Report window.</translation>
    </message>
    <message>
        <source>The workspace as it was before is kept as the backup %1.</source>
        <translation>The workspace as it was before is kept as the backup %1.</translation>
    </message>
    <message>
        <source>Workspace Already Open</source>
        <translation>Workspace Already Open</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Fazhi Report</source>
        <translation>Fazhi Report</translation>
    </message>
    <message>
        <source>Print the milliseconds to the first painted window, then quit.</source>
        <translation>Print the milliseconds to the first painted window, then quit.</translation>
    </message>
    <message>
        <source>The interface language: zh_CN or en.</source>
        <translation>The interface language: zh_CN or en.</translation>
    </message>
    <message>
        <source>The workspace file to open (else FAZHI_WORKSPACE, the setting, or the default).</source>
        <translation>The workspace file to open (else FAZHI_WORKSPACE, the setting, or the default).</translation>
    </message>
    <message>
        <source>Writes the annual report on building a rule-of-law government.</source>
        <translation>Writes the annual report on building a rule-of-law government.</translation>
    </message>
</context>
</TS>
