<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Audit</name>
    <message>
        <source>Cannot write the audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkLoad</name>
    <message>
        <source>Cannot write the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the tables for a bulk load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rebuild the indexes after a bulk load</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row was checked and matched as the import will do it; nothing is saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show problem rows only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with problems are left out and can be saved to a file after the import. Go back to change the mapping or the date order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid shows the first %1 rows with problems; all %2 go to the problem rows file you can save after the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) cannot be kept; those contacts will be imported without them:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is checked and matched as the import will do it; nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check stopped; nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompaniesModule</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No companies yet. Import a file or add demo data to get started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company name starts with “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s) found</source>
        <translation>
            <numerusform>%Ln company found</numerusform>
            <numerusform>%Ln companies found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>%Ln company</numerusform>
            <numerusform>%Ln companies</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected companies to the trash (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s) moved to the trash. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected companies as CSV, Excel, vCard or JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsModule</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, email or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet. Import a file or add demo data to get started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) found</source>
        <translation>
            <numerusform>%Ln contact found</numerusform>
            <numerusform>%Ln contacts found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected contacts to the trash (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) moved to the trash. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No contact matches this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for contacts that are the same person across the whole base and merge them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone Numbers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database server cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is writing to the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>This is not a database address Kontor understands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateCommands</name>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo the merge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” and “%2” are not duplicates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Duplicates and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a row is recognised as a record Kontor already has, and what happens then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row is the same record when it has the same:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontor ID (a column of a Kontor export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it is already there:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the record with the row&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill only the record&apos;s empty fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create another record anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates like 03/04/2023 are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous: list them as problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day / month / year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month / day / year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this mapping for the next file as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name, e.g. “Trade fair list” (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity is already there when its contact, type, time, subject and note are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title and company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep photos (the cards&apos; pictures are stored with the contacts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact that has a photo keeps it; Undo import removes the photos it added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditDealCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be changed back: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, Excel (.xlsx) or vCard. Nothing is saved until the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to import, or drop one on Kontor&apos;s window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard file (%1); each card becomes a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, %1, delimiter “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the first rows have the wrong number of fields; they will be listed as problems.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import (*.csv *.txt *.tsv *.xlsx *.vcf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as the saved mapping “%1” reads such files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>%1 rows: %2 to create, %3 to update, %4 to skip as duplicates, %5 with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and more in the problem rows file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching photos: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column goes into the field chosen here; “Do not import” leaves it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontor field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New custom field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: suggested from the column names and contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved mapping “%1” was made for a file with these columns; it is used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDealStageCommand</name>
    <message>
        <source>Move “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be moved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paging</name>
    <message>
        <source>The list position is not valid for this sort order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>stage %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save problem rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save problem rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows, %2 rows per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1 s: %2 created, %3 updated, %4 skipped, %5 rows with problems.
This import can be undone from the Import page (import %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be kept; those contacts were imported without them:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Cannot pause the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rebuild the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the search index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Cannot sign in as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (all day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly on day %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>This kind of record has no trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the photo of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the photo of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Writer</name>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo data was cancelled; the database was left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users, pipelines and products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the pipeline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline needs open, won and lost stages for demo deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the lists the demo data uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage stays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor</name>
    <message>
        <source>company %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move it to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore it from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not exist or is already in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the selected contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown filter &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; %2 takes numbers like 1250 or 12.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2026-03-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontor ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the export file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export file is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals cannot be written as vCard; choose CSV, .xlsx or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records do not fit on one .xlsx sheet (at most 1,048,575); export as CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 of that name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an iCalendar file: it does not start with BEGIN:VCALENDAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>END:%1 does not close the open component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event without a start (DTSTART)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting without a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTSTART: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTEND: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DURATION &quot;%1&quot; is not a duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the repeat rule &quot;%2&quot; is not supported; the first meeting is imported without repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends inside %1 (it is cut short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check for an earlier import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task does not exist or is in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the names of duplicate contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot re-normalize the phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom field &quot;%1&quot; belongs to another kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities cannot be written as vCard; choose CSV, .xlsx or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the export file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the export file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote is not closed in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field %1 is not a field of contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection without sending the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be fetched: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only web addresses (http, https) are fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ActivityRepository</name>
    <message>
        <source>Unknown kind of activity &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity must belong to a contact, a company or a deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown direction &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duration cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a subject or a few words about what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update when the contact was last contacted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::BoardColumnModel</name>
    <message>
        <source>%1 — no activity since %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::BoardController</name>
    <message>
        <source>deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pipeline has no won stage; add one in the pipeline settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pipeline has no lost stage; add one in the pipeline settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::BoardRepository</name>
    <message>
        <source>Cannot read the board of the pipeline &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the board position of deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reorder the cards of stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card to drop before is not in this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the list of users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the list of tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::BoardView</name>
    <message>
        <source>%1 · weighted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by deal, company or contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop here: Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop here: Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Next Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Previous Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::CalendarPage</name>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::CalendarView</name>
    <message>
        <source>+%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned in the next two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::CardDelegate</name>
    <message>
        <source>⚠ No next task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage · rotting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::CardListModule</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the card of the selected row (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::CompanyCard</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This company cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This company is in the trash. Restore it from the Trash to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: please fix the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a call, meeting or to-do with this company (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::CompanyRepository</name>
    <message>
        <source>A company needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the new company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This company does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This company is in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look up the company &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the company list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the companies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::CompleteTaskCommand</name>
    <message>
        <source>Complete &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::CompleteTaskDialog</name>
    <message>
        <source>Complete Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of it? e.g. Interested, wants a discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log it on the timeline as a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule the &amp;next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Send the revised offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the next step, or untick &quot;Schedule the next step&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a few words about what happened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. crm.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in your system keychain, never in Kontor&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password keychain is running on this computer, so Kontor will ask for the password each time you connect. It is never saved in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name or address of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server name cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name you sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ContactBulkActions</name>
    <message>
        <source>Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag to the selected contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a tag from the selected contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the selected contacts to a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the status of the selected contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected contacts as CSV, Excel, vCard or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more contacts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln contact(s) “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag “%1” from %Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %Ln contact(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: the selected contacts already had that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) changed. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag to add to %Ln contact(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to remove from %Ln contact(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Assign Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Owner of %Ln contact(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Status of %Ln contact(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Kontor exports .csv, .xlsx, .vcf and .json files, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) exported to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ContactBulkEditor</name>
    <message>
        <source>Type the name of the tag to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tag the selected contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the tag to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot untag the selected contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (lead, prospect or customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the selected contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ContactCard</name>
    <message>
        <source>Write email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start typing a company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the company&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 555 0100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role there:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact is in the trash. Restore it from the Trash to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contacted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contacted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no company called “%1”. Pick one from the list, or add it under Companies first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: please fix the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” moved to the trash. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a call, meeting or to-do with this person (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@handle or profile address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add messenger or profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messengers, profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JPEG, PNG or GIF image of up to 4 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo was not changed: “%1” cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo was not changed: “%1” — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ContactFilter</name>
    <message>
        <source>A filter is written key=value, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ContactFilterBar</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only people not contacted for longer than this (or never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only people contacted within this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has an open deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product SKU or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this filter as a named segment, for you or the whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tem&amp;perature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sour&amp;ce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contacted for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “from” date is after the “to” date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company is named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ContactMerger</name>
    <message>
        <source>contact %1 into contact %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be chosen from contact %2 in this merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge the contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1 does not exist or is in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact %1 from contact %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no merge of these contacts to undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ContactPhotoRepository</name>
    <message>
        <source>Cannot read the contact&apos;s photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo is not a JPEG, PNG or GIF image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the contact&apos;s photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the contact&apos;s photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ContactRepository</name>
    <message>
        <source>A contact needs a name or an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown temperature &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the new contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the emails and phones of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact is in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the contact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::CsvWriter</name>
    <message>
        <source>Cannot write the CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::CustomCondition</name>
    <message>
        <source>includes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom-field condition is written custom:Field=value (or !=, &lt;, &lt;=, &gt;, &gt;=, ~ for contains), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a comparison: use =, !=, &lt;, &lt;=, &gt;, &gt;= or ~</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition on &quot;%1&quot; needs a value (or * for any value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; can only be compared with a number or a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; (%2) cannot be filtered with &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition on &quot;%1&quot; needs a value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::CustomConditionRow</name>
    <message>
        <source>Remove this condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type the value to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::CustomConditionsEditor</name>
    <message>
        <source>+ Add Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow the list by a custom field: all conditions must hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no custom fields for contacts yet (Settings → Custom Fields…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::CustomField</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field type &quot;%1&quot; (use text, number, date, bool, choice or multichoice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields belong to contacts, companies or deals, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom field needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A choice field needs at least one option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An option cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::CustomFieldRepository</name>
    <message>
        <source>Cannot read the custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This custom field does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no custom field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a field named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type of &quot;%1&quot; cannot change while records have a value in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; is still used by some records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the custom field values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::CustomFieldsDialog</name>
    <message>
        <source>Custom Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Region, Budget, Contract end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices (one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this field and its values everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” deleted with its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field is back with its values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::CustomFieldsForm</name>
    <message>
        <source>Custom fields cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some custom fields have values that do not fit them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::CustomListColumns</name>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::CustomValueEditor</name>
    <message>
        <source>A number, e.g. 1250 or 12.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::CustomValuesCommand</name>
    <message>
        <source>Edit custom fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::DashboardModule</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New leads this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to list the records behind this figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Won per month&lt;/b&gt; (last 6 months, click a bar for the deals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Funnel&lt;/b&gt; of the deals created in the last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>of %1 plan (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no plan for this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle past their stage&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in %1. Updated %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::Database</name>
    <message>
        <source>Cannot create the folder for the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database driver is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused Kontor&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::DealCard</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person: start typing a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first person is the deal&apos;s main contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line that is not in the catalogue: a service, a fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower it to the minimum to use the stage&apos;s probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start typing a company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the next call, meeting or to-do for this deal (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deal cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deal is in the trash. Restore it from the Trash to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 % likely · created %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage default (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total of the products below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products: the amount is typed in above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: “%1” is not an amount such as 12500.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: there is no company called “%1”. Pick one from the list, or add it under Companies first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: please fix the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the deal at once; Ctrl+Z moves it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (won)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lost)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::DealHistoryDialog</name>
    <message>
        <source>Stage History of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::DealRepository</name>
    <message>
        <source>A deal needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as EUR or USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal amount cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The win probability must be between 0 and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the new deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deal does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deal is in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage belongs to another pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 to the stage &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the deal list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the stage history of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency of a deal with products cannot change; remove the products first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the deal was lost: pick a lost reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline &quot;%1&quot; has no won stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline &quot;%1&quot; has no lost stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the lost note of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sum the deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the people of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an existing contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the people of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the deals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::DealsListModel</name>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::DealsListView</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by deal, company or contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (weighted %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deals match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select the deals to export first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals export to .csv, .xlsx or .json, not “.%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deal(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open, no next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns this list shows, custom fields included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::DealsModule</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pipelines and Stages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roduct Catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::DemoDataOffer</name>
    <message>
        <source>Welcome to Kontor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no contacts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would you like to try Kontor with demo data? It adds 2,000 contacts, 300 companies and 500 deals with two years of history. Use a new database for your real customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Demo Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be added. Your database is unchanged.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::DemoGenerator</name>
    <message>
        <source>The numbers of demo records cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::DrillDialog</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2, largest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter, to open its card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::DuplicateFinder</name>
    <message>
        <source>Cannot look for duplicate contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::DuplicatePairsModel</name>
    <message>
        <source>same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar name in the same company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::DuplicateReview</name>
    <message>
        <source>Cannot read the pairs marked as not duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot preview the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact %1 into contact %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1 does not exist or is in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact is always the same as itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark the contacts as not duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the contacts does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take back &quot;not a duplicate&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts %1 and %2 are not marked as &quot;not a duplicate&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the whole contact base again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the Other Instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the right-hand record and merge the left-hand one into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are different people: do not propose this pair again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with the values chosen above (Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for duplicates across all contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search for duplicates failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of contacts look like the same person.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Merged “%1” into “%2”. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::EditTaskCommand</name>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ExportDialog</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln company</numerusform>
            <numerusform>%Ln companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-friendly (byte-order mark, for Excel on Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (comma-separated text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard 3.0 (.vcf, older phones and Outlook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard 4.0 (.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected records (select them in a list first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the export; no file is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the contacts in the segment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ExportSource</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the records to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A selected record no longer exists or is in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the contacts to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the companies to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the deals to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the custom fields to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the activities to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the photos to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment narrows contacts and their activities, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::FoldKeys</name>
    <message>
        <source>Cannot prepare the %1 for look-ups by name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ImportModule</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 is done. Select it and press Undo import to reverse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import %1? What it created is deleted and what it changed is put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing import %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring contacts, companies, deals and activities in from CSV, Excel or vCard files — or drop a file on this window. Every import can be undone: it deletes what the import created and puts back what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::LineItemsModel</name>
    <message>
        <source>“%1” is priced in %2 but the deal is in %3: type its price in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a product needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a quantity (a number, 0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a price such as 1250.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a discount is a percentage from 0 to 100, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ListModule</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the list again from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns this list shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::LogActivityDialog</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing (I reached out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming (they reached out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said or agreed, next steps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::Lookups</name>
    <message>
        <source>Cannot read the list of roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the list of users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the deals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::LostReasonDialog</name>
    <message>
        <source>Deal Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::MainWindow</name>
    <message>
        <source>About Kontor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontor %1
A CRM for salespeople, on your laptop or your team&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Local Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Local Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kontor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.
Use File → Open Local Database, or Connect to Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite, on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Undo or Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custom Fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::MergePreviewPanel</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a pair on the left to see what a merge would keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep:&lt;/b&gt; %1 &lt;small&gt;(#%2)&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Merge into it:&lt;/b&gt; %1 &lt;small&gt;(#%2)&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 + %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;After the merge the kept contact has:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messengers (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities: %1 · Deals: %2 · Tasks: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) taken from the other record; it goes to the trash.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Custom fields&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::Migrator</name>
    <message>
        <source>Cannot create the schema version table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was created by a newer Kontor. Please update Kontor to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the schema for upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database failed at step %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::MultiValueEditor</name>
    <message>
        <source>Remove this line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::PhoneSettingsDialog</name>
    <message>
        <source>%1 (%2) +%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers typed without a country code (+…) are read as numbers of this region. Search and duplicate detection compare every number in its international form, so “040 123 4567” finds “+358 40 123 4567” when the region is Finland.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s region (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also read the phones already stored with this region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers saved before were read with the old region. What was typed stays as it is; only the form search and duplicates compare is computed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Numbers typed from now on are read with this region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Reading the stored phones again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Region %1: %Ln phone(s) read again, </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln contact(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be read as a number of any country and stay as typed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::PipelineRepository</name>
    <message>
        <source>new stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The win probability must be between 0 and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before a deal rots cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pipeline does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pipeline called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pipeline needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the pipeline &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename pipeline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stage does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the stage &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the stage &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new order must list every stage of the pipeline once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reorder the stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals can only move to another stage of the same pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals cannot be moved to a lost stage without a reason each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the stage &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) are still in this stage; move them to another stage first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The pipeline &quot;%1&quot; has no stage called &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the lost reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lost reason called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lost reason needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the lost reason &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the only pipeline; add another before deleting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the pipeline &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; still holds %2 deal(s); move or delete them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost reason %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the lost reason &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lost reason does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::PipelineSettingsDialog</name>
    <message>
        <source>Move Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals are still in “%1”. Move them to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win probability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rots after idle days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Lost Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Lost Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer / Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost reasons (all pipelines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines and Stages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::PlanEditor</name>
    <message>
        <source>Sales plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 25000 or 25000.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the plan to change in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: write it like 25000 or 25000.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This manager already has a plan for that period and currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the plan to delete in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as monthly plans (a quarter or a year split evenly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (or clear &quot;Add as monthly plans&quot; to add it as one plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the plan of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 monthly plans of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a plan for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 monthly plans added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the plan of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ProductCatalogueDialog</name>
    <message>
        <source>Still sold (offered on deals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a price such as 120.00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ProductRepository</name>
    <message>
        <source>A product needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as EUR or USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line item of deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line item belongs to a deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line item needs a product or a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quantity cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount must be between 0 and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the product &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the product catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the products of deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is priced in %2 but the deal is in %3; enter the price in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the amount of deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add a product to deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deal does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change a product of deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line item does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove line item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the products of deal %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ProductTableModel</name>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::QuickAddTaskDialog</name>
    <message>
        <source>Edit Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done? e.g. Call back about the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick several people to give each their own copy, tracked together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assi&amp;gned to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one person to do it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::QuickSearchModel</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::QuickSearchPopup</name>
    <message>
        <source>Quick Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a contact, company or deal — name, email, phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, part of an email or a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the selected one; ↑ ↓ choose; Esc closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::Recurrence</name>
    <message>
        <source>Say on which days a weekly task repeats, e.g. weekly:mon,thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the week (mon, tue, wed, thu, fri, sat, sun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A monthly task repeats on a day from 1 to 31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat is daily, weekly:DAYS or monthly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ReminderNotifier</name>
    <message>
        <source>Kontor reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze the last reminder 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ReminderPopup</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me of this again in 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me of this again in an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the deal, contact or company this task is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the task: what came of it, and the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed while Kontor was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>While Kontor was closed, %n reminder(s) came due.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not snooze: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ReminderScheduler</name>
    <message>
        <source>Cannot read the reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark the reminder as shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze needs a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot snooze the reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task is done or in the trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ReportChart</name>
    <message>
        <source>Nothing to show for this period and filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar to list the records behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Click a point to list the records behind it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ReportEngine</name>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals created in the period that reached each stage, stage-to-stage conversion, time in stage and cycle length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales dynamics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won deals and amount per period, next to the period before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won vs lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals won and lost per period and the win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why deals closed in the period were lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per owner: deals won, amount, win rate, calls, meetings, e-mails, tasks on time and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per source channel: deals created, won, conversion and revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How large won deals are: distribution, average and median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long won deals took from creation to closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals weighted by probability, by expected close month, against plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan vs fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales plans per manager and period, what was won, and how much of the plan that is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABC/XYZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers by share of revenue (A/B/C) and regularity of purchases (X/Y/Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pipeline to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read currencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read source channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ReportFilterBar</name>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing: the company (or, without one, the person) had a deal won before this deal was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::Reports</name>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ReportsModule</name>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales plans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a row to list the records behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::RescheduleTaskCommand</name>
    <message>
        <source>Reschedule &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::SalesPlanRepository</name>
    <message>
        <source>sales plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new sales plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the manager the plan is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan needs the first and last day of its period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan&apos;s amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read sales plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save sales plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a sales plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That sales plan does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete sales plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To spread a plan over months its period must start on the 1st of a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To spread a plan over months its period must end on the last day of a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a plan that had an id can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore sales plan %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::SearchRepository</name>
    <message>
        <source>Cannot search for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::SegmentListModel</name>
    <message>
        <source>%1 (%L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shared with the team: %Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only yours: %Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::SegmentPanel</name>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every contact again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen segment (the contacts stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segments could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shared with the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked, only you see this segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the segment “%1”? The contacts in it stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segments could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::SegmentRepository</name>
    <message>
        <source>A segment needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the segment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no segment with this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This segment does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::SessionController</name>
    <message>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontor could not open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are still working in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Local Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Use Open Local Database to open it, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Local Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not store the password (%1). Kontor will ask for it next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontor could not sign in to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::SqliteRowBatch</name>
    <message>
        <source>Cannot write the rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::StageHistory</name>
    <message>
        <source>Cannot read the stage history of deal %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::StageHistoryTable</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::TaskRepository</name>
    <message>
        <source>Cannot read the task list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays are shown for at most a year at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the birthdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the group task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the deals without a next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task needs a title: what is to be done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is longer than 500 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type &quot;%1&quot; must be one word of at most 40 letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority is 0 (normal), 1 (high) or 2 (urgent), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duration cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An all-day task needs the day it is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder needs a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder can be at most 60 days before the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A repeating task needs a due date to repeat from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the group task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new due time is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new due date is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next step cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task is already done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot complete the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the task again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task is not done, or is in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look up the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::TasksModule</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a call, meeting or to-do (Ctrl+T from anywhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected task done, note the outcome and plan the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these tasks and meetings as an .ics file for other calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read meetings from an .ics file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tasks could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose tasks: yours, a colleague&apos;s or everyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone&apos;s tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left for today. Press Ctrl+T to plan a call or a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing overdue. Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned yet after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed tasks will be listed here, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved &quot;%1&quot; to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n meeting(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already there.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::TimelineModel</name>
    <message>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messengers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged with contact #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with contact #%1 undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as not a duplicate of contact #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be a duplicate of contact #%1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by import #%1 (row %2 of the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by import #%1 of %2, row %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::TimelinePanel</name>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::TimelineRepository</name>
    <message>
        <source>Cannot read the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::TrashBin</name>
    <message>
        <source>Cannot read the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of days cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot empty the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only contacts, companies, deals and tasks are in the trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::TrashListing</name>
    <message>
        <source>Cannot read the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count what is in the trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::TrashModule</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected records back where they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything in the trash for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the trash by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the trash matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) restored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Some records could not be restored:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the Trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the %1 records in the trash for good? Their activities and tasks stay, without them. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash could not be emptied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records deleted for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted contacts, companies, deals and tasks wait here until you restore them. Select several with Shift or Ctrl.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::TrashTaskCommand</name>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::VCardWriter</name>
    <message>
        <source>Cannot write the vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::XlsxWriter</name>
    <message>
        <source>Excel export needs the libxlsxwriter library, which cannot be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add a sheet to the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An .xlsx sheet holds at most 1,048,576 rows; export as CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell is longer than the 32,767 characters .xlsx allows; export as CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a cell of the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook was not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the finished workbook back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::importing</name>
    <message>
        <source>A vCard file holds contacts; import it as contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read a custom value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a custom value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of the file is mapped to a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the problem rows file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced failure for a test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the problem rows file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems, so nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot finish the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontor ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline (name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage (name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact (email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company (name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner (name or email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name (split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore a custom value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove what the import created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This import was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark the import as undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such day in the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a two-digit year is ambiguous; write the year in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous: %1 could be day/month or month/day; choose the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous: %1 could be thousands or decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than two decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the new companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the new contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status (open, won, lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost reason (name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type (call, email, meeting, note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note / body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal (title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (minutes or h:mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction (in, out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapping profile needs a name of 1 to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the mapping profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the mapping profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the mapping profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mapping profile of this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the mapping profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore when the contact was last contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID (the other system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the deal&apos;s external id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the new deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the deal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::importing::FetchedPhotos</name>
    <message>
        <source>Cannot keep the photos: no room for them in the temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep the photos: the temporary folder is full or not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fetched photo could not be read back (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::importing::ImportMapping</name>
    <message>
        <source>The mapping names a column the file does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping names an unknown field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::importing::ImportProblem</name>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2, &quot;%3&quot;: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::importing::MappingProfile</name>
    <message>
        <source>The saved mapping profile is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved mapping profile names an unknown field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping profile &quot;%1&quot; needs a column this file does not have.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::importing::VCardSource</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail</name>
    <message>
        <source>Cannot record the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look up the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the deal&apos;s stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put the deal back in its stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep the photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a birthday in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name and no email address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::ActivityWriter</name>
    <message>
        <source>must be one of: call, email, meeting, note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contact has this email address; import the contacts first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a duration: write minutes (45) or hours and minutes (1:30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be in (incoming) or out (outgoing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no type (call, email, meeting or note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither a subject nor a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read when the contact was last contacted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::CompanyWriter</name>
    <message>
        <source>not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no company name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::ContactWriter</name>
    <message>
        <source>Cannot look for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::DealRowReader</name>
    <message>
        <source>a deal amount cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a currency code such as EUR or USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of: open, won, lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contact has this email address; import the contacts first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount is in %1, this column says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no deal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pipeline of this name; the pipelines are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stage of this name in the pipeline &quot;%1&quot;; its stages are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stage of this name; the stages are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stage of several pipelines (%1); add a Pipeline column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stage &quot;%1&quot; is a %2 stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pipeline &quot;%1&quot; has no %2 stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no pipeline to put the deal in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lost reason of this name; the reasons are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lost reason for a deal that is not lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::DealWriter</name>
    <message>
        <source>Cannot save the deal&apos;s external id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::ImportLookups</name>
    <message>
        <source>Cannot look up the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users have this name; use their login or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user of this name, login or email; the users are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look up the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several deals of this contact have this title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several deals have this title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this contact has no deal with this title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no deal has this title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::PhotoKeeper</name>
    <message>
        <source>embedded image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The contact was imported without the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 was imported without the photo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::phone</name>
    <message>
        <source>Cannot read the default phone region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: it needs 3 to 17 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: no country uses this code and length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region code phone numbers know (two letters, e.g. FI, DE, RU, US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the default phone region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::reports</name>
    <message>
        <source>dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashboard: overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashboard: new leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New leads this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the deals behind a figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the deals behind a figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count new contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list new contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no records behind this figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABC/XYZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regularity class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From previous stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From first stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals that reached %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted of plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals expected to close in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan vs fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager and period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won by %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales dynamics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals won from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won in the period before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in the period before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won vs lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals closed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won deals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managers report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks done late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals closed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channels report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stage now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average days so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the time deals spent in each stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kontor, a CRM for salespeople.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database (sqlite:FILE or postgresql://user@host:port/name) instead of KONTOR_DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this module first (contacts, companies, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (en, ru, bg, fi, sw, fa, lo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the card of the contact with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the card of the company with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the card of the deal with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a settings dialog: pipelines or products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open quick-search[:TEXT], custom-fields or duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
