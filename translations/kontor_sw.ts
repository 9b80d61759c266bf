<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw_KE">
<context>
    <name>Audit</name>
    <message>
        <source>Cannot write the audit log</source>
        <translation>Haiwezi kuandika kumbukumbu ya ukaguzi</translation>
    </message>
</context>
<context>
    <name>BulkLoad</name>
    <message>
        <source>Cannot write the rows</source>
        <translation>Haiwezi kuandika safu</translation>
    </message>
    <message>
        <source>Cannot prepare the tables for a bulk load</source>
        <translation>Haiwezi kuandaa majedwali kwa upakiaji wa wingi</translation>
    </message>
    <message>
        <source>Cannot rebuild the indexes after a bulk load</source>
        <translation>Haiwezi kujenga upya faharasa baada ya upakiaji wa wingi</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Website</source>
        <translation>Tovuti</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Barua pepe</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Mitandao ya kijamii</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Rufaa</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tukio</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Nyingine</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Baridi</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Vuguvugu</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Moto</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Haijakadiriwa</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Kagua kabla ya kuleta</translation>
    </message>
    <message>
        <source>Every row was checked and matched as the import will do it; nothing is saved yet.</source>
        <translation>Kila safu imekaguliwa na kulinganishwa kama uletaji utakavyofanya; hakuna kilichohifadhiwa bado.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Leta</translation>
    </message>
    <message>
        <source>Show problem rows only</source>
        <translation>Onyesha safu zenye matatizo pekee</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Inakagua kila safu…</translation>
    </message>
    <message>
        <source>Rows with problems are left out and can be saved to a file after the import. Go back to change the mapping or the date order.</source>
        <translation>Safu zenye matatizo zinaachwa nje na zinaweza kuhifadhiwa kwenye faili baada ya uletaji. Rudi nyuma ili kubadilisha ulinganishaji au mpangilio wa tarehe.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Safu</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Tatizo</translation>
    </message>
    <message>
        <source>The grid shows the first %1 rows with problems; all %2 go to the problem rows file you can save after the import.</source>
        <translation>Gridi inaonyesha safu %1 za kwanza zenye matatizo; zote %2 zinaenda kwenye faili la safu zenye matatizo unaloweza kuhifadhi baada ya uletaji.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) cannot be kept; those contacts will be imported without them:</source>
        <translation>
            <numerusform>Picha %n haiwezi kuhifadhiwa; waasiliani hao wataletwa bila picha:</numerusform>
            <numerusform>Picha %n haziwezi kuhifadhiwa; waasiliani hao wataletwa bila picha:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is checked and matched as the import will do it; nothing is saved.</source>
        <translation>Kila safu inakaguliwa na kulinganishwa kama uletaji utakavyofanya; hakuna kinachohifadhiwa.</translation>
    </message>
    <message>
        <source>The check stopped; nothing is saved.</source>
        <translation>Ukaguzi ulisimama; hakuna kilichohifadhiwa.</translation>
    </message>
</context>
<context>
    <name>CompaniesModule</name>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sekta</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Jiji</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Nchi</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Tovuti</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Watu</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Kampuni</translation>
    </message>
    <message>
        <source>Search by company name</source>
        <translation>Tafuta kwa jina la kampuni</translation>
    </message>
    <message>
        <source>No companies yet. Import a file or add demo data to get started.</source>
        <translation>Bado hakuna kampuni. Leta faili au ongeza data ya mfano ili kuanza.</translation>
    </message>
    <message>
        <source>No company name starts with “%1”.</source>
        <translation>Hakuna jina la kampuni linaloanza na “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s) found</source>
        <translation>
            <numerusform>Kampuni %Ln imepatikana</numerusform>
            <numerusform>Kampuni %Ln zimepatikana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>Kampuni %Ln</numerusform>
            <numerusform>Kampuni %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Futa</translation>
    </message>
    <message>
        <source>Move the selected companies to the trash (Del)</source>
        <translation>Hamishia kampuni zilizochaguliwa kwenye tupio (Del)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s) moved to the trash. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Kampuni %Ln imehamishiwa kwenye tupio. Tendua kwa Ctrl+Z.</numerusform>
            <numerusform>Kampuni %Ln zimehamishiwa kwenye tupio. Tendua kwa Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Hamisha…</translation>
    </message>
    <message>
        <source>Save the selected companies as CSV, Excel, vCard or JSON</source>
        <translation>Hifadhi kampuni zilizochaguliwa kama CSV, Excel, vCard au JSON</translation>
    </message>
</context>
<context>
    <name>ContactsModule</name>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Kampuni</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cheo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Barua pepe</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Jiji</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Waasiliani</translation>
    </message>
    <message>
        <source>Search by name, email or phone</source>
        <translation>Tafuta kwa jina, barua pepe au simu</translation>
    </message>
    <message>
        <source>No contacts yet. Import a file or add demo data to get started.</source>
        <translation>Bado hakuna waasiliani. Leta faili au ongeza data ya mfano ili kuanza.</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>Hakuna mwasiliani anayelingana na “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) found</source>
        <translation>
            <numerusform>Mwasiliani %Ln amepatikana</numerusform>
            <numerusform>Waasiliani %Ln wamepatikana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>Mwasiliani %Ln</numerusform>
            <numerusform>Waasiliani %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Futa</translation>
    </message>
    <message>
        <source>Move the selected contacts to the trash (Del)</source>
        <translation>Hamishia waasiliani waliochaguliwa kwenye tupio (Del)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) moved to the trash. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Mwasiliani %Ln amehamishiwa kwenye tupio. Tendua kwa Ctrl+Z.</numerusform>
            <numerusform>Waasiliani %Ln wamehamishiwa kwenye tupio. Tendua kwa Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact matches this filter.</source>
        <translation>Hakuna mwasiliani anayelingana na kichujio hiki.</translation>
    </message>
    <message>
        <source>Find Duplicates…</source>
        <translation>Tafuta nakala rudufu…</translation>
    </message>
    <message>
        <source>Look for contacts that are the same person across the whole base and merge them</source>
        <translation>Tafuta waasiliani walio mtu mmoja katika hifadhidata nzima na uwaunganishe</translation>
    </message>
    <message>
        <source>&amp;Phone Numbers…</source>
        <translation>Nambari za &amp;simu…</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database server cannot be reached</source>
        <translation>Seva ya hifadhidata haifikiki</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved</source>
        <translation>Diski imejaa; hakuna kilichohifadhiwa</translation>
    </message>
    <message>
        <source>Another program is writing to the database</source>
        <translation>Programu nyingine inaandika kwenye hifadhidata</translation>
    </message>
    <message>
        <source>Nothing to commit</source>
        <translation>Hakuna cha kuthibitisha</translation>
    </message>
    <message>
        <source>The transaction failed</source>
        <translation>Muamala umeshindikana</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>This is not a database address Kontor understands</source>
        <translation>Hii si anwani ya hifadhidata ambayo Kontor inaielewa</translation>
    </message>
</context>
<context>
    <name>DuplicateCommands</name>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Unganisha “%1” ndani ya “%2”</translation>
    </message>
    <message>
        <source>Cannot undo the merge: %1</source>
        <translation>Haiwezi kutendua uunganishaji: %1</translation>
    </message>
    <message>
        <source>Cannot merge again: %1</source>
        <translation>Haiwezi kuunganisha tena: %1</translation>
    </message>
    <message>
        <source>“%1” and “%2” are not duplicates</source>
        <translation>“%1” na “%2” si nakala rudufu</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Duplicates and dates</source>
        <translation>Nakala rudufu na tarehe</translation>
    </message>
    <message>
        <source>How a row is recognised as a record Kontor already has, and what happens then.</source>
        <translation>Jinsi safu inavyotambuliwa kama rekodi ambayo Kontor tayari inayo, na kinachotokea baadaye.</translation>
    </message>
    <message>
        <source>A row is the same record when it has the same:</source>
        <translation>Safu ni rekodi ileile ikiwa ina sawa:</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Anwani ya barua pepe</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Nambari ya simu</translation>
    </message>
    <message>
        <source>Name and company</source>
        <translation>Jina na kampuni</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Kontor ID (a column of a Kontor export)</source>
        <translation>Kitambulisho cha Kontor (safu wima ya uhamishaji wa Kontor)</translation>
    </message>
    <message>
        <source>When it is already there:</source>
        <translation>Ikiwa tayari ipo:</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Ruka safu</translation>
    </message>
    <message>
        <source>Update the record with the row&apos;s values</source>
        <translation>Sasisha rekodi kwa thamani za safu</translation>
    </message>
    <message>
        <source>Fill only the record&apos;s empty fields</source>
        <translation>Jaza sehemu tupu za rekodi pekee</translation>
    </message>
    <message>
        <source>Create another record anyway</source>
        <translation>Unda rekodi nyingine hata hivyo</translation>
    </message>
    <message>
        <source>Dates like 03/04/2023 are:</source>
        <translation>Tarehe kama 03/04/2023 ni:</translation>
    </message>
    <message>
        <source>ambiguous: list them as problems</source>
        <translation>zenye utata: ziorodheshe kama matatizo</translation>
    </message>
    <message>
        <source>day / month / year</source>
        <translation>siku / mwezi / mwaka</translation>
    </message>
    <message>
        <source>month / day / year</source>
        <translation>mwezi / siku / mwaka</translation>
    </message>
    <message>
        <source>Save this mapping for the next file as:</source>
        <translation>Hifadhi ulinganishaji huu kwa faili linalofuata kama:</translation>
    </message>
    <message>
        <source>a name, e.g. “Trade fair list” (optional)</source>
        <translation>jina, k.m. “Orodha ya maonyesho ya biashara” (si lazima)</translation>
    </message>
    <message>
        <source>An activity is already there when its contact, type, time, subject and note are the same.</source>
        <translation>Shughuli tayari ipo ikiwa mwasiliani, aina, muda, mada na dokezo lake ni sawa.</translation>
    </message>
    <message>
        <source>Title and company</source>
        <translation>Kichwa na kampuni</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <source>Keep photos (the cards&apos; pictures are stored with the contacts)</source>
        <translation>Hifadhi picha (picha za kadi zinahifadhiwa pamoja na waasiliani)</translation>
    </message>
    <message>
        <source>A contact that has a photo keeps it; Undo import removes the photos it added.</source>
        <translation>Mwasiliani mwenye picha anaibakiza; Tendua uletaji huondoa picha ulizoongeza.</translation>
    </message>
</context>
<context>
    <name>EditDealCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Hariri “%1”</translation>
    </message>
    <message>
        <source>“%1” could not be changed back: %2</source>
        <translation>“%1” haikuweza kurejeshwa: %2</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Chagua faili</translation>
    </message>
    <message>
        <source>CSV, Excel (.xlsx) or vCard. Nothing is saved until the last step.</source>
        <translation>CSV, Excel (.xlsx) au vCard. Hakuna kinachohifadhiwa hadi hatua ya mwisho.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Vinjari…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Waasiliani</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Kampuni</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Tambua</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Koma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Nukta mkato ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Kichupo</translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation>Mstari wima |</translation>
    </message>
    <message>
        <source>none</source>
        <translation>hakuna</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Faili:</translation>
    </message>
    <message>
        <source>Import as:</source>
        <translation>Leta kama:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Usimbaji:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Kitenganishi:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Laha:</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Safu ya vichwa:</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Leta faili</translation>
    </message>
    <message>
        <source>Choose a file to import, or drop one on Kontor&apos;s window.</source>
        <translation>Chagua faili la kuleta, au liangushe kwenye dirisha la Kontor.</translation>
    </message>
    <message>
        <source>vCard file (%1); each card becomes a contact.</source>
        <translation>Faili la vCard (%1); kila kadi inakuwa mwasiliani.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Shirika</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Barua pepe</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>CSV, %1, delimiter “%2”</source>
        <translation>CSV, %1, kitenganishi “%2”</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>kichupo</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation>Kitabu cha kazi cha Excel, laha “%1”</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Safu wima %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of the first rows have the wrong number of fields; they will be listed as problems.</source>
        <translation>
            <numerusform>Safu %n kati ya za kwanza ina idadi isiyo sahihi ya sehemu; itaorodheshwa kama tatizo.</numerusform>
            <numerusform>Safu %n kati ya za kwanza zina idadi isiyo sahihi ya sehemu; zitaorodheshwa kama matatizo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Dili</translation>
    </message>
    <message>
        <source>Activities and notes</source>
        <translation>Shughuli na madokezo</translation>
    </message>
    <message>
        <source>Files to import (*.csv *.txt *.tsv *.xlsx *.vcf);;All files (*)</source>
        <translation>Faili za kuleta (*.csv *.txt *.tsv *.xlsx *.vcf);;Faili zote (*)</translation>
    </message>
    <message>
        <source>Read as the saved mapping “%1” reads such files.</source>
        <translation>Soma kama ulinganishaji uliohifadhiwa “%1” unavyosoma faili kama hizo.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Lead</source>
        <translation>Mteja anayelengwa</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Mteja mtarajiwa</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Mteja</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Wazi</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Imefanikiwa</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Imepotea</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>%1 rows: %2 to create, %3 to update, %4 to skip as duplicates, %5 with problems</source>
        <translation>Safu %1: %2 za kuunda, %3 za kusasisha, %4 za kuruka kama nakala rudufu, %5 zenye matatizo</translation>
    </message>
    <message>
        <source>… and more in the problem rows file.</source>
        <translation>… na zaidi katika faili la safu zenye matatizo.</translation>
    </message>
    <message>
        <source>Fetching photos: %1 of %2…</source>
        <translation>Inaleta picha: %1 kati ya %2…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Linganisha safu wima</translation>
    </message>
    <message>
        <source>Each column goes into the field chosen here; “Do not import” leaves it out.</source>
        <translation>Kila safu wima inaenda kwenye sehemu iliyochaguliwa hapa; “Usilete” huiacha nje.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Safu wima katika faili</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Thamani ya kwanza</translation>
    </message>
    <message>
        <source>Kontor field</source>
        <translation>Sehemu ya Kontor</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Usilete</translation>
    </message>
    <message>
        <source>Custom field: %1</source>
        <translation>Sehemu maalum: %1</translation>
    </message>
    <message>
        <source>New custom field “%1”</source>
        <translation>Sehemu maalum mpya “%1”</translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation>Ulinganishaji uliohifadhiwa:</translation>
    </message>
    <message>
        <source>None: suggested from the column names and contents</source>
        <translation>Hakuna: imependekezwa kutoka kwa majina na maudhui ya safu wima</translation>
    </message>
    <message>
        <source>The saved mapping “%1” was made for a file with these columns; it is used.</source>
        <translation>Ulinganishaji uliohifadhiwa “%1” uliundwa kwa faili lenye safu wima hizi; unatumika.</translation>
    </message>
</context>
<context>
    <name>MoveDealStageCommand</name>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Hamisha “%1” hadi %2</translation>
    </message>
    <message>
        <source>“%1” could not be moved: %2</source>
        <translation>“%1” haikuweza kuhamishwa: %2</translation>
    </message>
</context>
<context>
    <name>Paging</name>
    <message>
        <source>The list position is not valid for this sort order</source>
        <translation>Nafasi ya orodha si sahihi kwa mpangilio huu wa kupanga</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>stage %1</source>
        <translation>hatua %1</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Inaleta</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Ghairi uletaji</translation>
    </message>
    <message>
        <source>Save problem rows…</source>
        <translation>Hifadhi safu zenye matatizo…</translation>
    </message>
    <message>
        <source>Save problem rows</source>
        <translation>Hifadhi safu zenye matatizo</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Faili za CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Haiwezi kuandika %1.</translation>
    </message>
    <message>
        <source>%1 rows, %2 rows per second</source>
        <translation>Safu %1, safu %2 kwa sekunde</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was saved.</source>
        <translation>Uletaji ulighairiwa. Hakuna kilichohifadhiwa.</translation>
    </message>
    <message>
        <source>The import failed and nothing was saved: %1</source>
        <translation>Uletaji umeshindikana na hakuna kilichohifadhiwa: %1</translation>
    </message>
    <message>
        <source>Done in %1 s: %2 created, %3 updated, %4 skipped, %5 rows with problems.
This import can be undone from the Import page (import %6).</source>
        <translation>Imekamilika kwa sekunde %1: %2 zimeundwa, %3 zimesasishwa, %4 zimerukwa, safu %5 zenye matatizo.
Uletaji huu unaweza kutenduliwa kutoka ukurasa wa Leta (uletaji %6).</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be kept; those contacts were imported without them:</source>
        <translation>
            <numerusform>Picha %n haikuweza kuhifadhiwa; waasiliani hao wameletwa bila picha:</numerusform>
            <numerusform>Picha %n hazikuweza kuhifadhiwa; waasiliani hao wameletwa bila picha:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Cannot pause the search index</source>
        <translation>Haiwezi kusitisha faharasa ya utafutaji</translation>
    </message>
    <message>
        <source>Cannot rebuild the search index</source>
        <translation>Haiwezi kujenga upya faharasa ya utafutaji</translation>
    </message>
    <message>
        <source>Cannot update the search index</source>
        <translation>Haiwezi kusasisha faharasa ya utafutaji</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Cannot sign in as %1</source>
        <translation>Haiwezi kuingia kama %1</translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <source>Call</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Mkutano</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Barua pepe</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Cha kufanya</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Juu</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dharura</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Leo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Imechelewa</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Zijazo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Imekamilika</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Hakuna tarehe ya mwisho</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Kesho</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Jana</translation>
    </message>
    <message>
        <source>%1 (all day)</source>
        <translation>%1 (siku nzima)</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 kati ya %2 zimekamilika</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Kila siku</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Kila %1</translation>
    </message>
    <message>
        <source>Monthly on day %1</source>
        <translation>Kila mwezi tarehe %1</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>This kind of record has no trash</source>
        <translation>Aina hii ya rekodi haina tupio</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Futa “%1”</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation>Rejesha “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>Futa rekodi %n</numerusform>
            <numerusform>Futa rekodi %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n record(s)</source>
        <translation>
            <numerusform>Rejesha rekodi %n</numerusform>
            <numerusform>Rejesha rekodi %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Hariri “%1”</translation>
    </message>
    <message>
        <source>Log “%1”</source>
        <translation>Rekodi “%1”</translation>
    </message>
    <message>
        <source>Change the photo of “%1”</source>
        <translation>Badilisha picha ya “%1”</translation>
    </message>
    <message>
        <source>Remove the photo of “%1”</source>
        <translation>Ondoa picha ya “%1”</translation>
    </message>
</context>
<context>
    <name>Writer</name>
    <message>
        <source>Deals</source>
        <translation>Dili</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Shughuli</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Kazi</translation>
    </message>
    <message>
        <source>Planning deals</source>
        <translation>Inapanga dili</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Inahifadhi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Imekamilika</translation>
    </message>
    <message>
        <source>Creating the demo data was cancelled; the database was left as it was</source>
        <translation>Uundaji wa data ya mfano ulighairiwa; hifadhidata imeachwa kama ilivyokuwa</translation>
    </message>
    <message>
        <source>Users, pipelines and products</source>
        <translation>Watumiaji, mikondo ya mauzo na bidhaa</translation>
    </message>
    <message>
        <source>Cannot create the demo users</source>
        <translation>Haiwezi kuunda watumiaji wa mfano</translation>
    </message>
    <message>
        <source>Cannot set up the pipeline %1</source>
        <translation>Haiwezi kuweka mkondo wa mauzo %1</translation>
    </message>
    <message>
        <source>The pipeline needs open, won and lost stages for demo deals</source>
        <translation>Mkondo wa mauzo unahitaji hatua za wazi, zilizofanikiwa na zilizopotea kwa dili za mfano</translation>
    </message>
    <message>
        <source>Cannot read the lists the demo data uses</source>
        <translation>Haiwezi kusoma orodha zinazotumiwa na data ya mfano</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Kampuni</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Waasiliani</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Faharasa</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Faharasa ya utafutaji</translation>
    </message>
    <message>
        <source>Stage stays</source>
        <translation>Muda katika hatua</translation>
    </message>
</context>
<context>
    <name>kontor</name>
    <message>
        <source>company %1</source>
        <translation>kampuni %1</translation>
    </message>
    <message>
        <source>new company</source>
        <translation>kampuni mpya</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>mwasiliani %1</translation>
    </message>
    <message>
        <source>new contact</source>
        <translation>mwasiliani mpya</translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation>dili %1</translation>
    </message>
    <message>
        <source>new deal</source>
        <translation>dili mpya</translation>
    </message>
    <message>
        <source>Cannot move it to the trash</source>
        <translation>Haiwezi kuihamishia kwenye tupio</translation>
    </message>
    <message>
        <source>Cannot restore it from the trash</source>
        <translation>Haiwezi kuirejesha kutoka kwenye tupio</translation>
    </message>
    <message>
        <source>It does not exist or is already in the trash</source>
        <translation>Haipo au tayari iko kwenye tupio</translation>
    </message>
    <message>
        <source>It is not in the trash</source>
        <translation>Haiko kwenye tupio</translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation>shughuli %1</translation>
    </message>
    <message>
        <source>new activity</source>
        <translation>shughuli mpya</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>bidhaa %1</translation>
    </message>
    <message>
        <source>new product</source>
        <translation>bidhaa mpya</translation>
    </message>
    <message>
        <source>Cannot read the selected contacts</source>
        <translation>Haiwezi kusoma waasiliani waliochaguliwa</translation>
    </message>
    <message>
        <source>Cannot read the tag &quot;%1&quot;</source>
        <translation>Haiwezi kusoma lebo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unknown filter &quot;%1&quot;</source>
        <translation>Kichujio kisichojulikana &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2</source>
        <translation>&quot;%1&quot; si thamani sahihi kwa %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;</source>
        <translation>sehemu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; %2 takes numbers like 1250 or 12.5</source>
        <translation>&quot;%1&quot; si nambari; %2 inakubali nambari kama 1250 au 12.5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; si nambari</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2026-03-31</source>
        <translation>&quot;%1&quot; si tarehe; iandike kama 2026-03-31</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ndiyo</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hapana</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>&quot;%1&quot; si ndiyo wala hapana</translation>
    </message>
    <message>
        <source>custom field &quot;%1&quot;</source>
        <translation>sehemu maalum &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Kontor ID</source>
        <translation>Kitambulisho cha Kontor</translation>
    </message>
    <message>
        <source>company</source>
        <translation>kampuni</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>dili</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>mwasiliani</translation>
    </message>
    <message>
        <source>Cannot write the export file.</source>
        <translation>Haiwezi kuandika faili la uhamishaji.</translation>
    </message>
    <message>
        <source>The export file is not open for writing.</source>
        <translation>Faili la uhamishaji halijafunguliwa kwa kuandikwa.</translation>
    </message>
    <message>
        <source>Deals cannot be written as vCard; choose CSV, .xlsx or JSON.</source>
        <translation>Dili haziwezi kuandikwa kama vCard; chagua CSV, .xlsx au JSON.</translation>
    </message>
    <message>
        <source>%1 records do not fit on one .xlsx sheet (at most 1,048,575); export as CSV instead.</source>
        <translation>Rekodi %1 hazitoshei kwenye laha moja ya .xlsx (zisizozidi 1,048,575); hamisha kama CSV badala yake.</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>rekodi %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Uhamishaji ulighairiwa.</translation>
    </message>
    <message>
        <source>find %1</source>
        <translation>tafuta %1</translation>
    </message>
    <message>
        <source>There is no %1 of that name or id.</source>
        <translation>Hakuna %1 yenye jina au kitambulisho hicho.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>&quot;%1&quot; si tarehe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>&quot;%1&quot; si tarehe na saa</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>saa za eneo zisizojulikana &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This is not an iCalendar file: it does not start with BEGIN:VCALENDAR</source>
        <translation>Hili si faili la iCalendar: halianzi na BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>END:%1 does not close the open component</source>
        <translation>END:%1 haifungi kijenzi kilicho wazi</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>mstari %1</translation>
    </message>
    <message>
        <source>event without a start (DTSTART)</source>
        <translation>tukio lisilo na mwanzo (DTSTART)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>mstari %1: %2</translation>
    </message>
    <message>
        <source>Meeting without a title</source>
        <translation>Mkutano usio na kichwa</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Mahali: %1</translation>
    </message>
    <message>
        <source>DTSTART: %1</source>
        <translation>DTSTART: %1</translation>
    </message>
    <message>
        <source>DTEND: %1</source>
        <translation>DTEND: %1</translation>
    </message>
    <message>
        <source>DURATION &quot;%1&quot; is not a duration</source>
        <translation>DURATION &quot;%1&quot; si muda</translation>
    </message>
    <message>
        <source>line %1: the repeat rule &quot;%2&quot; is not supported; the first meeting is imported without repeats</source>
        <translation>mstari %1: kanuni ya kurudia &quot;%2&quot; haitumiki; mkutano wa kwanza unaletwa bila marudio</translation>
    </message>
    <message>
        <source>The file ends inside %1 (it is cut short)</source>
        <translation>Faili linaisha ndani ya %1 (limekatika)</translation>
    </message>
    <message>
        <source>Cannot check for an earlier import</source>
        <translation>Haiwezi kuangalia uletaji wa awali</translation>
    </message>
    <message>
        <source>repeat &quot;%1&quot;</source>
        <translation>rudia &quot;%1&quot;</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>kazi %1</translation>
    </message>
    <message>
        <source>new task</source>
        <translation>kazi mpya</translation>
    </message>
    <message>
        <source>Cannot read the task</source>
        <translation>Haiwezi kusoma kazi</translation>
    </message>
    <message>
        <source>The task does not exist or is in the trash</source>
        <translation>Kazi haipo au iko kwenye tupio</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Faili halikuweza kuandikwa.</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Cannot read the names of duplicate contacts</source>
        <translation>Haiwezi kusoma majina ya waasiliani rudufu</translation>
    </message>
    <message>
        <source>Cannot re-normalize the phone numbers</source>
        <translation>Haiwezi kusawazisha upya nambari za simu</translation>
    </message>
    <message>
        <source>The custom field &quot;%1&quot; belongs to another kind of record</source>
        <translation>Sehemu maalum &quot;%1&quot; ni ya aina nyingine ya rekodi</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>shughuli</translation>
    </message>
    <message>
        <source>Activities cannot be written as vCard; choose CSV, .xlsx or JSON.</source>
        <translation>Shughuli haziwezi kuandikwa kama vCard; chagua CSV, .xlsx au JSON.</translation>
    </message>
    <message>
        <source>Cannot create the export file.</source>
        <translation>Haiwezi kuunda faili la uhamishaji.</translation>
    </message>
    <message>
        <source>Cannot save the export file.</source>
        <translation>Haiwezi kuhifadhi faili la uhamishaji.</translation>
    </message>
    <message>
        <source>A quote is not closed in &quot;%1&quot;</source>
        <translation>Alama ya nukuu haijafungwa katika &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Custom field %1 is not a field of contacts</source>
        <translation>Sehemu maalum %1 si sehemu ya waasiliani</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Seva ilijibu %1.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Seva ilikataa muunganisho.</translation>
    </message>
    <message>
        <source>The server %1 was not found.</source>
        <translation>Seva %1 haikupatikana.</translation>
    </message>
    <message>
        <source>The server closed the connection without sending the photo.</source>
        <translation>Seva ilifunga muunganisho bila kutuma picha.</translation>
    </message>
    <message>
        <source>The photo could not be fetched: %1.</source>
        <translation>Picha haikuweza kuletwa: %1.</translation>
    </message>
    <message>
        <source>Only web addresses (http, https) are fetched.</source>
        <translation>Anwani za wavuti pekee (http, https) ndizo huletwa.</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>Hakuna jibu ndani ya sekunde %1.</translation>
    </message>
    <message>
        <source>The photo is larger than %1 MB.</source>
        <translation>Picha ni kubwa kuliko MB %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Imeghairiwa.</translation>
    </message>
</context>
<context>
    <name>kontor::ActivityRepository</name>
    <message>
        <source>Unknown kind of activity &quot;%1&quot;</source>
        <translation>Aina ya shughuli isiyojulikana &quot;%1&quot;</translation>
    </message>
    <message>
        <source>An activity must belong to a contact, a company or a deal</source>
        <translation>Shughuli lazima iwe ya mwasiliani, kampuni au dili</translation>
    </message>
    <message>
        <source>Unknown direction &quot;%1&quot;</source>
        <translation>Mwelekeo usiojulikana &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A duration cannot be negative</source>
        <translation>Muda hauwezi kuwa hasi</translation>
    </message>
    <message>
        <source>Write a subject or a few words about what happened</source>
        <translation>Andika mada au maneno machache kuhusu kilichotokea</translation>
    </message>
    <message>
        <source>Cannot save the activity</source>
        <translation>Haiwezi kuhifadhi shughuli</translation>
    </message>
    <message>
        <source>Cannot update when the contact was last contacted</source>
        <translation>Haiwezi kusasisha mara ya mwisho mwasiliani alipowasiliana</translation>
    </message>
</context>
<context>
    <name>kontor::BoardColumnModel</name>
    <message>
        <source>%1 — no activity since %2</source>
        <translation>%1 — hakuna shughuli tangu %2</translation>
    </message>
</context>
<context>
    <name>kontor::BoardController</name>
    <message>
        <source>deal %1</source>
        <translation>dili %1</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Hamisha “%1” hadi %2</translation>
    </message>
    <message>
        <source>This pipeline has no won stage; add one in the pipeline settings.</source>
        <translation>Mkondo huu wa mauzo hauna hatua ya kufanikiwa; ongeza moja katika mipangilio ya mkondo wa mauzo.</translation>
    </message>
    <message>
        <source>Mark “%1” won</source>
        <translation>Weka “%1” kuwa imefanikiwa</translation>
    </message>
    <message>
        <source>This pipeline has no lost stage; add one in the pipeline settings.</source>
        <translation>Mkondo huu wa mauzo hauna hatua ya kupotea; ongeza moja katika mipangilio ya mkondo wa mauzo.</translation>
    </message>
    <message>
        <source>Mark “%1” lost</source>
        <translation>Weka “%1” kuwa imepotea</translation>
    </message>
</context>
<context>
    <name>kontor::BoardRepository</name>
    <message>
        <source>Cannot read the board of the pipeline &quot;%1&quot;</source>
        <translation>Haiwezi kusoma ubao wa mkondo wa mauzo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot read the board position of deal %1</source>
        <translation>Haiwezi kusoma nafasi ya dili %1 kwenye ubao</translation>
    </message>
    <message>
        <source>Cannot reorder the cards of stage %1</source>
        <translation>Haiwezi kupanga upya kadi za hatua %1</translation>
    </message>
    <message>
        <source>The card to drop before is not in this stage</source>
        <translation>Kadi ya kuweka kabla yake haiko katika hatua hii</translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation>dili %1</translation>
    </message>
    <message>
        <source>Cannot read the list of users</source>
        <translation>Haiwezi kusoma orodha ya watumiaji</translation>
    </message>
    <message>
        <source>Cannot read the list of tags</source>
        <translation>Haiwezi kusoma orodha ya lebo</translation>
    </message>
</context>
<context>
    <name>kontor::BoardView</name>
    <message>
        <source>%1 · weighted %2</source>
        <translation>%1 · iliyopimwa %2</translation>
    </message>
    <message>
        <source>No deals</source>
        <translation>Hakuna dili</translation>
    </message>
    <message>
        <source>Filter by deal, company or contact</source>
        <translation>Chuja kwa dili, kampuni au mwasiliani</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Mkondo wa mauzo:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Mmiliki:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Lebo:</translation>
    </message>
    <message>
        <source>Stages…</source>
        <translation>Hatua…</translation>
    </message>
    <message>
        <source>Drop here: Won</source>
        <translation>Angusha hapa: Imefanikiwa</translation>
    </message>
    <message>
        <source>Drop here: Lost</source>
        <translation>Angusha hapa: Imepotea</translation>
    </message>
    <message>
        <source>Move to Next Stage</source>
        <translation>Hamisha hadi Hatua Inayofuata</translation>
    </message>
    <message>
        <source>Move to Previous Stage</source>
        <translation>Hamisha hadi Hatua Iliyotangulia</translation>
    </message>
    <message>
        <source>Mark Won</source>
        <translation>Weka Imefanikiwa</translation>
    </message>
    <message>
        <source>Mark Lost</source>
        <translation>Weka Imepotea</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Kila mtu</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Lebo yoyote</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>Dili %n</numerusform>
            <numerusform>Dili %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Wazi: %1</translation>
    </message>
</context>
<context>
    <name>kontor::CalendarPage</name>
    <message>
        <source>Previous</source>
        <translation>Iliyotangulia</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Inayofuata</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Leo</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mwezi</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Wiki</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Siku</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ajenda</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Imekabidhiwa %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Birthday of %1</source>
        <translation>Siku ya kuzaliwa ya %1</translation>
    </message>
</context>
<context>
    <name>kontor::CalendarView</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 zaidi</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>siku nzima</translation>
    </message>
    <message>
        <source>Nothing planned in the next two weeks.</source>
        <translation>Hakuna kilichopangwa katika wiki mbili zijazo.</translation>
    </message>
</context>
<context>
    <name>kontor::CardDelegate</name>
    <message>
        <source>⚠ No next task</source>
        <translation>⚠ Hakuna kazi inayofuata</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage · rotting</source>
        <translation>
            <numerusform>Siku %n katika hatua · imedumaa</numerusform>
            <numerusform>Siku %n katika hatua · imedumaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>Siku %n katika hatua</numerusform>
            <numerusform>Siku %n katika hatua</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::CardListModule</name>
    <message>
        <source>Open</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <source>Open the card of the selected row (Enter)</source>
        <translation>Fungua kadi ya safu iliyochaguliwa (Enter)</translation>
    </message>
</context>
<context>
    <name>kontor::CompanyCard</name>
    <message>
        <source>Unknown</source>
        <translation>Haijulikani</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Kampuni</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>Jina &amp;rasmi:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Sekta:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Tovuti:</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>Jinsi ya kufikia</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Si&amp;mu:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Barua pepe:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>Mt&amp;aa:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Msimbo wa posta:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>Jij&amp;i:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Mkoa:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Nchi:</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Mauzo</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Chanzo:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Mmili&amp;ki:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Madokezo</translation>
    </message>
    <message>
        <source>Open website</source>
        <translation>Fungua tovuti</translation>
    </message>
    <message>
        <source>Write email</source>
        <translation>Andika barua pepe</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Piga simu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Hifadhi</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rejesha</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Jukumu</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cheo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Barua pepe</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Dili</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Hatua</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kiasi</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Imeundwa</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Watu</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Dili</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Tendua</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rudia</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Hakuna mtu</translation>
    </message>
    <message>
        <source>This company cannot be shown: %1</source>
        <translation>Kampuni hii haiwezi kuonyeshwa: %1</translation>
    </message>
    <message>
        <source>This company is in the trash. Restore it from the Trash to edit it.</source>
        <translation>Kampuni hii iko kwenye tupio. Irejeshe kutoka kwenye Tupio ili kuihariri.</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Watu (%1)</translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>Dili (%1)</translation>
    </message>
    <message>
        <source>%1 — Company</source>
        <translation>%1 — Kampuni</translation>
    </message>
    <message>
        <source>Nothing was saved: please fix the fields marked in red.</source>
        <translation>Hakuna kilichohifadhiwa: tafadhali rekebisha sehemu zilizowekwa alama nyekundu.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Hakuna kilichohifadhiwa: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Mabadiliko Hayajahifadhiwa</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Hifadhi mabadiliko kwenye %1 kabla ya kufunga?</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Sehemu maalum</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>Kazi Mpya</translation>
    </message>
    <message>
        <source>Plan a call, meeting or to-do with this company (Ctrl+T)</source>
        <translation>Panga simu, mkutano au cha kufanya na kampuni hii (Ctrl+T)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Hariri %1</translation>
    </message>
    <message>
        <source>Custom fields were not saved: %1</source>
        <translation>Sehemu maalum hazikuhifadhiwa: %1</translation>
    </message>
</context>
<context>
    <name>kontor::CompanyRepository</name>
    <message>
        <source>A company needs a name</source>
        <translation>Kampuni inahitaji jina</translation>
    </message>
    <message>
        <source>Cannot save the new company</source>
        <translation>Haiwezi kuhifadhi kampuni mpya</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Haiwezi kusoma %1</translation>
    </message>
    <message>
        <source>This company does not exist</source>
        <translation>Kampuni hii haipo</translation>
    </message>
    <message>
        <source>This company is in the trash</source>
        <translation>Kampuni hii iko kwenye tupio</translation>
    </message>
    <message>
        <source>Cannot look up the company &quot;%1&quot;</source>
        <translation>Haiwezi kutafuta kampuni &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>Haiwezi kuhifadhi %1</translation>
    </message>
    <message>
        <source>Cannot read the company list</source>
        <translation>Haiwezi kusoma orodha ya kampuni</translation>
    </message>
    <message>
        <source>Cannot count companies</source>
        <translation>Haiwezi kuhesabu kampuni</translation>
    </message>
    <message>
        <source>Cannot read the companies</source>
        <translation>Haiwezi kusoma kampuni hizi</translation>
    </message>
</context>
<context>
    <name>kontor::CompleteTaskCommand</name>
    <message>
        <source>Complete &quot;%1&quot;</source>
        <translation>Kamilisha &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>kontor::CompleteTaskDialog</name>
    <message>
        <source>Complete Task</source>
        <translation>Kamilisha Kazi</translation>
    </message>
    <message>
        <source>What came of it? e.g. Interested, wants a discount</source>
        <translation>Matokeo yalikuwa nini? k.m. Ana nia, anataka punguzo</translation>
    </message>
    <message>
        <source>&amp;Log it on the timeline as a %1</source>
        <translation>&amp;Iandike kwenye rekodi ya matukio kama %1</translation>
    </message>
    <message>
        <source>Schedule the &amp;next step</source>
        <translation>Panga hatua i&amp;nayofuata</translation>
    </message>
    <message>
        <source>e.g. Send the revised offer</source>
        <translation>k.m. Tuma ofa iliyorekebishwa</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Kichwa:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Tarehe ya mwisho:</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>Weka Imek&amp;amilika</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Matokeo:</translation>
    </message>
    <message>
        <source>Name the next step, or untick &quot;Schedule the next step&quot;.</source>
        <translation>Taja hatua inayofuata, au ondoa tiki kwenye &quot;Panga hatua inayofuata&quot;.</translation>
    </message>
    <message>
        <source>Write a few words about what happened.</source>
        <translation>Andika maneno machache kuhusu kilichotokea.</translation>
    </message>
</context>
<context>
    <name>kontor::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Unganisha kwenye Seva</translation>
    </message>
    <message>
        <source>e.g. crm.example.com</source>
        <translation>k.m. crm.example.com</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Kumbuka nenosiri katika mnyororo wa vitufe wa mfumo</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Seva:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Mlango:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Hifadhidata:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>M&amp;tumiaji:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Nenosiri:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Unganisha</translation>
    </message>
    <message>
        <source>The password is kept in your system keychain, never in Kontor&apos;s settings.</source>
        <translation>Nenosiri linahifadhiwa katika mnyororo wa vitufe wa mfumo wako, kamwe si katika mipangilio ya Kontor.</translation>
    </message>
    <message>
        <source>No password keychain is running on this computer, so Kontor will ask for the password each time you connect. It is never saved in a file.</source>
        <translation>Hakuna mnyororo wa vitufe vya nenosiri unaoendeshwa kwenye kompyuta hii, kwa hivyo Kontor itakuuliza nenosiri kila unapounganisha. Halihifadhiwi kamwe kwenye faili.</translation>
    </message>
    <message>
        <source>Enter the name or address of the server.</source>
        <translation>Weka jina au anwani ya seva.</translation>
    </message>
    <message>
        <source>A server name cannot contain spaces.</source>
        <translation>Jina la seva haliwezi kuwa na nafasi.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Weka jina la hifadhidata kwenye seva.</translation>
    </message>
    <message>
        <source>Enter the user name you sign in with.</source>
        <translation>Weka jina la mtumiaji unaloingia nalo.</translation>
    </message>
</context>
<context>
    <name>kontor::ContactBulkActions</name>
    <message>
        <source>Tag…</source>
        <translation>Lebo…</translation>
    </message>
    <message>
        <source>Add a tag to the selected contacts</source>
        <translation>Ongeza lebo kwa waasiliani waliochaguliwa</translation>
    </message>
    <message>
        <source>Untag…</source>
        <translation>Ondoa lebo…</translation>
    </message>
    <message>
        <source>Remove a tag from the selected contacts</source>
        <translation>Ondoa lebo kutoka kwa waasiliani waliochaguliwa</translation>
    </message>
    <message>
        <source>Owner…</source>
        <translation>Mmiliki…</translation>
    </message>
    <message>
        <source>Assign the selected contacts to a manager</source>
        <translation>Wakabidhi waasiliani waliochaguliwa kwa meneja</translation>
    </message>
    <message>
        <source>Status…</source>
        <translation>Hali…</translation>
    </message>
    <message>
        <source>Change the status of the selected contacts</source>
        <translation>Badilisha hali ya waasiliani waliochaguliwa</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Hamisha…</translation>
    </message>
    <message>
        <source>Save the selected contacts as CSV, Excel, vCard or JSON</source>
        <translation>Hifadhi waasiliani waliochaguliwa kama CSV, Excel, vCard au JSON</translation>
    </message>
    <message>
        <source>Select one or more contacts first.</source>
        <translation>Chagua mwasiliani mmoja au zaidi kwanza.</translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln contact(s) “%1”</source>
        <translation>
            <numerusform>Weka lebo “%1” kwa mwasiliani %Ln</numerusform>
            <numerusform>Weka lebo “%1” kwa waasiliani %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag “%1” from %Ln contact(s)</source>
        <translation>
            <numerusform>Ondoa lebo “%1” kwa mwasiliani %Ln</numerusform>
            <numerusform>Ondoa lebo “%1” kwa waasiliani %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln contact(s)</source>
        <translation>
            <numerusform>Kabidhi mwasiliani %Ln</numerusform>
            <numerusform>Kabidhi waasiliani %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %Ln contact(s) to %1</source>
        <translation>
            <numerusform>Weka mwasiliani %Ln kuwa %1</numerusform>
            <numerusform>Weka waasiliani %Ln kuwa %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: the selected contacts already had that.</source>
        <translation>Hakuna cha kubadilisha: waasiliani waliochaguliwa tayari walikuwa na hilo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) changed. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Mwasiliani %Ln amebadilishwa. Tendua kwa Ctrl+Z.</numerusform>
            <numerusform>Waasiliani %Ln wamebadilishwa. Tendua kwa Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Ongeza Lebo</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Ondoa Lebo</translation>
    </message>
    <message numerus="yes">
        <source>Tag to add to %Ln contact(s):</source>
        <translation>
            <numerusform>Lebo ya kuongeza kwa mwasiliani %Ln:</numerusform>
            <numerusform>Lebo ya kuongeza kwa waasiliani %Ln:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to remove from %Ln contact(s):</source>
        <translation>
            <numerusform>Lebo ya kuondoa kutoka kwa mwasiliani %Ln:</numerusform>
            <numerusform>Lebo ya kuondoa kutoka kwa waasiliani %Ln:</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign Owner</source>
        <translation>Kabidhi Mmiliki</translation>
    </message>
    <message numerus="yes">
        <source>Owner of %Ln contact(s):</source>
        <translation>
            <numerusform>Mmiliki wa mwasiliani %Ln:</numerusform>
            <numerusform>Mmiliki wa waasiliani %Ln:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Hakuna mtu</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>Badilisha Hali</translation>
    </message>
    <message numerus="yes">
        <source>Status of %Ln contact(s):</source>
        <translation>
            <numerusform>Hali ya mwasiliani %Ln:</numerusform>
            <numerusform>Hali ya waasiliani %Ln:</numerusform>
        </translation>
    </message>
    <message>
        <source>Kontor exports .csv, .xlsx, .vcf and .json files, not “%1”.</source>
        <translation>Kontor huhamisha faili za .csv, .xlsx, .vcf na .json, si “%1”.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Haiwezi kuandika %1: %2</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Uhamishaji umeshindikana: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) exported to %1.</source>
        <translation>
            <numerusform>Mwasiliani %Ln amehamishwa kwenda %1.</numerusform>
            <numerusform>Waasiliani %Ln wamehamishwa kwenda %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ContactBulkEditor</name>
    <message>
        <source>Type the name of the tag to add</source>
        <translation>Andika jina la lebo ya kuongeza</translation>
    </message>
    <message>
        <source>Cannot tag the selected contacts</source>
        <translation>Haiwezi kuweka lebo kwa waasiliani waliochaguliwa</translation>
    </message>
    <message>
        <source>Type the name of the tag to remove</source>
        <translation>Andika jina la lebo ya kuondoa</translation>
    </message>
    <message>
        <source>There is no tag &quot;%1&quot;</source>
        <translation>Hakuna lebo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot untag the selected contacts</source>
        <translation>Haiwezi kuondoa lebo kwa waasiliani waliochaguliwa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (lead, prospect or customer)</source>
        <translation>&quot;%1&quot; si hali (lead, prospect au customer)</translation>
    </message>
    <message>
        <source>Cannot change the selected contacts</source>
        <translation>Haiwezi kubadilisha waasiliani waliochaguliwa</translation>
    </message>
    <message>
        <source>Cannot undo the change</source>
        <translation>Haiwezi kutendua mabadiliko</translation>
    </message>
    <message>
        <source>Cannot read the tags</source>
        <translation>Haiwezi kusoma lebo</translation>
    </message>
</context>
<context>
    <name>kontor::ContactCard</name>
    <message>
        <source>Write email</source>
        <translation>Andika barua pepe</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Piga simu</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Hamishia kwenye Tupio</translation>
    </message>
    <message>
        <source>Start typing a company name</source>
        <translation>Anza kuandika jina la kampuni</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <source>Open the company&apos;s card</source>
        <translation>Fungua kadi ya kampuni</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Kazini</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Binafsi</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Nyumbani</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Nyingine</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+ Add email</source>
        <translation>+ Ongeza barua pepe</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Andika</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Simu ya mkononi</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Faksi</translation>
    </message>
    <message>
        <source>+1 555 0100</source>
        <translation>+1 555 0100</translation>
    </message>
    <message>
        <source>+ Add phone</source>
        <translation>+ Ongeza simu</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Msimbo wa posta</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Jiji</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Mkoa</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Nchi</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Haijawekwa</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Haijulikani</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Mtu</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>Jina la &amp;kwanza:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Jina la &amp;mwisho:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Cheo:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Kampuni:</translation>
    </message>
    <message>
        <source>&amp;Role there:</source>
        <translation>&amp;Jukumu huko:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>Siku ya ku&amp;zaliwa:</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>Jinsi ya kufikia</translation>
    </message>
    <message>
        <source>Emails:</source>
        <translation>Barua pepe:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Simu:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>M&amp;taa:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Jiji:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Mkoa:</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Mauzo</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Hali:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>J&amp;oto:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Cha&amp;nzo:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Mmilik&amp;i:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Madokezo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Hifadhi</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rejesha</translation>
    </message>
    <message>
        <source>Drop the unsaved edits</source>
        <translation>Tupa mabadiliko ambayo hayajahifadhiwa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Tendua</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rudia</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Hakuna jukumu</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Hakuna mtu</translation>
    </message>
    <message>
        <source>This contact cannot be shown: %1</source>
        <translation>Mwasiliani huyu hawezi kuonyeshwa: %1</translation>
    </message>
    <message>
        <source>This contact is in the trash. Restore it from the Trash to edit it.</source>
        <translation>Mwasiliani huyu yuko kwenye tupio. Mrejeshe kutoka kwenye Tupio ili kumhariri.</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Jukumu %1</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Mtumiaji %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(hakuna jina)</translation>
    </message>
    <message>
        <source>%1 — Contact</source>
        <translation>%1 — Mwasiliani</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 katika %2</translation>
    </message>
    <message>
        <source>Last contacted %1</source>
        <translation>Aliwasiliana mara ya mwisho %1</translation>
    </message>
    <message>
        <source>Not contacted yet</source>
        <translation>Bado hajawasiliana</translation>
    </message>
    <message>
        <source>There is no company called “%1”. Pick one from the list, or add it under Companies first.</source>
        <translation>Hakuna kampuni inayoitwa “%1”. Chagua moja kutoka kwenye orodha, au iongeze chini ya Kampuni kwanza.</translation>
    </message>
    <message>
        <source>Nothing was saved: please fix the fields marked in red.</source>
        <translation>Hakuna kilichohifadhiwa: tafadhali rekebisha sehemu zilizowekwa alama nyekundu.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Hakuna kilichohifadhiwa: %1</translation>
    </message>
    <message>
        <source>“%1” moved to the trash. Undo with Ctrl+Z.</source>
        <translation>“%1” amehamishiwa kwenye tupio. Tendua kwa Ctrl+Z.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Mabadiliko Hayajahifadhiwa</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Hifadhi mabadiliko kwenye %1 kabla ya kufunga?</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>Kazi Mpya</translation>
    </message>
    <message>
        <source>Plan a call, meeting or to-do with this person (Ctrl+T)</source>
        <translation>Panga simu, mkutano au cha kufanya na mtu huyu (Ctrl+T)</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Sehemu maalum</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Hariri %1</translation>
    </message>
    <message>
        <source>Custom fields were not saved: %1</source>
        <translation>Sehemu maalum hazikuhifadhiwa: %1</translation>
    </message>
    <message>
        <source>@handle or profile address</source>
        <translation>@jina au anwani ya wasifu</translation>
    </message>
    <message>
        <source>+ Add messenger or profile</source>
        <translation>+ Ongeza programu ya ujumbe au wasifu</translation>
    </message>
    <message>
        <source>Messengers, profiles:</source>
        <translation>Programu za ujumbe, wasifu:</translation>
    </message>
    <message>
        <source>Change Photo…</source>
        <translation>Badilisha Picha…</translation>
    </message>
    <message>
        <source>A JPEG, PNG or GIF image of up to 4 MB</source>
        <translation>Picha ya JPEG, PNG au GIF ya hadi MB 4</translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation>Ondoa Picha</translation>
    </message>
    <message>
        <source>Choose a Photo</source>
        <translation>Chagua Picha</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif)</source>
        <translation>Picha (*.jpg *.jpeg *.png *.gif)</translation>
    </message>
    <message>
        <source>Add Photo…</source>
        <translation>Ongeza Picha…</translation>
    </message>
    <message>
        <source>The photo was not changed: “%1” cannot be read (%2).</source>
        <translation>Picha haikubadilishwa: “%1” haiwezi kusomwa (%2).</translation>
    </message>
    <message>
        <source>The photo was not changed: “%1” — %2</source>
        <translation>Picha haikubadilishwa: “%1” — %2</translation>
    </message>
    <message>
        <source>The photo was not changed: %1</source>
        <translation>Picha haikubadilishwa: %1</translation>
    </message>
    <message>
        <source>The photo was not removed: %1</source>
        <translation>Picha haikuondolewa: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ContactFilter</name>
    <message>
        <source>A filter is written key=value, not &quot;%1&quot;</source>
        <translation>Kichujio huandikwa key=value, si &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>kontor::ContactFilterBar</name>
    <message>
        <source>any</source>
        <translation>yoyote</translation>
    </message>
    <message>
        <source> days</source>
        <translation> siku</translation>
    </message>
    <message>
        <source>any tag</source>
        <translation>lebo yoyote</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Hali yoyote</translation>
    </message>
    <message>
        <source>Any temperature</source>
        <translation>Joto lolote</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Chanzo chochote</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>jina la kampuni</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Only people not contacted for longer than this (or never)</source>
        <translation>Watu ambao hawajawasiliana kwa muda mrefu kuliko huu pekee (au kamwe)</translation>
    </message>
    <message>
        <source>Only people contacted within this many days</source>
        <translation>Watu waliowasiliana ndani ya idadi hii ya siku pekee</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Yoyote</translation>
    </message>
    <message>
        <source>Has an open deal</source>
        <translation>Ana dili iliyo wazi</translation>
    </message>
    <message>
        <source>No open deal</source>
        <translation>Hana dili iliyo wazi</translation>
    </message>
    <message>
        <source>product SKU or name</source>
        <translation>SKU au jina la bidhaa</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Tekeleza</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Safisha</translation>
    </message>
    <message>
        <source>Save as Segment…</source>
        <translation>Hifadhi kama Kundi…</translation>
    </message>
    <message>
        <source>Keep this filter as a named segment, for you or the whole team</source>
        <translation>Hifadhi kichujio hiki kama kundi lenye jina, kwa ajili yako au timu nzima</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Mmili&amp;ki:</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>&amp;Lebo:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Hali:</translation>
    </message>
    <message>
        <source>Tem&amp;perature:</source>
        <translation>&amp;Joto:</translation>
    </message>
    <message>
        <source>Sour&amp;ce:</source>
        <translation>Cha&amp;nzo:</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>Ka&amp;mpuni:</translation>
    </message>
    <message>
        <source>Created from:</source>
        <translation>Imeundwa kuanzia:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>hadi:</translation>
    </message>
    <message>
        <source>Not contacted for:</source>
        <translation>Hajawasiliana kwa:</translation>
    </message>
    <message>
        <source>Contacted within:</source>
        <translation>Aliwasiliana ndani ya:</translation>
    </message>
    <message>
        <source>Open deal:</source>
        <translation>Dili iliyo wazi:</translation>
    </message>
    <message>
        <source>Bought:</source>
        <translation>Alinunua:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Yeyote</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Mtumiaji %1</translation>
    </message>
    <message>
        <source>Company %1</source>
        <translation>Kampuni %1</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>“%1” si tarehe; iandike kama YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Imeundwa kuanzia</translation>
    </message>
    <message>
        <source>Created to</source>
        <translation>Imeundwa hadi</translation>
    </message>
    <message>
        <source>The “from” date is after the “to” date.</source>
        <translation>Tarehe ya “kuanzia” iko baada ya tarehe ya “hadi”.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Imeundwa</translation>
    </message>
    <message>
        <source>No company is named “%1”.</source>
        <translation>Hakuna kampuni inayoitwa “%1”.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Kampuni</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Custom fields:</source>
        <translation>Sehemu maalum:</translation>
    </message>
</context>
<context>
    <name>kontor::ContactMerger</name>
    <message>
        <source>contact %1 into contact %2</source>
        <translation>mwasiliani %1 ndani ya mwasiliani %2</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself</source>
        <translation>Mwasiliani hawezi kuunganishwa na yeye mwenyewe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be chosen from contact %2 in this merge</source>
        <translation>&quot;%1&quot; haiwezi kuchaguliwa kutoka kwa mwasiliani %2 katika uunganishaji huu</translation>
    </message>
    <message>
        <source>Cannot merge the contacts</source>
        <translation>Haiwezi kuunganisha waasiliani</translation>
    </message>
    <message>
        <source>Contact %1 does not exist or is in the trash</source>
        <translation>Mwasiliani %1 hayupo au yuko kwenye tupio</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>mwasiliani %1</translation>
    </message>
    <message>
        <source>contact %1 from contact %2</source>
        <translation>mwasiliani %1 kutoka kwa mwasiliani %2</translation>
    </message>
    <message>
        <source>Cannot undo the merge</source>
        <translation>Haiwezi kutendua uunganishaji</translation>
    </message>
    <message>
        <source>There is no merge of these contacts to undo</source>
        <translation>Hakuna uunganishaji wa waasiliani hawa wa kutendua</translation>
    </message>
</context>
<context>
    <name>kontor::ContactPhotoRepository</name>
    <message>
        <source>Cannot read the contact&apos;s photo</source>
        <translation>Haiwezi kusoma picha ya mwasiliani</translation>
    </message>
    <message>
        <source>The photo is not a JPEG, PNG or GIF image.</source>
        <translation>Picha si JPEG, PNG wala GIF.</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>mwasiliani %1</translation>
    </message>
    <message>
        <source>The photo is larger than %1 MB.</source>
        <translation>Picha ni kubwa kuliko MB %1.</translation>
    </message>
    <message>
        <source>Cannot save the contact&apos;s photo</source>
        <translation>Haiwezi kuhifadhi picha ya mwasiliani</translation>
    </message>
    <message>
        <source>Cannot remove the contact&apos;s photo</source>
        <translation>Haiwezi kuondoa picha ya mwasiliani</translation>
    </message>
</context>
<context>
    <name>kontor::ContactRepository</name>
    <message>
        <source>A contact needs a name or an email address</source>
        <translation>Mwasiliani anahitaji jina au anwani ya barua pepe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>&quot;%1&quot; si anwani ya barua pepe</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;</source>
        <translation>Hali isiyojulikana &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unknown temperature &quot;%1&quot;</source>
        <translation>Joto lisilojulikana &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot save the new contact</source>
        <translation>Haiwezi kuhifadhi mwasiliani mpya</translation>
    </message>
    <message>
        <source>Cannot save the emails and phones of %1</source>
        <translation>Haiwezi kuhifadhi barua pepe na simu za %1</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Haiwezi kusoma %1</translation>
    </message>
    <message>
        <source>This contact does not exist</source>
        <translation>Mwasiliani huyu hayupo</translation>
    </message>
    <message>
        <source>This contact is in the trash</source>
        <translation>Mwasiliani huyu yuko kwenye tupio</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>Haiwezi kuhifadhi %1</translation>
    </message>
    <message>
        <source>Cannot read the contact list</source>
        <translation>Haiwezi kusoma orodha ya waasiliani</translation>
    </message>
    <message>
        <source>Cannot count contacts</source>
        <translation>Haiwezi kuhesabu waasiliani</translation>
    </message>
    <message>
        <source>Cannot read the contacts</source>
        <translation>Haiwezi kusoma anwani</translation>
    </message>
</context>
<context>
    <name>kontor::CsvWriter</name>
    <message>
        <source>Cannot write the CSV file.</source>
        <translation>Haiwezi kuandika faili la CSV.</translation>
    </message>
</context>
<context>
    <name>kontor::CustomCondition</name>
    <message>
        <source>includes</source>
        <translation>inajumuisha</translation>
    </message>
    <message>
        <source>is on</source>
        <translation>ni tarehe</translation>
    </message>
    <message>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ni</translation>
    </message>
    <message>
        <source>does not include</source>
        <translation>haijumuishi</translation>
    </message>
    <message>
        <source>is not on</source>
        <translation>si tarehe</translation>
    </message>
    <message>
        <source>≠</source>
        <translation>≠</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>si</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>ina</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>ni kabla ya</translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <source>is on or before</source>
        <translation>ni tarehe au kabla ya</translation>
    </message>
    <message>
        <source>≤</source>
        <translation>≤</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>ni baada ya</translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <source>is on or after</source>
        <translation>ni tarehe au baada ya</translation>
    </message>
    <message>
        <source>≥</source>
        <translation>≥</translation>
    </message>
    <message>
        <source>has a value</source>
        <translation>ina thamani</translation>
    </message>
    <message>
        <source>has no value</source>
        <translation>haina thamani</translation>
    </message>
    <message>
        <source>A custom-field condition is written custom:Field=value (or !=, &lt;, &lt;=, &gt;, &gt;=, ~ for contains), not &quot;%1&quot;</source>
        <translation>Sharti la sehemu maalum huandikwa custom:Field=value (au !=, &lt;, &lt;=, &gt;, &gt;=, ~ kwa ina), si &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a comparison: use =, !=, &lt;, &lt;=, &gt;, &gt;= or ~</source>
        <translation>&quot;%1&quot; si ulinganisho: tumia =, !=, &lt;, &lt;=, &gt;, &gt;= au ~</translation>
    </message>
    <message>
        <source>The condition on &quot;%1&quot; needs a value (or * for any value)</source>
        <translation>Sharti kwenye &quot;%1&quot; linahitaji thamani (au * kwa thamani yoyote)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can only be compared with a number or a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; inaweza kulinganishwa na nambari au tarehe (YYYY-MM-DD) pekee</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; (%2) cannot be filtered with &quot;%3&quot;</source>
        <translation>Sehemu &quot;%1&quot; (%2) haiwezi kuchujwa kwa &quot;%3&quot;</translation>
    </message>
    <message>
        <source>The condition on &quot;%1&quot; needs a value</source>
        <translation>Sharti kwenye &quot;%1&quot; linahitaji thamani</translation>
    </message>
</context>
<context>
    <name>kontor::CustomConditionRow</name>
    <message>
        <source>Remove this condition</source>
        <translation>Ondoa sharti hili</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (imefutwa)</translation>
    </message>
    <message>
        <source>Choose or type the value to compare with.</source>
        <translation>Chagua au andika thamani ya kulinganisha nayo.</translation>
    </message>
</context>
<context>
    <name>kontor::CustomConditionsEditor</name>
    <message>
        <source>+ Add Condition</source>
        <translation>+ Ongeza Sharti</translation>
    </message>
    <message>
        <source>Narrow the list by a custom field: all conditions must hold</source>
        <translation>Punguza orodha kwa sehemu maalum: masharti yote lazima yatimie</translation>
    </message>
    <message>
        <source>There are no custom fields for contacts yet (Settings → Custom Fields…)</source>
        <translation>Bado hakuna sehemu maalum za waasiliani (Mipangilio → Sehemu Maalum…)</translation>
    </message>
</context>
<context>
    <name>kontor::CustomField</name>
    <message>
        <source>Text</source>
        <translation>Maandishi</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nambari</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarehe</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Ndiyo / hapana</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Chaguo moja</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Machaguo mengi</translation>
    </message>
    <message>
        <source>Unknown field type &quot;%1&quot; (use text, number, date, bool, choice or multichoice)</source>
        <translation>Aina ya sehemu isiyojulikana &quot;%1&quot; (tumia text, number, date, bool, choice au multichoice)</translation>
    </message>
    <message>
        <source>Custom fields belong to contacts, companies or deals, not &quot;%1&quot;</source>
        <translation>Sehemu maalum ni za waasiliani, kampuni au dili, si &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A custom field needs a name</source>
        <translation>Sehemu maalum inahitaji jina</translation>
    </message>
    <message>
        <source>A choice field needs at least one option</source>
        <translation>Sehemu ya chaguo inahitaji angalau chaguo moja</translation>
    </message>
    <message>
        <source>An option cannot be empty</source>
        <translation>Chaguo haliwezi kuwa tupu</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; is listed twice</source>
        <translation>Chaguo &quot;%1&quot; limeorodheshwa mara mbili</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices of %2 (%3)</source>
        <translation>&quot;%1&quot; si mojawapo ya machaguo ya %2 (%3)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ndiyo</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hapana</translation>
    </message>
</context>
<context>
    <name>kontor::CustomFieldRepository</name>
    <message>
        <source>Cannot read the custom fields</source>
        <translation>Haiwezi kusoma sehemu maalum</translation>
    </message>
    <message>
        <source>Cannot read the custom field</source>
        <translation>Haiwezi kusoma sehemu maalum</translation>
    </message>
    <message>
        <source>This custom field does not exist</source>
        <translation>Sehemu hii maalum haipo</translation>
    </message>
    <message>
        <source>custom field %1</source>
        <translation>sehemu maalum %1</translation>
    </message>
    <message>
        <source>There is no custom field &quot;%1&quot;</source>
        <translation>Hakuna sehemu maalum &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot add the %1</source>
        <translation>Haiwezi kuongeza %1</translation>
    </message>
    <message>
        <source>There is already a field named &quot;%1&quot;</source>
        <translation>Tayari kuna sehemu inayoitwa &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot save the %1</source>
        <translation>Haiwezi kuhifadhi %1</translation>
    </message>
    <message>
        <source>The type of &quot;%1&quot; cannot change while records have a value in it</source>
        <translation>Aina ya &quot;%1&quot; haiwezi kubadilika wakati rekodi zina thamani ndani yake</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; is still used by some records</source>
        <translation>Chaguo &quot;%1&quot; bado linatumiwa na baadhi ya rekodi</translation>
    </message>
    <message>
        <source>Cannot delete the custom field</source>
        <translation>Haiwezi kufuta sehemu maalum</translation>
    </message>
    <message>
        <source>Cannot restore the custom field</source>
        <translation>Haiwezi kurejesha sehemu maalum</translation>
    </message>
    <message>
        <source>Cannot read the custom field values</source>
        <translation>Haiwezi kusoma thamani za sehemu maalum</translation>
    </message>
    <message>
        <source>Cannot save the custom fields</source>
        <translation>Haiwezi kuhifadhi sehemu maalum</translation>
    </message>
    <message>
        <source>This record does not exist</source>
        <translation>Rekodi hii haipo</translation>
    </message>
</context>
<context>
    <name>kontor::CustomFieldsDialog</name>
    <message>
        <source>Custom Fields</source>
        <translation>Sehemu Maalum</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Waasiliani</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Kampuni</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Dili</translation>
    </message>
    <message>
        <source>New Field</source>
        <translation>Sehemu Mpya</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Sogeza Juu</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Sogeza Chini</translation>
    </message>
    <message>
        <source>e.g. Region, Budget, Contract end</source>
        <translation>k.m. Mkoa, Bajeti, Mwisho wa mkataba</translation>
    </message>
    <message>
        <source>Choices (one per line):</source>
        <translation>Machaguo (moja kwa kila mstari):</translation>
    </message>
    <message>
        <source>Save Field</source>
        <translation>Hifadhi Sehemu</translation>
    </message>
    <message>
        <source>Delete Field</source>
        <translation>Futa Sehemu</translation>
    </message>
    <message>
        <source>Hide this field and its values everywhere</source>
        <translation>Ficha sehemu hii na thamani zake kila mahali</translation>
    </message>
    <message>
        <source>Undo Delete</source>
        <translation>Tendua Ufutaji</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Aina:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>Ongeza Sehemu</translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation>“%1” imehifadhiwa.</translation>
    </message>
    <message>
        <source>“%1” added.</source>
        <translation>“%1” imeongezwa.</translation>
    </message>
    <message>
        <source>“%1” deleted with its values.</source>
        <translation>“%1” imefutwa pamoja na thamani zake.</translation>
    </message>
    <message>
        <source>The field is back with its values.</source>
        <translation>Sehemu imerudi pamoja na thamani zake.</translation>
    </message>
</context>
<context>
    <name>kontor::CustomFieldsForm</name>
    <message>
        <source>Custom fields cannot be shown: %1</source>
        <translation>Sehemu maalum haziwezi kuonyeshwa: %1</translation>
    </message>
    <message>
        <source>Some custom fields have values that do not fit them.</source>
        <translation>Baadhi ya sehemu maalum zina thamani zisizozifaa.</translation>
    </message>
    <message>
        <source>Custom fields were not saved: %1</source>
        <translation>Sehemu maalum hazikuhifadhiwa: %1</translation>
    </message>
</context>
<context>
    <name>kontor::CustomListColumns</name>
    <message>
        <source>Custom fields</source>
        <translation>Sehemu maalum</translation>
    </message>
</context>
<context>
    <name>kontor::CustomValueEditor</name>
    <message>
        <source>A number, e.g. 1250 or 12.5</source>
        <translation>Nambari, k.m. 1250 au 12.5</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Haijawekwa</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ndiyo</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hapana</translation>
    </message>
</context>
<context>
    <name>kontor::CustomValuesCommand</name>
    <message>
        <source>Edit custom fields</source>
        <translation>Hariri sehemu maalum</translation>
    </message>
</context>
<context>
    <name>kontor::DashboardModule</name>
    <message>
        <source>Refresh</source>
        <translation>Onyesha upya</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Mkondo wa mauzo ulio wazi</translation>
    </message>
    <message>
        <source>Won this month</source>
        <translation>Zilizofanikiwa mwezi huu</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Kazi zilizochelewa</translation>
    </message>
    <message>
        <source>New leads this week</source>
        <translation>Wateja wapya wanaolengwa wiki hii</translation>
    </message>
    <message>
        <source>Stale deals</source>
        <translation>Dili zilizodumaa</translation>
    </message>
    <message>
        <source>Click to list the records behind this figure.</source>
        <translation>Bofya ili kuorodhesha rekodi zilizo nyuma ya takwimu hii.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Won per month&lt;/b&gt; (last 6 months, click a bar for the deals)</source>
        <translation>&lt;b&gt;Zilizofanikiwa kwa mwezi&lt;/b&gt; (miezi 6 iliyopita, bofya upau kuona dili)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Funnel&lt;/b&gt; of the deals created in the last 3 months</source>
        <translation>&lt;b&gt;Faneli&lt;/b&gt; ya dili zilizoundwa katika miezi 3 iliyopita</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Inahesabu…</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>Dili %n iliyo wazi</numerusform>
            <numerusform>Dili %n zilizo wazi</numerusform>
        </translation>
    </message>
    <message>
        <source>of %1 plan (%2)</source>
        <translation>kati ya mpango wa %1 (%2)</translation>
    </message>
    <message>
        <source>no plan for this month</source>
        <translation>hakuna mpango kwa mwezi huu</translation>
    </message>
    <message>
        <source>idle past their stage&apos;s limit</source>
        <translation>zimetulia kupita kikomo cha hatua yao</translation>
    </message>
    <message>
        <source>Amounts in %1. Updated %2.</source>
        <translation>Kiasi katika %1. Imesasishwa %2.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashibodi</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Wamiliki wote</translation>
    </message>
    <message>
        <source>Figures of</source>
        <translation>Takwimu za</translation>
    </message>
</context>
<context>
    <name>kontor::Database</name>
    <message>
        <source>Cannot create the folder for the database</source>
        <translation>Haiwezi kuunda folda ya hifadhidata</translation>
    </message>
    <message>
        <source>The database driver is not installed</source>
        <translation>Kiendeshi cha hifadhidata hakijasakinishwa</translation>
    </message>
    <message>
        <source>Cannot open the database file</source>
        <translation>Haiwezi kufungua faili la hifadhidata</translation>
    </message>
    <message>
        <source>Cannot connect to the database server</source>
        <translation>Haiwezi kuunganisha kwenye seva ya hifadhidata</translation>
    </message>
    <message>
        <source>The database refused Kontor&apos;s settings</source>
        <translation>Hifadhidata ilikataa mipangilio ya Kontor</translation>
    </message>
</context>
<context>
    <name>kontor::DealCard</name>
    <message>
        <source>Person</source>
        <translation>Mtu</translation>
    </message>
    <message>
        <source>Role in the deal</source>
        <translation>Jukumu katika dili</translation>
    </message>
    <message>
        <source>Add a person: start typing a name</source>
        <translation>Ongeza mtu: anza kuandika jina</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ondoa</translation>
    </message>
    <message>
        <source>The first person is the deal&apos;s main contact.</source>
        <translation>Mtu wa kwanza ndiye mwasiliani mkuu wa dili.</translation>
    </message>
    <message>
        <source>Add Product</source>
        <translation>Ongeza Bidhaa</translation>
    </message>
    <message>
        <source>Add Line…</source>
        <translation>Ongeza Mstari…</translation>
    </message>
    <message>
        <source>A line that is not in the catalogue: a service, a fee</source>
        <translation>Mstari usio katika katalogi: huduma, ada</translation>
    </message>
    <message>
        <source>Add Line</source>
        <translation>Ongeza Mstari</translation>
    </message>
    <message>
        <source>What is it:</source>
        <translation>Ni nini:</translation>
    </message>
    <message>
        <source>Lower it to the minimum to use the stage&apos;s probability</source>
        <translation>Ipunguze hadi kiwango cha chini ili kutumia uwezekano wa hatua</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Haijawekwa</translation>
    </message>
    <message>
        <source>Start typing a company name</source>
        <translation>Anza kuandika jina la kampuni</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Haijulikani</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Dili</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Kichwa:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Kiasi:</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>&amp;Uwezekano:</translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation>&amp;Tarehe ya kufunga inayotarajiwa:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Mmi&amp;liki:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>C&amp;hanzo:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Mteja</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>Ka&amp;mpuni:</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Watu:</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Sehemu maalum</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Bidhaa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Madokezo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Hifadhi</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rejesha</translation>
    </message>
    <message>
        <source>Drop the unsaved edits</source>
        <translation>Tupa mabadiliko ambayo hayajahifadhiwa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>Kazi Mpya</translation>
    </message>
    <message>
        <source>Plan the next call, meeting or to-do for this deal (Ctrl+T)</source>
        <translation>Panga simu, mkutano au cha kufanya kinachofuata kwa dili hii (Ctrl+T)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Hatua</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Tendua</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rudia</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Hakuna mtu</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The catalogue is empty</source>
        <translation>Katalogi ni tupu</translation>
    </message>
    <message>
        <source>This deal cannot be shown: %1</source>
        <translation>Dili hii haiwezi kuonyeshwa: %1</translation>
    </message>
    <message>
        <source>This deal is in the trash. Restore it from the Trash to edit it.</source>
        <translation>Dili hii iko kwenye tupio. Irejeshe kutoka kwenye Tupio ili kuihariri.</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Mtumiaji %1</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(hakuna kichwa)</translation>
    </message>
    <message>
        <source>%1 — Deal</source>
        <translation>%1 — Dili</translation>
    </message>
    <message>
        <source>%1 · %2 % likely · created %3</source>
        <translation>%1 · uwezekano %2 % · imeundwa %3</translation>
    </message>
    <message>
        <source>Stage default (%1 %)</source>
        <translation>Chaguo-msingi la hatua (%1 %)</translation>
    </message>
    <message>
        <source>The total of the products below.</source>
        <translation>Jumla ya bidhaa zilizo hapa chini.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Jumla: %1</translation>
    </message>
    <message>
        <source>No products: the amount is typed in above.</source>
        <translation>Hakuna bidhaa: kiasi kimeandikwa hapo juu.</translation>
    </message>
    <message>
        <source>Nothing was saved: “%1” is not an amount such as 12500.00.</source>
        <translation>Hakuna kilichohifadhiwa: “%1” si kiasi kama 12500.00.</translation>
    </message>
    <message>
        <source>Nothing was saved: there is no company called “%1”. Pick one from the list, or add it under Companies first.</source>
        <translation>Hakuna kilichohifadhiwa: hakuna kampuni inayoitwa “%1”. Chagua moja kutoka kwenye orodha, au iongeze chini ya Kampuni kwanza.</translation>
    </message>
    <message>
        <source>Nothing was saved: please fix the fields marked in red.</source>
        <translation>Hakuna kilichohifadhiwa: tafadhali rekebisha sehemu zilizowekwa alama nyekundu.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Hakuna kilichohifadhiwa: %1</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Hariri “%1”</translation>
    </message>
    <message>
        <source>Custom fields were not saved: %1</source>
        <translation>Sehemu maalum hazikuhifadhiwa: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Mabadiliko Hayajahifadhiwa</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Hifadhi mabadiliko kwenye %1 kabla ya kufunga?</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Hatua</translation>
    </message>
    <message>
        <source>Moves the deal at once; Ctrl+Z moves it back</source>
        <translation>Huhamisha dili mara moja; Ctrl+Z huirudisha</translation>
    </message>
    <message>
        <source>%1 (won)</source>
        <translation>%1 (imefanikiwa)</translation>
    </message>
    <message>
        <source>%1 (lost)</source>
        <translation>%1 (imepotea)</translation>
    </message>
</context>
<context>
    <name>kontor::DealHistoryDialog</name>
    <message>
        <source>Stage History of “%1”</source>
        <translation>Historia ya Hatua za “%1”</translation>
    </message>
</context>
<context>
    <name>kontor::DealRepository</name>
    <message>
        <source>A deal needs a title</source>
        <translation>Dili inahitaji kichwa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as EUR or USD</source>
        <translation>&quot;%1&quot; si msimbo wa sarafu kama EUR au USD</translation>
    </message>
    <message>
        <source>A deal amount cannot be negative</source>
        <translation>Kiasi cha dili hakiwezi kuwa hasi</translation>
    </message>
    <message>
        <source>The win probability must be between 0 and 100 %</source>
        <translation>Uwezekano wa kufanikiwa lazima uwe kati ya 0 na 100 %</translation>
    </message>
    <message>
        <source>Cannot save the new deal</source>
        <translation>Haiwezi kuhifadhi dili mpya</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Haiwezi kusoma %1</translation>
    </message>
    <message>
        <source>This deal does not exist</source>
        <translation>Dili hii haipo</translation>
    </message>
    <message>
        <source>This deal is in the trash</source>
        <translation>Dili hii iko kwenye tupio</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>Haiwezi kuhifadhi %1</translation>
    </message>
    <message>
        <source>The stage belongs to another pipeline</source>
        <translation>Hatua ni ya mkondo mwingine wa mauzo</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>hatua %1</translation>
    </message>
    <message>
        <source>Cannot move %1 to the stage &quot;%2&quot;</source>
        <translation>Haiwezi kuhamisha %1 hadi hatua &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Cannot read the deal list</source>
        <translation>Haiwezi kusoma orodha ya dili</translation>
    </message>
    <message>
        <source>Cannot count deals</source>
        <translation>Haiwezi kuhesabu dili</translation>
    </message>
    <message>
        <source>Cannot read the stage history of %1</source>
        <translation>Haiwezi kusoma historia ya hatua za %1</translation>
    </message>
    <message>
        <source>The currency of a deal with products cannot change; remove the products first</source>
        <translation>Sarafu ya dili yenye bidhaa haiwezi kubadilika; ondoa bidhaa kwanza</translation>
    </message>
    <message>
        <source>Say why the deal was lost: pick a lost reason</source>
        <translation>Eleza kwa nini dili ilipotea: chagua sababu ya kupoteza</translation>
    </message>
    <message>
        <source>The pipeline &quot;%1&quot; has no won stage</source>
        <translation>Mkondo wa mauzo &quot;%1&quot; hauna hatua ya kufanikiwa</translation>
    </message>
    <message>
        <source>The pipeline &quot;%1&quot; has no lost stage</source>
        <translation>Mkondo wa mauzo &quot;%1&quot; hauna hatua ya kupotea</translation>
    </message>
    <message>
        <source>Cannot save the lost note of %1</source>
        <translation>Haiwezi kuhifadhi dokezo la kupoteza la %1</translation>
    </message>
    <message>
        <source>Cannot sum the deals</source>
        <translation>Haiwezi kujumlisha dili</translation>
    </message>
    <message>
        <source>Cannot read the people of %1</source>
        <translation>Haiwezi kusoma watu wa %1</translation>
    </message>
    <message>
        <source>Pick an existing contact</source>
        <translation>Chagua mwasiliani aliyepo</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 ameorodheshwa mara mbili</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>mwasiliani %1</translation>
    </message>
    <message>
        <source>Cannot save the people of %1</source>
        <translation>Haiwezi kuhifadhi watu wa %1</translation>
    </message>
    <message>
        <source>Cannot read the deals</source>
        <translation>Haiwezi kusoma dili hizi</translation>
    </message>
</context>
<context>
    <name>kontor::DealsListModel</name>
    <message>
        <source>Deal</source>
        <translation>Dili</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Kampuni</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Mwasiliani</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Hatua</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kiasi</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Tarehe ya kufunga inayotarajiwa</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Mmiliki</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
</context>
<context>
    <name>kontor::DealsListView</name>
    <message>
        <source>Open</source>
        <translation>Wazi</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Imefanikiwa</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Imepotea</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Hali yoyote</translation>
    </message>
    <message>
        <source>Filter by deal, company or contact</source>
        <translation>Chuja kwa dili, kampuni au mwasiliani</translation>
    </message>
    <message>
        <source>Export Selection…</source>
        <translation>Hamisha Zilizochaguliwa…</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Mkondo wa mauzo:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Mmiliki:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Lebo:</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>Mikondo yote ya mauzo</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Kila mtu</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Lebo yoyote</translation>
    </message>
    <message>
        <source>%1 (weighted %2)</source>
        <translation>%1 (iliyopimwa %2)</translation>
    </message>
    <message>
        <source>No deals match.</source>
        <translation>Hakuna dili zinazolingana.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s): %1</source>
        <translation>
            <numerusform>Dili %n: %1</numerusform>
            <numerusform>Dili %n: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the deals to export first</source>
        <translation>Chagua dili za kuhamisha kwanza</translation>
    </message>
    <message>
        <source>Deals export to .csv, .xlsx or .json, not “.%1”</source>
        <translation>Dili huhamishwa kama .csv, .xlsx au .json, si “.%1”</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Haiwezi kuandika faili: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deal(s) to %1.</source>
        <translation>
            <numerusform>Dili %n imehamishwa kwenda %1.</numerusform>
            <numerusform>Dili %n zimehamishwa kwenda %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open, no next step</source>
        <translation>Wazi, hakuna hatua inayofuata</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Safu wima</translation>
    </message>
    <message>
        <source>Choose the columns this list shows, custom fields included</source>
        <translation>Chagua safu wima ambazo orodha hii inaonyesha, pamoja na sehemu maalum</translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation>Inajumlisha…</translation>
    </message>
</context>
<context>
    <name>kontor::DealsModule</name>
    <message>
        <source>Undo</source>
        <translation>Tendua</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rudia</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Ubao</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Orodha</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Onyesha upya</translation>
    </message>
    <message>
        <source>&amp;Pipelines and Stages…</source>
        <translation>&amp;Mikondo ya Mauzo na Hatua…</translation>
    </message>
    <message>
        <source>P&amp;roduct Catalogue…</source>
        <translation>&amp;Katalogi ya Bidhaa…</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Dili</translation>
    </message>
</context>
<context>
    <name>kontor::DemoDataOffer</name>
    <message>
        <source>Welcome to Kontor</source>
        <translation>Karibu kwenye Kontor</translation>
    </message>
    <message>
        <source>This database has no contacts yet.</source>
        <translation>Hifadhidata hii bado haina waasiliani.</translation>
    </message>
    <message>
        <source>Would you like to try Kontor with demo data? It adds 2,000 contacts, 300 companies and 500 deals with two years of history. Use a new database for your real customers.</source>
        <translation>Je, ungependa kujaribu Kontor kwa data ya mfano? Inaongeza waasiliani 2,000, kampuni 300 na dili 500 zenye historia ya miaka miwili. Tumia hifadhidata mpya kwa wateja wako halisi.</translation>
    </message>
    <message>
        <source>Add Demo Data</source>
        <translation>Ongeza Data ya Mfano</translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation>Anza Tupu</translation>
    </message>
    <message>
        <source>Adding demo data…</source>
        <translation>Inaongeza data ya mfano…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation>Data ya Mfano</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Inasimamisha…</translation>
    </message>
    <message>
        <source>The demo data could not be added. Your database is unchanged.

%1</source>
        <translation>Data ya mfano haikuweza kuongezwa. Hifadhidata yako haijabadilika.

%1</translation>
    </message>
</context>
<context>
    <name>kontor::DemoGenerator</name>
    <message>
        <source>The numbers of demo records cannot be negative</source>
        <translation>Idadi ya rekodi za mfano haiwezi kuwa hasi</translation>
    </message>
</context>
<context>
    <name>kontor::DrillDialog</name>
    <message>
        <source>Loading…</source>
        <translation>Inapakia…</translation>
    </message>
    <message>
        <source>The first %1 of %2, largest first.</source>
        <translation>%1 za kwanza kati ya %2, kubwa zaidi kwanza.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>Rekodi %n.</numerusform>
            <numerusform>Rekodi %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter, to open its card.</source>
        <translation>Bofya mara mbili kwenye safu, au bonyeza Enter, ili kufungua kadi yake.</translation>
    </message>
</context>
<context>
    <name>kontor::DuplicateFinder</name>
    <message>
        <source>Cannot look for duplicate contacts</source>
        <translation>Haiwezi kutafuta waasiliani rudufu</translation>
    </message>
</context>
<context>
    <name>kontor::DuplicatePairsModel</name>
    <message>
        <source>same email</source>
        <translation>barua pepe sawa</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>simu sawa</translation>
    </message>
    <message>
        <source>similar name in the same company</source>
        <translation>jina linalofanana katika kampuni moja</translation>
    </message>
    <message>
        <source>Contact #%1</source>
        <translation>Mwasiliani #%1</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Bakiza</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>Unganisha ndani yake</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kwa nini</translation>
    </message>
</context>
<context>
    <name>kontor::DuplicateReview</name>
    <message>
        <source>Cannot read the pairs marked as not duplicates</source>
        <translation>Haiwezi kusoma jozi zilizowekwa alama kuwa si nakala rudufu</translation>
    </message>
    <message>
        <source>Cannot preview the merge</source>
        <translation>Haiwezi kuhakiki uunganishaji</translation>
    </message>
    <message>
        <source>contact %1 into contact %2</source>
        <translation>mwasiliani %1 ndani ya mwasiliani %2</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself</source>
        <translation>Mwasiliani hawezi kuunganishwa na yeye mwenyewe</translation>
    </message>
    <message>
        <source>Contact %1 does not exist or is in the trash</source>
        <translation>Mwasiliani %1 hayupo au yuko kwenye tupio</translation>
    </message>
    <message>
        <source>contacts %1 and %2</source>
        <translation>waasiliani %1 na %2</translation>
    </message>
    <message>
        <source>A contact is always the same as itself</source>
        <translation>Mwasiliani daima ni sawa na yeye mwenyewe</translation>
    </message>
    <message>
        <source>Cannot mark the contacts as not duplicates</source>
        <translation>Haiwezi kuweka alama kuwa waasiliani si nakala rudufu</translation>
    </message>
    <message>
        <source>One of the contacts does not exist</source>
        <translation>Mmoja wa waasiliani hayupo</translation>
    </message>
    <message>
        <source>Cannot take back &quot;not a duplicate&quot;</source>
        <translation>Haiwezi kubatilisha &quot;si nakala rudufu&quot;</translation>
    </message>
    <message>
        <source>Contacts %1 and %2 are not marked as &quot;not a duplicate&quot;</source>
        <translation>Waasiliani %1 na %2 hawajawekwa alama ya &quot;si nakala rudufu&quot;</translation>
    </message>
</context>
<context>
    <name>kontor::DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation>Tafuta Nakala Rudufu</translation>
    </message>
    <message>
        <source>Find Again</source>
        <translation>Tafuta Tena</translation>
    </message>
    <message>
        <source>Scan the whole contact base again</source>
        <translation>Chunguza tena hifadhidata nzima ya waasiliani</translation>
    </message>
    <message>
        <source>Keep the Other Instead</source>
        <translation>Bakiza Nyingine Badala Yake</translation>
    </message>
    <message>
        <source>Keep the right-hand record and merge the left-hand one into it</source>
        <translation>Bakiza rekodi ya upande wa kulia na uunganishe ya upande wa kushoto ndani yake</translation>
    </message>
    <message>
        <source>Not a Duplicate</source>
        <translation>Si Nakala Rudufu</translation>
    </message>
    <message>
        <source>These are different people: do not propose this pair again</source>
        <translation>Hawa ni watu tofauti: usipendekeze jozi hii tena</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Unganisha</translation>
    </message>
    <message>
        <source>Merge with the values chosen above (Ctrl+Z undoes it)</source>
        <translation>Unganisha kwa thamani zilizochaguliwa hapo juu (Ctrl+Z hutendua)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Tendua</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rudia</translation>
    </message>
    <message>
        <source>Looking for duplicates across all contacts…</source>
        <translation>Inatafuta nakala rudufu katika waasiliani wote…</translation>
    </message>
    <message>
        <source>The search for duplicates failed.</source>
        <translation>Utafutaji wa nakala rudufu umeshindikana.</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Hakuna nakala rudufu zilizopatikana.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of contacts look like the same person.</source>
        <translation>
            <numerusform>Jozi %n ya waasiliani inaonekana kuwa mtu mmoja.</numerusform>
            <numerusform>Jozi %n za waasiliani zinaonekana kuwa mtu mmoja.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged “%1” into “%2”. Undo with Ctrl+Z.</source>
        <translation>“%1” ameunganishwa ndani ya “%2”. Tendua kwa Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>kontor::EditTaskCommand</name>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>Hariri &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>kontor::ExportDialog</name>
    <message>
        <source>Contacts</source>
        <translation>Waasiliani</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Kampuni</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Dili</translation>
    </message>
    <message>
        <source>Activities and notes</source>
        <translation>Shughuli na madokezo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>Mwasiliani %Ln</numerusform>
            <numerusform>Waasiliani %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>Kampuni %Ln</numerusform>
            <numerusform>Kampuni %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>Dili %Ln</numerusform>
            <numerusform>Dili %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(s)</source>
        <translation>
            <numerusform>Shughuli %Ln</numerusform>
            <numerusform>Shughuli %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Hamisha</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Kila kitu</translation>
    </message>
    <message>
        <source>Saved segment:</source>
        <translation>Kundi lililohifadhiwa:</translation>
    </message>
    <message>
        <source>Excel-friendly (byte-order mark, for Excel on Windows)</source>
        <translation>Inafaa kwa Excel (alama ya mpangilio wa baiti, kwa Excel kwenye Windows)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Vinjari…</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Nini:</translation>
    </message>
    <message>
        <source>Which records:</source>
        <translation>Rekodi zipi:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Muundo:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Faili:</translation>
    </message>
    <message>
        <source>CSV (comma-separated text)</source>
        <translation>CSV (maandishi yaliyotenganishwa kwa koma)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Kitabu cha kazi cha Excel (.xlsx)</translation>
    </message>
    <message>
        <source>vCard 3.0 (.vcf, older phones and Outlook)</source>
        <translation>vCard 3.0 (.vcf, simu za zamani na Outlook)</translation>
    </message>
    <message>
        <source>vCard 4.0 (.vcf)</source>
        <translation>vCard 4.0 (.vcf)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>The selected %1</source>
        <translation>%1 zilizochaguliwa</translation>
    </message>
    <message>
        <source>The selected records (select them in a list first)</source>
        <translation>Rekodi zilizochaguliwa (zichague kwenye orodha kwanza)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Hamisha Kwenda</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Chagua faili la kuandika.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folda %1 haipo.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Inahamisha…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Uhamishaji ulighairiwa; hakuna faili lililoandikwa.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Uhamishaji umeshindikana: %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 zimehamishwa kwenda %2.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Stop the export; no file is written</source>
        <translation>Simamisha uhamishaji; hakuna faili litakaloandikwa</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Inaghairi…</translation>
    </message>
    <message>
        <source>Of the contacts in the segment:</source>
        <translation>Kati ya waasiliani katika kundi:</translation>
    </message>
</context>
<context>
    <name>kontor::ExportSource</name>
    <message>
        <source>First name</source>
        <translation>Jina la kwanza</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Jina la mwisho</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cheo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Kampuni</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Jukumu</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Barua pepe</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Siku ya kuzaliwa</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Mtaa</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Jiji</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Mkoa</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Msimbo wa posta</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Nchi</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Chanzo</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Joto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Mmiliki</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Lebo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Madokezo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Imeundwa</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Jina la kampuni</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Jina rasmi</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Tovuti</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sekta</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Dili</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Mkondo wa mauzo</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Hatua</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kiasi</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Sarafu</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Uwezekano</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Tarehe ya kufunga inayotarajiwa</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Mwasiliani</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Barua pepe ya mwasiliani</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Sababu ya kupoteza</translation>
    </message>
    <message>
        <source>Cannot read the custom fields</source>
        <translation>Haiwezi kusoma sehemu maalum</translation>
    </message>
    <message>
        <source>Cannot list the records to export</source>
        <translation>Haiwezi kuorodhesha rekodi za kuhamisha</translation>
    </message>
    <message>
        <source>A selected record no longer exists or is in the trash.</source>
        <translation>Rekodi iliyochaguliwa haipo tena au iko kwenye tupio.</translation>
    </message>
    <message>
        <source>Cannot read the contacts to export</source>
        <translation>Haiwezi kusoma waasiliani wa kuhamisha</translation>
    </message>
    <message>
        <source>Cannot read the companies to export</source>
        <translation>Haiwezi kusoma kampuni za kuhamisha</translation>
    </message>
    <message>
        <source>Cannot read the deals to export</source>
        <translation>Haiwezi kusoma dili za kuhamisha</translation>
    </message>
    <message>
        <source>Cannot read the custom fields to export</source>
        <translation>Haiwezi kusoma sehemu maalum za kuhamisha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Aina</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarehe</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Mada</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Dokezo</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Jina la mwasiliani</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Muda</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Mwelekeo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Matokeo</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Imerekodiwa na</translation>
    </message>
    <message>
        <source>Cannot read the activities to export</source>
        <translation>Haiwezi kusoma shughuli za kuhamisha</translation>
    </message>
    <message>
        <source>Cannot read the photos to export</source>
        <translation>Haiwezi kusoma picha za kuhamisha</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Kitambulisho cha nje</translation>
    </message>
    <message>
        <source>A segment narrows contacts and their activities, not %1.</source>
        <translation>Kundi huchuja waasiliani na shughuli zao, si %1.</translation>
    </message>
</context>
<context>
    <name>kontor::FoldKeys</name>
    <message>
        <source>Cannot prepare the %1 for look-ups by name</source>
        <translation>Haiwezi kuandaa %1 kwa utafutaji kwa jina</translation>
    </message>
</context>
<context>
    <name>kontor::ImportModule</name>
    <message>
        <source>Import</source>
        <translation>Leta</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Leta faili…</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Tendua uletaji</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Lini</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Faili</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Rekodi</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Zimeundwa</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zimesasishwa</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Zimerukwa</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Zimekataliwa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>kampuni</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>waasiliani</translation>
    </message>
    <message>
        <source>undone %1</source>
        <translation>imetenduliwa %1</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imeletwa</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Bado hakuna uletaji.</translation>
    </message>
    <message>
        <source>Import %1 is done. Select it and press Undo import to reverse it.</source>
        <translation>Uletaji %1 umekamilika. Uchague na ubonyeze Tendua uletaji ili kuubatilisha.</translation>
    </message>
    <message>
        <source>Undo import %1? What it created is deleted and what it changed is put back.</source>
        <translation>Tendua uletaji %1? Kilichoundwa nao kitafutwa na kilichobadilishwa nao kitarejeshwa.</translation>
    </message>
    <message>
        <source>Undoing import %1…</source>
        <translation>Inatendua uletaji %1…</translation>
    </message>
    <message>
        <source>Import %1 was undone.</source>
        <translation>Uletaji %1 umetenduliwa.</translation>
    </message>
    <message>
        <source>Bring contacts, companies, deals and activities in from CSV, Excel or vCard files — or drop a file on this window. Every import can be undone: it deletes what the import created and puts back what it changed.</source>
        <translation>Leta waasiliani, kampuni, dili na shughuli kutoka kwa faili za CSV, Excel au vCard — au angusha faili kwenye dirisha hili. Kila uletaji unaweza kutenduliwa: hufuta kilichoundwa na uletaji na kurejesha kilichobadilishwa nao.</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>dili</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>shughuli</translation>
    </message>
</context>
<context>
    <name>kontor::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Leta</translation>
    </message>
</context>
<context>
    <name>kontor::LineItemsModel</name>
    <message>
        <source>“%1” is priced in %2 but the deal is in %3: type its price in %3.</source>
        <translation>“%1” ina bei katika %2 lakini dili iko katika %3: andika bei yake katika %3.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Line %1: a product needs a name.</source>
        <translation>Mstari %1: bidhaa inahitaji jina.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a quantity (a number, 0 or more).</source>
        <translation>Mstari %1: “%2” si idadi (nambari, 0 au zaidi).</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a price such as 1250.00.</source>
        <translation>Mstari %1: “%2” si bei kama 1250.00.</translation>
    </message>
    <message>
        <source>Line %1: a discount is a percentage from 0 to 100, not “%2”.</source>
        <translation>Mstari %1: punguzo ni asilimia kuanzia 0 hadi 100, si “%2”.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Bidhaa</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Idadi</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Bei ya kipimo</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Punguzo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumla</translation>
    </message>
</context>
<context>
    <name>kontor::ListModule</name>
    <message>
        <source>Refresh</source>
        <translation>Onyesha upya</translation>
    </message>
    <message>
        <source>Read the list again from the database</source>
        <translation>Soma orodha tena kutoka kwenye hifadhidata</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>Orodha haikuweza kusomwa: %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Safu wima</translation>
    </message>
    <message>
        <source>Choose the columns this list shows</source>
        <translation>Chagua safu wima ambazo orodha hii inaonyesha</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Inahesabu…</translation>
    </message>
</context>
<context>
    <name>kontor::LogActivityDialog</name>
    <message>
        <source>Call</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Barua pepe</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Mkutano</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Dokezo</translation>
    </message>
    <message>
        <source> min</source>
        <translation> dak</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>haijatolewa</translation>
    </message>
    <message>
        <source>Outgoing (I reached out)</source>
        <translation>Inayotoka (niliwasiliana)</translation>
    </message>
    <message>
        <source>Incoming (they reached out)</source>
        <translation>Inayoingia (waliwasiliana)</translation>
    </message>
    <message>
        <source>What was said or agreed, next steps…</source>
        <translation>Kilichosemwa au kukubaliwa, hatua zinazofuata…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Aina:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Mada:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Lini:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>M&amp;uda:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>M&amp;welekeo:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Ma&amp;dokezo:</translation>
    </message>
    <message>
        <source>Log a Call</source>
        <translation>Rekodi Simu</translation>
    </message>
    <message>
        <source>Log an Email</source>
        <translation>Rekodi Barua Pepe</translation>
    </message>
    <message>
        <source>Log a Meeting</source>
        <translation>Rekodi Mkutano</translation>
    </message>
    <message>
        <source>Add a Note</source>
        <translation>Ongeza Dokezo</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Haijahifadhiwa: %1</translation>
    </message>
</context>
<context>
    <name>kontor::Lookups</name>
    <message>
        <source>Cannot read the list of roles</source>
        <translation>Haiwezi kusoma orodha ya majukumu</translation>
    </message>
    <message>
        <source>Cannot read the list of users</source>
        <translation>Haiwezi kusoma orodha ya watumiaji</translation>
    </message>
    <message>
        <source>Cannot read the deals</source>
        <translation>Haiwezi kusoma dili</translation>
    </message>
</context>
<context>
    <name>kontor::LostReasonDialog</name>
    <message>
        <source>Deal Lost</source>
        <translation>Dili Imepotea</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Chagua sababu…</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Kilichotokea (si lazima)</translation>
    </message>
    <message>
        <source>Mark Lost</source>
        <translation>Weka Imepotea</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>Kwa nini “%1” ilipotea?</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Sababu:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Dokezo:</translation>
    </message>
</context>
<context>
    <name>kontor::MainWindow</name>
    <message>
        <source>About Kontor</source>
        <translation>Kuhusu Kontor</translation>
    </message>
    <message>
        <source>Kontor %1
A CRM for salespeople, on your laptop or your team&apos;s server.</source>
        <translation>Kontor %1
CRM kwa wauzaji, kwenye kompyuta yako ndogo au seva ya timu yako.</translation>
    </message>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Faili</translation>
    </message>
    <message>
        <source>&amp;New Local Database…</source>
        <translation>Hifadhidata &amp;Mpya ya Ndani…</translation>
    </message>
    <message>
        <source>&amp;Open Local Database…</source>
        <translation>&amp;Fungua Hifadhidata ya Ndani…</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>&amp;Unganisha kwenye Seva…</translation>
    </message>
    <message>
        <source>&amp;Recent Databases</source>
        <translation>Hifadhidata za &amp;Hivi Karibuni</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ondoka</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Mwonekano</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Usaidizi</translation>
    </message>
    <message>
        <source>&amp;About Kontor</source>
        <translation>&amp;Kuhusu Kontor</translation>
    </message>
    <message>
        <source>Module Toolbar</source>
        <translation>Upau wa Zana wa Moduli</translation>
    </message>
    <message>
        <source>No database is open.
Use File → Open Local Database, or Connect to Server.</source>
        <translation>Hakuna hifadhidata iliyofunguliwa.
Tumia Faili → Fungua Hifadhidata ya Ndani, au Unganisha kwenye Seva.</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Safisha Orodha</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Hakuna hifadhidata iliyofunguliwa</translation>
    </message>
    <message>
        <source>Database: %1 (%2)</source>
        <translation>Hifadhidata: %1 (%2)</translation>
    </message>
    <message>
        <source>SQLite, on this computer</source>
        <translation>SQLite, kwenye kompyuta hii</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Seva ya PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Tendua</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rudia</translation>
    </message>
    <message>
        <source>Could Not Undo or Redo</source>
        <translation>Imeshindwa Kutendua au Kurudia</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Hariri</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Mi&amp;pangilio</translation>
    </message>
    <message>
        <source>&amp;Custom Fields…</source>
        <translation>&amp;Sehemu Maalum…</translation>
    </message>
    <message>
        <source>&amp;Quick Search…</source>
        <translation>Utafutaji wa &amp;Haraka…</translation>
    </message>
    <message>
        <source>New &amp;Task…</source>
        <translation>&amp;Kazi Mpya…</translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>Kikumbusho: %1</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>Hami&amp;sha…</translation>
    </message>
</context>
<context>
    <name>kontor::MergePreviewPanel</name>
    <message>
        <source>(empty)</source>
        <translation>(tupu)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Jina la kwanza</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Jina la mwisho</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cheo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Kampuni</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Jukumu</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Siku ya kuzaliwa</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Mtaa</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Jiji</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Mkoa</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Msimbo wa posta</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Nchi</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Chanzo</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Joto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Mmiliki</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Madokezo</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>Mawasiliano ya mwisho</translation>
    </message>
    <message>
        <source>Choose a pair on the left to see what a merge would keep.</source>
        <translation>Chagua jozi upande wa kushoto ili kuona uunganishaji ungebakiza nini.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep:&lt;/b&gt; %1 &lt;small&gt;(#%2)&lt;/small&gt;</source>
        <translation>&lt;b&gt;Bakiza:&lt;/b&gt; %1 &lt;small&gt;(#%2)&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merge into it:&lt;/b&gt; %1 &lt;small&gt;(#%2)&lt;/small&gt;</source>
        <translation>&lt;b&gt;Unganisha ndani yake:&lt;/b&gt; %1 &lt;small&gt;(#%2)&lt;/small&gt;</translation>
    </message>
    <message>
        <source>(the same)</source>
        <translation>(sawa)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>hakuna</translation>
    </message>
    <message>
        <source>%1 (%2 + %3)</source>
        <translation>%1 (%2 + %3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;After the merge the kept contact has:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Baada ya uunganishaji mwasiliani aliyebakizwa ana:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Emails (%1): %2</source>
        <translation>Barua pepe (%1): %2</translation>
    </message>
    <message>
        <source>Phones (%1): %2</source>
        <translation>Simu (%1): %2</translation>
    </message>
    <message>
        <source>Messengers (%1): %2</source>
        <translation>Programu za ujumbe (%1): %2</translation>
    </message>
    <message>
        <source>Tags (%1): %2</source>
        <translation>Lebo (%1): %2</translation>
    </message>
    <message>
        <source>Activities: %1 · Deals: %2 · Tasks: %3</source>
        <translation>Shughuli: %1 · Dili: %2 · Kazi: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) taken from the other record; it goes to the trash.</source>
        <translation>
            <numerusform>Sehemu %n imechukuliwa kutoka kwa rekodi nyingine; rekodi hiyo inaenda kwenye tupio.</numerusform>
            <numerusform>Sehemu %n zimechukuliwa kutoka kwa rekodi nyingine; rekodi hiyo inaenda kwenye tupio.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Custom fields&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sehemu maalum&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>kontor::Migrator</name>
    <message>
        <source>Cannot create the schema version table</source>
        <translation>Haiwezi kuunda jedwali la toleo la muundo</translation>
    </message>
    <message>
        <source>Cannot read the schema version</source>
        <translation>Haiwezi kusoma toleo la muundo</translation>
    </message>
    <message>
        <source>This database was created by a newer Kontor. Please update Kontor to open it.</source>
        <translation>Hifadhidata hii iliundwa na Kontor mpya zaidi. Tafadhali sasisha Kontor ili kuifungua.</translation>
    </message>
    <message>
        <source>Cannot lock the schema for upgrade</source>
        <translation>Haiwezi kufunga muundo kwa ajili ya kuboresha</translation>
    </message>
    <message>
        <source>Upgrading the database failed at step %1 (%2)</source>
        <translation>Kuboresha hifadhidata kumeshindikana katika hatua %1 (%2)</translation>
    </message>
</context>
<context>
    <name>kontor::MultiValueEditor</name>
    <message>
        <source>Remove this line</source>
        <translation>Ondoa mstari huu</translation>
    </message>
</context>
<context>
    <name>kontor::PhoneSettingsDialog</name>
    <message>
        <source>%1 (%2) +%3</source>
        <translation>%1 (%2) +%3</translation>
    </message>
    <message>
        <source>Phone Numbers</source>
        <translation>Nambari za Simu</translation>
    </message>
    <message>
        <source>Numbers typed without a country code (+…) are read as numbers of this region. Search and duplicate detection compare every number in its international form, so “040 123 4567” finds “+358 40 123 4567” when the region is Finland.</source>
        <translation>Nambari zilizoandikwa bila msimbo wa nchi (+…) zinasomwa kama nambari za eneo hili. Utafutaji na utambuzi wa nakala rudufu hulinganisha kila nambari katika muundo wake wa kimataifa, kwa hivyo “040 123 4567” hupata “+358 40 123 4567” eneo likiwa Ufini.</translation>
    </message>
    <message>
        <source>The system&apos;s region</source>
        <translation>Eneo la mfumo</translation>
    </message>
    <message>
        <source>The system&apos;s region (%1)</source>
        <translation>Eneo la mfumo (%1)</translation>
    </message>
    <message>
        <source>Also read the phones already stored with this region</source>
        <translation>Pia soma simu zilizohifadhiwa tayari kwa eneo hili</translation>
    </message>
    <message>
        <source>Numbers saved before were read with the old region. What was typed stays as it is; only the form search and duplicates compare is computed again.</source>
        <translation>Nambari zilizohifadhiwa awali zilisomwa kwa eneo la zamani. Kilichoandikwa kinabaki kama kilivyo; ni muundo tu unaolinganishwa na utafutaji na nakala rudufu ndio unaokokotolewa tena.</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>&amp;Eneo chaguo-msingi:</translation>
    </message>
    <message>
        <source>Saved. Numbers typed from now on are read with this region.</source>
        <translation>Imehifadhiwa. Nambari zitakazoandikwa kuanzia sasa zitasomwa kwa eneo hili.</translation>
    </message>
    <message>
        <source>Saved. Reading the stored phones again…</source>
        <translation>Imehifadhiwa. Inasoma tena simu zilizohifadhiwa…</translation>
    </message>
    <message numerus="yes">
        <source>Region %1: %Ln phone(s) read again, </source>
        <translation>
            <numerusform>Eneo %1: simu %Ln imesomwa tena, </numerusform>
            <numerusform>Eneo %1: simu %Ln zimesomwa tena, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln imebadilishwa</numerusform>
            <numerusform>%Ln zimebadilishwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln contact(s)).</source>
        <translation>
            <numerusform> (mwasiliani %Ln).</numerusform>
            <numerusform> (waasiliani %Ln).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be read as a number of any country and stay as typed.</source>
        <translation>
            <numerusform>%Ln haikuweza kusomwa kama nambari ya nchi yoyote na inabaki kama ilivyoandikwa.</numerusform>
            <numerusform>%Ln hazikuweza kusomwa kama nambari za nchi yoyote na zinabaki kama zilivyoandikwa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::PipelineRepository</name>
    <message>
        <source>new stage</source>
        <translation>hatua mpya</translation>
    </message>
    <message>
        <source>stage &quot;%1&quot;</source>
        <translation>hatua &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A stage needs a name</source>
        <translation>Hatua inahitaji jina</translation>
    </message>
    <message>
        <source>The win probability must be between 0 and 100 %</source>
        <translation>Uwezekano wa kufanikiwa lazima uwe kati ya 0 na 100 %</translation>
    </message>
    <message>
        <source>Days before a deal rots cannot be negative</source>
        <translation>Siku kabla ya dili kudumaa haziwezi kuwa hasi</translation>
    </message>
    <message>
        <source>Cannot read the pipelines</source>
        <translation>Haiwezi kusoma mikondo ya mauzo</translation>
    </message>
    <message>
        <source>This pipeline does not exist</source>
        <translation>Mkondo huu wa mauzo haupo</translation>
    </message>
    <message>
        <source>pipeline %1</source>
        <translation>mkondo wa mauzo %1</translation>
    </message>
    <message>
        <source>There is no pipeline called &quot;%1&quot;</source>
        <translation>Hakuna mkondo wa mauzo unaoitwa &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A pipeline needs a name</source>
        <translation>Mkondo wa mauzo unahitaji jina</translation>
    </message>
    <message>
        <source>new pipeline</source>
        <translation>mkondo mpya wa mauzo</translation>
    </message>
    <message>
        <source>Cannot create the pipeline &quot;%1&quot;</source>
        <translation>Haiwezi kuunda mkondo wa mauzo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot rename pipeline %1</source>
        <translation>Haiwezi kubadilisha jina la mkondo wa mauzo %1</translation>
    </message>
    <message>
        <source>Cannot read stage %1</source>
        <translation>Haiwezi kusoma hatua %1</translation>
    </message>
    <message>
        <source>This stage does not exist</source>
        <translation>Hatua hii haipo</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>hatua %1</translation>
    </message>
    <message>
        <source>Cannot add the stage &quot;%1&quot;</source>
        <translation>Haiwezi kuongeza hatua &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot save the stage &quot;%1&quot;</source>
        <translation>Haiwezi kuhifadhi hatua &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The new order must list every stage of the pipeline once</source>
        <translation>Mpangilio mpya lazima uorodheshe kila hatua ya mkondo wa mauzo mara moja</translation>
    </message>
    <message>
        <source>Cannot reorder the stages</source>
        <translation>Haiwezi kupanga upya hatua</translation>
    </message>
    <message>
        <source>Deals can only move to another stage of the same pipeline</source>
        <translation>Dili zinaweza kuhamia hatua nyingine ya mkondo uleule wa mauzo pekee</translation>
    </message>
    <message>
        <source>Deals cannot be moved to a lost stage without a reason each</source>
        <translation>Dili haziwezi kuhamishiwa hatua ya kupotea bila sababu kwa kila moja</translation>
    </message>
    <message>
        <source>Cannot delete the stage &quot;%1&quot;</source>
        <translation>Haiwezi kufuta hatua &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) are still in this stage; move them to another stage first</source>
        <translation>
            <numerusform>Dili %n bado iko katika hatua hii; ihamishie hatua nyingine kwanza</numerusform>
            <numerusform>Dili %n bado ziko katika hatua hii; zihamishie hatua nyingine kwanza</numerusform>
        </translation>
    </message>
    <message>
        <source>The pipeline &quot;%1&quot; has no stage called &quot;%2&quot;</source>
        <translation>Mkondo wa mauzo &quot;%1&quot; hauna hatua inayoitwa &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Cannot read the lost reasons</source>
        <translation>Haiwezi kusoma sababu za kupoteza</translation>
    </message>
    <message>
        <source>There is no lost reason called &quot;%1&quot;</source>
        <translation>Hakuna sababu ya kupoteza inayoitwa &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A lost reason needs a name</source>
        <translation>Sababu ya kupoteza inahitaji jina</translation>
    </message>
    <message>
        <source>Cannot add the lost reason &quot;%1&quot;</source>
        <translation>Haiwezi kuongeza sababu ya kupoteza &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the only pipeline; add another before deleting it</source>
        <translation>&quot;%1&quot; ndio mkondo pekee wa mauzo; ongeza mwingine kabla ya kuufuta</translation>
    </message>
    <message>
        <source>Cannot delete the pipeline &quot;%1&quot;</source>
        <translation>Haiwezi kufuta mkondo wa mauzo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; still holds %2 deal(s); move or delete them first</source>
        <translation>&quot;%1&quot; bado ina dili %2; zihamishe au uzifute kwanza</translation>
    </message>
    <message>
        <source>lost reason %1</source>
        <translation>sababu ya kupoteza %1</translation>
    </message>
    <message>
        <source>Cannot save the lost reason &quot;%1&quot;</source>
        <translation>Haiwezi kuhifadhi sababu ya kupoteza &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This lost reason does not exist</source>
        <translation>Sababu hii ya kupoteza haipo</translation>
    </message>
</context>
<context>
    <name>kontor::PipelineSettingsDialog</name>
    <message>
        <source>Move Deals</source>
        <translation>Hamisha Dili</translation>
    </message>
    <message>
        <source>Deals are still in “%1”. Move them to:</source>
        <translation>Bado kuna dili katika “%1”. Zihamishie:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Wazi</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Imefanikiwa</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Imepotea</translation>
    </message>
    <message>
        <source>never</source>
        <translation>kamwe</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>Ongeza Hatua</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Sogeza Juu</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Sogeza Chini</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Futa…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Jina:</translation>
    </message>
    <message>
        <source>Win probability:</source>
        <translation>Uwezekano wa kufanikiwa:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Aina:</translation>
    </message>
    <message>
        <source>Rots after idle days:</source>
        <translation>Hudumaa baada ya siku za kutulia:</translation>
    </message>
    <message>
        <source>Save Stage</source>
        <translation>Hifadhi Hatua</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Hatua mpya</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Hatua</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Mkondo wa mauzo:</translation>
    </message>
    <message>
        <source>Add Pipeline…</source>
        <translation>Ongeza Mkondo wa Mauzo…</translation>
    </message>
    <message>
        <source>Add Pipeline</source>
        <translation>Ongeza Mkondo wa Mauzo</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Badilisha jina…</translation>
    </message>
    <message>
        <source>Rename Pipeline</source>
        <translation>Badilisha Jina la Mkondo wa Mauzo</translation>
    </message>
    <message>
        <source>Delete Pipeline</source>
        <translation>Futa Mkondo wa Mauzo</translation>
    </message>
    <message>
        <source>Add Reason…</source>
        <translation>Ongeza Sababu…</translation>
    </message>
    <message>
        <source>Add Lost Reason</source>
        <translation>Ongeza Sababu ya Kupoteza</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Sababu:</translation>
    </message>
    <message>
        <source>Rename Lost Reason</source>
        <translation>Badilisha Jina la Sababu ya Kupoteza</translation>
    </message>
    <message>
        <source>Offer / Retire</source>
        <translation>Tumia / Acha kutumia</translation>
    </message>
    <message>
        <source>Lost reasons (all pipelines)</source>
        <translation>Sababu za kupoteza (mikondo yote ya mauzo)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mpya</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (haitumiki tena)</translation>
    </message>
    <message>
        <source>Pipelines and Stages</source>
        <translation>Mikondo ya Mauzo na Hatua</translation>
    </message>
</context>
<context>
    <name>kontor::PlanEditor</name>
    <message>
        <source>Sales plans</source>
        <translation>Mipango ya mauzo</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Meneja</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kuanzia</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hadi</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Mpango</translation>
    </message>
    <message>
        <source>e.g. 25000 or 25000.50</source>
        <translation>k.m. 25000 au 25000.50</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kiasi</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Sarafu</translation>
    </message>
    <message>
        <source>Add plan</source>
        <translation>Ongeza mpango</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Hifadhi mabadiliko</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Futa</translation>
    </message>
    <message>
        <source>Choose the plan to change in the list first.</source>
        <translation>Chagua mpango wa kubadilisha kwenye orodha kwanza.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: write it like 25000 or 25000.50.</source>
        <translation>&quot;%1&quot; si kiasi: kiandike kama 25000 au 25000.50.</translation>
    </message>
    <message>
        <source>This manager already has a plan for that period and currency.</source>
        <translation>Meneja huyu tayari ana mpango kwa kipindi hicho na sarafu hiyo.</translation>
    </message>
    <message>
        <source>Plan added.</source>
        <translation>Mpango umeongezwa.</translation>
    </message>
    <message>
        <source>Plan saved.</source>
        <translation>Mpango umehifadhiwa.</translation>
    </message>
    <message>
        <source>Choose the plan to delete in the list first.</source>
        <translation>Chagua mpango wa kufuta kwenye orodha kwanza.</translation>
    </message>
    <message>
        <source>Plan deleted.</source>
        <translation>Mpango umefutwa.</translation>
    </message>
    <message>
        <source>Add as monthly plans (a quarter or a year split evenly)</source>
        <translation>Ongeza kama mipango ya kila mwezi (robo mwaka au mwaka uliogawanywa sawasawa)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Tendua</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rudia</translation>
    </message>
    <message>
        <source> (or clear &quot;Add as monthly plans&quot; to add it as one plan)</source>
        <translation> (au ondoa tiki kwenye &quot;Ongeza kama mipango ya kila mwezi&quot; ili kuuongeza kama mpango mmoja)</translation>
    </message>
    <message>
        <source>Change the plan of %1</source>
        <translation>Badilisha mpango wa %1</translation>
    </message>
    <message>
        <source>Add %1 monthly plans of %2</source>
        <translation>Ongeza mipango %1 ya kila mwezi ya %2</translation>
    </message>
    <message>
        <source>Add a plan for %1</source>
        <translation>Ongeza mpango kwa %1</translation>
    </message>
    <message>
        <source>%1 monthly plans added.</source>
        <translation>Mipango %1 ya kila mwezi imeongezwa.</translation>
    </message>
    <message>
        <source>Delete the plan of %1</source>
        <translation>Futa mpango wa %1</translation>
    </message>
</context>
<context>
    <name>kontor::ProductCatalogueDialog</name>
    <message>
        <source>Still sold (offered on deals)</source>
        <translation>Bado inauzwa (inatolewa kwenye dili)</translation>
    </message>
    <message>
        <source>Product Catalogue</source>
        <translation>Katalogi ya Bidhaa</translation>
    </message>
    <message>
        <source>optional, unique</source>
        <translation>si lazima, ya kipekee</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;SKU:</translation>
    </message>
    <message>
        <source>Unit price:</source>
        <translation>Bei ya kipimo:</translation>
    </message>
    <message>
        <source>New Product</source>
        <translation>Bidhaa Mpya</translation>
    </message>
    <message>
        <source>Save Product</source>
        <translation>Hifadhi Bidhaa</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Hamishia kwenye Tupio</translation>
    </message>
    <message>
        <source>“%1” is not a price such as 120.00.</source>
        <translation>“%1” si bei kama 120.00.</translation>
    </message>
</context>
<context>
    <name>kontor::ProductRepository</name>
    <message>
        <source>A product needs a name</source>
        <translation>Bidhaa inahitaji jina</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as EUR or USD</source>
        <translation>&quot;%1&quot; si msimbo wa sarafu kama EUR au USD</translation>
    </message>
    <message>
        <source>A price cannot be negative</source>
        <translation>Bei haiwezi kuwa hasi</translation>
    </message>
    <message>
        <source>line item of deal %1</source>
        <translation>mstari wa bidhaa wa dili %1</translation>
    </message>
    <message>
        <source>A line item belongs to a deal</source>
        <translation>Mstari wa bidhaa ni wa dili</translation>
    </message>
    <message>
        <source>A line item needs a product or a name</source>
        <translation>Mstari wa bidhaa unahitaji bidhaa au jina</translation>
    </message>
    <message>
        <source>A quantity cannot be negative</source>
        <translation>Idadi haiwezi kuwa hasi</translation>
    </message>
    <message>
        <source>A discount must be between 0 and 100 %</source>
        <translation>Punguzo lazima liwe kati ya 0 na 100 %</translation>
    </message>
    <message>
        <source>Cannot save the product &quot;%1&quot;</source>
        <translation>Haiwezi kuhifadhi bidhaa &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Haiwezi kusoma %1</translation>
    </message>
    <message>
        <source>This product does not exist</source>
        <translation>Bidhaa hii haipo</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>Haiwezi kuhifadhi %1</translation>
    </message>
    <message>
        <source>Cannot read the product catalogue</source>
        <translation>Haiwezi kusoma katalogi ya bidhaa</translation>
    </message>
    <message>
        <source>Cannot read the products of deal %1</source>
        <translation>Haiwezi kusoma bidhaa za dili %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is priced in %2 but the deal is in %3; enter the price in %3</source>
        <translation>&quot;%1&quot; ina bei katika %2 lakini dili iko katika %3; weka bei katika %3</translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation>dili %1</translation>
    </message>
    <message>
        <source>Cannot update the amount of deal %1</source>
        <translation>Haiwezi kusasisha kiasi cha dili %1</translation>
    </message>
    <message>
        <source>Cannot add a product to deal %1</source>
        <translation>Haiwezi kuongeza bidhaa kwenye dili %1</translation>
    </message>
    <message>
        <source>This deal does not exist</source>
        <translation>Dili hii haipo</translation>
    </message>
    <message>
        <source>Cannot change a product of deal %1</source>
        <translation>Haiwezi kubadilisha bidhaa ya dili %1</translation>
    </message>
    <message>
        <source>This line item does not exist</source>
        <translation>Mstari huu wa bidhaa haupo</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>kipengee %1</translation>
    </message>
    <message>
        <source>Cannot remove line item %1</source>
        <translation>Haiwezi kuondoa mstari wa bidhaa %1</translation>
    </message>
    <message>
        <source>Cannot save the products of deal %1</source>
        <translation>Haiwezi kuhifadhi bidhaa za dili %1</translation>
    </message>
</context>
<context>
    <name>kontor::ProductTableModel</name>
    <message>
        <source>Sold</source>
        <translation>Inauzwa</translation>
    </message>
    <message>
        <source>Not sold</source>
        <translation>Haiuzwi</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Bidhaa</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Bei ya kipimo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
</context>
<context>
    <name>kontor::QuickAddTaskDialog</name>
    <message>
        <source>Edit Task</source>
        <translation>Hariri Kazi</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>Kazi Mpya</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Kwa:</translation>
    </message>
    <message>
        <source>What is to be done? e.g. Call back about the offer</source>
        <translation>Nini kifanyike? k.m. Piga simu tena kuhusu ofa</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Kichwa:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Aina:</translation>
    </message>
    <message>
        <source>&amp;All day</source>
        <translation>&amp;Siku nzima</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Tarehe ya mwisho:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> dak</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>haijawekwa</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>M&amp;uda:</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Kawaida</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>Ki&amp;paumbele:</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Hakuna kikumbusho</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>Wakati wa tarehe ya mwisho</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>Dakika %n kabla</numerusform>
            <numerusform>Dakika %n kabla</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>Saa 1 kabla</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>Siku 1 kabla</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>Kiku&amp;mbusho:</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Hairudii</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Kila siku</translation>
    </message>
    <message>
        <source>Every week on…</source>
        <translation>Kila wiki siku ya…</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Kila mwezi</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>&amp;Rudia:</translation>
    </message>
    <message>
        <source>Tick several people to give each their own copy, tracked together</source>
        <translation>Weka tiki kwa watu kadhaa ili kila mmoja apate nakala yake, zikifuatiliwa pamoja</translation>
    </message>
    <message>
        <source>Assi&amp;gned to:</source>
        <translation>Amekabidh&amp;iwa:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Ma&amp;dokezo:</translation>
    </message>
    <message>
        <source>Tick at least one person to do it.</source>
        <translation>Weka tiki kwa angalau mtu mmoja wa kuifanya.</translation>
    </message>
</context>
<context>
    <name>kontor::QuickSearchModel</name>
    <message>
        <source>Contact</source>
        <translation>Mwasiliani</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Kampuni</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Dili</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(hakuna jina)</translation>
    </message>
</context>
<context>
    <name>kontor::QuickSearchPopup</name>
    <message>
        <source>Quick Search</source>
        <translation>Utafutaji wa Haraka</translation>
    </message>
    <message>
        <source>Find a contact, company or deal — name, email, phone…</source>
        <translation>Tafuta mwasiliani, kampuni au dili — jina, barua pepe, simu…</translation>
    </message>
    <message>
        <source>Type a name, part of an email or a phone number.</source>
        <translation>Andika jina, sehemu ya barua pepe au nambari ya simu.</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Utafutaji umeshindikana: %1</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Hakuna kilichopatikana kwa “%1”.</translation>
    </message>
    <message>
        <source>Enter opens the selected one; ↑ ↓ choose; Esc closes.</source>
        <translation>Enter hufungua kilichochaguliwa; ↑ ↓ kuchagua; Esc hufunga.</translation>
    </message>
</context>
<context>
    <name>kontor::Recurrence</name>
    <message>
        <source>Say on which days a weekly task repeats, e.g. weekly:mon,thu</source>
        <translation>Eleza ni siku zipi kazi ya kila wiki inarudiwa, k.m. weekly:mon,thu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the week (mon, tue, wed, thu, fri, sat, sun)</source>
        <translation>&quot;%1&quot; si siku ya wiki (mon, tue, wed, thu, fri, sat, sun)</translation>
    </message>
    <message>
        <source>A monthly task repeats on a day from 1 to 31</source>
        <translation>Kazi ya kila mwezi inarudiwa tarehe kuanzia 1 hadi 31</translation>
    </message>
    <message>
        <source>Repeat is daily, weekly:DAYS or monthly</source>
        <translation>Marudio ni daily, weekly:DAYS au monthly</translation>
    </message>
</context>
<context>
    <name>kontor::ReminderNotifier</name>
    <message>
        <source>Kontor reminders</source>
        <translation>Vikumbusho vya Kontor</translation>
    </message>
    <message>
        <source>Snooze the last reminder 10 minutes</source>
        <translation>Ahirisha kikumbusho cha mwisho kwa dakika 10</translation>
    </message>
    <message>
        <source>Open the task</source>
        <translation>Fungua kazi</translation>
    </message>
</context>
<context>
    <name>kontor::ReminderPopup</name>
    <message>
        <source>Reminders</source>
        <translation>Vikumbusho</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>Ahirisha dak 10</translation>
    </message>
    <message>
        <source>Remind me of this again in 10 minutes</source>
        <translation>Nikumbushe hili tena baada ya dakika 10</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>Ahirisha saa 1</translation>
    </message>
    <message>
        <source>Remind me of this again in an hour</source>
        <translation>Nikumbushe hili tena baada ya saa moja</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <source>Open the deal, contact or company this task is about</source>
        <translation>Fungua dili, mwasiliani au kampuni inayohusika na kazi hii</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Imekamilika…</translation>
    </message>
    <message>
        <source>Complete the task: what came of it, and the next step</source>
        <translation>Kamilisha kazi: matokeo yalikuwa nini, na hatua inayofuata</translation>
    </message>
    <message>
        <source>missed while Kontor was closed</source>
        <translation>kilikosekana wakati Kontor ilikuwa imefungwa</translation>
    </message>
    <message numerus="yes">
        <source>While Kontor was closed, %n reminder(s) came due.</source>
        <translation>
            <numerusform>Wakati Kontor ilikuwa imefungwa, kikumbusho %n kilifika wakati wake.</numerusform>
            <numerusform>Wakati Kontor ilikuwa imefungwa, vikumbusho %n vilifika wakati wake.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s):</source>
        <translation>
            <numerusform>Kikumbusho %n:</numerusform>
            <numerusform>Vikumbusho %n:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not snooze: %1</source>
        <translation>Imeshindwa kuahirisha: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Imekamilika: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ReminderScheduler</name>
    <message>
        <source>Cannot read the reminders</source>
        <translation>Haiwezi kusoma vikumbusho</translation>
    </message>
    <message>
        <source>Cannot mark the reminder as shown</source>
        <translation>Haiwezi kuweka alama kuwa kikumbusho kimeonyeshwa</translation>
    </message>
    <message>
        <source>Snooze needs a time</source>
        <translation>Kuahirisha kunahitaji muda</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>kazi %1</translation>
    </message>
    <message>
        <source>Cannot snooze the reminder</source>
        <translation>Haiwezi kuahirisha kikumbusho</translation>
    </message>
    <message>
        <source>The task is done or in the trash</source>
        <translation>Kazi imekamilika au iko kwenye tupio</translation>
    </message>
</context>
<context>
    <name>kontor::ReportChart</name>
    <message>
        <source>Nothing to show for this period and filter.</source>
        <translation>Hakuna cha kuonyesha kwa kipindi hiki na kichujio hiki.</translation>
    </message>
    <message>
        <source>Click a bar to list the records behind it.</source>
        <translation>Bofya upau ili kuorodhesha rekodi zilizo nyuma yake.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>Mteja %n</numerusform>
            <numerusform>Wateja %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a point to list the records behind it.</source>
        <translation>Bofya nukta ili kuorodhesha rekodi zilizo nyuma yake.</translation>
    </message>
</context>
<context>
    <name>kontor::ReportEngine</name>
    <message>
        <source>Funnel</source>
        <translation>Faneli</translation>
    </message>
    <message>
        <source>Deals created in the period that reached each stage, stage-to-stage conversion, time in stage and cycle length</source>
        <translation>Dili zilizoundwa katika kipindi zilizofikia kila hatua, ubadilishaji kutoka hatua hadi hatua, muda katika hatua na urefu wa mzunguko</translation>
    </message>
    <message>
        <source>Sales dynamics</source>
        <translation>Mwenendo wa mauzo</translation>
    </message>
    <message>
        <source>Won deals and amount per period, next to the period before</source>
        <translation>Dili zilizofanikiwa na kiasi kwa kila kipindi, kando ya kipindi kilichotangulia</translation>
    </message>
    <message>
        <source>Won vs lost</source>
        <translation>Zilizofanikiwa dhidi ya zilizopotea</translation>
    </message>
    <message>
        <source>Deals won and lost per period and the win rate</source>
        <translation>Dili zilizofanikiwa na zilizopotea kwa kila kipindi na kiwango cha mafanikio</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Sababu za kupoteza</translation>
    </message>
    <message>
        <source>Why deals closed in the period were lost</source>
        <translation>Kwa nini dili zilizofungwa katika kipindi zilipotea</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Mameneja</translation>
    </message>
    <message>
        <source>Per owner: deals won, amount, win rate, calls, meetings, e-mails, tasks on time and overdue</source>
        <translation>Kwa kila mmiliki: dili zilizofanikiwa, kiasi, kiwango cha mafanikio, simu, mikutano, barua pepe, kazi kwa wakati na zilizochelewa</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Njia</translation>
    </message>
    <message>
        <source>Per source channel: deals created, won, conversion and revenue</source>
        <translation>Kwa kila njia ya chanzo: dili zilizoundwa, zilizofanikiwa, ubadilishaji na mapato</translation>
    </message>
    <message>
        <source>Deal size</source>
        <translation>Ukubwa wa dili</translation>
    </message>
    <message>
        <source>How large won deals are: distribution, average and median</source>
        <translation>Ukubwa wa dili zilizofanikiwa: mgawanyo, wastani na wastani wa kati</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>Mzunguko wa mauzo</translation>
    </message>
    <message>
        <source>How long won deals took from creation to closing</source>
        <translation>Muda ambao dili zilizofanikiwa zilichukua kuanzia kuundwa hadi kufungwa</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Utabiri</translation>
    </message>
    <message>
        <source>Open deals weighted by probability, by expected close month, against plan</source>
        <translation>Dili zilizo wazi zilizopimwa kwa uwezekano, kwa mwezi unaotarajiwa wa kufunga, dhidi ya mpango</translation>
    </message>
    <message>
        <source>Plan vs fact</source>
        <translation>Mpango dhidi ya halisi</translation>
    </message>
    <message>
        <source>Sales plans per manager and period, what was won, and how much of the plan that is</source>
        <translation>Mipango ya mauzo kwa kila meneja na kipindi, kilichofanikiwa, na ni kiasi gani cha mpango hicho</translation>
    </message>
    <message>
        <source>ABC/XYZ</source>
        <translation>ABC/XYZ</translation>
    </message>
    <message>
        <source>Customers by share of revenue (A/B/C) and regularity of purchases (X/Y/Z)</source>
        <translation>Wateja kwa sehemu ya mapato (A/B/C) na mara kwa mara ya ununuzi (X/Y/Z)</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Kipindi kinaisha kabla ya kuanza.</translation>
    </message>
    <message>
        <source>There is no pipeline to show.</source>
        <translation>Hakuna mkondo wa mauzo wa kuonyesha.</translation>
    </message>
    <message>
        <source>There is no report of that name.</source>
        <translation>Hakuna ripoti yenye jina hilo.</translation>
    </message>
    <message>
        <source>known reports: %1</source>
        <translation>ripoti zinazojulikana: %1</translation>
    </message>
    <message>
        <source>read currencies</source>
        <translation>soma sarafu</translation>
    </message>
    <message>
        <source>read source channels</source>
        <translation>soma njia za chanzo</translation>
    </message>
    <message>
        <source>user</source>
        <translation>mtumiaji</translation>
    </message>
    <message>
        <source>product</source>
        <translation>bidhaa</translation>
    </message>
</context>
<context>
    <name>kontor::ReportFilterBar</name>
    <message>
        <source>This month</source>
        <translation>Mwezi huu</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mwezi uliopita</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Robo hii ya mwaka</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Robo iliyopita ya mwaka</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Mwaka hadi leo</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Miezi 12 iliyopita</translation>
    </message>
    <message>
        <source>Next 6 months</source>
        <translation>Miezi 6 ijayo</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Maalum</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Kwa siku</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Kwa wiki</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Kwa mwezi</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Kwa robo mwaka</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Wamiliki wote</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>Mikondo yote ya mauzo</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Vyanzo vyote</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Wateja wote</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Wateja wapya</translation>
    </message>
    <message>
        <source>Existing customers</source>
        <translation>Wateja waliopo</translation>
    </message>
    <message>
        <source>Existing: the company (or, without one, the person) had a deal won before this deal was created.</source>
        <translation>Waliopo: kampuni (au, ikiwa haipo, mtu) ilikuwa na dili iliyofanikiwa kabla ya dili hii kuundwa.</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Bidhaa zote</translation>
    </message>
</context>
<context>
    <name>kontor::Reports</name>
    <message>
        <source>%1 d</source>
        <translation>siku %1</translation>
    </message>
</context>
<context>
    <name>kontor::ReportsModule</name>
    <message>
        <source>Export CSV…</source>
        <translation>Hamisha CSV…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Faili za CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Hamisha PNG…</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Picha za PNG (*.png)</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Hamisha PDF…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Hati za PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Chapisha…</translation>
    </message>
    <message>
        <source>Sales plans…</source>
        <translation>Mipango ya mauzo…</translation>
    </message>
    <message>
        <source>Double-click a row to list the records behind it.</source>
        <translation>Bofya mara mbili kwenye safu ili kuorodhesha rekodi zilizo nyuma yake.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Inahesabu…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Hamisha ripoti</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Imehifadhiwa %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Ripoti</translation>
    </message>
</context>
<context>
    <name>kontor::RescheduleTaskCommand</name>
    <message>
        <source>Reschedule &quot;%1&quot;</source>
        <translation>Panga upya &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>kontor::SalesPlanRepository</name>
    <message>
        <source>sales plan %1</source>
        <translation>mpango wa mauzo %1</translation>
    </message>
    <message>
        <source>new sales plan</source>
        <translation>mpango mpya wa mauzo</translation>
    </message>
    <message>
        <source>Choose the manager the plan is for.</source>
        <translation>Chagua meneja ambaye mpango ni wake.</translation>
    </message>
    <message>
        <source>A plan needs the first and last day of its period.</source>
        <translation>Mpango unahitaji siku ya kwanza na ya mwisho ya kipindi chake.</translation>
    </message>
    <message>
        <source>The plan&apos;s period ends before it starts.</source>
        <translation>Kipindi cha mpango kinaisha kabla ya kuanza.</translation>
    </message>
    <message>
        <source>A plan&apos;s amount cannot be negative.</source>
        <translation>Kiasi cha mpango hakiwezi kuwa hasi.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as EUR.</source>
        <translation>Sarafu lazima iwe msimbo wa herufi tatu kama EUR.</translation>
    </message>
    <message>
        <source>read sales plans</source>
        <translation>soma mipango ya mauzo</translation>
    </message>
    <message>
        <source>save sales plan %1</source>
        <translation>hifadhi mpango wa mauzo %1</translation>
    </message>
    <message>
        <source>add a sales plan</source>
        <translation>ongeza mpango wa mauzo</translation>
    </message>
    <message>
        <source>That sales plan does not exist.</source>
        <translation>Mpango huo wa mauzo haupo.</translation>
    </message>
    <message>
        <source>delete sales plan %1</source>
        <translation>futa mpango wa mauzo %1</translation>
    </message>
    <message>
        <source>To spread a plan over months its period must start on the 1st of a month.</source>
        <translation>Ili kugawa mpango kwa miezi, kipindi chake lazima kianze tarehe 1 ya mwezi.</translation>
    </message>
    <message>
        <source>To spread a plan over months its period must end on the last day of a month.</source>
        <translation>Ili kugawa mpango kwa miezi, kipindi chake lazima kiishe siku ya mwisho ya mwezi.</translation>
    </message>
    <message>
        <source>Only a plan that had an id can be restored.</source>
        <translation>Mpango uliokuwa na kitambulisho pekee ndio unaoweza kurejeshwa.</translation>
    </message>
    <message>
        <source>restore sales plan %1</source>
        <translation>rejesha mpango wa mauzo %1</translation>
    </message>
</context>
<context>
    <name>kontor::SearchRepository</name>
    <message>
        <source>Cannot search for &quot;%1&quot;</source>
        <translation>Haiwezi kutafuta &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>kontor::SegmentListModel</name>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message numerus="yes">
        <source>Shared with the team: %Ln contact(s)</source>
        <translation>
            <numerusform>Imeshirikiwa na timu: mwasiliani %Ln</numerusform>
            <numerusform>Imeshirikiwa na timu: waasiliani %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only yours: %Ln contact(s)</source>
        <translation>
            <numerusform>Yako pekee: mwasiliani %Ln</numerusform>
            <numerusform>Yako pekee: waasiliani %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (…)</source>
        <translation>%1 (…)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Inahesabu…</translation>
    </message>
</context>
<context>
    <name>kontor::SegmentPanel</name>
    <message>
        <source>Segments</source>
        <translation>Makundi</translation>
    </message>
    <message>
        <source>All Contacts</source>
        <translation>Waasiliani Wote</translation>
    </message>
    <message>
        <source>Show every contact again</source>
        <translation>Onyesha kila mwasiliani tena</translation>
    </message>
    <message>
        <source>Delete Segment</source>
        <translation>Futa Kundi</translation>
    </message>
    <message>
        <source>Delete the chosen segment (the contacts stay)</source>
        <translation>Futa kundi lililochaguliwa (waasiliani wanabaki)</translation>
    </message>
    <message>
        <source>The segments could not be read: %1</source>
        <translation>Makundi hayakuweza kusomwa: %1</translation>
    </message>
    <message>
        <source>Save as Segment</source>
        <translation>Hifadhi kama Kundi</translation>
    </message>
    <message>
        <source>&amp;Shared with the team</source>
        <translation>&amp;Shiriki na timu</translation>
    </message>
    <message>
        <source>Unchecked, only you see this segment</source>
        <translation>Bila tiki, ni wewe pekee unayeona kundi hili</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>Lipe kundi jina.</translation>
    </message>
    <message>
        <source>Delete the segment “%1”? The contacts in it stay.</source>
        <translation>Futa kundi “%1”? Waasiliani waliomo wanabaki.</translation>
    </message>
    <message>
        <source>The segments could not be counted: %1</source>
        <translation>Makundi hayakuweza kuhesabiwa: %1</translation>
    </message>
</context>
<context>
    <name>kontor::SegmentRepository</name>
    <message>
        <source>A segment needs a name</source>
        <translation>Kundi linahitaji jina</translation>
    </message>
    <message>
        <source>Cannot save the segment &quot;%1&quot;</source>
        <translation>Haiwezi kuhifadhi kundi &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot read the segments</source>
        <translation>Haiwezi kusoma makundi</translation>
    </message>
    <message>
        <source>segment &quot;%1&quot;</source>
        <translation>kundi &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no segment with this name</source>
        <translation>Hakuna kundi lenye jina hili</translation>
    </message>
    <message>
        <source>Cannot delete the segment</source>
        <translation>Haiwezi kufuta kundi</translation>
    </message>
    <message>
        <source>This segment does not exist</source>
        <translation>Kundi hili halipo</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>kundi %1</translation>
    </message>
</context>
<context>
    <name>kontor::SessionController</name>
    <message>
        <source>Cannot Open Database</source>
        <translation>Haiwezi Kufungua Hifadhidata</translation>
    </message>
    <message>
        <source>Kontor could not open %1.</source>
        <translation>Kontor haikuweza kufungua %1.</translation>
    </message>
    <message>
        <source>You are still working in %1.</source>
        <translation>Bado unafanya kazi katika %1.</translation>
    </message>
    <message>
        <source>New Local Database</source>
        <translation>Hifadhidata Mpya ya Ndani</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite)</source>
        <translation>Hifadhidata za Kontor (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists. Use Open Local Database to open it, or choose another name.</source>
        <translation>%1 tayari ipo. Tumia Fungua Hifadhidata ya Ndani ili kuifungua, au chagua jina lingine.</translation>
    </message>
    <message>
        <source>Open Local Database</source>
        <translation>Fungua Hifadhidata ya Ndani</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite);;All files (*)</source>
        <translation>Hifadhidata za Kontor (*.sqlite);;Faili zote (*)</translation>
    </message>
    <message>
        <source>Password Not Saved</source>
        <translation>Nenosiri Halijahifadhiwa</translation>
    </message>
    <message>
        <source>The keychain did not store the password (%1). Kontor will ask for it next time.</source>
        <translation>Mnyororo wa vitufe haukuhifadhi nenosiri (%1). Kontor italiuliza wakati ujao.</translation>
    </message>
    <message>
        <source>Kontor could not sign in to %1: %2</source>
        <translation>Kontor haikuweza kuingia kwenye %1: %2</translation>
    </message>
</context>
<context>
    <name>kontor::SqliteRowBatch</name>
    <message>
        <source>Cannot write the rows</source>
        <translation>Haiwezi kuandika safu</translation>
    </message>
</context>
<context>
    <name>kontor::StageHistory</name>
    <message>
        <source>Cannot read the stage history of deal %1</source>
        <translation>Haiwezi kusoma historia ya hatua za dili %1</translation>
    </message>
</context>
<context>
    <name>kontor::StageHistoryTable</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>Siku %n</numerusform>
            <numerusform>Siku %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>Saa %n</numerusform>
            <numerusform>Saa %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Hatua</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Iliingia</translation>
    </message>
    <message>
        <source>Moved by</source>
        <translation>Ilihamishwa na</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Muda katika hatua</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 hadi sasa</translation>
    </message>
</context>
<context>
    <name>kontor::TaskRepository</name>
    <message>
        <source>Cannot read the task list</source>
        <translation>Haiwezi kusoma orodha ya kazi</translation>
    </message>
    <message>
        <source>Cannot count the tasks</source>
        <translation>Haiwezi kuhesabu kazi</translation>
    </message>
    <message>
        <source>Cannot read the calendar</source>
        <translation>Haiwezi kusoma kalenda</translation>
    </message>
    <message>
        <source>Cannot read the tasks</source>
        <translation>Haiwezi kusoma kazi</translation>
    </message>
    <message>
        <source>Birthdays are shown for at most a year at a time</source>
        <translation>Siku za kuzaliwa huonyeshwa kwa kipindi kisichozidi mwaka mmoja kwa wakati mmoja</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>kalenda</translation>
    </message>
    <message>
        <source>Cannot read the birthdays</source>
        <translation>Haiwezi kusoma siku za kuzaliwa</translation>
    </message>
    <message>
        <source>Cannot read the group task</source>
        <translation>Haiwezi kusoma kazi ya kikundi</translation>
    </message>
    <message>
        <source>Cannot read the deals without a next step</source>
        <translation>Haiwezi kusoma dili zisizo na hatua inayofuata</translation>
    </message>
    <message>
        <source>A task needs a title: what is to be done?</source>
        <translation>Kazi inahitaji kichwa: nini kifanyike?</translation>
    </message>
    <message>
        <source>The title is longer than 500 characters</source>
        <translation>Kichwa ni kirefu kuliko herufi 500</translation>
    </message>
    <message>
        <source>The type &quot;%1&quot; must be one word of at most 40 letters</source>
        <translation>Aina &quot;%1&quot; lazima iwe neno moja la herufi zisizozidi 40</translation>
    </message>
    <message>
        <source>Priority is 0 (normal), 1 (high) or 2 (urgent), not %1</source>
        <translation>Kipaumbele ni 0 (kawaida), 1 (juu) au 2 (dharura), si %1</translation>
    </message>
    <message>
        <source>A duration cannot be negative</source>
        <translation>Muda hauwezi kuwa hasi</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;</source>
        <translation>Saa za eneo zisizojulikana &quot;%1&quot;</translation>
    </message>
    <message>
        <source>An all-day task needs the day it is due</source>
        <translation>Kazi ya siku nzima inahitaji siku ya tarehe ya mwisho</translation>
    </message>
    <message>
        <source>A reminder needs a due date</source>
        <translation>Kikumbusho kinahitaji tarehe ya mwisho</translation>
    </message>
    <message>
        <source>A reminder can be at most 60 days before the due date</source>
        <translation>Kikumbusho kinaweza kuwa siku zisizozidi 60 kabla ya tarehe ya mwisho</translation>
    </message>
    <message>
        <source>A repeating task needs a due date to repeat from</source>
        <translation>Kazi inayorudiwa inahitaji tarehe ya mwisho ya kuanzia kurudia</translation>
    </message>
    <message>
        <source>Cannot save the task</source>
        <translation>Haiwezi kuhifadhi kazi</translation>
    </message>
    <message>
        <source>Cannot save the group task</source>
        <translation>Haiwezi kuhifadhi kazi ya kikundi</translation>
    </message>
    <message>
        <source>The new due time is not valid</source>
        <translation>Muda mpya wa mwisho si sahihi</translation>
    </message>
    <message>
        <source>The new due date is not valid</source>
        <translation>Tarehe mpya ya mwisho si sahihi</translation>
    </message>
    <message>
        <source>The next step cannot be saved: %1</source>
        <translation>Hatua inayofuata haiwezi kuhifadhiwa: %1</translation>
    </message>
    <message>
        <source>The task is already done</source>
        <translation>Kazi tayari imekamilika</translation>
    </message>
    <message>
        <source>Cannot complete the task</source>
        <translation>Haiwezi kukamilisha kazi</translation>
    </message>
    <message>
        <source>Cannot open the task again</source>
        <translation>Haiwezi kufungua kazi tena</translation>
    </message>
    <message>
        <source>The task is not done, or is in the trash</source>
        <translation>Kazi haijakamilika, au iko kwenye tupio</translation>
    </message>
    <message>
        <source>Cannot look up the user</source>
        <translation>Haiwezi kumtafuta mtumiaji</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;</source>
        <translation>Hakuna mtumiaji &quot;%1&quot;</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>aliyekabidhiwa</translation>
    </message>
</context>
<context>
    <name>kontor::TasksModule</name>
    <message>
        <source>Due</source>
        <translation>Tarehe ya mwisho</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Kazi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Aina</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Kwa</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Amekabidhiwa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Madokezo</translation>
    </message>
    <message>
        <source>New Task…</source>
        <translation>Kazi Mpya…</translation>
    </message>
    <message>
        <source>Plan a call, meeting or to-do (Ctrl+T from anywhere)</source>
        <translation>Panga simu, mkutano au cha kufanya (Ctrl+T kutoka popote)</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>Kamilisha…</translation>
    </message>
    <message>
        <source>Mark the selected task done, note the outcome and plan the next step</source>
        <translation>Weka kazi iliyochaguliwa kuwa imekamilika, andika matokeo na upange hatua inayofuata</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Hariri…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Futa</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Onyesha upya</translation>
    </message>
    <message>
        <source>Export Calendar…</source>
        <translation>Hamisha Kalenda…</translation>
    </message>
    <message>
        <source>Save these tasks and meetings as an .ics file for other calendars</source>
        <translation>Hifadhi kazi na mikutano hii kama faili la .ics kwa kalenda nyingine</translation>
    </message>
    <message>
        <source>Import Meetings…</source>
        <translation>Leta Mikutano…</translation>
    </message>
    <message>
        <source>Read meetings from an .ics file</source>
        <translation>Soma mikutano kutoka kwa faili la .ics</translation>
    </message>
    <message>
        <source>The tasks could not be read: %1</source>
        <translation>Kazi hazikuweza kusomwa: %1</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Kazi</translation>
    </message>
    <message>
        <source>Whose tasks: yours, a colleague&apos;s or everyone&apos;s</source>
        <translation>Kazi za nani: zako, za mwenzako au za kila mtu</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Orodha</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalenda</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Kazi zangu</translation>
    </message>
    <message>
        <source>Everyone&apos;s tasks</source>
        <translation>Kazi za kila mtu</translation>
    </message>
    <message>
        <source>%1&apos;s tasks</source>
        <translation>Kazi za %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing left for today. Press Ctrl+T to plan a call or a meeting.</source>
        <translation>Hakuna kilichobaki kwa leo. Bonyeza Ctrl+T ili kupanga simu au mkutano.</translation>
    </message>
    <message>
        <source>Nothing overdue. Well done!</source>
        <translation>Hakuna kilichochelewa. Hongera!</translation>
    </message>
    <message>
        <source>Nothing planned yet after today.</source>
        <translation>Bado hakuna kilichopangwa baada ya leo.</translation>
    </message>
    <message>
        <source>Completed tasks will be listed here, newest first.</source>
        <translation>Kazi zilizokamilika zitaorodheshwa hapa, mpya zaidi kwanza.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Imekamilika: %1</translation>
    </message>
    <message>
        <source>Moved &quot;%1&quot; to the trash</source>
        <translation>&quot;%1&quot; imehamishiwa kwenye tupio</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Hamisha Kalenda</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Faili za iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Haiwezi kuandika %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1</source>
        <translation>
            <numerusform>Kazi %n imehamishwa kwenda %1</numerusform>
            <numerusform>Kazi %n zimehamishwa kwenda %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Meetings</source>
        <translation>Leta Mikutano</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Faili za iCalendar (*.ics);;Faili zote (*)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Haiwezi kufungua %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n meeting(s).</source>
        <translation>
            <numerusform>Mkutano %n umeletwa.</numerusform>
            <numerusform>Mikutano %n imeletwa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already there.</source>
        <translation>
            <numerusform>%n tayari ulikuwepo.</numerusform>
            <numerusform>%n tayari ilikuwepo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Imerukwa:</translation>
    </message>
</context>
<context>
    <name>kontor::TimelineModel</name>
    <message>
        <source>first name</source>
        <translation>jina la kwanza</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>jina la mwisho</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>cheo</translation>
    </message>
    <message>
        <source>company</source>
        <translation>kampuni</translation>
    </message>
    <message>
        <source>role</source>
        <translation>jukumu</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>siku ya kuzaliwa</translation>
    </message>
    <message>
        <source>street</source>
        <translation>mtaa</translation>
    </message>
    <message>
        <source>city</source>
        <translation>jiji</translation>
    </message>
    <message>
        <source>region</source>
        <translation>mkoa</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>msimbo wa posta</translation>
    </message>
    <message>
        <source>country</source>
        <translation>nchi</translation>
    </message>
    <message>
        <source>source</source>
        <translation>chanzo</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>joto</translation>
    </message>
    <message>
        <source>status</source>
        <translation>hali</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>mmiliki</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>madokezo</translation>
    </message>
    <message>
        <source>emails</source>
        <translation>barua pepe</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>simu</translation>
    </message>
    <message>
        <source>messengers</source>
        <translation>programu za ujumbe</translation>
    </message>
    <message>
        <source>name</source>
        <translation>jina</translation>
    </message>
    <message>
        <source>legal name</source>
        <translation>jina rasmi</translation>
    </message>
    <message>
        <source>website</source>
        <translation>tovuti</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>sekta</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>simu</translation>
    </message>
    <message>
        <source>email</source>
        <translation>barua pepe</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Barua pepe</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Mkutano</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Dokezo</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Dili mpya</translation>
    </message>
    <message>
        <source>Deal moved</source>
        <translation>Dili imehamishwa</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Kazi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Mabadiliko</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Imeundwa</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>Imehamishiwa kwenye tupio</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>Imerejeshwa kutoka kwenye tupio</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Imehaririwa</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Imebadilisha %1</translation>
    </message>
    <message>
        <source> (done)</source>
        <translation> (imekamilika)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Lini</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Kilichotokea</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>kiasi</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>sarafu</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>uwezekano</translation>
    </message>
    <message>
        <source>expected close</source>
        <translation>tarehe ya kufunga inayotarajiwa</translation>
    </message>
    <message>
        <source>people</source>
        <translation>watu</translation>
    </message>
    <message>
        <source>products</source>
        <translation>bidhaa</translation>
    </message>
    <message>
        <source>Merged with contact #%1</source>
        <translation>Ameunganishwa na mwasiliani #%1</translation>
    </message>
    <message>
        <source>Merge with contact #%1 undone</source>
        <translation>Uunganishaji na mwasiliani #%1 umetenduliwa</translation>
    </message>
    <message>
        <source>Marked as not a duplicate of contact #%1</source>
        <translation>Amewekwa alama kuwa si nakala rudufu ya mwasiliani #%1</translation>
    </message>
    <message>
        <source>May be a duplicate of contact #%1 again</source>
        <translation>Huenda tena ni nakala rudufu ya mwasiliani #%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>hakuna</translation>
    </message>
    <message>
        <source>Photo removed</source>
        <translation>Picha imeondolewa</translation>
    </message>
    <message>
        <source>Photo changed</source>
        <translation>Picha imebadilishwa</translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation>Picha imeongezwa</translation>
    </message>
    <message>
        <source>Created by import #%1 (row %2 of the file)</source>
        <translation>Imeundwa na uletaji #%1 (safu %2 ya faili)</translation>
    </message>
    <message>
        <source>Created by import #%1 of %2, row %3</source>
        <translation>Imeundwa na uletaji #%1 kutoka %2, safu %3</translation>
    </message>
</context>
<context>
    <name>kontor::TimelinePanel</name>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Historia haikuweza kusomwa: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Rekodi simu</translation>
    </message>
    <message>
        <source>Log email</source>
        <translation>Rekodi barua pepe</translation>
    </message>
    <message>
        <source>Log meeting</source>
        <translation>Rekodi mkutano</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ongeza dokezo</translation>
    </message>
</context>
<context>
    <name>kontor::TimelineRepository</name>
    <message>
        <source>Cannot read the history</source>
        <translation>Haiwezi kusoma historia</translation>
    </message>
    <message>
        <source>Cannot count the history</source>
        <translation>Haiwezi kuhesabu historia</translation>
    </message>
</context>
<context>
    <name>kontor::TrashBin</name>
    <message>
        <source>Cannot read the trash</source>
        <translation>Haiwezi kusoma tupio</translation>
    </message>
    <message>
        <source>The number of days cannot be negative</source>
        <translation>Idadi ya siku haiwezi kuwa hasi</translation>
    </message>
    <message>
        <source>Cannot empty the trash</source>
        <translation>Haiwezi kumwaga tupio</translation>
    </message>
    <message>
        <source>Only contacts, companies, deals and tasks are in the trash</source>
        <translation>Ni waasiliani, kampuni, dili na kazi pekee ndizo zilizo kwenye tupio</translation>
    </message>
</context>
<context>
    <name>kontor::TrashListing</name>
    <message>
        <source>Cannot read the trash</source>
        <translation>Haiwezi kusoma tupio</translation>
    </message>
    <message>
        <source>Cannot count what is in the trash</source>
        <translation>Haiwezi kuhesabu kilichomo kwenye tupio</translation>
    </message>
</context>
<context>
    <name>kontor::TrashModule</name>
    <message>
        <source>Contact</source>
        <translation>Mwasiliani</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Kampuni</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Dili</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Aina</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Imefutwa</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Imefutwa na</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rejesha</translation>
    </message>
    <message>
        <source>Put the selected records back where they were</source>
        <translation>Rudisha rekodi zilizochaguliwa zilipokuwa</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>Mwaga Tupio…</translation>
    </message>
    <message>
        <source>Delete everything in the trash for good</source>
        <translation>Futa kila kitu kwenye tupio kabisa</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Onyesha upya</translation>
    </message>
    <message>
        <source>The trash could not be read: %1</source>
        <translation>Tupio halikuweza kusomwa: %1</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Tupio</translation>
    </message>
    <message>
        <source>Search the trash by name</source>
        <translation>Tafuta kwenye tupio kwa jina</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Tupio ni tupu.</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 zimepatikana</translation>
    </message>
    <message>
        <source>%1 in the trash</source>
        <translation>%1 kwenye tupio</translation>
    </message>
    <message>
        <source>Nothing in the trash matches “%1”.</source>
        <translation>Hakuna kilicho kwenye tupio kinacholingana na “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) restored.</source>
        <translation>
            <numerusform>Rekodi %Ln imerejeshwa.</numerusform>
            <numerusform>Rekodi %Ln zimerejeshwa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some records could not be restored:
%1</source>
        <translation>Baadhi ya rekodi hazikuweza kurejeshwa:
%1</translation>
    </message>
    <message>
        <source>Empty the Trash?</source>
        <translation>Mwaga Tupio?</translation>
    </message>
    <message>
        <source>Delete the %1 records in the trash for good? Their activities and tasks stay, without them. This cannot be undone.</source>
        <translation>Futa kabisa rekodi %1 zilizo kwenye tupio? Shughuli na kazi zake zinabaki, bila rekodi hizo. Hili haliwezi kutenduliwa.</translation>
    </message>
    <message>
        <source>The trash could not be emptied: %1</source>
        <translation>Tupio halikuweza kumwagwa: %1</translation>
    </message>
    <message>
        <source>%1 records deleted for good.</source>
        <translation>Rekodi %1 zimefutwa kabisa.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Kazi</translation>
    </message>
    <message>
        <source>Deleted contacts, companies, deals and tasks wait here until you restore them. Select several with Shift or Ctrl.</source>
        <translation>Waasiliani, kampuni, dili na kazi zilizofutwa husubiri hapa hadi uzirejeshe. Chagua kadhaa kwa Shift au Ctrl.</translation>
    </message>
</context>
<context>
    <name>kontor::TrashTaskCommand</name>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>Futa &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>kontor::VCardWriter</name>
    <message>
        <source>Cannot write the vCard file.</source>
        <translation>Haiwezi kuandika faili la vCard.</translation>
    </message>
</context>
<context>
    <name>kontor::XlsxWriter</name>
    <message>
        <source>Excel export needs the libxlsxwriter library, which cannot be loaded.</source>
        <translation>Uhamishaji wa Excel unahitaji maktaba ya libxlsxwriter, ambayo haiwezi kupakiwa.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the workbook.</source>
        <translation>Haiwezi kuunda folda ya muda kwa kitabu cha kazi.</translation>
    </message>
    <message>
        <source>Cannot start the workbook.</source>
        <translation>Haiwezi kuanzisha kitabu cha kazi.</translation>
    </message>
    <message>
        <source>Cannot add a sheet to the workbook.</source>
        <translation>Haiwezi kuongeza laha kwenye kitabu cha kazi.</translation>
    </message>
    <message>
        <source>An .xlsx sheet holds at most 1,048,576 rows; export as CSV instead.</source>
        <translation>Laha ya .xlsx inabeba safu zisizozidi 1,048,576; hamisha kama CSV badala yake.</translation>
    </message>
    <message>
        <source>A cell is longer than the 32,767 characters .xlsx allows; export as CSV instead.</source>
        <translation>Kisanduku ni kirefu kuliko herufi 32,767 zinazoruhusiwa na .xlsx; hamisha kama CSV badala yake.</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>safu %1, safu wima %2</translation>
    </message>
    <message>
        <source>Cannot write a cell of the workbook.</source>
        <translation>Haiwezi kuandika kisanduku cha kitabu cha kazi.</translation>
    </message>
    <message>
        <source>The workbook was not started.</source>
        <translation>Kitabu cha kazi hakikuanzishwa.</translation>
    </message>
    <message>
        <source>Cannot save the workbook.</source>
        <translation>Haiwezi kuhifadhi kitabu cha kazi.</translation>
    </message>
    <message>
        <source>Cannot read the finished workbook back.</source>
        <translation>Haiwezi kusoma tena kitabu cha kazi kilichokamilika.</translation>
    </message>
    <message>
        <source>Cannot write the .xlsx file.</source>
        <translation>Haiwezi kuandika faili la .xlsx.</translation>
    </message>
</context>
<context>
    <name>kontor::importing</name>
    <message>
        <source>A vCard file holds contacts; import it as contacts.</source>
        <translation>Faili la vCard lina waasiliani; lilete kama waasiliani.</translation>
    </message>
    <message>
        <source>Cannot read the custom fields</source>
        <translation>Haiwezi kusoma sehemu maalum</translation>
    </message>
    <message>
        <source>Cannot read a custom value</source>
        <translation>Haiwezi kusoma thamani maalum</translation>
    </message>
    <message>
        <source>Cannot save a custom value</source>
        <translation>Haiwezi kuhifadhi thamani maalum</translation>
    </message>
    <message>
        <source>No column of the file is mapped to a field.</source>
        <translation>Hakuna safu wima ya faili iliyolinganishwa na sehemu.</translation>
    </message>
    <message>
        <source>Cannot start the import</source>
        <translation>Haiwezi kuanzisha uletaji</translation>
    </message>
    <message>
        <source>Cannot create the problem rows file.</source>
        <translation>Haiwezi kuunda faili la safu zenye matatizo.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Tatizo</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Uletaji ulighairiwa; hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <source>Forced failure for a test.</source>
        <translation>Kushindwa kwa makusudi kwa ajili ya jaribio.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>safu %1</translation>
    </message>
    <message>
        <source>Cannot save the problem rows file.</source>
        <translation>Haiwezi kuhifadhi faili la safu zenye matatizo.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems, so nothing was imported.</source>
        <translation>
            <numerusform>Safu %n ina matatizo, kwa hivyo hakuna kilicholetwa.</numerusform>
            <numerusform>Safu %n zina matatizo, kwa hivyo hakuna kilicholetwa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot finish the import</source>
        <translation>Haiwezi kukamilisha uletaji</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Jina la kampuni</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Jina rasmi</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Tovuti</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sekta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Barua pepe</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Mtaa</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Jiji</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Mkoa</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Msimbo wa posta</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Nchi</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Chanzo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Madokezo</translation>
    </message>
    <message>
        <source>Kontor ID</source>
        <translation>Kitambulisho cha Kontor</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>Kichwa cha dili</translation>
    </message>
    <message>
        <source>Pipeline (name)</source>
        <translation>Mkondo wa mauzo (jina)</translation>
    </message>
    <message>
        <source>Stage (name)</source>
        <translation>Hatua (jina)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kiasi</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Sarafu</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Tarehe ya kufunga inayotarajiwa</translation>
    </message>
    <message>
        <source>Contact (email)</source>
        <translation>Mwasiliani (barua pepe)</translation>
    </message>
    <message>
        <source>Company (name)</source>
        <translation>Kampuni (jina)</translation>
    </message>
    <message>
        <source>Owner (name or email)</source>
        <translation>Mmiliki (jina au barua pepe)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Jina la kwanza</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Jina la mwisho</translation>
    </message>
    <message>
        <source>Full name (split)</source>
        <translation>Jina kamili (litagawanywa)</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cheo</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Simu ya mkononi</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Siku ya kuzaliwa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Joto</translation>
    </message>
    <message>
        <source>Cannot restore a custom value</source>
        <translation>Haiwezi kurejesha thamani maalum</translation>
    </message>
    <message>
        <source>Cannot restore the record</source>
        <translation>Haiwezi kurejesha rekodi</translation>
    </message>
    <message>
        <source>Cannot remove what the import created</source>
        <translation>Haiwezi kuondoa kilichoundwa na uletaji</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>uletaji %1</translation>
    </message>
    <message>
        <source>Cannot read the import</source>
        <translation>Haiwezi kusoma uletaji</translation>
    </message>
    <message>
        <source>There is no such import.</source>
        <translation>Hakuna uletaji kama huo.</translation>
    </message>
    <message>
        <source>This import was already undone.</source>
        <translation>Uletaji huu tayari umetenduliwa.</translation>
    </message>
    <message>
        <source>Cannot mark the import as undone</source>
        <translation>Haiwezi kuweka alama kuwa uletaji umetenduliwa</translation>
    </message>
    <message>
        <source>Cannot read the import history</source>
        <translation>Haiwezi kusoma historia ya uletaji</translation>
    </message>
    <message>
        <source>no such day in the calendar</source>
        <translation>hakuna siku kama hiyo kwenye kalenda</translation>
    </message>
    <message>
        <source>a two-digit year is ambiguous; write the year in full</source>
        <translation>mwaka wa tarakimu mbili una utata; andika mwaka kamili</translation>
    </message>
    <message>
        <source>ambiguous: %1 could be day/month or month/day; choose the order</source>
        <translation>utata: %1 inaweza kuwa siku/mwezi au mwezi/siku; chagua mpangilio</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>si tarehe</translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation>si kiasi</translation>
    </message>
    <message>
        <source>ambiguous: %1 could be thousands or decimals</source>
        <translation>utata: %1 inaweza kuwa maelfu au desimali</translation>
    </message>
    <message>
        <source>more than two decimals</source>
        <translation>zaidi ya desimali mbili</translation>
    </message>
    <message>
        <source>amount too large</source>
        <translation>kiasi ni kikubwa mno</translation>
    </message>
    <message>
        <source>Cannot save the new companies</source>
        <translation>Haiwezi kuhifadhi kampuni mpya</translation>
    </message>
    <message>
        <source>Cannot save the new contacts</source>
        <translation>Haiwezi kuhifadhi waasiliani wapya</translation>
    </message>
    <message>
        <source>Status (open, won, lost)</source>
        <translation>Hali (open, won, lost)</translation>
    </message>
    <message>
        <source>Lost reason (name)</source>
        <translation>Sababu ya kupoteza (jina)</translation>
    </message>
    <message>
        <source>Type (call, email, meeting, note)</source>
        <translation>Aina (call, email, meeting, note)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Tarehe na saa</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Mada</translation>
    </message>
    <message>
        <source>Note / body</source>
        <translation>Dokezo / maudhui</translation>
    </message>
    <message>
        <source>Deal (title)</source>
        <translation>Dili (kichwa)</translation>
    </message>
    <message>
        <source>Duration (minutes or h:mm)</source>
        <translation>Muda (dakika au h:mm)</translation>
    </message>
    <message>
        <source>Direction (in, out)</source>
        <translation>Mwelekeo (in, out)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Matokeo</translation>
    </message>
    <message>
        <source>A mapping profile needs a name of 1 to 100 characters.</source>
        <translation>Wasifu wa ulinganishaji unahitaji jina la herufi 1 hadi 100.</translation>
    </message>
    <message>
        <source>Cannot save the mapping profile</source>
        <translation>Haiwezi kuhifadhi wasifu wa ulinganishaji</translation>
    </message>
    <message>
        <source>Cannot read the mapping profiles</source>
        <translation>Haiwezi kusoma wasifu wa ulinganishaji</translation>
    </message>
    <message>
        <source>Cannot read the mapping profile</source>
        <translation>Haiwezi kusoma wasifu wa ulinganishaji</translation>
    </message>
    <message>
        <source>There is no mapping profile of this name.</source>
        <translation>Hakuna wasifu wa ulinganishaji wenye jina hili.</translation>
    </message>
    <message>
        <source>Cannot delete the mapping profile</source>
        <translation>Haiwezi kufuta wasifu wa ulinganishaji</translation>
    </message>
    <message>
        <source>Cannot restore when the contact was last contacted</source>
        <translation>Haiwezi kurejesha mara ya mwisho mwasiliani alipowasiliana</translation>
    </message>
    <message>
        <source>not a time of day</source>
        <translation>si wakati wa siku</translation>
    </message>
    <message>
        <source>External ID (the other system&apos;s)</source>
        <translation>Kitambulisho cha nje (cha mfumo mwingine)</translation>
    </message>
    <message>
        <source>Cannot restore the deal&apos;s external id</source>
        <translation>Haiwezi kurejesha kitambulisho cha nje cha dili</translation>
    </message>
    <message>
        <source>Cannot look for duplicates</source>
        <translation>Haiwezi kutafuta nakala rudufu</translation>
    </message>
    <message>
        <source>Cannot update the search index</source>
        <translation>Haiwezi kusasisha faharasa ya utafutaji</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Picha</translation>
    </message>
    <message>
        <source>Cannot save the activities</source>
        <translation>Haiwezi kuhifadhi shughuli hizo</translation>
    </message>
    <message>
        <source>Cannot save the new deals</source>
        <translation>Haiwezi kuhifadhi dili mpya</translation>
    </message>
    <message>
        <source>Cannot read the deal</source>
        <translation>Haiwezi kusoma dili</translation>
    </message>
</context>
<context>
    <name>kontor::importing::FetchedPhotos</name>
    <message>
        <source>Cannot keep the photos: no room for them in the temporary folder.</source>
        <translation>Haiwezi kuhifadhi picha: hakuna nafasi kwa ajili yake kwenye folda ya muda.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Uletaji ulighairiwa; hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <source>Cannot keep the photos: the temporary folder is full or not writable.</source>
        <translation>Haiwezi kuhifadhi picha: folda ya muda imejaa au haiandikiki.</translation>
    </message>
    <message>
        <source>the fetched photo could not be read back (%1)</source>
        <translation>picha iliyoletwa haikuweza kusomwa tena (%1)</translation>
    </message>
</context>
<context>
    <name>kontor::importing::ImportMapping</name>
    <message>
        <source>The mapping names a column the file does not have.</source>
        <translation>Ulinganishaji unataja safu wima ambayo faili halina.</translation>
    </message>
    <message>
        <source>The mapping names an unknown field.</source>
        <translation>Ulinganishaji unataja sehemu isiyojulikana.</translation>
    </message>
</context>
<context>
    <name>kontor::importing::ImportProblem</name>
    <message>
        <source>row %1: %2</source>
        <translation>safu %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2, &quot;%3&quot;: %4</source>
        <translation>safu %1, safu wima %2, &quot;%3&quot;: %4</translation>
    </message>
</context>
<context>
    <name>kontor::importing::MappingProfile</name>
    <message>
        <source>The saved mapping profile is damaged.</source>
        <translation>Wasifu wa ulinganishaji uliohifadhiwa umeharibika.</translation>
    </message>
    <message>
        <source>The saved mapping profile names an unknown field.</source>
        <translation>Wasifu wa ulinganishaji uliohifadhiwa unataja sehemu isiyojulikana.</translation>
    </message>
    <message>
        <source>The mapping profile &quot;%1&quot; needs a column this file does not have.</source>
        <translation>Wasifu wa ulinganishaji &quot;%1&quot; unahitaji safu wima ambayo faili hili halina.</translation>
    </message>
</context>
<context>
    <name>kontor::importing::VCardSource</name>
    <message>
        <source>First name</source>
        <translation>Jina la kwanza</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Jina la mwisho</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Jina kamili</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Kampuni</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cheo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Barua pepe</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Simu ya mkononi</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Siku ya kuzaliwa</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Mtaa</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Jiji</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Mkoa</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Msimbo wa posta</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Nchi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Madokezo</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail</name>
    <message>
        <source>Cannot record the import</source>
        <translation>Haiwezi kurekodi uletaji</translation>
    </message>
    <message>
        <source>Cannot look up the company</source>
        <translation>Haiwezi kutafuta kampuni</translation>
    </message>
    <message>
        <source>Cannot read the deal&apos;s stage</source>
        <translation>Haiwezi kusoma hatua ya dili</translation>
    </message>
    <message>
        <source>The deal is gone.</source>
        <translation>Dili haipo tena.</translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation>dili %1</translation>
    </message>
    <message>
        <source>Cannot put the deal back in its stage</source>
        <translation>Haiwezi kurudisha dili kwenye hatua yake</translation>
    </message>
    <message>
        <source>Cannot keep the photos</source>
        <translation>Haiwezi kuhifadhi picha</translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation>si anwani ya barua pepe</translation>
    </message>
    <message>
        <source>a birthday in the future</source>
        <translation>siku ya kuzaliwa iliyo katika siku zijazo</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>lazima iwe mojawapo ya: %1</translation>
    </message>
    <message>
        <source>not a record id</source>
        <translation>si kitambulisho cha rekodi</translation>
    </message>
    <message>
        <source>no name and no email address</source>
        <translation>hakuna jina wala anwani ya barua pepe</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::ActivityWriter</name>
    <message>
        <source>must be one of: call, email, meeting, note</source>
        <translation>lazima iwe mojawapo ya: call, email, meeting, note</translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation>si anwani ya barua pepe</translation>
    </message>
    <message>
        <source>no contact has this email address; import the contacts first</source>
        <translation>hakuna mwasiliani mwenye anwani hii ya barua pepe; leta waasiliani kwanza</translation>
    </message>
    <message>
        <source>not a duration: write minutes (45) or hours and minutes (1:30)</source>
        <translation>si muda: andika dakika (45) au saa na dakika (1:30)</translation>
    </message>
    <message>
        <source>must be in (incoming) or out (outgoing)</source>
        <translation>lazima iwe in (inayoingia) au out (inayotoka)</translation>
    </message>
    <message>
        <source>no type (call, email, meeting or note)</source>
        <translation>hakuna aina (call, email, meeting au note)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>hakuna tarehe</translation>
    </message>
    <message>
        <source>no contact email</source>
        <translation>hakuna barua pepe ya mwasiliani</translation>
    </message>
    <message>
        <source>neither a subject nor a note</source>
        <translation>hakuna mada wala dokezo</translation>
    </message>
    <message>
        <source>Cannot look for duplicates</source>
        <translation>Haiwezi kutafuta nakala rudufu</translation>
    </message>
    <message>
        <source>Cannot read when the contact was last contacted</source>
        <translation>Haiwezi kusoma mara ya mwisho mwasiliani alipowasiliana</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::CompanyWriter</name>
    <message>
        <source>not an email address</source>
        <translation>si anwani ya barua pepe</translation>
    </message>
    <message>
        <source>not a record id</source>
        <translation>si kitambulisho cha rekodi</translation>
    </message>
    <message>
        <source>no company name</source>
        <translation>hakuna jina la kampuni</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::ContactWriter</name>
    <message>
        <source>Cannot look for duplicates</source>
        <translation>Haiwezi kutafuta nakala rudufu</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::DealRowReader</name>
    <message>
        <source>a deal amount cannot be negative</source>
        <translation>kiasi cha dili hakiwezi kuwa hasi</translation>
    </message>
    <message>
        <source>not a currency code such as EUR or USD</source>
        <translation>si msimbo wa sarafu kama EUR au USD</translation>
    </message>
    <message>
        <source>must be one of: open, won, lost</source>
        <translation>lazima iwe mojawapo ya: open, won, lost</translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation>si anwani ya barua pepe</translation>
    </message>
    <message>
        <source>no contact has this email address; import the contacts first</source>
        <translation>hakuna mwasiliani mwenye anwani hii ya barua pepe; leta waasiliani kwanza</translation>
    </message>
    <message>
        <source>not a record id</source>
        <translation>si kitambulisho cha rekodi</translation>
    </message>
    <message>
        <source>the amount is in %1, this column says %2</source>
        <translation>kiasi kiko katika %1, safu wima hii inasema %2</translation>
    </message>
    <message>
        <source>no deal title</source>
        <translation>hakuna kichwa cha dili</translation>
    </message>
    <message>
        <source>no pipeline of this name; the pipelines are: %1</source>
        <translation>hakuna mkondo wa mauzo wenye jina hili; mikondo ya mauzo ni: %1</translation>
    </message>
    <message>
        <source>no stage of this name in the pipeline &quot;%1&quot;; its stages are: %2</source>
        <translation>hakuna hatua yenye jina hili katika mkondo wa mauzo &quot;%1&quot;; hatua zake ni: %2</translation>
    </message>
    <message>
        <source>no stage of this name; the stages are: %1</source>
        <translation>hakuna hatua yenye jina hili; hatua ni: %1</translation>
    </message>
    <message>
        <source>a stage of several pipelines (%1); add a Pipeline column</source>
        <translation>hatua ya mikondo kadhaa ya mauzo (%1); ongeza safu wima ya Mkondo wa mauzo</translation>
    </message>
    <message>
        <source>the stage &quot;%1&quot; is a %2 stage</source>
        <translation>hatua &quot;%1&quot; ni hatua ya %2</translation>
    </message>
    <message>
        <source>the pipeline &quot;%1&quot; has no %2 stage</source>
        <translation>mkondo wa mauzo &quot;%1&quot; hauna hatua ya %2</translation>
    </message>
    <message>
        <source>there is no pipeline to put the deal in</source>
        <translation>hakuna mkondo wa mauzo wa kuweka dili</translation>
    </message>
    <message>
        <source>no lost reason of this name; the reasons are: %1</source>
        <translation>hakuna sababu ya kupoteza yenye jina hili; sababu ni: %1</translation>
    </message>
    <message>
        <source>a lost reason for a deal that is not lost</source>
        <translation>sababu ya kupoteza kwa dili ambayo haijapotea</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::DealWriter</name>
    <message>
        <source>Cannot save the deal&apos;s external id</source>
        <translation>Haiwezi kuhifadhi kitambulisho cha nje cha dili</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::ImportLookups</name>
    <message>
        <source>Cannot look up the contact</source>
        <translation>Haiwezi kumtafuta mwasiliani</translation>
    </message>
    <message>
        <source>Cannot read the users</source>
        <translation>Haiwezi kusoma watumiaji</translation>
    </message>
    <message>
        <source>%1 users have this name; use their login or email</source>
        <translation>Watumiaji %1 wana jina hili; tumia jina lao la kuingia au barua pepe</translation>
    </message>
    <message>
        <source>no user of this name, login or email; the users are: %1</source>
        <translation>hakuna mtumiaji mwenye jina, jina la kuingia au barua pepe hii; watumiaji ni: %1</translation>
    </message>
    <message>
        <source>Cannot look up the deal</source>
        <translation>Haiwezi kutafuta dili</translation>
    </message>
    <message>
        <source>several deals of this contact have this title</source>
        <translation>dili kadhaa za mwasiliani huyu zina kichwa hiki</translation>
    </message>
    <message>
        <source>several deals have this title</source>
        <translation>dili kadhaa zina kichwa hiki</translation>
    </message>
    <message>
        <source>this contact has no deal with this title</source>
        <translation>mwasiliani huyu hana dili yenye kichwa hiki</translation>
    </message>
    <message>
        <source>no deal has this title</source>
        <translation>hakuna dili yenye kichwa hiki</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::PhotoKeeper</name>
    <message>
        <source>embedded image</source>
        <translation>picha iliyopachikwa</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Uletaji ulighairiwa; hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Picha</translation>
    </message>
    <message>
        <source>%1 The contact was imported without the photo.</source>
        <translation>%1 Mwasiliani ameletwa bila picha.</translation>
    </message>
    <message>
        <source>%1 %2 was imported without the photo.</source>
        <translation>%1 %2 ameletwa bila picha.</translation>
    </message>
</context>
<context>
    <name>kontor::phone</name>
    <message>
        <source>Cannot read the default phone region</source>
        <translation>Haiwezi kusoma eneo chaguo-msingi la simu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: it needs 3 to 17 digits</source>
        <translation>&quot;%1&quot; si nambari ya simu: inahitaji tarakimu 3 hadi 17</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: no country uses this code and length</source>
        <translation>&quot;%1&quot; si nambari ya simu: hakuna nchi inayotumia msimbo na urefu huu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region code phone numbers know (two letters, e.g. FI, DE, RU, US)</source>
        <translation>&quot;%1&quot; si msimbo wa eneo unaojulikana kwa nambari za simu (herufi mbili, k.m. FI, DE, RU, US)</translation>
    </message>
    <message>
        <source>default region</source>
        <translation>eneo chaguo-msingi</translation>
    </message>
    <message>
        <source>Cannot save the default phone region</source>
        <translation>Haiwezi kuhifadhi eneo chaguo-msingi la simu</translation>
    </message>
</context>
<context>
    <name>kontor::reports</name>
    <message>
        <source>dashboard</source>
        <translation>dashibodi</translation>
    </message>
    <message>
        <source>dashboard: overdue tasks</source>
        <translation>dashibodi: kazi zilizochelewa</translation>
    </message>
    <message>
        <source>dashboard: new leads</source>
        <translation>dashibodi: wateja wapya wanaolengwa</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashibodi</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Dili zilizo wazi</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Mkondo wa mauzo ulio wazi</translation>
    </message>
    <message>
        <source>Won this month</source>
        <translation>Zilizofanikiwa mwezi huu</translation>
    </message>
    <message>
        <source>Plan this month</source>
        <translation>Mpango wa mwezi huu</translation>
    </message>
    <message>
        <source>Of plan</source>
        <translation>Ya mpango</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Kazi zilizochelewa</translation>
    </message>
    <message>
        <source>New leads this week</source>
        <translation>Wateja wapya wanaolengwa wiki hii</translation>
    </message>
    <message>
        <source>Stale deals</source>
        <translation>Dili zilizodumaa</translation>
    </message>
    <message>
        <source>count the deals behind a figure</source>
        <translation>hesabu dili zilizo nyuma ya takwimu</translation>
    </message>
    <message>
        <source>list the deals behind a figure</source>
        <translation>orodhesha dili zilizo nyuma ya takwimu</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kitambulisho</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Dili</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Hatua</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Mmiliki</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kiasi</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Sarafu</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Imeundwa</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Imefungwa</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Tarehe ya kufunga inayotarajiwa</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Dili</translation>
    </message>
    <message>
        <source>count overdue tasks</source>
        <translation>hesabu kazi zilizochelewa</translation>
    </message>
    <message>
        <source>list overdue tasks</source>
        <translation>orodhesha kazi zilizochelewa</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Kazi</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Amekabidhiwa</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tarehe ya mwisho</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Kazi</translation>
    </message>
    <message>
        <source>count new contacts</source>
        <translation>hesabu waasiliani wapya</translation>
    </message>
    <message>
        <source>list new contacts</source>
        <translation>orodhesha waasiliani wapya</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Chanzo</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Waasiliani</translation>
    </message>
    <message>
        <source>Customer key</source>
        <translation>Ufunguo wa mteja</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Mteja</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Aina</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Dili zilizofanikiwa</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Mapato</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Wateja</translation>
    </message>
    <message>
        <source>list customers</source>
        <translation>orodhesha wateja</translation>
    </message>
    <message>
        <source>company</source>
        <translation>kampuni</translation>
    </message>
    <message>
        <source>person</source>
        <translation>mtu</translation>
    </message>
    <message>
        <source>There are no records behind this figure.</source>
        <translation>Hakuna rekodi zilizo nyuma ya takwimu hii.</translation>
    </message>
    <message>
        <source>ABC/XYZ</source>
        <translation>ABC/XYZ</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Kisanduku</translation>
    </message>
    <message>
        <source>Revenue class</source>
        <translation>Daraja la mapato</translation>
    </message>
    <message>
        <source>Regularity class</source>
        <translation>Daraja la mara kwa mara</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Sehemu ya mapato</translation>
    </message>
    <message>
        <source>Customers in %1</source>
        <translation>Wateja katika %1</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Miezi</translation>
    </message>
    <message>
        <source>funnel</source>
        <translation>faneli</translation>
    </message>
    <message>
        <source>Funnel: %1</source>
        <translation>Faneli: %1</translation>
    </message>
    <message>
        <source>Stage id</source>
        <translation>Kitambulisho cha hatua</translation>
    </message>
    <message>
        <source>Deals reached</source>
        <translation>Dili zilizofikia</translation>
    </message>
    <message>
        <source>From previous stage</source>
        <translation>Kutoka hatua iliyotangulia</translation>
    </message>
    <message>
        <source>From first stage</source>
        <translation>Kutoka hatua ya kwanza</translation>
    </message>
    <message>
        <source>Average days in stage</source>
        <translation>Wastani wa siku katika hatua</translation>
    </message>
    <message>
        <source>Median days in stage</source>
        <translation>Wastani wa kati wa siku katika hatua</translation>
    </message>
    <message>
        <source>Deals that reached %1</source>
        <translation>Dili zilizofikia %1</translation>
    </message>
    <message>
        <source>Deals created</source>
        <translation>Dili zilizoundwa</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Zilizofanikiwa</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Zilizopotea</translation>
    </message>
    <message>
        <source>Overall conversion</source>
        <translation>Ubadilishaji wa jumla</translation>
    </message>
    <message>
        <source>Average cycle</source>
        <translation>Mzunguko wa wastani</translation>
    </message>
    <message>
        <source>Median cycle</source>
        <translation>Mzunguko wa wastani wa kati</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>utabiri</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Iliyopimwa</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Mpango</translation>
    </message>
    <message>
        <source>Weighted of plan</source>
        <translation>Iliyopimwa ya mpango</translation>
    </message>
    <message>
        <source>Open deals expected to close in %1</source>
        <translation>Dili zilizo wazi zinazotarajiwa kufungwa katika %1</translation>
    </message>
    <message>
        <source>plan vs fact</source>
        <translation>mpango dhidi ya halisi</translation>
    </message>
    <message>
        <source>Plan id</source>
        <translation>Kitambulisho cha mpango</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Kitambulisho cha mtumiaji</translation>
    </message>
    <message>
        <source>Manager and period</source>
        <translation>Meneja na kipindi</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Meneja</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kuanzia</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hadi</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Halisi</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Kilichofikiwa</translation>
    </message>
    <message>
        <source>Won by %1 in %2</source>
        <translation>Zilizofanikiwa na %1 katika %2</translation>
    </message>
    <message>
        <source>sales dynamics</source>
        <translation>mwenendo wa mauzo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kipindi</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Kiasi kilichofanikiwa</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Kipindi kilichotangulia</translation>
    </message>
    <message>
        <source>Won before</source>
        <translation>Zilizofanikiwa awali</translation>
    </message>
    <message>
        <source>Amount before</source>
        <translation>Kiasi awali</translation>
    </message>
    <message>
        <source>Deals won from %1</source>
        <translation>Dili zilizofanikiwa kuanzia %1</translation>
    </message>
    <message>
        <source>Won in the period before</source>
        <translation>Zilizofanikiwa katika kipindi kilichotangulia</translation>
    </message>
    <message>
        <source>Amount in the period before</source>
        <translation>Kiasi katika kipindi kilichotangulia</translation>
    </message>
    <message>
        <source>Change of amount</source>
        <translation>Mabadiliko ya kiasi</translation>
    </message>
    <message>
        <source>won vs lost</source>
        <translation>zilizofanikiwa dhidi ya zilizopotea</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Kiwango cha mafanikio</translation>
    </message>
    <message>
        <source>Deals closed from %1</source>
        <translation>Dili zilizofungwa kuanzia %1</translation>
    </message>
    <message>
        <source>lost reasons</source>
        <translation>sababu za kupoteza</translation>
    </message>
    <message>
        <source>Reason id</source>
        <translation>Kitambulisho cha sababu</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sababu</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>Dili zilizopotea</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Sehemu</translation>
    </message>
    <message>
        <source>Amount lost</source>
        <translation>Kiasi kilichopotea</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(hakuna sababu iliyotolewa)</translation>
    </message>
    <message>
        <source>Deals lost: %1</source>
        <translation>Dili zilizopotea: %1</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>mgawanyo</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Kiwango</translation>
    </message>
    <message>
        <source>Won deals: %1</source>
        <translation>Dili zilizofanikiwa: %1</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Wastani</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Wastani wa kati</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 and more</source>
        <translation>%1 na zaidi</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>Siku %1–%2</translation>
    </message>
    <message>
        <source>%1 days and more</source>
        <translation>Siku %1 na zaidi</translation>
    </message>
    <message>
        <source>managers report</source>
        <translation>ripoti ya mameneja</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Mikutano</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Barua pepe</translation>
    </message>
    <message>
        <source>Tasks on time</source>
        <translation>Kazi kwa wakati</translation>
    </message>
    <message>
        <source>Tasks done late</source>
        <translation>Kazi zilizokamilika kwa kuchelewa</translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation>Kazi zilizochelewa</translation>
    </message>
    <message>
        <source>Deals closed by %1</source>
        <translation>Dili zilizofungwa na %1</translation>
    </message>
    <message>
        <source>channels report</source>
        <translation>ripoti ya njia</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>Njia ya chanzo</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Ubadilishaji</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(hakuna chanzo)</translation>
    </message>
    <message>
        <source>Deals from %1</source>
        <translation>Dili kutoka %1</translation>
    </message>
    <message>
        <source>sales plans</source>
        <translation>mipango ya mauzo</translation>
    </message>
    <message>
        <source>In stage now</source>
        <translation>Katika hatua sasa</translation>
    </message>
    <message>
        <source>Average days so far</source>
        <translation>Wastani wa siku hadi sasa</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Mpango mzima</translation>
    </message>
    <message>
        <source>Plan from</source>
        <translation>Mpango kuanzia</translation>
    </message>
    <message>
        <source>Plan to</source>
        <translation>Mpango hadi</translation>
    </message>
    <message>
        <source>Cannot update the time deals spent in each stage</source>
        <translation>Haiwezi kusasisha muda ambao dili zilikaa katika kila hatua</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kontor, a CRM for salespeople.</source>
        <translation>Kontor, CRM kwa wauzaji.</translation>
    </message>
    <message>
        <source>Open this database (sqlite:FILE or postgresql://user@host:port/name) instead of KONTOR_DB.</source>
        <translation>Fungua hifadhidata hii (sqlite:FILE au postgresql://user@host:port/name) badala ya KONTOR_DB.</translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE and exit.</source>
        <translation>Hifadhi picha ya dirisha kuu kwenye FILE na uondoke.</translation>
    </message>
    <message>
        <source>Show this module first (contacts, companies, ...).</source>
        <translation>Onyesha moduli hii kwanza (contacts, companies, ...).</translation>
    </message>
    <message>
        <source>User interface language (en, ru, bg, fi, sw, fa, lo).</source>
        <translation>Lugha ya kiolesura (en, ru, bg, fi, sw, fa, lo).</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Haiwezi Kufungua Hifadhidata</translation>
    </message>
    <message>
        <source>Open the card of the contact with this id.</source>
        <translation>Fungua kadi ya mwasiliani mwenye kitambulisho hiki.</translation>
    </message>
    <message>
        <source>Open the card of the company with this id.</source>
        <translation>Fungua kadi ya kampuni yenye kitambulisho hiki.</translation>
    </message>
    <message>
        <source>Open the card of the deal with this id.</source>
        <translation>Fungua kadi ya dili yenye kitambulisho hiki.</translation>
    </message>
    <message>
        <source>Open a settings dialog: pipelines or products.</source>
        <translation>Fungua kidirisha cha mipangilio: pipelines au products.</translation>
    </message>
    <message>
        <source>Open quick-search[:TEXT], custom-fields or duplicates.</source>
        <translation>Fungua quick-search[:TEXT], custom-fields au duplicates.</translation>
    </message>
</context>
</TS>
