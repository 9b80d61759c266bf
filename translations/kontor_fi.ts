<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Audit</name>
    <message>
        <source>Cannot write the audit log</source>
        <translation>Tarkistuslokiin ei voi kirjoittaa</translation>
    </message>
</context>
<context>
    <name>BulkLoad</name>
    <message>
        <source>Cannot write the rows</source>
        <translation>Rivejä ei voi kirjoittaa</translation>
    </message>
    <message>
        <source>Cannot prepare the tables for a bulk load</source>
        <translation>Taulukoita ei voi valmistella joukkolataukseen</translation>
    </message>
    <message>
        <source>Cannot rebuild the indexes after a bulk load</source>
        <translation>Indeksejä ei voi muodostaa uudelleen joukkolatauksen jälkeen</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Website</source>
        <translation>Verkkosivusto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Sosiaalinen media</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Suosittelu</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kylmä</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Lämmin</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Kuuma</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Ei luokiteltu</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Tarkista ennen tuontia</translation>
    </message>
    <message>
        <source>Every row was checked and matched as the import will do it; nothing is saved yet.</source>
        <translation>Jokainen rivi tarkistettiin ja täsmäytettiin kuten tuonnissa tehdään; mitään ei ole vielä tallennettu.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <source>Show problem rows only</source>
        <translation>Näytä vain ongelmalliset rivit</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Tarkistetaan kaikkia rivejä…</translation>
    </message>
    <message>
        <source>Rows with problems are left out and can be saved to a file after the import. Go back to change the mapping or the date order.</source>
        <translation>Ongelmalliset rivit jätetään pois, ja ne voidaan tallentaa tiedostoon tuonnin jälkeen. Palaa takaisin, jos haluat muuttaa kenttien vastaavuuksia tai päivämäärien järjestystä.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>The grid shows the first %1 rows with problems; all %2 go to the problem rows file you can save after the import.</source>
        <translation>Ruudukossa näkyvät ensimmäiset %1 ongelmallista riviä; kaikki %2 tallentuvat ongelmarivitiedostoon, jonka voit tallentaa tuonnin jälkeen.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) cannot be kept; those contacts will be imported without them:</source>
        <translation>
            <numerusform>%n kuva ei ole säilytettävissä; kyseinen yhteyshenkilö tuodaan ilman kuvaa:</numerusform>
            <numerusform>%n kuvaa ei voi säilyttää; kyseiset yhteyshenkilöt tuodaan ilman kuvaa:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is checked and matched as the import will do it; nothing is saved.</source>
        <translation>Jokainen rivi tarkistetaan ja täsmäytetään kuten tuonnissa; mitään ei tallenneta.</translation>
    </message>
    <message>
        <source>The check stopped; nothing is saved.</source>
        <translation>Tarkistus pysähtyi; mitään ei tallennettu.</translation>
    </message>
</context>
<context>
    <name>CompaniesModule</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Toimiala</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kaupunki</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Verkkosivusto</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Yritykset</translation>
    </message>
    <message>
        <source>Search by company name</source>
        <translation>Hae yrityksen nimellä</translation>
    </message>
    <message>
        <source>No companies yet. Import a file or add demo data to get started.</source>
        <translation>Yrityksiä ei vielä ole. Aloita tuomalla tiedosto tai lisäämällä esimerkkitietoja.</translation>
    </message>
    <message>
        <source>No company name starts with “%1”.</source>
        <translation>Yhtään yrityksen nimeä ei ala merkkijonolla ”%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s) found</source>
        <translation>
            <numerusform>%Ln yritys löytyi</numerusform>
            <numerusform>%Ln yritystä löytyi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>%Ln yritys</numerusform>
            <numerusform>%Ln yritystä</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Move the selected companies to the trash (Del)</source>
        <translation>Siirrä valitut yritykset roskakoriin (Del)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s) moved to the trash. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%Ln yritys siirrettiin roskakoriin. Kumoa painamalla Ctrl+Z.</numerusform>
            <numerusform>%Ln yritystä siirrettiin roskakoriin. Kumoa painamalla Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Vie…</translation>
    </message>
    <message>
        <source>Save the selected companies as CSV, Excel, vCard or JSON</source>
        <translation>Tallenna valitut yritykset CSV-, Excel-, vCard- tai JSON-muodossa</translation>
    </message>
</context>
<context>
    <name>ContactsModule</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kaupunki</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <source>Search by name, email or phone</source>
        <translation>Hae nimellä, sähköpostilla tai puhelinnumerolla</translation>
    </message>
    <message>
        <source>No contacts yet. Import a file or add demo data to get started.</source>
        <translation>Yhteyshenkilöitä ei vielä ole. Aloita tuomalla tiedosto tai lisäämällä esimerkkitietoja.</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>Mikään yhteyshenkilö ei vastaa hakua ”%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) found</source>
        <translation>
            <numerusform>%Ln yhteyshenkilö löytyi</numerusform>
            <numerusform>%Ln yhteyshenkilöä löytyi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln yhteyshenkilö</numerusform>
            <numerusform>%Ln yhteyshenkilöä</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Move the selected contacts to the trash (Del)</source>
        <translation>Siirrä valitut yhteyshenkilöt roskakoriin (Del)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) moved to the trash. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%Ln yhteyshenkilö siirrettiin roskakoriin. Kumoa painamalla Ctrl+Z.</numerusform>
            <numerusform>%Ln yhteyshenkilöä siirrettiin roskakoriin. Kumoa painamalla Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact matches this filter.</source>
        <translation>Mikään yhteyshenkilö ei vastaa tätä suodatinta.</translation>
    </message>
    <message>
        <source>Find Duplicates…</source>
        <translation>Etsi kaksoiskappaleet…</translation>
    </message>
    <message>
        <source>Look for contacts that are the same person across the whole base and merge them</source>
        <translation>Etsi koko tietokannasta yhteyshenkilöt, jotka ovat sama henkilö, ja yhdistä ne</translation>
    </message>
    <message>
        <source>&amp;Phone Numbers…</source>
        <translation>&amp;Puhelinnumerot…</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database server cannot be reached</source>
        <translation>Tietokantapalvelimeen ei saada yhteyttä</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved</source>
        <translation>Levy on täynnä; mitään ei tallennettu</translation>
    </message>
    <message>
        <source>Another program is writing to the database</source>
        <translation>Toinen ohjelma kirjoittaa tietokantaan</translation>
    </message>
    <message>
        <source>Nothing to commit</source>
        <translation>Ei vahvistettavaa</translation>
    </message>
    <message>
        <source>The transaction failed</source>
        <translation>Tapahtuma epäonnistui</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>This is not a database address Kontor understands</source>
        <translation>Tämä ei ole tietokantaosoite, jota Kontor ymmärtää</translation>
    </message>
</context>
<context>
    <name>DuplicateCommands</name>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Yhdistä ”%1” kohteeseen ”%2”</translation>
    </message>
    <message>
        <source>Cannot undo the merge: %1</source>
        <translation>Yhdistämistä ei voi kumota: %1</translation>
    </message>
    <message>
        <source>Cannot merge again: %1</source>
        <translation>Yhdistämistä ei voi tehdä uudelleen: %1</translation>
    </message>
    <message>
        <source>“%1” and “%2” are not duplicates</source>
        <translation>”%1” ja ”%2” eivät ole kaksoiskappaleita</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Duplicates and dates</source>
        <translation>Kaksoiskappaleet ja päivämäärät</translation>
    </message>
    <message>
        <source>How a row is recognised as a record Kontor already has, and what happens then.</source>
        <translation>Miten rivi tunnistetaan tietueeksi, joka Kontorissa jo on, ja mitä silloin tapahtuu.</translation>
    </message>
    <message>
        <source>A row is the same record when it has the same:</source>
        <translation>Rivi on sama tietue, kun sillä on sama:</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Sähköpostiosoite</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Puhelinnumero</translation>
    </message>
    <message>
        <source>Name and company</source>
        <translation>Nimi ja yritys</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Kontor ID (a column of a Kontor export)</source>
        <translation>Kontor-tunnus (Kontorin viennin sarake)</translation>
    </message>
    <message>
        <source>When it is already there:</source>
        <translation>Kun tietue on jo olemassa:</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Ohita rivi</translation>
    </message>
    <message>
        <source>Update the record with the row&apos;s values</source>
        <translation>Päivitä tietue rivin arvoilla</translation>
    </message>
    <message>
        <source>Fill only the record&apos;s empty fields</source>
        <translation>Täytä vain tietueen tyhjät kentät</translation>
    </message>
    <message>
        <source>Create another record anyway</source>
        <translation>Luo silti uusi tietue</translation>
    </message>
    <message>
        <source>Dates like 03/04/2023 are:</source>
        <translation>Päivämäärät kuten 03/04/2023 ovat:</translation>
    </message>
    <message>
        <source>ambiguous: list them as problems</source>
        <translation>moniselitteisiä: luetteloi ne ongelmina</translation>
    </message>
    <message>
        <source>day / month / year</source>
        <translation>päivä / kuukausi / vuosi</translation>
    </message>
    <message>
        <source>month / day / year</source>
        <translation>kuukausi / päivä / vuosi</translation>
    </message>
    <message>
        <source>Save this mapping for the next file as:</source>
        <translation>Tallenna nämä vastaavuudet seuraavaa tiedostoa varten nimellä:</translation>
    </message>
    <message>
        <source>a name, e.g. “Trade fair list” (optional)</source>
        <translation>nimi, esim. ”Messulista” (valinnainen)</translation>
    </message>
    <message>
        <source>An activity is already there when its contact, type, time, subject and note are the same.</source>
        <translation>Aktiviteetti on jo olemassa, kun sen yhteyshenkilö, tyyppi, aika, aihe ja muistiinpano ovat samat.</translation>
    </message>
    <message>
        <source>Title and company</source>
        <translation>Nimike ja yritys</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nimike</translation>
    </message>
    <message>
        <source>Keep photos (the cards&apos; pictures are stored with the contacts)</source>
        <translation>Säilytä kuvat (käyntikorttien kuvat tallennetaan yhteyshenkilöiden mukana)</translation>
    </message>
    <message>
        <source>A contact that has a photo keeps it; Undo import removes the photos it added.</source>
        <translation>Yhteyshenkilö, jolla on kuva, säilyttää sen; tuonnin kumoaminen poistaa sen lisäämät kuvat.</translation>
    </message>
</context>
<context>
    <name>EditDealCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Muokkaa kohdetta ”%1”</translation>
    </message>
    <message>
        <source>“%1” could not be changed back: %2</source>
        <translation>Kohdetta ”%1” ei voitu palauttaa ennalleen: %2</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Valitse tiedosto</translation>
    </message>
    <message>
        <source>CSV, Excel (.xlsx) or vCard. Nothing is saved until the last step.</source>
        <translation>CSV, Excel (.xlsx) tai vCard. Mitään ei tallenneta ennen viimeistä vaihetta.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Yritykset</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Tunnista</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Pilkku ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Puolipiste ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Sarkain</translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation>Pystyviiva |</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tiedosto:</translation>
    </message>
    <message>
        <source>Import as:</source>
        <translation>Tuo tyyppinä:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Merkistökoodaus:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Erotin:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Taulukko:</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Otsikkorivi:</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Tuo tiedosto</translation>
    </message>
    <message>
        <source>Choose a file to import, or drop one on Kontor&apos;s window.</source>
        <translation>Valitse tuotava tiedosto tai pudota se Kontorin ikkunaan.</translation>
    </message>
    <message>
        <source>vCard file (%1); each card becomes a contact.</source>
        <translation>vCard-tiedosto (%1); jokaisesta käyntikortista tulee yhteyshenkilö.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Sähköpostit</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Puhelimet</translation>
    </message>
    <message>
        <source>CSV, %1, delimiter “%2”</source>
        <translation>CSV, %1, erotin ”%2”</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>sarkain</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation>Excel-työkirja, taulukko ”%1”</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Sarake %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of the first rows have the wrong number of fields; they will be listed as problems.</source>
        <translation>
            <numerusform>%n ensimmäisistä riveistä sisältää väärän määrän kenttiä; se luetteloidaan ongelmana.</numerusform>
            <numerusform>%n ensimmäisistä riveistä sisältää väärän määrän kenttiä; ne luetteloidaan ongelmina.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Kaupat</translation>
    </message>
    <message>
        <source>Activities and notes</source>
        <translation>Aktiviteetit ja muistiinpanot</translation>
    </message>
    <message>
        <source>Files to import (*.csv *.txt *.tsv *.xlsx *.vcf);;All files (*)</source>
        <translation>Tuotavat tiedostot (*.csv *.txt *.tsv *.xlsx *.vcf);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Read as the saved mapping “%1” reads such files.</source>
        <translation>Luetaan samoin kuin tallennetut vastaavuudet ”%1” lukevat tällaiset tiedostot.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Lead</source>
        <translation>Liidi</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospekti</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Voitettu</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Hävitty</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>%1 rows: %2 to create, %3 to update, %4 to skip as duplicates, %5 with problems</source>
        <translation>%1 riviä: %2 luodaan, %3 päivitetään, %4 ohitetaan kaksoiskappaleina, %5 ongelmallista</translation>
    </message>
    <message>
        <source>… and more in the problem rows file.</source>
        <translation>… ja lisää ongelmarivitiedostossa.</translation>
    </message>
    <message>
        <source>Fetching photos: %1 of %2…</source>
        <translation>Haetaan kuvia: %1/%2…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Kohdista sarakkeet</translation>
    </message>
    <message>
        <source>Each column goes into the field chosen here; “Do not import” leaves it out.</source>
        <translation>Jokainen sarake tuodaan tässä valittuun kenttään; ”Älä tuo” jättää sen pois.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Sarake tiedostossa</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Ensimmäinen arvo</translation>
    </message>
    <message>
        <source>Kontor field</source>
        <translation>Kontor-kenttä</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Älä tuo</translation>
    </message>
    <message>
        <source>Custom field: %1</source>
        <translation>Mukautettu kenttä: %1</translation>
    </message>
    <message>
        <source>New custom field “%1”</source>
        <translation>Uusi mukautettu kenttä ”%1”</translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation>Tallennetut vastaavuudet:</translation>
    </message>
    <message>
        <source>None: suggested from the column names and contents</source>
        <translation>Ei mitään: ehdotettu sarakkeiden nimien ja sisällön perusteella</translation>
    </message>
    <message>
        <source>The saved mapping “%1” was made for a file with these columns; it is used.</source>
        <translation>Tallennetut vastaavuudet ”%1” tehtiin tiedostolle, jossa on nämä sarakkeet; niitä käytetään.</translation>
    </message>
</context>
<context>
    <name>MoveDealStageCommand</name>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Siirrä ”%1” vaiheeseen %2</translation>
    </message>
    <message>
        <source>“%1” could not be moved: %2</source>
        <translation>Kohdetta ”%1” ei voitu siirtää: %2</translation>
    </message>
</context>
<context>
    <name>Paging</name>
    <message>
        <source>The list position is not valid for this sort order</source>
        <translation>Luettelon sijainti ei kelpaa tälle lajittelujärjestykselle</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>stage %1</source>
        <translation>vaihe %1</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Tuodaan</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Peruuta tuonti</translation>
    </message>
    <message>
        <source>Save problem rows…</source>
        <translation>Tallenna ongelmarivit…</translation>
    </message>
    <message>
        <source>Save problem rows</source>
        <translation>Tallenna ongelmarivit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa.</translation>
    </message>
    <message>
        <source>%1 rows, %2 rows per second</source>
        <translation>%1 riviä, %2 riviä sekunnissa</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was saved.</source>
        <translation>Tuonti peruutettiin. Mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>The import failed and nothing was saved: %1</source>
        <translation>Tuonti epäonnistui, eikä mitään tallennettu: %1</translation>
    </message>
    <message>
        <source>Done in %1 s: %2 created, %3 updated, %4 skipped, %5 rows with problems.
This import can be undone from the Import page (import %6).</source>
        <translation>Valmis ajassa %1 s: %2 luotu, %3 päivitetty, %4 ohitettu, %5 riviä, joissa ongelmia.
Tämän tuonnin voi kumota Tuonti-sivulla (tuonti %6).</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be kept; those contacts were imported without them:</source>
        <translation>
            <numerusform>%n kuvaa ei voitu säilyttää; kyseinen yhteyshenkilö tuotiin ilman kuvaa:</numerusform>
            <numerusform>%n kuvaa ei voitu säilyttää; kyseiset yhteyshenkilöt tuotiin ilman kuvaa:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Cannot pause the search index</source>
        <translation>Hakuindeksiä ei voi keskeyttää</translation>
    </message>
    <message>
        <source>Cannot rebuild the search index</source>
        <translation>Hakuindeksiä ei voi muodostaa uudelleen</translation>
    </message>
    <message>
        <source>Cannot update the search index</source>
        <translation>Hakuindeksiä ei voi päivittää</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Cannot sign in as %1</source>
        <translation>Kirjautuminen käyttäjänä %1 ei onnistu</translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <source>Call</source>
        <translation>Puhelu</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Korkea</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Kiireellinen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Tulevat</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Ei määräpäivää</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Huomenna</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Eilen</translation>
    </message>
    <message>
        <source>%1 (all day)</source>
        <translation>%1 (koko päivän)</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1/%2 valmiina</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Joka päivä</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Joka %1</translation>
    </message>
    <message>
        <source>Monthly on day %1</source>
        <translation>Kuukausittain päivänä %1</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>This kind of record has no trash</source>
        <translation>Tällä tietuetyypillä ei ole roskakoria</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Poista ”%1”</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation>Palauta ”%1”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>Poista %n tietue</numerusform>
            <numerusform>Poista %n tietuetta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n record(s)</source>
        <translation>
            <numerusform>Palauta %n tietue</numerusform>
            <numerusform>Palauta %n tietuetta</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Muokkaa kohdetta ”%1”</translation>
    </message>
    <message>
        <source>Log “%1”</source>
        <translation>Kirjaa ”%1”</translation>
    </message>
    <message>
        <source>Change the photo of “%1”</source>
        <translation>Vaihda kohteen ”%1” kuva</translation>
    </message>
    <message>
        <source>Remove the photo of “%1”</source>
        <translation>Poista kohteen ”%1” kuva</translation>
    </message>
</context>
<context>
    <name>Writer</name>
    <message>
        <source>Deals</source>
        <translation>Kaupat</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteetit</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tehtävät</translation>
    </message>
    <message>
        <source>Planning deals</source>
        <translation>Suunnitellaan kauppoja</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Tallennetaan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Creating the demo data was cancelled; the database was left as it was</source>
        <translation>Esimerkkitietojen luonti peruutettiin; tietokanta jätettiin ennalleen</translation>
    </message>
    <message>
        <source>Users, pipelines and products</source>
        <translation>Käyttäjät, myyntiputket ja tuotteet</translation>
    </message>
    <message>
        <source>Cannot create the demo users</source>
        <translation>Esimerkkikäyttäjiä ei voi luoda</translation>
    </message>
    <message>
        <source>Cannot set up the pipeline %1</source>
        <translation>Myyntiputkea %1 ei voi määrittää</translation>
    </message>
    <message>
        <source>The pipeline needs open, won and lost stages for demo deals</source>
        <translation>Esimerkkikaupat edellyttävät, että myyntiputkessa on avoimia, voitettuja ja hävittyjä vaiheita</translation>
    </message>
    <message>
        <source>Cannot read the lists the demo data uses</source>
        <translation>Esimerkkitietojen käyttämiä luetteloita ei voi lukea</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Yritykset</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indeksit</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Hakuindeksi</translation>
    </message>
    <message>
        <source>Stage stays</source>
        <translation>Vaiheissa vietetty aika</translation>
    </message>
</context>
<context>
    <name>kontor</name>
    <message>
        <source>company %1</source>
        <translation>yritys %1</translation>
    </message>
    <message>
        <source>new company</source>
        <translation>uusi yritys</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>yhteyshenkilö %1</translation>
    </message>
    <message>
        <source>new contact</source>
        <translation>uusi yhteyshenkilö</translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation>kauppa %1</translation>
    </message>
    <message>
        <source>new deal</source>
        <translation>uusi kauppa</translation>
    </message>
    <message>
        <source>Cannot move it to the trash</source>
        <translation>Sitä ei voi siirtää roskakoriin</translation>
    </message>
    <message>
        <source>Cannot restore it from the trash</source>
        <translation>Sitä ei voi palauttaa roskakorista</translation>
    </message>
    <message>
        <source>It does not exist or is already in the trash</source>
        <translation>Sitä ei ole olemassa tai se on jo roskakorissa</translation>
    </message>
    <message>
        <source>It is not in the trash</source>
        <translation>Se ei ole roskakorissa</translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation>aktiviteetti %1</translation>
    </message>
    <message>
        <source>new activity</source>
        <translation>uusi aktiviteetti</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>tuote %1</translation>
    </message>
    <message>
        <source>new product</source>
        <translation>uusi tuote</translation>
    </message>
    <message>
        <source>Cannot read the selected contacts</source>
        <translation>Valittuja yhteyshenkilöitä ei voi lukea</translation>
    </message>
    <message>
        <source>Cannot read the tag &quot;%1&quot;</source>
        <translation>Tunnistetta &quot;%1&quot; ei voi lukea</translation>
    </message>
    <message>
        <source>Unknown filter &quot;%1&quot;</source>
        <translation>Tuntematon suodatin &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2</source>
        <translation>&quot;%1&quot; ei ole kelvollinen arvo kentälle %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;</source>
        <translation>kenttä &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; %2 takes numbers like 1250 or 12.5</source>
        <translation>&quot;%1&quot; ei ole luku; %2 hyväksyy lukuja, kuten 1250 tai 12.5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; ei ole luku</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2026-03-31</source>
        <translation>&quot;%1&quot; ei ole päivämäärä; kirjoita se muodossa 2026-03-31</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>&quot;%1&quot; ei ole kyllä tai ei</translation>
    </message>
    <message>
        <source>custom field &quot;%1&quot;</source>
        <translation>mukautettu kenttä &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Kontor ID</source>
        <translation>Kontor-tunnus</translation>
    </message>
    <message>
        <source>company</source>
        <translation>yritys</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>kauppa</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>yhteyshenkilö</translation>
    </message>
    <message>
        <source>Cannot write the export file.</source>
        <translation>Vientitiedostoon ei voi kirjoittaa.</translation>
    </message>
    <message>
        <source>The export file is not open for writing.</source>
        <translation>Vientitiedostoa ei ole avattu kirjoittamista varten.</translation>
    </message>
    <message>
        <source>Deals cannot be written as vCard; choose CSV, .xlsx or JSON.</source>
        <translation>Kauppoja ei voi tallentaa vCard-muodossa; valitse CSV, .xlsx tai JSON.</translation>
    </message>
    <message>
        <source>%1 records do not fit on one .xlsx sheet (at most 1,048,575); export as CSV instead.</source>
        <translation>%1 tietuetta ei mahdu yhdelle .xlsx-taulukolle (enintään 1 048 575); vie ne sen sijaan CSV-muodossa.</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>tietue %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Vienti peruutettiin.</translation>
    </message>
    <message>
        <source>find %1</source>
        <translation>etsi %1</translation>
    </message>
    <message>
        <source>There is no %1 of that name or id.</source>
        <translation>Tämännimistä tai -tunnuksista kohdetta (%1) ei ole.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>&quot;%1&quot; ei ole päivämäärä</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>&quot;%1&quot; ei ole päivämäärä ja aika</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>tuntematon aikavyöhyke &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This is not an iCalendar file: it does not start with BEGIN:VCALENDAR</source>
        <translation>Tämä ei ole iCalendar-tiedosto: se ei ala rivillä BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>END:%1 does not close the open component</source>
        <translation>END:%1 ei sulje avointa osaa</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>rivi %1</translation>
    </message>
    <message>
        <source>event without a start (DTSTART)</source>
        <translation>tapahtuma ilman alkua (DTSTART)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>rivi %1: %2</translation>
    </message>
    <message>
        <source>Meeting without a title</source>
        <translation>Tapaaminen ilman otsikkoa</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Paikka: %1</translation>
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
        <translation>DURATION &quot;%1&quot; ei ole kesto</translation>
    </message>
    <message>
        <source>line %1: the repeat rule &quot;%2&quot; is not supported; the first meeting is imported without repeats</source>
        <translation>rivi %1: toistosääntöä &quot;%2&quot; ei tueta; ensimmäinen tapaaminen tuodaan ilman toistoja</translation>
    </message>
    <message>
        <source>The file ends inside %1 (it is cut short)</source>
        <translation>Tiedosto päättyy kesken osan %1 (se on katkennut)</translation>
    </message>
    <message>
        <source>Cannot check for an earlier import</source>
        <translation>Aiempaa tuontia ei voi tarkistaa</translation>
    </message>
    <message>
        <source>repeat &quot;%1&quot;</source>
        <translation>toisto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>tehtävä %1</translation>
    </message>
    <message>
        <source>new task</source>
        <translation>uusi tehtävä</translation>
    </message>
    <message>
        <source>Cannot read the task</source>
        <translation>Tehtävää ei voi lukea</translation>
    </message>
    <message>
        <source>The task does not exist or is in the trash</source>
        <translation>Tehtävää ei ole olemassa tai se on roskakorissa</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Tiedostoa ei voitu kirjoittaa.</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Cannot read the names of duplicate contacts</source>
        <translation>Kaksoiskappaleina olevien yhteyshenkilöiden nimiä ei voi lukea</translation>
    </message>
    <message>
        <source>Cannot re-normalize the phone numbers</source>
        <translation>Puhelinnumeroita ei voi normalisoida uudelleen</translation>
    </message>
    <message>
        <source>The custom field &quot;%1&quot; belongs to another kind of record</source>
        <translation>Mukautettu kenttä &quot;%1&quot; kuuluu toiseen tietuetyyppiin</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>aktiviteetti</translation>
    </message>
    <message>
        <source>Activities cannot be written as vCard; choose CSV, .xlsx or JSON.</source>
        <translation>Aktiviteetteja ei voi tallentaa vCard-muodossa; valitse CSV, .xlsx tai JSON.</translation>
    </message>
    <message>
        <source>Cannot create the export file.</source>
        <translation>Vientitiedostoa ei voi luoda.</translation>
    </message>
    <message>
        <source>Cannot save the export file.</source>
        <translation>Vientitiedostoa ei voi tallentaa.</translation>
    </message>
    <message>
        <source>A quote is not closed in &quot;%1&quot;</source>
        <translation>Lainausmerkki on sulkematta kohteessa &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Custom field %1 is not a field of contacts</source>
        <translation>Mukautettu kenttä %1 ei ole yhteyshenkilöiden kenttä</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Palvelin vastasi %1.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Palvelin hylkäsi yhteyden.</translation>
    </message>
    <message>
        <source>The server %1 was not found.</source>
        <translation>Palvelinta %1 ei löytynyt.</translation>
    </message>
    <message>
        <source>The server closed the connection without sending the photo.</source>
        <translation>Palvelin katkaisi yhteyden lähettämättä kuvaa.</translation>
    </message>
    <message>
        <source>The photo could not be fetched: %1.</source>
        <translation>Kuvaa ei voitu hakea: %1.</translation>
    </message>
    <message>
        <source>Only web addresses (http, https) are fetched.</source>
        <translation>Vain verkko-osoitteet (http, https) haetaan.</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>Ei vastausta %1 sekunnin kuluessa.</translation>
    </message>
    <message>
        <source>The photo is larger than %1 MB.</source>
        <translation>Kuva on suurempi kuin %1 Mt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Peruutettu.</translation>
    </message>
</context>
<context>
    <name>kontor::ActivityRepository</name>
    <message>
        <source>Unknown kind of activity &quot;%1&quot;</source>
        <translation>Tuntematon aktiviteettityyppi &quot;%1&quot;</translation>
    </message>
    <message>
        <source>An activity must belong to a contact, a company or a deal</source>
        <translation>Aktiviteetin on kuuluttava yhteyshenkilölle, yritykselle tai kaupalle</translation>
    </message>
    <message>
        <source>Unknown direction &quot;%1&quot;</source>
        <translation>Tuntematon suunta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A duration cannot be negative</source>
        <translation>Kesto ei voi olla negatiivinen</translation>
    </message>
    <message>
        <source>Write a subject or a few words about what happened</source>
        <translation>Kirjoita aihe tai muutama sana tapahtuneesta</translation>
    </message>
    <message>
        <source>Cannot save the activity</source>
        <translation>Aktiviteettia ei voi tallentaa</translation>
    </message>
    <message>
        <source>Cannot update when the contact was last contacted</source>
        <translation>Yhteyshenkilön viimeisimmän yhteydenoton aikaa ei voi päivittää</translation>
    </message>
</context>
<context>
    <name>kontor::BoardColumnModel</name>
    <message>
        <source>%1 — no activity since %2</source>
        <translation>%1 — ei aktiviteetteja %2 jälkeen</translation>
    </message>
</context>
<context>
    <name>kontor::BoardController</name>
    <message>
        <source>deal %1</source>
        <translation>kauppa %1</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Siirrä ”%1” vaiheeseen %2</translation>
    </message>
    <message>
        <source>This pipeline has no won stage; add one in the pipeline settings.</source>
        <translation>Tässä myyntiputkessa ei ole voitettu-vaihetta; lisää se myyntiputken asetuksissa.</translation>
    </message>
    <message>
        <source>Mark “%1” won</source>
        <translation>Merkitse ”%1” voitetuksi</translation>
    </message>
    <message>
        <source>This pipeline has no lost stage; add one in the pipeline settings.</source>
        <translation>Tässä myyntiputkessa ei ole hävitty-vaihetta; lisää se myyntiputken asetuksissa.</translation>
    </message>
    <message>
        <source>Mark “%1” lost</source>
        <translation>Merkitse ”%1” hävityksi</translation>
    </message>
</context>
<context>
    <name>kontor::BoardRepository</name>
    <message>
        <source>Cannot read the board of the pipeline &quot;%1&quot;</source>
        <translation>Myyntiputken &quot;%1&quot; taulua ei voi lukea</translation>
    </message>
    <message>
        <source>Cannot read the board position of deal %1</source>
        <translation>Kaupan %1 sijaintia taululla ei voi lukea</translation>
    </message>
    <message>
        <source>Cannot reorder the cards of stage %1</source>
        <translation>Vaiheen %1 kortteja ei voi järjestää uudelleen</translation>
    </message>
    <message>
        <source>The card to drop before is not in this stage</source>
        <translation>Kortti, jonka eteen pudotetaan, ei ole tässä vaiheessa</translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation>kauppa %1</translation>
    </message>
    <message>
        <source>Cannot read the list of users</source>
        <translation>Käyttäjäluetteloa ei voi lukea</translation>
    </message>
    <message>
        <source>Cannot read the list of tags</source>
        <translation>Tunnisteluetteloa ei voi lukea</translation>
    </message>
</context>
<context>
    <name>kontor::BoardView</name>
    <message>
        <source>%1 · weighted %2</source>
        <translation>%1 · painotettu %2</translation>
    </message>
    <message>
        <source>No deals</source>
        <translation>Ei kauppoja</translation>
    </message>
    <message>
        <source>Filter by deal, company or contact</source>
        <translation>Suodata kaupan, yrityksen tai yhteyshenkilön mukaan</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Myyntiputki:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Omistaja:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Tunniste:</translation>
    </message>
    <message>
        <source>Stages…</source>
        <translation>Vaiheet…</translation>
    </message>
    <message>
        <source>Drop here: Won</source>
        <translation>Pudota tähän: Voitettu</translation>
    </message>
    <message>
        <source>Drop here: Lost</source>
        <translation>Pudota tähän: Hävitty</translation>
    </message>
    <message>
        <source>Move to Next Stage</source>
        <translation>Siirrä seuraavaan vaiheeseen</translation>
    </message>
    <message>
        <source>Move to Previous Stage</source>
        <translation>Siirrä edelliseen vaiheeseen</translation>
    </message>
    <message>
        <source>Mark Won</source>
        <translation>Merkitse voitetuksi</translation>
    </message>
    <message>
        <source>Mark Lost</source>
        <translation>Merkitse hävityksi</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Mikä tahansa tunniste</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n kauppa</numerusform>
            <numerusform>%n kauppaa</numerusform>
        </translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Avoimet: %1</translation>
    </message>
</context>
<context>
    <name>kontor::CalendarPage</name>
    <message>
        <source>Previous</source>
        <translation>Edellinen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seuraava</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Viikko</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Esityslista</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Vastuuhenkilö: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Birthday of %1</source>
        <translation>Syntymäpäivä: %1</translation>
    </message>
</context>
<context>
    <name>kontor::CalendarView</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 lisää</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>koko päivän</translation>
    </message>
    <message>
        <source>Nothing planned in the next two weeks.</source>
        <translation>Seuraavalle kahdelle viikolle ei ole suunniteltu mitään.</translation>
    </message>
</context>
<context>
    <name>kontor::CardDelegate</name>
    <message>
        <source>⚠ No next task</source>
        <translation>⚠ Ei seuraavaa tehtävää</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage · rotting</source>
        <translation>
            <numerusform>%n päivä vaiheessa · pysähtynyt</numerusform>
            <numerusform>%n päivää vaiheessa · pysähtynyt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n päivä vaiheessa</numerusform>
            <numerusform>%n päivää vaiheessa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::CardListModule</name>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>Open the card of the selected row (Enter)</source>
        <translation>Avaa valitun rivin kortti (Enter)</translation>
    </message>
</context>
<context>
    <name>kontor::CompanyCard</name>
    <message>
        <source>Unknown</source>
        <translation>Tuntematon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Virallinen nimi:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Toimiala:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Verkko&amp;sivusto:</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Puhelin:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Sä&amp;hköposti:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Katuosoite:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Postinumero:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>K&amp;aupunki:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Alue:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Maa:</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Myynti</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Lähde:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Omistaja:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Open website</source>
        <translation>Avaa verkkosivusto</translation>
    </message>
    <message>
        <source>Write email</source>
        <translation>Kirjoita sähköposti</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Soita</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Kauppa</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Kaupat</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Tee uudelleen</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ei kukaan</translation>
    </message>
    <message>
        <source>This company cannot be shown: %1</source>
        <translation>Tätä yritystä ei voi näyttää: %1</translation>
    </message>
    <message>
        <source>This company is in the trash. Restore it from the Trash to edit it.</source>
        <translation>Tämä yritys on roskakorissa. Palauta se roskakorista, jos haluat muokata sitä.</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Henkilöt (%1)</translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>Kaupat (%1)</translation>
    </message>
    <message>
        <source>%1 — Company</source>
        <translation>%1 — Yritys</translation>
    </message>
    <message>
        <source>Nothing was saved: please fix the fields marked in red.</source>
        <translation>Mitään ei tallennettu: korjaa punaisella merkityt kentät.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Mitään ei tallennettu: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Tallennetaanko kohteen %1 muutokset ennen sulkemista?</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Mukautetut kentät</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>Uusi tehtävä</translation>
    </message>
    <message>
        <source>Plan a call, meeting or to-do with this company (Ctrl+T)</source>
        <translation>Suunnittele puhelu, tapaaminen tai tehtävä tämän yrityksen kanssa (Ctrl+T)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Muokkaa: %1</translation>
    </message>
    <message>
        <source>Custom fields were not saved: %1</source>
        <translation>Mukautettuja kenttiä ei tallennettu: %1</translation>
    </message>
</context>
<context>
    <name>kontor::CompanyRepository</name>
    <message>
        <source>A company needs a name</source>
        <translation>Yrityksellä on oltava nimi</translation>
    </message>
    <message>
        <source>Cannot save the new company</source>
        <translation>Uutta yritystä ei voi tallentaa</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Kohdetta %1 ei voi lukea</translation>
    </message>
    <message>
        <source>This company does not exist</source>
        <translation>Tätä yritystä ei ole olemassa</translation>
    </message>
    <message>
        <source>This company is in the trash</source>
        <translation>Tämä yritys on roskakorissa</translation>
    </message>
    <message>
        <source>Cannot look up the company &quot;%1&quot;</source>
        <translation>Yritystä &quot;%1&quot; ei voi hakea</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>Kohdetta %1 ei voi tallentaa</translation>
    </message>
    <message>
        <source>Cannot read the company list</source>
        <translation>Yritysluetteloa ei voi lukea</translation>
    </message>
    <message>
        <source>Cannot count companies</source>
        <translation>Yrityksiä ei voi laskea</translation>
    </message>
    <message>
        <source>Cannot read the companies</source>
        <translation>Yrityksiä ei voi lukea</translation>
    </message>
</context>
<context>
    <name>kontor::CompleteTaskCommand</name>
    <message>
        <source>Complete &quot;%1&quot;</source>
        <translation>Suorita &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>kontor::CompleteTaskDialog</name>
    <message>
        <source>Complete Task</source>
        <translation>Merkitse tehtävä valmiiksi</translation>
    </message>
    <message>
        <source>What came of it? e.g. Interested, wants a discount</source>
        <translation>Mitä siitä seurasi? esim. Kiinnostunut, haluaa alennuksen</translation>
    </message>
    <message>
        <source>&amp;Log it on the timeline as a %1</source>
        <translation>&amp;Kirjaa se aikajanalle tyypillä %1</translation>
    </message>
    <message>
        <source>Schedule the &amp;next step</source>
        <translation>Ajoita &amp;seuraava vaihe</translation>
    </message>
    <message>
        <source>e.g. Send the revised offer</source>
        <translation>esim. Lähetä päivitetty tarjous</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Otsikko:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Määräpäivä:</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>Merkitse &amp;valmiiksi</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Tulos:</translation>
    </message>
    <message>
        <source>Name the next step, or untick &quot;Schedule the next step&quot;.</source>
        <translation>Nimeä seuraava vaihe tai poista valinta kohdasta &quot;Ajoita seuraava vaihe&quot;.</translation>
    </message>
    <message>
        <source>Write a few words about what happened.</source>
        <translation>Kirjoita muutama sana tapahtuneesta.</translation>
    </message>
</context>
<context>
    <name>kontor::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Yhdistä palvelimeen</translation>
    </message>
    <message>
        <source>e.g. crm.example.com</source>
        <translation>esim. crm.example.com</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Muista salasana järjestelmän avainnipussa</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Isäntä:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Portti:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Tietokanta:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Käyttäjä:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Yhdistä</translation>
    </message>
    <message>
        <source>The password is kept in your system keychain, never in Kontor&apos;s settings.</source>
        <translation>Salasana säilytetään järjestelmän avainnipussa, ei koskaan Kontorin asetuksissa.</translation>
    </message>
    <message>
        <source>No password keychain is running on this computer, so Kontor will ask for the password each time you connect. It is never saved in a file.</source>
        <translation>Tässä tietokoneessa ei ole käynnissä salasanojen avainnippua, joten Kontor kysyy salasanaa aina, kun muodostat yhteyden. Sitä ei koskaan tallenneta tiedostoon.</translation>
    </message>
    <message>
        <source>Enter the name or address of the server.</source>
        <translation>Anna palvelimen nimi tai osoite.</translation>
    </message>
    <message>
        <source>A server name cannot contain spaces.</source>
        <translation>Palvelimen nimessä ei voi olla välilyöntejä.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Anna palvelimella olevan tietokannan nimi.</translation>
    </message>
    <message>
        <source>Enter the user name you sign in with.</source>
        <translation>Anna käyttäjänimi, jolla kirjaudut.</translation>
    </message>
</context>
<context>
    <name>kontor::ContactBulkActions</name>
    <message>
        <source>Tag…</source>
        <translation>Tunniste…</translation>
    </message>
    <message>
        <source>Add a tag to the selected contacts</source>
        <translation>Lisää tunniste valituille yhteyshenkilöille</translation>
    </message>
    <message>
        <source>Untag…</source>
        <translation>Poista tunniste…</translation>
    </message>
    <message>
        <source>Remove a tag from the selected contacts</source>
        <translation>Poista tunniste valituilta yhteyshenkilöiltä</translation>
    </message>
    <message>
        <source>Owner…</source>
        <translation>Omistaja…</translation>
    </message>
    <message>
        <source>Assign the selected contacts to a manager</source>
        <translation>Määritä valitut yhteyshenkilöt myyjälle</translation>
    </message>
    <message>
        <source>Status…</source>
        <translation>Tila…</translation>
    </message>
    <message>
        <source>Change the status of the selected contacts</source>
        <translation>Vaihda valittujen yhteyshenkilöiden tila</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Vie…</translation>
    </message>
    <message>
        <source>Save the selected contacts as CSV, Excel, vCard or JSON</source>
        <translation>Tallenna valitut yhteyshenkilöt CSV-, Excel-, vCard- tai JSON-muodossa</translation>
    </message>
    <message>
        <source>Select one or more contacts first.</source>
        <translation>Valitse ensin yksi tai useampi yhteyshenkilö.</translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln contact(s) “%1”</source>
        <translation>
            <numerusform>Lisää tunniste ”%1” %Ln yhteyshenkilölle</numerusform>
            <numerusform>Lisää tunniste ”%1” %Ln yhteyshenkilölle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag “%1” from %Ln contact(s)</source>
        <translation>
            <numerusform>Poista tunniste ”%1” %Ln yhteyshenkilöltä</numerusform>
            <numerusform>Poista tunniste ”%1” %Ln yhteyshenkilöltä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln contact(s)</source>
        <translation>
            <numerusform>Määritä %Ln yhteyshenkilö</numerusform>
            <numerusform>Määritä %Ln yhteyshenkilöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %Ln contact(s) to %1</source>
        <translation>
            <numerusform>Aseta %Ln yhteyshenkilön tilaksi %1</numerusform>
            <numerusform>Aseta %Ln yhteyshenkilön tilaksi %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: the selected contacts already had that.</source>
        <translation>Ei muutettavaa: valituilla yhteyshenkilöillä oli jo tämä arvo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) changed. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%Ln yhteyshenkilö muutettiin. Kumoa painamalla Ctrl+Z.</numerusform>
            <numerusform>%Ln yhteyshenkilöä muutettiin. Kumoa painamalla Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Lisää tunniste</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Poista tunniste</translation>
    </message>
    <message numerus="yes">
        <source>Tag to add to %Ln contact(s):</source>
        <translation>
            <numerusform>Tunniste, joka lisätään %Ln yhteyshenkilölle:</numerusform>
            <numerusform>Tunniste, joka lisätään %Ln yhteyshenkilölle:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to remove from %Ln contact(s):</source>
        <translation>
            <numerusform>Tunniste, joka poistetaan %Ln yhteyshenkilöltä:</numerusform>
            <numerusform>Tunniste, joka poistetaan %Ln yhteyshenkilöltä:</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign Owner</source>
        <translation>Määritä omistaja</translation>
    </message>
    <message numerus="yes">
        <source>Owner of %Ln contact(s):</source>
        <translation>
            <numerusform>%Ln yhteyshenkilön omistaja:</numerusform>
            <numerusform>%Ln yhteyshenkilön omistaja:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ei kukaan</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>Vaihda tila</translation>
    </message>
    <message numerus="yes">
        <source>Status of %Ln contact(s):</source>
        <translation>
            <numerusform>%Ln yhteyshenkilön tila:</numerusform>
            <numerusform>%Ln yhteyshenkilön tila:</numerusform>
        </translation>
    </message>
    <message>
        <source>Kontor exports .csv, .xlsx, .vcf and .json files, not “%1”.</source>
        <translation>Kontor vie .csv-, .xlsx-, .vcf- ja .json-tiedostoja, ei muotoa ”%1”.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kohteeseen %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Vienti epäonnistui: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln yhteyshenkilö vietiin kohteeseen %1.</numerusform>
            <numerusform>%Ln yhteyshenkilöä vietiin kohteeseen %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ContactBulkEditor</name>
    <message>
        <source>Type the name of the tag to add</source>
        <translation>Kirjoita lisättävän tunnisteen nimi</translation>
    </message>
    <message>
        <source>Cannot tag the selected contacts</source>
        <translation>Valituille yhteyshenkilöille ei voi lisätä tunnistetta</translation>
    </message>
    <message>
        <source>Type the name of the tag to remove</source>
        <translation>Kirjoita poistettavan tunnisteen nimi</translation>
    </message>
    <message>
        <source>There is no tag &quot;%1&quot;</source>
        <translation>Tunnistetta &quot;%1&quot; ei ole</translation>
    </message>
    <message>
        <source>Cannot untag the selected contacts</source>
        <translation>Tunnistetta ei voi poistaa valituilta yhteyshenkilöiltä</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (lead, prospect or customer)</source>
        <translation>&quot;%1&quot; ei ole tila (liidi, prospekti tai asiakas)</translation>
    </message>
    <message>
        <source>Cannot change the selected contacts</source>
        <translation>Valittuja yhteyshenkilöitä ei voi muuttaa</translation>
    </message>
    <message>
        <source>Cannot undo the change</source>
        <translation>Muutosta ei voi kumota</translation>
    </message>
    <message>
        <source>Cannot read the tags</source>
        <translation>Tunnisteita ei voi lukea</translation>
    </message>
</context>
<context>
    <name>kontor::ContactCard</name>
    <message>
        <source>Write email</source>
        <translation>Kirjoita sähköposti</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Soita</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Siirrä roskakoriin</translation>
    </message>
    <message>
        <source>Start typing a company name</source>
        <translation>Ala kirjoittaa yrityksen nimeä</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>Open the company&apos;s card</source>
        <translation>Avaa yrityksen kortti</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Työ</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Henkilökohtainen</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Koti</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+ Add email</source>
        <translation>+ Lisää sähköposti</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Kirjoita</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Matkapuhelin</translation>
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
        <translation>+ Lisää puhelin</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kaupunki</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ei asetettu</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tuntematon</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Etunimi:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Sukunimi:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Tehtävänimike:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Yritys:</translation>
    </message>
    <message>
        <source>&amp;Role there:</source>
        <translation>&amp;Rooli yrityksessä:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>S&amp;yntymäpäivä:</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <source>Emails:</source>
        <translation>Sähköpostit:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Puhelimet:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Katuosoite:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Kaupunki:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Alue:</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Myynti</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>T&amp;ila:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Lämpötila:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Lä&amp;hde:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Omistaja:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Drop the unsaved edits</source>
        <translation>Hylkää tallentamattomat muutokset</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Tee uudelleen</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Ei roolia</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ei kukaan</translation>
    </message>
    <message>
        <source>This contact cannot be shown: %1</source>
        <translation>Tätä yhteyshenkilöä ei voi näyttää: %1</translation>
    </message>
    <message>
        <source>This contact is in the trash. Restore it from the Trash to edit it.</source>
        <translation>Tämä yhteyshenkilö on roskakorissa. Palauta se roskakorista, jos haluat muokata sitä.</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Rooli %1</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Käyttäjä %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ei nimeä)</translation>
    </message>
    <message>
        <source>%1 — Contact</source>
        <translation>%1 — Yhteyshenkilö</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Last contacted %1</source>
        <translation>Viimeisin yhteydenotto %1</translation>
    </message>
    <message>
        <source>Not contacted yet</source>
        <translation>Ei vielä yhteydenottoja</translation>
    </message>
    <message>
        <source>There is no company called “%1”. Pick one from the list, or add it under Companies first.</source>
        <translation>Yritystä nimeltä ”%1” ei ole. Valitse yritys luettelosta tai lisää se ensin Yritykset-kohdassa.</translation>
    </message>
    <message>
        <source>Nothing was saved: please fix the fields marked in red.</source>
        <translation>Mitään ei tallennettu: korjaa punaisella merkityt kentät.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Mitään ei tallennettu: %1</translation>
    </message>
    <message>
        <source>“%1” moved to the trash. Undo with Ctrl+Z.</source>
        <translation>”%1” siirrettiin roskakoriin. Kumoa painamalla Ctrl+Z.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Tallennetaanko kohteen %1 muutokset ennen sulkemista?</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>Uusi tehtävä</translation>
    </message>
    <message>
        <source>Plan a call, meeting or to-do with this person (Ctrl+T)</source>
        <translation>Suunnittele puhelu, tapaaminen tai tehtävä tämän henkilön kanssa (Ctrl+T)</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Mukautetut kentät</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Muokkaa: %1</translation>
    </message>
    <message>
        <source>Custom fields were not saved: %1</source>
        <translation>Mukautettuja kenttiä ei tallennettu: %1</translation>
    </message>
    <message>
        <source>@handle or profile address</source>
        <translation>@käyttäjänimi tai profiilin osoite</translation>
    </message>
    <message>
        <source>+ Add messenger or profile</source>
        <translation>+ Lisää pikaviestin tai profiili</translation>
    </message>
    <message>
        <source>Messengers, profiles:</source>
        <translation>Pikaviestimet, profiilit:</translation>
    </message>
    <message>
        <source>Change Photo…</source>
        <translation>Vaihda kuva…</translation>
    </message>
    <message>
        <source>A JPEG, PNG or GIF image of up to 4 MB</source>
        <translation>JPEG-, PNG- tai GIF-kuva, enintään 4 Mt</translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation>Poista kuva</translation>
    </message>
    <message>
        <source>Choose a Photo</source>
        <translation>Valitse kuva</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif)</source>
        <translation>Kuvat (*.jpg *.jpeg *.png *.gif)</translation>
    </message>
    <message>
        <source>Add Photo…</source>
        <translation>Lisää kuva…</translation>
    </message>
    <message>
        <source>The photo was not changed: “%1” cannot be read (%2).</source>
        <translation>Kuvaa ei vaihdettu: tiedostoa ”%1” ei voi lukea (%2).</translation>
    </message>
    <message>
        <source>The photo was not changed: “%1” — %2</source>
        <translation>Kuvaa ei vaihdettu: ”%1” — %2</translation>
    </message>
    <message>
        <source>The photo was not changed: %1</source>
        <translation>Kuvaa ei vaihdettu: %1</translation>
    </message>
    <message>
        <source>The photo was not removed: %1</source>
        <translation>Kuvaa ei poistettu: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ContactFilter</name>
    <message>
        <source>A filter is written key=value, not &quot;%1&quot;</source>
        <translation>Suodatin kirjoitetaan muodossa avain=arvo, ei &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>kontor::ContactFilterBar</name>
    <message>
        <source>any</source>
        <translation>mikä tahansa</translation>
    </message>
    <message>
        <source> days</source>
        <translation> päivää</translation>
    </message>
    <message>
        <source>any tag</source>
        <translation>mikä tahansa tunniste</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Mikä tahansa tila</translation>
    </message>
    <message>
        <source>Any temperature</source>
        <translation>Mikä tahansa lämpötila</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Mikä tahansa lähde</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>yrityksen nimi</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>VVVV-KK-PP</translation>
    </message>
    <message>
        <source>Only people not contacted for longer than this (or never)</source>
        <translation>Vain henkilöt, joihin ei ole otettu yhteyttä tätä pidempään aikaan (tai koskaan)</translation>
    </message>
    <message>
        <source>Only people contacted within this many days</source>
        <translation>Vain henkilöt, joihin on otettu yhteyttä näin monen päivän sisällä</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Mikä tahansa</translation>
    </message>
    <message>
        <source>Has an open deal</source>
        <translation>On avoin kauppa</translation>
    </message>
    <message>
        <source>No open deal</source>
        <translation>Ei avointa kauppaa</translation>
    </message>
    <message>
        <source>product SKU or name</source>
        <translation>tuotteen SKU tai nimi</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Käytä</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tyhjennä</translation>
    </message>
    <message>
        <source>Save as Segment…</source>
        <translation>Tallenna segmenttinä…</translation>
    </message>
    <message>
        <source>Keep this filter as a named segment, for you or the whole team</source>
        <translation>Säilytä tämä suodatin nimettynä segmenttinä itsellesi tai koko tiimille</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>O&amp;mistaja:</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>&amp;Tunniste:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>T&amp;ila:</translation>
    </message>
    <message>
        <source>Tem&amp;perature:</source>
        <translation>&amp;Lämpötila:</translation>
    </message>
    <message>
        <source>Sour&amp;ce:</source>
        <translation>Lä&amp;hde:</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>&amp;Yritys:</translation>
    </message>
    <message>
        <source>Created from:</source>
        <translation>Luotu alkaen:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>asti:</translation>
    </message>
    <message>
        <source>Not contacted for:</source>
        <translation>Ei yhteydenottoa:</translation>
    </message>
    <message>
        <source>Contacted within:</source>
        <translation>Yhteydenotto viimeisten:</translation>
    </message>
    <message>
        <source>Open deal:</source>
        <translation>Avoin kauppa:</translation>
    </message>
    <message>
        <source>Bought:</source>
        <translation>Ostanut:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Kuka tahansa</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Käyttäjä %1</translation>
    </message>
    <message>
        <source>Company %1</source>
        <translation>Yritys %1</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>”%1” ei ole päivämäärä; kirjoita se muodossa VVVV-KK-PP.</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Luotu alkaen</translation>
    </message>
    <message>
        <source>Created to</source>
        <translation>Luotu viimeistään</translation>
    </message>
    <message>
        <source>The “from” date is after the “to” date.</source>
        <translation>Alkupäivä on loppupäivän jälkeen.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>No company is named “%1”.</source>
        <translation>Yritystä nimeltä ”%1” ei ole.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Custom fields:</source>
        <translation>Mukautetut kentät:</translation>
    </message>
</context>
<context>
    <name>kontor::ContactMerger</name>
    <message>
        <source>contact %1 into contact %2</source>
        <translation>yhteyshenkilö %1 yhteyshenkilöön %2</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself</source>
        <translation>Yhteyshenkilöä ei voi yhdistää itseensä</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be chosen from contact %2 in this merge</source>
        <translation>Kohdetta &quot;%1&quot; ei voi valita yhteyshenkilöltä %2 tässä yhdistämisessä</translation>
    </message>
    <message>
        <source>Cannot merge the contacts</source>
        <translation>Yhteyshenkilöitä ei voi yhdistää</translation>
    </message>
    <message>
        <source>Contact %1 does not exist or is in the trash</source>
        <translation>Yhteyshenkilöä %1 ei ole olemassa tai se on roskakorissa</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>yhteyshenkilö %1</translation>
    </message>
    <message>
        <source>contact %1 from contact %2</source>
        <translation>yhteyshenkilö %1 yhteyshenkilöstä %2</translation>
    </message>
    <message>
        <source>Cannot undo the merge</source>
        <translation>Yhdistämistä ei voi kumota</translation>
    </message>
    <message>
        <source>There is no merge of these contacts to undo</source>
        <translation>Näiden yhteyshenkilöiden yhdistämistä ei ole kumottavaksi</translation>
    </message>
</context>
<context>
    <name>kontor::ContactPhotoRepository</name>
    <message>
        <source>Cannot read the contact&apos;s photo</source>
        <translation>Yhteyshenkilön kuvaa ei voi lukea</translation>
    </message>
    <message>
        <source>The photo is not a JPEG, PNG or GIF image.</source>
        <translation>Kuva ei ole JPEG-, PNG- tai GIF-kuva.</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>yhteyshenkilö %1</translation>
    </message>
    <message>
        <source>The photo is larger than %1 MB.</source>
        <translation>Kuva on suurempi kuin %1 Mt.</translation>
    </message>
    <message>
        <source>Cannot save the contact&apos;s photo</source>
        <translation>Yhteyshenkilön kuvaa ei voi tallentaa</translation>
    </message>
    <message>
        <source>Cannot remove the contact&apos;s photo</source>
        <translation>Yhteyshenkilön kuvaa ei voi poistaa</translation>
    </message>
</context>
<context>
    <name>kontor::ContactRepository</name>
    <message>
        <source>A contact needs a name or an email address</source>
        <translation>Yhteyshenkilöllä on oltava nimi tai sähköpostiosoite</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>&quot;%1&quot; ei ole sähköpostiosoite</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;</source>
        <translation>Tuntematon tila &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unknown temperature &quot;%1&quot;</source>
        <translation>Tuntematon lämpötila &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot save the new contact</source>
        <translation>Uutta yhteyshenkilöä ei voi tallentaa</translation>
    </message>
    <message>
        <source>Cannot save the emails and phones of %1</source>
        <translation>Kohteen %1 sähköposteja ja puhelinnumeroita ei voi tallentaa</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Kohdetta %1 ei voi lukea</translation>
    </message>
    <message>
        <source>This contact does not exist</source>
        <translation>Tätä yhteyshenkilöä ei ole olemassa</translation>
    </message>
    <message>
        <source>This contact is in the trash</source>
        <translation>Tämä yhteyshenkilö on roskakorissa</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>Kohdetta %1 ei voi tallentaa</translation>
    </message>
    <message>
        <source>Cannot read the contact list</source>
        <translation>Yhteyshenkilöluetteloa ei voi lukea</translation>
    </message>
    <message>
        <source>Cannot count contacts</source>
        <translation>Yhteyshenkilöitä ei voi laskea</translation>
    </message>
    <message>
        <source>Cannot read the contacts</source>
        <translation>Yhteystietoja ei voi lukea</translation>
    </message>
</context>
<context>
    <name>kontor::CsvWriter</name>
    <message>
        <source>Cannot write the CSV file.</source>
        <translation>CSV-tiedostoon ei voi kirjoittaa.</translation>
    </message>
</context>
<context>
    <name>kontor::CustomCondition</name>
    <message>
        <source>includes</source>
        <translation>sisältää</translation>
    </message>
    <message>
        <source>is on</source>
        <translation>on päivänä</translation>
    </message>
    <message>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <source>is</source>
        <translation>on</translation>
    </message>
    <message>
        <source>does not include</source>
        <translation>ei sisällä</translation>
    </message>
    <message>
        <source>is not on</source>
        <translation>ei ole päivänä</translation>
    </message>
    <message>
        <source>≠</source>
        <translation>≠</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ei ole</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>sisältää</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>on ennen</translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <source>is on or before</source>
        <translation>on viimeistään</translation>
    </message>
    <message>
        <source>≤</source>
        <translation>≤</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>on jälkeen</translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <source>is on or after</source>
        <translation>on aikaisintaan</translation>
    </message>
    <message>
        <source>≥</source>
        <translation>≥</translation>
    </message>
    <message>
        <source>has a value</source>
        <translation>sisältää arvon</translation>
    </message>
    <message>
        <source>has no value</source>
        <translation>ei sisällä arvoa</translation>
    </message>
    <message>
        <source>A custom-field condition is written custom:Field=value (or !=, &lt;, &lt;=, &gt;, &gt;=, ~ for contains), not &quot;%1&quot;</source>
        <translation>Mukautetun kentän ehto kirjoitetaan muodossa custom:Kenttä=arvo (tai !=, &lt;, &lt;=, &gt;, &gt;=, ~ sisältää-vertailulle), ei &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a comparison: use =, !=, &lt;, &lt;=, &gt;, &gt;= or ~</source>
        <translation>&quot;%1&quot; ei ole vertailu: käytä merkkejä =, !=, &lt;, &lt;=, &gt;, &gt;= tai ~</translation>
    </message>
    <message>
        <source>The condition on &quot;%1&quot; needs a value (or * for any value)</source>
        <translation>Kentän &quot;%1&quot; ehto tarvitsee arvon (tai * mille tahansa arvolle)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can only be compared with a number or a date (YYYY-MM-DD)</source>
        <translation>Kenttää &quot;%1&quot; voi verrata vain lukuun tai päivämäärään (VVVV-KK-PP)</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; (%2) cannot be filtered with &quot;%3&quot;</source>
        <translation>Kenttää &quot;%1&quot; (%2) ei voi suodattaa ehdolla &quot;%3&quot;</translation>
    </message>
    <message>
        <source>The condition on &quot;%1&quot; needs a value</source>
        <translation>Kentän &quot;%1&quot; ehto tarvitsee arvon</translation>
    </message>
</context>
<context>
    <name>kontor::CustomConditionRow</name>
    <message>
        <source>Remove this condition</source>
        <translation>Poista tämä ehto</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (poistettu)</translation>
    </message>
    <message>
        <source>Choose or type the value to compare with.</source>
        <translation>Valitse tai kirjoita arvo, johon verrataan.</translation>
    </message>
</context>
<context>
    <name>kontor::CustomConditionsEditor</name>
    <message>
        <source>+ Add Condition</source>
        <translation>+ Lisää ehto</translation>
    </message>
    <message>
        <source>Narrow the list by a custom field: all conditions must hold</source>
        <translation>Rajaa luetteloa mukautetun kentän mukaan: kaikkien ehtojen on täytyttävä</translation>
    </message>
    <message>
        <source>There are no custom fields for contacts yet (Settings → Custom Fields…)</source>
        <translation>Yhteyshenkilöille ei vielä ole mukautettuja kenttiä (Asetukset → Mukautetut kentät…)</translation>
    </message>
</context>
<context>
    <name>kontor::CustomField</name>
    <message>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Luku</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Kyllä / ei</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Yksi valinta</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Monivalinta</translation>
    </message>
    <message>
        <source>Unknown field type &quot;%1&quot; (use text, number, date, bool, choice or multichoice)</source>
        <translation>Tuntematon kenttätyyppi &quot;%1&quot; (käytä arvoa text, number, date, bool, choice tai multichoice)</translation>
    </message>
    <message>
        <source>Custom fields belong to contacts, companies or deals, not &quot;%1&quot;</source>
        <translation>Mukautetut kentät kuuluvat yhteyshenkilöille, yrityksille tai kaupoille, ei kohteelle &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A custom field needs a name</source>
        <translation>Mukautetulla kentällä on oltava nimi</translation>
    </message>
    <message>
        <source>A choice field needs at least one option</source>
        <translation>Valintakentällä on oltava vähintään yksi vaihtoehto</translation>
    </message>
    <message>
        <source>An option cannot be empty</source>
        <translation>Vaihtoehto ei voi olla tyhjä</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; is listed twice</source>
        <translation>Vaihtoehto &quot;%1&quot; on luettelossa kahdesti</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices of %2 (%3)</source>
        <translation>&quot;%1&quot; ei ole kentän %2 vaihtoehto (%3)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
</context>
<context>
    <name>kontor::CustomFieldRepository</name>
    <message>
        <source>Cannot read the custom fields</source>
        <translation>Mukautettuja kenttiä ei voi lukea</translation>
    </message>
    <message>
        <source>Cannot read the custom field</source>
        <translation>Mukautettua kenttää ei voi lukea</translation>
    </message>
    <message>
        <source>This custom field does not exist</source>
        <translation>Tätä mukautettua kenttää ei ole olemassa</translation>
    </message>
    <message>
        <source>custom field %1</source>
        <translation>mukautettu kenttä %1</translation>
    </message>
    <message>
        <source>There is no custom field &quot;%1&quot;</source>
        <translation>Mukautettua kenttää &quot;%1&quot; ei ole</translation>
    </message>
    <message>
        <source>Cannot add the %1</source>
        <translation>Kohdetta %1 ei voi lisätä</translation>
    </message>
    <message>
        <source>There is already a field named &quot;%1&quot;</source>
        <translation>Kenttä nimeltä &quot;%1&quot; on jo olemassa</translation>
    </message>
    <message>
        <source>Cannot save the %1</source>
        <translation>Kohdetta %1 ei voi tallentaa</translation>
    </message>
    <message>
        <source>The type of &quot;%1&quot; cannot change while records have a value in it</source>
        <translation>Kentän &quot;%1&quot; tyyppiä ei voi muuttaa, kun tietueilla on siinä arvo</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; is still used by some records</source>
        <translation>Vaihtoehto &quot;%1&quot; on yhä joidenkin tietueiden käytössä</translation>
    </message>
    <message>
        <source>Cannot delete the custom field</source>
        <translation>Mukautettua kenttää ei voi poistaa</translation>
    </message>
    <message>
        <source>Cannot restore the custom field</source>
        <translation>Mukautettua kenttää ei voi palauttaa</translation>
    </message>
    <message>
        <source>Cannot read the custom field values</source>
        <translation>Mukautettujen kenttien arvoja ei voi lukea</translation>
    </message>
    <message>
        <source>Cannot save the custom fields</source>
        <translation>Mukautettuja kenttiä ei voi tallentaa</translation>
    </message>
    <message>
        <source>This record does not exist</source>
        <translation>Tätä tietuetta ei ole olemassa</translation>
    </message>
</context>
<context>
    <name>kontor::CustomFieldsDialog</name>
    <message>
        <source>Custom Fields</source>
        <translation>Mukautetut kentät</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Yritykset</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Kaupat</translation>
    </message>
    <message>
        <source>New Field</source>
        <translation>Uusi kenttä</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Siirrä alas</translation>
    </message>
    <message>
        <source>e.g. Region, Budget, Contract end</source>
        <translation>esim. Alue, Budjetti, Sopimuksen päättyminen</translation>
    </message>
    <message>
        <source>Choices (one per line):</source>
        <translation>Vaihtoehdot (yksi riviä kohden):</translation>
    </message>
    <message>
        <source>Save Field</source>
        <translation>Tallenna kenttä</translation>
    </message>
    <message>
        <source>Delete Field</source>
        <translation>Poista kenttä</translation>
    </message>
    <message>
        <source>Hide this field and its values everywhere</source>
        <translation>Piilota tämä kenttä ja sen arvot kaikkialta</translation>
    </message>
    <message>
        <source>Undo Delete</source>
        <translation>Kumoa poisto</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tyyppi:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>Lisää kenttä</translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation>”%1” tallennettiin.</translation>
    </message>
    <message>
        <source>“%1” added.</source>
        <translation>”%1” lisättiin.</translation>
    </message>
    <message>
        <source>“%1” deleted with its values.</source>
        <translation>”%1” poistettiin arvoineen.</translation>
    </message>
    <message>
        <source>The field is back with its values.</source>
        <translation>Kenttä on palautettu arvoineen.</translation>
    </message>
</context>
<context>
    <name>kontor::CustomFieldsForm</name>
    <message>
        <source>Custom fields cannot be shown: %1</source>
        <translation>Mukautettuja kenttiä ei voi näyttää: %1</translation>
    </message>
    <message>
        <source>Some custom fields have values that do not fit them.</source>
        <translation>Joidenkin mukautettujen kenttien arvot eivät sovi niihin.</translation>
    </message>
    <message>
        <source>Custom fields were not saved: %1</source>
        <translation>Mukautettuja kenttiä ei tallennettu: %1</translation>
    </message>
</context>
<context>
    <name>kontor::CustomListColumns</name>
    <message>
        <source>Custom fields</source>
        <translation>Mukautetut kentät</translation>
    </message>
</context>
<context>
    <name>kontor::CustomValueEditor</name>
    <message>
        <source>A number, e.g. 1250 or 12.5</source>
        <translation>Luku, esim. 1250 tai 12.5</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ei asetettu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
</context>
<context>
    <name>kontor::CustomValuesCommand</name>
    <message>
        <source>Edit custom fields</source>
        <translation>Muokkaa mukautettuja kenttiä</translation>
    </message>
</context>
<context>
    <name>kontor::DashboardModule</name>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Avoin myyntiputki</translation>
    </message>
    <message>
        <source>Won this month</source>
        <translation>Voitettu tässä kuussa</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Myöhässä olevat tehtävät</translation>
    </message>
    <message>
        <source>New leads this week</source>
        <translation>Uudet liidit tällä viikolla</translation>
    </message>
    <message>
        <source>Stale deals</source>
        <translation>Pysähtyneet kaupat</translation>
    </message>
    <message>
        <source>Click to list the records behind this figure.</source>
        <translation>Napsauta, niin näet luvun taustalla olevat tietueet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Won per month&lt;/b&gt; (last 6 months, click a bar for the deals)</source>
        <translation>&lt;b&gt;Voitetut kuukausittain&lt;/b&gt; (viimeiset 6 kuukautta, napsauta palkkia nähdäksesi kaupat)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Funnel&lt;/b&gt; of the deals created in the last 3 months</source>
        <translation>&lt;b&gt;Myyntisuppilo&lt;/b&gt;: viimeisten 3 kuukauden aikana luodut kaupat</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Lasketaan…</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n avoin kauppa</numerusform>
            <numerusform>%n avointa kauppaa</numerusform>
        </translation>
    </message>
    <message>
        <source>of %1 plan (%2)</source>
        <translation>%1 suunnitelmasta (%2)</translation>
    </message>
    <message>
        <source>no plan for this month</source>
        <translation>ei suunnitelmaa tälle kuulle</translation>
    </message>
    <message>
        <source>idle past their stage&apos;s limit</source>
        <translation>olleet toimettomina yli vaiheensa rajan</translation>
    </message>
    <message>
        <source>Amounts in %1. Updated %2.</source>
        <translation>Summat valuutassa %1. Päivitetty %2.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Koontinäyttö</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Kaikki omistajat</translation>
    </message>
    <message>
        <source>Figures of</source>
        <translation>Luvut:</translation>
    </message>
</context>
<context>
    <name>kontor::Database</name>
    <message>
        <source>Cannot create the folder for the database</source>
        <translation>Tietokannan kansiota ei voi luoda</translation>
    </message>
    <message>
        <source>The database driver is not installed</source>
        <translation>Tietokanta-ajuria ei ole asennettu</translation>
    </message>
    <message>
        <source>Cannot open the database file</source>
        <translation>Tietokantatiedostoa ei voi avata</translation>
    </message>
    <message>
        <source>Cannot connect to the database server</source>
        <translation>Tietokantapalvelimeen ei voi muodostaa yhteyttä</translation>
    </message>
    <message>
        <source>The database refused Kontor&apos;s settings</source>
        <translation>Tietokanta hylkäsi Kontorin asetukset</translation>
    </message>
</context>
<context>
    <name>kontor::DealCard</name>
    <message>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <source>Role in the deal</source>
        <translation>Rooli kaupassa</translation>
    </message>
    <message>
        <source>Add a person: start typing a name</source>
        <translation>Lisää henkilö: ala kirjoittaa nimeä</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>The first person is the deal&apos;s main contact.</source>
        <translation>Ensimmäinen henkilö on kaupan pääyhteyshenkilö.</translation>
    </message>
    <message>
        <source>Add Product</source>
        <translation>Lisää tuote</translation>
    </message>
    <message>
        <source>Add Line…</source>
        <translation>Lisää rivi…</translation>
    </message>
    <message>
        <source>A line that is not in the catalogue: a service, a fee</source>
        <translation>Rivi, jota ei ole tuoteluettelossa: palvelu, maksu</translation>
    </message>
    <message>
        <source>Add Line</source>
        <translation>Lisää rivi</translation>
    </message>
    <message>
        <source>What is it:</source>
        <translation>Mikä se on:</translation>
    </message>
    <message>
        <source>Lower it to the minimum to use the stage&apos;s probability</source>
        <translation>Laske se minimiin, niin käytetään vaiheen todennäköisyyttä</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ei asetettu</translation>
    </message>
    <message>
        <source>Start typing a company name</source>
        <translation>Ala kirjoittaa yrityksen nimeä</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tuntematon</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Kauppa</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Otsikko:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Summa:</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>&amp;Todennäköisyys:</translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation>&amp;Arvioitu sulkemispäivä:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>O&amp;mistaja:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Lähde:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Yritys:</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Henkilöt:</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Mukautetut kentät</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Tuotteet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Drop the unsaved edits</source>
        <translation>Hylkää tallentamattomat muutokset</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>Uusi tehtävä</translation>
    </message>
    <message>
        <source>Plan the next call, meeting or to-do for this deal (Ctrl+T)</source>
        <translation>Suunnittele tämän kaupan seuraava puhelu, tapaaminen tai tehtävä (Ctrl+T)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Vaiheet</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Tee uudelleen</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ei kukaan</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The catalogue is empty</source>
        <translation>Tuoteluettelo on tyhjä</translation>
    </message>
    <message>
        <source>This deal cannot be shown: %1</source>
        <translation>Tätä kauppaa ei voi näyttää: %1</translation>
    </message>
    <message>
        <source>This deal is in the trash. Restore it from the Trash to edit it.</source>
        <translation>Tämä kauppa on roskakorissa. Palauta se roskakorista, jos haluat muokata sitä.</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Käyttäjä %1</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ei otsikkoa)</translation>
    </message>
    <message>
        <source>%1 — Deal</source>
        <translation>%1 — Kauppa</translation>
    </message>
    <message>
        <source>%1 · %2 % likely · created %3</source>
        <translation>%1 · %2 % todennäköisyys · luotu %3</translation>
    </message>
    <message>
        <source>Stage default (%1 %)</source>
        <translation>Vaiheen oletus (%1 %)</translation>
    </message>
    <message>
        <source>The total of the products below.</source>
        <translation>Alla olevien tuotteiden yhteissumma.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Yhteensä: %1</translation>
    </message>
    <message>
        <source>No products: the amount is typed in above.</source>
        <translation>Ei tuotteita: summa kirjoitetaan yllä.</translation>
    </message>
    <message>
        <source>Nothing was saved: “%1” is not an amount such as 12500.00.</source>
        <translation>Mitään ei tallennettu: ”%1” ei ole summa, kuten 12500.00.</translation>
    </message>
    <message>
        <source>Nothing was saved: there is no company called “%1”. Pick one from the list, or add it under Companies first.</source>
        <translation>Mitään ei tallennettu: yritystä nimeltä ”%1” ei ole. Valitse yritys luettelosta tai lisää se ensin Yritykset-kohdassa.</translation>
    </message>
    <message>
        <source>Nothing was saved: please fix the fields marked in red.</source>
        <translation>Mitään ei tallennettu: korjaa punaisella merkityt kentät.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Mitään ei tallennettu: %1</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Muokkaa kohdetta ”%1”</translation>
    </message>
    <message>
        <source>Custom fields were not saved: %1</source>
        <translation>Mukautettuja kenttiä ei tallennettu: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Tallennetaanko kohteen %1 muutokset ennen sulkemista?</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Moves the deal at once; Ctrl+Z moves it back</source>
        <translation>Siirtää kaupan heti; Ctrl+Z siirtää sen takaisin</translation>
    </message>
    <message>
        <source>%1 (won)</source>
        <translation>%1 (voitettu)</translation>
    </message>
    <message>
        <source>%1 (lost)</source>
        <translation>%1 (hävitty)</translation>
    </message>
</context>
<context>
    <name>kontor::DealHistoryDialog</name>
    <message>
        <source>Stage History of “%1”</source>
        <translation>Kaupan ”%1” vaihehistoria</translation>
    </message>
</context>
<context>
    <name>kontor::DealRepository</name>
    <message>
        <source>A deal needs a title</source>
        <translation>Kaupalla on oltava otsikko</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as EUR or USD</source>
        <translation>&quot;%1&quot; ei ole valuuttakoodi, kuten EUR tai USD</translation>
    </message>
    <message>
        <source>A deal amount cannot be negative</source>
        <translation>Kaupan summa ei voi olla negatiivinen</translation>
    </message>
    <message>
        <source>The win probability must be between 0 and 100 %</source>
        <translation>Voittotodennäköisyyden on oltava välillä 0–100 %</translation>
    </message>
    <message>
        <source>Cannot save the new deal</source>
        <translation>Uutta kauppaa ei voi tallentaa</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Kohdetta %1 ei voi lukea</translation>
    </message>
    <message>
        <source>This deal does not exist</source>
        <translation>Tätä kauppaa ei ole olemassa</translation>
    </message>
    <message>
        <source>This deal is in the trash</source>
        <translation>Tämä kauppa on roskakorissa</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>Kohdetta %1 ei voi tallentaa</translation>
    </message>
    <message>
        <source>The stage belongs to another pipeline</source>
        <translation>Vaihe kuuluu toiseen myyntiputkeen</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>vaihe %1</translation>
    </message>
    <message>
        <source>Cannot move %1 to the stage &quot;%2&quot;</source>
        <translation>Kohdetta %1 ei voi siirtää vaiheeseen &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Cannot read the deal list</source>
        <translation>Kauppaluetteloa ei voi lukea</translation>
    </message>
    <message>
        <source>Cannot count deals</source>
        <translation>Kauppoja ei voi laskea</translation>
    </message>
    <message>
        <source>Cannot read the stage history of %1</source>
        <translation>Kohteen %1 vaihehistoriaa ei voi lukea</translation>
    </message>
    <message>
        <source>The currency of a deal with products cannot change; remove the products first</source>
        <translation>Tuotteita sisältävän kaupan valuuttaa ei voi muuttaa; poista ensin tuotteet</translation>
    </message>
    <message>
        <source>Say why the deal was lost: pick a lost reason</source>
        <translation>Kerro, miksi kauppa hävittiin: valitse häviämisen syy</translation>
    </message>
    <message>
        <source>The pipeline &quot;%1&quot; has no won stage</source>
        <translation>Myyntiputkessa &quot;%1&quot; ei ole voitettu-vaihetta</translation>
    </message>
    <message>
        <source>The pipeline &quot;%1&quot; has no lost stage</source>
        <translation>Myyntiputkessa &quot;%1&quot; ei ole hävitty-vaihetta</translation>
    </message>
    <message>
        <source>Cannot save the lost note of %1</source>
        <translation>Kohteen %1 häviämishuomautusta ei voi tallentaa</translation>
    </message>
    <message>
        <source>Cannot sum the deals</source>
        <translation>Kauppojen summaa ei voi laskea</translation>
    </message>
    <message>
        <source>Cannot read the people of %1</source>
        <translation>Kohteen %1 henkilöitä ei voi lukea</translation>
    </message>
    <message>
        <source>Pick an existing contact</source>
        <translation>Valitse olemassa oleva yhteyshenkilö</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 on luettelossa kahdesti</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>yhteyshenkilö %1</translation>
    </message>
    <message>
        <source>Cannot save the people of %1</source>
        <translation>Kohteen %1 henkilöitä ei voi tallentaa</translation>
    </message>
    <message>
        <source>Cannot read the deals</source>
        <translation>Kauppoja ei voi lukea</translation>
    </message>
</context>
<context>
    <name>kontor::DealsListModel</name>
    <message>
        <source>Deal</source>
        <translation>Kauppa</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Arvioitu sulkemispäivä</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Omistaja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>kontor::DealsListView</name>
    <message>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Voitettu</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Hävitty</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Mikä tahansa tila</translation>
    </message>
    <message>
        <source>Filter by deal, company or contact</source>
        <translation>Suodata kaupan, yrityksen tai yhteyshenkilön mukaan</translation>
    </message>
    <message>
        <source>Export Selection…</source>
        <translation>Vie valinta…</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Myyntiputki:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Omistaja:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Tunniste:</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>Kaikki myyntiputket</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Mikä tahansa tunniste</translation>
    </message>
    <message>
        <source>%1 (weighted %2)</source>
        <translation>%1 (painotettu %2)</translation>
    </message>
    <message>
        <source>No deals match.</source>
        <translation>Mikään kauppa ei vastaa hakua.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s): %1</source>
        <translation>
            <numerusform>%n kauppa: %1</numerusform>
            <numerusform>%n kauppaa: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the deals to export first</source>
        <translation>Valitse ensin vietävät kaupat</translation>
    </message>
    <message>
        <source>Deals export to .csv, .xlsx or .json, not “.%1”</source>
        <translation>Kaupat viedään .csv-, .xlsx- tai .json-muotoon, ei muotoon ”.%1”</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Tiedostoon ei voi kirjoittaa: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deal(s) to %1.</source>
        <translation>
            <numerusform>%n kauppa vietiin kohteeseen %1.</numerusform>
            <numerusform>%n kauppaa vietiin kohteeseen %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open, no next step</source>
        <translation>Avoin, ei seuraavaa vaihetta</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sarakkeet</translation>
    </message>
    <message>
        <source>Choose the columns this list shows, custom fields included</source>
        <translation>Valitse sarakkeet, jotka tässä luettelossa näytetään, mukautetut kentät mukaan lukien</translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation>Lasketaan yhteen…</translation>
    </message>
</context>
<context>
    <name>kontor::DealsModule</name>
    <message>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Tee uudelleen</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Taulu</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Luettelo</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>&amp;Pipelines and Stages…</source>
        <translation>&amp;Myyntiputket ja vaiheet…</translation>
    </message>
    <message>
        <source>P&amp;roduct Catalogue…</source>
        <translation>&amp;Tuoteluettelo…</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Kaupat</translation>
    </message>
</context>
<context>
    <name>kontor::DemoDataOffer</name>
    <message>
        <source>Welcome to Kontor</source>
        <translation>Tervetuloa Kontoriin</translation>
    </message>
    <message>
        <source>This database has no contacts yet.</source>
        <translation>Tässä tietokannassa ei vielä ole yhteyshenkilöitä.</translation>
    </message>
    <message>
        <source>Would you like to try Kontor with demo data? It adds 2,000 contacts, 300 companies and 500 deals with two years of history. Use a new database for your real customers.</source>
        <translation>Haluatko kokeilla Kontoria esimerkkitiedoilla? Ne lisäävät 2 000 yhteyshenkilöä, 300 yritystä ja 500 kauppaa kahden vuoden historialla. Käytä oikeille asiakkaillesi uutta tietokantaa.</translation>
    </message>
    <message>
        <source>Add Demo Data</source>
        <translation>Lisää esimerkkitiedot</translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation>Aloita tyhjästä</translation>
    </message>
    <message>
        <source>Adding demo data…</source>
        <translation>Lisätään esimerkkitietoja…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation>Esimerkkitiedot</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Pysäytetään…</translation>
    </message>
    <message>
        <source>The demo data could not be added. Your database is unchanged.

%1</source>
        <translation>Esimerkkitietoja ei voitu lisätä. Tietokantaasi ei muutettu.

%1</translation>
    </message>
</context>
<context>
    <name>kontor::DemoGenerator</name>
    <message>
        <source>The numbers of demo records cannot be negative</source>
        <translation>Esimerkkitietueiden määrät eivät voi olla negatiivisia</translation>
    </message>
</context>
<context>
    <name>kontor::DrillDialog</name>
    <message>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <source>The first %1 of %2, largest first.</source>
        <translation>Ensimmäiset %1/%2, suurimmat ensin.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n tietue.</numerusform>
            <numerusform>%n tietuetta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter, to open its card.</source>
        <translation>Avaa rivin kortti kaksoisnapsauttamalla riviä tai painamalla Enter.</translation>
    </message>
</context>
<context>
    <name>kontor::DuplicateFinder</name>
    <message>
        <source>Cannot look for duplicate contacts</source>
        <translation>Kaksoiskappaleina olevia yhteyshenkilöitä ei voi etsiä</translation>
    </message>
</context>
<context>
    <name>kontor::DuplicatePairsModel</name>
    <message>
        <source>same email</source>
        <translation>sama sähköposti</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>sama puhelin</translation>
    </message>
    <message>
        <source>similar name in the same company</source>
        <translation>samankaltainen nimi samassa yrityksessä</translation>
    </message>
    <message>
        <source>Contact #%1</source>
        <translation>Yhteyshenkilö #%1</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Säilytä</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>Yhdistä tähän</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Syy</translation>
    </message>
</context>
<context>
    <name>kontor::DuplicateReview</name>
    <message>
        <source>Cannot read the pairs marked as not duplicates</source>
        <translation>Ei-kaksoiskappaleiksi merkittyjä pareja ei voi lukea</translation>
    </message>
    <message>
        <source>Cannot preview the merge</source>
        <translation>Yhdistämisen esikatselua ei voi näyttää</translation>
    </message>
    <message>
        <source>contact %1 into contact %2</source>
        <translation>yhteyshenkilö %1 yhteyshenkilöön %2</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself</source>
        <translation>Yhteyshenkilöä ei voi yhdistää itseensä</translation>
    </message>
    <message>
        <source>Contact %1 does not exist or is in the trash</source>
        <translation>Yhteyshenkilöä %1 ei ole olemassa tai se on roskakorissa</translation>
    </message>
    <message>
        <source>contacts %1 and %2</source>
        <translation>yhteyshenkilöt %1 ja %2</translation>
    </message>
    <message>
        <source>A contact is always the same as itself</source>
        <translation>Yhteyshenkilö on aina sama kuin itsensä</translation>
    </message>
    <message>
        <source>Cannot mark the contacts as not duplicates</source>
        <translation>Yhteyshenkilöitä ei voi merkitä ei-kaksoiskappaleiksi</translation>
    </message>
    <message>
        <source>One of the contacts does not exist</source>
        <translation>Toista yhteyshenkilöistä ei ole olemassa</translation>
    </message>
    <message>
        <source>Cannot take back &quot;not a duplicate&quot;</source>
        <translation>Merkintää &quot;ei kaksoiskappale&quot; ei voi perua</translation>
    </message>
    <message>
        <source>Contacts %1 and %2 are not marked as &quot;not a duplicate&quot;</source>
        <translation>Yhteyshenkilöitä %1 ja %2 ei ole merkitty merkinnällä &quot;ei kaksoiskappale&quot;</translation>
    </message>
</context>
<context>
    <name>kontor::DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation>Etsi kaksoiskappaleet</translation>
    </message>
    <message>
        <source>Find Again</source>
        <translation>Etsi uudelleen</translation>
    </message>
    <message>
        <source>Scan the whole contact base again</source>
        <translation>Käy koko yhteyshenkilökanta läpi uudelleen</translation>
    </message>
    <message>
        <source>Keep the Other Instead</source>
        <translation>Säilytä sen sijaan toinen</translation>
    </message>
    <message>
        <source>Keep the right-hand record and merge the left-hand one into it</source>
        <translation>Säilytä oikeanpuoleinen tietue ja yhdistä vasemmanpuoleinen siihen</translation>
    </message>
    <message>
        <source>Not a Duplicate</source>
        <translation>Ei kaksoiskappale</translation>
    </message>
    <message>
        <source>These are different people: do not propose this pair again</source>
        <translation>Nämä ovat eri henkilöitä: älä ehdota tätä paria uudelleen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Yhdistä</translation>
    </message>
    <message>
        <source>Merge with the values chosen above (Ctrl+Z undoes it)</source>
        <translation>Yhdistä yllä valituilla arvoilla (Ctrl+Z kumoaa sen)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Tee uudelleen</translation>
    </message>
    <message>
        <source>Looking for duplicates across all contacts…</source>
        <translation>Etsitään kaksoiskappaleita kaikista yhteyshenkilöistä…</translation>
    </message>
    <message>
        <source>The search for duplicates failed.</source>
        <translation>Kaksoiskappaleiden haku epäonnistui.</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Kaksoiskappaleita ei löytynyt.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of contacts look like the same person.</source>
        <translation>
            <numerusform>%n yhteyshenkilöpari näyttää olevan sama henkilö.</numerusform>
            <numerusform>%n yhteyshenkilöparia näyttää olevan sama henkilö.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged “%1” into “%2”. Undo with Ctrl+Z.</source>
        <translation>”%1” yhdistettiin kohteeseen ”%2”. Kumoa painamalla Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>kontor::EditTaskCommand</name>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>Muokkaa &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>kontor::ExportDialog</name>
    <message>
        <source>Contacts</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Yritykset</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Kaupat</translation>
    </message>
    <message>
        <source>Activities and notes</source>
        <translation>Aktiviteetit ja muistiinpanot</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln yhteyshenkilö</numerusform>
            <numerusform>%Ln yhteyshenkilöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>%Ln yritys</numerusform>
            <numerusform>%Ln yritystä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln kauppa</numerusform>
            <numerusform>%Ln kauppaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(s)</source>
        <translation>
            <numerusform>%Ln aktiviteetti</numerusform>
            <numerusform>%Ln aktiviteettia</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Saved segment:</source>
        <translation>Tallennettu segmentti:</translation>
    </message>
    <message>
        <source>Excel-friendly (byte-order mark, for Excel on Windows)</source>
        <translation>Excel-yhteensopiva (BOM-merkki, Windowsin Exceliä varten)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Mitä:</translation>
    </message>
    <message>
        <source>Which records:</source>
        <translation>Mitkä tietueet:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Muoto:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tiedosto:</translation>
    </message>
    <message>
        <source>CSV (comma-separated text)</source>
        <translation>CSV (pilkuin eroteltu teksti)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-työkirja (.xlsx)</translation>
    </message>
    <message>
        <source>vCard 3.0 (.vcf, older phones and Outlook)</source>
        <translation>vCard 3.0 (.vcf, vanhemmat puhelimet ja Outlook)</translation>
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
        <translation>Valitut: %1</translation>
    </message>
    <message>
        <source>The selected records (select them in a list first)</source>
        <translation>Valitut tietueet (valitse ne ensin luettelosta)</translation>
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
        <translation>Vie kohteeseen</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Valitse kirjoitettava tiedosto.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Kansiota %1 ei ole olemassa.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Viedään…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Vienti peruutettiin; tiedostoa ei kirjoitettu.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Vienti epäonnistui: %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 vietiin kohteeseen %2.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Stop the export; no file is written</source>
        <translation>Pysäytä vienti; tiedostoa ei kirjoiteta</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Peruutetaan…</translation>
    </message>
    <message>
        <source>Of the contacts in the segment:</source>
        <translation>Segmentin yhteyshenkilöistä:</translation>
    </message>
</context>
<context>
    <name>kontor::ExportSource</name>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Syntymäpäivä</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kaupunki</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Lämpötila</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Omistaja</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Yrityksen nimi</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Virallinen nimi</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Verkkosivusto</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Toimiala</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Kauppa</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Myyntiputki</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuutta</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Todennäköisyys</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Arvioitu sulkemispäivä</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Yhteyshenkilön sähköposti</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Häviämisen syy</translation>
    </message>
    <message>
        <source>Cannot read the custom fields</source>
        <translation>Mukautettuja kenttiä ei voi lukea</translation>
    </message>
    <message>
        <source>Cannot list the records to export</source>
        <translation>Vietäviä tietueita ei voi luetella</translation>
    </message>
    <message>
        <source>A selected record no longer exists or is in the trash.</source>
        <translation>Valittua tietuetta ei enää ole tai se on roskakorissa.</translation>
    </message>
    <message>
        <source>Cannot read the contacts to export</source>
        <translation>Vietäviä yhteyshenkilöitä ei voi lukea</translation>
    </message>
    <message>
        <source>Cannot read the companies to export</source>
        <translation>Vietäviä yrityksiä ei voi lukea</translation>
    </message>
    <message>
        <source>Cannot read the deals to export</source>
        <translation>Vietäviä kauppoja ei voi lukea</translation>
    </message>
    <message>
        <source>Cannot read the custom fields to export</source>
        <translation>Vietäviä mukautettuja kenttiä ei voi lukea</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Yhteyshenkilön nimi</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Suunta</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Kirjaaja</translation>
    </message>
    <message>
        <source>Cannot read the activities to export</source>
        <translation>Vietäviä aktiviteetteja ei voi lukea</translation>
    </message>
    <message>
        <source>Cannot read the photos to export</source>
        <translation>Vietäviä kuvia ei voi lukea</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Ulkoinen tunnus</translation>
    </message>
    <message>
        <source>A segment narrows contacts and their activities, not %1.</source>
        <translation>Segmentti rajaa yhteyshenkilöitä ja heidän aktiviteettejaan, ei kohdetta %1.</translation>
    </message>
</context>
<context>
    <name>kontor::FoldKeys</name>
    <message>
        <source>Cannot prepare the %1 for look-ups by name</source>
        <translation>Kohdetta %1 ei voi valmistella nimellä hakemista varten</translation>
    </message>
</context>
<context>
    <name>kontor::ImportModule</name>
    <message>
        <source>Import</source>
        <translation>Tuonti</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Tuo tiedosto…</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Kumoa tuonti</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Tietueet</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Päivitetty</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ohitettu</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>yritykset</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>yhteyshenkilöt</translation>
    </message>
    <message>
        <source>undone %1</source>
        <translation>kumottu %1</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>tuotu</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Tuonteja ei vielä ole.</translation>
    </message>
    <message>
        <source>Import %1 is done. Select it and press Undo import to reverse it.</source>
        <translation>Tuonti %1 on valmis. Voit perua sen valitsemalla sen ja painamalla Kumoa tuonti.</translation>
    </message>
    <message>
        <source>Undo import %1? What it created is deleted and what it changed is put back.</source>
        <translation>Kumotaanko tuonti %1? Sen luomat tiedot poistetaan ja sen muuttamat tiedot palautetaan ennalleen.</translation>
    </message>
    <message>
        <source>Undoing import %1…</source>
        <translation>Kumotaan tuontia %1…</translation>
    </message>
    <message>
        <source>Import %1 was undone.</source>
        <translation>Tuonti %1 kumottiin.</translation>
    </message>
    <message>
        <source>Bring contacts, companies, deals and activities in from CSV, Excel or vCard files — or drop a file on this window. Every import can be undone: it deletes what the import created and puts back what it changed.</source>
        <translation>Tuo yhteyshenkilöitä, yrityksiä, kauppoja ja aktiviteetteja CSV-, Excel- tai vCard-tiedostoista — tai pudota tiedosto tähän ikkunaan. Jokaisen tuonnin voi kumota: kumoaminen poistaa tuonnin luomat tiedot ja palauttaa sen muuttamat tiedot ennalleen.</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>kaupat</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>aktiviteetit</translation>
    </message>
</context>
<context>
    <name>kontor::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Tuonti</translation>
    </message>
</context>
<context>
    <name>kontor::LineItemsModel</name>
    <message>
        <source>“%1” is priced in %2 but the deal is in %3: type its price in %3.</source>
        <translation>Tuotteen ”%1” hinta on valuutassa %2, mutta kauppa on valuutassa %3: kirjoita sen hinta valuutassa %3.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Line %1: a product needs a name.</source>
        <translation>Rivi %1: tuotteella on oltava nimi.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a quantity (a number, 0 or more).</source>
        <translation>Rivi %1: ”%2” ei ole määrä (luku, 0 tai suurempi).</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a price such as 1250.00.</source>
        <translation>Rivi %1: ”%2” ei ole hinta, kuten 1250.00.</translation>
    </message>
    <message>
        <source>Line %1: a discount is a percentage from 0 to 100, not “%2”.</source>
        <translation>Rivi %1: alennus on prosenttiluku väliltä 0–100, ei ”%2”.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Yksikköhinta</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Alennus</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
</context>
<context>
    <name>kontor::ListModule</name>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>Read the list again from the database</source>
        <translation>Lue luettelo uudelleen tietokannasta</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>Luetteloa ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sarakkeet</translation>
    </message>
    <message>
        <source>Choose the columns this list shows</source>
        <translation>Valitse sarakkeet, jotka tässä luettelossa näytetään</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Lasketaan…</translation>
    </message>
</context>
<context>
    <name>kontor::LogActivityDialog</name>
    <message>
        <source>Call</source>
        <translation>Puhelu</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ei annettu</translation>
    </message>
    <message>
        <source>Outgoing (I reached out)</source>
        <translation>Lähtevä (otin yhteyttä)</translation>
    </message>
    <message>
        <source>Incoming (they reached out)</source>
        <translation>Saapuva (he ottivat yhteyttä)</translation>
    </message>
    <message>
        <source>What was said or agreed, next steps…</source>
        <translation>Mitä sanottiin tai sovittiin, seuraavat vaiheet…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Laji:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Aihe:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Milloin:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Kesto:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Suunta:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>M&amp;uistiinpanot:</translation>
    </message>
    <message>
        <source>Log a Call</source>
        <translation>Kirjaa puhelu</translation>
    </message>
    <message>
        <source>Log an Email</source>
        <translation>Kirjaa sähköposti</translation>
    </message>
    <message>
        <source>Log a Meeting</source>
        <translation>Kirjaa tapaaminen</translation>
    </message>
    <message>
        <source>Add a Note</source>
        <translation>Lisää muistiinpano</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
</context>
<context>
    <name>kontor::Lookups</name>
    <message>
        <source>Cannot read the list of roles</source>
        <translation>Rooliluetteloa ei voi lukea</translation>
    </message>
    <message>
        <source>Cannot read the list of users</source>
        <translation>Käyttäjäluetteloa ei voi lukea</translation>
    </message>
    <message>
        <source>Cannot read the deals</source>
        <translation>Kauppoja ei voi lukea</translation>
    </message>
</context>
<context>
    <name>kontor::LostReasonDialog</name>
    <message>
        <source>Deal Lost</source>
        <translation>Kauppa hävitty</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Valitse syy…</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Mitä tapahtui (valinnainen)</translation>
    </message>
    <message>
        <source>Mark Lost</source>
        <translation>Merkitse hävityksi</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>Miksi ”%1” hävittiin?</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Syy:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Huomautus:</translation>
    </message>
</context>
<context>
    <name>kontor::MainWindow</name>
    <message>
        <source>About Kontor</source>
        <translation>Tietoja Kontorista</translation>
    </message>
    <message>
        <source>Kontor %1
A CRM for salespeople, on your laptop or your team&apos;s server.</source>
        <translation>Kontor %1
CRM myyjille, omalla kannettavallasi tai tiimisi palvelimella.</translation>
    </message>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;New Local Database…</source>
        <translation>&amp;Uusi paikallinen tietokanta…</translation>
    </message>
    <message>
        <source>&amp;Open Local Database…</source>
        <translation>&amp;Avaa paikallinen tietokanta…</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>&amp;Yhdistä palvelimeen…</translation>
    </message>
    <message>
        <source>&amp;Recent Databases</source>
        <translation>&amp;Viimeisimmät tietokannat</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;About Kontor</source>
        <translation>&amp;Tietoja Kontorista</translation>
    </message>
    <message>
        <source>Module Toolbar</source>
        <translation>Moduulityökalurivi</translation>
    </message>
    <message>
        <source>No database is open.
Use File → Open Local Database, or Connect to Server.</source>
        <translation>Tietokantaa ei ole avattu.
Valitse Tiedosto → Avaa paikallinen tietokanta tai Yhdistä palvelimeen.</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Tyhjennä luettelo</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Tietokantaa ei ole avattu</translation>
    </message>
    <message>
        <source>Database: %1 (%2)</source>
        <translation>Tietokanta: %1 (%2)</translation>
    </message>
    <message>
        <source>SQLite, on this computer</source>
        <translation>SQLite, tässä tietokoneessa</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-palvelin</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>Could Not Undo or Redo</source>
        <translation>Kumoaminen tai uudelleen tekeminen ei onnistunut</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Asetukset</translation>
    </message>
    <message>
        <source>&amp;Custom Fields…</source>
        <translation>&amp;Mukautetut kentät…</translation>
    </message>
    <message>
        <source>&amp;Quick Search…</source>
        <translation>&amp;Pikahaku…</translation>
    </message>
    <message>
        <source>New &amp;Task…</source>
        <translation>Uusi t&amp;ehtävä…</translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>Muistutus: %1</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Vie…</translation>
    </message>
</context>
<context>
    <name>kontor::MergePreviewPanel</name>
    <message>
        <source>(empty)</source>
        <translation>(tyhjä)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Syntymäpäivä</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kaupunki</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Lämpötila</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Omistaja</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>Viimeisin yhteydenotto</translation>
    </message>
    <message>
        <source>Choose a pair on the left to see what a merge would keep.</source>
        <translation>Valitse pari vasemmalta nähdäksesi, mitä yhdistäminen säilyttäisi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep:&lt;/b&gt; %1 &lt;small&gt;(#%2)&lt;/small&gt;</source>
        <translation>&lt;b&gt;Säilytä:&lt;/b&gt; %1 &lt;small&gt;(#%2)&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merge into it:&lt;/b&gt; %1 &lt;small&gt;(#%2)&lt;/small&gt;</source>
        <translation>&lt;b&gt;Yhdistä tähän:&lt;/b&gt; %1 &lt;small&gt;(#%2)&lt;/small&gt;</translation>
    </message>
    <message>
        <source>(the same)</source>
        <translation>(sama)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>%1 (%2 + %3)</source>
        <translation>%1 (%2 + %3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;After the merge the kept contact has:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Yhdistämisen jälkeen säilytetyllä yhteyshenkilöllä on:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Emails (%1): %2</source>
        <translation>Sähköpostit (%1): %2</translation>
    </message>
    <message>
        <source>Phones (%1): %2</source>
        <translation>Puhelimet (%1): %2</translation>
    </message>
    <message>
        <source>Messengers (%1): %2</source>
        <translation>Pikaviestimet (%1): %2</translation>
    </message>
    <message>
        <source>Tags (%1): %2</source>
        <translation>Tunnisteet (%1): %2</translation>
    </message>
    <message>
        <source>Activities: %1 · Deals: %2 · Tasks: %3</source>
        <translation>Aktiviteetit: %1 · Kaupat: %2 · Tehtävät: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) taken from the other record; it goes to the trash.</source>
        <translation>
            <numerusform>%n kenttä otetaan toisesta tietueesta; se siirretään roskakoriin.</numerusform>
            <numerusform>%n kenttää otetaan toisesta tietueesta; se siirretään roskakoriin.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Custom fields&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mukautetut kentät&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>kontor::Migrator</name>
    <message>
        <source>Cannot create the schema version table</source>
        <translation>Skeeman versiotaulua ei voi luoda</translation>
    </message>
    <message>
        <source>Cannot read the schema version</source>
        <translation>Skeeman versiota ei voi lukea</translation>
    </message>
    <message>
        <source>This database was created by a newer Kontor. Please update Kontor to open it.</source>
        <translation>Tämä tietokanta on luotu uudemmalla Kontorilla. Päivitä Kontor, jotta voit avata sen.</translation>
    </message>
    <message>
        <source>Cannot lock the schema for upgrade</source>
        <translation>Skeemaa ei voi lukita päivitystä varten</translation>
    </message>
    <message>
        <source>Upgrading the database failed at step %1 (%2)</source>
        <translation>Tietokannan päivitys epäonnistui vaiheessa %1 (%2)</translation>
    </message>
</context>
<context>
    <name>kontor::MultiValueEditor</name>
    <message>
        <source>Remove this line</source>
        <translation>Poista tämä rivi</translation>
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
        <translation>Puhelinnumerot</translation>
    </message>
    <message>
        <source>Numbers typed without a country code (+…) are read as numbers of this region. Search and duplicate detection compare every number in its international form, so “040 123 4567” finds “+358 40 123 4567” when the region is Finland.</source>
        <translation>Ilman maakoodia (+…) kirjoitetut numerot tulkitaan tämän alueen numeroiksi. Haku ja kaksoiskappaleiden tunnistus vertaavat jokaista numeroa sen kansainvälisessä muodossa, joten ”040 123 4567” löytää numeron ”+358 40 123 4567”, kun alueena on Suomi.</translation>
    </message>
    <message>
        <source>The system&apos;s region</source>
        <translation>Järjestelmän alue</translation>
    </message>
    <message>
        <source>The system&apos;s region (%1)</source>
        <translation>Järjestelmän alue (%1)</translation>
    </message>
    <message>
        <source>Also read the phones already stored with this region</source>
        <translation>Tulkitse myös jo tallennetut puhelinnumerot tämän alueen mukaan</translation>
    </message>
    <message>
        <source>Numbers saved before were read with the old region. What was typed stays as it is; only the form search and duplicates compare is computed again.</source>
        <translation>Aiemmin tallennetut numerot tulkittiin vanhan alueen mukaan. Kirjoitettu muoto säilyy ennallaan; vain haun ja kaksoiskappaleiden vertailussa käytetty muoto lasketaan uudelleen.</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>Oletus&amp;alue:</translation>
    </message>
    <message>
        <source>Saved. Numbers typed from now on are read with this region.</source>
        <translation>Tallennettu. Tästä eteenpäin kirjoitetut numerot tulkitaan tämän alueen mukaan.</translation>
    </message>
    <message>
        <source>Saved. Reading the stored phones again…</source>
        <translation>Tallennettu. Tulkitaan tallennettuja puhelinnumeroita uudelleen…</translation>
    </message>
    <message numerus="yes">
        <source>Region %1: %Ln phone(s) read again, </source>
        <translation>
            <numerusform>Alue %1: %Ln puhelinnumero tulkittu uudelleen, </numerusform>
            <numerusform>Alue %1: %Ln puhelinnumeroa tulkittu uudelleen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln muuttui</numerusform>
            <numerusform>%Ln muuttui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln contact(s)).</source>
        <translation>
            <numerusform> (%Ln yhteyshenkilö).</numerusform>
            <numerusform> (%Ln yhteyshenkilöä).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be read as a number of any country and stay as typed.</source>
        <translation>
            <numerusform>%Ln numeroa ei voitu tulkita minkään maan numeroksi, ja se säilyy kirjoitetussa muodossa.</numerusform>
            <numerusform>%Ln numeroa ei voitu tulkita minkään maan numeroiksi, ja ne säilyvät kirjoitetussa muodossa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::PipelineRepository</name>
    <message>
        <source>new stage</source>
        <translation>uusi vaihe</translation>
    </message>
    <message>
        <source>stage &quot;%1&quot;</source>
        <translation>vaihe &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A stage needs a name</source>
        <translation>Vaiheella on oltava nimi</translation>
    </message>
    <message>
        <source>The win probability must be between 0 and 100 %</source>
        <translation>Voittotodennäköisyyden on oltava välillä 0–100 %</translation>
    </message>
    <message>
        <source>Days before a deal rots cannot be negative</source>
        <translation>Päivien määrä ennen kaupan pysähtymistä ei voi olla negatiivinen</translation>
    </message>
    <message>
        <source>Cannot read the pipelines</source>
        <translation>Myyntiputkia ei voi lukea</translation>
    </message>
    <message>
        <source>This pipeline does not exist</source>
        <translation>Tätä myyntiputkea ei ole olemassa</translation>
    </message>
    <message>
        <source>pipeline %1</source>
        <translation>myyntiputki %1</translation>
    </message>
    <message>
        <source>There is no pipeline called &quot;%1&quot;</source>
        <translation>Myyntiputkea nimeltä &quot;%1&quot; ei ole</translation>
    </message>
    <message>
        <source>A pipeline needs a name</source>
        <translation>Myyntiputkella on oltava nimi</translation>
    </message>
    <message>
        <source>new pipeline</source>
        <translation>uusi myyntiputki</translation>
    </message>
    <message>
        <source>Cannot create the pipeline &quot;%1&quot;</source>
        <translation>Myyntiputkea &quot;%1&quot; ei voi luoda</translation>
    </message>
    <message>
        <source>Cannot rename pipeline %1</source>
        <translation>Myyntiputkea %1 ei voi nimetä uudelleen</translation>
    </message>
    <message>
        <source>Cannot read stage %1</source>
        <translation>Vaihetta %1 ei voi lukea</translation>
    </message>
    <message>
        <source>This stage does not exist</source>
        <translation>Tätä vaihetta ei ole olemassa</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>vaihe %1</translation>
    </message>
    <message>
        <source>Cannot add the stage &quot;%1&quot;</source>
        <translation>Vaihetta &quot;%1&quot; ei voi lisätä</translation>
    </message>
    <message>
        <source>Cannot save the stage &quot;%1&quot;</source>
        <translation>Vaihetta &quot;%1&quot; ei voi tallentaa</translation>
    </message>
    <message>
        <source>The new order must list every stage of the pipeline once</source>
        <translation>Uudessa järjestyksessä on oltava jokainen myyntiputken vaihe kerran</translation>
    </message>
    <message>
        <source>Cannot reorder the stages</source>
        <translation>Vaiheita ei voi järjestää uudelleen</translation>
    </message>
    <message>
        <source>Deals can only move to another stage of the same pipeline</source>
        <translation>Kauppoja voi siirtää vain saman myyntiputken toiseen vaiheeseen</translation>
    </message>
    <message>
        <source>Deals cannot be moved to a lost stage without a reason each</source>
        <translation>Kauppoja ei voi siirtää hävitty-vaiheeseen ilman kunkin kaupan syytä</translation>
    </message>
    <message>
        <source>Cannot delete the stage &quot;%1&quot;</source>
        <translation>Vaihetta &quot;%1&quot; ei voi poistaa</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) are still in this stage; move them to another stage first</source>
        <translation>
            <numerusform>%n kauppa on yhä tässä vaiheessa; siirrä se ensin toiseen vaiheeseen</numerusform>
            <numerusform>%n kauppaa on yhä tässä vaiheessa; siirrä ne ensin toiseen vaiheeseen</numerusform>
        </translation>
    </message>
    <message>
        <source>The pipeline &quot;%1&quot; has no stage called &quot;%2&quot;</source>
        <translation>Myyntiputkessa &quot;%1&quot; ei ole vaihetta nimeltä &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Cannot read the lost reasons</source>
        <translation>Häviämisen syitä ei voi lukea</translation>
    </message>
    <message>
        <source>There is no lost reason called &quot;%1&quot;</source>
        <translation>Häviämisen syytä nimeltä &quot;%1&quot; ei ole</translation>
    </message>
    <message>
        <source>A lost reason needs a name</source>
        <translation>Häviämisen syyllä on oltava nimi</translation>
    </message>
    <message>
        <source>Cannot add the lost reason &quot;%1&quot;</source>
        <translation>Häviämisen syytä &quot;%1&quot; ei voi lisätä</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the only pipeline; add another before deleting it</source>
        <translation>&quot;%1&quot; on ainoa myyntiputki; lisää toinen ennen sen poistamista</translation>
    </message>
    <message>
        <source>Cannot delete the pipeline &quot;%1&quot;</source>
        <translation>Myyntiputkea &quot;%1&quot; ei voi poistaa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; still holds %2 deal(s); move or delete them first</source>
        <translation>Myyntiputkessa &quot;%1&quot; on yhä kauppoja (%2); siirrä tai poista ne ensin</translation>
    </message>
    <message>
        <source>lost reason %1</source>
        <translation>häviämisen syy %1</translation>
    </message>
    <message>
        <source>Cannot save the lost reason &quot;%1&quot;</source>
        <translation>Häviämisen syytä &quot;%1&quot; ei voi tallentaa</translation>
    </message>
    <message>
        <source>This lost reason does not exist</source>
        <translation>Tätä häviämisen syytä ei ole olemassa</translation>
    </message>
</context>
<context>
    <name>kontor::PipelineSettingsDialog</name>
    <message>
        <source>Move Deals</source>
        <translation>Siirrä kaupat</translation>
    </message>
    <message>
        <source>Deals are still in “%1”. Move them to:</source>
        <translation>Vaiheessa ”%1” on yhä kauppoja. Siirrä ne vaiheeseen:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Voitettu</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Hävitty</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>Lisää vaihe</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Siirrä alas</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nimi:</translation>
    </message>
    <message>
        <source>Win probability:</source>
        <translation>Voittotodennäköisyys:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Laji:</translation>
    </message>
    <message>
        <source>Rots after idle days:</source>
        <translation>Pysähtyy, kun toimettomia päiviä on:</translation>
    </message>
    <message>
        <source>Save Stage</source>
        <translation>Tallenna vaihe</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Uusi vaihe</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Vaiheet</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Myyntiputki:</translation>
    </message>
    <message>
        <source>Add Pipeline…</source>
        <translation>Lisää myyntiputki…</translation>
    </message>
    <message>
        <source>Add Pipeline</source>
        <translation>Lisää myyntiputki</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Nimeä uudelleen…</translation>
    </message>
    <message>
        <source>Rename Pipeline</source>
        <translation>Nimeä myyntiputki uudelleen</translation>
    </message>
    <message>
        <source>Delete Pipeline</source>
        <translation>Poista myyntiputki</translation>
    </message>
    <message>
        <source>Add Reason…</source>
        <translation>Lisää syy…</translation>
    </message>
    <message>
        <source>Add Lost Reason</source>
        <translation>Lisää häviämisen syy</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Syy:</translation>
    </message>
    <message>
        <source>Rename Lost Reason</source>
        <translation>Nimeä häviämisen syy uudelleen</translation>
    </message>
    <message>
        <source>Offer / Retire</source>
        <translation>Ota käyttöön / poista käytöstä</translation>
    </message>
    <message>
        <source>Lost reasons (all pipelines)</source>
        <translation>Häviämisen syyt (kaikki myyntiputket)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (poistettu käytöstä)</translation>
    </message>
    <message>
        <source>Pipelines and Stages</source>
        <translation>Myyntiputket ja vaiheet</translation>
    </message>
</context>
<context>
    <name>kontor::PlanEditor</name>
    <message>
        <source>Sales plans</source>
        <translation>Myyntisuunnitelmat</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Myyjä</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Asti</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Suunnitelma</translation>
    </message>
    <message>
        <source>e.g. 25000 or 25000.50</source>
        <translation>esim. 25000 tai 25000.50</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuutta</translation>
    </message>
    <message>
        <source>Add plan</source>
        <translation>Lisää suunnitelma</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Tallenna muutokset</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Choose the plan to change in the list first.</source>
        <translation>Valitse ensin muutettava suunnitelma luettelosta.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: write it like 25000 or 25000.50.</source>
        <translation>&quot;%1&quot; ei ole summa: kirjoita se muodossa 25000 tai 25000.50.</translation>
    </message>
    <message>
        <source>This manager already has a plan for that period and currency.</source>
        <translation>Tällä myyjällä on jo suunnitelma tälle jaksolle ja valuutalle.</translation>
    </message>
    <message>
        <source>Plan added.</source>
        <translation>Suunnitelma lisätty.</translation>
    </message>
    <message>
        <source>Plan saved.</source>
        <translation>Suunnitelma tallennettu.</translation>
    </message>
    <message>
        <source>Choose the plan to delete in the list first.</source>
        <translation>Valitse ensin poistettava suunnitelma luettelosta.</translation>
    </message>
    <message>
        <source>Plan deleted.</source>
        <translation>Suunnitelma poistettu.</translation>
    </message>
    <message>
        <source>Add as monthly plans (a quarter or a year split evenly)</source>
        <translation>Lisää kuukausisuunnitelmina (vuosineljännes tai vuosi jaetaan tasan)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Tee uudelleen</translation>
    </message>
    <message>
        <source> (or clear &quot;Add as monthly plans&quot; to add it as one plan)</source>
        <translation> (tai poista valinta kohdasta &quot;Lisää kuukausisuunnitelmina&quot;, jos haluat lisätä sen yhtenä suunnitelmana)</translation>
    </message>
    <message>
        <source>Change the plan of %1</source>
        <translation>Muuta käyttäjän %1 suunnitelmaa</translation>
    </message>
    <message>
        <source>Add %1 monthly plans of %2</source>
        <translation>Lisää %1 kuukausisuunnitelmaa: %2</translation>
    </message>
    <message>
        <source>Add a plan for %1</source>
        <translation>Lisää suunnitelma käyttäjälle %1</translation>
    </message>
    <message>
        <source>%1 monthly plans added.</source>
        <translation>%1 kuukausisuunnitelmaa lisätty.</translation>
    </message>
    <message>
        <source>Delete the plan of %1</source>
        <translation>Poista käyttäjän %1 suunnitelma</translation>
    </message>
</context>
<context>
    <name>kontor::ProductCatalogueDialog</name>
    <message>
        <source>Still sold (offered on deals)</source>
        <translation>Yhä myynnissä (tarjotaan kaupoissa)</translation>
    </message>
    <message>
        <source>Product Catalogue</source>
        <translation>Tuoteluettelo</translation>
    </message>
    <message>
        <source>optional, unique</source>
        <translation>valinnainen, yksilöllinen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;SKU:</translation>
    </message>
    <message>
        <source>Unit price:</source>
        <translation>Yksikköhinta:</translation>
    </message>
    <message>
        <source>New Product</source>
        <translation>Uusi tuote</translation>
    </message>
    <message>
        <source>Save Product</source>
        <translation>Tallenna tuote</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Siirrä roskakoriin</translation>
    </message>
    <message>
        <source>“%1” is not a price such as 120.00.</source>
        <translation>”%1” ei ole hinta, kuten 120.00.</translation>
    </message>
</context>
<context>
    <name>kontor::ProductRepository</name>
    <message>
        <source>A product needs a name</source>
        <translation>Tuotteella on oltava nimi</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as EUR or USD</source>
        <translation>&quot;%1&quot; ei ole valuuttakoodi, kuten EUR tai USD</translation>
    </message>
    <message>
        <source>A price cannot be negative</source>
        <translation>Hinta ei voi olla negatiivinen</translation>
    </message>
    <message>
        <source>line item of deal %1</source>
        <translation>kaupan %1 tuoterivi</translation>
    </message>
    <message>
        <source>A line item belongs to a deal</source>
        <translation>Tuoterivi kuuluu kauppaan</translation>
    </message>
    <message>
        <source>A line item needs a product or a name</source>
        <translation>Tuoterivillä on oltava tuote tai nimi</translation>
    </message>
    <message>
        <source>A quantity cannot be negative</source>
        <translation>Määrä ei voi olla negatiivinen</translation>
    </message>
    <message>
        <source>A discount must be between 0 and 100 %</source>
        <translation>Alennuksen on oltava välillä 0–100 %</translation>
    </message>
    <message>
        <source>Cannot save the product &quot;%1&quot;</source>
        <translation>Tuotetta &quot;%1&quot; ei voi tallentaa</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Kohdetta %1 ei voi lukea</translation>
    </message>
    <message>
        <source>This product does not exist</source>
        <translation>Tätä tuotetta ei ole olemassa</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>Kohdetta %1 ei voi tallentaa</translation>
    </message>
    <message>
        <source>Cannot read the product catalogue</source>
        <translation>Tuoteluetteloa ei voi lukea</translation>
    </message>
    <message>
        <source>Cannot read the products of deal %1</source>
        <translation>Kaupan %1 tuotteita ei voi lukea</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is priced in %2 but the deal is in %3; enter the price in %3</source>
        <translation>Tuotteen &quot;%1&quot; hinta on valuutassa %2, mutta kauppa on valuutassa %3; anna hinta valuutassa %3</translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation>kauppa %1</translation>
    </message>
    <message>
        <source>Cannot update the amount of deal %1</source>
        <translation>Kaupan %1 summaa ei voi päivittää</translation>
    </message>
    <message>
        <source>Cannot add a product to deal %1</source>
        <translation>Tuotetta ei voi lisätä kauppaan %1</translation>
    </message>
    <message>
        <source>This deal does not exist</source>
        <translation>Tätä kauppaa ei ole olemassa</translation>
    </message>
    <message>
        <source>Cannot change a product of deal %1</source>
        <translation>Kaupan %1 tuotetta ei voi muuttaa</translation>
    </message>
    <message>
        <source>This line item does not exist</source>
        <translation>Tätä tuoteriviä ei ole olemassa</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>rivi %1</translation>
    </message>
    <message>
        <source>Cannot remove line item %1</source>
        <translation>Tuoteriviä %1 ei voi poistaa</translation>
    </message>
    <message>
        <source>Cannot save the products of deal %1</source>
        <translation>Kaupan %1 tuotteita ei voi tallentaa</translation>
    </message>
</context>
<context>
    <name>kontor::ProductTableModel</name>
    <message>
        <source>Sold</source>
        <translation>Myynnissä</translation>
    </message>
    <message>
        <source>Not sold</source>
        <translation>Ei myynnissä</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Yksikköhinta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>kontor::QuickAddTaskDialog</name>
    <message>
        <source>Edit Task</source>
        <translation>Muokkaa tehtävää</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>Uusi tehtävä</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Kohde:</translation>
    </message>
    <message>
        <source>What is to be done? e.g. Call back about the offer</source>
        <translation>Mitä pitää tehdä? esim. Soita takaisin tarjouksesta</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Otsikko:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Tyyppi:</translation>
    </message>
    <message>
        <source>&amp;All day</source>
        <translation>&amp;Koko päivä</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Määräaika:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ei asetettu</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>K&amp;esto:</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaali</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioriteetti:</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Ei muistutusta</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>Määräaikana</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minuutti ennen</numerusform>
            <numerusform>%n minuuttia ennen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 tunti ennen</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 päivä ennen</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>M&amp;uistutus:</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Ei toistu</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Joka päivä</translation>
    </message>
    <message>
        <source>Every week on…</source>
        <translation>Joka viikko päivinä…</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Joka kuukausi</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>Toi&amp;sto:</translation>
    </message>
    <message>
        <source>Tick several people to give each their own copy, tracked together</source>
        <translation>Valitse useita henkilöitä, niin kukin saa oman kopionsa, joita seurataan yhdessä</translation>
    </message>
    <message>
        <source>Assi&amp;gned to:</source>
        <translation>&amp;Vastuuhenkilö:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Muist&amp;iinpanot:</translation>
    </message>
    <message>
        <source>Tick at least one person to do it.</source>
        <translation>Valitse vähintään yksi tekijä.</translation>
    </message>
</context>
<context>
    <name>kontor::QuickSearchModel</name>
    <message>
        <source>Contact</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Kauppa</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ei nimeä)</translation>
    </message>
</context>
<context>
    <name>kontor::QuickSearchPopup</name>
    <message>
        <source>Quick Search</source>
        <translation>Pikahaku</translation>
    </message>
    <message>
        <source>Find a contact, company or deal — name, email, phone…</source>
        <translation>Etsi yhteyshenkilö, yritys tai kauppa — nimi, sähköposti, puhelin…</translation>
    </message>
    <message>
        <source>Type a name, part of an email or a phone number.</source>
        <translation>Kirjoita nimi, osa sähköpostiosoitetta tai puhelinnumero.</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Haku epäonnistui: %1</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Hakusanalla ”%1” ei löytynyt mitään.</translation>
    </message>
    <message>
        <source>Enter opens the selected one; ↑ ↓ choose; Esc closes.</source>
        <translation>Enter avaa valitun; ↑ ↓ valitsevat; Esc sulkee.</translation>
    </message>
</context>
<context>
    <name>kontor::Recurrence</name>
    <message>
        <source>Say on which days a weekly task repeats, e.g. weekly:mon,thu</source>
        <translation>Kerro, minä päivinä viikoittainen tehtävä toistuu, esim. weekly:mon,thu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the week (mon, tue, wed, thu, fri, sat, sun)</source>
        <translation>&quot;%1&quot; ei ole viikonpäivä (mon, tue, wed, thu, fri, sat, sun)</translation>
    </message>
    <message>
        <source>A monthly task repeats on a day from 1 to 31</source>
        <translation>Kuukausittainen tehtävä toistuu päivänä 1–31</translation>
    </message>
    <message>
        <source>Repeat is daily, weekly:DAYS or monthly</source>
        <translation>Toisto on muotoa daily, weekly:DAYS tai monthly</translation>
    </message>
</context>
<context>
    <name>kontor::ReminderNotifier</name>
    <message>
        <source>Kontor reminders</source>
        <translation>Kontorin muistutukset</translation>
    </message>
    <message>
        <source>Snooze the last reminder 10 minutes</source>
        <translation>Torku viimeisintä muistutusta 10 minuuttia</translation>
    </message>
    <message>
        <source>Open the task</source>
        <translation>Avaa tehtävä</translation>
    </message>
</context>
<context>
    <name>kontor::ReminderPopup</name>
    <message>
        <source>Reminders</source>
        <translation>Muistutukset</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>Torku 10 min</translation>
    </message>
    <message>
        <source>Remind me of this again in 10 minutes</source>
        <translation>Muistuta tästä uudelleen 10 minuutin kuluttua</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>Torku 1 h</translation>
    </message>
    <message>
        <source>Remind me of this again in an hour</source>
        <translation>Muistuta tästä uudelleen tunnin kuluttua</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>Open the deal, contact or company this task is about</source>
        <translation>Avaa kauppa, yhteyshenkilö tai yritys, jota tämä tehtävä koskee</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Valmis…</translation>
    </message>
    <message>
        <source>Complete the task: what came of it, and the next step</source>
        <translation>Merkitse tehtävä valmiiksi: mitä siitä seurasi ja mikä on seuraava vaihe</translation>
    </message>
    <message>
        <source>missed while Kontor was closed</source>
        <translation>ohitettu Kontorin ollessa suljettuna</translation>
    </message>
    <message numerus="yes">
        <source>While Kontor was closed, %n reminder(s) came due.</source>
        <translation>
            <numerusform>Kontorin ollessa suljettuna %n muistutus erääntyi.</numerusform>
            <numerusform>Kontorin ollessa suljettuna %n muistutusta erääntyi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s):</source>
        <translation>
            <numerusform>%n muistutus:</numerusform>
            <numerusform>%n muistutusta:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not snooze: %1</source>
        <translation>Torkkuminen ei onnistunut: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Valmis: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ReminderScheduler</name>
    <message>
        <source>Cannot read the reminders</source>
        <translation>Muistutuksia ei voi lukea</translation>
    </message>
    <message>
        <source>Cannot mark the reminder as shown</source>
        <translation>Muistutusta ei voi merkitä näytetyksi</translation>
    </message>
    <message>
        <source>Snooze needs a time</source>
        <translation>Torkkuminen vaatii ajan</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>tehtävä %1</translation>
    </message>
    <message>
        <source>Cannot snooze the reminder</source>
        <translation>Muistutusta ei voi torkuttaa</translation>
    </message>
    <message>
        <source>The task is done or in the trash</source>
        <translation>Tehtävä on valmis tai roskakorissa</translation>
    </message>
</context>
<context>
    <name>kontor::ReportChart</name>
    <message>
        <source>Nothing to show for this period and filter.</source>
        <translation>Tälle jaksolle ja suodattimelle ei ole näytettävää.</translation>
    </message>
    <message>
        <source>Click a bar to list the records behind it.</source>
        <translation>Napsauta palkkia, niin näet sen taustalla olevat tietueet.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n asiakas</numerusform>
            <numerusform>%n asiakasta</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a point to list the records behind it.</source>
        <translation>Napsauta pistettä, niin näet sen taustalla olevat tietueet.</translation>
    </message>
</context>
<context>
    <name>kontor::ReportEngine</name>
    <message>
        <source>Funnel</source>
        <translation>Myyntisuppilo</translation>
    </message>
    <message>
        <source>Deals created in the period that reached each stage, stage-to-stage conversion, time in stage and cycle length</source>
        <translation>Jaksolla luodut kaupat, jotka saavuttivat kunkin vaiheen, konversio vaiheesta toiseen, aika vaiheessa ja myyntisyklin pituus</translation>
    </message>
    <message>
        <source>Sales dynamics</source>
        <translation>Myynnin kehitys</translation>
    </message>
    <message>
        <source>Won deals and amount per period, next to the period before</source>
        <translation>Voitetut kaupat ja summa jaksoittain edelliseen jaksoon verrattuna</translation>
    </message>
    <message>
        <source>Won vs lost</source>
        <translation>Voitetut vs. hävityt</translation>
    </message>
    <message>
        <source>Deals won and lost per period and the win rate</source>
        <translation>Voitetut ja hävityt kaupat jaksoittain sekä voittoprosentti</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Häviämisen syyt</translation>
    </message>
    <message>
        <source>Why deals closed in the period were lost</source>
        <translation>Miksi jaksolla suljetut kaupat hävittiin</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Myyjät</translation>
    </message>
    <message>
        <source>Per owner: deals won, amount, win rate, calls, meetings, e-mails, tasks on time and overdue</source>
        <translation>Omistajittain: voitetut kaupat, summa, voittoprosentti, puhelut, tapaamiset, sähköpostit, ajallaan tehdyt ja myöhässä olevat tehtävät</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanavat</translation>
    </message>
    <message>
        <source>Per source channel: deals created, won, conversion and revenue</source>
        <translation>Lähdekanavittain: luodut ja voitetut kaupat, konversio ja liikevaihto</translation>
    </message>
    <message>
        <source>Deal size</source>
        <translation>Kaupan koko</translation>
    </message>
    <message>
        <source>How large won deals are: distribution, average and median</source>
        <translation>Voitettujen kauppojen koko: jakauma, keskiarvo ja mediaani</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>Myyntisykli</translation>
    </message>
    <message>
        <source>How long won deals took from creation to closing</source>
        <translation>Kuinka kauan voitetut kaupat kestivät luomisesta sulkemiseen</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Ennuste</translation>
    </message>
    <message>
        <source>Open deals weighted by probability, by expected close month, against plan</source>
        <translation>Avoimet kaupat todennäköisyydellä painotettuina arvioidun sulkemiskuukauden mukaan suunnitelmaan verrattuna</translation>
    </message>
    <message>
        <source>Plan vs fact</source>
        <translation>Suunnitelma vs. toteuma</translation>
    </message>
    <message>
        <source>Sales plans per manager and period, what was won, and how much of the plan that is</source>
        <translation>Myyntisuunnitelmat myyjittäin ja jaksoittain, voitettu myynti ja sen osuus suunnitelmasta</translation>
    </message>
    <message>
        <source>ABC/XYZ</source>
        <translation>ABC/XYZ</translation>
    </message>
    <message>
        <source>Customers by share of revenue (A/B/C) and regularity of purchases (X/Y/Z)</source>
        <translation>Asiakkaat liikevaihto-osuuden (A/B/C) ja ostojen säännöllisyyden (X/Y/Z) mukaan</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Jakso päättyy ennen kuin se alkaa.</translation>
    </message>
    <message>
        <source>There is no pipeline to show.</source>
        <translation>Näytettävää myyntiputkea ei ole.</translation>
    </message>
    <message>
        <source>There is no report of that name.</source>
        <translation>Tämännimistä raporttia ei ole.</translation>
    </message>
    <message>
        <source>known reports: %1</source>
        <translation>tunnetut raportit: %1</translation>
    </message>
    <message>
        <source>read currencies</source>
        <translation>valuuttojen lukeminen</translation>
    </message>
    <message>
        <source>read source channels</source>
        <translation>lähdekanavien lukeminen</translation>
    </message>
    <message>
        <source>user</source>
        <translation>käyttäjä</translation>
    </message>
    <message>
        <source>product</source>
        <translation>tuote</translation>
    </message>
</context>
<context>
    <name>kontor::ReportFilterBar</name>
    <message>
        <source>This month</source>
        <translation>Tämä kuukausi</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Edellinen kuukausi</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Tämä vuosineljännes</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Edellinen vuosineljännes</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Vuoden alusta</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Viimeiset 12 kuukautta</translation>
    </message>
    <message>
        <source>Next 6 months</source>
        <translation>Seuraavat 6 kuukautta</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Mukautettu</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Päivittäin</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Viikoittain</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Kuukausittain</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Vuosineljänneksittäin</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Kaikki omistajat</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>Kaikki myyntiputket</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Kaikki lähteet</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Kaikki asiakkaat</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Uudet asiakkaat</translation>
    </message>
    <message>
        <source>Existing customers</source>
        <translation>Nykyiset asiakkaat</translation>
    </message>
    <message>
        <source>Existing: the company (or, without one, the person) had a deal won before this deal was created.</source>
        <translation>Nykyinen: yrityksellä (tai ilman yritystä henkilöllä) oli voitettu kauppa ennen tämän kaupan luomista.</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Kaikki tuotteet</translation>
    </message>
</context>
<context>
    <name>kontor::Reports</name>
    <message>
        <source>%1 d</source>
        <translation>%1 pv</translation>
    </message>
</context>
<context>
    <name>kontor::ReportsModule</name>
    <message>
        <source>Export CSV…</source>
        <translation>Vie CSV…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Vie PNG…</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-kuvat (*.png)</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Vie PDF…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tulosta…</translation>
    </message>
    <message>
        <source>Sales plans…</source>
        <translation>Myyntisuunnitelmat…</translation>
    </message>
    <message>
        <source>Double-click a row to list the records behind it.</source>
        <translation>Kaksoisnapsauta riviä, niin näet sen taustalla olevat tietueet.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Lasketaan…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Vie raportti</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Tallennettu %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
</context>
<context>
    <name>kontor::RescheduleTaskCommand</name>
    <message>
        <source>Reschedule &quot;%1&quot;</source>
        <translation>Ajoita uudelleen &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>kontor::SalesPlanRepository</name>
    <message>
        <source>sales plan %1</source>
        <translation>myyntisuunnitelma %1</translation>
    </message>
    <message>
        <source>new sales plan</source>
        <translation>uusi myyntisuunnitelma</translation>
    </message>
    <message>
        <source>Choose the manager the plan is for.</source>
        <translation>Valitse myyjä, jota suunnitelma koskee.</translation>
    </message>
    <message>
        <source>A plan needs the first and last day of its period.</source>
        <translation>Suunnitelmalla on oltava jakson ensimmäinen ja viimeinen päivä.</translation>
    </message>
    <message>
        <source>The plan&apos;s period ends before it starts.</source>
        <translation>Suunnitelman jakso päättyy ennen kuin se alkaa.</translation>
    </message>
    <message>
        <source>A plan&apos;s amount cannot be negative.</source>
        <translation>Suunnitelman summa ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as EUR.</source>
        <translation>Valuutan on oltava kolmikirjaiminen koodi, kuten EUR.</translation>
    </message>
    <message>
        <source>read sales plans</source>
        <translation>myyntisuunnitelmien lukeminen</translation>
    </message>
    <message>
        <source>save sales plan %1</source>
        <translation>myyntisuunnitelman %1 tallentaminen</translation>
    </message>
    <message>
        <source>add a sales plan</source>
        <translation>myyntisuunnitelman lisääminen</translation>
    </message>
    <message>
        <source>That sales plan does not exist.</source>
        <translation>Myyntisuunnitelmaa ei ole olemassa.</translation>
    </message>
    <message>
        <source>delete sales plan %1</source>
        <translation>myyntisuunnitelman %1 poistaminen</translation>
    </message>
    <message>
        <source>To spread a plan over months its period must start on the 1st of a month.</source>
        <translation>Jotta suunnitelma voidaan jakaa kuukausille, sen jakson on alettava kuukauden 1. päivänä.</translation>
    </message>
    <message>
        <source>To spread a plan over months its period must end on the last day of a month.</source>
        <translation>Jotta suunnitelma voidaan jakaa kuukausille, sen jakson on päätyttävä kuukauden viimeisenä päivänä.</translation>
    </message>
    <message>
        <source>Only a plan that had an id can be restored.</source>
        <translation>Vain suunnitelman, jolla oli tunnus, voi palauttaa.</translation>
    </message>
    <message>
        <source>restore sales plan %1</source>
        <translation>myyntisuunnitelman %1 palauttaminen</translation>
    </message>
</context>
<context>
    <name>kontor::SearchRepository</name>
    <message>
        <source>Cannot search for &quot;%1&quot;</source>
        <translation>Hakua &quot;%1&quot; ei voi suorittaa</translation>
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
            <numerusform>Jaettu tiimin kanssa: %Ln yhteyshenkilö</numerusform>
            <numerusform>Jaettu tiimin kanssa: %Ln yhteyshenkilöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only yours: %Ln contact(s)</source>
        <translation>
            <numerusform>Vain sinun: %Ln yhteyshenkilö</numerusform>
            <numerusform>Vain sinun: %Ln yhteyshenkilöä</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (…)</source>
        <translation>%1 (…)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Lasketaan…</translation>
    </message>
</context>
<context>
    <name>kontor::SegmentPanel</name>
    <message>
        <source>Segments</source>
        <translation>Segmentit</translation>
    </message>
    <message>
        <source>All Contacts</source>
        <translation>Kaikki yhteyshenkilöt</translation>
    </message>
    <message>
        <source>Show every contact again</source>
        <translation>Näytä taas kaikki yhteyshenkilöt</translation>
    </message>
    <message>
        <source>Delete Segment</source>
        <translation>Poista segmentti</translation>
    </message>
    <message>
        <source>Delete the chosen segment (the contacts stay)</source>
        <translation>Poista valittu segmentti (yhteyshenkilöt säilyvät)</translation>
    </message>
    <message>
        <source>The segments could not be read: %1</source>
        <translation>Segmenttejä ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>Save as Segment</source>
        <translation>Tallenna segmenttinä</translation>
    </message>
    <message>
        <source>&amp;Shared with the team</source>
        <translation>&amp;Jaettu tiimin kanssa</translation>
    </message>
    <message>
        <source>Unchecked, only you see this segment</source>
        <translation>Kun valinta on poistettu, vain sinä näet tämän segmentin</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>Anna segmentille nimi.</translation>
    </message>
    <message>
        <source>Delete the segment “%1”? The contacts in it stay.</source>
        <translation>Poistetaanko segmentti ”%1”? Sen yhteyshenkilöt säilyvät.</translation>
    </message>
    <message>
        <source>The segments could not be counted: %1</source>
        <translation>Segmenttejä ei voitu laskea: %1</translation>
    </message>
</context>
<context>
    <name>kontor::SegmentRepository</name>
    <message>
        <source>A segment needs a name</source>
        <translation>Segmentillä on oltava nimi</translation>
    </message>
    <message>
        <source>Cannot save the segment &quot;%1&quot;</source>
        <translation>Segmenttiä &quot;%1&quot; ei voi tallentaa</translation>
    </message>
    <message>
        <source>Cannot read the segments</source>
        <translation>Segmenttejä ei voi lukea</translation>
    </message>
    <message>
        <source>segment &quot;%1&quot;</source>
        <translation>segmentti &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no segment with this name</source>
        <translation>Tämännimistä segmenttiä ei ole</translation>
    </message>
    <message>
        <source>Cannot delete the segment</source>
        <translation>Segmenttiä ei voi poistaa</translation>
    </message>
    <message>
        <source>This segment does not exist</source>
        <translation>Tätä segmenttiä ei ole olemassa</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>segmentti %1</translation>
    </message>
</context>
<context>
    <name>kontor::SessionController</name>
    <message>
        <source>Cannot Open Database</source>
        <translation>Tietokantaa ei voi avata</translation>
    </message>
    <message>
        <source>Kontor could not open %1.</source>
        <translation>Kontor ei voinut avata kohdetta %1.</translation>
    </message>
    <message>
        <source>You are still working in %1.</source>
        <translation>Työskentelet yhä kohteessa %1.</translation>
    </message>
    <message>
        <source>New Local Database</source>
        <translation>Uusi paikallinen tietokanta</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite)</source>
        <translation>Kontor-tietokannat (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists. Use Open Local Database to open it, or choose another name.</source>
        <translation>%1 on jo olemassa. Avaa se valitsemalla Avaa paikallinen tietokanta tai valitse toinen nimi.</translation>
    </message>
    <message>
        <source>Open Local Database</source>
        <translation>Avaa paikallinen tietokanta</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite);;All files (*)</source>
        <translation>Kontor-tietokannat (*.sqlite);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Password Not Saved</source>
        <translation>Salasanaa ei tallennettu</translation>
    </message>
    <message>
        <source>The keychain did not store the password (%1). Kontor will ask for it next time.</source>
        <translation>Avainnippu ei tallentanut salasanaa (%1). Kontor kysyy sitä seuraavalla kerralla.</translation>
    </message>
    <message>
        <source>Kontor could not sign in to %1: %2</source>
        <translation>Kontor ei voinut kirjautua kohteeseen %1: %2</translation>
    </message>
</context>
<context>
    <name>kontor::SqliteRowBatch</name>
    <message>
        <source>Cannot write the rows</source>
        <translation>Rivejä ei voi kirjoittaa</translation>
    </message>
</context>
<context>
    <name>kontor::StageHistory</name>
    <message>
        <source>Cannot read the stage history of deal %1</source>
        <translation>Kaupan %1 vaihehistoriaa ei voi lukea</translation>
    </message>
</context>
<context>
    <name>kontor::StageHistoryTable</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n päivä</numerusform>
            <numerusform>%n päivää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n tunti</numerusform>
            <numerusform>%n tuntia</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Saapui</translation>
    </message>
    <message>
        <source>Moved by</source>
        <translation>Siirtäjä</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Aika vaiheessa</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 tähän mennessä</translation>
    </message>
</context>
<context>
    <name>kontor::TaskRepository</name>
    <message>
        <source>Cannot read the task list</source>
        <translation>Tehtäväluetteloa ei voi lukea</translation>
    </message>
    <message>
        <source>Cannot count the tasks</source>
        <translation>Tehtäviä ei voi laskea</translation>
    </message>
    <message>
        <source>Cannot read the calendar</source>
        <translation>Kalenteria ei voi lukea</translation>
    </message>
    <message>
        <source>Cannot read the tasks</source>
        <translation>Tehtäviä ei voi lukea</translation>
    </message>
    <message>
        <source>Birthdays are shown for at most a year at a time</source>
        <translation>Syntymäpäivät näytetään enintään vuoden ajalta kerrallaan</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>kalenteri</translation>
    </message>
    <message>
        <source>Cannot read the birthdays</source>
        <translation>Syntymäpäiviä ei voi lukea</translation>
    </message>
    <message>
        <source>Cannot read the group task</source>
        <translation>Ryhmätehtävää ei voi lukea</translation>
    </message>
    <message>
        <source>Cannot read the deals without a next step</source>
        <translation>Kauppoja, joilla ei ole seuraavaa vaihetta, ei voi lukea</translation>
    </message>
    <message>
        <source>A task needs a title: what is to be done?</source>
        <translation>Tehtävällä on oltava otsikko: mitä pitää tehdä?</translation>
    </message>
    <message>
        <source>The title is longer than 500 characters</source>
        <translation>Otsikko on yli 500 merkkiä pitkä</translation>
    </message>
    <message>
        <source>The type &quot;%1&quot; must be one word of at most 40 letters</source>
        <translation>Tyypin &quot;%1&quot; on oltava yksi enintään 40 kirjaimen sana</translation>
    </message>
    <message>
        <source>Priority is 0 (normal), 1 (high) or 2 (urgent), not %1</source>
        <translation>Prioriteetti on 0 (normaali), 1 (korkea) tai 2 (kiireellinen), ei %1</translation>
    </message>
    <message>
        <source>A duration cannot be negative</source>
        <translation>Kesto ei voi olla negatiivinen</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;</source>
        <translation>Tuntematon aikavyöhyke &quot;%1&quot;</translation>
    </message>
    <message>
        <source>An all-day task needs the day it is due</source>
        <translation>Koko päivän tehtävä tarvitsee määräpäivän</translation>
    </message>
    <message>
        <source>A reminder needs a due date</source>
        <translation>Muistutus tarvitsee määräpäivän</translation>
    </message>
    <message>
        <source>A reminder can be at most 60 days before the due date</source>
        <translation>Muistutus voi olla enintään 60 päivää ennen määräpäivää</translation>
    </message>
    <message>
        <source>A repeating task needs a due date to repeat from</source>
        <translation>Toistuva tehtävä tarvitsee määräpäivän, josta toisto alkaa</translation>
    </message>
    <message>
        <source>Cannot save the task</source>
        <translation>Tehtävää ei voi tallentaa</translation>
    </message>
    <message>
        <source>Cannot save the group task</source>
        <translation>Ryhmätehtävää ei voi tallentaa</translation>
    </message>
    <message>
        <source>The new due time is not valid</source>
        <translation>Uusi määräaika ei kelpaa</translation>
    </message>
    <message>
        <source>The new due date is not valid</source>
        <translation>Uusi määräpäivä ei kelpaa</translation>
    </message>
    <message>
        <source>The next step cannot be saved: %1</source>
        <translation>Seuraavaa vaihetta ei voi tallentaa: %1</translation>
    </message>
    <message>
        <source>The task is already done</source>
        <translation>Tehtävä on jo valmis</translation>
    </message>
    <message>
        <source>Cannot complete the task</source>
        <translation>Tehtävää ei voi merkitä valmiiksi</translation>
    </message>
    <message>
        <source>Cannot open the task again</source>
        <translation>Tehtävää ei voi avata uudelleen</translation>
    </message>
    <message>
        <source>The task is not done, or is in the trash</source>
        <translation>Tehtävä ei ole valmis tai se on roskakorissa</translation>
    </message>
    <message>
        <source>Cannot look up the user</source>
        <translation>Käyttäjää ei voi hakea</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;</source>
        <translation>Käyttäjää &quot;%1&quot; ei ole</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>vastuuhenkilö</translation>
    </message>
</context>
<context>
    <name>kontor::TasksModule</name>
    <message>
        <source>Due</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>New Task…</source>
        <translation>Uusi tehtävä…</translation>
    </message>
    <message>
        <source>Plan a call, meeting or to-do (Ctrl+T from anywhere)</source>
        <translation>Suunnittele puhelu, tapaaminen tai tehtävä (Ctrl+T missä tahansa)</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>Merkitse valmiiksi…</translation>
    </message>
    <message>
        <source>Mark the selected task done, note the outcome and plan the next step</source>
        <translation>Merkitse valittu tehtävä valmiiksi, kirjaa tulos ja suunnittele seuraava vaihe</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>Export Calendar…</source>
        <translation>Vie kalenteri…</translation>
    </message>
    <message>
        <source>Save these tasks and meetings as an .ics file for other calendars</source>
        <translation>Tallenna nämä tehtävät ja tapaamiset .ics-tiedostona muita kalentereita varten</translation>
    </message>
    <message>
        <source>Import Meetings…</source>
        <translation>Tuo tapaamisia…</translation>
    </message>
    <message>
        <source>Read meetings from an .ics file</source>
        <translation>Lue tapaamiset .ics-tiedostosta</translation>
    </message>
    <message>
        <source>The tasks could not be read: %1</source>
        <translation>Tehtäviä ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tehtävät</translation>
    </message>
    <message>
        <source>Whose tasks: yours, a colleague&apos;s or everyone&apos;s</source>
        <translation>Kenen tehtävät: omasi, kollegan vai kaikkien</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Luettelo</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalenteri</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Omat tehtävät</translation>
    </message>
    <message>
        <source>Everyone&apos;s tasks</source>
        <translation>Kaikkien tehtävät</translation>
    </message>
    <message>
        <source>%1&apos;s tasks</source>
        <translation>Käyttäjän %1 tehtävät</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing left for today. Press Ctrl+T to plan a call or a meeting.</source>
        <translation>Tälle päivälle ei ole enää mitään. Suunnittele puhelu tai tapaaminen painamalla Ctrl+T.</translation>
    </message>
    <message>
        <source>Nothing overdue. Well done!</source>
        <translation>Ei myöhässä olevia tehtäviä. Hyvää työtä!</translation>
    </message>
    <message>
        <source>Nothing planned yet after today.</source>
        <translation>Tämän päivän jälkeen ei ole vielä suunniteltu mitään.</translation>
    </message>
    <message>
        <source>Completed tasks will be listed here, newest first.</source>
        <translation>Valmiit tehtävät näytetään tässä, uusimmat ensin.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Valmis: %1</translation>
    </message>
    <message>
        <source>Moved &quot;%1&quot; to the trash</source>
        <translation>&quot;%1&quot; siirrettiin roskakoriin</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Vie kalenteri</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-tiedostot (*.ics)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kohteeseen %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1</source>
        <translation>
            <numerusform>%n tehtävä vietiin kohteeseen %1</numerusform>
            <numerusform>%n tehtävää vietiin kohteeseen %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Meetings</source>
        <translation>Tuo tapaamisia</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar-tiedostot (*.ics);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kohdetta %1 ei voi avata: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n meeting(s).</source>
        <translation>
            <numerusform>%n tapaaminen tuotiin.</numerusform>
            <numerusform>%n tapaamista tuotiin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already there.</source>
        <translation>
            <numerusform>%n oli jo olemassa.</numerusform>
            <numerusform>%n oli jo olemassa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Ohitettu:</translation>
    </message>
</context>
<context>
    <name>kontor::TimelineModel</name>
    <message>
        <source>first name</source>
        <translation>etunimi</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>sukunimi</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>tehtävänimike</translation>
    </message>
    <message>
        <source>company</source>
        <translation>yritys</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rooli</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>syntymäpäivä</translation>
    </message>
    <message>
        <source>street</source>
        <translation>katuosoite</translation>
    </message>
    <message>
        <source>city</source>
        <translation>kaupunki</translation>
    </message>
    <message>
        <source>region</source>
        <translation>alue</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>postinumero</translation>
    </message>
    <message>
        <source>country</source>
        <translation>maa</translation>
    </message>
    <message>
        <source>source</source>
        <translation>lähde</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>lämpötila</translation>
    </message>
    <message>
        <source>status</source>
        <translation>tila</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>omistaja</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>muistiinpanot</translation>
    </message>
    <message>
        <source>emails</source>
        <translation>sähköpostit</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>puhelimet</translation>
    </message>
    <message>
        <source>messengers</source>
        <translation>pikaviestimet</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>legal name</source>
        <translation>virallinen nimi</translation>
    </message>
    <message>
        <source>website</source>
        <translation>verkkosivusto</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>toimiala</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>puhelin</translation>
    </message>
    <message>
        <source>email</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Puhelu</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Uusi kauppa</translation>
    </message>
    <message>
        <source>Deal moved</source>
        <translation>Kauppa siirretty</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>Siirretty roskakoriin</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>Palautettu roskakorista</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Muokattu</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Muutettu: %1</translation>
    </message>
    <message>
        <source> (done)</source>
        <translation> (valmis)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Mitä tapahtui</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Tekijä</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>summa</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>valuutta</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>todennäköisyys</translation>
    </message>
    <message>
        <source>expected close</source>
        <translation>arvioitu sulkemispäivä</translation>
    </message>
    <message>
        <source>people</source>
        <translation>henkilöt</translation>
    </message>
    <message>
        <source>products</source>
        <translation>tuotteet</translation>
    </message>
    <message>
        <source>Merged with contact #%1</source>
        <translation>Yhdistetty yhteyshenkilöön #%1</translation>
    </message>
    <message>
        <source>Merge with contact #%1 undone</source>
        <translation>Yhdistäminen yhteyshenkilöön #%1 kumottu</translation>
    </message>
    <message>
        <source>Marked as not a duplicate of contact #%1</source>
        <translation>Merkitty, ettei ole yhteyshenkilön #%1 kaksoiskappale</translation>
    </message>
    <message>
        <source>May be a duplicate of contact #%1 again</source>
        <translation>Voi taas olla yhteyshenkilön #%1 kaksoiskappale</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>Photo removed</source>
        <translation>Kuva poistettu</translation>
    </message>
    <message>
        <source>Photo changed</source>
        <translation>Kuva vaihdettu</translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation>Kuva lisätty</translation>
    </message>
    <message>
        <source>Created by import #%1 (row %2 of the file)</source>
        <translation>Luotu tuonnissa #%1 (tiedoston rivi %2)</translation>
    </message>
    <message>
        <source>Created by import #%1 of %2, row %3</source>
        <translation>Luotu tuonnissa #%1 tiedostosta %2, rivi %3</translation>
    </message>
</context>
<context>
    <name>kontor::TimelinePanel</name>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Historiaa ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Kirjaa puhelu</translation>
    </message>
    <message>
        <source>Log email</source>
        <translation>Kirjaa sähköposti</translation>
    </message>
    <message>
        <source>Log meeting</source>
        <translation>Kirjaa tapaaminen</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Lisää muistiinpano</translation>
    </message>
</context>
<context>
    <name>kontor::TimelineRepository</name>
    <message>
        <source>Cannot read the history</source>
        <translation>Historiaa ei voi lukea</translation>
    </message>
    <message>
        <source>Cannot count the history</source>
        <translation>Historiaa ei voi laskea</translation>
    </message>
</context>
<context>
    <name>kontor::TrashBin</name>
    <message>
        <source>Cannot read the trash</source>
        <translation>Roskakoria ei voi lukea</translation>
    </message>
    <message>
        <source>The number of days cannot be negative</source>
        <translation>Päivien määrä ei voi olla negatiivinen</translation>
    </message>
    <message>
        <source>Cannot empty the trash</source>
        <translation>Roskakoria ei voi tyhjentää</translation>
    </message>
    <message>
        <source>Only contacts, companies, deals and tasks are in the trash</source>
        <translation>Roskakorissa on vain yhteyshenkilöitä, yrityksiä, kauppoja ja tehtäviä</translation>
    </message>
</context>
<context>
    <name>kontor::TrashListing</name>
    <message>
        <source>Cannot read the trash</source>
        <translation>Roskakoria ei voi lukea</translation>
    </message>
    <message>
        <source>Cannot count what is in the trash</source>
        <translation>Roskakorin sisältöä ei voi laskea</translation>
    </message>
</context>
<context>
    <name>kontor::TrashModule</name>
    <message>
        <source>Contact</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Kauppa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Poistaja</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Put the selected records back where they were</source>
        <translation>Palauta valitut tietueet alkuperäisille paikoilleen</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>Tyhjennä roskakori…</translation>
    </message>
    <message>
        <source>Delete everything in the trash for good</source>
        <translation>Poista kaikki roskakorin sisältö pysyvästi</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>The trash could not be read: %1</source>
        <translation>Roskakoria ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Roskakori</translation>
    </message>
    <message>
        <source>Search the trash by name</source>
        <translation>Hae roskakorista nimellä</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Roskakori on tyhjä.</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 löytyi</translation>
    </message>
    <message>
        <source>%1 in the trash</source>
        <translation>%1 roskakorissa</translation>
    </message>
    <message>
        <source>Nothing in the trash matches “%1”.</source>
        <translation>Mikään roskakorissa ei vastaa hakua ”%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) restored.</source>
        <translation>
            <numerusform>%Ln tietue palautettiin.</numerusform>
            <numerusform>%Ln tietuetta palautettiin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some records could not be restored:
%1</source>
        <translation>Joitakin tietueita ei voitu palauttaa:
%1</translation>
    </message>
    <message>
        <source>Empty the Trash?</source>
        <translation>Tyhjennetäänkö roskakori?</translation>
    </message>
    <message>
        <source>Delete the %1 records in the trash for good? Their activities and tasks stay, without them. This cannot be undone.</source>
        <translation>Poistetaanko roskakorin %1 tietuetta pysyvästi? Niiden aktiviteetit ja tehtävät säilyvät ilman niitä. Tätä ei voi kumota.</translation>
    </message>
    <message>
        <source>The trash could not be emptied: %1</source>
        <translation>Roskakoria ei voitu tyhjentää: %1</translation>
    </message>
    <message>
        <source>%1 records deleted for good.</source>
        <translation>%1 tietuetta poistettiin pysyvästi.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Deleted contacts, companies, deals and tasks wait here until you restore them. Select several with Shift or Ctrl.</source>
        <translation>Poistetut yhteyshenkilöt, yritykset, kaupat ja tehtävät odottavat täällä, kunnes palautat ne. Voit valita useita Shift- tai Ctrl-näppäimellä.</translation>
    </message>
</context>
<context>
    <name>kontor::TrashTaskCommand</name>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>Poista &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>kontor::VCardWriter</name>
    <message>
        <source>Cannot write the vCard file.</source>
        <translation>vCard-tiedostoon ei voi kirjoittaa.</translation>
    </message>
</context>
<context>
    <name>kontor::XlsxWriter</name>
    <message>
        <source>Excel export needs the libxlsxwriter library, which cannot be loaded.</source>
        <translation>Excel-vienti edellyttää libxlsxwriter-kirjastoa, jota ei voi ladata.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the workbook.</source>
        <translation>Työkirjalle ei voi luoda väliaikaista kansiota.</translation>
    </message>
    <message>
        <source>Cannot start the workbook.</source>
        <translation>Työkirjaa ei voi aloittaa.</translation>
    </message>
    <message>
        <source>Cannot add a sheet to the workbook.</source>
        <translation>Työkirjaan ei voi lisätä taulukkoa.</translation>
    </message>
    <message>
        <source>An .xlsx sheet holds at most 1,048,576 rows; export as CSV instead.</source>
        <translation>.xlsx-taulukossa voi olla enintään 1 048 576 riviä; vie sen sijaan CSV-muodossa.</translation>
    </message>
    <message>
        <source>A cell is longer than the 32,767 characters .xlsx allows; export as CSV instead.</source>
        <translation>Solu on pidempi kuin .xlsx-muodon sallimat 32 767 merkkiä; vie sen sijaan CSV-muodossa.</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>rivi %1, sarake %2</translation>
    </message>
    <message>
        <source>Cannot write a cell of the workbook.</source>
        <translation>Työkirjan solua ei voi kirjoittaa.</translation>
    </message>
    <message>
        <source>The workbook was not started.</source>
        <translation>Työkirjaa ei aloitettu.</translation>
    </message>
    <message>
        <source>Cannot save the workbook.</source>
        <translation>Työkirjaa ei voi tallentaa.</translation>
    </message>
    <message>
        <source>Cannot read the finished workbook back.</source>
        <translation>Valmista työkirjaa ei voi lukea takaisin.</translation>
    </message>
    <message>
        <source>Cannot write the .xlsx file.</source>
        <translation>.xlsx-tiedostoon ei voi kirjoittaa.</translation>
    </message>
</context>
<context>
    <name>kontor::importing</name>
    <message>
        <source>A vCard file holds contacts; import it as contacts.</source>
        <translation>vCard-tiedosto sisältää yhteyshenkilöitä; tuo se yhteyshenkilöinä.</translation>
    </message>
    <message>
        <source>Cannot read the custom fields</source>
        <translation>Mukautettuja kenttiä ei voi lukea</translation>
    </message>
    <message>
        <source>Cannot read a custom value</source>
        <translation>Mukautettua arvoa ei voi lukea</translation>
    </message>
    <message>
        <source>Cannot save a custom value</source>
        <translation>Mukautettua arvoa ei voi tallentaa</translation>
    </message>
    <message>
        <source>No column of the file is mapped to a field.</source>
        <translation>Mitään tiedoston saraketta ei ole kohdistettu kenttään.</translation>
    </message>
    <message>
        <source>Cannot start the import</source>
        <translation>Tuontia ei voi aloittaa</translation>
    </message>
    <message>
        <source>Cannot create the problem rows file.</source>
        <translation>Ongelmarivitiedostoa ei voi luoda.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Tuonti peruutettiin; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Forced failure for a test.</source>
        <translation>Pakotettu virhe testiä varten.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rivi %1</translation>
    </message>
    <message>
        <source>Cannot save the problem rows file.</source>
        <translation>Ongelmarivitiedostoa ei voi tallentaa.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems, so nothing was imported.</source>
        <translation>
            <numerusform>%n rivillä on ongelmia, joten mitään ei tuotu.</numerusform>
            <numerusform>%n rivillä on ongelmia, joten mitään ei tuotu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot finish the import</source>
        <translation>Tuontia ei voi viimeistellä</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Yrityksen nimi</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Virallinen nimi</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Verkkosivusto</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Toimiala</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kaupunki</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Kontor ID</source>
        <translation>Kontor-tunnus</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>Kaupan otsikko</translation>
    </message>
    <message>
        <source>Pipeline (name)</source>
        <translation>Myyntiputki (nimi)</translation>
    </message>
    <message>
        <source>Stage (name)</source>
        <translation>Vaihe (nimi)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuutta</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Arvioitu sulkemispäivä</translation>
    </message>
    <message>
        <source>Contact (email)</source>
        <translation>Yhteyshenkilö (sähköposti)</translation>
    </message>
    <message>
        <source>Company (name)</source>
        <translation>Yritys (nimi)</translation>
    </message>
    <message>
        <source>Owner (name or email)</source>
        <translation>Omistaja (nimi tai sähköposti)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Full name (split)</source>
        <translation>Koko nimi (jaetaan)</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Matkapuhelin</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Syntymäpäivä</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Lämpötila</translation>
    </message>
    <message>
        <source>Cannot restore a custom value</source>
        <translation>Mukautettua arvoa ei voi palauttaa</translation>
    </message>
    <message>
        <source>Cannot restore the record</source>
        <translation>Tietuetta ei voi palauttaa</translation>
    </message>
    <message>
        <source>Cannot remove what the import created</source>
        <translation>Tuonnin luomia tietoja ei voi poistaa</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>tuonti %1</translation>
    </message>
    <message>
        <source>Cannot read the import</source>
        <translation>Tuontia ei voi lukea</translation>
    </message>
    <message>
        <source>There is no such import.</source>
        <translation>Tällaista tuontia ei ole.</translation>
    </message>
    <message>
        <source>This import was already undone.</source>
        <translation>Tämä tuonti on jo kumottu.</translation>
    </message>
    <message>
        <source>Cannot mark the import as undone</source>
        <translation>Tuontia ei voi merkitä kumotuksi</translation>
    </message>
    <message>
        <source>Cannot read the import history</source>
        <translation>Tuontihistoriaa ei voi lukea</translation>
    </message>
    <message>
        <source>no such day in the calendar</source>
        <translation>kalenterissa ei ole tällaista päivää</translation>
    </message>
    <message>
        <source>a two-digit year is ambiguous; write the year in full</source>
        <translation>kaksinumeroinen vuosi on moniselitteinen; kirjoita vuosi kokonaan</translation>
    </message>
    <message>
        <source>ambiguous: %1 could be day/month or month/day; choose the order</source>
        <translation>moniselitteinen: %1 voi olla päivä/kuukausi tai kuukausi/päivä; valitse järjestys</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>ei päivämäärä</translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation>ei summa</translation>
    </message>
    <message>
        <source>ambiguous: %1 could be thousands or decimals</source>
        <translation>moniselitteinen: %1 voi olla tuhansia tai desimaaleja</translation>
    </message>
    <message>
        <source>more than two decimals</source>
        <translation>yli kaksi desimaalia</translation>
    </message>
    <message>
        <source>amount too large</source>
        <translation>summa on liian suuri</translation>
    </message>
    <message>
        <source>Cannot save the new companies</source>
        <translation>Uusia yrityksiä ei voi tallentaa</translation>
    </message>
    <message>
        <source>Cannot save the new contacts</source>
        <translation>Uusia yhteyshenkilöitä ei voi tallentaa</translation>
    </message>
    <message>
        <source>Status (open, won, lost)</source>
        <translation>Tila (open, won, lost)</translation>
    </message>
    <message>
        <source>Lost reason (name)</source>
        <translation>Häviämisen syy (nimi)</translation>
    </message>
    <message>
        <source>Type (call, email, meeting, note)</source>
        <translation>Tyyppi (call, email, meeting, note)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Päivämäärä ja aika</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>Note / body</source>
        <translation>Muistiinpano / sisältö</translation>
    </message>
    <message>
        <source>Deal (title)</source>
        <translation>Kauppa (otsikko)</translation>
    </message>
    <message>
        <source>Duration (minutes or h:mm)</source>
        <translation>Kesto (minuutit tai h:mm)</translation>
    </message>
    <message>
        <source>Direction (in, out)</source>
        <translation>Suunta (in, out)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>A mapping profile needs a name of 1 to 100 characters.</source>
        <translation>Vastaavuusprofiililla on oltava 1–100 merkin nimi.</translation>
    </message>
    <message>
        <source>Cannot save the mapping profile</source>
        <translation>Vastaavuusprofiilia ei voi tallentaa</translation>
    </message>
    <message>
        <source>Cannot read the mapping profiles</source>
        <translation>Vastaavuusprofiileja ei voi lukea</translation>
    </message>
    <message>
        <source>Cannot read the mapping profile</source>
        <translation>Vastaavuusprofiilia ei voi lukea</translation>
    </message>
    <message>
        <source>There is no mapping profile of this name.</source>
        <translation>Tämännimistä vastaavuusprofiilia ei ole.</translation>
    </message>
    <message>
        <source>Cannot delete the mapping profile</source>
        <translation>Vastaavuusprofiilia ei voi poistaa</translation>
    </message>
    <message>
        <source>Cannot restore when the contact was last contacted</source>
        <translation>Yhteyshenkilön viimeisimmän yhteydenoton aikaa ei voi palauttaa</translation>
    </message>
    <message>
        <source>not a time of day</source>
        <translation>ei kellonaika</translation>
    </message>
    <message>
        <source>External ID (the other system&apos;s)</source>
        <translation>Ulkoinen tunnus (toisen järjestelmän)</translation>
    </message>
    <message>
        <source>Cannot restore the deal&apos;s external id</source>
        <translation>Kaupan ulkoista tunnusta ei voi palauttaa</translation>
    </message>
    <message>
        <source>Cannot look for duplicates</source>
        <translation>Kaksoiskappaleita ei voi etsiä</translation>
    </message>
    <message>
        <source>Cannot update the search index</source>
        <translation>Hakuindeksiä ei voi päivittää</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Kuva</translation>
    </message>
    <message>
        <source>Cannot save the activities</source>
        <translation>Aktiviteetteja ei voi tallentaa</translation>
    </message>
    <message>
        <source>Cannot save the new deals</source>
        <translation>Uusia kauppoja ei voi tallentaa</translation>
    </message>
    <message>
        <source>Cannot read the deal</source>
        <translation>Kauppaa ei voi lukea</translation>
    </message>
</context>
<context>
    <name>kontor::importing::FetchedPhotos</name>
    <message>
        <source>Cannot keep the photos: no room for them in the temporary folder.</source>
        <translation>Kuvia ei voi säilyttää: väliaikaisessa kansiossa ei ole niille tilaa.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Tuonti peruutettiin; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Cannot keep the photos: the temporary folder is full or not writable.</source>
        <translation>Kuvia ei voi säilyttää: väliaikainen kansio on täynnä tai kirjoitussuojattu.</translation>
    </message>
    <message>
        <source>the fetched photo could not be read back (%1)</source>
        <translation>haettua kuvaa ei voitu lukea takaisin (%1)</translation>
    </message>
</context>
<context>
    <name>kontor::importing::ImportMapping</name>
    <message>
        <source>The mapping names a column the file does not have.</source>
        <translation>Vastaavuuksissa mainitaan sarake, jota tiedostossa ei ole.</translation>
    </message>
    <message>
        <source>The mapping names an unknown field.</source>
        <translation>Vastaavuuksissa mainitaan tuntematon kenttä.</translation>
    </message>
</context>
<context>
    <name>kontor::importing::ImportProblem</name>
    <message>
        <source>row %1: %2</source>
        <translation>rivi %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2, &quot;%3&quot;: %4</source>
        <translation>rivi %1, sarake %2, &quot;%3&quot;: %4</translation>
    </message>
</context>
<context>
    <name>kontor::importing::MappingProfile</name>
    <message>
        <source>The saved mapping profile is damaged.</source>
        <translation>Tallennettu vastaavuusprofiili on vioittunut.</translation>
    </message>
    <message>
        <source>The saved mapping profile names an unknown field.</source>
        <translation>Tallennetussa vastaavuusprofiilissa mainitaan tuntematon kenttä.</translation>
    </message>
    <message>
        <source>The mapping profile &quot;%1&quot; needs a column this file does not have.</source>
        <translation>Vastaavuusprofiili &quot;%1&quot; tarvitsee sarakkeen, jota tässä tiedostossa ei ole.</translation>
    </message>
</context>
<context>
    <name>kontor::importing::VCardSource</name>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Koko nimi</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Matkapuhelin</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Syntymäpäivä</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kaupunki</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail</name>
    <message>
        <source>Cannot record the import</source>
        <translation>Tuontia ei voi kirjata</translation>
    </message>
    <message>
        <source>Cannot look up the company</source>
        <translation>Yritystä ei voi hakea</translation>
    </message>
    <message>
        <source>Cannot read the deal&apos;s stage</source>
        <translation>Kaupan vaihetta ei voi lukea</translation>
    </message>
    <message>
        <source>The deal is gone.</source>
        <translation>Kauppaa ei enää ole.</translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation>kauppa %1</translation>
    </message>
    <message>
        <source>Cannot put the deal back in its stage</source>
        <translation>Kauppaa ei voi palauttaa vaiheeseensa</translation>
    </message>
    <message>
        <source>Cannot keep the photos</source>
        <translation>Kuvia ei voi säilyttää</translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation>ei sähköpostiosoite</translation>
    </message>
    <message>
        <source>a birthday in the future</source>
        <translation>syntymäpäivä tulevaisuudessa</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>on oltava jokin seuraavista: %1</translation>
    </message>
    <message>
        <source>not a record id</source>
        <translation>ei tietueen tunnus</translation>
    </message>
    <message>
        <source>no name and no email address</source>
        <translation>ei nimeä eikä sähköpostiosoitetta</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::ActivityWriter</name>
    <message>
        <source>must be one of: call, email, meeting, note</source>
        <translation>on oltava jokin seuraavista: call, email, meeting, note</translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation>ei sähköpostiosoite</translation>
    </message>
    <message>
        <source>no contact has this email address; import the contacts first</source>
        <translation>millään yhteyshenkilöllä ei ole tätä sähköpostiosoitetta; tuo ensin yhteyshenkilöt</translation>
    </message>
    <message>
        <source>not a duration: write minutes (45) or hours and minutes (1:30)</source>
        <translation>ei kesto: kirjoita minuutit (45) tai tunnit ja minuutit (1:30)</translation>
    </message>
    <message>
        <source>must be in (incoming) or out (outgoing)</source>
        <translation>on oltava in (saapuva) tai out (lähtevä)</translation>
    </message>
    <message>
        <source>no type (call, email, meeting or note)</source>
        <translation>ei tyyppiä (call, email, meeting tai note)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ei päivämäärää</translation>
    </message>
    <message>
        <source>no contact email</source>
        <translation>ei yhteyshenkilön sähköpostia</translation>
    </message>
    <message>
        <source>neither a subject nor a note</source>
        <translation>ei aihetta eikä muistiinpanoa</translation>
    </message>
    <message>
        <source>Cannot look for duplicates</source>
        <translation>Kaksoiskappaleita ei voi etsiä</translation>
    </message>
    <message>
        <source>Cannot read when the contact was last contacted</source>
        <translation>Yhteyshenkilön viimeisimmän yhteydenoton aikaa ei voi lukea</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::CompanyWriter</name>
    <message>
        <source>not an email address</source>
        <translation>ei sähköpostiosoite</translation>
    </message>
    <message>
        <source>not a record id</source>
        <translation>ei tietueen tunnus</translation>
    </message>
    <message>
        <source>no company name</source>
        <translation>ei yrityksen nimeä</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::ContactWriter</name>
    <message>
        <source>Cannot look for duplicates</source>
        <translation>Kaksoiskappaleita ei voi etsiä</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::DealRowReader</name>
    <message>
        <source>a deal amount cannot be negative</source>
        <translation>kaupan summa ei voi olla negatiivinen</translation>
    </message>
    <message>
        <source>not a currency code such as EUR or USD</source>
        <translation>ei valuuttakoodi, kuten EUR tai USD</translation>
    </message>
    <message>
        <source>must be one of: open, won, lost</source>
        <translation>on oltava jokin seuraavista: open, won, lost</translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation>ei sähköpostiosoite</translation>
    </message>
    <message>
        <source>no contact has this email address; import the contacts first</source>
        <translation>millään yhteyshenkilöllä ei ole tätä sähköpostiosoitetta; tuo ensin yhteyshenkilöt</translation>
    </message>
    <message>
        <source>not a record id</source>
        <translation>ei tietueen tunnus</translation>
    </message>
    <message>
        <source>the amount is in %1, this column says %2</source>
        <translation>summa on valuutassa %1, tämä sarake ilmoittaa %2</translation>
    </message>
    <message>
        <source>no deal title</source>
        <translation>ei kaupan otsikkoa</translation>
    </message>
    <message>
        <source>no pipeline of this name; the pipelines are: %1</source>
        <translation>tämännimistä myyntiputkea ei ole; myyntiputket ovat: %1</translation>
    </message>
    <message>
        <source>no stage of this name in the pipeline &quot;%1&quot;; its stages are: %2</source>
        <translation>myyntiputkessa &quot;%1&quot; ei ole tämännimistä vaihetta; sen vaiheet ovat: %2</translation>
    </message>
    <message>
        <source>no stage of this name; the stages are: %1</source>
        <translation>tämännimistä vaihetta ei ole; vaiheet ovat: %1</translation>
    </message>
    <message>
        <source>a stage of several pipelines (%1); add a Pipeline column</source>
        <translation>useamman myyntiputken vaihe (%1); lisää Myyntiputki-sarake</translation>
    </message>
    <message>
        <source>the stage &quot;%1&quot; is a %2 stage</source>
        <translation>vaiheen &quot;%1&quot; laji on %2</translation>
    </message>
    <message>
        <source>the pipeline &quot;%1&quot; has no %2 stage</source>
        <translation>myyntiputkessa &quot;%1&quot; ei ole vaihetta, jonka laji on %2</translation>
    </message>
    <message>
        <source>there is no pipeline to put the deal in</source>
        <translation>myyntiputkea, johon kauppa sijoitetaan, ei ole</translation>
    </message>
    <message>
        <source>no lost reason of this name; the reasons are: %1</source>
        <translation>tämännimistä häviämisen syytä ei ole; syyt ovat: %1</translation>
    </message>
    <message>
        <source>a lost reason for a deal that is not lost</source>
        <translation>häviämisen syy kaupalle, jota ei ole hävitty</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::DealWriter</name>
    <message>
        <source>Cannot save the deal&apos;s external id</source>
        <translation>Kaupan ulkoista tunnusta ei voi tallentaa</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::ImportLookups</name>
    <message>
        <source>Cannot look up the contact</source>
        <translation>Yhteyshenkilöä ei voi hakea</translation>
    </message>
    <message>
        <source>Cannot read the users</source>
        <translation>Käyttäjiä ei voi lukea</translation>
    </message>
    <message>
        <source>%1 users have this name; use their login or email</source>
        <translation>Tällä nimellä on %1 käyttäjää; käytä heidän käyttäjätunnustaan tai sähköpostiaan</translation>
    </message>
    <message>
        <source>no user of this name, login or email; the users are: %1</source>
        <translation>tämännimistä käyttäjää, käyttäjätunnusta tai sähköpostia ei ole; käyttäjät ovat: %1</translation>
    </message>
    <message>
        <source>Cannot look up the deal</source>
        <translation>Kauppaa ei voi hakea</translation>
    </message>
    <message>
        <source>several deals of this contact have this title</source>
        <translation>tämän yhteyshenkilön useilla kaupoilla on tämä otsikko</translation>
    </message>
    <message>
        <source>several deals have this title</source>
        <translation>useilla kaupoilla on tämä otsikko</translation>
    </message>
    <message>
        <source>this contact has no deal with this title</source>
        <translation>tällä yhteyshenkilöllä ei ole kauppaa, jolla on tämä otsikko</translation>
    </message>
    <message>
        <source>no deal has this title</source>
        <translation>millään kaupalla ei ole tätä otsikkoa</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::PhotoKeeper</name>
    <message>
        <source>embedded image</source>
        <translation>upotettu kuva</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Tuonti peruutettiin; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Kuva</translation>
    </message>
    <message>
        <source>%1 The contact was imported without the photo.</source>
        <translation>%1 Yhteyshenkilö tuotiin ilman kuvaa.</translation>
    </message>
    <message>
        <source>%1 %2 was imported without the photo.</source>
        <translation>%1 %2 tuotiin ilman kuvaa.</translation>
    </message>
</context>
<context>
    <name>kontor::phone</name>
    <message>
        <source>Cannot read the default phone region</source>
        <translation>Puhelinnumeroiden oletusaluetta ei voi lukea</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: it needs 3 to 17 digits</source>
        <translation>&quot;%1&quot; ei ole puhelinnumero: siinä on oltava 3–17 numeroa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: no country uses this code and length</source>
        <translation>&quot;%1&quot; ei ole puhelinnumero: mikään maa ei käytä tätä suuntanumeroa ja pituutta</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region code phone numbers know (two letters, e.g. FI, DE, RU, US)</source>
        <translation>&quot;%1&quot; ei ole tunnettu puhelinnumeroiden aluekoodi (kaksi kirjainta, esim. FI, DE, RU, US)</translation>
    </message>
    <message>
        <source>default region</source>
        <translation>oletusalue</translation>
    </message>
    <message>
        <source>Cannot save the default phone region</source>
        <translation>Puhelinnumeroiden oletusaluetta ei voi tallentaa</translation>
    </message>
</context>
<context>
    <name>kontor::reports</name>
    <message>
        <source>dashboard</source>
        <translation>koontinäyttö</translation>
    </message>
    <message>
        <source>dashboard: overdue tasks</source>
        <translation>koontinäyttö: myöhässä olevat tehtävät</translation>
    </message>
    <message>
        <source>dashboard: new leads</source>
        <translation>koontinäyttö: uudet liidit</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Koontinäyttö</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Avoimet kaupat</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Avoin myyntiputki</translation>
    </message>
    <message>
        <source>Won this month</source>
        <translation>Voitettu tässä kuussa</translation>
    </message>
    <message>
        <source>Plan this month</source>
        <translation>Suunnitelma tässä kuussa</translation>
    </message>
    <message>
        <source>Of plan</source>
        <translation>Suunnitelmasta</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Myöhässä olevat tehtävät</translation>
    </message>
    <message>
        <source>New leads this week</source>
        <translation>Uudet liidit tällä viikolla</translation>
    </message>
    <message>
        <source>Stale deals</source>
        <translation>Pysähtyneet kaupat</translation>
    </message>
    <message>
        <source>count the deals behind a figure</source>
        <translation>luvun taustalla olevien kauppojen laskeminen</translation>
    </message>
    <message>
        <source>list the deals behind a figure</source>
        <translation>luvun taustalla olevien kauppojen luettelointi</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Kauppa</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Omistaja</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuutta</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Arvioitu sulkemispäivä</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Kaupat</translation>
    </message>
    <message>
        <source>count overdue tasks</source>
        <translation>myöhässä olevien tehtävien laskeminen</translation>
    </message>
    <message>
        <source>list overdue tasks</source>
        <translation>myöhässä olevien tehtävien luettelointi</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tehtävät</translation>
    </message>
    <message>
        <source>count new contacts</source>
        <translation>uusien yhteyshenkilöiden laskeminen</translation>
    </message>
    <message>
        <source>list new contacts</source>
        <translation>uusien yhteyshenkilöiden luettelointi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <source>Customer key</source>
        <translation>Asiakasavain</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Voitetut kaupat</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Liikevaihto</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>list customers</source>
        <translation>asiakkaiden luettelointi</translation>
    </message>
    <message>
        <source>company</source>
        <translation>yritys</translation>
    </message>
    <message>
        <source>person</source>
        <translation>henkilö</translation>
    </message>
    <message>
        <source>There are no records behind this figure.</source>
        <translation>Tämän luvun taustalla ei ole tietueita.</translation>
    </message>
    <message>
        <source>ABC/XYZ</source>
        <translation>ABC/XYZ</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Solu</translation>
    </message>
    <message>
        <source>Revenue class</source>
        <translation>Liikevaihtoluokka</translation>
    </message>
    <message>
        <source>Regularity class</source>
        <translation>Säännöllisyysluokka</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Osuus liikevaihdosta</translation>
    </message>
    <message>
        <source>Customers in %1</source>
        <translation>Asiakkaat solussa %1</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Kuukaudet</translation>
    </message>
    <message>
        <source>funnel</source>
        <translation>myyntisuppilo</translation>
    </message>
    <message>
        <source>Funnel: %1</source>
        <translation>Myyntisuppilo: %1</translation>
    </message>
    <message>
        <source>Stage id</source>
        <translation>Vaiheen tunnus</translation>
    </message>
    <message>
        <source>Deals reached</source>
        <translation>Vaiheeseen saapuneet kaupat</translation>
    </message>
    <message>
        <source>From previous stage</source>
        <translation>Edellisestä vaiheesta</translation>
    </message>
    <message>
        <source>From first stage</source>
        <translation>Ensimmäisestä vaiheesta</translation>
    </message>
    <message>
        <source>Average days in stage</source>
        <translation>Päiviä vaiheessa keskimäärin</translation>
    </message>
    <message>
        <source>Median days in stage</source>
        <translation>Päiviä vaiheessa (mediaani)</translation>
    </message>
    <message>
        <source>Deals that reached %1</source>
        <translation>Kaupat, jotka saavuttivat vaiheen %1</translation>
    </message>
    <message>
        <source>Deals created</source>
        <translation>Luodut kaupat</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Voitettu</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Hävitty</translation>
    </message>
    <message>
        <source>Overall conversion</source>
        <translation>Kokonaiskonversio</translation>
    </message>
    <message>
        <source>Average cycle</source>
        <translation>Keskimääräinen sykli</translation>
    </message>
    <message>
        <source>Median cycle</source>
        <translation>Syklin mediaani</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>ennuste</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Painotettu</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Suunnitelma</translation>
    </message>
    <message>
        <source>Weighted of plan</source>
        <translation>Painotettu suunnitelmasta</translation>
    </message>
    <message>
        <source>Open deals expected to close in %1</source>
        <translation>Avoimet kaupat, joiden arvioitu sulkemisaika on %1</translation>
    </message>
    <message>
        <source>plan vs fact</source>
        <translation>suunnitelma vs. toteuma</translation>
    </message>
    <message>
        <source>Plan id</source>
        <translation>Suunnitelman tunnus</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Käyttäjän tunnus</translation>
    </message>
    <message>
        <source>Manager and period</source>
        <translation>Myyjä ja jakso</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Myyjä</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Asti</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Toteuma</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Saavutettu</translation>
    </message>
    <message>
        <source>Won by %1 in %2</source>
        <translation>Käyttäjän %1 voittamat jaksolla %2</translation>
    </message>
    <message>
        <source>sales dynamics</source>
        <translation>myynnin kehitys</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Jakso</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Voitettu summa</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Edellinen jakso</translation>
    </message>
    <message>
        <source>Won before</source>
        <translation>Voitetut ennen</translation>
    </message>
    <message>
        <source>Amount before</source>
        <translation>Summa ennen</translation>
    </message>
    <message>
        <source>Deals won from %1</source>
        <translation>Voitetut kaupat %1 alkaen</translation>
    </message>
    <message>
        <source>Won in the period before</source>
        <translation>Voitetut edellisellä jaksolla</translation>
    </message>
    <message>
        <source>Amount in the period before</source>
        <translation>Summa edellisellä jaksolla</translation>
    </message>
    <message>
        <source>Change of amount</source>
        <translation>Summan muutos</translation>
    </message>
    <message>
        <source>won vs lost</source>
        <translation>voitetut vs. hävityt</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Voittoprosentti</translation>
    </message>
    <message>
        <source>Deals closed from %1</source>
        <translation>Suljetut kaupat %1 alkaen</translation>
    </message>
    <message>
        <source>lost reasons</source>
        <translation>häviämisen syyt</translation>
    </message>
    <message>
        <source>Reason id</source>
        <translation>Syyn tunnus</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>Hävityt kaupat</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Osuus</translation>
    </message>
    <message>
        <source>Amount lost</source>
        <translation>Hävitty summa</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(syytä ei annettu)</translation>
    </message>
    <message>
        <source>Deals lost: %1</source>
        <translation>Hävityt kaupat: %1</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>jakauma</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Väli</translation>
    </message>
    <message>
        <source>Won deals: %1</source>
        <translation>Voitetut kaupat: %1</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Keskiarvo</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediaani</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 and more</source>
        <translation>%1 ja enemmän</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 päivää</translation>
    </message>
    <message>
        <source>%1 days and more</source>
        <translation>%1 päivää ja enemmän</translation>
    </message>
    <message>
        <source>managers report</source>
        <translation>myyjäraportti</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Puhelut</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Tapaamiset</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Sähköpostit</translation>
    </message>
    <message>
        <source>Tasks on time</source>
        <translation>Tehtävät ajallaan</translation>
    </message>
    <message>
        <source>Tasks done late</source>
        <translation>Myöhässä tehdyt tehtävät</translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation>Myöhässä olevat tehtävät</translation>
    </message>
    <message>
        <source>Deals closed by %1</source>
        <translation>Käyttäjän %1 sulkemat kaupat</translation>
    </message>
    <message>
        <source>channels report</source>
        <translation>kanavaraportti</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>Lähdekanava</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversio</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(ei lähdettä)</translation>
    </message>
    <message>
        <source>Deals from %1</source>
        <translation>Kaupat lähteestä %1</translation>
    </message>
    <message>
        <source>sales plans</source>
        <translation>myyntisuunnitelmat</translation>
    </message>
    <message>
        <source>In stage now</source>
        <translation>Nyt vaiheessa</translation>
    </message>
    <message>
        <source>Average days so far</source>
        <translation>Päiviä tähän mennessä keskimäärin</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Koko suunnitelma</translation>
    </message>
    <message>
        <source>Plan from</source>
        <translation>Suunnitelma alkaen</translation>
    </message>
    <message>
        <source>Plan to</source>
        <translation>Suunnitelma asti</translation>
    </message>
    <message>
        <source>Cannot update the time deals spent in each stage</source>
        <translation>Kauppojen kussakin vaiheessa viettämää aikaa ei voi päivittää</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kontor, a CRM for salespeople.</source>
        <translation>Kontor, CRM myyjille.</translation>
    </message>
    <message>
        <source>Open this database (sqlite:FILE or postgresql://user@host:port/name) instead of KONTOR_DB.</source>
        <translation>Avaa tämä tietokanta (sqlite:FILE tai postgresql://user@host:port/name) KONTOR_DB:n sijaan.</translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE and exit.</source>
        <translation>Tallenna kuva pääikkunasta tiedostoon FILE ja lopeta.</translation>
    </message>
    <message>
        <source>Show this module first (contacts, companies, ...).</source>
        <translation>Näytä ensin tämä moduuli (contacts, companies, ...).</translation>
    </message>
    <message>
        <source>User interface language (en, ru, bg, fi, sw, fa, lo).</source>
        <translation>Käyttöliittymän kieli (en, ru, bg, fi, sw, fa, lo).</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Tietokantaa ei voi avata</translation>
    </message>
    <message>
        <source>Open the card of the contact with this id.</source>
        <translation>Avaa yhteyshenkilön kortti, jolla on tämä tunnus.</translation>
    </message>
    <message>
        <source>Open the card of the company with this id.</source>
        <translation>Avaa yrityksen kortti, jolla on tämä tunnus.</translation>
    </message>
    <message>
        <source>Open the card of the deal with this id.</source>
        <translation>Avaa kaupan kortti, jolla on tämä tunnus.</translation>
    </message>
    <message>
        <source>Open a settings dialog: pipelines or products.</source>
        <translation>Avaa asetusikkuna: pipelines tai products.</translation>
    </message>
    <message>
        <source>Open quick-search[:TEXT], custom-fields or duplicates.</source>
        <translation>Avaa quick-search[:TEXT], custom-fields tai duplicates.</translation>
    </message>
</context>
</TS>
