<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Jobbro</source>
        <translation>Om Jobbro</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Companies, needs and candidates for the business consultants of the job centre.</source>
        <translation>Virksomheder, behov og kandidater til jobcentrets virksomhedskonsulenter.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Bundled components and their licences</source>
        <translation>Medfølgende komponenter og deres licenser</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: their libraries are separate files in the installation folder and may be replaced by other builds of the same version. Their source code is available from the Qt Project (download.qt.io). The licence texts of all components are in the installation folder.</source>
        <translation>Qt og PySide6 bruges under GNU LGPL version 3: deres biblioteker er separate filer i installationsmappen og kan erstattes af andre builds af samme version. Kildekoden kan hentes fra Qt-projektet (download.qt.io). Licensteksterne for alle komponenter ligger i installationsmappen.</translation>
    </message>
</context>
<context>
    <name>AskPassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>%1 is encrypted. Type its passphrase to open it.</source>
        <translation>%1 er krypteret. Skriv adgangskoden for at åbne den.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>%1 Tries left: %2.</source>
        <translation>%1 Forsøg tilbage: %2.</translation>
    </message>
</context>
<context>
    <name>CandidatePicker</name>
    <message>
        <source>Add candidates to the list</source>
        <translation>Tilføj kandidater til listen</translation>
    </message>
    <message>
        <source>Name, occupation or town</source>
        <translation>Navn, erhverv eller by</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Desired occupations</source>
        <translation>Jobønsker</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Only active candidates are listed. Select several with Ctrl or Shift.</source>
        <translation>Kun aktive kandidater vises. Vælg flere med Ctrl eller Skift.</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>Tilføj til listen</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation><numerusform>%n kandidat</numerusform><numerusform>%n kandidater</numerusform></translation>
    </message>
</context>
<context>
    <name>CandidatePrivacy</name>
    <message>
        <source>Export everything about the person…</source>
        <translation>Udtræk alt om personen…</translation>
    </message>
    <message>
        <source>Erase person permanently…</source>
        <translation>Slet person permanent…</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Databeskyttelse</translation>
    </message>
    <message>
        <source>Export everything about the person (Ctrl+Shift+E) or erase the person permanently (Ctrl+Shift+Del)</source>
        <translation>Udtræk alt om personen (Ctrl+Shift+E) eller slet personen permanent (Ctrl+Shift+Del)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
</context>
<context>
    <name>CandidatesView</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Desired occupations</source>
        <translation>Jobønsker</translation>
    </message>
    <message>
        <source>Hours/week</source>
        <translation>Timer/uge</translation>
    </message>
    <message>
        <source>Unemployed since</source>
        <translation>Ledig siden</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>With consent</source>
        <translation>Med samtykke</translation>
    </message>
    <message>
        <source>Without consent</source>
        <translation>Uden samtykke</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Fødselsår</translation>
    </message>
    <message>
        <source>Case system id</source>
        <translation>ID i fagsystemet</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valgfrit</translation>
    </message>
    <message>
        <source>Job centre</source>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Kvalifikationer</translation>
    </message>
    <message>
        <source>add an occupation</source>
        <translation>tilføj et erhverv</translation>
    </message>
    <message>
        <source>Skills, certificates and licences</source>
        <translation>Kompetencer, certifikater og kørekort</translation>
    </message>
    <message>
        <source>add a skill</source>
        <translation>tilføj en kompetence</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Uddannelse</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>Work conditions</source>
        <translation>Rammer for arbejdet</translation>
    </message>
    <message>
        <source>Hours available per week</source>
        <translation>Timer til rådighed pr. uge</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Til rådighed fra</translation>
    </message>
    <message>
        <source>Own car</source>
        <translation>Egen bil</translation>
    </message>
    <message>
        <source>Has a car available</source>
        <translation>Har bil til rådighed</translation>
    </message>
    <message>
        <source>Max. daily commute (minutes)</source>
        <translation>Maks. daglig transporttid (minutter)</translation>
    </message>
    <message>
        <source>Health restrictions: avoid</source>
        <translation>Skånehensyn: undgå</translation>
    </message>
    <message>
        <source>Consent to share a named profile</source>
        <translation>Samtykke til at dele profil med navn</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Samtykke givet</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registreret af</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gyldigt til</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Shortlists</source>
        <translation>Kandidatlister</translation>
    </message>
    <message>
        <source>Find job</source>
        <translation>Find job</translation>
    </message>
    <message>
        <source>Rank the open needs that fit this candidate</source>
        <translation>Find og ranger de åbne behov, der passer til kandidaten</translation>
    </message>
</context>
<context>
    <name>CodeTableEditor</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>I brug</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Engelsk navn</translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation>Gem punkt</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nyt punkt</translation>
    </message>
</context>
<context>
    <name>CompaniesView</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CVR</source>
        <translation>CVR</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <source>Open needs</source>
        <translation>Åbne behov</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Seneste kontakt</translation>
    </message>
    <message>
        <source>Last contact by</source>
        <translation>Sidste kontakt ved</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>CVR number</source>
        <translation>CVR-nummer</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 cifre</translation>
    </message>
    <message>
        <source>P-number</source>
        <translation>P-nummer</translation>
    </message>
    <message>
        <source>10 digits (optional)</source>
        <translation>10 cifre (valgfrit)</translation>
    </message>
    <message>
        <source>Responsible consultant</source>
        <translation>Ansvarlig konsulent</translation>
    </message>
    <message>
        <source>Industry (DB07)</source>
        <translation>Branche (DB07)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation>Adresse og kontakt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>filled in from the postcode</source>
        <translation>udfyldes ud fra postnummeret</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Hjemmeside</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Samarbejde</translation>
    </message>
    <message>
        <source>Open to</source>
        <translation>Åben for</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Antal stillinger</translation>
    </message>
    <message>
        <source>Application deadline</source>
        <translation>Ansøgningsfrist</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>Registrér kontakt…</translation>
    </message>
    <message>
        <source>Log a visit, call or e-mail with this company (Ctrl+L)</source>
        <translation>Registrér et besøg, et opkald eller en e-mail med denne virksomhed (Ctrl+L)</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Tilføj person…</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Fjern person</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>Erase person permanently…</source>
        <translation>Slet person permanent…</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Kontaktlog</translation>
    </message>
    <message>
        <source>New need…</source>
        <translation>Nyt behov…</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Shortlists</source>
        <translation>Kandidatlister</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Remove %1 from the company's contact persons?</source>
        <translation>Vil du fjerne %1 fra virksomhedens kontaktpersoner?</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Two consultants changed the same field before they synchronised. The value that reached the team first stands; choose the value the record should have.</source>
        <translation>To konsulenter har ændret det samme felt, før de synkroniserede. Den værdi, der nåede teamet først, står; vælg den værdi, posten skal have.</translation>
    </message>
    <message>
        <source>There are no open conflicts.</source>
        <translation>Der er ingen åbne konflikter.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Value that stands</source>
        <translation>Værdi der står</translation>
    </message>
    <message>
        <source>Value that was refused</source>
        <translation>Værdi der blev afvist</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Use this value</source>
        <translation>Brug denne værdi</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>Kandidatliste</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Ansøgningsfrist</translation>
    </message>
    <message>
        <source>Responsible consultant</source>
        <translation>Ansvarlig konsulent</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Stillinger</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>Hele posten</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation><numerusform>%n punkt</numerusform><numerusform>%n punkter</numerusform></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Follow-up: contact with %1</source>
        <translation>Opfølgning: kontakt med %1</translation>
    </message>
    <message>
        <source>Contact with %1</source>
        <translation>Kontakt med %1</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Choose a company</source>
        <translation>Vælg en virksomhed</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>What was talked about?</source>
        <translation>Hvad blev der talt om?</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Opfølgningsdato</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>Opfølgningsopgave</translation>
    </message>
    <message>
        <source>e.g. send the shortlist</source>
        <translation>f.eks. send kandidatlisten</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Opfølgning udført</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>When</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Open follow-up</source>
        <translation>Åben opfølgning</translation>
    </message>
    <message>
        <source>No open follow-up</source>
        <translation>Ingen åben opfølgning</translation>
    </message>
    <message>
        <source>Choose a company</source>
        <translation>Vælg en virksomhed</translation>
    </message>
</context>
<context>
    <name>DateLine</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-åååå</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Vælg en dato</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation><numerusform>%n post</numerusform><numerusform>%n poster</numerusform></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportér…</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Eksportér liste</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel, semicolon-separated (*.csv)</source>
        <translation>Excel-projektmappe (*.xlsx);;CSV til Excel, semikolonsepareret (*.csv)</translation>
    </message>
</context>
<context>
    <name>EntityView</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Søg (Ctrl+F)</translation>
    </message>
    <message>
        <source>All: %1</source>
        <translation>Alle: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 række</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 rækker</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ændringer, der ikke er gemt</translation>
    </message>
    <message>
        <source>Save the changes to the current record first?</source>
        <translation>Vil du gemme ændringerne i den aktuelle post først?</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Ny post</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (ikke gemt)</translation>
    </message>
    <message>
        <source>Delete "%1"? This cannot be undone.</source>
        <translation>Vil du slette »%1«? Det kan ikke fortrydes.</translation>
    </message>
</context>
<context>
    <name>EscoDialog</name>
    <message>
        <source>Import ESCO</source>
        <translation>Importér ESCO</translation>
    </message>
    <message>
        <source>Choose the ESCO CSV download as the EU publishes it: zip files or folders, in one or more languages. Importing again, or a newer version, updates in place.</source>
        <translation>Vælg ESCO's CSV-download, som EU udgiver den: zip-filer eller mapper, på et eller flere sprog. En ny import, eller en nyere version, opdaterer det, der allerede er der.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Tilføj filer …</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Tilføj mappe …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <source>ESCO files</source>
        <translation>ESCO-filer</translation>
    </message>
    <message>
        <source>ESCO download (*.zip *.csv);;All files (*)</source>
        <translation>ESCO-download (*.zip *.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>ESCO folder</source>
        <translation>ESCO-mappe</translation>
    </message>
    <message>
        <source>Add the ESCO files or folders to import first.</source>
        <translation>Tilføj først de ESCO-filer eller -mapper, der skal importeres.</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Læser filerne …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Afbryder …</translation>
    </message>
    <message>
        <source>Writing ISCO-08 groups…</source>
        <translation>Skriver ISCO-08-grupper …</translation>
    </message>
    <message>
        <source>Writing occupations…</source>
        <translation>Skriver erhverv …</translation>
    </message>
    <message>
        <source>Writing skills…</source>
        <translation>Skriver kompetencer …</translation>
    </message>
    <message>
        <source>Writing occupation–skill relations…</source>
        <translation>Skriver sammenhænge mellem erhverv og kompetencer …</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>Imported %1 occupations, %2 skills, %3 occupation–skill relations and %4 ISCO-08 groups.</source>
        <translation>Importerede %1 erhverv, %2 kompetencer, %3 sammenhænge mellem erhverv og kompetencer og %4 ISCO-08-grupper.</translation>
    </message>
    <message>
        <source>Linked with ESCO: %1 of our occupations and %2 of our skills; not linked: %3 occupations and %4 skills.</source>
        <translation>Koblet til ESCO: %1 af vores stillingsbetegnelser og %2 af vores kompetencer; ikke koblet: %3 stillingsbetegnelser og %4 kompetencer.</translation>
    </message>
    <message>
        <source>The import failed; nothing was changed.</source>
        <translation>Importen mislykkedes; intet blev ændret.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importen blev afbrudt; intet blev ændret.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <source>Export view</source>
        <translation>Eksportér visning</translation>
    </message>
    <message>
        <source>This view cannot be exported. Choose companies, contacts, needs or candidates.</source>
        <translation>Denne visning kan ikke eksporteres. Vælg virksomheder, kontakter, behov eller kandidater.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel, semicolon-separated (*.csv)</source>
        <translation>Excel-projektmappe (*.xlsx);;CSV til Excel, semikolonsepareret (*.csv)</translation>
    </message>
    <message>
        <source>Exported 1 row to %1.</source>
        <translation>Eksporterede 1 række til %1.</translation>
    </message>
    <message>
        <source>Exported %2 rows to %1.</source>
        <translation>Eksporterede %2 rækker til %1.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Jobbro</source>
        <translation>Velkommen til Jobbro</translation>
    </message>
    <message>
        <source>There is no Jobbro store at
%1

What would you like to create?</source>
        <translation>Der findes ingen Jobbro-database her:
%1

Hvad vil du oprette?</translation>
    </message>
    <message>
        <source>An empty store, for real work (encrypted with a passphrase)</source>
        <translation>En tom database til rigtigt arbejde (krypteret med en adgangskode)</translation>
    </message>
    <message>
        <source>Do not encrypt the store (not recommended for citizens' data)</source>
        <translation>Kryptér ikke databasen (frarådes for borgeres data)</translation>
    </message>
    <message>
        <source>A demo store with fictitious companies, needs and candidates (not encrypted: it holds no real people)</source>
        <translation>En demodatabase med opdigtede virksomheder, behov og kandidater (ikke krypteret: den rummer ingen rigtige personer)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Opret</translation>
    </message>
    <message>
        <source>About you (you can change it later in Settings)</source>
        <translation>Om dig (kan ændres senere under Indstillinger)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
    <message>
        <source>Your phone</source>
        <translation>Din telefon</translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation>Din e-mail</translation>
    </message>
    <message>
        <source>Job centre</source>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <source>so companies can call you back</source>
        <translation>så virksomheder kan ringe dig op</translation>
    </message>
</context>
<context>
    <name>FollowUpCalendar</name>
    <message>
        <source>Follow-up: {company} – {task}</source>
        <translation>Opfølgning: {company} – {task}</translation>
    </message>
    <message>
        <source>Follow-up: {company}</source>
        <translation>Opfølgning: {company}</translation>
    </message>
    <message>
        <source>Hired as {need}</source>
        <translation>Ansat som {need}</translation>
    </message>
    <message>
        <source>Measure: {measure}</source>
        <translation>Ordning: {measure}</translation>
    </message>
    <message>
        <source>From Jobbro (My follow-ups).</source>
        <translation>Fra Jobbro (Mine opfølgninger).</translation>
    </message>
    <message>
        <source>Jobbro – follow-ups</source>
        <translation>Jobbro – opfølgninger</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Is the person still in the job?</source>
        <translation>Er personen stadig i job?</translation>
    </message>
    <message>
        <source>Midway talk about the placement</source>
        <translation>Midtvejssamtale om forløbet</translation>
    </message>
    <message>
        <source>What now after the placement?</source>
        <translation>Hvad nu efter praktikken?</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Which follow-ups to show: those due now, or also the coming days'</source>
        <translation>Hvilke opfølgninger der vises: dem der forfalder nu, eller også de kommende dages</translation>
    </message>
    <message>
        <source>Overdue and today</source>
        <translation>Over fristen og i dag</translation>
    </message>
    <message>
        <source>Also the coming 7 days</source>
        <translation>Også de kommende 7 dage</translation>
    </message>
    <message>
        <source>Also the coming 30 days</source>
        <translation>Også de kommende 30 dage</translation>
    </message>
    <message>
        <source>All open follow-ups</source>
        <translation>Alle åbne opfølgninger</translation>
    </message>
    <message>
        <source>Show everyone's</source>
        <translation>Vis alles</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Forfalder</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Baggrund</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Markér som udført</translation>
    </message>
    <message>
        <source>Mark the selected follow-up as done (Ctrl+D)</source>
        <translation>Markér den valgte opfølgning som udført (Ctrl+D)</translation>
    </message>
    <message>
        <source>Postpone…</source>
        <translation>Udskyd…</translation>
    </message>
    <message>
        <source>Move the selected follow-up to another day (Ctrl+U)</source>
        <translation>Flyt den valgte opfølgning til en anden dag (Ctrl+U)</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>Registrér kontakt…</translation>
    </message>
    <message>
        <source>Log the contact the follow-up asks for; saving it closes the follow-up (Ctrl+L)</source>
        <translation>Registrér den kontakt, opfølgningen beder om; når den gemmes, er opfølgningen udført (Ctrl+L)</translation>
    </message>
    <message>
        <source>Open company</source>
        <translation>Åbn virksomhed</translation>
    </message>
    <message>
        <source>Show the follow-up's company (Enter)</source>
        <translation>Vis opfølgningens virksomhed (Enter)</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>Eksportér til kalender…</translation>
    </message>
    <message>
        <source>Save every open follow-up (yours, or everyone's with Show everyone's) as an .ics file for Outlook, Google or Apple Calendar; exporting again updates the same events (Ctrl+Shift+K)</source>
        <translation>Gem alle åbne opfølgninger (dine, eller alles med Vis alles) som en .ics-fil til Outlook, Google eller Apple Kalender; en ny eksport opdaterer de samme aftaler (Ctrl+Shift+K)</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation><numerusform>%n forfalden opfølgning</numerusform><numerusform>%n forfaldne opfølgninger</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation><numerusform>heraf %n over fristen</numerusform><numerusform>heraf %n over fristen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n coming</source>
        <translation><numerusform>%n kommende</numerusform><numerusform>%n kommende</numerusform></translation>
    </message>
    <message>
        <source>No open follow-ups in this period.</source>
        <translation>Ingen åbne opfølgninger i perioden.</translation>
    </message>
    <message>
        <source>You (%1) have no open follow-ups in this period.</source>
        <translation>Du (%1) har ingen åbne opfølgninger i perioden.</translation>
    </message>
    <message>
        <source>Follow-ups come from logged contacts with a follow-up date, and from hires and placements. Tick "Show everyone's" to see your colleagues' follow-ups, or choose "All open follow-ups" to look further ahead.</source>
        <translation>Opfølgninger kommer fra registrerede kontakter med en opfølgningsdato og fra ansættelser og forløb. Sæt hak i »Vis alles« for at se dine kollegers opfølgninger, eller vælg »Alle åbne opfølgninger« for at se længere frem.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Over fristen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Coming</source>
        <translation>Kommende</translation>
    </message>
    <message>
        <source>{candidate} in {measure} {start} – {end}</source>
        <translation>{candidate} i {measure} {start} – {end}</translation>
    </message>
    <message>
        <source>{candidate} hired as {need} on {date}</source>
        <translation>{candidate} ansat som {need} den {date}</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Eksportér til kalender</translation>
    </message>
    <message>
        <source>jobbro-follow-ups.ics</source>
        <translation>jobbro-opfølgninger.ics</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Kalenderfil (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) saved to %1. Open the file with your calendar; a later export updates the same events.</source>
        <translation><numerusform>%n opfølgning gemt i %1. Åbn filen med din kalender; en senere eksport opdaterer de samme aftaler.</numerusform><numerusform>%n opfølgninger gemt i %1. Åbn filen med din kalender; en senere eksport opdaterer de samme aftaler.</numerusform></translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Not saved. Please correct:</source>
        <translation>Ikke gemt. Ret venligst følgende:</translation>
    </message>
    <message>
        <source>This looks like a CPR number. Jobbro must not hold CPR numbers: remove it, or press Save again if it is something else.</source>
        <translation>Det ligner et CPR-nummer. Jobbro må ikke indeholde CPR-numre: fjern det, eller tryk Gem igen, hvis det er noget andet.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>"{value}" is not yes or no.</source>
        <translation>"{value}" er hverken ja eller nej.</translation>
    </message>
    <message>
        <source>The required column "{column}" is missing.</source>
        <translation>Den nødvendige kolonne "{column}" mangler.</translation>
    </message>
    <message>
        <source>Column "{column}" is not imported: Jobbro stores no CPR numbers.</source>
        <translation>Kolonnen "{column}" indlæses ikke: Jobbro gemmer ikke CPR-numre.</translation>
    </message>
    <message>
        <source>Column "{column}" is not used.</source>
        <translation>Kolonnen "{column}" bruges ikke.</translation>
    </message>
    <message>
        <source>Column "{column}" is not used: column "{other}" already gives "{field}".</source>
        <translation>Kolonnen "{column}" bruges ikke: kolonnen "{other}" giver allerede "{field}".</translation>
    </message>
    <message>
        <source>The column mapping was saved for importing {saved}, not {kind}.</source>
        <translation>Kolonneopsætningen blev gemt til import af {saved}, ikke {kind}.</translation>
    </message>
    <message>
        <source>The column mapping names fields that {kind} do not have: {fields}.</source>
        <translation>Kolonneopsætningen nævner felter, som {kind} ikke har: {fields}.</translation>
    </message>
    <message>
        <source>"{value}" looks like a CPR number. Jobbro stores no CPR numbers: use the case system's own id.</source>
        <translation>"{value}" ligner et CPR-nummer. Jobbro gemmer ikke CPR-numre: brug sagssystemets eget id.</translation>
    </message>
    <message>
        <source>Jobbro id {value} belongs to a candidate with another case system id ({other}).</source>
        <translation>Jobbro-id {value} hører til en kandidat med et andet sags-id ({other}).</translation>
    </message>
    <message>
        <source>{company} has no contact person named "{value}".</source>
        <translation>{company} har ingen kontaktperson ved navn "{value}".</translation>
    </message>
    <message>
        <source>There is no candidate with id "{value}" in Jobbro. Import the candidates first.</source>
        <translation>Der er ingen kandidat med id "{value}" i Jobbro. Importér kandidaterne først.</translation>
    </message>
    <message>
        <source>{company} has no workplace "{value}".</source>
        <translation>{company} har intet arbejdssted "{value}".</translation>
    </message>
    <message>
        <source>The file has column headings but no rows.</source>
        <translation>Filen har kolonneoverskrifter, men ingen rækker.</translation>
    </message>
    <message>
        <source>{count} row(s) have a Jobbro id that is not in this store (the file comes from another one); those ids are not used.</source>
        <translation>{count} række(r) har et Jobbro-id, som ikke findes i denne database (filen kommer fra en anden); de id'er bruges ikke.</translation>
    </message>
    <message>
        <source>This row is the same as row {other}.</source>
        <translation>Rækken er magen til række {other}.</translation>
    </message>
    <message>
        <source>"{value}" also appears in row {other}.</source>
        <translation>"{value}" står også i række {other}.</translation>
    </message>
    <message>
        <source>The row has values to the right of the last column heading.</source>
        <translation>Rækken har værdier til højre for den sidste kolonneoverskrift.</translation>
    </message>
    <message>
        <source>The cell holds a formula ({value}). Jobbro imports values only: paste the column as values in the spreadsheet first.</source>
        <translation>Cellen indeholder en formel ({value}). Jobbro indlæser kun værdier: indsæt kolonnen som værdier i regnearket først.</translation>
    </message>
    <message>
        <source>The cell holds what looks like a CPR number. Jobbro stores no CPR numbers: remove it from the file.</source>
        <translation>Cellen indeholder noget, der ligner et CPR-nummer. Jobbro gemmer ikke CPR-numre: fjern det fra filen.</translation>
    </message>
    <message>
        <source>Not in the vocabulary, kept as a free entry: {value}.</source>
        <translation>Findes ikke i ordlisten, gemt som fri tekst: {value}.</translation>
    </message>
    <message>
        <source>Row {row} of {name} has a cell longer than {limit} characters. The file is damaged, or a quote (") is not closed.</source>
        <translation>Række {row} i {name} har en celle på mere end {limit} tegn. Filen er beskadiget, eller et anførselstegn (") er ikke lukket.</translation>
    </message>
    <message>
        <source>The file could not be read: {detail}</source>
        <translation>Filen kunne ikke læses: {detail}</translation>
    </message>
    <message>
        <source>The file is {size} MB; Jobbro imports files of up to {limit} MB. Split it into smaller files.</source>
        <translation>Filen fylder {size} MB; Jobbro indlæser filer på op til {limit} MB. Del den op i mindre filer.</translation>
    </message>
    <message>
        <source>The file is in the old Excel format (.xls). Save it as .xlsx or CSV in Excel and import that.</source>
        <translation>Filen er i det gamle Excel-format (.xls). Gem den som .xlsx eller CSV i Excel, og indlæs den.</translation>
    </message>
    <message>
        <source>The Excel file is damaged or incomplete ({detail}).</source>
        <translation>Excel-filen er beskadiget eller ufuldstændig ({detail}).</translation>
    </message>
    <message>
        <source>Line {line} is not in the same text encoding as the rest of the file (UTF-8). Save the file as UTF-8 again, or correct that line.</source>
        <translation>Linje {line} har ikke samme tegnkodning som resten af filen (UTF-8). Gem filen som UTF-8 igen, eller ret den linje.</translation>
    </message>
    <message>
        <source>The file is neither a CSV text file nor an Excel workbook (.xlsx).</source>
        <translation>Filen er hverken en CSV-tekstfil eller en Excel-projektmappe (.xlsx).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <source>Row {row} could not be read: {detail}</source>
        <translation>Række {row} kunne ikke læses: {detail}</translation>
    </message>
    <message>
        <source>Row {row} has a quote (") that is not closed, so the rows after it would be read as one cell. Correct the quotes in that row and try again.</source>
        <translation>Række {row} har et anførselstegn ("), der ikke er lukket, så rækkerne efter den ville blive læst som én celle. Ret anførselstegnene i den række, og prøv igen.</translation>
    </message>
    <message>
        <source>The file has more than {limit} rows. Split it into smaller files.</source>
        <translation>Filen har mere end {limit} rækker. Del den op i mindre filer.</translation>
    </message>
    <message>
        <source>The workbook has more than {limit} cells. Split it into smaller files.</source>
        <translation>Projektmappen har mere end {limit} celler. Del den op i mindre filer.</translation>
    </message>
    <message>
        <source>The workbook unpacks to {size} MB; Jobbro reads workbooks of up to {limit} MB unpacked. Split it into smaller files.</source>
        <translation>Projektmappen fylder {size} MB udpakket; Jobbro læser projektmapper på op til {limit} MB udpakket. Del den op i mindre filer.</translation>
    </message>
    <message>
        <source>The company's CVR number is missing.</source>
        <translation>Virksomhedens CVR-nummer mangler.</translation>
    </message>
    <message>
        <source>There is no company with CVR number {value} in Jobbro. Import the companies first.</source>
        <translation>Der er ingen virksomhed med CVR-nummer {value} i Jobbro. Indlæs virksomhederne først.</translation>
    </message>
    <message>
        <source>Jobbro id {value} belongs to another company than the CVR number says.</source>
        <translation>Jobbro-id {value} hører til en anden virksomhed end den, CVR-nummeret angiver.</translation>
    </message>
    <message>
        <source>The file was not imported: it has {count} error(s).</source>
        <translation>Filen blev ikke indlæst: den har {count} fejl.</translation>
    </message>
    <message>
        <source>Someone changed the store after the file was checked. Check the file again before importing.</source>
        <translation>Nogen har ændret databasen, efter filen blev kontrolleret. Kontrollér filen igen, før du indlæser den.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a list</source>
        <translation>Importér en liste</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Virksomheder</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidater</translation>
    </message>
    <message>
        <source>Needs (job orders)</source>
        <translation>Behov (jobordrer)</translation>
    </message>
    <message>
        <source>Logged contacts</source>
        <translation>Registrerede kontakter</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>A CSV file (; , or tab) or an Excel workbook (.xlsx)</source>
        <translation>En CSV-fil (; , eller tabulator) eller en Excel-projektmappe (.xlsx)</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Vælg fil…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>The rows are:</source>
        <translation>Rækkerne er:</translation>
    </message>
    <message>
        <source>1. Columns: which column feeds which field</source>
        <translation>1. Kolonner: hvilken kolonne udfylder hvilket felt</translation>
    </message>
    <message>
        <source>Jobbro matched the column headings. Correct a row where it guessed wrong; fields marked * must have a column.</source>
        <translation>Jobbro har parret kolonneoverskrifterne. Ret en række, hvor gættet er forkert; felter mærket * skal have en kolonne.</translation>
    </message>
    <message>
        <source>Use a saved mapping…</source>
        <translation>Brug en gemt opsætning…</translation>
    </message>
    <message>
        <source>Save this mapping…</source>
        <translation>Gem denne opsætning…</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Kontrollér filen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Choose a list to import</source>
        <translation>Vælg en liste, der skal importeres</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Lister (*.csv *.txt *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Læser filen…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Kontrollerer hver række…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>Gem kolonneopsætningen</translation>
    </message>
    <message>
        <source>Column mapping (*.json)</source>
        <translation>Kolonneopsætning (*.json)</translation>
    </message>
    <message>
        <source>Use a saved column mapping</source>
        <translation>Brug en gemt kolonneopsætning</translation>
    </message>
    <message>
        <source>Column mapping (*.json);;All files (*)</source>
        <translation>Kolonneopsætning (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The mapping file cannot be used: %1</source>
        <translation>Opsætningsfilen kan ikke bruges: %1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Annulleret. Intet blev skrevet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulleret.</translation>
    </message>
    <message>
        <source>The mapping changed: check the file again.</source>
        <translation>Opsætningen er ændret: kontrollér filen igen.</translation>
    </message>
    <message>
        <source>Import: %1 new, %2 updated</source>
        <translation>Importér (nye: %1, opdateres: %2)</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Intet at importere</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>No files to import were found in {path}.</source>
        <translation>Der blev ikke fundet filer at importere i {path}.</translation>
    </message>
    <message>
        <source>The file {name} lacks the columns {columns}.</source>
        <translation>Filen {name} mangler kolonnerne {columns}.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} findes ikke.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {detail}</source>
        <translation>Filen {name} kan ikke læses: {detail}</translation>
    </message>
    <message>
        <source>The file {name} has no usable rows: nothing was imported.</source>
        <translation>Filen {name} har ingen brugbare rækker: intet blev importeret.</translation>
    </message>
    <message>
        <source>Row {row} of {name} has a cell longer than {limit} characters. The file is damaged, or a quote (") is not closed.</source>
        <translation>Række {row} i {name} har en celle på mere end {limit} tegn. Filen er beskadiget, eller et anførselstegn (") er ikke lukket.</translation>
    </message>
    <message>
        <source>Line {row} of {name} is not UTF-8 text. Save the file as UTF-8 and try again.</source>
        <translation>Linje {row} i {name} er ikke UTF-8-tekst. Gem filen som UTF-8, og prøv igen.</translation>
    </message>
    <message>
        <source>The file {name} has no postcode and town columns.</source>
        <translation>Filen {name} har ingen kolonner med postnummer og by.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Opdateres</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Uændret</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <source>Column {letter} "{column}": {text}</source>
        <translation>Kolonne {letter} "{column}": {text}</translation>
    </message>
    <message>
        <source>Row {row}: {text}</source>
        <translation>Række {row}: {text}</translation>
    </message>
    <message>
        <source>Row {row}: {action} – {record}</source>
        <translation>Række {row}: {action} – {record}</translation>
    </message>
    <message>
        <source>{create} new, {update} to update, {skip} unchanged, {error} with errors</source>
        <translation>nye: {create}, opdateres: {update}, uændrede: {skip}, med fejl: {error}</translation>
    </message>
</context>
<context>
    <name>IndustryEditor</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>DB07 code</source>
        <translation>DB07-kode</translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation>Gem post</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Jobbro is locked</source>
        <translation>Jobbro er låst</translation>
    </message>
    <message>
        <source>Type the store's passphrase to go on. Nothing you typed is lost.</source>
        <translation>Skriv databasens adgangskode for at fortsætte. Intet af det, du har skrevet, går tabt.</translation>
    </message>
    <message>
        <source>The store is not encrypted, so no passphrase is needed. Nothing you typed is lost.</source>
        <translation>Databasen er ikke krypteret, så der skal ingen adgangskode til. Intet af det, du har skrevet, går tabt.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås op</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Jobbro – %1</source>
        <translation>Jobbro – %1</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Virksomheder</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidater</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>My follow-ups</source>
        <translation>Mine opfølgninger</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>Working as %1</source>
        <translation>Arbejder som %1</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Registrér kontakt</translation>
    </message>
    <message>
        <source>Choose a company in Companies first.</source>
        <translation>Vælg først en virksomhed under Virksomheder.</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Åbn database</translation>
    </message>
    <message>
        <source>Jobbro store (*.sqlite *.db);;All files (*)</source>
        <translation>Jobbro-database (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Jobbro will use %1 from the next start.</source>
        <translation>Jobbro bruger %1, næste gang programmet startes.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>New record in the current view (Ctrl+N)</source>
        <translation>Ny post i den aktuelle visning (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Save the record (Ctrl+S)</source>
        <translation>Gem posten (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <source>Delete the record (Del)</source>
        <translation>Slet posten (Del)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <source>Search in the current view (Ctrl+F)</source>
        <translation>Søg i den aktuelle visning (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>Registrér &amp;kontakt…</translation>
    </message>
    <message>
        <source>Log a contact with the selected company (Ctrl+L)</source>
        <translation>Registrér en kontakt med den valgte virksomhed (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>&amp;Åbn database…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>&amp;Reference lists…</source>
        <translation>&amp;Referencelister…</translation>
    </message>
    <message>
        <source>Import &amp;ESCO…</source>
        <translation>Importér &amp;ESCO …</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importér…</translation>
    </message>
    <message>
        <source>Import companies, contact persons, candidates, needs or contacts from CSV or Excel (Ctrl+I)</source>
        <translation>Importér virksomheder, kontaktpersoner, kandidater, behov eller kontakter fra CSV eller Excel (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Export view…</source>
        <translation>&amp;Eksportér visning…</translation>
    </message>
    <message>
        <source>Export the rows of the current view, as filtered and sorted, to CSV or Excel (Ctrl+E)</source>
        <translation>Eksportér rækkerne i den aktuelle visning, filtreret og sorteret som vist, til CSV eller Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;About Jobbro</source>
        <translation>&amp;Om Jobbro</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;To be erased…</source>
        <translation>&amp;Til sletning…</translation>
    </message>
    <message>
        <source>People the retention rules select for erasure, to erase or keep</source>
        <translation>Personer som slettereglerne udvælger, til sletning eller til at beholde</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>Find &amp;candidates or jobs</source>
        <translation>Find &amp;kandidater eller job</translation>
    </message>
    <message>
        <source>Rank the candidates for the need, or the jobs for the candidate, shown</source>
        <translation>Ranger kandidaterne til det viste behov eller jobbene til den viste kandidat</translation>
    </message>
    <message>
        <source>&amp;Next step on the shortlist…</source>
        <translation>&amp;Næste trin på kandidatlisten…</translation>
    </message>
    <message>
        <source>Sent to the company, interview, hired, rejection or withdrawn</source>
        <translation>Sendt til virksomheden, samtale, ansat, afslag eller trukket tilbage</translation>
    </message>
    <message>
        <source>Show shortlist &amp;PDF…</source>
        <translation>Vis kandidatlisten som &amp;PDF…</translation>
    </message>
    <message>
        <source>Preview, save and print the shortlist</source>
        <translation>Se, gem og udskriv kandidatlisten</translation>
    </message>
    <message>
        <source>Mark follow-up &amp;done</source>
        <translation>&amp;Markér opfølgning som udført</translation>
    </message>
    <message>
        <source>Mark the selected follow-up as done</source>
        <translation>Markér den valgte opfølgning som udført</translation>
    </message>
    <message>
        <source>&amp;Postpone follow-up…</source>
        <translation>&amp;Udskyd opfølgning…</translation>
    </message>
    <message>
        <source>Move the selected follow-up to another day</source>
        <translation>Flyt den valgte opfølgning til en anden dag</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>&amp;Arbejde</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hovedværktøjslinje</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>— not imported —</source>
        <translation>— indlæses ikke —</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolonne i filen</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Eksempel</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Indlæses som</translation>
    </message>
</context>
<context>
    <name>MatchView</name>
    <message>
        <source>of 100 points</source>
        <translation>af 100 point</translation>
    </message>
    <message>
        <source>Excluded by a hard requirement:</source>
        <translation>Udelukket af et ufravigeligt krav:</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Matching skills</source>
        <translation>Matchende kompetencer</translation>
    </message>
    <message>
        <source>Missing skills</source>
        <translation>Manglende kompetencer</translation>
    </message>
    <message>
        <source>Candidates for a need</source>
        <translation>Kandidater til et behov</translation>
    </message>
    <message>
        <source>Jobs for a candidate</source>
        <translation>Job til en kandidat</translation>
    </message>
    <message>
        <source>Max distance</source>
        <translation>Maks. afstand</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen grænse</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Alle målgrupper</translation>
    </message>
    <message>
        <source>Only with consent</source>
        <translation>Kun med samtykke</translation>
    </message>
    <message>
        <source>Only candidates whose recorded consent lets the company see their name</source>
        <translation>Kun kandidater, hvis registrerede samtykke lader virksomheden se navnet</translation>
    </message>
    <message>
        <source>Show excluded</source>
        <translation>Vis udelukkede</translation>
    </message>
    <message>
        <source>Also list those a hard requirement rules out, with the reason</source>
        <translation>Vis også dem, et ufravigeligt krav udelukker, med begrundelsen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Building the match index…</source>
        <translation>Bygger matchindekset …</translation>
    </message>
    <message>
        <source>On the shortlist</source>
        <translation>På kandidatlisten</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Forklaring</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>Kandidatliste</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Afstand</translation>
    </message>
    <message>
        <source>Type a job title, company or need number</source>
        <translation>Skriv en stillingsbetegnelse, virksomhed eller et behovsnummer</translation>
    </message>
    <message>
        <source>Type a candidate's name or number</source>
        <translation>Skriv en kandidats navn eller nummer</translation>
    </message>
    <message>
        <source>Open candidate</source>
        <translation>Åbn kandidat</translation>
    </message>
    <message>
        <source>Open need</source>
        <translation>Åbn behov</translation>
    </message>
    <message>
        <source>Add to shortlist</source>
        <translation>Føj til kandidatliste</translation>
    </message>
    <message>
        <source>Put forward for this job</source>
        <translation>Foreslå til dette job</translation>
    </message>
    <message>
        <source>Put the selected candidates on the need's shortlist (Ctrl+K)</source>
        <translation>Sæt de valgte kandidater på behovets kandidatliste (Ctrl+K)</translation>
    </message>
    <message>
        <source>Put the candidate on the selected job's shortlist (Ctrl+K)</source>
        <translation>Sæt kandidaten på det valgte jobs kandidatliste (Ctrl+K)</translation>
    </message>
    <message>
        <source>Choose a need above, or use "Find candidates" on a need.</source>
        <translation>Vælg et behov ovenfor, eller brug "Find kandidater" på et behov.</translation>
    </message>
    <message>
        <source>Choose a candidate above, or use "Find jobs" on a candidate.</source>
        <translation>Vælg en kandidat ovenfor, eller brug "Find job" på en kandidat.</translation>
    </message>
    <message>
        <source>The ranking appears as soon as the match index is built.</source>
        <translation>Rangeringen vises, så snart matchindekset er bygget.</translation>
    </message>
    <message>
        <source>That record no longer exists.</source>
        <translation>Posten findes ikke længere.</translation>
    </message>
    <message>
        <source>%1 considered</source>
        <translation>%1 vurderet</translation>
    </message>
    <message>
        <source>%1 excluded by a hard requirement</source>
        <translation>%1 udelukket af et ufravigeligt krav</translation>
    </message>
    <message>
        <source>%1 left out by the filters</source>
        <translation>%1 sorteret fra af filtrene</translation>
    </message>
    <message>
        <source>ranked in %1 ms</source>
        <translation>rangeret på %1 ms</translation>
    </message>
    <message>
        <source>The match index could not be built: %1</source>
        <translation>Matchindekset kunne ikke bygges: %1</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>min.</source>
        <translation>min.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
</context>
<context>
    <name>NeedsView</name>
    <message>
        <source>Company: %1</source>
        <translation>Virksomhed: %1</translation>
    </message>
    <message>
        <source>Only the needs of %1; click to show every company's</source>
        <translation>Kun behov fra %1; klik for at vise alle virksomheders</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Erhverv</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Antal stillinger</translation>
    </message>
    <message>
        <source>Employment form</source>
        <translation>Ansættelsesform</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Arbejdssted</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Application deadline</source>
        <translation>Ansøgningsfrist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <source>Open and shortlisted</source>
        <translation>Åbne og kandidater sendt</translation>
    </message>
    <message>
        <source>Responsible consultant</source>
        <translation>Ansvarlig konsulent</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>The need</source>
        <translation>Behovet</translation>
    </message>
    <message>
        <source>Choose a company</source>
        <translation>Vælg en virksomhed</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Jobtitel</translation>
    </message>
    <message>
        <source>as the company calls it</source>
        <translation>som virksomheden kalder den</translation>
    </message>
    <message>
        <source>type to search</source>
        <translation>skriv for at søge</translation>
    </message>
    <message>
        <source>Suggest skills</source>
        <translation>Foreslå kompetencer</translation>
    </message>
    <message>
        <source>Add the occupation's essential and optional skills to the lists below</source>
        <translation>Tilføj erhvervets nødvendige og valgfrie kompetencer til listerne nedenfor</translation>
    </message>
    <message>
        <source>Open to measures</source>
        <translation>Mulige ordninger</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Skills only give points. A candidate is left out who lacks a required certificate or licence, cannot meet a physical demand, or whose hours or measures do not fit.</source>
        <translation>Kompetencer giver kun point. En kandidat udelukkes, hvis vedkommende mangler et krævet certifikat eller kørekort, ikke kan klare et fysisk krav, eller hvis timer eller ordninger ikke passer.</translation>
    </message>
    <message>
        <source>Essential skills</source>
        <translation>Vigtige kompetencer</translation>
    </message>
    <message>
        <source>add a skill</source>
        <translation>tilføj en kompetence</translation>
    </message>
    <message>
        <source>Desired skills</source>
        <translation>Ønskede kompetencer</translation>
    </message>
    <message>
        <source>Required certificates and licences (exclude)</source>
        <translation>Krævede certifikater og kørekort (udelukker)</translation>
    </message>
    <message>
        <source>Physical demands (exclude)</source>
        <translation>Fysiske krav (udelukker)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>e.g. truck certificate B, driving licence C</source>
        <translation>f.eks. truckcertifikat B, kørekort C</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>Time and place</source>
        <translation>Tid og sted</translation>
    </message>
    <message>
        <source>Hours per week, minimum</source>
        <translation>Timer pr. uge, mindst</translation>
    </message>
    <message>
        <source>Hours per week, maximum</source>
        <translation>Timer pr. uge, højst</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Vagter</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>Workplace postcode</source>
        <translation>Arbejdsstedets postnummer</translation>
    </message>
    <message>
        <source>if not the company's</source>
        <translation>hvis det ikke er virksomhedens</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Candidate list</source>
        <translation>Kandidatliste</translation>
    </message>
    <message>
        <source>Find candidates</source>
        <translation>Find kandidater</translation>
    </message>
    <message>
        <source>Rank the candidates who fit this need</source>
        <translation>Find og ranger de kandidater, der passer til behovet</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>Passphrase</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Samme adgangskode igen</translation>
    </message>
    <message>
        <source>At least %1 characters; a few words are easy to remember and hard to guess. A forgotten passphrase cannot be recovered by anyone, and the backups use the same passphrase, so keep it safe.</source>
        <translation>Mindst %1 tegn; nogle få ord er lette at huske og svære at gætte. En glemt adgangskode kan ikke genskabes af nogen, og sikkerhedskopierne bruger samme adgangskode, så gem den et sikkert sted.</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Igen</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation>Nuværende adgangskode</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note on %1</source>
        <translation>Note om %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>e.g. can start at short notice; prefers day shifts</source>
        <translation>fx kan starte med kort varsel; foretrækker dagvagter</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Click for the records.</source>
        <translation>Klik for at se posterne.</translation>
    </message>
    <message>
        <source>Samarbejdsgrad</source>
        <translation>Samarbejdsgrad</translation>
    </message>
    <message>
        <source>Share of the registered companies with a hire through a shortlist or a person in a measure during the period.</source>
        <translation>Andel af de registrerede virksomheder med en ansættelse via en kandidatliste eller en person i en ordning i perioden.</translation>
    </message>
    <message>
        <source>Samarbejdsgrad, measures only</source>
        <translation>Samarbejdsgrad, kun ordninger</translation>
    </message>
    <message>
        <source>As samarbejdsgrad, but ordinary hires do not count: only measures (praktik, løntilskud, fleksjob, IGU, mentor …).</source>
        <translation>Som samarbejdsgrad, men ordinære ansættelser tæller ikke: kun ordninger (praktik, løntilskud, fleksjob, IGU, mentor …).</translation>
    </message>
    <message>
        <source>Of the municipality's companies</source>
        <translation>Af kommunens virksomheder</translation>
    </message>
    <message>
        <source>Cooperating companies as a share of the municipality's companies with employees (the number you enter; jobindsats counts them).</source>
        <translation>Virksomheder med samarbejde som andel af kommunens virksomheder med ansatte (det tal, du indtaster; jobindsats tæller dem).</translation>
    </message>
    <message>
        <source>Registered companies</source>
        <translation>Registrerede virksomheder</translation>
    </message>
    <message>
        <source>Companies in Jobbro (within the filters) created by the end of the period.</source>
        <translation>Virksomheder i Jobbro (inden for filtrene) oprettet senest ved periodens slut.</translation>
    </message>
    <message>
        <source>Companies contacted</source>
        <translation>Kontaktede virksomheder</translation>
    </message>
    <message>
        <source>Companies with at least one logged contact in the period.</source>
        <translation>Virksomheder med mindst én registreret kontakt i perioden.</translation>
    </message>
    <message>
        <source>Open need, no contact &gt; 30 days</source>
        <translation>Åbent behov, ingen kontakt &gt; 30 dage</translation>
    </message>
    <message>
        <source>Companies with an open need and no logged contact in the 30 days before the period's end: a list to act on.</source>
        <translation>Virksomheder med et åbent behov og ingen registreret kontakt i de 30 dage før periodens slut: en liste at handle på.</translation>
    </message>
    <message>
        <source>Needs created</source>
        <translation>Oprettede behov</translation>
    </message>
    <message>
        <source>Needs created in the period; the line above gives their positions.</source>
        <translation>Behov oprettet i perioden; antal stillinger står ovenfor.</translation>
    </message>
    <message>
        <source>Candidates sent</source>
        <translation>Kandidater sendt</translation>
    </message>
    <message>
        <source>Share of the needs created in the period with at least one candidate sent to the company.</source>
        <translation>Andel af behovene oprettet i perioden, hvor mindst én kandidat er sendt til virksomheden.</translation>
    </message>
    <message>
        <source>Needs filled</source>
        <translation>Besatte behov</translation>
    </message>
    <message>
        <source>Share filled (hires reach the positions) of the needs created in the period and at least 3 months before its end, as the national measure counts.</source>
        <translation>Andel besat (ansættelser når antal stillinger) af behovene oprettet i perioden og mindst 3 måneder før dens slut, som det nationale mål tæller.</translation>
    </message>
    <message>
        <source>Days to first candidate</source>
        <translation>Dage til første kandidat</translation>
    </message>
    <message>
        <source>Median days from a need's creation to the first candidate sent.</source>
        <translation>Median antal dage fra behovet blev oprettet, til første kandidat blev sendt.</translation>
    </message>
    <message>
        <source>Days to filled</source>
        <translation>Dage til besat</translation>
    </message>
    <message>
        <source>Median days from a need's creation to the hire that filled it.</source>
        <translation>Median antal dage fra behovet blev oprettet, til ansættelsen der besatte det.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Logged contacts (visits, calls, e-mails, meetings) in the period.</source>
        <translation>Registrerede kontakter (besøg, opkald, e-mails, møder) i perioden.</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Opfølgninger udført</translation>
    </message>
    <message>
        <source>Contacts' follow-ups due in the period and marked done.</source>
        <translation>Kontakters opfølgninger med frist i perioden, der er markeret som udført.</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Opfølgninger overskredet</translation>
    </message>
    <message>
        <source>Contacts' follow-ups due in the period, before its end, and not done.</source>
        <translation>Kontakters opfølgninger med frist i perioden før dens slut, som ikke er udført.</translation>
    </message>
    <message>
        <source>Hires</source>
        <translation>Ansættelser</translation>
    </message>
    <message>
        <source>Candidates hired through a shortlist in the period (the list shows their needs).</source>
        <translation>Kandidater ansat via en kandidatliste i perioden (listen viser deres behov).</translation>
    </message>
    <message>
        <source>Hires under 30</source>
        <translation>Ansættelser under 30 år</translation>
    </message>
    <message>
        <source>Hires of people under 30 in the year of the hire.</source>
        <translation>Ansættelser af personer under 30 år i ansættelsesåret.</translation>
    </message>
    <message>
        <source>Hires, unemployed &gt; 12 months</source>
        <translation>Ansættelser, ledig &gt; 12 måneder</translation>
    </message>
    <message>
        <source>Hires of people unemployed for more than 12 months at the hire.</source>
        <translation>Ansættelser af personer, der var ledige i mere end 12 måneder ved ansættelsen.</translation>
    </message>
    <message>
        <source>Placements started</source>
        <translation>Påbegyndte forløb</translation>
    </message>
    <message>
        <source>People who started in a measure at a company in the period.</source>
        <translation>Personer, der er startet i en ordning hos en virksomhed i perioden.</translation>
    </message>
</context>
<context>
    <name>OverviewCharts</name>
    <message>
        <source>Contacts per month by kind</source>
        <translation>Kontakter pr. måned efter type</translation>
    </message>
    <message>
        <source>Needs created and filled</source>
        <translation>Behov oprettet og besat</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Besat</translation>
    </message>
    <message>
        <source>Samarbejdsgrad per month (%)</source>
        <translation>Samarbejdsgrad pr. måned (%)</translation>
    </message>
    <message>
        <source>Samarbejdsgrad</source>
        <translation>Samarbejdsgrad</translation>
    </message>
    <message>
        <source>Hires by target group</source>
        <translation>Ansættelser efter målgruppe</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Hires</source>
        <translation>Ansættelser</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>not entered</source>
        <translation>ikke angivet</translation>
    </message>
    <message>
        <source>The municipality's number of companies with employees (jobindsats)</source>
        <translation>Kommunens antal virksomheder med ansatte (jobindsats)</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Gem rapport…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Companies in municipality</source>
        <translation>Virksomheder i kommunen</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>Alle konsulenter</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle kommuner</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>Alle brancher</translation>
    </message>
    <message>
        <source>The period's first day is after its last.</source>
        <translation>Periodens første dag ligger efter dens sidste.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Tæller…</translation>
    </message>
    <message>
        <source>Period %1 – %2 · %3 positions in the needs created</source>
        <translation>Periode %1 – %2 · %3 stillinger i de oprettede behov</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Gem rapport</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>PDF-rapport (*.pdf);;Excel-projektmappe (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>Rapporten er gemt i %1</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Weak: use more words or characters</source>
        <translation>Svag: brug flere ord eller tegn</translation>
    </message>
    <message>
        <source>Fair: a few more characters make it strong</source>
        <translation>Rimelig: nogle flere tegn gør den stærk</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stærk</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Adgangskoden er tom.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {n} characters.</source>
        <translation>Adgangskoden skal have mindst {n} tegn.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De to adgangskoder er ikke ens.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>e.g. HR manager</source>
        <translation>f.eks. HR-chef</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
</context>
<context>
    <name>PersonDoc</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Fødselsår</translation>
    </message>
    <message>
        <source>Case system id</source>
        <translation>ID i fagsystemet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Unemployed since</source>
        <translation>Ledig siden</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Uddannelse</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>Hours available per week</source>
        <translation>Timer til rådighed pr. uge</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Til rådighed fra</translation>
    </message>
    <message>
        <source>Own car</source>
        <translation>Egen bil</translation>
    </message>
    <message>
        <source>Max. daily commute (minutes)</source>
        <translation>Maks. daglig transporttid (minutter)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Samtykke givet</translation>
    </message>
    <message>
        <source>Consent scope</source>
        <translation>Samtykkets omfang</translation>
    </message>
    <message>
        <source>Consent recorded by</source>
        <translation>Samtykke registreret af</translation>
    </message>
    <message>
        <source>Consent valid until</source>
        <translation>Samtykke gyldigt til</translation>
    </message>
    <message>
        <source>Desired occupations</source>
        <translation>Jobønsker</translation>
    </message>
    <message>
        <source>Skills, certificates and licences</source>
        <translation>Kompetencer, certifikater og kørekort</translation>
    </message>
    <message>
        <source>Health restrictions</source>
        <translation>Helbredsmæssige hensyn</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Sidst ændret</translation>
    </message>
    <message>
        <source>Kept at a retention review</source>
        <translation>Beholdt ved gennemgang til sletning</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Slettet permanent</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Udtrukket</translation>
    </message>
    <message>
        <source>Put in a shortlist PDF</source>
        <translation>Med i en kandidatliste (PDF)</translation>
    </message>
    <message>
        <source>Everything the job centre holds about you</source>
        <translation>Alt hvad jobcentret har registreret om dig</translation>
    </message>
    <message>
        <source>Extracted {date} by {who}</source>
        <translation>Udtrukket {date} af {who}</translation>
    </message>
    <message>
        <source>This is a copy of all data Jobbro, the business consultants' system, holds about you: your profile, your consent, the job openings you were put forward for, follow-ups, and who has changed or looked at your record and when. You have the right to have wrong data corrected and, where the law allows, erased. Ask the job centre.</source>
        <translation>Dette er en kopi af alle de oplysninger, som Jobbro – virksomhedskonsulenternes system – har om dig: din profil, dit samtykke, de job du er blevet foreslået til, opfølgninger, og hvem der har ændret eller set dine oplysninger og hvornår. Du har ret til at få forkerte oplysninger rettet og, hvor loven tillader det, slettet. Kontakt jobcentret.</translation>
    </message>
    <message>
        <source>Personal data – keep it safe. Made with Jobbro.</source>
        <translation>Personoplysninger – opbevar dem sikkert. Lavet med Jobbro.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Side {page} af {pages}</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Din profil</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>No consent recorded: companies only see you anonymously.</source>
        <translation>Intet samtykke registreret: virksomheder ser dig kun anonymt.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gyldigt</translation>
    </message>
    <message>
        <source>Expired: companies only see you anonymously</source>
        <translation>Udløbet: virksomheder ser dig kun anonymt</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Consent to share your profile with companies</source>
        <translation>Samtykke til at dele din profil med virksomheder</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felter</translation>
    </message>
    <message>
        <source>History of the consent: when and by whom it was recorded or changed.</source>
        <translation>Samtykkets historik: hvornår og af hvem det blev registreret eller ændret.</translation>
    </message>
    <message>
        <source>Job openings you were put forward for</source>
        <translation>Job du er blevet foreslået til</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tilføjet</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>You have not been put forward for any job opening.</source>
        <translation>Du er ikke blevet foreslået til noget job.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Opfølgninger</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>No follow-ups.</source>
        <translation>Ingen opfølgninger.</translation>
    </message>
    <message>
        <source>Who changed your record</source>
        <translation>Hvem har ændret dine oplysninger</translation>
    </message>
    <message>
        <source>Which fields were changed, not their values.</source>
        <translation>Hvilke felter der blev ændret, ikke deres værdier.</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Ingen ændringer registreret.</translation>
    </message>
    <message>
        <source>Who looked at your record</source>
        <translation>Hvem har set dine oplysninger</translation>
    </message>
    <message>
        <source>Nobody has opened your record yet.</source>
        <translation>Ingen har åbnet dine oplysninger endnu.</translation>
    </message>
</context>
<context>
    <name>PersonHistory</name>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felter</translation>
    </message>
    <message>
        <source>Changes (which fields, not their values) and who opened, exported or printed the record.</source>
        <translation>Ændringer (hvilke felter, ikke deres værdier) og hvem der har åbnet, udtrukket eller udskrevet posten.</translation>
    </message>
</context>
<context>
    <name>PersonPrivacy</name>
    <message>
        <source>Erase permanently</source>
        <translation>Slet permanent</translation>
    </message>
    <message>
        <source>Erase %1 permanently?</source>
        <translation>Slet %1 permanent?</translation>
    </message>
    <message>
        <source>Removed: the profile, skills, occupations, consent and notes; the notes on %1 shortlist entries; %2 follow-ups; %3 history entries; the search index entry. Each shortlist keeps an anonymous “erased candidate” row so the company's counts stay true.</source>
        <translation>Fjernes: profilen, kompetencer, jobønsker, samtykke og noter; noterne på %1 kandidatlisteplaceringer; %2 opfølgninger; %3 historikposter; posten i søgeindekset. Hver kandidatliste beholder en anonym række “slettet kandidat”, så virksomhedens tal stadig passer.</translation>
    </message>
    <message>
        <source>%1 of the entries were already sent to a company: the company's copy is not changed by this; tell the company if the law asks for it.</source>
        <translation>%1 af placeringerne er allerede sendt til en virksomhed: virksomhedens kopi ændres ikke af dette; giv virksomheden besked, hvis loven kræver det.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Erase person permanently</source>
        <translation>Slet person permanent</translation>
    </message>
    <message>
        <source>The person was erased.</source>
        <translation>Personen er slettet.</translation>
    </message>
    <message>
        <source>The last traces leave the file in a moment, at the latest when Jobbro closes.</source>
        <translation>De sidste spor forsvinder fra filen om et øjeblik, senest når Jobbro lukkes.</translation>
    </message>
    <message>
        <source>Erase %1 of %2 permanently?</source>
        <translation>Slet %1 fra %2 permanent?</translation>
    </message>
    <message>
        <source>Removed: name, role, phone, e-mail, notes and the history entries. %1 logged contacts keep their entry without the contact person. This cannot be undone.</source>
        <translation>Fjernes: navn, rolle, telefon, e-mail, noter og historikposterne. %1 registrerede kontakter beholder deres post uden kontaktpersonen. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Export everything about the person</source>
        <translation>Udtræk alt om personen</translation>
    </message>
    <message>
        <source>PDF for the person (*.pdf);;JSON for another system (*.json)</source>
        <translation>PDF til personen (*.pdf);;JSON til et andet system (*.json)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Skrev %1</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Placement</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>Nyt forløb</translation>
    </message>
    <message>
        <source>Who and where</source>
        <translation>Hvem og hvor</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Choose a candidate</source>
        <translation>Vælg en kandidat</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Choose a company</source>
        <translation>Vælg en virksomhed</translation>
    </message>
    <message>
        <source>The candidates put forward to this company or placed there. To place someone else, start from the candidate's Placements tab.</source>
        <translation>De kandidater, der er sendt til virksomheden eller har forløb der. Start fra kandidatens fane Forløb for at placere en anden.</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Arbejdssted</translation>
    </message>
    <message>
        <source>Choose a workplace</source>
        <translation>Vælg et arbejdssted</translation>
    </message>
    <message>
        <source>From the need</source>
        <translation>Fra behovet</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(intet)</translation>
    </message>
    <message>
        <source>Measure and period</source>
        <translation>Ordning og periode</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <source>Choose a measure</source>
        <translation>Vælg en ordning</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Timer pr. uge</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>name of the mentor at the workplace</source>
        <translation>navn på mentoren på arbejdsstedet</translation>
    </message>
    <message>
        <source>Mentor hours per week</source>
        <translation>Mentortimer pr. uge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Extra employment confirmed</source>
        <translation>Merbeskæftigelse bekræftet</translation>
    </message>
    <message>
        <source>Reason for interruption</source>
        <translation>Årsag til afbrydelse</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>Dispensation</translation>
    </message>
    <message>
        <source>An exemption from the rules is recorded</source>
        <translation>Der er givet dispensation fra reglerne</translation>
    </message>
    <message>
        <source>Exemption note</source>
        <translation>Note om dispensation</translation>
    </message>
    <message>
        <source>why, and who granted it</source>
        <translation>hvorfor, og hvem gav den</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Choose the company and the measure to see the rules.</source>
        <translation>Vælg virksomhed og ordning for at se reglerne.</translation>
    </message>
    <message>
        <source>The exemption lets the placement go beyond these rules.</source>
        <translation>Dispensationen tillader forløbet ud over disse regler.</translation>
    </message>
    <message>
        <source>A rule stands in the way: the placement cannot be saved without an exemption.</source>
        <translation>En regel står i vejen: forløbet kan ikke gemmes uden en dispensation.</translation>
    </message>
    <message>
        <source>No rule stands in the way.</source>
        <translation>Ingen regler står i vejen.</translation>
    </message>
</context>
<context>
    <name>Placements</name>
    <message>
        <source>Hired as</source>
        <translation>Ansat som</translation>
    </message>
    <message>
        <source>Placement start</source>
        <translation>Forløbets start</translation>
    </message>
    <message>
        <source>Placement end</source>
        <translation>Forløbets slut</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Arbejdssted</translation>
    </message>
    <message>
        <source>Choose a workplace</source>
        <translation>Vælg et arbejdssted</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Afbrudt</translation>
    </message>
    <message>
        <source>Ordinary job</source>
        <translation>Ordinært job</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Uddannelse</translation>
    </message>
    <message>
        <source>Still unemployed</source>
        <translation>Fortsat ledig</translation>
    </message>
    <message>
        <source>Another measure</source>
        <translation>Anden ordning</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>%1 of %2 places used</source>
        <translation>%1 af %2 pladser brugt</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>For the measure rules</source>
        <translation>Til reglerne for ordninger</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Single parent</source>
        <translation>Enlig forsørger</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>Visited to fleksjob on</source>
        <translation>Visiteret til fleksjob den</translation>
    </message>
    <message>
        <source>Arrived in Denmark</source>
        <translation>Indrejst i Danmark</translation>
    </message>
</context>
<context>
    <name>PlacementsTab</name>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Arbejdssted</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>New placement…</source>
        <translation>Nyt forløb…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <source>Remove placement</source>
        <translation>Slet forløb</translation>
    </message>
    <message>
        <source>Remove the placement %1 from %2?</source>
        <translation>Slet forløbet %1 fra %2?</translation>
    </message>
</context>
<context>
    <name>Points</name>
    <message>
        <source>points</source>
        <translation>point</translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <source>Postpone follow-up</source>
        <translation>Udskyd opfølgning</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>Ny dato</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>I morgen</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>Om en uge</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Hvad sker der</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Why / problems</source>
        <translation>Hvorfor / problemer</translation>
    </message>
    <message>
        <source>Jobbro already holds the same</source>
        <translation>Jobbro har allerede det samme</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Ændrer: %1</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>2. Preview: what each row will do (nothing is written yet)</source>
        <translation>2. Forhåndsvisning: hvad hver række vil gøre (intet er skrevet endnu)</translation>
    </message>
    <message>
        <source>Choose a file to see what it would do.</source>
        <translation>Vælg en fil for at se, hvad den vil gøre.</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle rækker</translation>
    </message>
    <message>
        <source>Rows with errors or notes</source>
        <translation>Rækker med fejl eller bemærkninger</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Kun fejl</translation>
    </message>
    <message>
        <source>New only</source>
        <translation>Kun nye</translation>
    </message>
    <message>
        <source>Updates only</source>
        <translation>Kun opdateringer</translation>
    </message>
    <message>
        <source>Unchanged only</source>
        <translation>Kun uændrede</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <source>Check the file to see what it would do.</source>
        <translation>Kontrollér filen for at se, hvad den vil gøre.</translation>
    </message>
    <message>
        <source>The file can be imported: %1.</source>
        <translation>Filen kan importeres: %1.</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is: %1. Correct the file or the mapping and check again; nothing is written.</source>
        <translation>Filen kan ikke importeres, som den er: %1. Ret filen eller opsætningen, og kontrollér igen; intet bliver skrevet.</translation>
    </message>
    <message>
        <source>2. Result: what each row did (written to Jobbro)</source>
        <translation>2. Resultat: hvad hver række gjorde (skrevet i Jobbro)</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importeret: %1.</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Occupation</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Essential skills</source>
        <translation>Vigtige kompetencer</translation>
    </message>
    <message>
        <source>Desired skills</source>
        <translation>Ønskede kompetencer</translation>
    </message>
    <message>
        <source>Skill profile</source>
        <translation>Kompetenceprofil</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>Commute</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Ordninger</translation>
    </message>
    <message>
        <source>Health restrictions</source>
        <translation>Skånehensyn</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritering</translation>
    </message>
    <message>
        <source>Wants to work as {titles}</source>
        <translation>Ønsker job som {titles}</translation>
    </message>
    <message>
        <source>No desired occupation recorded; the skills resemble {title}</source>
        <translation>Intet jobønske registreret; kompetencerne ligner {title}</translation>
    </message>
    <message>
        <source>No desired occupation recorded</source>
        <translation>Intet jobønske registreret</translation>
    </message>
    <message>
        <source>The job has no occupation to compare with</source>
        <translation>Stillingen har ingen stillingsbetegnelse at sammenligne med</translation>
    </message>
    <message>
        <source>Same occupation as the job</source>
        <translation>Samme fag som stillingen</translation>
    </message>
    <message>
        <source>Closely related to the job (ISCO {code})</source>
        <translation>Nært beslægtet med stillingen (ISCO {code})</translation>
    </message>
    <message>
        <source>Related to the job (ISCO {code})</source>
        <translation>Beslægtet med stillingen (ISCO {code})</translation>
    </message>
    <message>
        <source>Distantly related to the job (ISCO {code})</source>
        <translation>Fjernt beslægtet med stillingen (ISCO {code})</translation>
    </message>
    <message>
        <source>Not related to the job's occupation</source>
        <translation>Ikke beslægtet med stillingens fag</translation>
    </message>
    <message>
        <source>Wants the occupational group {groups}</source>
        <translation>Ønsker faggruppen {groups}</translation>
    </message>
    <message>
        <source>The job lies in the wished occupational group {group}</source>
        <translation>Stillingen hører til den ønskede faggruppe {group}</translation>
    </message>
    <message>
        <source>In the job's occupational group {group}</source>
        <translation>Inden for stillingens faggruppe {group}</translation>
    </message>
    <message>
        <source>Covers {n} of {total} essential skills</source>
        <translation>Dækker {n} af {total} vigtige kompetencer</translation>
    </message>
    <message>
        <source>Covers {n} of {total} desired skills</source>
        <translation>Dækker {n} af {total} ønskede kompetencer</translation>
    </message>
    <message>
        <source>Missing: {skills}</source>
        <translation>Mangler: {skills}</translation>
    </message>
    <message>
        <source>Required certificates and licences (exclude): missing {skills}</source>
        <translation>Krævede certifikater og kørekort (udelukker): mangler {skills}</translation>
    </message>
    <message>
        <source>Skills taken from the occupation's profile</source>
        <translation>Kompetencerne er hentet fra stillingsbetegnelsens profil</translation>
    </message>
    <message>
        <source>{n} of the candidate's {total} skills are used in the job</source>
        <translation>{n} af kandidatens {total} kompetencer bruges i stillingen</translation>
    </message>
    <message>
        <source>No skills recorded for the candidate</source>
        <translation>Ingen kompetencer registreret for kandidaten</translation>
    </message>
    <message>
        <source>Can work {hours} h/week, the job requires {low}–{high}</source>
        <translation>Kan arbejde {hours} t/uge, stillingen kræver {low}–{high}</translation>
    </message>
    <message>
        <source>Can work {hours} h/week, the job requires {low}</source>
        <translation>Kan arbejde {hours} t/uge, stillingen kræver {low}</translation>
    </message>
    <message>
        <source>Can work {hours} h/week, the job requires at least {low}</source>
        <translation>Kan arbejde {hours} t/uge, stillingen kræver mindst {low}</translation>
    </message>
    <message>
        <source>Can work {hours} h/week, the job offers up to {high}</source>
        <translation>Kan arbejde {hours} t/uge, stillingen tilbyder op til {high}</translation>
    </message>
    <message>
        <source>Hours a week unknown</source>
        <translation>Ugentligt timetal ukendt</translation>
    </message>
    <message>
        <source>Available from {date}, the job starts {start}</source>
        <translation>Kan starte {date}, stillingen starter {start}</translation>
    </message>
    <message>
        <source>Available by the start date</source>
        <translation>Kan starte til tiden</translation>
    </message>
    <message>
        <source>Danish level {level}, the job requires {required}</source>
        <translation>Dansk på niveau {level}, stillingen kræver {required}</translation>
    </message>
    <message>
        <source>Danish level unknown, the job requires {required}</source>
        <translation>Danskniveau ukendt, stillingen kræver {required}</translation>
    </message>
    <message>
        <source>{km} km, about {minutes} min by car</source>
        <translation>{km} km, ca. {minutes} min i bil</translation>
    </message>
    <message>
        <source>{km} km, about {minutes} min by public transport</source>
        <translation>{km} km, ca. {minutes} min med offentlig transport</translation>
    </message>
    <message>
        <source>Distance unknown</source>
        <translation>Afstand ukendt</translation>
    </message>
    <message>
        <source>Within the candidate's own limit of {limit} min a day</source>
        <translation>Inden for kandidatens egen grænse på {limit} min om dagen</translation>
    </message>
    <message>
        <source>Beyond the candidate's own limit of {limit} min a day</source>
        <translation>Over kandidatens egen grænse på {limit} min om dagen</translation>
    </message>
    <message>
        <source>Within the {hours}-hour rule (about {daily} min a day by public transport)</source>
        <translation>Inden for {hours}-timersreglen (ca. {daily} min om dagen med offentlig transport)</translation>
    </message>
    <message>
        <source>Beyond the {hours}-hour rule (about {daily} min a day by public transport)</source>
        <translation>Over {hours}-timersreglen (ca. {daily} min om dagen med offentlig transport)</translation>
    </message>
    <message>
        <source>Can be hired with: {measures}</source>
        <translation>Kan ansættes med: {measures}</translation>
    </message>
    <message>
        <source>The target group cannot use the job's measures: {measures}</source>
        <translation>Målgruppen kan ikke bruge stillingens ordninger: {measures}</translation>
    </message>
    <message>
        <source>Target group unknown</source>
        <translation>Målgruppe ukendt</translation>
    </message>
    <message>
        <source>Can be hired with {measure} from {date}</source>
        <translation>Kan ansættes med {measure} fra {date}</translation>
    </message>
    <message>
        <source>The company has no more placements ({used} of {capacity})</source>
        <translation>Virksomheden har ikke flere praktikpladser ({used} af {capacity})</translation>
    </message>
    <message>
        <source>{measure} cannot be used on {date}: the measure is not in force then</source>
        <translation>{measure} kan ikke bruges den {date}: ordningen gælder ikke da</translation>
    </message>
    <message>
        <source>{measure} only for people visited to fleksjob</source>
        <translation>{measure} kun for personer visiteret til fleksjob</translation>
    </message>
    <message>
        <source>{measure}: no version of the scheme is in force on {date}</source>
        <translation>{measure}: ingen udgave af ordningen gælder den {date}</translation>
    </message>
    <message>
        <source>{measure} needs an age from {low} to under {high} at the start (is {age})</source>
        <translation>{measure} kræver en alder fra {low} til under {high} ved start (er {age})</translation>
    </message>
    <message>
        <source>{measure} needs under {years} years of residence in Denmark (arrived {date})</source>
        <translation>{measure} kræver under {years} års ophold i Danmark (indrejst {date})</translation>
    </message>
    <message>
        <source>{measure}: the date of unemployment is missing</source>
        <translation>{measure}: ledighedsdatoen mangler</translation>
    </message>
    <message>
        <source>{measure}: the date of birth is missing</source>
        <translation>{measure}: fødselsdatoen mangler</translation>
    </message>
    <message>
        <source>{measure}: the date of arrival in Denmark is missing</source>
        <translation>{measure}: indrejsedatoen mangler</translation>
    </message>
    <message>
        <source>The target group {group} cannot use {measure}</source>
        <translation>Målgruppen {group} kan ikke bruge {measure}</translation>
    </message>
    <message>
        <source>Can be hired with {measure} from day one: aged {age} or more</source>
        <translation>Kan ansættes med {measure} fra første dag: fyldt {age} år</translation>
    </message>
    <message>
        <source>Can be hired with {measure} from day one: single parent</source>
        <translation>Kan ansættes med {measure} fra første dag: enlig forsørger</translation>
    </message>
    <message>
        <source>Can be hired with {measure} from day one: no upper-secondary or vocational education</source>
        <translation>Kan ansættes med {measure} fra første dag: uden gymnasial eller erhvervsfaglig uddannelse</translation>
    </message>
    <message>
        <source>Health restriction rules the job out: {strains}</source>
        <translation>Skånehensyn udelukker stillingen: {strains}</translation>
    </message>
    <message>
        <source>Health restriction to consider: {strains}</source>
        <translation>Skånehensyn at tage højde for: {strains}</translation>
    </message>
    <message>
        <source>No conflict with the health restrictions</source>
        <translation>Ingen konflikt med skånehensyn</translation>
    </message>
    <message>
        <source>Priority: long-term unemployed ({months} months)</source>
        <translation>Prioriteret: langtidsledig ({months} mdr.)</translation>
    </message>
    <message>
        <source>Priority: young ({age} years)</source>
        <translation>Prioriteret: ung ({age} år)</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <source>Reference lists</source>
        <translation>Referencelister</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Ordninger</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <source>Physical demands</source>
        <translation>Fysiske krav</translation>
    </message>
    <message>
        <source>Rejection reasons</source>
        <translation>Afslagsårsager</translation>
    </message>
    <message>
        <source>Industries (DB07)</source>
        <translation>Brancher (DB07)</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Ordliste</translation>
    </message>
    <message>
        <source>Measure rules</source>
        <translation>Ordningsregler</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Gendan fra sikkerhedskopi</translation>
    </message>
    <message>
        <source>Backups in %1. The store as it is now is kept as a backup of its own before the chosen one takes its place; Jobbro then opens the store again.</source>
        <translation>Sikkerhedskopier i %1. Databasen, som den er nu, gemmes som en sikkerhedskopi for sig, før den valgte tager dens plads; derefter åbner Jobbro databasen igen.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisk</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manuel</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>før en gendannelse</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slags</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Virksomheder</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidater</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>another passphrase</source>
        <translation>en anden adgangskode</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>kan ikke læses</translation>
    </message>
    <message>
        <source>There are no backups in this folder yet.</source>
        <translation>Der er endnu ingen sikkerhedskopier i denne mappe.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <source>This backup was made with another passphrase. Type that passphrase to restore it; the restored store keeps it.</source>
        <translation>Denne sikkerhedskopi er lavet med en anden adgangskode. Skriv den adgangskode for at gendanne den; den gendannede database beholder den.</translation>
    </message>
    <message>
        <source>Put the backup from %1 in place of the store? The store as it is now is kept as a backup first.</source>
        <translation>Skal sikkerhedskopien fra %1 erstatte databasen? Databasen, som den er nu, gemmes først som en sikkerhedskopi.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>No activity since {date}</source>
        <translation>Ingen aktivitet siden {date}</translation>
    </message>
    <message>
        <source>Consent expired on {date}</source>
        <translation>Samtykket udløb {date}</translation>
    </message>
    <message>
        <source>No relation with the company since {date}</source>
        <translation>Ingen forbindelse med virksomheden siden {date}</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>To be erased</source>
        <translation>Til sletning</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>The retention rules select these people: candidates without activity for %1 months or whose consent has expired, and contact persons of companies without any relation for %2 years (Settings). Select rows (Ctrl+A: all), then erase them permanently or keep them with a note; a kept person is not listed again until the rule applies anew.</source>
        <translation>Slettereglerne udvælger disse personer: kandidater uden aktivitet i %1 måneder eller hvis samtykke er udløbet, og kontaktpersoner hos virksomheder uden nogen forbindelse i %2 år (Indstillinger). Vælg rækker (Ctrl+A: alle), og slet dem permanent eller behold dem med en note; en person, der beholdes, vises ikke igen, før reglen gælder på ny.</translation>
    </message>
    <message>
        <source>&amp;Erase selected permanently…</source>
        <translation>&amp;Slet valgte permanent…</translation>
    </message>
    <message>
        <source>&amp;Keep selected with a note…</source>
        <translation>&amp;Behold valgte med en note…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) selected by the rules.</source>
        <translation><numerusform>%n person udvalgt af reglerne.</numerusform><numerusform>%n personer udvalgt af reglerne.</numerusform></translation>
    </message>
    <message>
        <source>Erase permanently</source>
        <translation>Slet permanent</translation>
    </message>
    <message numerus="yes">
        <source>Erase %n person(s) permanently, with their links, shortlist notes, follow-ups and history? Shortlists keep an anonymous row. This cannot be undone.</source>
        <translation><numerusform>Slet %n person permanent med tilknytninger, noter på kandidatlister, opfølgninger og historik? Kandidatlister beholder en anonym række. Det kan ikke fortrydes.</numerusform><numerusform>Slet %n personer permanent med tilknytninger, noter på kandidatlister, opfølgninger og historik? Kandidatlister beholder en anonym række. Det kan ikke fortrydes.</numerusform></translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Sletter…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Keep with a note</source>
        <translation>Behold med en note</translation>
    </message>
    <message>
        <source>Why are they kept? (e.g. consent renewed by phone; still in a course)</source>
        <translation>Hvorfor beholdes de? (fx samtykke fornyet telefonisk; stadig i forløb)</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Can be hired with {measure}</source>
        <translation>Kan ansættes med {measure}</translation>
    </message>
    <message>
        <source>Can be hired with {measure} from {date}</source>
        <translation>Kan ansættes med {measure} fra {date}</translation>
    </message>
    <message>
        <source>Can be hired with {measure} from day one: aged {age} or more</source>
        <translation>Kan ansættes med {measure} fra første dag: fyldt {age} år</translation>
    </message>
    <message>
        <source>Can be hired with {measure} from day one: single parent</source>
        <translation>Kan ansættes med {measure} fra første dag: enlig forsørger</translation>
    </message>
    <message>
        <source>Can be hired with {measure} from day one: no upper-secondary or vocational education</source>
        <translation>Kan ansættes med {measure} fra første dag: uden gymnasial eller erhvervsfaglig uddannelse</translation>
    </message>
    <message>
        <source>{measure}: the date of unemployment is missing</source>
        <translation>{measure}: ledighedsdatoen mangler</translation>
    </message>
    <message>
        <source>The target group {group} cannot use {measure}</source>
        <translation>Målgruppen {group} kan ikke bruge {measure}</translation>
    </message>
    <message>
        <source>{measure}: the target group is missing</source>
        <translation>{measure}: målgruppen mangler</translation>
    </message>
    <message>
        <source>{measure} cannot be used on {date}: the measure is not in force then</source>
        <translation>{measure} kan ikke bruges den {date}: ordningen gælder ikke da</translation>
    </message>
    <message>
        <source>{measure} only for people visited to fleksjob</source>
        <translation>{measure} kun for personer visiteret til fleksjob</translation>
    </message>
    <message>
        <source>{measure}: no version of the scheme is in force on {date}</source>
        <translation>{measure}: ingen udgave af ordningen gælder den {date}</translation>
    </message>
    <message>
        <source>{measure} needs an age from {low} to under {high} at the start (is {age})</source>
        <translation>{measure} kræver en alder fra {low} til under {high} ved start (er {age})</translation>
    </message>
    <message>
        <source>{measure}: the date of birth is missing</source>
        <translation>{measure}: fødselsdatoen mangler</translation>
    </message>
    <message>
        <source>{measure} needs under {years} years of residence in Denmark (arrived {date})</source>
        <translation>{measure} kræver under {years} års ophold i Danmark (indrejst {date})</translation>
    </message>
    <message>
        <source>{measure}: the date of arrival in Denmark is missing</source>
        <translation>{measure}: indrejsedatoen mangler</translation>
    </message>
    <message>
        <source>The company has no more placements ({used} of {capacity})</source>
        <translation>Virksomheden har ikke flere praktikpladser ({used} af {capacity})</translation>
    </message>
    <message>
        <source>{workplace}: {used} of {capacity} places used</source>
        <translation>{workplace}: {used} af {capacity} pladser brugt</translation>
    </message>
    <message>
        <source>The company has no workplace with ordinary employees recorded; the ratio cannot be checked</source>
        <translation>Virksomheden har intet arbejdssted med antal ordinært ansatte; rimelighedskravet kan ikke tjekkes</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <source>Measures counted</source>
        <translation>Ordninger der tælles</translation>
    </message>
    <message>
        <source>First employees</source>
        <translation>De første ansatte</translation>
    </message>
    <message>
        <source>1 per (first)</source>
        <translation>1 pr. (de første)</translation>
    </message>
    <message>
        <source>1 per (beyond)</source>
        <translation>1 pr. (derudover)</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Mindst</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Target group (* = all)</source>
        <translation>Målgruppe (* = alle)</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Uger</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation>Alder fra</translation>
    </message>
    <message>
        <source>Age under</source>
        <translation>Alder under</translation>
    </message>
    <message>
        <source>Residence under (years)</source>
        <translation>Ophold under (år)</translation>
    </message>
    <message>
        <source>Hours a week at least</source>
        <translation>Timer pr. uge mindst</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Måneder</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gælder fra</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Gælder til</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Address of the source</source>
        <translation>Kildens adresse</translation>
    </message>
    <message>
        <source>New row</source>
        <translation>Ny række</translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation>Slet række</translation>
    </message>
    <message>
        <source>Save row</source>
        <translation>Gem række</translation>
    </message>
    <message>
        <source>Delete the chosen rule row?</source>
        <translation>Slet den valgte regelrække?</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Save dates</source>
        <translation>Gem datoer</translation>
    </message>
    <message>
        <source>An entry outside its dates cannot be used for new placements, and matching treats it as closed.</source>
        <translation>En post uden for sine datoer kan ikke bruges til nye forløb, og matchningen regner den som lukket.</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Rimelighedskrav</translation>
    </message>
    <message>
        <source>Who may use what</source>
        <translation>Hvem kan bruge hvad</translation>
    </message>
    <message>
        <source>Praktik length</source>
        <translation>Praktikkens længde</translation>
    </message>
    <message>
        <source>IGU versions</source>
        <translation>IGU-udgaver</translation>
    </message>
    <message>
        <source>Dates of measures and target groups</source>
        <translation>Datoer for ordninger og målgrupper</translation>
    </message>
</context>
<context>
    <name>SecurityGuard</name>
    <message>
        <source>En&amp;crypt the store…</source>
        <translation>&amp;Kryptér databasen…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Skift &amp;adgangskode…</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Hide everything until the passphrase is typed (Ctrl+Shift+L)</source>
        <translation>Skjul alt, indtil adgangskoden skrives (Ctrl+Skift+L)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Tag sikkerhedskopi nu</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Gendan fra sikkerhedskopi…</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Ikke krypteret</translation>
    </message>
    <message>
        <source>The store file can be read by anyone who has the laptop. File → Encrypt the store… encrypts it.</source>
        <translation>Databasefilen kan læses af alle, der har den bærbare. Filer → Kryptér databasen… krypterer den.</translation>
    </message>
    <message>
        <source>Jobbro – locked</source>
        <translation>Jobbro – låst</translation>
    </message>
    <message>
        <source>That is not the passphrase.</source>
        <translation>Det er ikke adgangskoden.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Sikkerhedskopien mislykkedes: %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Tager sikkerhedskopi…</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>Sikkerhedskopi skrevet og kontrolleret: %1</translation>
    </message>
    <message>
        <source>Encrypt the store</source>
        <translation>Kryptér databasen</translation>
    </message>
    <message>
        <source>Jobbro writes an encrypted copy beside the store, checks it, puts it in the store's place and then overwrites and removes the plain original. Jobbro closes and opens the store again.</source>
        <translation>Jobbro skriver en krypteret kopi ved siden af databasen, kontrollerer den, sætter den på databasens plads og overskriver og fjerner derefter den ukrypterede original. Jobbro lukker og åbner databasen igen.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Skift adgangskode</translation>
    </message>
    <message>
        <source>Type the current passphrase and the new one twice. Backups made before keep the passphrase they were made with. Jobbro closes and opens the store again.</source>
        <translation>Skriv den nuværende adgangskode og den nye to gange. Sikkerhedskopier lavet før beholder den adgangskode, de blev lavet med. Jobbro lukker og åbner databasen igen.</translation>
    </message>
    <message>
        <source>That is not the current passphrase.</source>
        <translation>Det er ikke den nuværende adgangskode.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Your name (used as "who" everywhere)</source>
        <translation>Dit navn (registreres overalt som »hvem«)</translation>
    </message>
    <message>
        <source>Your phone (on shortlists)</source>
        <translation>Din telefon (på kandidatlister)</translation>
    </message>
    <message>
        <source>Your e-mail (on shortlists)</source>
        <translation>Din e-mail (på kandidatlister)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Databasefil</translation>
    </message>
    <message>
        <source>Organisation name (window title and shortlists)</source>
        <translation>Organisationens navn (vinduestitel og kandidatlister)</translation>
    </message>
    <message>
        <source>e.g. Jobcenter Vejle or Virksomhedsservice Vejle</source>
        <translation>fx Jobcenter Vejle eller Virksomhedsservice Vejle</translation>
    </message>
    <message>
        <source>Logo file (on shortlists)</source>
        <translation>Logofil (på kandidatlister)</translation>
    </message>
    <message>
        <source>Matching: priority (policy term)</source>
        <translation>Matchning: prioritet (politisk tillæg)</translation>
    </message>
    <message>
        <source>Add a priority to the match score</source>
        <translation>Læg en prioritet til matchscoren</translation>
    </message>
    <message>
        <source>Long-term unemployed (at least %1 months)</source>
        <translation>Langtidsledige (mindst %1 måneder)</translation>
    </message>
    <message>
        <source>Young people (under %1)</source>
        <translation>Unge (under %1)</translation>
    </message>
    <message>
        <source>Priority weight</source>
        <translation>Vægt for prioritet</translation>
    </message>
    <message>
        <source>The priority is shown as its own part of every score, never hidden in the others, and is capped at %1 of 100 points so it never outweighs the fit.</source>
        <translation>Prioriteten vises som sin egen del af hver score, aldrig gemt i de andre, og er højst %1 af 100 point, så den aldrig vejer tungere end, hvor godt kandidaten passer.</translation>
    </message>
    <message>
        <source>To be erased (retention rules, docs/PRIVACY.md)</source>
        <translation>Til sletning (sletteregler, docs/PRIVACY.md)</translation>
    </message>
    <message>
        <source>Candidates without activity for</source>
        <translation>Kandidater uden aktivitet i</translation>
    </message>
    <message>
        <source>months</source>
        <translation>måneder</translation>
    </message>
    <message>
        <source>Contact persons without company relation for</source>
        <translation>Kontaktpersoner uden forbindelse med virksomheden i</translation>
    </message>
    <message>
        <source>years</source>
        <translation>år</translation>
    </message>
    <message>
        <source>Security and backups</source>
        <translation>Sikkerhed og sikkerhedskopier</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Lås efter inaktivitet</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Mappe til sikkerhedskopier</translation>
    </message>
    <message>
        <source>Choose store file…</source>
        <translation>Vælg databasefil…</translation>
    </message>
    <message>
        <source>Jobbro store (*.sqlite)</source>
        <translation>Jobbro-database (*.sqlite)</translation>
    </message>
    <message>
        <source>The new language is used everywhere after a restart.</source>
        <translation>Det nye sprog bruges overalt, når Jobbro er genstartet.</translation>
    </message>
</context>
<context>
    <name>ShortlistActions</name>
    <message>
        <source>Shortlist</source>
        <translation>Kandidatliste</translation>
    </message>
</context>
<context>
    <name>ShortlistDoc</name>
    <message>
        <source>Desired occupations</source>
        <translation>Jobønsker</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Max.</source>
        <translation>Maks.</translation>
    </message>
    <message>
        <source>Consent {date} expired on {until}: the company sees this candidate anonymously</source>
        <translation>Samtykke {date} udløb {until}: virksomheden ser kandidaten anonymt</translation>
    </message>
    <message>
        <source>Consent {date} ({scope}), recorded by {who}</source>
        <translation>Samtykke {date} ({scope}), registreret af {who}</translation>
    </message>
    <message>
        <source>Immediately</source>
        <translation>Straks</translation>
    </message>
    <message>
        <source>To be clarified with the job centre</source>
        <translation>Afklares med jobcentret</translation>
    </message>
    <message>
        <source>{hours} h/week</source>
        <translation>{hours} t/uge</translation>
    </message>
    <message>
        <source>{low}–{high} h/week</source>
        <translation>{low}–{high} t/uge</translation>
    </message>
    <message>
        <source>at least {hours} h/week</source>
        <translation>mindst {hours} t/uge</translation>
    </message>
    <message>
        <source>up to {hours} h/week</source>
        <translation>op til {hours} t/uge</translation>
    </message>
</context>
<context>
    <name>ShortlistHistory</name>
    <message>
        <source>Need</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Reason for rejection</source>
        <translation>Afslagsgrund</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Double-click a row to open the need.</source>
        <translation>Dobbeltklik på en række for at åbne behovet.</translation>
    </message>
    <message>
        <source>No candidates have been put forward to this company yet.</source>
        <translation>Virksomheden har endnu ikke fået foreslået kandidater.</translation>
    </message>
    <message>
        <source>This candidate has not been on a shortlist yet.</source>
        <translation>Kandidaten har endnu ikke været på en kandidatliste.</translation>
    </message>
    <message>
        <source>No candidates on this need's shortlist yet.</source>
        <translation>Der er endnu ingen kandidater på behovets kandidatliste.</translation>
    </message>
</context>
<context>
    <name>ShortlistPanel</name>
    <message>
        <source>Consent expired %1: the company may only see this candidate anonymously.</source>
        <translation>Samtykket udløb %1: virksomheden må kun se kandidaten anonymt.</translation>
    </message>
    <message>
        <source>Consent given %1.</source>
        <translation>Samtykke givet %1.</translation>
    </message>
    <message>
        <source>No consent: the company may only see this candidate anonymously.</source>
        <translation>Intet samtykke: virksomheden må kun se kandidaten anonymt.</translation>
    </message>
    <message>
        <source>Add candidate…</source>
        <translation>Tilføj kandidat…</translation>
    </message>
    <message>
        <source>Find a candidate by name and put them at the end of the list</source>
        <translation>Find en kandidat ved navn og sæt vedkommende sidst på listen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Move the candidate up the list (Ctrl+Up)</source>
        <translation>Flyt kandidaten op på listen (Ctrl+Op)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Move the candidate down the list (Ctrl+Down)</source>
        <translation>Flyt kandidaten ned på listen (Ctrl+Ned)</translation>
    </message>
    <message>
        <source>Write note…</source>
        <translation>Skriv note…</translation>
    </message>
    <message>
        <source>A note about this candidate for this need</source>
        <translation>En note om kandidaten til dette behov</translation>
    </message>
    <message>
        <source>Next step…</source>
        <translation>Næste trin…</translation>
    </message>
    <message>
        <source>Sent to the company, interview, hired, rejection or withdrawn</source>
        <translation>Sendt til virksomheden, samtale, ansat, afslag eller trukket tilbage</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Take the candidate off the list, only while proposed (Delete)</source>
        <translation>Tag kandidaten af listen, kun mens vedkommende er foreslået (Delete)</translation>
    </message>
    <message>
        <source>Show PDF…</source>
        <translation>Vis PDF…</translation>
    </message>
    <message>
        <source>Preview and print the shortlist for the company</source>
        <translation>Se og udskriv kandidatlisten til virksomheden</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Reason for rejection</source>
        <translation>Afslagsgrund</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>Choose a need first.</source>
        <translation>Vælg først et behov.</translation>
    </message>
    <message>
        <source>The candidate no longer exists.</source>
        <translation>Kandidaten findes ikke længere.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) added to the list.</source>
        <translation><numerusform>%n kandidat er føjet til listen.</numerusform><numerusform>%n kandidater er føjet til listen.</numerusform></translation>
    </message>
    <message>
        <source>Already on the list: %1.</source>
        <translation>Står allerede på listen: %1.</translation>
    </message>
    <message>
        <source>Not added: %1: %2</source>
        <translation>Ikke tilføjet: %1: %2</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Fjern fra listen</translation>
    </message>
    <message>
        <source>Take %1 off the list?</source>
        <translation>Tag %1 af listen?</translation>
    </message>
    <message>
        <source>Choose a need to see its shortlist.</source>
        <translation>Vælg et behov for at se dets kandidatliste.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) on the list</source>
        <translation><numerusform>%n kandidat på listen</numerusform><numerusform>%n kandidater på listen</numerusform></translation>
    </message>
    <message>
        <source>positions filled: %1 of %2</source>
        <translation>besatte stillinger: %1 af %2</translation>
    </message>
    <message numerus="yes">
        <source>%n without consent (anonymous for the company)</source>
        <translation><numerusform>%n uden samtykke (anonym for virksomheden)</numerusform><numerusform>%n uden samtykke (anonyme for virksomheden)</numerusform></translation>
    </message>
    <message>
        <source>The need is %1: no more candidates can be added.</source>
        <translation>Behovet er %1: der kan ikke tilføjes flere kandidater.</translation>
    </message>
    <message>
        <source>%1 is final: no further steps.</source>
        <translation>%1 er en endelig status: ingen flere trin.</translation>
    </message>
    <message>
        <source>Select a candidate to see the steps.</source>
        <translation>Vælg en kandidat for at se forløbet.</translation>
    </message>
    <message>
        <source>Steps for %1</source>
        <translation>Forløb for %1</translation>
    </message>
</context>
<context>
    <name>ShortlistPreview</name>
    <message>
        <source>Preview: %1</source>
        <translation>Forhåndsvisning: %1</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>For the company</source>
        <translation>Til virksomheden</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Gem som PDF…</translation>
    </message>
    <message>
        <source>Save these pages as a PDF file</source>
        <translation>Gem siderne som en PDF-fil</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <source>Print with the system's print dialog</source>
        <translation>Udskriv via systemets udskriftsdialog</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom ud</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Tilpas til bredden</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom ind</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Laver PDF…</translation>
    </message>
    <message>
        <source>The shortlist could not be made, so there is nothing to show.</source>
        <translation>Kandidatlisten kunne ikke dannes, så der er intet at vise.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detaljer: %1</translation>
    </message>
    <message>
        <source>Internal: every detail, also birth year, status, consent, notes and the score explanation. Never give this version to the company.</source>
        <translation>Intern: alle oplysninger, også fødselsår, status, samtykke, noter og scoreforklaring. Må aldrig udleveres til virksomheden.</translation>
    </message>
    <message>
        <source>For the company: candidates without a recorded consent are anonymous (“Candidate 3”), without name, contact details or note. Birth year, status, consent and the score explanation are left out for everyone, and so are candidates the company turned down or the job centre withdrew.</source>
        <translation>Til virksomheden: kandidater uden registreret samtykke vises anonymt (»Kandidat 3«) uden navn, kontaktoplysninger og note. Fødselsår, status, samtykke og scoreforklaring udelades for alle, og det samme gør kandidater, virksomheden har afvist, eller som jobcentret har trukket tilbage.</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>Kandidatliste</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Ikke gemt.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gemt som %1</translation>
    </message>
    <message>
        <source>Print shortlist</source>
        <translation>Udskriv kandidatliste</translation>
    </message>
    <message numerus="yes">
        <source>The chosen pages are not in this document (it has %n page(s)).</source>
        <translation><numerusform>De valgte sider findes ikke i dokumentet (det har %n side).</numerusform><numerusform>De valgte sider findes ikke i dokumentet (det har %n sider).</numerusform></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Udskriver…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>Ikke udskrevet: %1</translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation>Ikke udskrevet.</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Udskrivningen blev annulleret.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation><numerusform>Sendte %n side til printeren.</numerusform><numerusform>Sendte %n sider til printeren.</numerusform></translation>
    </message>
</context>
<context>
    <name>ShortlistStepDialog</name>
    <message>
        <source>Next step for %1</source>
        <translation>Næste trin for %1</translation>
    </message>
    <message>
        <source>Need: %1</source>
        <translation>Behov: %1</translation>
    </message>
    <message>
        <source>Now: %1 since %2</source>
        <translation>Nu: %1 siden %2</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Ny status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Reason for rejection</source>
        <translation>Afslagsgrund</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Vælg en grund</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>optional, e.g. what the company said</source>
        <translation>valgfrit, fx hvad virksomheden sagde</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>%1 is a final status: no further steps.</source>
        <translation>%1 er en endelig status: ingen flere trin.</translation>
    </message>
    <message>
        <source>When you save, %1 is marked as in job, and a follow-up "%2" is created for you, due %3.</source>
        <translation>Når du gemmer, markeres %1 som i job, og du får en opfølgning, »%2«, den %3.</translation>
    </message>
    <message>
        <source>This fills the need's last position, so the need is marked as filled.</source>
        <translation>Det besætter behovets sidste stilling, så behovet markeres som besat.</translation>
    </message>
    <message>
        <source>A planned placement is created for the measure; its rules are checked when you save.</source>
        <translation>Der oprettes et planlagt forløb med ordningen; reglerne tjekkes, når du gemmer.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The store file {path} is read-only. Jobbro needs to write to it.</source>
        <translation>Databasefilen {path} er skrivebeskyttet. Jobbro skal kunne skrive i den.</translation>
    </message>
    <message>
        <source>The store file {path} is locked by another program. Try again in a moment.</source>
        <translation>Databasefilen {path} er låst af et andet program. Prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <source>The store file {path} was made by a newer version of Jobbro. Update Jobbro to open it.</source>
        <translation>Databasefilen {path} er oprettet af en nyere version af Jobbro. Opdatér Jobbro for at åbne den.</translation>
    </message>
    <message>
        <source>The file {path} is not a Jobbro store.</source>
        <translation>Filen {path} er ikke en Jobbro-database.</translation>
    </message>
    <message>
        <source>The store file {path} does not exist.</source>
        <translation>Databasefilen {path} findes ikke.</translation>
    </message>
    <message>
        <source>The passphrase does not open {path}. Nothing was changed.</source>
        <translation>Adgangskoden åbner ikke {path}. Intet blev ændret.</translation>
    </message>
    <message>
        <source>The store file {path} is encrypted and needs its passphrase.</source>
        <translation>Databasefilen {path} er krypteret og kræver sin adgangskode.</translation>
    </message>
    <message>
        <source>The passphrase for {path} is empty.</source>
        <translation>Adgangskoden til {path} er tom.</translation>
    </message>
    <message>
        <source>The new passphrase for {path} is too short.</source>
        <translation>Den nye adgangskode til {path} er for kort.</translation>
    </message>
    <message>
        <source>The store file {path} is already encrypted.</source>
        <translation>Databasefilen {path} er allerede krypteret.</translation>
    </message>
    <message>
        <source>The store file {path} is not encrypted, so it has no passphrase.</source>
        <translation>Databasefilen {path} er ikke krypteret og har derfor ingen adgangskode.</translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: the disk is full or failing. Nothing was changed.</source>
        <translation>Sikkerhedskopien kunne ikke skrives til {path}: disken er fuld eller fejler. Intet blev ændret.</translation>
    </message>
    <message>
        <source>The backup folder {path} cannot be written to. Choose another folder in Settings.</source>
        <translation>Der kan ikke skrives i mappen til sikkerhedskopier {path}. Vælg en anden mappe under Indstillinger.</translation>
    </message>
    <message>
        <source>Jobbro could not write the new file beside {path}; the disk may be full. The store is unchanged.</source>
        <translation>Jobbro kunne ikke skrive den nye fil ved siden af {path}; disken er måske fuld. Databasen er uændret.</translation>
    </message>
    <message>
        <source>The store file {path} is an empty file (0 bytes): it holds no Jobbro data.</source>
        <translation>Databasefilen {path} er en tom fil (0 byte): den indeholder ingen Jobbro-data.</translation>
    </message>
    <message>
        <source>The store file {path} is incomplete: part of the file is missing (an interrupted copy?). Jobbro does not open it. Restore the store from a backup.</source>
        <translation>Databasefilen {path} er ufuldstændig: en del af filen mangler (en afbrudt kopiering?). Jobbro åbner den ikke. Gendan databasen fra en sikkerhedskopi (backup).</translation>
    </message>
    <message>
        <source>The store file {path} is damaged. Jobbro does not open it, so that nothing more is lost. Restore the store from a backup, and keep the damaged file for IT.</source>
        <translation>Databasefilen {path} er beskadiget. Jobbro åbner den ikke, så intet mere går tabt. Gendan databasen fra en sikkerhedskopi (backup), og gem den beskadigede fil til IT.</translation>
    </message>
    <message>
        <source>The store is busy in another window or program. Try again in a moment.</source>
        <translation>Databasen er optaget i et andet vindue eller program. Prøv igen om et øjeblik.</translation>
    </message>
</context>
<context>
    <name>TeamError</name>
    <message>
        <source>The team server was set up by a newer version of Jobbro (schema {version}; this Jobbro knows {known}). Update Jobbro before you synchronise.</source>
        <translation>Teamserveren er sat op af en nyere version af Jobbro (skema {version}; denne Jobbro kender {known}). Opdatér Jobbro, før du synkroniserer.</translation>
    </message>
    <message>
        <source>The team server cannot be reached. Your work is kept on this computer and sent at the next synchronisation.</source>
        <translation>Teamserveren kan ikke nås. Dit arbejde gemmes på denne computer og sendes ved næste synkronisering.</translation>
    </message>
    <message>
        <source>The team server refused the login. Check the password in PGPASSWORD, .pgpass or the service file.</source>
        <translation>Teamserveren afviste login. Kontrollér adgangskoden i PGPASSWORD, .pgpass eller servicefilen.</translation>
    </message>
    <message>
        <source>The team server has no Jobbro schema yet. IT runs 'jobbro team init' first.</source>
        <translation>Teamserveren har endnu ikke Jobbros skema. IT skal først køre 'jobbro team init'.</translation>
    </message>
    <message>
        <source>This store has not joined a team. Use 'jobbro team join' first.</source>
        <translation>Dette lager er ikke med i et team. Brug først 'jobbro team join'.</translation>
    </message>
    <message>
        <source>The server address contains a password. Give the password through PGPASSWORD, .pgpass or a service file instead.</source>
        <translation>Serveradressen indeholder en adgangskode. Angiv i stedet adgangskoden via PGPASSWORD, .pgpass eller en servicefil.</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>S&amp;ynchronise now</source>
        <translation>S&amp;ynkronisér nu</translation>
    </message>
    <message>
        <source>Send this computer's changes to the team and fetch the team's (F5)</source>
        <translation>Send denne computers ændringer til teamet og hent teamets (F5)</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikter…</translation>
    </message>
    <message>
        <source>Fields two consultants changed differently: choose the value</source>
        <translation>Felter som to konsulenter har ændret forskelligt: vælg værdien</translation>
    </message>
    <message>
        <source>Fetching the team's register for the first time… saving waits until it is done</source>
        <translation>Henter teamets register første gang … du kan gemme, når det er færdigt</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synkroniserer …</translation>
    </message>
    <message>
        <source>The last synchronisation failed: %1</source>
        <translation>Den seneste synkronisering mislykkedes: %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Team: last synchronised %1</source>
        <translation>Team: sidst synkroniseret %1</translation>
    </message>
    <message>
        <source>Team: not synchronised yet</source>
        <translation>Team: endnu ikke synkroniseret</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation><numerusform>%n ændring venter</numerusform><numerusform>%n ændringer venter</numerusform></translation>
    </message>
    <message>
        <source>Jobbro synchronises with the team every minute and on Synchronise now (F5).</source>
        <translation>Jobbro synkroniserer med teamet hvert minut og ved Synkronisér nu (F5).</translation>
    </message>
    <message>
        <source>Last synchronised %1</source>
        <translation>Sidst synkroniseret %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation><numerusform>%n konflikt</numerusform><numerusform>%n konflikter</numerusform></translation>
    </message>
    <message>
        <source>Open the conflicts and choose which value to keep</source>
        <translation>Åbn konflikterne og vælg, hvilken værdi der skal gælde</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Unemployed since cannot be in the future.</source>
        <translation>Ledig siden kan ikke ligge i fremtiden.</translation>
    </message>
    <message>
        <source>Unknown value: {value}.</source>
        <translation>Ukendt værdi: {value}.</translation>
    </message>
    <message>
        <source>"{value}" is not yes or no.</source>
        <translation>"{value}" er ikke ja eller nej.</translation>
    </message>
    <message>
        <source>The case-system id {value} is already used by candidate no. {other} in Jobbro.</source>
        <translation>Sags-id'et {value} bruges allerede af kandidat nr. {other} i Jobbro.</translation>
    </message>
    <message>
        <source>A consent needs a date, a scope and who recorded it.</source>
        <translation>Et samtykke skal have en dato, et omfang og hvem der registrerede det.</translation>
    </message>
    <message>
        <source>The consent date cannot be in the future.</source>
        <translation>Samtykkedatoen kan ikke ligge i fremtiden.</translation>
    </message>
    <message>
        <source>The consent cannot end before it was given.</source>
        <translation>Samtykket kan ikke udløbe, før det er givet.</translation>
    </message>
    <message>
        <source>Unknown measure: {value}.</source>
        <translation>Ukendt ordning: {value}.</translation>
    </message>
    <message>
        <source>CVR number {value} is already registered for {name}.</source>
        <translation>CVR-nummer {value} er allerede registreret for {name}.</translation>
    </message>
    <message>
        <source>A follow-up task needs a date.</source>
        <translation>En opfølgningsopgave skal have en dato.</translation>
    </message>
    <message>
        <source>The contact person does not belong to this company.</source>
        <translation>Kontaktpersonen hører ikke til denne virksomhed.</translation>
    </message>
    <message>
        <source>Choose the company the contact was with.</source>
        <translation>Vælg den virksomhed, kontakten var med.</translation>
    </message>
    <message>
        <source>The application deadline {deadline} has passed.</source>
        <translation>Ansøgningsfristen {deadline} er overskredet.</translation>
    </message>
    <message>
        <source>The start date {start} is before today.</source>
        <translation>Startdatoen {start} ligger før i dag.</translation>
    </message>
    <message>
        <source>The application deadline {deadline} is after the start date {start}.</source>
        <translation>Ansøgningsfristen {deadline} ligger efter startdatoen {start}.</translation>
    </message>
    <message>
        <source>Unknown shift: {value}.</source>
        <translation>Ukendt arbejdstid: {value}.</translation>
    </message>
    <message>
        <source>The maximum hours ({high}) are below the minimum ({low}).</source>
        <translation>Det maksimale timetal ({high}) er under minimum ({low}).</translation>
    </message>
    <message>
        <source>Choose the company that has the need.</source>
        <translation>Vælg den virksomhed, der har behovet.</translation>
    </message>
    <message>
        <source>Choose an occupation or an occupational group, not both.</source>
        <translation>Vælg et erhverv eller en faggruppe, ikke begge.</translation>
    </message>
    <message>
        <source>Unknown occupation.</source>
        <translation>Ukendt erhverv.</translation>
    </message>
    <message>
        <source>An ISCO-08 code has 4 digits (got "{value}").</source>
        <translation>En ISCO-08-kode har 4 cifre (fik "{value}").</translation>
    </message>
    <message>
        <source>A DB07 code is a section letter A–U or 2 to 6 digits (got "{value}").</source>
        <translation>En DB07-kode er et afsnitsbogstav A–U eller 2 til 6 cifre (fik "{value}").</translation>
    </message>
    <message>
        <source>A CVR number has 8 digits (got "{value}").</source>
        <translation>Et CVR-nummer har 8 cifre (fik "{value}").</translation>
    </message>
    <message>
        <source>CVR number {value} is not valid: the check digit is wrong.</source>
        <translation>CVR-nummer {value} er ikke gyldigt: kontrolcifferet er forkert.</translation>
    </message>
    <message>
        <source>A P-number has 10 digits (got "{value}").</source>
        <translation>Et P-nummer har 10 cifre (fik "{value}").</translation>
    </message>
    <message>
        <source>A postcode has 4 digits (got "{value}").</source>
        <translation>Et postnummer har 4 cifre (fik "{value}").</translation>
    </message>
    <message>
        <source>Postcode {value} does not exist.</source>
        <translation>Postnummer {value} findes ikke.</translation>
    </message>
    <message>
        <source>"{value}" is not an e-mail address.</source>
        <translation>"{value}" er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>"{value}" is not a phone number (8 digits, or + and country code).</source>
        <translation>"{value}" er ikke et telefonnummer (8 cifre eller + og landekode).</translation>
    </message>
    <message>
        <source>"{value}" is not a valid date (write it as dd-mm-yyyy).</source>
        <translation>"{value}" er ikke en gyldig dato (skriv den som dd-mm-åååå).</translation>
    </message>
    <message>
        <source>"{value}" is not a number of hours.</source>
        <translation>"{value}" er ikke et antal timer.</translation>
    </message>
    <message>
        <source>Hours per week must be between 0 and 37 (got {value}).</source>
        <translation>Timer pr. uge skal være mellem 0 og 37 (fik {value}).</translation>
    </message>
    <message>
        <source>"{value}" is not a whole number.</source>
        <translation>"{value}" er ikke et helt tal.</translation>
    </message>
    <message>
        <source>{value} is too small: the smallest allowed is {low}.</source>
        <translation>{value} er for lille: den mindste tilladte værdi er {low}.</translation>
    </message>
    <message>
        <source>{value} is too large: the largest allowed is {high}.</source>
        <translation>{value} er for stor: den største tilladte værdi er {high}.</translation>
    </message>
    <message>
        <source>The text holds a control character ({code}) that cannot be stored. Remove it and try again.</source>
        <translation>Teksten indeholder et kontroltegn ({code}), som ikke kan gemmes. Fjern det, og prøv igen.</translation>
    </message>
    <message>
        <source>The text is {length} characters long; at most {limit} are allowed here.</source>
        <translation>Teksten er {length} tegn lang; her er højst {limit} tilladt.</translation>
    </message>
    <message>
        <source>{value} is outside the allowed range {low}–{high}.</source>
        <translation>{value} ligger uden for det tilladte interval {low}–{high}.</translation>
    </message>
    <message>
        <source>Cannot move a hired candidate to another step: hired is final.</source>
        <translation>En ansat kandidat kan ikke flyttes til et andet trin: ansat er endeligt.</translation>
    </message>
    <message>
        <source>Cannot move a rejected candidate to another step: a rejection is final.</source>
        <translation>En kandidat med afslag kan ikke flyttes til et andet trin: et afslag er endeligt.</translation>
    </message>
    <message>
        <source>Cannot move a withdrawn candidate to another step: withdrawn is final.</source>
        <translation>En trukket kandidat kan ikke flyttes til et andet trin: trukket tilbage er endeligt.</translation>
    </message>
    <message>
        <source>Cannot move from sent to the company back to proposed.</source>
        <translation>Kan ikke flytte fra sendt til virksomheden tilbage til foreslået.</translation>
    </message>
    <message>
        <source>Cannot move from interview back to proposed.</source>
        <translation>Kan ikke flytte fra samtale tilbage til foreslået.</translation>
    </message>
    <message>
        <source>Cannot move from interview back to sent to the company.</source>
        <translation>Kan ikke flytte fra samtale tilbage til sendt til virksomheden.</translation>
    </message>
    <message>
        <source>"{value}" is not a number.</source>
        <translation>"{value}" er ikke et tal.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Datoen kan ikke ligge i fremtiden.</translation>
    </message>
    <message>
        <source>The need is filled or cancelled; its shortlist takes no new candidates.</source>
        <translation>Behovet er besat eller annulleret; der kan ikke komme flere kandidater på listen.</translation>
    </message>
    <message>
        <source>The candidate is inactive and cannot be put forward.</source>
        <translation>Kandidaten er inaktiv og kan ikke foreslås.</translation>
    </message>
    <message>
        <source>The candidate is already on this shortlist.</source>
        <translation>Kandidaten er allerede på denne kandidatliste.</translation>
    </message>
    <message>
        <source>Only a proposed candidate can be removed; mark the candidate as withdrawn instead.</source>
        <translation>Kun en foreslået kandidat kan fjernes; markér i stedet kandidaten som trukket tilbage.</translation>
    </message>
    <message>
        <source>"{value}" is not a known value.</source>
        <translation>"{value}" er ikke en kendt værdi.</translation>
    </message>
    <message>
        <source>The candidate already has this status.</source>
        <translation>Kandidaten har allerede denne status.</translation>
    </message>
    <message>
        <source>The date cannot be before the previous step ({date}).</source>
        <translation>Datoen kan ikke ligge før det forrige trin ({date}).</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>Et afslag skal have en begrundelse.</translation>
    </message>
    <message>
        <source>Unknown or inactive rejection reason: {value}.</source>
        <translation>Ukendt eller inaktiv afslagsbegrundelse: {value}.</translation>
    </message>
    <message>
        <source>The candidate was erased; an anonymous entry cannot be hired.</source>
        <translation>Kandidaten er slettet; en anonym placering kan ikke ansættes.</translation>
    </message>
    <message>
        <source>The need is cancelled; nobody can be hired for it.</source>
        <translation>Behovet er annulleret; ingen kan ansættes i det.</translation>
    </message>
    <message>
        <source>All positions of the need are filled; raise the number of positions first.</source>
        <translation>Alle behovets stillinger er besat; hæv først antallet af stillinger.</translation>
    </message>
    <message>
        <source>Choose the candidate of the placement.</source>
        <translation>Vælg kandidaten til forløbet.</translation>
    </message>
    <message>
        <source>Choose the company of the placement.</source>
        <translation>Vælg virksomheden til forløbet.</translation>
    </message>
    <message>
        <source>The company has no workplace with its ordinary employees; add one on the company first.</source>
        <translation>Virksomheden har intet arbejdssted med antal ordinært ansatte; opret et på virksomheden først.</translation>
    </message>
    <message>
        <source>Choose one of the company's workplaces.</source>
        <translation>Vælg et af virksomhedens arbejdssteder.</translation>
    </message>
    <message>
        <source>The need belongs to another company.</source>
        <translation>Behovet hører til en anden virksomhed.</translation>
    </message>
    <message>
        <source>This field must be filled in.</source>
        <translation>Feltet skal udfyldes.</translation>
    </message>
    <message>
        <source>An ordinary job is not a placement; choose the measure (praktik, løntilskud …).</source>
        <translation>Et ordinært job er ikke et forløb; vælg ordningen (praktik, løntilskud …).</translation>
    </message>
    <message>
        <source>The placement ends ({end}) before it starts ({start}).</source>
        <translation>Forløbet slutter ({end}) før det starter ({start}).</translation>
    </message>
    <message>
        <source>An interrupted placement needs a reason.</source>
        <translation>Et afbrudt forløb skal have en årsag.</translation>
    </message>
    <message>
        <source>The outcome is recorded when the placement has ended.</source>
        <translation>Resultatet registreres, når forløbet er slut.</translation>
    </message>
    <message>
        <source>An exemption needs a note saying why and by whom.</source>
        <translation>En dispensation skal have en note om hvorfor og af hvem.</translation>
    </message>
    <message>
        <source>Mentor hours need the mentor's name.</source>
        <translation>Mentortimer kræver mentorens navn.</translation>
    </message>
    <message>
        <source>A wage subsidy placement stays planned until the company has confirmed the extra employment.</source>
        <translation>Et løntilskudsforløb forbliver planlagt, indtil virksomheden har bekræftet merbeskæftigelsen.</translation>
    </message>
    <message>
        <source>The candidate already has a placement in this period ({company}, {start}–{end}).</source>
        <translation>Kandidaten har allerede et forløb i perioden ({company}, {start}–{end}).</translation>
    </message>
    <message>
        <source>A praktik for this target group lasts at most {limit} weeks (this one {weeks}).</source>
        <translation>En praktik for denne målgruppe varer højst {limit} uger (denne {weeks}).</translation>
    </message>
    <message>
        <source>An IGU needs at least {low} hours a week of paid work (got {value}).</source>
        <translation>En IGU kræver mindst {low} timers lønnet arbejde om ugen (fik {value}).</translation>
    </message>
    <message>
        <source>The workplace has no more placements ({used} of {capacity}); record an exemption to go beyond.</source>
        <translation>Arbejdsstedet har ikke flere pladser ({used} af {capacity}); registrér en dispensation for at gå ud over.</translation>
    </message>
    <message>
        <source>"{value}" is not a web address.</source>
        <translation>"{value}" er ikke en webadresse.</translation>
    </message>
    <message>
        <source>Unknown vocabulary entry: {value}.</source>
        <translation>Ukendt ord i ordlisten: {value}.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Slutdatoen ligger før startdatoen.</translation>
    </message>
    <message>
        <source>The upper age must be above the lower age.</source>
        <translation>Den øvre alder skal være over den nedre.</translation>
    </message>
    <message>
        <source>"{value}" is not a number of employees.</source>
        <translation>"{value}" er ikke et antal ansatte.</translation>
    </message>
    <message>
        <source>Ordinary employees (FTE) must be more than 0 and at most 50,000 (got {value}).</source>
        <translation>Ordinært ansatte (årsværk) skal være over 0 og højst 50.000 (fik {value}).</translation>
    </message>
    <message>
        <source>The company already has a workplace with P-number {value}.</source>
        <translation>Virksomheden har allerede et arbejdssted med P-nummer {value}.</translation>
    </message>
    <message>
        <source>The workplace has planned or running placements; move or end them first.</source>
        <translation>Arbejdsstedet har planlagte eller igangværende forløb; flyt eller afslut dem først.</translation>
    </message>
    <message>
        <source>Postpone to today or a later day (not {value}).</source>
        <translation>Udskyd til i dag eller en senere dag (ikke {value}).</translation>
    </message>
    <message>
        <source>The conflict is already resolved.</source>
        <translation>Konflikten er allerede løst.</translation>
    </message>
    <message>
        <source>This record is not on this computer; the value cannot be taken over.</source>
        <translation>Posten findes ikke på denne computer; værdien kan ikke overtages.</translation>
    </message>
    <message>
        <source>This field is not known to this Jobbro; the value cannot be taken over.</source>
        <translation>Feltet kendes ikke af denne version af Jobbro; værdien kan ikke overtages.</translation>
    </message>
    <message>
        <source>Unknown ISCO-08 group: {value}. Choose a minor group (3 digits) or a unit group (4 digits).</source>
        <translation>Ukendt ISCO-08-gruppe: {value}. Vælg en mindre gruppe (3 cifre) eller en enhedsgruppe (4 cifre).</translation>
    </message>
</context>
<context>
    <name>ViewExporter</name>
    <message numerus="yes">
        <source>Exporting %n row(s)…</source>
        <translation><numerusform>Eksporterer %n række…</numerusform><numerusform>Eksporterer %n rækker…</numerusform></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>Eksportér visning</translation>
    </message>
</context>
<context>
    <name>VocabLine</name>
    <message>
        <source>Not in the vocabulary: kept as typed</source>
        <translation>Findes ikke i ordlisten: gemmes som skrevet</translation>
    </message>
</context>
<context>
    <name>VocabList</name>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Not in the vocabulary: kept as typed</source>
        <translation>Findes ikke i ordlisten: gemmes som skrevet</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Group {code} · {title}</source>
        <translation>Gruppe {code} · {title}</translation>
    </message>
    <message>
        <source>{name}
An ISCO-08 occupational group: every occupation in it fits, and related groups count less.</source>
        <translation>{name}
En ISCO-08-faggruppe: alle erhverv i gruppen passer, og beslægtede grupper tæller mindre.</translation>
    </message>
</context>
<context>
    <name>VocabularyEditor</name>
    <message>
        <source>New occupation</source>
        <translation>Nyt erhverv</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Betegnelse</translation>
    </message>
    <message>
        <source>ISCO-08 code</source>
        <translation>ISCO-08-kode</translation>
    </message>
    <message>
        <source>4 digits</source>
        <translation>4 cifre</translation>
    </message>
    <message>
        <source>New skill, certificate or licence</source>
        <translation>Ny kompetence, nyt certifikat eller kørekort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Færdighed</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Viden</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Kørekort/autorisation</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Add occupation</source>
        <translation>Tilføj erhverv</translation>
    </message>
    <message>
        <source>Add skill</source>
        <translation>Tilføj kompetence</translation>
    </message>
</context>
<context>
    <name>WorkplaceDialog</name>
    <message>
        <source>Workplace</source>
        <translation>Arbejdssted</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>e.g. the address or department</source>
        <translation>fx adressen eller afdelingen</translation>
    </message>
    <message>
        <source>P-number</source>
        <translation>P-nummer</translation>
    </message>
    <message>
        <source>10 digits (optional)</source>
        <translation>10 cifre (valgfrit)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Ordinary employees (FTE)</source>
        <translation>Ordinært ansatte (årsværk)</translation>
    </message>
    <message>
        <source>full-time equivalents, average of the last 4 months</source>
        <translation>fuldtidsstillinger, gennemsnit af de seneste 4 måneder</translation>
    </message>
    <message>
        <source>Stated on</source>
        <translation>Oplyst den</translation>
    </message>
</context>
<context>
    <name>WorkplacesPanel</name>
    <message>
        <source>Workplace</source>
        <translation>Arbejdssted</translation>
    </message>
    <message>
        <source>P-number</source>
        <translation>P-nummer</translation>
    </message>
    <message>
        <source>Ordinary employees (FTE)</source>
        <translation>Ordinært ansatte (årsværk)</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Oplyst</translation>
    </message>
    <message>
        <source>Places under the ratio</source>
        <translation>Pladser efter rimelighedskravet</translation>
    </message>
    <message>
        <source>Record the company's workplaces with their ordinary employees: the ratio rule counts per workplace.</source>
        <translation>Registrér virksomhedens arbejdssteder med antal ordinært ansatte: rimelighedskravet gælder pr. arbejdssted.</translation>
    </message>
    <message>
        <source>Add workplace…</source>
        <translation>Tilføj arbejdssted…</translation>
    </message>
    <message>
        <source>Remove workplace</source>
        <translation>Slet arbejdssted</translation>
    </message>
    <message>
        <source>Remove the workplace %1?</source>
        <translation>Slet arbejdsstedet %1?</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Three wrong passphrases. Jobbro stops; the store was not changed.</source>
        <translation>Tre forkerte adgangskoder. Jobbro stopper; databasen blev ikke ændret.</translation>
    </message>
    <message>
        <source>Creating a demo store in {path} (not encrypted: it holds only fictitious people) …</source>
        <translation>Opretter en demodatabase i {path} (ikke krypteret: den rummer kun opdigtede personer) …</translation>
    </message>
    <message>
        <source>--size must look like 1400x900</source>
        <translation>--size skal skrives som 1400x900</translation>
    </message>
    <message>
        <source>Unknown view {view}; choose one of: {views}</source>
        <translation>Ukendt visning {view}; vælg en af: {views}</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>Kunne ikke skrive {path}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Jobbro: companies, needs and candidates for job centres.</source>
        <translation>Jobbro: virksomheder, behov og kandidater til jobcentre.</translation>
    </message>
    <message>
        <source>show Jobbro's version and exit</source>
        <translation>vis Jobbros version og afslut</translation>
    </message>
    <message>
        <source>the store file to open</source>
        <translation>databasefilen, der skal åbnes</translation>
    </message>
    <message>
        <source>language: da (Danish) or en (English)</source>
        <translation>sprog: da (dansk) eller en (engelsk)</translation>
    </message>
    <message>
        <source>render a view offscreen to a PNG file and exit</source>
        <translation>gem en visning som PNG-fil uden at vise vinduet, og afslut</translation>
    </message>
    <message>
        <source>the view to show or render (companies, contacts, needs, candidates, ...)</source>
        <translation>visningen, der skal vises eller gemmes som billede (companies, contacts, needs, candidates, ...)</translation>
    </message>
    <message>
        <source>window size for --screenshot, e.g. 1400x900</source>
        <translation>vinduesstørrelse til --screenshot, f.eks. 1400x900</translation>
    </message>
    <message>
        <source>create a demo store when the store file does not exist yet</source>
        <translation>opret en demodatabase, hvis databasefilen ikke findes endnu</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulleret.</translation>
    </message>
    <message>
        <source>A file could not be read or written: {detail}</source>
        <translation>En fil kunne ikke læses eller skrives: {detail}</translation>
    </message>
    <message>
        <source>"{name}" is not a usable file name.</source>
        <translation>"{name}" er ikke et brugbart filnavn.</translation>
    </message>
    <message>
        <source>fill a store with fictitious demo data</source>
        <translation>fyld en database med fiktive demodata</translation>
    </message>
    <message>
        <source>Fill a new store with fictitious Danish companies, needs, candidates and contacts.</source>
        <translation>Fyld en ny database med fiktive danske virksomheder, behov, kandidater og kontakter.</translation>
    </message>
    <message>
        <source>the store file to fill</source>
        <translation>databasefilen, der skal fyldes</translation>
    </message>
    <message>
        <source>how many to create (default {n})</source>
        <translation>hvor mange der skal oprettes (standard: {n})</translation>
    </message>
    <message>
        <source>random seed; the same seed gives the same data</source>
        <translation>startværdi for tilfældige tal; samme værdi giver samme data</translation>
    </message>
    <message>
        <source>a consultant name to use (repeat for several; the first gets follow-ups)</source>
        <translation>navn på en konsulent, der skal bruges (gentag for flere; den første får opfølgningerne)</translation>
    </message>
    <message>
        <source>add demo data even when the store already has records</source>
        <translation>tilføj demodata, selv om databasen allerede indeholder poster</translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation>skal være 0 eller derover</translation>
    </message>
    <message>
        <source>Name the store file with --db FILE.</source>
        <translation>Angiv datafilen med --db FIL.</translation>
    </message>
    <message>
        <source>The store {path} already has records; demo data is only added to an empty store. Use --force to add it anyway.</source>
        <translation>Databasen {path} indeholder allerede poster; demodata tilføjes kun til en tom database. Brug --force for at tilføje dem alligevel.</translation>
    </message>
    <message>
        <source>Creating demo data in {path} ...</source>
        <translation>Opretter demodata i {path} ...</translation>
    </message>
    <message>
        <source>Created {companies} companies with {persons} contact persons, {needs} needs, {candidates} candidates and {contacts} contacts ({follow_ups} with a follow-up) in {seconds:.1f} seconds.</source>
        <translation>Oprettede {companies} virksomheder med {persons} kontaktpersoner, {needs} behov, {candidates} kandidater og {contacts} kontakter ({follow_ups} med opfølgning) på {seconds:.1f} sekunder.</translation>
    </message>
    <message>
        <source>{percent} % done</source>
        <translation>{percent} % færdig</translation>
    </message>
    <message>
        <source>rank candidates for a need, or needs for a candidate</source>
        <translation>find kandidater til et behov eller behov til en kandidat</translation>
    </message>
    <message>
        <source>Rank the best candidates for a need, the best open needs for a candidate, or every open need at once, with each score explained.</source>
        <translation>Find de bedste kandidater til et behov, de bedste åbne behov til en kandidat eller alle åbne behov på én gang – med en forklaring på hver score.</translation>
    </message>
    <message>
        <source>list the open follow-ups or export them to a calendar (.ics)</source>
        <translation>vis de åbne opfølgninger eller eksportér dem til en kalender (.ics)</translation>
    </message>
    <message>
        <source>The open follow-ups (overdue, today's and coming), from logged contacts, hires and placements. With --ics they are written as a calendar file: one all-day event per follow-up, which a second export updates instead of adding again. Events name the company and the task, never a candidate.</source>
        <translation>De åbne opfølgninger (over fristen, i dag og kommende) fra registrerede kontakter, ansættelser og forløb. Med --ics skrives de som en kalenderfil: én heldagsaftale pr. opfølgning, som en ny eksport opdaterer i stedet for at tilføje igen. Aftalerne nævner virksomheden og opgaven, aldrig en kandidat.</translation>
    </message>
    <message>
        <source>the store file to read</source>
        <translation>databasefilen, der skal læses</translation>
    </message>
    <message>
        <source>write the follow-ups to this calendar file</source>
        <translation>skriv opfølgningerne til denne kalenderfil</translation>
    </message>
    <message>
        <source>only this consultant's follow-ups (default: everyone's)</source>
        <translation>kun denne konsulents opfølgninger (standard: alles)</translation>
    </message>
    <message>
        <source>Wrote {count} follow-up(s) to {file}.</source>
        <translation>Skrev {count} opfølgning(er) til {file}.</translation>
    </message>
    <message>
        <source>rank candidates for this need</source>
        <translation>find kandidater til dette behov</translation>
    </message>
    <message>
        <source>rank open needs for this candidate</source>
        <translation>find åbne behov til denne kandidat</translation>
    </message>
    <message>
        <source>rank candidates for every open need</source>
        <translation>find kandidater til alle åbne behov</translation>
    </message>
    <message>
        <source>rank open needs for every active candidate</source>
        <translation>find åbne behov til hver aktiv kandidat</translation>
    </message>
    <message>
        <source>how many to show (default 10)</source>
        <translation>hvor mange der vises (standard 10)</translation>
    </message>
    <message>
        <source>output format</source>
        <translation>outputformat</translation>
    </message>
    <message>
        <source>the same as --format json</source>
        <translation>det samme som --format json</translation>
    </message>
    <message>
        <source>also list who is excluded by a hard requirement, and why</source>
        <translation>vis også, hvem der er udelukket af et ufravigeligt krav, og hvorfor</translation>
    </message>
    <message>
        <source>rank as on this date (default today)</source>
        <translation>match som på denne dato (standard i dag)</translation>
    </message>
    <message>
        <source>processes for --needs all and --candidates all</source>
        <translation>processer til --needs all og --candidates all</translation>
    </message>
    <message>
        <source>There is no need with id {id}.</source>
        <translation>Der findes intet behov med id {id}.</translation>
    </message>
    <message>
        <source>There is no candidate with id {id}.</source>
        <translation>Der findes ingen kandidat med id {id}.</translation>
    </message>
    <message>
        <source>Need {id}: {title} ({company})</source>
        <translation>Behov {id}: {title} ({company})</translation>
    </message>
    <message>
        <source>Candidate {id}: {name}</source>
        <translation>Kandidat {id}: {name}</translation>
    </message>
    <message>
        <source>{considered} considered, {excluded} excluded by a hard requirement</source>
        <translation>{considered} vurderet, {excluded} udelukket af et ufravigeligt krav</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Ingen match.</translation>
    </message>
    <message>
        <source>Excluded:</source>
        <translation>Udelukket:</translation>
    </message>
    <message>
        <source>{rank}. {who}  score {score}</source>
        <translation>{rank}. {who}  score {score}</translation>
    </message>
    <message>
        <source>{name} (candidate {id})</source>
        <translation>{name} (kandidat {id})</translation>
    </message>
    <message>
        <source>{title}, {company} (need {id})</source>
        <translation>{title}, {company} (behov {id})</translation>
    </message>
    <message>
        <source>find occupations by a job title</source>
        <translation>find erhverv ud fra en jobtitel</translation>
    </message>
    <message>
        <source>find skills, certificates and licences by a phrase</source>
        <translation>find kompetencer, certifikater og kørekort ud fra en tekst</translation>
    </message>
    <message>
        <source>the text to search for</source>
        <translation>teksten, der skal søges efter</translation>
    </message>
    <message>
        <source>how many results to show (default 10)</source>
        <translation>hvor mange resultater der skal vises (standard 10)</translation>
    </message>
    <message>
        <source>write the results as JSON</source>
        <translation>skriv resultaterne som JSON</translation>
    </message>
    <message>
        <source>also answer with the ISCO-08 group a title names when no occupation matches it better (JSON: an object with "results" and "group")</source>
        <translation>svar også med den ISCO-08-gruppe, en titel nævner, når ingen stillingsbetegnelse passer bedre (JSON: et objekt med "results" og "group")</translation>
    </message>
    <message>
        <source>read one query a line from FILE (- for standard input) and write one JSON line per query</source>
        <translation>læs én søgning pr. linje fra FIL (- for standard input) og skriv én JSON-linje pr. søgning</translation>
    </message>
    <message>
        <source>import the ESCO classification from the official CSV files</source>
        <translation>importér ESCO-klassifikationen fra de officielle CSV-filer</translation>
    </message>
    <message>
        <source>Import ESCO occupations, skills, ISCO-08 groups and their relations from the official CSV download: zip files, folders or single CSV files, in any language. Importing again updates in place.</source>
        <translation>Importér ESCO-erhverv, -kompetencer, ISCO-08-grupper og deres sammenhænge fra den officielle CSV-download: zip-filer, mapper eller enkelte CSV-filer, på alle sprog. En ny import opdaterer det, der allerede er der.</translation>
    </message>
    <message>
        <source>ESCO zip files, folders or CSV files</source>
        <translation>ESCO-zip-filer, -mapper eller -CSV-filer</translation>
    </message>
    <message>
        <source>list our own occupations and skills that no imported ESCO concept matches</source>
        <translation>vis vores egne stillingsbetegnelser og kompetencer, som intet importeret ESCO-begreb svarer til</translation>
    </message>
    <message>
        <source>import a full Danish postcode file</source>
        <translation>importér en komplet dansk postnummerfil</translation>
    </message>
    <message>
        <source>Import postcodes with town, coordinate (lat/lon or DAWA's visueltcenter_x/_y) and municipality code from CSV files.</source>
        <translation>Importér postnumre med by, koordinat (lat/lon eller DAWA's visueltcenter_x/_y) og kommunekode fra CSV-filer.</translation>
    </message>
    <message>
        <source>postcode CSV files</source>
        <translation>CSV-filer med postnumre</translation>
    </message>
    <message>
        <source>the store file to use</source>
        <translation>den datafil, der skal bruges</translation>
    </message>
    <message>
        <source>Give a text to search for, or --batch FILE.</source>
        <translation>Angiv en tekst at søge efter, eller --batch FIL.</translation>
    </message>
    <message>
        <source>ISCO-08 group: {code} {title}</source>
        <translation>ISCO-08-gruppe: {code} {title}</translation>
    </message>
    <message>
        <source>Nothing found for "{query}".</source>
        <translation>Intet fundet for "{query}".</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Kan ikke læse {path}: {reason}</translation>
    </message>
    <message>
        <source>Line {line} of {path} is not UTF-8 text. Save the file as UTF-8 and try again.</source>
        <translation>Linje {line} i {path} er ikke UTF-8-tekst. Gem filen som UTF-8, og prøv igen.</translation>
    </message>
    <message>
        <source>score  ISCO  id      title</source>
        <translation>score  ISCO  id      titel</translation>
    </message>
    <message>
        <source>Group {code} · {title}</source>
        <translation>Gruppe {code} · {title}</translation>
    </message>
    <message>
        <source>Imported {occupations} occupations ({new_occupations} new), {skills} skills ({new_skills} new), {relations} occupation–skill relations and {groups} ISCO-08 groups in {seconds:.1f} seconds.</source>
        <translation>Importerede {occupations} erhverv ({new_occupations} nye), {skills} kompetencer ({new_skills} nye), {relations} sammenhænge mellem erhverv og kompetencer og {groups} ISCO-08-grupper på {seconds:.1f} sekunder.</translation>
    </message>
    <message>
        <source>Linked with their ESCO concept: {occupations} of our occupations and {skills} of our skills; not linked: {free_occupations} occupations and {free_skills} skills.</source>
        <translation>Koblet til deres ESCO-begreb: {occupations} af vores stillingsbetegnelser og {skills} af vores kompetencer; ikke koblet: {free_occupations} stillingsbetegnelser og {free_skills} kompetencer.</translation>
    </message>
    <message>
        <source>occupation not linked: {name}</source>
        <translation>stillingsbetegnelse ikke koblet: {name}</translation>
    </message>
    <message>
        <source>skill not linked: {name}</source>
        <translation>kompetence ikke koblet: {name}</translation>
    </message>
    <message>
        <source>Imported {total} postcodes ({added} new, {missing} without a coordinate) in {seconds:.1f} seconds.</source>
        <translation>Importerede {total} postnumre ({added} nye, {missing} uden koordinat) på {seconds:.1f} sekunder.</translation>
    </message>
    <message>
        <source>Reading the files ...</source>
        <translation>Læser filerne ...</translation>
    </message>
    <message>
        <source>Writing ISCO-08 groups ...</source>
        <translation>Skriver ISCO-08-grupper ...</translation>
    </message>
    <message>
        <source>Writing occupations ...</source>
        <translation>Skriver erhverv ...</translation>
    </message>
    <message>
        <source>Writing skills ...</source>
        <translation>Skriver kompetencer ...</translation>
    </message>
    <message>
        <source>Writing occupation–skill relations ...</source>
        <translation>Skriver sammenhænge mellem erhverv og kompetencer ...</translation>
    </message>
    <message>
        <source>import companies, contact persons, candidates, needs or logged contacts</source>
        <translation>indlæs virksomheder, kontaktpersoner, kandidater, behov eller registrerede kontakter</translation>
    </message>
    <message>
        <source>Import a CSV or Excel (.xlsx) file. Every row is checked first; the file goes in as a whole or not at all. Exit code 0: the file went in (or, with --dry-run, would); 2: it was rejected and the store is unchanged.</source>
        <translation>Indlæs en CSV- eller Excel-fil (.xlsx). Hver række kontrolleres først; filen indlæses helt eller slet ikke. Slutkode 0: filen blev indlæst (eller ville blive det med --dry-run); 2: den blev afvist, og databasen er uændret.</translation>
    </message>
    <message>
        <source>what the file holds: {kinds}</source>
        <translation>hvad filen indeholder: {kinds}</translation>
    </message>
    <message>
        <source>the CSV or .xlsx file</source>
        <translation>CSV- eller .xlsx-filen</translation>
    </message>
    <message>
        <source>the store file</source>
        <translation>lagerfilen</translation>
    </message>
    <message>
        <source>check and report only; write nothing</source>
        <translation>kontrollér og rapportér kun; skriv intet</translation>
    </message>
    <message>
        <source>a column mapping saved from the import dialog</source>
        <translation>en kolonneopsætning gemt fra importdialogen</translation>
    </message>
    <message>
        <source>export a list to CSV or Excel (.xlsx)</source>
        <translation>eksportér en liste til CSV eller Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Export all records of a kind in the columns the import reads.</source>
        <translation>Eksportér alle poster af en slags i de kolonner, importen læser.</translation>
    </message>
    <message>
        <source>what to export: {kinds}</source>
        <translation>hvad der skal eksporteres: {kinds}</translation>
    </message>
    <message>
        <source>the file to write (.csv or .xlsx)</source>
        <translation>filen, der skal skrives (.csv eller .xlsx)</translation>
    </message>
    <message>
        <source>The mapping file {path} cannot be used: {detail}</source>
        <translation>Kolonneopsætningen {path} kan ikke bruges: {detail}</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Annulleret. Intet blev skrevet.</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Kontrollerer</translation>
    </message>
    <message>
        <source>The file was rejected. Nothing was written.</source>
        <translation>Filen blev afvist. Intet blev skrevet.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written. The file can be imported as it is.</source>
        <translation>Prøvekørsel: intet blev skrevet. Filen kan indlæses, som den er.</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Skriver</translation>
    </message>
    <message>
        <source>The file went in: {summary}.</source>
        <translation>Filen blev indlæst: {summary}.</translation>
    </message>
    <message>
        <source>Cannot write to {path}: it is a folder. Name a file, e.g. {example}.</source>
        <translation>Kan ikke skrive til {path}: det er en mappe. Angiv en fil, f.eks. {example}.</translation>
    </message>
    <message>
        <source>The output file must end in .csv or .xlsx.</source>
        <translation>Outputfilen skal ende på .csv eller .xlsx.</translation>
    </message>
    <message>
        <source>Cannot write to {path}: the folder {folder} does not exist.</source>
        <translation>Kan ikke skrive til {path}: mappen {folder} findes ikke.</translation>
    </message>
    <message>
        <source>{path} could not be written: {detail}</source>
        <translation>{path} kunne ikke skrives: {detail}</translation>
    </message>
    <message>
        <source>Wrote {count} rows to {path}.</source>
        <translation>Skrev {count} rækker til {path}.</translation>
    </message>
    <message>
        <source>{phase}: {percent} %</source>
        <translation>{phase}: {percent} %</translation>
    </message>
    <message>
        <source>write a need's shortlist as a PDF</source>
        <translation>skriv et behovs kandidatliste som PDF</translation>
    </message>
    <message>
        <source>Write a need's shortlist as a PDF: its saved shortlist, or else the best candidates of the ranking. The company version shows candidates without consent anonymously; the internal version shows everything. Exit code 0: written; 1: the PDF could not be written; 2: bad input (unknown need, a store that cannot be opened, an output path that cannot be written).</source>
        <translation>Skriv et behovs kandidatliste som PDF: den gemte kandidatliste eller ellers de bedste kandidater fra matchningen. Virksomhedsudgaven viser kandidater uden samtykke anonymt; den interne udgave viser alt. Slutkode 0: skrevet; 1: PDF'en kunne ikke skrives; 2: forkert input (ukendt behov, en database, der ikke kan åbnes, eller en outputsti, der ikke kan skrives til).</translation>
    </message>
    <message>
        <source>the need's id</source>
        <translation>behovets id</translation>
    </message>
    <message>
        <source>the PDF file to write (default: shortlist-need-ID.pdf here, shortlist-need-ID-internal.pdf for the internal variant)</source>
        <translation>PDF-filen, der skal skrives (standard: kandidatliste-behov-ID.pdf her, kandidatliste-behov-ID-intern.pdf for den interne udgave)</translation>
    </message>
    <message>
        <source>company (the default; anonymous without consent) or internal</source>
        <translation>company (standard; anonym uden samtykke) eller internal (intern)</translation>
    </message>
    <message>
        <source>without a saved shortlist: how many of the best candidates (default 10)</source>
        <translation>uden en gemt kandidatliste: hvor mange af de bedste kandidater (standard 10)</translation>
    </message>
    <message>
        <source>the job centre's name in the header (default: from the settings)</source>
        <translation>jobcentrets navn i sidehovedet (standard: fra indstillingerne)</translation>
    </message>
    <message>
        <source>a logo image for the header (default: from the settings)</source>
        <translation>et logobillede til sidehovedet (standard: fra indstillingerne)</translation>
    </message>
    <message>
        <source>the consultant named in the footer (default: from the settings)</source>
        <translation>konsulenten, der står i sidefoden (standard: fra indstillingerne)</translation>
    </message>
    <message>
        <source>date the shortlist and rank as on this date (default today)</source>
        <translation>datér kandidatlisten og matchningen til denne dato (standard: i dag)</translation>
    </message>
    <message>
        <source>shortlist-need-{id}</source>
        <translation>kandidatliste-behov-{id}</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <source>erase a candidate or a contact person permanently</source>
        <translation>slet en kandidat eller en kontaktperson permanent</translation>
    </message>
    <message>
        <source>Erase a person permanently (the right to be forgotten): the person leaves every table, the search index and the file; a shortlist keeps an anonymous row. Without --yes it asks on a terminal and refuses without one. Exit code 0: erased; 2: bad input or not confirmed (nothing changed).</source>
        <translation>Slet en person permanent (retten til at blive glemt): personen forsvinder fra alle tabeller, søgeindekset og filen; en kandidatliste beholder en anonym række. Uden --yes spørges der i en terminal, og uden terminal afvises sletningen. Afslutningskode 0: slettet; 2: forkert input eller ikke bekræftet (intet ændret).</translation>
    </message>
    <message>
        <source>candidate or contact-person</source>
        <translation>candidate (kandidat) eller contact-person (kontaktperson)</translation>
    </message>
    <message>
        <source>the person's id</source>
        <translation>personens id</translation>
    </message>
    <message>
        <source>erase without asking</source>
        <translation>slet uden at spørge</translation>
    </message>
    <message>
        <source>everything about one candidate as JSON or PDF</source>
        <translation>alt om én kandidat som JSON eller PDF</translation>
    </message>
    <message>
        <source>Write everything Jobbro holds about one candidate (access and portability): JSON for a machine (FILE.json) or a readable PDF for the person (FILE.pdf). The export is recorded in the person's history. Exit code 0: written; 1: the file could not be written; 2: bad input.</source>
        <translation>Skriv alt, hvad Jobbro har om én kandidat (indsigt og dataportabilitet): JSON til et andet system (FIL.json) eller en læsevenlig PDF til personen (FIL.pdf). Udtrækket registreres i personens historik. Afslutningskode 0: skrevet; 1: filen kunne ikke skrives; 2: forkert input.</translation>
    </message>
    <message>
        <source>the candidate's id</source>
        <translation>kandidatens id</translation>
    </message>
    <message>
        <source>FILE.json or FILE.pdf</source>
        <translation>FIL.json eller FIL.pdf</translation>
    </message>
    <message>
        <source>list (or erase) what the retention rules select</source>
        <translation>vis (eller slet) det, slettereglerne udvælger</translation>
    </message>
    <message>
        <source>List the people the retention rules select for erasure, with the reason (the rules and their periods are set in the app's settings). With --erase they are erased after the same checks (asks on a terminal unless --yes).</source>
        <translation>Vis de personer, slettereglerne udvælger til sletning, med årsagen (reglerne og deres perioder sættes i programmets indstillinger). Med --erase slettes de efter de samme kontroller (spørger i en terminal, medmindre --yes er angivet).</translation>
    </message>
    <message>
        <source>write the list as JSON</source>
        <translation>skriv listen som JSON</translation>
    </message>
    <message>
        <source>erase everything listed</source>
        <translation>slet alt, der vises</translation>
    </message>
    <message>
        <source>Not erased: confirm with --yes (there is no terminal to ask on).</source>
        <translation>Ikke slettet: bekræft med --yes (der er ingen terminal at spørge i).</translation>
    </message>
    <message>
        <source>Type yes to confirm:</source>
        <translation>Skriv ja for at bekræfte:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>There is no {kind} with id {id}; nothing was erased.</source>
        <translation>Der findes ingen {kind} med id {id}; intet er slettet.</translation>
    </message>
    <message>
        <source>Erase {name} ({kind} {id}) permanently, with every link, shortlist note, follow-up and history entry? This cannot be undone.</source>
        <translation>Slet {name} ({kind} {id}) permanent med alle tilknytninger, noter på kandidatlister, opfølgninger og historikposter? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Erased {kind} {id}. Shortlist entries kept anonymously: {entries}.</source>
        <translation>Slettede {kind} {id}. Placeringer på kandidatlister beholdt anonymt: {entries}.</translation>
    </message>
    <message>
        <source>Name the output FILE.json or FILE.pdf (got {path}).</source>
        <translation>Angiv output som FIL.json eller FIL.pdf (fik {path}).</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder does not exist or it is a folder.</source>
        <translation>Kan ikke skrive {path}: mappen findes ikke, eller det er en mappe.</translation>
    </message>
    <message>
        <source>Cannot make the PDF: no font with Danish letters was found. Install DejaVu Sans (fonts-dejavu-core) or set JOBBRO_FONT_DIR to a folder holding it.</source>
        <translation>PDF'en kan ikke laves: der blev ikke fundet en skrifttype med danske bogstaver. Installér DejaVu Sans (fonts-dejavu-core), eller sæt JOBBRO_FONT_DIR til en mappe, der indeholder den.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Kunne ikke skrive {path}: {reason}</translation>
    </message>
    <message>
        <source>Wrote {path}. Pages: {pages}.</source>
        <translation>Skrev {path}. Sider: {pages}.</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>Skrev {path}.</translation>
    </message>
    <message>
        <source>Selected by the retention rules: {count}.</source>
        <translation>Udvalgt af slettereglerne: {count}.</translation>
    </message>
    <message>
        <source>Erase the {count} listed records permanently?</source>
        <translation>Slet de {count} viste poster permanent?</translation>
    </message>
    <message>
        <source>Erased: {count}.</source>
        <translation>Slettet: {count}.</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>Advarsel: {message}</translation>
    </message>
    <message>
        <source>Wrote {path}. Pages: {pages}. Candidates on the list: {count}.</source>
        <translation>Skrev {path}. Sider: {pages}. Kandidater på listen: {count}.</translation>
    </message>
    <message>
        <source>Cannot write the PDF to {path}: it is a folder.</source>
        <translation>PDF'en kan ikke skrives til {path}: det er en mappe.</translation>
    </message>
    <message>
        <source>Cannot write the PDF to {path}: the folder {folder} does not exist.</source>
        <translation>PDF'en kan ikke skrives til {path}: mappen {folder} findes ikke.</translation>
    </message>
    <message>
        <source>Cannot write the PDF to {path}: permission denied.</source>
        <translation>PDF'en kan ikke skrives til {path}: ingen skriveadgang.</translation>
    </message>
    <message>
        <source>check the measure rules for a placement, or list placements</source>
        <translation>tjek reglerne for et forløb, eller vis forløb</translation>
    </message>
    <message>
        <source>Placements: persons in praktik, løntilskud, fleksjob, IGU … at a company.</source>
        <translation>Forløb: personer i praktik, løntilskud, fleksjob, IGU … på en virksomhed.</translation>
    </message>
    <message>
        <source>may the company take one more person in the measure?</source>
        <translation>må virksomheden tage én person mere i ordningen?</translation>
    </message>
    <message>
        <source>Check the ratio rule at the company's workplaces, the measure in force and, with a candidate, who may use the measure. Nothing is written. Exit code 0: allowed; 3: a rule stands in the way (each rule's reason is printed); 2: bad input (unknown company, measure or candidate, a store that cannot be opened).</source>
        <translation>Tjek rimelighedskravet på virksomhedens arbejdssteder, om ordningen gælder, og med en kandidat, om personen kan bruge ordningen. Intet gemmes. Afslutningskode 0: tilladt; 3: en regel står i vejen (hver regels begrundelse skrives); 2: forkert input (ukendt virksomhed, ordning eller kandidat, en database der ikke kan åbnes).</translation>
    </message>
    <message>
        <source>the company's CVR number</source>
        <translation>virksomhedens CVR-nummer</translation>
    </message>
    <message>
        <source>the measure's code (internship, wage_subsidy, fleksjob, igu …)</source>
        <translation>ordningens kode (internship, wage_subsidy, fleksjob, igu …)</translation>
    </message>
    <message>
        <source>the candidate's id or external id</source>
        <translation>kandidatens id eller eksterne id</translation>
    </message>
    <message>
        <source>the start day (default today)</source>
        <translation>startdagen (standard i dag)</translation>
    </message>
    <message>
        <source>list placements</source>
        <translation>vis forløb</translation>
    </message>
    <message>
        <source>List placements, newest first.</source>
        <translation>Vis forløb, nyeste først.</translation>
    </message>
    <message>
        <source>only this company's placements</source>
        <translation>kun denne virksomheds forløb</translation>
    </message>
    <message>
        <source>only placements with this status</source>
        <translation>kun forløb med denne status</translation>
    </message>
    <message>
        <source>write JSON</source>
        <translation>skriv JSON</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>tilladt</translation>
    </message>
    <message>
        <source>later</source>
        <translation>senere</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>afvist</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>"{value}" is not a valid date (write it as dd-mm-yyyy).</source>
        <translation>"{value}" er ikke en gyldig dato (skriv den som dd-mm-åååå).</translation>
    </message>
    <message>
        <source>There is no company with CVR number {cvr}.</source>
        <translation>Der er ingen virksomhed med CVR-nummer {cvr}.</translation>
    </message>
    <message>
        <source>Unknown measure {code}. Known measures: {known}.</source>
        <translation>Ukendt ordning {code}. Kendte ordninger: {known}.</translation>
    </message>
    <message>
        <source>Allowed.</source>
        <translation>Tilladt.</translation>
    </message>
    <message>
        <source>A rule stands in the way.</source>
        <translation>En regel står i vejen.</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Kilde: {source}</translation>
    </message>
    <message>
        <source>Placements: {count}</source>
        <translation>Forløb: {count}</translation>
    </message>
    <message>
        <source>{name} is set but empty.</source>
        <translation>{name} er sat, men tom.</translation>
    </message>
    <message>
        <source>Passphrase for {path}: </source>
        <translation>Adgangskode til {path}: </translation>
    </message>
    <message>
        <source>{path} is encrypted: set {name} or run the command in a terminal to be asked for the passphrase.</source>
        <translation>{path} er krypteret: sæt {name}, eller kør kommandoen i en terminal for at blive spurgt om adgangskoden.</translation>
    </message>
    <message>
        <source>New passphrase (at least {n} characters): </source>
        <translation>Ny adgangskode (mindst {n} tegn): </translation>
    </message>
    <message>
        <source>Set {name} or run the command in a terminal to be asked for the new passphrase.</source>
        <translation>Sæt {name}, eller kør kommandoen i en terminal for at blive spurgt om den nye adgangskode.</translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Samme adgangskode igen: </translation>
    </message>
    <message>
        <source>Note: {path} is not encrypted, so {name} is not used. `jobbro encrypt --db FILE` encrypts it.</source>
        <translation>Bemærk: {path} er ikke krypteret, så {name} bruges ikke. `jobbro encrypt --db FIL` krypterer den.</translation>
    </message>
    <message>
        <source>encrypt a plain store with a passphrase</source>
        <translation>kryptér en ukrypteret database med en adgangskode</translation>
    </message>
    <message>
        <source>Encrypt a plain store: the encrypted copy is written beside it, checked, and swapped in; then the plain original is overwritten and removed. The passphrase comes from {env} or is asked for twice.</source>
        <translation>Kryptér en ukrypteret database: den krypterede kopi skrives ved siden af, kontrolleres og sættes i stedet; derefter overskrives og fjernes den ukrypterede original. Adgangskoden kommer fra {env} eller spørges om to gange.</translation>
    </message>
    <message>
        <source>change the passphrase of an encrypted store</source>
        <translation>skift adgangskoden til en krypteret database</translation>
    </message>
    <message>
        <source>Change the passphrase: the current one from {env} or a prompt, the new one from {new} or a prompt.</source>
        <translation>Skift adgangskoden: den nuværende fra {env} eller et spørgsmål, den nye fra {new} eller et spørgsmål.</translation>
    </message>
    <message>
        <source>write a checked backup of the store</source>
        <translation>skriv en kontrolleret sikkerhedskopi af databasen</translation>
    </message>
    <message>
        <source>Write a backup with SQLite's online backup API (encrypted like the store), check it, and give it its name.</source>
        <translation>Skriv en sikkerhedskopi med SQLites online backup-API (krypteret som databasen), kontrollér den, og giv den dens navn.</translation>
    </message>
    <message>
        <source>the backup file, or a folder to put a dated backup in</source>
        <translation>sikkerhedskopifilen, eller en mappe at lægge en dateret sikkerhedskopi i</translation>
    </message>
    <message>
        <source>put a backup in place of the store</source>
        <translation>sæt en sikkerhedskopi i databasens sted</translation>
    </message>
    <message>
        <source>Check a backup and put it in place of the store; the store as it was is kept as a backup of its own first. A backup made with another passphrase reads it from {env}.</source>
        <translation>Kontrollér en sikkerhedskopi, og sæt den i databasens sted; databasen, som den var, gemmes først som en sikkerhedskopi for sig. En sikkerhedskopi lavet med en anden adgangskode læser den fra {env}.</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>sikkerhedskopifilen</translation>
    </message>
    <message>
        <source>where to keep the store as it was (default: the backup folder of the settings)</source>
        <translation>hvor databasen, som den var, gemmes (standard: mappen til sikkerhedskopier i indstillingerne)</translation>
    </message>
    <message>
        <source>Encrypted {path}: {tables} tables checked, the same rows in each. The plain original was overwritten and removed. A forgotten passphrase cannot be recovered.</source>
        <translation>Krypterede {path}: {tables} tabeller kontrolleret, de samme rækker i hver. Den ukrypterede original blev overskrevet og fjernet. En glemt adgangskode kan ikke genskabes.</translation>
    </message>
    <message>
        <source>The passphrase of {path} is changed. Backups made before keep the old one.</source>
        <translation>Adgangskoden til {path} er skiftet. Sikkerhedskopier lavet før beholder den gamle.</translation>
    </message>
    <message>
        <source>Backup written and checked: {out} ({candidates} candidates, {companies} companies).</source>
        <translation>Sikkerhedskopi skrevet og kontrolleret: {out} ({candidates} kandidater, {companies} virksomheder).</translation>
    </message>
    <message>
        <source>Restored {path} from {source} ({candidates} candidates, {companies} companies).</source>
        <translation>Gendannede {path} fra {source} ({candidates} kandidater, {companies} virksomheder).</translation>
    </message>
    <message>
        <source>The store as it was is kept in {kept}.</source>
        <translation>Databasen, som den var, er gemt i {kept}.</translation>
    </message>
    <message>
        <source>share the register with a team through a server</source>
        <translation>del registret med et team via en server</translation>
    </message>
    <message>
        <source>The team's register on a PostgreSQL server.</source>
        <translation>Teamets register på en PostgreSQL-server.</translation>
    </message>
    <message>
        <source>create or upgrade the team schema on the server</source>
        <translation>opret eller opgradér teamets skema på serveren</translation>
    </message>
    <message>
        <source>libpq connection string</source>
        <translation>libpq-forbindelsesstreng</translation>
    </message>
    <message>
        <source>join a store to the team</source>
        <translation>meld et lager ind i teamet</translation>
    </message>
    <message>
        <source>list the open conflicts</source>
        <translation>vis de åbne konflikter</translation>
    </message>
    <message>
        <source>send and fetch the team's changes once</source>
        <translation>send og hent teamets ændringer én gang</translation>
    </message>
    <message>
        <source>Team schema version {after} (was {before}).</source>
        <translation>Teamets skema er version {after} (var {before}).</translation>
    </message>
    <message>
        <source>Joined the team; {n} records wait for the first sync.</source>
        <translation>Meldt ind i teamet; {n} poster venter på første synkronisering.</translation>
    </message>
    <message>
        <source>Sent {pushed}, received {pulled}, open conflicts {conflicts}, waiting {waiting}.</source>
        <translation>Sendt {pushed}, modtaget {pulled}, åbne konflikter {conflicts}, venter {waiting}.</translation>
    </message>
    <message>
        <source>write Overblik's key figures as a report</source>
        <translation>skriv Overbliks nøgletal som en rapport</translation>
    </message>
    <message>
        <source>Overblik: samarbejdsgrad, job orders, contacts and hires for a period (default the last 12 months), as JSON, xlsx or a two-page PDF.</source>
        <translation>Overblik: samarbejdsgrad, jobordrer, kontakter og ansættelser for en periode (standard de seneste 12 måneder) som JSON, xlsx eller en PDF på to sider.</translation>
    </message>
    <message>
        <source>first day of the period</source>
        <translation>periodens første dag</translation>
    </message>
    <message>
        <source>last day of the period</source>
        <translation>periodens sidste dag</translation>
    </message>
    <message>
        <source>only this consultant's companies</source>
        <translation>kun denne konsulents virksomheder</translation>
    </message>
    <message>
        <source>only companies in this municipality</source>
        <translation>kun virksomheder i denne kommune</translation>
    </message>
    <message>
        <source>only companies in this industry</source>
        <translation>kun virksomheder i denne branche</translation>
    </message>
    <message>
        <source>the municipality's number of companies with employees</source>
        <translation>kommunens antal virksomheder med ansatte</translation>
    </message>
    <message>
        <source>the report's format</source>
        <translation>rapportens format</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>filen, der skal skrives</translation>
    </message>
    <message>
        <source>The period must be two dates YYYY-MM-DD, the first not after the last.</source>
        <translation>Perioden skal være to datoer ÅÅÅÅ-MM-DD, hvor den første ikke ligger efter den sidste.</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Skrev {path}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The record no longer exists. It may have been deleted in another window.</source>
        <translation>Posten findes ikke længere. Den kan være slettet i et andet vindue.</translation>
    </message>
    <message>
        <source>Jobbro may not write to this file or folder: {path}</source>
        <translation>Jobbro må ikke skrive til denne fil eller mappe: {path}</translation>
    </message>
    <message>
        <source>The file could not be read or written: {detail}</source>
        <translation>Filen kunne ikke læses eller skrives: {detail}</translation>
    </message>
    <message>
        <source>Something went wrong that Jobbro did not expect. Nothing was saved.</source>
        <translation>Der skete en uventet fejl i Jobbro. Intet blev gemt.</translation>
    </message>
    <message>
        <source>Jobbro</source>
        <translation>Jobbro</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Prospect</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Kandidater sendt</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Besat</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Foreslået</translation>
    </message>
    <message>
        <source>Sent to the company</source>
        <translation>Sendt til virksomheden</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Ansat</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afslag</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Trukket tilbage</translation>
    </message>
    <message>
        <source>In job</source>
        <translation>I job</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Online meeting</source>
        <translation>Onlinemøde</translation>
    </message>
    <message>
        <source>Ordinary job</source>
        <translation>Ordinært job</translation>
    </message>
    <message>
        <source>Flexi-job</source>
        <translation>Fleksjob</translation>
    </message>
    <message>
        <source>Wage subsidy</source>
        <translation>Løntilskud</translation>
    </message>
    <message>
        <source>Work trial</source>
        <translation>Virksomhedspraktik</translation>
    </message>
    <message>
        <source>IGU</source>
        <translation>IGU</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Elevplads/lærlingeplads</translation>
    </message>
    <message>
        <source>Seasonal job</source>
        <translation>Sæsonjob</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Aften</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nat</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <source>No Danish</source>
        <translation>Intet dansk</translation>
    </message>
    <message>
        <source>Basic Danish</source>
        <translation>Lidt dansk</translation>
    </message>
    <message>
        <source>Good Danish</source>
        <translation>Godt dansk</translation>
    </message>
    <message>
        <source>Fluent Danish</source>
        <translation>Flydende dansk</translation>
    </message>
    <message>
        <source>Danish as mother tongue</source>
        <translation>Dansk som modersmål</translation>
    </message>
    <message>
        <source>No completed education</source>
        <translation>Ingen afsluttet uddannelse</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Grundskole</translation>
    </message>
    <message>
        <source>Upper secondary school</source>
        <translation>Gymnasial uddannelse</translation>
    </message>
    <message>
        <source>Vocational education</source>
        <translation>Erhvervsuddannelse</translation>
    </message>
    <message>
        <source>Short higher education</source>
        <translation>Kort videregående uddannelse</translation>
    </message>
    <message>
        <source>Medium-cycle higher education</source>
        <translation>Mellemlang videregående uddannelse</translation>
    </message>
    <message>
        <source>Long-cycle higher education</source>
        <translation>Lang videregående uddannelse</translation>
    </message>
    <message>
        <source>Named profile may be shared with companies</source>
        <translation>Navngiven profil må deles med virksomheder</translation>
    </message>
    <message>
        <source>Named profile and contact details may be shared</source>
        <translation>Navngiven profil og kontaktoplysninger må deles</translation>
    </message>
    <message>
        <source>1 employee</source>
        <translation>1 ansat</translation>
    </message>
    <message>
        <source>2–9 employees</source>
        <translation>2–9 ansatte</translation>
    </message>
    <message>
        <source>10–49 employees</source>
        <translation>10–49 ansatte</translation>
    </message>
    <message>
        <source>50–249 employees</source>
        <translation>50–249 ansatte</translation>
    </message>
    <message>
        <source>250 or more employees</source>
        <translation>250 eller flere ansatte</translation>
    </message>
    <message>
        <source>Erased candidate</source>
        <translation>Slettet kandidat</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>pdf_pages</name>
    <message>
        <source>The document is empty.</source>
        <translation>Dokumentet er tomt.</translation>
    </message>
    <message>
        <source>The document is not a readable PDF ({detail}).</source>
        <translation>Dokumentet er ikke en læsbar PDF ({detail}).</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and try again.</source>
        <translation>Printeren kunne ikke startes. Kontrollér, at den er tændt, og prøv igen.</translation>
    </message>
    <message>
        <source>The printer stopped after 1 page.</source>
        <translation>Printeren stoppede efter 1 side.</translation>
    </message>
    <message>
        <source>The printer stopped after %1 pages.</source>
        <translation>Printeren stoppede efter %1 sider.</translation>
    </message>
</context>
</TS>