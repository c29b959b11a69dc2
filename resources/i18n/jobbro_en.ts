<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Jobbro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Companies, needs and candidates for the business consultants of the job centre.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundled components and their licences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: their libraries are separate files in the installation folder and may be replaced by other builds of the same version. Their source code is available from the Qt Project (download.qt.io). The licence texts of all components are in the installation folder.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AskPassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is encrypted. Type its passphrase to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Tries left: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CandidatePicker</name>
    <message>
        <source>Add candidates to the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name, occupation or town</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Desired occupations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only active candidates are listed. Select several with Ctrl or Shift.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to the list</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform><numerusform>%n candidates</numerusform></translation>
    </message>
</context>
<context>
    <name>CandidatePrivacy</name>
    <message>
        <source>Export everything about the person…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erase person permanently…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export everything about the person (Ctrl+Shift+E) or erase the person permanently (Ctrl+Shift+Del)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CandidatesView</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Desired occupations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours/week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unemployed since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case system id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Competences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add an occupation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skills, certificates and licences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add a skill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Danish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work conditions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours available per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Available from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Own car</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Has a car available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Max. daily commute (minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health restrictions: avoid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent to share a named profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shortlists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rank the open needs that fit this candidate</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CodeTableEditor</name>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompaniesView</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CVR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last contact by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CVR number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>8 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P-number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>10 digits (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responsible consultant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Industry (DB07)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address and contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>filled in from the postcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collaboration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log a visit, call or e-mail with this company (Ctrl+L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add person…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact persons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erase person permanently…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New need…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shortlists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove %1 from the company's contact persons?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two consultants changed the same field before they synchronised. The value that reached the team first stands; choose the value the record should have.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no open conflicts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value that stands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value that was refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use this value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shortlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responsible consultant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The whole record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Follow-up: contact with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact with %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What was talked about?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. send the shortlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No open follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a company</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DateLine</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a date</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel, semicolon-separated (*.csv)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EntityView</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the changes to the current record first?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete "%1"? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EscoDialog</name>
    <message>
        <source>Import ESCO</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the ESCO CSV download as the EU publishes it: zip files or folders, in one or more languages. Importing again, or a newer version, updates in place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ESCO files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ESCO download (*.zip *.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ESCO folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the ESCO files or folders to import first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing ISCO-08 groups…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing occupations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing skills…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing occupation–skill relations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported %1 occupations, %2 skills, %3 occupation–skill relations and %4 ISCO-08 groups.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linked with ESCO: %1 of our occupations and %2 of our skills; not linked: %3 occupations and %4 skills.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import failed; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <source>Export view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This view cannot be exported. Choose companies, contacts, needs or candidates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel, semicolon-separated (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported 1 row to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported %2 rows to %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Jobbro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no Jobbro store at
%1

What would you like to create?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An empty store, for real work (encrypted with a passphrase)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not encrypt the store (not recommended for citizens' data)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A demo store with fictitious companies, needs and candidates (not encrypted: it holds no real people)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About you (you can change it later in Settings)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>so companies can call you back</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FollowUpCalendar</name>
    <message>
        <source>Follow-up: {company} – {task}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up: {company}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hired as {need}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measure: {measure}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From Jobbro (My follow-ups).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jobbro – follow-ups</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Is the person still in the job?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Midway talk about the placement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What now after the placement?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Which follow-ups to show: those due now, or also the coming days'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue and today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also the coming 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also the coming 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All open follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show everyone's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the selected follow-up as done (Ctrl+D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postpone…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the selected follow-up to another day (Ctrl+U)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log the contact the follow-up asks for; saving it closes the follow-up (Ctrl+L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the follow-up's company (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save every open follow-up (yours, or everyone's with Show everyone's) as an .ics file for Outlook, Google or Apple Calendar; exporting again updates the same events (Ctrl+Shift+K)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n follow-up due</numerusform><numerusform>%n follow-ups due</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform><numerusform>%n overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n coming</source>
        <translation>
            <numerusform>%n coming</numerusform><numerusform>%n coming</numerusform></translation>
    </message>
    <message>
        <source>No open follow-ups in this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You (%1) have no open follow-ups in this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-ups come from logged contacts with a follow-up date, and from hires and placements. Tick "Show everyone's" to see your colleagues' follow-ups, or choose "All open follow-ups" to look further ahead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coming</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{candidate} in {measure} {start} – {end}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{candidate} hired as {need} on {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export to calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>jobbro-follow-ups.ics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) saved to %1. Open the file with your calendar; a later export updates the same events.</source>
        <translation>
            <numerusform>%n follow-up saved to %1. Open the file with your calendar; a later export updates the same events.</numerusform><numerusform>%n follow-ups saved to %1. Open the file with your calendar; a later export updates the same events.</numerusform></translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Not saved. Please correct:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This looks like a CPR number. Jobbro must not hold CPR numbers: remove it, or press Save again if it is something else.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>"{value}" is not yes or no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The required column "{column}" is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column "{column}" is not imported: Jobbro stores no CPR numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column "{column}" is not used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column "{column}" is not used: column "{other}" already gives "{field}".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The column mapping was saved for importing {saved}, not {kind}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The column mapping names fields that {kind} do not have: {fields}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"{value}" looks like a CPR number. Jobbro stores no CPR numbers: use the case system's own id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jobbro id {value} belongs to a candidate with another case system id ({other}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{company} has no contact person named "{value}".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no candidate with id "{value}" in Jobbro. Import the candidates first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{company} has no workplace "{value}".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has column headings but no rows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} row(s) have a Jobbro id that is not in this store (the file comes from another one); those ids are not used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This row is the same as row {other}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"{value}" also appears in row {other}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The row has values to the right of the last column heading.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cell holds a formula ({value}). Jobbro imports values only: paste the column as values in the spreadsheet first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cell holds what looks like a CPR number. Jobbro stores no CPR numbers: remove it from the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in the vocabulary, kept as a free entry: {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row {row} of {name} has a cell longer than {limit} characters. The file is damaged, or a quote (") is not closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file could not be read: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is {size} MB; Jobbro imports files of up to {limit} MB. Split it into smaller files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is in the old Excel format (.xls). Save it as .xlsx or CSV in Excel and import that.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Excel file is damaged or incomplete ({detail}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line {line} is not in the same text encoding as the rest of the file (UTF-8). Save the file as UTF-8 again, or correct that line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is neither a CSV text file nor an Excel workbook (.xlsx).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row {row} could not be read: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row {row} has a quote (") that is not closed, so the rows after it would be read as one cell. Correct the quotes in that row and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has more than {limit} rows. Split it into smaller files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workbook has more than {limit} cells. Split it into smaller files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workbook unpacks to {size} MB; Jobbro reads workbooks of up to {limit} MB unpacked. Split it into smaller files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The company's CVR number is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no company with CVR number {value} in Jobbro. Import the companies first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jobbro id {value} belongs to another company than the CVR number says.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file was not imported: it has {count} error(s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone changed the store after the file was checked. Check the file again before importing.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact persons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs (job orders)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logged contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Placements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A CSV file (; , or tab) or an Excel workbook (.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rows are:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1. Columns: which column feeds which field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jobbro matched the column headings. Correct a row where it guessed wrong; fields marked * must have a column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a saved mapping…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save this mapping…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a list to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column mapping (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a saved column mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column mapping (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mapping file cannot be used: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mapping changed: check the file again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import: %1 new, %2 updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to import</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>No files to import were found in {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file {name} lacks the columns {columns}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file {name} cannot be read: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file {name} has no usable rows: nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row {row} of {name} has a cell longer than {limit} characters. The file is damaged, or a quote (") is not closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line {row} of {name} is not UTF-8 text. Save the file as UTF-8 and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file {name} has no postcode and town columns.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column {letter} "{column}": {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row {row}: {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row {row}: {action} – {record}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{create} new, {update} to update, {skip} unchanged, {error} with errors</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IndustryEditor</name>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DB07 code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save entry</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Jobbro is locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the store's passphrase to go on. Nothing you typed is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store is not encrypted, so no passphrase is needed. Nothing you typed is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Jobbro – %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a company in Companies first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jobbro store (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jobbro will use %1 from the next start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New record in the current view (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the record (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the record (Del)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search in the current view (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log a contact with the selected company (Ctrl+L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reference lists…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import &amp;ESCO…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import companies, contact persons, candidates, needs or contacts from CSV or Excel (Ctrl+I)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export view…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the rows of the current view, as filtered and sorted, to CSV or Excel (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Jobbro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;To be erased…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People the retention rules select for erasure, to erase or keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find &amp;candidates or jobs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rank the candidates for the need, or the jobs for the candidate, shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next step on the shortlist…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent to the company, interview, hired, rejection or withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show shortlist &amp;PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview, save and print the shortlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark follow-up &amp;done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the selected follow-up as done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Postpone follow-up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the selected follow-up to another day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>— not imported —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MatchView</name>
    <message>
        <source>of 100 points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excluded by a hard requirement:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matching skills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing skills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Candidates for a need</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jobs for a candidate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Max distance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All target groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only with consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only candidates whose recorded consent lets the company see their name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show excluded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also list those a hard requirement rules out, with the reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Building the match index…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the shortlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shortlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a job title, company or need number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a candidate's name or number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open candidate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open need</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to shortlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put forward for this job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the selected candidates on the need's shortlist (Ctrl+K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the candidate on the selected job's shortlist (Ctrl+K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a need above, or use "Find candidates" on a need.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a candidate above, or use "Find jobs" on a candidate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ranking appears as soon as the match index is built.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That record no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 considered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 excluded by a hard requirement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 left out by the filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ranked in %1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The match index could not be built: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>min.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NeedsView</name>
    <message>
        <source>Company: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the needs of %1; click to show every company's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employment form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workplace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open and shortlisted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responsible consultant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The need</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>as the company calls it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>type to search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggest skills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the occupation's essential and optional skills to the lists below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open to measures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skills only give points. A candidate is left out who lacks a required certificate or licence, cannot meet a physical demand, or whose hours or measures do not fit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Essential skills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add a skill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Desired skills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required certificates and licences (exclude)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Physical demands (exclude)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. truck certificate B, driving licence C</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Danish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time and place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours per week, minimum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours per week, maximum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shifts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workplace postcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>if not the company's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Candidate list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find candidates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rank the candidates who fit this need</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At least %1 characters; a few words are easy to remember and hard to guess. A forgotten passphrase cannot be recovered by anyone, and the backups use the same passphrase, so keep it safe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. can start at short notice; prefers day shifts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click for the records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Samarbejdsgrad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of the registered companies with a hire through a shortlist or a person in a measure during the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Samarbejdsgrad, measures only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As samarbejdsgrad, but ordinary hires do not count: only measures (praktik, løntilskud, fleksjob, IGU, mentor …).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Of the municipality's companies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cooperating companies as a share of the municipality's companies with employees (the number you enter; jobindsats counts them).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registered companies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Companies in Jobbro (within the filters) created by the end of the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Companies contacted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Companies with at least one logged contact in the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open need, no contact &gt; 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Companies with an open need and no logged contact in the 30 days before the period's end: a list to act on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs created in the period; the line above gives their positions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Candidates sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of the needs created in the period with at least one candidate sent to the company.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs filled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share filled (hires reach the positions) of the needs created in the period and at least 3 months before its end, as the national measure counts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days to first candidate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Median days from a need's creation to the first candidate sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days to filled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Median days from a need's creation to the hire that filled it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logged contacts (visits, calls, e-mails, meetings) in the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts' follow-ups due in the period and marked done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts' follow-ups due in the period, before its end, and not done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Candidates hired through a shortlist in the period (the list shows their needs).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hires under 30</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hires of people under 30 in the year of the hire.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hires, unemployed &gt; 12 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hires of people unemployed for more than 12 months at the hire.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Placements started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People who started in a measure at a company in the period.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OverviewCharts</name>
    <message>
        <source>Contacts per month by kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs created and filled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Samarbejdsgrad per month (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Samarbejdsgrad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hires by target group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hires</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>not entered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The municipality's number of companies with employees (jobindsats)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Companies in municipality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All consultants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All municipalities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All industries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period's first day is after its last.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period %1 – %2 · %3 positions in the needs created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF report (*.pdf);;Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Weak: use more words or characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fair: a few more characters make it strong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase must have at least {n} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Contact person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. HR manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PersonDoc</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case system id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unemployed since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Danish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours available per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Available from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Own car</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Max. daily commute (minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent recorded by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Desired occupations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skills, certificates and licences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health restrictions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept at a retention review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erased</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Viewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put in a shortlist PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything the job centre holds about you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extracted {date} by {who}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a copy of all data Jobbro, the business consultants' system, holds about you: your profile, your consent, the job openings you were put forward for, follow-ups, and who has changed or looked at your record and when. You have the right to have wrong data corrected and, where the law allows, erased. Ask the job centre.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personal data – keep it safe. Made with Jobbro.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No consent recorded: companies only see you anonymously.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expired: companies only see you anonymously</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent to share your profile with companies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History of the consent: when and by whom it was recorded or changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job openings you were put forward for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You have not been put forward for any job opening.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No follow-ups.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who changed your record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which fields were changed, not their values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who looked at your record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody has opened your record yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PersonHistory</name>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes (which fields, not their values) and who opened, exported or printed the record.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PersonPrivacy</name>
    <message>
        <source>Erase permanently</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erase %1 permanently?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed: the profile, skills, occupations, consent and notes; the notes on %1 shortlist entries; %2 follow-ups; %3 history entries; the search index entry. Each shortlist keeps an anonymous “erased candidate” row so the company's counts stay true.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of the entries were already sent to a company: the company's copy is not changed by this; tell the company if the law asks for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erase person permanently</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The person was erased.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last traces leave the file in a moment, at the latest when Jobbro closes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erase %1 of %2 permanently?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed: name, role, phone, e-mail, notes and the history entries. %1 logged contacts keep their entry without the contact person. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export everything about the person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF for the person (*.pdf);;JSON for another system (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Placement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New placement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who and where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a candidate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The candidates put forward to this company or placed there. To place someone else, start from the candidate's Placements tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workplace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a workplace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the need</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measure and period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a measure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name of the mentor at the workplace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mentor hours per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extra employment confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for interruption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exemption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An exemption from the rules is recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exemption note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>why, and who granted it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the company and the measure to see the rules.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The exemption lets the placement go beyond these rules.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A rule stands in the way: the placement cannot be saved without an exemption.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No rule stands in the way.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Placements</name>
    <message>
        <source>Hired as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Placement start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Placement end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workplace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a workplace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ordinary job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Still unemployed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another measure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 places used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Placements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For the measure rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Single parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visited to fleksjob on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrived in Denmark</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlacementsTab</name>
    <message>
        <source>Candidate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workplace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New placement…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove placement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the placement %1 from %2?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Points</name>
    <message>
        <source>points</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <source>Postpone follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In a week</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why / problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jobbro already holds the same</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>2. Preview: what each row will do (nothing is written yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a file to see what it would do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows with errors or notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updates only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unchanged only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the file to see what it would do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file can be imported: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file cannot be imported as it is: %1. Correct the file or the mapping and check again; nothing is written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2. Result: what each row did (written to Jobbro)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Occupation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Essential skills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Desired skills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skill profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Danish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health restrictions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wants to work as {titles}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No desired occupation recorded; the skills resemble {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No desired occupation recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The job has no occupation to compare with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same occupation as the job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closely related to the job (ISCO {code})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Related to the job (ISCO {code})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Distantly related to the job (ISCO {code})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not related to the job's occupation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wants the occupational group {groups}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The job lies in the wished occupational group {group}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the job's occupational group {group}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Covers {n} of {total} essential skills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Covers {n} of {total} desired skills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing: {skills}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required certificates and licences (exclude): missing {skills}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skills taken from the occupation's profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} of the candidate's {total} skills are used in the job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No skills recorded for the candidate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Can work {hours} h/week, the job requires {low}–{high}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Can work {hours} h/week, the job requires {low}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Can work {hours} h/week, the job requires at least {low}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Can work {hours} h/week, the job offers up to {high}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours a week unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Available from {date}, the job starts {start}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Available by the start date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Danish level {level}, the job requires {required}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Danish level unknown, the job requires {required}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{km} km, about {minutes} min by car</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{km} km, about {minutes} min by public transport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Distance unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Within the candidate's own limit of {limit} min a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Beyond the candidate's own limit of {limit} min a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Within the {hours}-hour rule (about {daily} min a day by public transport)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Beyond the {hours}-hour rule (about {daily} min a day by public transport)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Can be hired with: {measures}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The target group cannot use the job's measures: {measures}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target group unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Can be hired with {measure} from {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The company has no more placements ({used} of {capacity})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{measure} cannot be used on {date}: the measure is not in force then</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{measure} only for people visited to fleksjob</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{measure}: no version of the scheme is in force on {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{measure} needs an age from {low} to under {high} at the start (is {age})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{measure} needs under {years} years of residence in Denmark (arrived {date})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{measure}: the date of unemployment is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{measure}: the date of birth is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{measure}: the date of arrival in Denmark is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The target group {group} cannot use {measure}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Can be hired with {measure} from day one: aged {age} or more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Can be hired with {measure} from day one: single parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Can be hired with {measure} from day one: no upper-secondary or vocational education</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health restriction rules the job out: {strains}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health restriction to consider: {strains}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No conflict with the health restrictions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority: long-term unemployed ({months} months)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority: young ({age} years)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <source>Reference lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Physical demands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejection reasons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Industries (DB07)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vocabulary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measure rules</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups in %1. The store as it is now is kept as a backup of its own before the chosen one takes its place; Jobbro then opens the store again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no backups in this folder yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This backup was made with another passphrase. Type that passphrase to restore it; the restored store keeps it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the backup from %1 in place of the store? The store as it is now is kept as a backup first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>No activity since {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent expired on {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No relation with the company since {date}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>To be erased</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The retention rules select these people: candidates without activity for %1 months or whose consent has expired, and contact persons of companies without any relation for %2 years (Settings). Select rows (Ctrl+A: all), then erase them permanently or keep them with a note; a kept person is not listed again until the rule applies anew.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Erase selected permanently…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep selected with a note…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n person(s) selected by the rules.</source>
        <translation>
            <numerusform>%n person selected by the rules.</numerusform><numerusform>%n persons selected by the rules.</numerusform></translation>
    </message>
    <message>
        <source>Erase permanently</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Erase %n person(s) permanently, with their links, shortlist notes, follow-ups and history? Shortlists keep an anonymous row. This cannot be undone.</source>
        <translation>
            <numerusform>Erase %n person permanently, with their links, shortlist notes, follow-ups and history? Shortlists keep an anonymous row. This cannot be undone.</numerusform><numerusform>Erase %n persons permanently, with their links, shortlist notes, follow-ups and history? Shortlists keep an anonymous row. This cannot be undone.</numerusform></translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep with a note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why are they kept? (e.g. consent renewed by phone; still in a course)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Can be hired with {measure}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Can be hired with {measure} from {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Can be hired with {measure} from day one: aged {age} or more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Can be hired with {measure} from day one: single parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Can be hired with {measure} from day one: no upper-secondary or vocational education</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{measure}: the date of unemployment is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The target group {group} cannot use {measure}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{measure}: the target group is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{measure} cannot be used on {date}: the measure is not in force then</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{measure} only for people visited to fleksjob</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{measure}: no version of the scheme is in force on {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{measure} needs an age from {low} to under {high} at the start (is {age})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{measure}: the date of birth is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{measure} needs under {years} years of residence in Denmark (arrived {date})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{measure}: the date of arrival in Denmark is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The company has no more placements ({used} of {capacity})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{workplace}: {used} of {capacity} places used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The company has no workplace with ordinary employees recorded; the ratio cannot be checked</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <source>Measures counted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First employees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 per (first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 per (beyond)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At least</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target group (* = all)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age under</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residence under (years)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours a week at least</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address of the source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the chosen rule row?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An entry outside its dates cannot be used for new placements, and matching treats it as closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ratio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who may use what</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Praktik length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IGU versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dates of measures and target groups</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SecurityGuard</name>
    <message>
        <source>En&amp;crypt the store…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide everything until the passphrase is typed (Ctrl+Shift+L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not encrypted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store file can be read by anyone who has the laptop. File → Encrypt the store… encrypts it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jobbro – locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That is not the passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encrypt the store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jobbro writes an encrypted copy beside the store, checks it, puts it in the store's place and then overwrites and removes the plain original. Jobbro closes and opens the store again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the current passphrase and the new one twice. Backups made before keep the passphrase they were made with. Jobbro closes and opens the store again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That is not the current passphrase.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name (used as "who" everywhere)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your phone (on shortlists)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your e-mail (on shortlists)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Danish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation name (window title and shortlists)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Jobcenter Vejle or Virksomhedsservice Vejle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logo file (on shortlists)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matching: priority (policy term)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a priority to the match score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Long-term unemployed (at least %1 months)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Young people (under %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The priority is shown as its own part of every score, never hidden in the others, and is capped at %1 of 100 points so it never outweighs the fit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To be erased (retention rules, docs/PRIVACY.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Candidates without activity for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact persons without company relation for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Security and backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose store file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jobbro store (*.sqlite)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new language is used everywhere after a restart.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortlistActions</name>
    <message>
        <source>Shortlist</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortlistDoc</name>
    <message>
        <source>Desired occupations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Max.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent {date} expired on {until}: the company sees this candidate anonymously</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent {date} ({scope}), recorded by {who}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Immediately</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To be clarified with the job centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{hours} h/week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{low}–{high} h/week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at least {hours} h/week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>up to {hours} h/week</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortlistHistory</name>
    <message>
        <source>Need</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for rejection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click a row to open the need.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No candidates have been put forward to this company yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This candidate has not been on a shortlist yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No candidates on this need's shortlist yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortlistPanel</name>
    <message>
        <source>Consent expired %1: the company may only see this candidate anonymously.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent given %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No consent: the company may only see this candidate anonymously.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add candidate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find a candidate by name and put them at the end of the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the candidate up the list (Ctrl+Up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the candidate down the list (Ctrl+Down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write note…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A note about this candidate for this need</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next step…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent to the company, interview, hired, rejection or withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take the candidate off the list, only while proposed (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview and print the shortlist for the company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for rejection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a need first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The candidate no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n candidate(s) added to the list.</source>
        <translation>
            <numerusform>%n candidate added to the list.</numerusform><numerusform>%n candidates added to the list.</numerusform></translation>
    </message>
    <message>
        <source>Already on the list: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not added: %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove from the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take %1 off the list?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a need to see its shortlist.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n candidate(s) on the list</source>
        <translation>
            <numerusform>%n candidate on the list</numerusform><numerusform>%n candidates on the list</numerusform></translation>
    </message>
    <message>
        <source>positions filled: %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n without consent (anonymous for the company)</source>
        <translation>
            <numerusform>%n without consent (anonymous for the company)</numerusform><numerusform>%n without consent (anonymous for the company)</numerusform></translation>
    </message>
    <message>
        <source>The need is %1: no more candidates can be added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is final: no further steps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a candidate to see the steps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Steps for %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortlistPreview</name>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For the company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save these pages as a PDF file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print with the system's print dialog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shortlist could not be made, so there is nothing to show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internal: every detail, also birth year, status, consent, notes and the score explanation. Never give this version to the company.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For the company: candidates without a recorded consent are anonymous (“Candidate 3”), without name, contact details or note. Birth year, status, consent and the score explanation are left out for everyone, and so are candidates the company turned down or the job centre withdrew.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shortlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>internal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print shortlist</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The chosen pages are not in this document (it has %n page(s)).</source>
        <translation>
            <numerusform>The chosen pages are not in this document (it has %n page).</numerusform><numerusform>The chosen pages are not in this document (it has %n pages).</numerusform></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not printed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform><numerusform>Sent %n pages to the printer.</numerusform></translation>
    </message>
</context>
<context>
    <name>ShortlistStepDialog</name>
    <message>
        <source>Next step for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Need: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now: %1 since %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for rejection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional, e.g. what the company said</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a final status: no further steps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When you save, %1 is marked as in job, and a follow-up "%2" is created for you, due %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This fills the need's last position, so the need is marked as filled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A planned placement is created for the measure; its rules are checked when you save.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The store file {path} is read-only. Jobbro needs to write to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store file {path} is locked by another program. Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store file {path} was made by a newer version of Jobbro. Update Jobbro to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file {path} is not a Jobbro store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store file {path} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase does not open {path}. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store file {path} is encrypted and needs its passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase for {path} is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new passphrase for {path} is too short.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store file {path} is already encrypted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store file {path} is not encrypted, so it has no passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup could not be written to {path}: the disk is full or failing. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup folder {path} cannot be written to. Choose another folder in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jobbro could not write the new file beside {path}; the disk may be full. The store is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store file {path} is an empty file (0 bytes): it holds no Jobbro data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store file {path} is incomplete: part of the file is missing (an interrupted copy?). Jobbro does not open it. Restore the store from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store file {path} is damaged. Jobbro does not open it, so that nothing more is lost. Restore the store from a backup, and keep the damaged file for IT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store is busy in another window or program. Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TeamError</name>
    <message>
        <source>The team server was set up by a newer version of Jobbro (schema {version}; this Jobbro knows {known}). Update Jobbro before you synchronise.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team server cannot be reached. Your work is kept on this computer and sent at the next synchronisation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team server refused the login. Check the password in PGPASSWORD, .pgpass or the service file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team server has no Jobbro schema yet. IT runs 'jobbro team init' first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This store has not joined a team. Use 'jobbro team join' first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server address contains a password. Give the password through PGPASSWORD, .pgpass or a service file instead.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>S&amp;ynchronise now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send this computer's changes to the team and fetch the team's (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fields two consultants changed differently: choose the value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetching the team's register for the first time… saving waits until it is done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Synchronising…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last synchronisation failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team: last synchronised %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team: not synchronised yet</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform><numerusform>%n changes waiting</numerusform></translation>
    </message>
    <message>
        <source>Jobbro synchronises with the team every minute and on Synchronise now (F5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last synchronised %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform><numerusform>%n conflicts</numerusform></translation>
    </message>
    <message>
        <source>Open the conflicts and choose which value to keep</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Unemployed since cannot be in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown value: {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"{value}" is not yes or no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case-system id {value} is already used by candidate no. {other} in Jobbro.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A consent needs a date, a scope and who recorded it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The consent date cannot be in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The consent cannot end before it was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown measure: {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CVR number {value} is already registered for {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A follow-up task needs a date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contact person does not belong to this company.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the company the contact was with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The application deadline {deadline} has passed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The start date {start} is before today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The application deadline {deadline} is after the start date {start}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown shift: {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The maximum hours ({high}) are below the minimum ({low}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the company that has the need.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an occupation or an occupational group, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown occupation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An ISCO-08 code has 4 digits (got "{value}").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A DB07 code is a section letter A–U or 2 to 6 digits (got "{value}").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A CVR number has 8 digits (got "{value}").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CVR number {value} is not valid: the check digit is wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A P-number has 10 digits (got "{value}").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A postcode has 4 digits (got "{value}").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postcode {value} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"{value}" is not an e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"{value}" is not a phone number (8 digits, or + and country code).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"{value}" is not a valid date (write it as dd-mm-yyyy).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"{value}" is not a number of hours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours per week must be between 0 and 37 (got {value}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"{value}" is not a whole number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{value} is too small: the smallest allowed is {low}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{value} is too large: the largest allowed is {high}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text holds a control character ({code}) that cannot be stored. Remove it and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text is {length} characters long; at most {limit} are allowed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{value} is outside the allowed range {low}–{high}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot move a hired candidate to another step: hired is final.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot move a rejected candidate to another step: a rejection is final.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot move a withdrawn candidate to another step: withdrawn is final.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot move from sent to the company back to proposed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot move from interview back to proposed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot move from interview back to sent to the company.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"{value}" is not a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The need is filled or cancelled; its shortlist takes no new candidates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The candidate is inactive and cannot be put forward.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The candidate is already on this shortlist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a proposed candidate can be removed; mark the candidate as withdrawn instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"{value}" is not a known value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The candidate already has this status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date cannot be before the previous step ({date}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown or inactive rejection reason: {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The candidate was erased; an anonymous entry cannot be hired.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The need is cancelled; nobody can be hired for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All positions of the need are filled; raise the number of positions first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the candidate of the placement.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the company of the placement.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The company has no workplace with its ordinary employees; add one on the company first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose one of the company's workplaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The need belongs to another company.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This field must be filled in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An ordinary job is not a placement; choose the measure (praktik, løntilskud …).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The placement ends ({end}) before it starts ({start}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An interrupted placement needs a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outcome is recorded when the placement has ended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An exemption needs a note saying why and by whom.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mentor hours need the mentor's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A wage subsidy placement stays planned until the company has confirmed the extra employment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The candidate already has a placement in this period ({company}, {start}–{end}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A praktik for this target group lasts at most {limit} weeks (this one {weeks}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An IGU needs at least {low} hours a week of paid work (got {value}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workplace has no more placements ({used} of {capacity}); record an exemption to go beyond.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"{value}" is not a web address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown vocabulary entry: {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The upper age must be above the lower age.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"{value}" is not a number of employees.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ordinary employees (FTE) must be more than 0 and at most 50,000 (got {value}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The company already has a workplace with P-number {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workplace has planned or running placements; move or end them first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postpone to today or a later day (not {value}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The conflict is already resolved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This record is not on this computer; the value cannot be taken over.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This field is not known to this Jobbro; the value cannot be taken over.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown ISCO-08 group: {value}. Choose a minor group (3 digits) or a unit group (4 digits).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ViewExporter</name>
    <message numerus="yes">
        <source>Exporting %n row(s)…</source>
        <translation>
            <numerusform>Exporting %n row…</numerusform><numerusform>Exporting %n rows…</numerusform></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export view</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VocabLine</name>
    <message>
        <source>Not in the vocabulary: kept as typed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VocabList</name>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in the vocabulary: kept as typed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Group {code} · {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name}
An ISCO-08 occupational group: every occupation in it fits, and related groups count less.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VocabularyEditor</name>
    <message>
        <source>New occupation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ISCO-08 code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>4 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New skill, certificate or licence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Knowledge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add occupation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add skill</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkplaceDialog</name>
    <message>
        <source>Workplace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. the address or department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P-number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>10 digits (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ordinary employees (FTE)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>full-time equivalents, average of the last 4 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stated on</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkplacesPanel</name>
    <message>
        <source>Workplace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P-number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ordinary employees (FTE)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Places under the ratio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the company's workplaces with their ordinary employees: the ratio rule counts per workplace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add workplace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove workplace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the workplace %1?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Three wrong passphrases. Jobbro stops; the store was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating a demo store in {path} (not encrypted: it holds only fictitious people) …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--size must look like 1400x900</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown view {view}; choose one of: {views}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Jobbro: companies, needs and candidates for job centres.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show Jobbro's version and exit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the store file to open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>language: da (Danish) or en (English)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>render a view offscreen to a PNG file and exit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the view to show or render (companies, contacts, needs, candidates, ...)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>window size for --screenshot, e.g. 1400x900</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create a demo store when the store file does not exist yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A file could not be read or written: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"{name}" is not a usable file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fill a store with fictitious demo data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill a new store with fictitious Danish companies, needs, candidates and contacts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the store file to fill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>how many to create (default {n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>random seed; the same seed gives the same data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a consultant name to use (repeat for several; the first gets follow-ups)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add demo data even when the store already has records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the store file with --db FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store {path} already has records; demo data is only added to an empty store. Use --force to add it anyway.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating demo data in {path} ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created {companies} companies with {persons} contact persons, {needs} needs, {candidates} candidates and {contacts} contacts ({follow_ups} with a follow-up) in {seconds:.1f} seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{percent} % done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rank candidates for a need, or needs for a candidate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rank the best candidates for a need, the best open needs for a candidate, or every open need at once, with each score explained.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list the open follow-ups or export them to a calendar (.ics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The open follow-ups (overdue, today's and coming), from logged contacts, hires and placements. With --ics they are written as a calendar file: one all-day event per follow-up, which a second export updates instead of adding again. Events name the company and the task, never a candidate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the store file to read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write the follow-ups to this calendar file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only this consultant's follow-ups (default: everyone's)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote {count} follow-up(s) to {file}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rank candidates for this need</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rank open needs for this candidate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rank candidates for every open need</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rank open needs for every active candidate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>how many to show (default 10)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>output format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the same as --format json</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>also list who is excluded by a hard requirement, and why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rank as on this date (default today)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>processes for --needs all and --candidates all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no need with id {id}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no candidate with id {id}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Need {id}: {title} ({company})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Candidate {id}: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{considered} considered, {excluded} excluded by a hard requirement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excluded:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{rank}. {who}  score {score}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} (candidate {id})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title}, {company} (need {id})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>find occupations by a job title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>find skills, certificates and licences by a phrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the text to search for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>how many results to show (default 10)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write the results as JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>also answer with the ISCO-08 group a title names when no occupation matches it better (JSON: an object with "results" and "group")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read one query a line from FILE (- for standard input) and write one JSON line per query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import the ESCO classification from the official CSV files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import ESCO occupations, skills, ISCO-08 groups and their relations from the official CSV download: zip files, folders or single CSV files, in any language. Importing again updates in place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ESCO zip files, folders or CSV files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list our own occupations and skills that no imported ESCO concept matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import a full Danish postcode file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import postcodes with town, coordinate (lat/lon or DAWA's visueltcenter_x/_y) and municipality code from CSV files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postcode CSV files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the store file to use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give a text to search for, or --batch FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ISCO-08 group: {code} {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing found for "{query}".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line {line} of {path} is not UTF-8 text. Save the file as UTF-8 and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>score  ISCO  id      title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group {code} · {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported {occupations} occupations ({new_occupations} new), {skills} skills ({new_skills} new), {relations} occupation–skill relations and {groups} ISCO-08 groups in {seconds:.1f} seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linked with their ESCO concept: {occupations} of our occupations and {skills} of our skills; not linked: {free_occupations} occupations and {free_skills} skills.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>occupation not linked: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>skill not linked: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported {total} postcodes ({added} new, {missing} without a coordinate) in {seconds:.1f} seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the files ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing ISCO-08 groups ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing occupations ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing skills ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing occupation–skill relations ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import companies, contact persons, candidates, needs or logged contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a CSV or Excel (.xlsx) file. Every row is checked first; the file goes in as a whole or not at all. Exit code 0: the file went in (or, with --dry-run, would); 2: it was rejected and the store is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what the file holds: {kinds}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the CSV or .xlsx file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the store file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check and report only; write nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a column mapping saved from the import dialog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export a list to CSV or Excel (.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export all records of a kind in the columns the import reads.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what to export: {kinds}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file to write (.csv or .xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mapping file {path} cannot be used: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file was rejected. Nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dry run: nothing was written. The file can be imported as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file went in: {summary}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write to {path}: it is a folder. Name a file, e.g. {example}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The output file must end in .csv or .xlsx.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write to {path}: the folder {folder} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} could not be written: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote {count} rows to {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{phase}: {percent} %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write a need's shortlist as a PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a need's shortlist as a PDF: its saved shortlist, or else the best candidates of the ranking. The company version shows candidates without consent anonymously; the internal version shows everything. Exit code 0: written; 1: the PDF could not be written; 2: bad input (unknown need, a store that cannot be opened, an output path that cannot be written).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the need's id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the PDF file to write (default: shortlist-need-ID.pdf here, shortlist-need-ID-internal.pdf for the internal variant)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>company (the default; anonymous without consent) or internal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>without a saved shortlist: how many of the best candidates (default 10)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the job centre's name in the header (default: from the settings)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a logo image for the header (default: from the settings)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the consultant named in the footer (default: from the settings)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>date the shortlist and rank as on this date (default today)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shortlist-need-{id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>internal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>erase a candidate or a contact person permanently</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erase a person permanently (the right to be forgotten): the person leaves every table, the search index and the file; a shortlist keeps an anonymous row. Without --yes it asks on a terminal and refuses without one. Exit code 0: erased; 2: bad input or not confirmed (nothing changed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>candidate or contact-person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the person's id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>erase without asking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>everything about one candidate as JSON or PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write everything Jobbro holds about one candidate (access and portability): JSON for a machine (FILE.json) or a readable PDF for the person (FILE.pdf). The export is recorded in the person's history. Exit code 0: written; 1: the file could not be written; 2: bad input.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the candidate's id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FILE.json or FILE.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list (or erase) what the retention rules select</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the people the retention rules select for erasure, with the reason (the rules and their periods are set in the app's settings). With --erase they are erased after the same checks (asks on a terminal unless --yes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write the list as JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>erase everything listed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not erased: confirm with --yes (there is no terminal to ask on).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type yes to confirm:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no {kind} with id {id}; nothing was erased.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erase {name} ({kind} {id}) permanently, with every link, shortlist note, follow-up and history entry? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erased {kind} {id}. Shortlist entries kept anonymously: {entries}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the output FILE.json or FILE.pdf (got {path}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write {path}: the folder does not exist or it is a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot make the PDF: no font with Danish letters was found. Install DejaVu Sans (fonts-dejavu-core) or set JOBBRO_FONT_DIR to a folder holding it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote {path}. Pages: {pages}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Selected by the retention rules: {count}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erase the {count} listed records permanently?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erased: {count}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote {path}. Pages: {pages}. Candidates on the list: {count}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the PDF to {path}: it is a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the PDF to {path}: the folder {folder} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the PDF to {path}: permission denied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check the measure rules for a placement, or list placements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Placements: persons in praktik, løntilskud, fleksjob, IGU … at a company.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>may the company take one more person in the measure?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the ratio rule at the company's workplaces, the measure in force and, with a candidate, who may use the measure. Nothing is written. Exit code 0: allowed; 3: a rule stands in the way (each rule's reason is printed); 2: bad input (unknown company, measure or candidate, a store that cannot be opened).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the company's CVR number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the measure's code (internship, wage_subsidy, fleksjob, igu …)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the candidate's id or external id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the start day (default today)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list placements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List placements, newest first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only this company's placements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only placements with this status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"{value}" is not a valid date (write it as dd-mm-yyyy).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no company with CVR number {cvr}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown measure {code}. Known measures: {known}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A rule stands in the way.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Placements: {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is set but empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase for {path}: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is encrypted: set {name} or run the command in a terminal to be asked for the passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New passphrase (at least {n} characters): </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set {name} or run the command in a terminal to be asked for the new passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note: {path} is not encrypted, so {name} is not used. `jobbro encrypt --db FILE` encrypts it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>encrypt a plain store with a passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encrypt a plain store: the encrypted copy is written beside it, checked, and swapped in; then the plain original is overwritten and removed. The passphrase comes from {env} or is asked for twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change the passphrase of an encrypted store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the passphrase: the current one from {env} or a prompt, the new one from {new} or a prompt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write a checked backup of the store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a backup with SQLite's online backup API (encrypted like the store), check it, and give it its name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the backup file, or a folder to put a dated backup in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>put a backup in place of the store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check a backup and put it in place of the store; the store as it was is kept as a backup of its own first. A backup made with another passphrase reads it from {env}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the backup file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>where to keep the store as it was (default: the backup folder of the settings)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encrypted {path}: {tables} tables checked, the same rows in each. The plain original was overwritten and removed. A forgotten passphrase cannot be recovered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase of {path} is changed. Backups made before keep the old one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup written and checked: {out} ({candidates} candidates, {companies} companies).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored {path} from {source} ({candidates} candidates, {companies} companies).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store as it was is kept in {kept}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>share the register with a team through a server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team's register on a PostgreSQL server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create or upgrade the team schema on the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>libpq connection string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>join a store to the team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list the open conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>send and fetch the team's changes once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team schema version {after} (was {before}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Joined the team; {n} records wait for the first sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent {pushed}, received {pulled}, open conflicts {conflicts}, waiting {waiting}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write Overblik's key figures as a report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overblik: samarbejdsgrad, job orders, contacts and hires for a period (default the last 12 months), as JSON, xlsx or a two-page PDF.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>first day of the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>last day of the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only this consultant's companies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only companies in this municipality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only companies in this industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the municipality's number of companies with employees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the report's format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file to write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period must be two dates YYYY-MM-DD, the first not after the last.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The record no longer exists. It may have been deleted in another window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jobbro may not write to this file or folder: {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file could not be read or written: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something went wrong that Jobbro did not expect. Nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jobbro</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Prospect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shortlisted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent to the company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ordinary job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flexi-job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wage subsidy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work trial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IGU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seasonal job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Night</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No Danish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Basic Danish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Good Danish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fluent Danish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Danish as mother tongue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No completed education</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Primary school</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upper secondary school</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vocational education</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Short higher education</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medium-cycle higher education</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Long-cycle higher education</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Named profile may be shared with companies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Named profile and contact details may be shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 employee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2–9 employees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>10–49 employees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>50–249 employees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>250 or more employees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erased candidate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdf_pages</name>
    <message>
        <source>The document is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document is not a readable PDF ({detail}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer stopped after 1 page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer stopped after %1 pages.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>