<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ReviewPrompts</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>The secrecy check finds %n problem(s) (personal data or secrecy markings): the file is not fit for publication until they are removed.</source>
        <translation>
            <numerusform>The secrecy check finds %n problem (personal data or secrecy markings): the file is not fit for publication until they are removed.</numerusform>
            <numerusform>The secrecy check finds %n problems (personal data or secrecy markings): the file is not fit for publication until they are removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fazhi::ui::DetailsForm</name>
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
</context>
<context>
    <name>fazhi::ui::ImportNotesDialog</name>
    <message numerus="yes">
        <source>%1 was imported. Import made %n repair(s) or omission(s); please check them against the original.</source>
        <translation>
            <numerusform>%1 was imported. Import made %n repair or omission; please check them against the original.</numerusform>
            <numerusform>%1 was imported. Import made %n repairs or omissions; please check them against the original.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fazhi::ui::ReportListPanel</name>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fazhi::ui::ReviewController</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The secrecy check found %n error(s) that must not be published. Remove them from the report, or, as the approver, state why the report may be published as it is (kept in the review record):</source>
        <translation>
            <numerusform>The secrecy check found %n error that must not be published. Remove them from the report, or, as the approver, state why the report may be published as it is (kept in the review record):</numerusform>
            <numerusform>The secrecy check found %n errors that must not be published. Remove them from the report, or, as the approver, state why the report may be published as it is (kept in the review record):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fazhi::ui::ReviewCopies</name>
    <message numerus="yes">
        <source>%n suggestion(s) made on text that has changed since. Compare them before accepting them; they are marked in the review panel.</source>
        <translation>
            <numerusform>%n suggestion made on text that has changed since. Compare them before accepting them; they are marked in the review panel.</numerusform>
            <numerusform>%n suggestions made on text that has changed since. Compare them before accepting them; they are marked in the review panel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the copy were not taken (see the details).</source>
        <translation>
            <numerusform>%n item of the copy were not taken (see the details).</numerusform>
            <numerusform>%n items of the copy were not taken (see the details).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fazhi::ui::ReviewPanel</name>
    <message numerus="yes">
        <source>%n comment(s) and suggestion(s), %1 open</source>
        <translation>
            <numerusform>%n comment and suggestion, %1 open</numerusform>
            <numerusform>%n comments and suggestions, %1 open</numerusform>
        </translation>
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
</context>
</TS>
