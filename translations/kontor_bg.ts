<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG">
<context>
    <name>Audit</name>
    <message>
        <source>Cannot write the audit log</source>
        <translation>Одитният дневник не може да бъде записан</translation>
    </message>
</context>
<context>
    <name>BulkLoad</name>
    <message>
        <source>Cannot write the rows</source>
        <translation>Редовете не могат да бъдат записани</translation>
    </message>
    <message>
        <source>Cannot prepare the tables for a bulk load</source>
        <translation>Таблиците не могат да бъдат подготвени за групово зареждане</translation>
    </message>
    <message>
        <source>Cannot rebuild the indexes after a bulk load</source>
        <translation>Индексите не могат да бъдат изградени наново след груповото зареждане</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Website</source>
        <translation>Уебсайт</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Социални мрежи</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Препоръка</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Събитие</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Друго</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Студен</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Топъл</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Горещ</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Без оценка</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Проверка преди импортиране</translation>
    </message>
    <message>
        <source>Every row was checked and matched as the import will do it; nothing is saved yet.</source>
        <translation>Всеки ред е проверен и съпоставен така, както ще бъде при импортирането; все още нищо не е записано.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортиране</translation>
    </message>
    <message>
        <source>Show problem rows only</source>
        <translation>Само редовете с проблеми</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Проверка на всички редове…</translation>
    </message>
    <message>
        <source>Rows with problems are left out and can be saved to a file after the import. Go back to change the mapping or the date order.</source>
        <translation>Редовете с проблеми се пропускат и могат да бъдат записани във файл след импортирането. Върнете се назад, за да промените съпоставянето или реда на датите.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ред</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблем</translation>
    </message>
    <message>
        <source>The grid shows the first %1 rows with problems; all %2 go to the problem rows file you can save after the import.</source>
        <translation>Таблицата показва първите %1 реда с проблеми; всички %2 се записват във файла с проблемните редове, който можете да запишете след импортирането.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) cannot be kept; those contacts will be imported without them:</source>
        <translation>
            <numerusform>%n снимка не може да бъде запазена; тези контакти ще бъдат импортирани без нея:</numerusform>
            <numerusform>%n снимки не могат да бъдат запазени; тези контакти ще бъдат импортирани без тях:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is checked and matched as the import will do it; nothing is saved.</source>
        <translation>Всеки ред се проверява и съпоставя така, както ще го направи импортирането; нищо не се запазва.</translation>
    </message>
    <message>
        <source>The check stopped; nothing is saved.</source>
        <translation>Проверката спря; нищо не е запазено.</translation>
    </message>
</context>
<context>
    <name>CompaniesModule</name>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасъл</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Град</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Уебсайт</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Хора</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Фирми</translation>
    </message>
    <message>
        <source>Search by company name</source>
        <translation>Търсене по име на фирма</translation>
    </message>
    <message>
        <source>No companies yet. Import a file or add demo data to get started.</source>
        <translation>Все още няма фирми. Импортирайте файл или добавете демонстрационни данни, за да започнете.</translation>
    </message>
    <message>
        <source>No company name starts with “%1”.</source>
        <translation>Няма име на фирма, което започва с „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s) found</source>
        <translation>
            <numerusform>Намерена е %Ln фирма</numerusform>
            <numerusform>Намерени са %Ln фирми</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>%Ln фирма</numerusform>
            <numerusform>%Ln фирми</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Изтрий</translation>
    </message>
    <message>
        <source>Move the selected companies to the trash (Del)</source>
        <translation>Преместване на избраните фирми в кошчето (Del)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s) moved to the trash. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%Ln фирма е преместена в кошчето. Отмяна с Ctrl+Z.</numerusform>
            <numerusform>%Ln фирми са преместени в кошчето. Отмяна с Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Експортиране…</translation>
    </message>
    <message>
        <source>Save the selected companies as CSV, Excel, vCard or JSON</source>
        <translation>Записване на избраните фирми като CSV, Excel, vCard или JSON</translation>
    </message>
</context>
<context>
    <name>ContactsModule</name>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Фирма</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Длъжност</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Град</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Search by name, email or phone</source>
        <translation>Търсене по име, имейл или телефон</translation>
    </message>
    <message>
        <source>No contacts yet. Import a file or add demo data to get started.</source>
        <translation>Все още няма контакти. Импортирайте файл или добавете демонстрационни данни, за да започнете.</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>Няма контакт, който отговаря на „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) found</source>
        <translation>
            <numerusform>Намерен е %Ln контакт</numerusform>
            <numerusform>Намерени са %Ln контакта</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакта</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Изтрий</translation>
    </message>
    <message>
        <source>Move the selected contacts to the trash (Del)</source>
        <translation>Преместване на избраните контакти в кошчето (Del)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) moved to the trash. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%Ln контакт е преместен в кошчето. Отмяна с Ctrl+Z.</numerusform>
            <numerusform>%Ln контакта са преместени в кошчето. Отмяна с Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact matches this filter.</source>
        <translation>Няма контакт, който отговаря на този филтър.</translation>
    </message>
    <message>
        <source>Find Duplicates…</source>
        <translation>Търсене на дубликати…</translation>
    </message>
    <message>
        <source>Look for contacts that are the same person across the whole base and merge them</source>
        <translation>Търсене на контакти, които са едно и също лице, в цялата база и обединяването им</translation>
    </message>
    <message>
        <source>&amp;Phone Numbers…</source>
        <translation>&amp;Телефонни номера…</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database server cannot be reached</source>
        <translation>Няма връзка със сървъра на базата данни</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved</source>
        <translation>Дискът е пълен; нищо не е записано</translation>
    </message>
    <message>
        <source>Another program is writing to the database</source>
        <translation>Друга програма записва в базата данни</translation>
    </message>
    <message>
        <source>Nothing to commit</source>
        <translation>Няма нищо за потвърждаване</translation>
    </message>
    <message>
        <source>The transaction failed</source>
        <translation>Транзакцията е неуспешна</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>This is not a database address Kontor understands</source>
        <translation>Това не е адрес на база данни, който Kontor разпознава</translation>
    </message>
</context>
<context>
    <name>DuplicateCommands</name>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Обединяване на „%1“ в „%2“</translation>
    </message>
    <message>
        <source>Cannot undo the merge: %1</source>
        <translation>Обединяването не може да бъде отменено: %1</translation>
    </message>
    <message>
        <source>Cannot merge again: %1</source>
        <translation>Обединяването не може да бъде повторено: %1</translation>
    </message>
    <message>
        <source>“%1” and “%2” are not duplicates</source>
        <translation>„%1“ и „%2“ не са дубликати</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Duplicates and dates</source>
        <translation>Дубликати и дати</translation>
    </message>
    <message>
        <source>How a row is recognised as a record Kontor already has, and what happens then.</source>
        <translation>Как даден ред се разпознава като запис, който вече съществува в Kontor, и какво става тогава.</translation>
    </message>
    <message>
        <source>A row is the same record when it has the same:</source>
        <translation>Редът е същият запис, когато има същия/същото:</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Имейл адрес</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Телефонен номер</translation>
    </message>
    <message>
        <source>Name and company</source>
        <translation>Име и фирма</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Kontor ID (a column of a Kontor export)</source>
        <translation>Kontor ID (колона от експорт на Kontor)</translation>
    </message>
    <message>
        <source>When it is already there:</source>
        <translation>Когато вече съществува:</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Пропускане на реда</translation>
    </message>
    <message>
        <source>Update the record with the row&apos;s values</source>
        <translation>Актуализиране на записа със стойностите от реда</translation>
    </message>
    <message>
        <source>Fill only the record&apos;s empty fields</source>
        <translation>Попълване само на празните полета на записа</translation>
    </message>
    <message>
        <source>Create another record anyway</source>
        <translation>Създаване на нов запис въпреки това</translation>
    </message>
    <message>
        <source>Dates like 03/04/2023 are:</source>
        <translation>Дати като 03/04/2023 са:</translation>
    </message>
    <message>
        <source>ambiguous: list them as problems</source>
        <translation>нееднозначни: да се отбележат като проблеми</translation>
    </message>
    <message>
        <source>day / month / year</source>
        <translation>ден / месец / година</translation>
    </message>
    <message>
        <source>month / day / year</source>
        <translation>месец / ден / година</translation>
    </message>
    <message>
        <source>Save this mapping for the next file as:</source>
        <translation>Запазване на това съпоставяне за следващия файл като:</translation>
    </message>
    <message>
        <source>a name, e.g. “Trade fair list” (optional)</source>
        <translation>име, напр. „Списък от панаира“ (по избор)</translation>
    </message>
    <message>
        <source>An activity is already there when its contact, type, time, subject and note are the same.</source>
        <translation>Дадена дейност вече съществува, когато контактът, типът, часът, темата и бележката са същите.</translation>
    </message>
    <message>
        <source>Title and company</source>
        <translation>Заглавие и фирма</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <source>Keep photos (the cards&apos; pictures are stored with the contacts)</source>
        <translation>Запазване на снимките (изображенията от визитките се съхраняват с контактите)</translation>
    </message>
    <message>
        <source>A contact that has a photo keeps it; Undo import removes the photos it added.</source>
        <translation>Контакт, който има снимка, я запазва; „Отмяна на импортирането“ премахва добавените снимки.</translation>
    </message>
</context>
<context>
    <name>EditDealCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Редактиране на „%1“</translation>
    </message>
    <message>
        <source>“%1” could not be changed back: %2</source>
        <translation>„%1“ не можа да бъде върната в предишното състояние: %2</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Избор на файл</translation>
    </message>
    <message>
        <source>CSV, Excel (.xlsx) or vCard. Nothing is saved until the last step.</source>
        <translation>CSV, Excel (.xlsx) или vCard. Нищо не се записва до последната стъпка.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Преглед…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Фирми</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Автоматично</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Запетая ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Точка и запетая ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табулация</translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation>Вертикална черта |</translation>
    </message>
    <message>
        <source>none</source>
        <translation>няма</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Import as:</source>
        <translation>Импортиране като:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Кодиране:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Разделител:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Лист:</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Заглавен ред:</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Импортиране на файл</translation>
    </message>
    <message>
        <source>Choose a file to import, or drop one on Kontor&apos;s window.</source>
        <translation>Изберете файл за импортиране или го пуснете в прозореца на Kontor.</translation>
    </message>
    <message>
        <source>vCard file (%1); each card becomes a contact.</source>
        <translation>Файл vCard (%1); всяка визитка става контакт.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Имейли</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефони</translation>
    </message>
    <message>
        <source>CSV, %1, delimiter “%2”</source>
        <translation>CSV, %1, разделител „%2“</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табулация</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation>Работна книга на Excel, лист „%1“</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Колона %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of the first rows have the wrong number of fields; they will be listed as problems.</source>
        <translation>
            <numerusform>%n от първите редове има грешен брой полета; ще бъде отбелязан като проблем.</numerusform>
            <numerusform>%n от първите редове имат грешен брой полета; ще бъдат отбелязани като проблеми.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Activities and notes</source>
        <translation>Дейности и бележки</translation>
    </message>
    <message>
        <source>Files to import (*.csv *.txt *.tsv *.xlsx *.vcf);;All files (*)</source>
        <translation>Файлове за импортиране (*.csv *.txt *.tsv *.xlsx *.vcf);;Всички файлове (*)</translation>
    </message>
    <message>
        <source>Read as the saved mapping “%1” reads such files.</source>
        <translation>Прочитане по начина, по който запазеното съпоставяне „%1“ чете такива файлове.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Lead</source>
        <translation>Потенциален клиент</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Перспективен клиент</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отворена</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Спечелена</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Загубена</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>%1 rows: %2 to create, %3 to update, %4 to skip as duplicates, %5 with problems</source>
        <translation>%1 реда: %2 за създаване, %3 за актуализиране, %4 за пропускане като дубликати, %5 с проблеми</translation>
    </message>
    <message>
        <source>… and more in the problem rows file.</source>
        <translation>… и още във файла с проблемните редове.</translation>
    </message>
    <message>
        <source>Fetching photos: %1 of %2…</source>
        <translation>Изтегляне на снимки: %1 от %2…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Съпоставяне на колоните</translation>
    </message>
    <message>
        <source>Each column goes into the field chosen here; “Do not import” leaves it out.</source>
        <translation>Всяка колона отива в избраното тук поле; „Без импортиране“ я пропуска.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Колона във файла</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Първа стойност</translation>
    </message>
    <message>
        <source>Kontor field</source>
        <translation>Поле в Kontor</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Без импортиране</translation>
    </message>
    <message>
        <source>Custom field: %1</source>
        <translation>Потребителско поле: %1</translation>
    </message>
    <message>
        <source>New custom field “%1”</source>
        <translation>Ново потребителско поле „%1“</translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation>Запазено съпоставяне:</translation>
    </message>
    <message>
        <source>None: suggested from the column names and contents</source>
        <translation>Няма: предложено според имената и съдържанието на колоните</translation>
    </message>
    <message>
        <source>The saved mapping “%1” was made for a file with these columns; it is used.</source>
        <translation>Запазеното съпоставяне „%1“ е създадено за файл с тези колони; то ще бъде използвано.</translation>
    </message>
</context>
<context>
    <name>MoveDealStageCommand</name>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Преместване на „%1“ в %2</translation>
    </message>
    <message>
        <source>“%1” could not be moved: %2</source>
        <translation>„%1“ не може да бъде преместена: %2</translation>
    </message>
</context>
<context>
    <name>Paging</name>
    <message>
        <source>The list position is not valid for this sort order</source>
        <translation>Позицията в списъка не е валидна за този ред на сортиране</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>stage %1</source>
        <translation>етап %1</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Импортиране</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Отказ от импортирането</translation>
    </message>
    <message>
        <source>Save problem rows…</source>
        <translation>Записване на проблемните редове…</translation>
    </message>
    <message>
        <source>Save problem rows</source>
        <translation>Записване на проблемните редове</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлове (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 не може да бъде записан.</translation>
    </message>
    <message>
        <source>%1 rows, %2 rows per second</source>
        <translation>%1 реда, %2 реда в секунда</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was saved.</source>
        <translation>Импортирането е отказано. Нищо не е записано.</translation>
    </message>
    <message>
        <source>The import failed and nothing was saved: %1</source>
        <translation>Импортирането е неуспешно и нищо не е записано: %1</translation>
    </message>
    <message>
        <source>Done in %1 s: %2 created, %3 updated, %4 skipped, %5 rows with problems.
This import can be undone from the Import page (import %6).</source>
        <translation>Готово за %1 s: %2 създадени, %3 актуализирани, %4 пропуснати, %5 реда с проблеми.
Това импортиране може да бъде отменено от страницата „Импортиране“ (импортиране %6).</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be kept; those contacts were imported without them:</source>
        <translation>
            <numerusform>%n снимка не можа да бъде запазена; тези контакти са импортирани без нея:</numerusform>
            <numerusform>%n снимки не можаха да бъдат запазени; тези контакти са импортирани без тях:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Cannot pause the search index</source>
        <translation>Индексът за търсене не може да бъде поставен на пауза</translation>
    </message>
    <message>
        <source>Cannot rebuild the search index</source>
        <translation>Индексът за търсене не може да бъде изграден наново</translation>
    </message>
    <message>
        <source>Cannot update the search index</source>
        <translation>Индексът за търсене не може да бъде актуализиран</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Cannot sign in as %1</source>
        <translation>Не може да се влезе като %1</translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <source>Call</source>
        <translation>Обаждане</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Среща</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Висок</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Спешен</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Днес</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочени</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Предстоящи</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Изпълнени</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Без краен срок</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Утре</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>%1 (all day)</source>
        <translation>%1 (цял ден)</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 от %2 изпълнени</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Всеки ден</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Всяка седмица: %1</translation>
    </message>
    <message>
        <source>Monthly on day %1</source>
        <translation>Месечно, на ден %1</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>This kind of record has no trash</source>
        <translation>Този вид запис няма кошче</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Изтриване на „%1“</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation>Възстановяване на „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>Изтриване на %n запис</numerusform>
            <numerusform>Изтриване на %n записа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n record(s)</source>
        <translation>
            <numerusform>Възстановяване на %n запис</numerusform>
            <numerusform>Възстановяване на %n записа</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Редактиране на „%1“</translation>
    </message>
    <message>
        <source>Log “%1”</source>
        <translation>Записване на „%1“</translation>
    </message>
    <message>
        <source>Change the photo of “%1”</source>
        <translation>Промяна на снимката на „%1“</translation>
    </message>
    <message>
        <source>Remove the photo of “%1”</source>
        <translation>Премахване на снимката на „%1“</translation>
    </message>
</context>
<context>
    <name>Writer</name>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Дейности</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Planning deals</source>
        <translation>Планиране на сделки</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Записване</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Creating the demo data was cancelled; the database was left as it was</source>
        <translation>Създаването на демонстрационните данни е отказано; базата данни е оставена непроменена</translation>
    </message>
    <message>
        <source>Users, pipelines and products</source>
        <translation>Потребители, фунии и продукти</translation>
    </message>
    <message>
        <source>Cannot create the demo users</source>
        <translation>Демонстрационните потребители не могат да бъдат създадени</translation>
    </message>
    <message>
        <source>Cannot set up the pipeline %1</source>
        <translation>Фунията %1 не може да бъде настроена</translation>
    </message>
    <message>
        <source>The pipeline needs open, won and lost stages for demo deals</source>
        <translation>За демонстрационните сделки фунията се нуждае от отворени етапи и етапи „Спечелена“ и „Загубена“</translation>
    </message>
    <message>
        <source>Cannot read the lists the demo data uses</source>
        <translation>Списъците, използвани от демонстрационните данни, не могат да бъдат прочетени</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Фирми</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Индекси</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Индекс за търсене</translation>
    </message>
    <message>
        <source>Stage stays</source>
        <translation>Престой в етапите</translation>
    </message>
</context>
<context>
    <name>kontor</name>
    <message>
        <source>company %1</source>
        <translation>фирма %1</translation>
    </message>
    <message>
        <source>new company</source>
        <translation>нова фирма</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>контакт %1</translation>
    </message>
    <message>
        <source>new contact</source>
        <translation>нов контакт</translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation>сделка %1</translation>
    </message>
    <message>
        <source>new deal</source>
        <translation>нова сделка</translation>
    </message>
    <message>
        <source>Cannot move it to the trash</source>
        <translation>Не може да бъде преместено в кошчето</translation>
    </message>
    <message>
        <source>Cannot restore it from the trash</source>
        <translation>Не може да бъде възстановено от кошчето</translation>
    </message>
    <message>
        <source>It does not exist or is already in the trash</source>
        <translation>Не съществува или вече е в кошчето</translation>
    </message>
    <message>
        <source>It is not in the trash</source>
        <translation>Не е в кошчето</translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation>дейност %1</translation>
    </message>
    <message>
        <source>new activity</source>
        <translation>нова дейност</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>продукт %1</translation>
    </message>
    <message>
        <source>new product</source>
        <translation>нов продукт</translation>
    </message>
    <message>
        <source>Cannot read the selected contacts</source>
        <translation>Избраните контакти не могат да бъдат прочетени</translation>
    </message>
    <message>
        <source>Cannot read the tag &quot;%1&quot;</source>
        <translation>Етикетът „%1“ не може да бъде прочетен</translation>
    </message>
    <message>
        <source>Unknown filter &quot;%1&quot;</source>
        <translation>Неизвестен филтър „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2</source>
        <translation>„%1“ не е валидна стойност за %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;</source>
        <translation>поле „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; %2 takes numbers like 1250 or 12.5</source>
        <translation>„%1“ не е число; %2 приема числа като 1250 или 12.5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ не е число</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2026-03-31</source>
        <translation>„%1“ не е дата; въведете я като 2026-03-31</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>„%1“ не е „да“ или „не“</translation>
    </message>
    <message>
        <source>custom field &quot;%1&quot;</source>
        <translation>потребителско поле „%1“</translation>
    </message>
    <message>
        <source>Kontor ID</source>
        <translation>Kontor ID</translation>
    </message>
    <message>
        <source>company</source>
        <translation>фирма</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>сделка</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>контакт</translation>
    </message>
    <message>
        <source>Cannot write the export file.</source>
        <translation>Файлът за експортиране не може да бъде записан.</translation>
    </message>
    <message>
        <source>The export file is not open for writing.</source>
        <translation>Файлът за експортиране не е отворен за запис.</translation>
    </message>
    <message>
        <source>Deals cannot be written as vCard; choose CSV, .xlsx or JSON.</source>
        <translation>Сделките не могат да бъдат записани като vCard; изберете CSV, .xlsx или JSON.</translation>
    </message>
    <message>
        <source>%1 records do not fit on one .xlsx sheet (at most 1,048,575); export as CSV instead.</source>
        <translation>%1 записа не се побират в един лист на .xlsx (най-много 1 048 575); експортирайте като CSV.</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>запис %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Експортирането е отказано.</translation>
    </message>
    <message>
        <source>find %1</source>
        <translation>търсене на %1</translation>
    </message>
    <message>
        <source>There is no %1 of that name or id.</source>
        <translation>Няма %1 с това име или ID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>„%1“ не е дата</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>„%1“ не е дата и час</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>неизвестна часова зона „%1“</translation>
    </message>
    <message>
        <source>This is not an iCalendar file: it does not start with BEGIN:VCALENDAR</source>
        <translation>Това не е файл iCalendar: не започва с BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>END:%1 does not close the open component</source>
        <translation>END:%1 не затваря отворения компонент</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ред %1</translation>
    </message>
    <message>
        <source>event without a start (DTSTART)</source>
        <translation>събитие без начало (DTSTART)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ред %1: %2</translation>
    </message>
    <message>
        <source>Meeting without a title</source>
        <translation>Среща без заглавие</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Място: %1</translation>
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
        <translation>DURATION „%1“ не е продължителност</translation>
    </message>
    <message>
        <source>line %1: the repeat rule &quot;%2&quot; is not supported; the first meeting is imported without repeats</source>
        <translation>ред %1: правилото за повторение „%2“ не се поддържа; първата среща се импортира без повторения</translation>
    </message>
    <message>
        <source>The file ends inside %1 (it is cut short)</source>
        <translation>Файлът завършва вътре в %1 (съкратен е)</translation>
    </message>
    <message>
        <source>Cannot check for an earlier import</source>
        <translation>Не може да се провери за предишно импортиране</translation>
    </message>
    <message>
        <source>repeat &quot;%1&quot;</source>
        <translation>повторение „%1“</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>задача %1</translation>
    </message>
    <message>
        <source>new task</source>
        <translation>нова задача</translation>
    </message>
    <message>
        <source>Cannot read the task</source>
        <translation>Задачата не може да бъде прочетена</translation>
    </message>
    <message>
        <source>The task does not exist or is in the trash</source>
        <translation>Задачата не съществува или е в кошчето</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Файлът не можа да бъде записан.</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Cannot read the names of duplicate contacts</source>
        <translation>Имената на дублиращите се контакти не могат да бъдат прочетени</translation>
    </message>
    <message>
        <source>Cannot re-normalize the phone numbers</source>
        <translation>Телефонните номера не могат да бъдат нормализирани отново</translation>
    </message>
    <message>
        <source>The custom field &quot;%1&quot; belongs to another kind of record</source>
        <translation>Потребителското поле „%1“ принадлежи към друг вид запис</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>дейност</translation>
    </message>
    <message>
        <source>Activities cannot be written as vCard; choose CSV, .xlsx or JSON.</source>
        <translation>Дейностите не могат да бъдат записани като vCard; изберете CSV, .xlsx или JSON.</translation>
    </message>
    <message>
        <source>Cannot create the export file.</source>
        <translation>Файлът за експортиране не може да бъде създаден.</translation>
    </message>
    <message>
        <source>Cannot save the export file.</source>
        <translation>Файлът за експортиране не може да бъде запазен.</translation>
    </message>
    <message>
        <source>A quote is not closed in &quot;%1&quot;</source>
        <translation>Кавичка не е затворена в „%1“</translation>
    </message>
    <message>
        <source>Custom field %1 is not a field of contacts</source>
        <translation>Потребителското поле %1 не е поле на контактите</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Сървърът отговори с %1.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Сървърът отказа връзката.</translation>
    </message>
    <message>
        <source>The server %1 was not found.</source>
        <translation>Сървърът %1 не е намерен.</translation>
    </message>
    <message>
        <source>The server closed the connection without sending the photo.</source>
        <translation>Сървърът затвори връзката, без да изпрати снимката.</translation>
    </message>
    <message>
        <source>The photo could not be fetched: %1.</source>
        <translation>Снимката не можа да бъде изтеглена: %1.</translation>
    </message>
    <message>
        <source>Only web addresses (http, https) are fetched.</source>
        <translation>Изтеглят се само уеб адреси (http, https).</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>Няма отговор в рамките на %1 s.</translation>
    </message>
    <message>
        <source>The photo is larger than %1 MB.</source>
        <translation>Снимката е по-голяма от %1 MB.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отказано.</translation>
    </message>
</context>
<context>
    <name>kontor::ActivityRepository</name>
    <message>
        <source>Unknown kind of activity &quot;%1&quot;</source>
        <translation>Неизвестен вид дейност „%1“</translation>
    </message>
    <message>
        <source>An activity must belong to a contact, a company or a deal</source>
        <translation>Дейността трябва да принадлежи на контакт, фирма или сделка</translation>
    </message>
    <message>
        <source>Unknown direction &quot;%1&quot;</source>
        <translation>Неизвестна посока „%1“</translation>
    </message>
    <message>
        <source>A duration cannot be negative</source>
        <translation>Продължителността не може да бъде отрицателна</translation>
    </message>
    <message>
        <source>Write a subject or a few words about what happened</source>
        <translation>Въведете тема или няколко думи за случилото се</translation>
    </message>
    <message>
        <source>Cannot save the activity</source>
        <translation>Дейността не може да бъде записана</translation>
    </message>
    <message>
        <source>Cannot update when the contact was last contacted</source>
        <translation>Датата на последния контакт с лицето не може да бъде актуализирана</translation>
    </message>
</context>
<context>
    <name>kontor::BoardColumnModel</name>
    <message>
        <source>%1 — no activity since %2</source>
        <translation>%1 — няма дейност от %2</translation>
    </message>
</context>
<context>
    <name>kontor::BoardController</name>
    <message>
        <source>deal %1</source>
        <translation>сделка %1</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Преместване на „%1“ в %2</translation>
    </message>
    <message>
        <source>This pipeline has no won stage; add one in the pipeline settings.</source>
        <translation>Тази фуния няма етап „Спечелена“; добавете такъв в настройките на фунията.</translation>
    </message>
    <message>
        <source>Mark “%1” won</source>
        <translation>Маркиране на „%1“ като спечелена</translation>
    </message>
    <message>
        <source>This pipeline has no lost stage; add one in the pipeline settings.</source>
        <translation>Тази фуния няма етап „Загубена“; добавете такъв в настройките на фунията.</translation>
    </message>
    <message>
        <source>Mark “%1” lost</source>
        <translation>Маркиране на „%1“ като загубена</translation>
    </message>
</context>
<context>
    <name>kontor::BoardRepository</name>
    <message>
        <source>Cannot read the board of the pipeline &quot;%1&quot;</source>
        <translation>Таблото на фунията „%1“ не може да бъде прочетено</translation>
    </message>
    <message>
        <source>Cannot read the board position of deal %1</source>
        <translation>Позицията на сделка %1 в таблото не може да бъде прочетена</translation>
    </message>
    <message>
        <source>Cannot reorder the cards of stage %1</source>
        <translation>Картите в етап %1 не могат да бъдат пренаредени</translation>
    </message>
    <message>
        <source>The card to drop before is not in this stage</source>
        <translation>Картата, пред която трябва да се пусне, не е в този етап</translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation>сделка %1</translation>
    </message>
    <message>
        <source>Cannot read the list of users</source>
        <translation>Списъкът с потребители не може да бъде прочетен</translation>
    </message>
    <message>
        <source>Cannot read the list of tags</source>
        <translation>Списъкът с етикети не може да бъде прочетен</translation>
    </message>
</context>
<context>
    <name>kontor::BoardView</name>
    <message>
        <source>%1 · weighted %2</source>
        <translation>%1 · претеглено %2</translation>
    </message>
    <message>
        <source>No deals</source>
        <translation>Няма сделки</translation>
    </message>
    <message>
        <source>Filter by deal, company or contact</source>
        <translation>Филтриране по сделка, фирма или контакт</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Фуния:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Отговорник:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Етикет:</translation>
    </message>
    <message>
        <source>Stages…</source>
        <translation>Етапи…</translation>
    </message>
    <message>
        <source>Drop here: Won</source>
        <translation>Пуснете тук: Спечелена</translation>
    </message>
    <message>
        <source>Drop here: Lost</source>
        <translation>Пуснете тук: Загубена</translation>
    </message>
    <message>
        <source>Move to Next Stage</source>
        <translation>Преместване в следващия етап</translation>
    </message>
    <message>
        <source>Move to Previous Stage</source>
        <translation>Преместване в предишния етап</translation>
    </message>
    <message>
        <source>Mark Won</source>
        <translation>Маркиране като спечелена</translation>
    </message>
    <message>
        <source>Mark Lost</source>
        <translation>Маркиране като загубена</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Всички</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Всеки етикет</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
        </translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Отворени: %1</translation>
    </message>
</context>
<context>
    <name>kontor::CalendarPage</name>
    <message>
        <source>Previous</source>
        <translation>Предишен</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Следващ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Днес</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месец</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Седмица</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ден</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>График</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Възложено на %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Birthday of %1</source>
        <translation>Рожден ден на %1</translation>
    </message>
</context>
<context>
    <name>kontor::CalendarView</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 още</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>цял ден</translation>
    </message>
    <message>
        <source>Nothing planned in the next two weeks.</source>
        <translation>Нищо не е планирано през следващите две седмици.</translation>
    </message>
</context>
<context>
    <name>kontor::CardDelegate</name>
    <message>
        <source>⚠ No next task</source>
        <translation>⚠ Няма следваща задача</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage · rotting</source>
        <translation>
            <numerusform>%n ден в етапа · застояла</numerusform>
            <numerusform>%n дни в етапа · застояла</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n ден в етапа</numerusform>
            <numerusform>%n дни в етапа</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::CardListModule</name>
    <message>
        <source>Open</source>
        <translation>Отвори</translation>
    </message>
    <message>
        <source>Open the card of the selected row (Enter)</source>
        <translation>Отваряне на картата на избрания ред (Enter)</translation>
    </message>
</context>
<context>
    <name>kontor::CompanyCard</name>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Фирма</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Име:</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Юридическо име:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Отрасъл:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Уебсайт:</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>Връзка</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>И&amp;мейл:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>У&amp;лица:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Пощенски код:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Град:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Област:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Държава:</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажби</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Източни&amp;к:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Отго&amp;ворник:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Бележки</translation>
    </message>
    <message>
        <source>Open website</source>
        <translation>Отваряне на уебсайта</translation>
    </message>
    <message>
        <source>Write email</source>
        <translation>Написване на имейл</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Обаждане</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Запиши</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Върни</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Длъжност</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Създадена</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Хора</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отмени</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повтори</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Никой</translation>
    </message>
    <message>
        <source>This company cannot be shown: %1</source>
        <translation>Тази фирма не може да бъде показана: %1</translation>
    </message>
    <message>
        <source>This company is in the trash. Restore it from the Trash to edit it.</source>
        <translation>Тази фирма е в кошчето. Възстановете я от кошчето, за да я редактирате.</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Хора (%1)</translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>Сделки (%1)</translation>
    </message>
    <message>
        <source>%1 — Company</source>
        <translation>%1 — Фирма</translation>
    </message>
    <message>
        <source>Nothing was saved: please fix the fields marked in red.</source>
        <translation>Нищо не е записано: коригирайте полетата, маркирани в червено.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Нищо не е записано: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Незаписани промени</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Да се запишат ли промените в %1 преди затваряне?</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Потребителски полета</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>Нова задача</translation>
    </message>
    <message>
        <source>Plan a call, meeting or to-do with this company (Ctrl+T)</source>
        <translation>Планиране на обаждане, среща или задача с тази фирма (Ctrl+T)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Редактиране на %1</translation>
    </message>
    <message>
        <source>Custom fields were not saved: %1</source>
        <translation>Потребителските полета не са записани: %1</translation>
    </message>
</context>
<context>
    <name>kontor::CompanyRepository</name>
    <message>
        <source>A company needs a name</source>
        <translation>Фирмата трябва да има име</translation>
    </message>
    <message>
        <source>Cannot save the new company</source>
        <translation>Новата фирма не може да бъде записана</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Не може да се прочете %1</translation>
    </message>
    <message>
        <source>This company does not exist</source>
        <translation>Тази фирма не съществува</translation>
    </message>
    <message>
        <source>This company is in the trash</source>
        <translation>Тази фирма е в кошчето</translation>
    </message>
    <message>
        <source>Cannot look up the company &quot;%1&quot;</source>
        <translation>Фирмата „%1“ не може да бъде намерена</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>Не може да се запише %1</translation>
    </message>
    <message>
        <source>Cannot read the company list</source>
        <translation>Списъкът с фирми не може да бъде прочетен</translation>
    </message>
    <message>
        <source>Cannot count companies</source>
        <translation>Фирмите не могат да бъдат преброени</translation>
    </message>
    <message>
        <source>Cannot read the companies</source>
        <translation>Не могат да се прочетат фирмите</translation>
    </message>
</context>
<context>
    <name>kontor::CompleteTaskCommand</name>
    <message>
        <source>Complete &quot;%1&quot;</source>
        <translation>Изпълнение на „%1“</translation>
    </message>
</context>
<context>
    <name>kontor::CompleteTaskDialog</name>
    <message>
        <source>Complete Task</source>
        <translation>Изпълнение на задача</translation>
    </message>
    <message>
        <source>What came of it? e.g. Interested, wants a discount</source>
        <translation>Какъв е резултатът? напр. Заинтересуван, иска отстъпка</translation>
    </message>
    <message>
        <source>&amp;Log it on the timeline as a %1</source>
        <translation>&amp;Записване в хронологията като %1</translation>
    </message>
    <message>
        <source>Schedule the &amp;next step</source>
        <translation>Планиране на &amp;следващата стъпка</translation>
    </message>
    <message>
        <source>e.g. Send the revised offer</source>
        <translation>напр. Изпращане на преработената оферта</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>З&amp;аглавие:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>Сро&amp;к:</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>Маркиране като &amp;изпълнена</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Резултат:</translation>
    </message>
    <message>
        <source>Name the next step, or untick &quot;Schedule the next step&quot;.</source>
        <translation>Въведете следващата стъпка или махнете отметката от „Планиране на следващата стъпка“.</translation>
    </message>
    <message>
        <source>Write a few words about what happened.</source>
        <translation>Напишете няколко думи за случилото се.</translation>
    </message>
</context>
<context>
    <name>kontor::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Свързване със сървър</translation>
    </message>
    <message>
        <source>e.g. crm.example.com</source>
        <translation>напр. crm.example.com</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Запомняне на паролата в системния ключодържател</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данни:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Потребител:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;рола:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Свързване</translation>
    </message>
    <message>
        <source>The password is kept in your system keychain, never in Kontor&apos;s settings.</source>
        <translation>Паролата се съхранява в системния ключодържател, никога в настройките на Kontor.</translation>
    </message>
    <message>
        <source>No password keychain is running on this computer, so Kontor will ask for the password each time you connect. It is never saved in a file.</source>
        <translation>На този компютър не работи ключодържател за пароли, затова Kontor ще иска паролата при всяко свързване. Тя никога не се записва във файл.</translation>
    </message>
    <message>
        <source>Enter the name or address of the server.</source>
        <translation>Въведете името или адреса на сървъра.</translation>
    </message>
    <message>
        <source>A server name cannot contain spaces.</source>
        <translation>Името на сървъра не може да съдържа интервали.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Въведете името на базата данни на сървъра.</translation>
    </message>
    <message>
        <source>Enter the user name you sign in with.</source>
        <translation>Въведете потребителското име, с което влизате.</translation>
    </message>
</context>
<context>
    <name>kontor::ContactBulkActions</name>
    <message>
        <source>Tag…</source>
        <translation>Етикет…</translation>
    </message>
    <message>
        <source>Add a tag to the selected contacts</source>
        <translation>Добавяне на етикет към избраните контакти</translation>
    </message>
    <message>
        <source>Untag…</source>
        <translation>Премахване на етикет…</translation>
    </message>
    <message>
        <source>Remove a tag from the selected contacts</source>
        <translation>Премахване на етикет от избраните контакти</translation>
    </message>
    <message>
        <source>Owner…</source>
        <translation>Отговорник…</translation>
    </message>
    <message>
        <source>Assign the selected contacts to a manager</source>
        <translation>Възлагане на избраните контакти на мениджър</translation>
    </message>
    <message>
        <source>Status…</source>
        <translation>Статус…</translation>
    </message>
    <message>
        <source>Change the status of the selected contacts</source>
        <translation>Промяна на статуса на избраните контакти</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Експортиране…</translation>
    </message>
    <message>
        <source>Save the selected contacts as CSV, Excel, vCard or JSON</source>
        <translation>Записване на избраните контакти като CSV, Excel, vCard или JSON</translation>
    </message>
    <message>
        <source>Select one or more contacts first.</source>
        <translation>Първо изберете един или повече контакти.</translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln contact(s) “%1”</source>
        <translation>
            <numerusform>Поставяне на етикет „%1“ на %Ln контакт</numerusform>
            <numerusform>Поставяне на етикет „%1“ на %Ln контакта</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag “%1” from %Ln contact(s)</source>
        <translation>
            <numerusform>Премахване на етикет „%1“ от %Ln контакт</numerusform>
            <numerusform>Премахване на етикет „%1“ от %Ln контакта</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln contact(s)</source>
        <translation>
            <numerusform>Възлагане на %Ln контакт</numerusform>
            <numerusform>Възлагане на %Ln контакта</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %Ln contact(s) to %1</source>
        <translation>
            <numerusform>Задаване на %1 за %Ln контакт</numerusform>
            <numerusform>Задаване на %1 за %Ln контакта</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: the selected contacts already had that.</source>
        <translation>Няма нищо за промяна: избраните контакти вече имат това.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) changed. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%Ln контакт е променен. Отмяна с Ctrl+Z.</numerusform>
            <numerusform>%Ln контакта са променени. Отмяна с Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Добавяне на етикет</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Премахване на етикет</translation>
    </message>
    <message numerus="yes">
        <source>Tag to add to %Ln contact(s):</source>
        <translation>
            <numerusform>Етикет за добавяне към %Ln контакт:</numerusform>
            <numerusform>Етикет за добавяне към %Ln контакта:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to remove from %Ln contact(s):</source>
        <translation>
            <numerusform>Етикет за премахване от %Ln контакт:</numerusform>
            <numerusform>Етикет за премахване от %Ln контакта:</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign Owner</source>
        <translation>Задаване на отговорник</translation>
    </message>
    <message numerus="yes">
        <source>Owner of %Ln contact(s):</source>
        <translation>
            <numerusform>Отговорник на %Ln контакт:</numerusform>
            <numerusform>Отговорник на %Ln контакта:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Никой</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>Промяна на статуса</translation>
    </message>
    <message numerus="yes">
        <source>Status of %Ln contact(s):</source>
        <translation>
            <numerusform>Статус на %Ln контакт:</numerusform>
            <numerusform>Статус на %Ln контакта:</numerusform>
        </translation>
    </message>
    <message>
        <source>Kontor exports .csv, .xlsx, .vcf and .json files, not “%1”.</source>
        <translation>Kontor експортира файлове .csv, .xlsx, .vcf и .json, а не „%1“.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 не може да бъде записан: %2</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Експортирането е неуспешно: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln контакт е експортиран в %1.</numerusform>
            <numerusform>%Ln контакта са експортирани в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ContactBulkEditor</name>
    <message>
        <source>Type the name of the tag to add</source>
        <translation>Въведете името на етикета за добавяне</translation>
    </message>
    <message>
        <source>Cannot tag the selected contacts</source>
        <translation>На избраните контакти не може да бъде поставен етикет</translation>
    </message>
    <message>
        <source>Type the name of the tag to remove</source>
        <translation>Въведете името на етикета за премахване</translation>
    </message>
    <message>
        <source>There is no tag &quot;%1&quot;</source>
        <translation>Няма етикет „%1“</translation>
    </message>
    <message>
        <source>Cannot untag the selected contacts</source>
        <translation>Етикетът не може да бъде премахнат от избраните контакти</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (lead, prospect or customer)</source>
        <translation>„%1“ не е статус (lead, prospect или customer)</translation>
    </message>
    <message>
        <source>Cannot change the selected contacts</source>
        <translation>Избраните контакти не могат да бъдат променени</translation>
    </message>
    <message>
        <source>Cannot undo the change</source>
        <translation>Промяната не може да бъде отменена</translation>
    </message>
    <message>
        <source>Cannot read the tags</source>
        <translation>Етикетите не могат да бъдат прочетени</translation>
    </message>
</context>
<context>
    <name>kontor::ContactCard</name>
    <message>
        <source>Write email</source>
        <translation>Написване на имейл</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Обаждане</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Преместване в кошчето</translation>
    </message>
    <message>
        <source>Start typing a company name</source>
        <translation>Започнете да въвеждате име на фирма</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отвори</translation>
    </message>
    <message>
        <source>Open the company&apos;s card</source>
        <translation>Отваряне на картата на фирмата</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Служебен</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Личен</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Домашен</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Друго</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+ Add email</source>
        <translation>+ Добавяне на имейл</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Писане</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобилен</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <source>+1 555 0100</source>
        <translation>+1 555 0100</translation>
    </message>
    <message>
        <source>+ Add phone</source>
        <translation>+ Добавяне на телефон</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Пощенски код</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Град</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Област</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не е зададено</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лице</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Собствено име:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Длъжност:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Фирма:</translation>
    </message>
    <message>
        <source>&amp;Role there:</source>
        <translation>&amp;Роля там:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>Ро&amp;жден ден:</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>Връзка</translation>
    </message>
    <message>
        <source>Emails:</source>
        <translation>Имейли:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Телефони:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Улица:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Град:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Област:</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажби</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>Тем&amp;пература:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Източни&amp;к:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Отго&amp;ворник:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Бележки</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Запиши</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Върни</translation>
    </message>
    <message>
        <source>Drop the unsaved edits</source>
        <translation>Отхвърляне на незаписаните промени</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отмени</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повтори</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Без роля</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Никой</translation>
    </message>
    <message>
        <source>This contact cannot be shown: %1</source>
        <translation>Този контакт не може да бъде показан: %1</translation>
    </message>
    <message>
        <source>This contact is in the trash. Restore it from the Trash to edit it.</source>
        <translation>Този контакт е в кошчето. Възстановете го от кошчето, за да го редактирате.</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Роля %1</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Потребител %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без име)</translation>
    </message>
    <message>
        <source>%1 — Contact</source>
        <translation>%1 — Контакт</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <source>Last contacted %1</source>
        <translation>Последен контакт: %1</translation>
    </message>
    <message>
        <source>Not contacted yet</source>
        <translation>Все още не е осъществен контакт</translation>
    </message>
    <message>
        <source>There is no company called “%1”. Pick one from the list, or add it under Companies first.</source>
        <translation>Няма фирма с име „%1“. Изберете от списъка или първо я добавете във „Фирми“.</translation>
    </message>
    <message>
        <source>Nothing was saved: please fix the fields marked in red.</source>
        <translation>Нищо не е записано: коригирайте полетата, маркирани в червено.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Нищо не е записано: %1</translation>
    </message>
    <message>
        <source>“%1” moved to the trash. Undo with Ctrl+Z.</source>
        <translation>„%1“ е преместен в кошчето. Отмяна с Ctrl+Z.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Незаписани промени</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Да се запишат ли промените в %1 преди затваряне?</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>Нова задача</translation>
    </message>
    <message>
        <source>Plan a call, meeting or to-do with this person (Ctrl+T)</source>
        <translation>Планиране на обаждане, среща или задача с това лице (Ctrl+T)</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Потребителски полета</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Редактиране на %1</translation>
    </message>
    <message>
        <source>Custom fields were not saved: %1</source>
        <translation>Потребителските полета не са записани: %1</translation>
    </message>
    <message>
        <source>@handle or profile address</source>
        <translation>@потребител или адрес на профил</translation>
    </message>
    <message>
        <source>+ Add messenger or profile</source>
        <translation>+ Добавяне на месинджър или профил</translation>
    </message>
    <message>
        <source>Messengers, profiles:</source>
        <translation>Месинджъри, профили:</translation>
    </message>
    <message>
        <source>Change Photo…</source>
        <translation>Смяна на снимката…</translation>
    </message>
    <message>
        <source>A JPEG, PNG or GIF image of up to 4 MB</source>
        <translation>Изображение JPEG, PNG или GIF до 4 MB</translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation>Премахване на снимката</translation>
    </message>
    <message>
        <source>Choose a Photo</source>
        <translation>Избор на снимка</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.gif)</translation>
    </message>
    <message>
        <source>Add Photo…</source>
        <translation>Добавяне на снимка…</translation>
    </message>
    <message>
        <source>The photo was not changed: “%1” cannot be read (%2).</source>
        <translation>Снимката не е променена: „%1“ не може да бъде прочетен (%2).</translation>
    </message>
    <message>
        <source>The photo was not changed: “%1” — %2</source>
        <translation>Снимката не е променена: „%1“ — %2</translation>
    </message>
    <message>
        <source>The photo was not changed: %1</source>
        <translation>Снимката не е променена: %1</translation>
    </message>
    <message>
        <source>The photo was not removed: %1</source>
        <translation>Снимката не е премахната: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ContactFilter</name>
    <message>
        <source>A filter is written key=value, not &quot;%1&quot;</source>
        <translation>Филтърът се записва като ключ=стойност, а не „%1“</translation>
    </message>
</context>
<context>
    <name>kontor::ContactFilterBar</name>
    <message>
        <source>any</source>
        <translation>всяка</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дни</translation>
    </message>
    <message>
        <source>any tag</source>
        <translation>всеки етикет</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Всеки статус</translation>
    </message>
    <message>
        <source>Any temperature</source>
        <translation>Всяка температура</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Всеки източник</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>име на фирма</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Only people not contacted for longer than this (or never)</source>
        <translation>Само лица без контакт по-дълго от това (или никога)</translation>
    </message>
    <message>
        <source>Only people contacted within this many days</source>
        <translation>Само лица с контакт през последните толкова дни</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Всички</translation>
    </message>
    <message>
        <source>Has an open deal</source>
        <translation>Има отворена сделка</translation>
    </message>
    <message>
        <source>No open deal</source>
        <translation>Няма отворена сделка</translation>
    </message>
    <message>
        <source>product SKU or name</source>
        <translation>SKU или име на продукт</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Приложи</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Изчисти</translation>
    </message>
    <message>
        <source>Save as Segment…</source>
        <translation>Записване като сегмент…</translation>
    </message>
    <message>
        <source>Keep this filter as a named segment, for you or the whole team</source>
        <translation>Запазване на този филтър като именуван сегмент за вас или за целия екип</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Отговорник:</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>&amp;Етикет:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>Tem&amp;perature:</source>
        <translation>&amp;Температура:</translation>
    </message>
    <message>
        <source>Sour&amp;ce:</source>
        <translation>&amp;Източник:</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>&amp;Фирма:</translation>
    </message>
    <message>
        <source>Created from:</source>
        <translation>Създаден от:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>до:</translation>
    </message>
    <message>
        <source>Not contacted for:</source>
        <translation>Без контакт от:</translation>
    </message>
    <message>
        <source>Contacted within:</source>
        <translation>С контакт през:</translation>
    </message>
    <message>
        <source>Open deal:</source>
        <translation>Отворена сделка:</translation>
    </message>
    <message>
        <source>Bought:</source>
        <translation>Закупено:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Всеки</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Потребител %1</translation>
    </message>
    <message>
        <source>Company %1</source>
        <translation>Фирма %1</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>„%1“ не е дата; въведете я като ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Създаден от</translation>
    </message>
    <message>
        <source>Created to</source>
        <translation>Създаден до</translation>
    </message>
    <message>
        <source>The “from” date is after the “to” date.</source>
        <translation>Началната дата е след крайната.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Създаден</translation>
    </message>
    <message>
        <source>No company is named “%1”.</source>
        <translation>Няма фирма с име „%1“.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Фирма</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Custom fields:</source>
        <translation>Потребителски полета:</translation>
    </message>
</context>
<context>
    <name>kontor::ContactMerger</name>
    <message>
        <source>contact %1 into contact %2</source>
        <translation>контакт %1 в контакт %2</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself</source>
        <translation>Контакт не може да бъде обединен със себе си</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be chosen from contact %2 in this merge</source>
        <translation>„%1“ не може да бъде избрано от контакт %2 при това обединяване</translation>
    </message>
    <message>
        <source>Cannot merge the contacts</source>
        <translation>Контактите не могат да бъдат обединени</translation>
    </message>
    <message>
        <source>Contact %1 does not exist or is in the trash</source>
        <translation>Контакт %1 не съществува или е в кошчето</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>контакт %1</translation>
    </message>
    <message>
        <source>contact %1 from contact %2</source>
        <translation>контакт %1 от контакт %2</translation>
    </message>
    <message>
        <source>Cannot undo the merge</source>
        <translation>Обединяването не може да бъде отменено</translation>
    </message>
    <message>
        <source>There is no merge of these contacts to undo</source>
        <translation>Няма обединяване на тези контакти, което да бъде отменено</translation>
    </message>
</context>
<context>
    <name>kontor::ContactPhotoRepository</name>
    <message>
        <source>Cannot read the contact&apos;s photo</source>
        <translation>Снимката на контакта не може да бъде прочетена</translation>
    </message>
    <message>
        <source>The photo is not a JPEG, PNG or GIF image.</source>
        <translation>Снимката не е изображение JPEG, PNG или GIF.</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>контакт %1</translation>
    </message>
    <message>
        <source>The photo is larger than %1 MB.</source>
        <translation>Снимката е по-голяма от %1 MB.</translation>
    </message>
    <message>
        <source>Cannot save the contact&apos;s photo</source>
        <translation>Снимката на контакта не може да бъде записана</translation>
    </message>
    <message>
        <source>Cannot remove the contact&apos;s photo</source>
        <translation>Снимката на контакта не може да бъде премахната</translation>
    </message>
</context>
<context>
    <name>kontor::ContactRepository</name>
    <message>
        <source>A contact needs a name or an email address</source>
        <translation>Контактът трябва да има име или имейл адрес</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>„%1“ не е имейл адрес</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;</source>
        <translation>Неизвестен статус „%1“</translation>
    </message>
    <message>
        <source>Unknown temperature &quot;%1&quot;</source>
        <translation>Неизвестна температура „%1“</translation>
    </message>
    <message>
        <source>Cannot save the new contact</source>
        <translation>Новият контакт не може да бъде записан</translation>
    </message>
    <message>
        <source>Cannot save the emails and phones of %1</source>
        <translation>Имейлите и телефоните на %1 не могат да бъдат записани</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Не може да се прочете %1</translation>
    </message>
    <message>
        <source>This contact does not exist</source>
        <translation>Този контакт не съществува</translation>
    </message>
    <message>
        <source>This contact is in the trash</source>
        <translation>Този контакт е в кошчето</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>Не може да се запише %1</translation>
    </message>
    <message>
        <source>Cannot read the contact list</source>
        <translation>Списъкът с контакти не може да бъде прочетен</translation>
    </message>
    <message>
        <source>Cannot count contacts</source>
        <translation>Контактите не могат да бъдат преброени</translation>
    </message>
    <message>
        <source>Cannot read the contacts</source>
        <translation>Контактите не могат да бъдат прочетени</translation>
    </message>
</context>
<context>
    <name>kontor::CsvWriter</name>
    <message>
        <source>Cannot write the CSV file.</source>
        <translation>CSV файлът не може да бъде записан.</translation>
    </message>
</context>
<context>
    <name>kontor::CustomCondition</name>
    <message>
        <source>includes</source>
        <translation>включва</translation>
    </message>
    <message>
        <source>is on</source>
        <translation>е на</translation>
    </message>
    <message>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <source>is</source>
        <translation>е</translation>
    </message>
    <message>
        <source>does not include</source>
        <translation>не включва</translation>
    </message>
    <message>
        <source>is not on</source>
        <translation>не е на</translation>
    </message>
    <message>
        <source>≠</source>
        <translation>≠</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>не е</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>съдържа</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>е преди</translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <source>is on or before</source>
        <translation>е на или преди</translation>
    </message>
    <message>
        <source>≤</source>
        <translation>≤</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>е след</translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <source>is on or after</source>
        <translation>е на или след</translation>
    </message>
    <message>
        <source>≥</source>
        <translation>≥</translation>
    </message>
    <message>
        <source>has a value</source>
        <translation>има стойност</translation>
    </message>
    <message>
        <source>has no value</source>
        <translation>няма стойност</translation>
    </message>
    <message>
        <source>A custom-field condition is written custom:Field=value (or !=, &lt;, &lt;=, &gt;, &gt;=, ~ for contains), not &quot;%1&quot;</source>
        <translation>Условието за потребителско поле се записва като custom:Поле=стойност (или !=, &lt;, &lt;=, &gt;, &gt;=, ~ за „съдържа“), а не „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a comparison: use =, !=, &lt;, &lt;=, &gt;, &gt;= or ~</source>
        <translation>„%1“ не е сравнение: използвайте =, !=, &lt;, &lt;=, &gt;, &gt;= или ~</translation>
    </message>
    <message>
        <source>The condition on &quot;%1&quot; needs a value (or * for any value)</source>
        <translation>Условието за „%1“ изисква стойност (или * за всяка стойност)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can only be compared with a number or a date (YYYY-MM-DD)</source>
        <translation>„%1“ може да се сравнява само с число или дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; (%2) cannot be filtered with &quot;%3&quot;</source>
        <translation>Полето „%1“ (%2) не може да бъде филтрирано с „%3“</translation>
    </message>
    <message>
        <source>The condition on &quot;%1&quot; needs a value</source>
        <translation>Условието за „%1“ изисква стойност</translation>
    </message>
</context>
<context>
    <name>kontor::CustomConditionRow</name>
    <message>
        <source>Remove this condition</source>
        <translation>Премахване на това условие</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (изтрито)</translation>
    </message>
    <message>
        <source>Choose or type the value to compare with.</source>
        <translation>Изберете или въведете стойността за сравнение.</translation>
    </message>
</context>
<context>
    <name>kontor::CustomConditionsEditor</name>
    <message>
        <source>+ Add Condition</source>
        <translation>+ Добавяне на условие</translation>
    </message>
    <message>
        <source>Narrow the list by a custom field: all conditions must hold</source>
        <translation>Стесняване на списъка по потребителско поле: всички условия трябва да са изпълнени</translation>
    </message>
    <message>
        <source>There are no custom fields for contacts yet (Settings → Custom Fields…)</source>
        <translation>Все още няма потребителски полета за контакти (Настройки → Потребителски полета…)</translation>
    </message>
</context>
<context>
    <name>kontor::CustomField</name>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Да / не</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Единичен избор</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Множествен избор</translation>
    </message>
    <message>
        <source>Unknown field type &quot;%1&quot; (use text, number, date, bool, choice or multichoice)</source>
        <translation>Неизвестен тип поле „%1“ (използвайте text, number, date, bool, choice или multichoice)</translation>
    </message>
    <message>
        <source>Custom fields belong to contacts, companies or deals, not &quot;%1&quot;</source>
        <translation>Потребителските полета принадлежат на контакти, фирми или сделки, а не на „%1“</translation>
    </message>
    <message>
        <source>A custom field needs a name</source>
        <translation>Потребителското поле трябва да има име</translation>
    </message>
    <message>
        <source>A choice field needs at least one option</source>
        <translation>Полето за избор трябва да има поне една опция</translation>
    </message>
    <message>
        <source>An option cannot be empty</source>
        <translation>Опцията не може да бъде празна</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; is listed twice</source>
        <translation>Опцията „%1“ е посочена два пъти</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices of %2 (%3)</source>
        <translation>„%1“ не е сред опциите на %2 (%3)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>не</translation>
    </message>
</context>
<context>
    <name>kontor::CustomFieldRepository</name>
    <message>
        <source>Cannot read the custom fields</source>
        <translation>Потребителските полета не могат да бъдат прочетени</translation>
    </message>
    <message>
        <source>Cannot read the custom field</source>
        <translation>Потребителското поле не може да бъде прочетено</translation>
    </message>
    <message>
        <source>This custom field does not exist</source>
        <translation>Това потребителско поле не съществува</translation>
    </message>
    <message>
        <source>custom field %1</source>
        <translation>потребителско поле %1</translation>
    </message>
    <message>
        <source>There is no custom field &quot;%1&quot;</source>
        <translation>Няма потребителско поле „%1“</translation>
    </message>
    <message>
        <source>Cannot add the %1</source>
        <translation>%1 не може да бъде добавено</translation>
    </message>
    <message>
        <source>There is already a field named &quot;%1&quot;</source>
        <translation>Вече има поле с име „%1“</translation>
    </message>
    <message>
        <source>Cannot save the %1</source>
        <translation>%1 не може да бъде записано</translation>
    </message>
    <message>
        <source>The type of &quot;%1&quot; cannot change while records have a value in it</source>
        <translation>Типът на „%1“ не може да бъде променен, докато записи имат стойност в него</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; is still used by some records</source>
        <translation>Опцията „%1“ все още се използва от някои записи</translation>
    </message>
    <message>
        <source>Cannot delete the custom field</source>
        <translation>Потребителското поле не може да бъде изтрито</translation>
    </message>
    <message>
        <source>Cannot restore the custom field</source>
        <translation>Потребителското поле не може да бъде възстановено</translation>
    </message>
    <message>
        <source>Cannot read the custom field values</source>
        <translation>Стойностите на потребителските полета не могат да бъдат прочетени</translation>
    </message>
    <message>
        <source>Cannot save the custom fields</source>
        <translation>Потребителските полета не могат да бъдат записани</translation>
    </message>
    <message>
        <source>This record does not exist</source>
        <translation>Този запис не съществува</translation>
    </message>
</context>
<context>
    <name>kontor::CustomFieldsDialog</name>
    <message>
        <source>Custom Fields</source>
        <translation>Потребителски полета</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Фирми</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>New Field</source>
        <translation>Ново поле</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Нагоре</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Надолу</translation>
    </message>
    <message>
        <source>e.g. Region, Budget, Contract end</source>
        <translation>напр. Регион, Бюджет, Край на договора</translation>
    </message>
    <message>
        <source>Choices (one per line):</source>
        <translation>Опции (по една на ред):</translation>
    </message>
    <message>
        <source>Save Field</source>
        <translation>Запиши полето</translation>
    </message>
    <message>
        <source>Delete Field</source>
        <translation>Изтрий полето</translation>
    </message>
    <message>
        <source>Hide this field and its values everywhere</source>
        <translation>Скриване на това поле и стойностите му навсякъде</translation>
    </message>
    <message>
        <source>Undo Delete</source>
        <translation>Отмяна на изтриването</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Име:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>Добавяне на поле</translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation>„%1“ е записано.</translation>
    </message>
    <message>
        <source>“%1” added.</source>
        <translation>„%1“ е добавено.</translation>
    </message>
    <message>
        <source>“%1” deleted with its values.</source>
        <translation>„%1“ е изтрито заедно със стойностите си.</translation>
    </message>
    <message>
        <source>The field is back with its values.</source>
        <translation>Полето е възстановено заедно със стойностите си.</translation>
    </message>
</context>
<context>
    <name>kontor::CustomFieldsForm</name>
    <message>
        <source>Custom fields cannot be shown: %1</source>
        <translation>Потребителските полета не могат да бъдат показани: %1</translation>
    </message>
    <message>
        <source>Some custom fields have values that do not fit them.</source>
        <translation>Някои потребителски полета имат стойности, които не им съответстват.</translation>
    </message>
    <message>
        <source>Custom fields were not saved: %1</source>
        <translation>Потребителските полета не са записани: %1</translation>
    </message>
</context>
<context>
    <name>kontor::CustomListColumns</name>
    <message>
        <source>Custom fields</source>
        <translation>Потребителски полета</translation>
    </message>
</context>
<context>
    <name>kontor::CustomValueEditor</name>
    <message>
        <source>A number, e.g. 1250 or 12.5</source>
        <translation>Число, напр. 1250 или 12.5</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не е зададено</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Не</translation>
    </message>
</context>
<context>
    <name>kontor::CustomValuesCommand</name>
    <message>
        <source>Edit custom fields</source>
        <translation>Редактиране на потребителските полета</translation>
    </message>
</context>
<context>
    <name>kontor::DashboardModule</name>
    <message>
        <source>Refresh</source>
        <translation>Опресняване</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Отворени във фунията</translation>
    </message>
    <message>
        <source>Won this month</source>
        <translation>Спечелени този месец</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Просрочени задачи</translation>
    </message>
    <message>
        <source>New leads this week</source>
        <translation>Нови потенциални клиенти тази седмица</translation>
    </message>
    <message>
        <source>Stale deals</source>
        <translation>Застояли сделки</translation>
    </message>
    <message>
        <source>Click to list the records behind this figure.</source>
        <translation>Щракнете, за да видите записите зад тази стойност.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Won per month&lt;/b&gt; (last 6 months, click a bar for the deals)</source>
        <translation>&lt;b&gt;Спечелени по месеци&lt;/b&gt; (последните 6 месеца, щракнете върху стълбче за сделките)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Funnel&lt;/b&gt; of the deals created in the last 3 months</source>
        <translation>&lt;b&gt;Фуния&lt;/b&gt; на сделките, създадени през последните 3 месеца</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Преброяване…</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n отворена сделка</numerusform>
            <numerusform>%n отворени сделки</numerusform>
        </translation>
    </message>
    <message>
        <source>of %1 plan (%2)</source>
        <translation>от плана %1 (%2)</translation>
    </message>
    <message>
        <source>no plan for this month</source>
        <translation>няма план за този месец</translation>
    </message>
    <message>
        <source>idle past their stage&apos;s limit</source>
        <translation>бездействат над лимита на етапа си</translation>
    </message>
    <message>
        <source>Amounts in %1. Updated %2.</source>
        <translation>Сумите са в %1. Актуализирано %2.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Табло за управление</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Всички отговорници</translation>
    </message>
    <message>
        <source>Figures of</source>
        <translation>Показатели за</translation>
    </message>
</context>
<context>
    <name>kontor::Database</name>
    <message>
        <source>Cannot create the folder for the database</source>
        <translation>Папката за базата данни не може да бъде създадена</translation>
    </message>
    <message>
        <source>The database driver is not installed</source>
        <translation>Драйверът за базата данни не е инсталиран</translation>
    </message>
    <message>
        <source>Cannot open the database file</source>
        <translation>Файлът на базата данни не може да бъде отворен</translation>
    </message>
    <message>
        <source>Cannot connect to the database server</source>
        <translation>Няма връзка със сървъра на базата данни</translation>
    </message>
    <message>
        <source>The database refused Kontor&apos;s settings</source>
        <translation>Базата данни отхвърли настройките на Kontor</translation>
    </message>
</context>
<context>
    <name>kontor::DealCard</name>
    <message>
        <source>Person</source>
        <translation>Лице</translation>
    </message>
    <message>
        <source>Role in the deal</source>
        <translation>Роля в сделката</translation>
    </message>
    <message>
        <source>Add a person: start typing a name</source>
        <translation>Добавяне на лице: започнете да въвеждате име</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Премахни</translation>
    </message>
    <message>
        <source>The first person is the deal&apos;s main contact.</source>
        <translation>Първото лице е основният контакт на сделката.</translation>
    </message>
    <message>
        <source>Add Product</source>
        <translation>Добавяне на продукт</translation>
    </message>
    <message>
        <source>Add Line…</source>
        <translation>Добавяне на ред…</translation>
    </message>
    <message>
        <source>A line that is not in the catalogue: a service, a fee</source>
        <translation>Ред, който не е в каталога: услуга, такса</translation>
    </message>
    <message>
        <source>Add Line</source>
        <translation>Добавяне на ред</translation>
    </message>
    <message>
        <source>What is it:</source>
        <translation>Какво е:</translation>
    </message>
    <message>
        <source>Lower it to the minimum to use the stage&apos;s probability</source>
        <translation>Намалете до минимума, за да се използва вероятността на етапа</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не е зададено</translation>
    </message>
    <message>
        <source>Start typing a company name</source>
        <translation>Започнете да въвеждате име на фирма</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заглавие:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сума:</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>&amp;Вероятност:</translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation>&amp;Очаквано приключване:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Отговор&amp;ник:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Източник:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Фирма:</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Лица:</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Потребителски полета</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Продукти</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Бележки</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Запиши</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Върни</translation>
    </message>
    <message>
        <source>Drop the unsaved edits</source>
        <translation>Отхвърляне на незаписаните промени</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>Нова задача</translation>
    </message>
    <message>
        <source>Plan the next call, meeting or to-do for this deal (Ctrl+T)</source>
        <translation>Планиране на следващото обаждане, среща или задача за тази сделка (Ctrl+T)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Етапи</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отмени</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повтори</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Никой</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The catalogue is empty</source>
        <translation>Каталогът е празен</translation>
    </message>
    <message>
        <source>This deal cannot be shown: %1</source>
        <translation>Тази сделка не може да бъде показана: %1</translation>
    </message>
    <message>
        <source>This deal is in the trash. Restore it from the Trash to edit it.</source>
        <translation>Тази сделка е в кошчето. Възстановете я от кошчето, за да я редактирате.</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Потребител %1</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(без заглавие)</translation>
    </message>
    <message>
        <source>%1 — Deal</source>
        <translation>%1 — Сделка</translation>
    </message>
    <message>
        <source>%1 · %2 % likely · created %3</source>
        <translation>%1 · %2 % вероятност · създадена %3</translation>
    </message>
    <message>
        <source>Stage default (%1 %)</source>
        <translation>По подразбиране за етапа (%1 %)</translation>
    </message>
    <message>
        <source>The total of the products below.</source>
        <translation>Сборът на продуктите по-долу.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Общо: %1</translation>
    </message>
    <message>
        <source>No products: the amount is typed in above.</source>
        <translation>Няма продукти: сумата се въвежда по-горе.</translation>
    </message>
    <message>
        <source>Nothing was saved: “%1” is not an amount such as 12500.00.</source>
        <translation>Нищо не е записано: „%1“ не е сума като 12500.00.</translation>
    </message>
    <message>
        <source>Nothing was saved: there is no company called “%1”. Pick one from the list, or add it under Companies first.</source>
        <translation>Нищо не е записано: няма фирма с име „%1“. Изберете от списъка или първо я добавете във „Фирми“.</translation>
    </message>
    <message>
        <source>Nothing was saved: please fix the fields marked in red.</source>
        <translation>Нищо не е записано: коригирайте полетата, маркирани в червено.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Нищо не е записано: %1</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Редактиране на „%1“</translation>
    </message>
    <message>
        <source>Custom fields were not saved: %1</source>
        <translation>Потребителските полета не са записани: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Незаписани промени</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Да се запишат ли промените в %1 преди затваряне?</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Moves the deal at once; Ctrl+Z moves it back</source>
        <translation>Премества сделката веднага; Ctrl+Z я връща обратно</translation>
    </message>
    <message>
        <source>%1 (won)</source>
        <translation>%1 (спечелена)</translation>
    </message>
    <message>
        <source>%1 (lost)</source>
        <translation>%1 (загубена)</translation>
    </message>
</context>
<context>
    <name>kontor::DealHistoryDialog</name>
    <message>
        <source>Stage History of “%1”</source>
        <translation>История на етапите на „%1“</translation>
    </message>
</context>
<context>
    <name>kontor::DealRepository</name>
    <message>
        <source>A deal needs a title</source>
        <translation>Сделката трябва да има заглавие</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as EUR or USD</source>
        <translation>„%1“ не е код на валута като EUR или USD</translation>
    </message>
    <message>
        <source>A deal amount cannot be negative</source>
        <translation>Сумата на сделката не може да бъде отрицателна</translation>
    </message>
    <message>
        <source>The win probability must be between 0 and 100 %</source>
        <translation>Вероятността за спечелване трябва да е между 0 и 100 %</translation>
    </message>
    <message>
        <source>Cannot save the new deal</source>
        <translation>Новата сделка не може да бъде записана</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Не може да се прочете %1</translation>
    </message>
    <message>
        <source>This deal does not exist</source>
        <translation>Тази сделка не съществува</translation>
    </message>
    <message>
        <source>This deal is in the trash</source>
        <translation>Тази сделка е в кошчето</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>Не може да се запише %1</translation>
    </message>
    <message>
        <source>The stage belongs to another pipeline</source>
        <translation>Етапът принадлежи на друга фуния</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>етап %1</translation>
    </message>
    <message>
        <source>Cannot move %1 to the stage &quot;%2&quot;</source>
        <translation>%1 не може да бъде преместена в етап „%2“</translation>
    </message>
    <message>
        <source>Cannot read the deal list</source>
        <translation>Списъкът със сделки не може да бъде прочетен</translation>
    </message>
    <message>
        <source>Cannot count deals</source>
        <translation>Сделките не могат да бъдат преброени</translation>
    </message>
    <message>
        <source>Cannot read the stage history of %1</source>
        <translation>Историята на етапите на %1 не може да бъде прочетена</translation>
    </message>
    <message>
        <source>The currency of a deal with products cannot change; remove the products first</source>
        <translation>Валутата на сделка с продукти не може да бъде променена; първо премахнете продуктите</translation>
    </message>
    <message>
        <source>Say why the deal was lost: pick a lost reason</source>
        <translation>Посочете защо сделката е загубена: изберете причина за загуба</translation>
    </message>
    <message>
        <source>The pipeline &quot;%1&quot; has no won stage</source>
        <translation>Фунията „%1“ няма етап „Спечелена“</translation>
    </message>
    <message>
        <source>The pipeline &quot;%1&quot; has no lost stage</source>
        <translation>Фунията „%1“ няма етап „Загубена“</translation>
    </message>
    <message>
        <source>Cannot save the lost note of %1</source>
        <translation>Бележката за загуба на %1 не може да бъде записана</translation>
    </message>
    <message>
        <source>Cannot sum the deals</source>
        <translation>Сделките не могат да бъдат сумирани</translation>
    </message>
    <message>
        <source>Cannot read the people of %1</source>
        <translation>Лицата на %1 не могат да бъдат прочетени</translation>
    </message>
    <message>
        <source>Pick an existing contact</source>
        <translation>Изберете съществуващ контакт</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 е посочен два пъти</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>контакт %1</translation>
    </message>
    <message>
        <source>Cannot save the people of %1</source>
        <translation>Лицата на %1 не могат да бъдат записани</translation>
    </message>
    <message>
        <source>Cannot read the deals</source>
        <translation>Не могат да се прочетат сделките</translation>
    </message>
</context>
<context>
    <name>kontor::DealsListModel</name>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Фирма</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Очаквано приключване</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Отговорник</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>kontor::DealsListView</name>
    <message>
        <source>Open</source>
        <translation>Отворени</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Спечелени</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Загубени</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Всеки статус</translation>
    </message>
    <message>
        <source>Filter by deal, company or contact</source>
        <translation>Филтриране по сделка, фирма или контакт</translation>
    </message>
    <message>
        <source>Export Selection…</source>
        <translation>Експортиране на избраното…</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Фуния:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Отговорник:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Етикет:</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>Всички фунии</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Всички</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Всеки етикет</translation>
    </message>
    <message>
        <source>%1 (weighted %2)</source>
        <translation>%1 (претеглено %2)</translation>
    </message>
    <message>
        <source>No deals match.</source>
        <translation>Няма съвпадащи сделки.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s): %1</source>
        <translation>
            <numerusform>%n сделка: %1</numerusform>
            <numerusform>%n сделки: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the deals to export first</source>
        <translation>Първо изберете сделките за експортиране</translation>
    </message>
    <message>
        <source>Deals export to .csv, .xlsx or .json, not “.%1”</source>
        <translation>Сделките се експортират в .csv, .xlsx или .json, а не в „.%1“</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Файлът не може да бъде записан: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deal(s) to %1.</source>
        <translation>
            <numerusform>Експортирана е %n сделка в %1.</numerusform>
            <numerusform>Експортирани са %n сделки в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open, no next step</source>
        <translation>Отворени, без следваща стъпка</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Колони</translation>
    </message>
    <message>
        <source>Choose the columns this list shows, custom fields included</source>
        <translation>Избор на колоните, които показва този списък, включително потребителските полета</translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation>Сумиране…</translation>
    </message>
</context>
<context>
    <name>kontor::DealsModule</name>
    <message>
        <source>Undo</source>
        <translation>Отмени</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повтори</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Табло</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Списък</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Опресняване</translation>
    </message>
    <message>
        <source>&amp;Pipelines and Stages…</source>
        <translation>&amp;Фунии и етапи…</translation>
    </message>
    <message>
        <source>P&amp;roduct Catalogue…</source>
        <translation>&amp;Каталог на продуктите…</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
</context>
<context>
    <name>kontor::DemoDataOffer</name>
    <message>
        <source>Welcome to Kontor</source>
        <translation>Добре дошли в Kontor</translation>
    </message>
    <message>
        <source>This database has no contacts yet.</source>
        <translation>Тази база данни все още няма контакти.</translation>
    </message>
    <message>
        <source>Would you like to try Kontor with demo data? It adds 2,000 contacts, 300 companies and 500 deals with two years of history. Use a new database for your real customers.</source>
        <translation>Искате ли да изпробвате Kontor с демонстрационни данни? Ще бъдат добавени 2000 контакта, 300 фирми и 500 сделки с двегодишна история. За реалните си клиенти използвайте нова база данни.</translation>
    </message>
    <message>
        <source>Add Demo Data</source>
        <translation>Добавяне на демонстрационни данни</translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation>Начало с празна база</translation>
    </message>
    <message>
        <source>Adding demo data…</source>
        <translation>Добавяне на демонстрационни данни…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation>Демонстрационни данни</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Спиране…</translation>
    </message>
    <message>
        <source>The demo data could not be added. Your database is unchanged.

%1</source>
        <translation>Демонстрационните данни не можаха да бъдат добавени. Базата данни е непроменена.

%1</translation>
    </message>
</context>
<context>
    <name>kontor::DemoGenerator</name>
    <message>
        <source>The numbers of demo records cannot be negative</source>
        <translation>Броят на демонстрационните записи не може да бъде отрицателен</translation>
    </message>
</context>
<context>
    <name>kontor::DrillDialog</name>
    <message>
        <source>Loading…</source>
        <translation>Зареждане…</translation>
    </message>
    <message>
        <source>The first %1 of %2, largest first.</source>
        <translation>Първите %1 от %2, най-големите първи.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n запис.</numerusform>
            <numerusform>%n записа.</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter, to open its card.</source>
        <translation>Щракнете двукратно върху ред или натиснете Enter, за да отворите картата му.</translation>
    </message>
</context>
<context>
    <name>kontor::DuplicateFinder</name>
    <message>
        <source>Cannot look for duplicate contacts</source>
        <translation>Не може да се търсят дублиращи се контакти</translation>
    </message>
</context>
<context>
    <name>kontor::DuplicatePairsModel</name>
    <message>
        <source>same email</source>
        <translation>същият имейл</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>същият телефон</translation>
    </message>
    <message>
        <source>similar name in the same company</source>
        <translation>сходно име в същата фирма</translation>
    </message>
    <message>
        <source>Contact #%1</source>
        <translation>Контакт №%1</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Запазва се</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>Обединява се в него</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>kontor::DuplicateReview</name>
    <message>
        <source>Cannot read the pairs marked as not duplicates</source>
        <translation>Двойките, маркирани като „не са дубликати“, не могат да бъдат прочетени</translation>
    </message>
    <message>
        <source>Cannot preview the merge</source>
        <translation>Не може да се покаже преглед на обединяването</translation>
    </message>
    <message>
        <source>contact %1 into contact %2</source>
        <translation>контакт %1 в контакт %2</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself</source>
        <translation>Контакт не може да бъде обединен със себе си</translation>
    </message>
    <message>
        <source>Contact %1 does not exist or is in the trash</source>
        <translation>Контакт %1 не съществува или е в кошчето</translation>
    </message>
    <message>
        <source>contacts %1 and %2</source>
        <translation>контакти %1 и %2</translation>
    </message>
    <message>
        <source>A contact is always the same as itself</source>
        <translation>Контактът винаги е същият като себе си</translation>
    </message>
    <message>
        <source>Cannot mark the contacts as not duplicates</source>
        <translation>Контактите не могат да бъдат маркирани като „не са дубликати“</translation>
    </message>
    <message>
        <source>One of the contacts does not exist</source>
        <translation>Един от контактите не съществува</translation>
    </message>
    <message>
        <source>Cannot take back &quot;not a duplicate&quot;</source>
        <translation>Маркировката „не е дубликат“ не може да бъде отменена</translation>
    </message>
    <message>
        <source>Contacts %1 and %2 are not marked as &quot;not a duplicate&quot;</source>
        <translation>Контактите %1 и %2 не са маркирани като „не е дубликат“</translation>
    </message>
</context>
<context>
    <name>kontor::DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation>Търсене на дубликати</translation>
    </message>
    <message>
        <source>Find Again</source>
        <translation>Ново търсене</translation>
    </message>
    <message>
        <source>Scan the whole contact base again</source>
        <translation>Повторно сканиране на цялата база с контакти</translation>
    </message>
    <message>
        <source>Keep the Other Instead</source>
        <translation>Запазване на другия</translation>
    </message>
    <message>
        <source>Keep the right-hand record and merge the left-hand one into it</source>
        <translation>Запазване на десния запис и обединяване на левия в него</translation>
    </message>
    <message>
        <source>Not a Duplicate</source>
        <translation>Не е дубликат</translation>
    </message>
    <message>
        <source>These are different people: do not propose this pair again</source>
        <translation>Това са различни лица: тази двойка да не се предлага отново</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Обедини</translation>
    </message>
    <message>
        <source>Merge with the values chosen above (Ctrl+Z undoes it)</source>
        <translation>Обединяване с избраните по-горе стойности (Ctrl+Z го отменя)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отмени</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повтори</translation>
    </message>
    <message>
        <source>Looking for duplicates across all contacts…</source>
        <translation>Търсене на дубликати сред всички контакти…</translation>
    </message>
    <message>
        <source>The search for duplicates failed.</source>
        <translation>Търсенето на дубликати е неуспешно.</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Не са намерени дубликати.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of contacts look like the same person.</source>
        <translation>
            <numerusform>%n двойка контакти изглежда като едно и също лице.</numerusform>
            <numerusform>%n двойки контакти изглеждат като едно и също лице.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged “%1” into “%2”. Undo with Ctrl+Z.</source>
        <translation>„%1“ е обединен в „%2“. Отмяна с Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>kontor::EditTaskCommand</name>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>Редактиране на „%1“</translation>
    </message>
</context>
<context>
    <name>kontor::ExportDialog</name>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Фирми</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Activities and notes</source>
        <translation>Дейности и бележки</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакта</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>%Ln фирма</numerusform>
            <numerusform>%Ln фирми</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln сделка</numerusform>
            <numerusform>%Ln сделки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(s)</source>
        <translation>
            <numerusform>%Ln дейност</numerusform>
            <numerusform>%Ln дейности</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експортиране</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Всичко</translation>
    </message>
    <message>
        <source>Saved segment:</source>
        <translation>Запазен сегмент:</translation>
    </message>
    <message>
        <source>Excel-friendly (byte-order mark, for Excel on Windows)</source>
        <translation>Съвместим с Excel (маркер за реда на байтовете, за Excel под Windows)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Преглед…</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Какво:</translation>
    </message>
    <message>
        <source>Which records:</source>
        <translation>Кои записи:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>CSV (comma-separated text)</source>
        <translation>CSV (текст, разделен със запетаи)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Работна книга на Excel (.xlsx)</translation>
    </message>
    <message>
        <source>vCard 3.0 (.vcf, older phones and Outlook)</source>
        <translation>vCard 3.0 (.vcf, по-стари телефони и Outlook)</translation>
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
        <translation>Избраните %1</translation>
    </message>
    <message>
        <source>The selected records (select them in a list first)</source>
        <translation>Избраните записи (първо ги изберете в списък)</translation>
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
        <translation>Експортиране в</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Изберете файла за запис.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папката %1 не съществува.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Експортиране…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Експортирането е отказано; не е записан файл.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Експортирането е неуспешно: %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 са експортирани в %2.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Stop the export; no file is written</source>
        <translation>Спиране на експортирането; не се записва файл</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отказване…</translation>
    </message>
    <message>
        <source>Of the contacts in the segment:</source>
        <translation>От контактите в сегмента:</translation>
    </message>
</context>
<context>
    <name>kontor::ExportSource</name>
    <message>
        <source>First name</source>
        <translation>Собствено име</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Длъжност</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Фирма</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Рожден ден</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Град</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Област</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Пощенски код</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Източник</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Отговорник</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Етикети</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Бележки</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Създадено</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Име на фирма</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Юридическо име</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Уебсайт</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасъл</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Фуния</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валута</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Вероятност</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Очаквано приключване</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Имейл на контакта</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Причина за загуба</translation>
    </message>
    <message>
        <source>Cannot read the custom fields</source>
        <translation>Потребителските полета не могат да бъдат прочетени</translation>
    </message>
    <message>
        <source>Cannot list the records to export</source>
        <translation>Записите за експортиране не могат да бъдат изброени</translation>
    </message>
    <message>
        <source>A selected record no longer exists or is in the trash.</source>
        <translation>Избран запис вече не съществува или е в кошчето.</translation>
    </message>
    <message>
        <source>Cannot read the contacts to export</source>
        <translation>Контактите за експортиране не могат да бъдат прочетени</translation>
    </message>
    <message>
        <source>Cannot read the companies to export</source>
        <translation>Фирмите за експортиране не могат да бъдат прочетени</translation>
    </message>
    <message>
        <source>Cannot read the deals to export</source>
        <translation>Сделките за експортиране не могат да бъдат прочетени</translation>
    </message>
    <message>
        <source>Cannot read the custom fields to export</source>
        <translation>Потребителските полета за експортиране не могат да бъдат прочетени</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Име на контакта</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Продължителност</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Посока</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Резултат</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Записано от</translation>
    </message>
    <message>
        <source>Cannot read the activities to export</source>
        <translation>Дейностите за експортиране не могат да бъдат прочетени</translation>
    </message>
    <message>
        <source>Cannot read the photos to export</source>
        <translation>Снимките за експортиране не могат да бъдат прочетени</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Външно ID</translation>
    </message>
    <message>
        <source>A segment narrows contacts and their activities, not %1.</source>
        <translation>Сегментът стеснява контактите и техните дейности, а не %1.</translation>
    </message>
</context>
<context>
    <name>kontor::FoldKeys</name>
    <message>
        <source>Cannot prepare the %1 for look-ups by name</source>
        <translation>%1 не може да бъде подготвено за търсене по име</translation>
    </message>
</context>
<context>
    <name>kontor::ImportModule</name>
    <message>
        <source>Import</source>
        <translation>Импортиране</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Импортиране на файл…</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Отмяна на импортирането</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Създадени</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Актуализирани</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропуснати</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отхвърлени</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>фирми</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>контакти</translation>
    </message>
    <message>
        <source>undone %1</source>
        <translation>отменено %1</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортирано</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Все още няма импортирания.</translation>
    </message>
    <message>
        <source>Import %1 is done. Select it and press Undo import to reverse it.</source>
        <translation>Импортиране %1 е завършено. Изберете го и натиснете „Отмяна на импортирането“, за да го отмените.</translation>
    </message>
    <message>
        <source>Undo import %1? What it created is deleted and what it changed is put back.</source>
        <translation>Да се отмени ли импортиране %1? Създаденото от него ще бъде изтрито, а промененото – възстановено.</translation>
    </message>
    <message>
        <source>Undoing import %1…</source>
        <translation>Отмяна на импортиране %1…</translation>
    </message>
    <message>
        <source>Import %1 was undone.</source>
        <translation>Импортиране %1 е отменено.</translation>
    </message>
    <message>
        <source>Bring contacts, companies, deals and activities in from CSV, Excel or vCard files — or drop a file on this window. Every import can be undone: it deletes what the import created and puts back what it changed.</source>
        <translation>Импортирайте контакти, фирми, сделки и дейности от файлове CSV, Excel или vCard – или пуснете файл в този прозорец. Всяко импортиране може да бъде отменено: изтрива се създаденото от него и се възстановява промененото.</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>сделки</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>дейности</translation>
    </message>
</context>
<context>
    <name>kontor::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Импортиране</translation>
    </message>
</context>
<context>
    <name>kontor::LineItemsModel</name>
    <message>
        <source>“%1” is priced in %2 but the deal is in %3: type its price in %3.</source>
        <translation>Цената на „%1“ е в %2, но сделката е в %3: въведете цената в %3.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Line %1: a product needs a name.</source>
        <translation>Ред %1: продуктът трябва да има име.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a quantity (a number, 0 or more).</source>
        <translation>Ред %1: „%2“ не е количество (число, 0 или повече).</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a price such as 1250.00.</source>
        <translation>Ред %1: „%2“ не е цена като 1250.00.</translation>
    </message>
    <message>
        <source>Line %1: a discount is a percentage from 0 to 100, not “%2”.</source>
        <translation>Ред %1: отстъпката е процент от 0 до 100, а не „%2“.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Единична цена</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Отстъпка</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Общо</translation>
    </message>
</context>
<context>
    <name>kontor::ListModule</name>
    <message>
        <source>Refresh</source>
        <translation>Опресняване</translation>
    </message>
    <message>
        <source>Read the list again from the database</source>
        <translation>Повторно прочитане на списъка от базата данни</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>Списъкът не можа да бъде прочетен: %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Колони</translation>
    </message>
    <message>
        <source>Choose the columns this list shows</source>
        <translation>Избор на колоните, които показва този списък</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Преброяване…</translation>
    </message>
</context>
<context>
    <name>kontor::LogActivityDialog</name>
    <message>
        <source>Call</source>
        <translation>Обаждане</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Среща</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не е посочено</translation>
    </message>
    <message>
        <source>Outgoing (I reached out)</source>
        <translation>Изходящо (аз се свързах)</translation>
    </message>
    <message>
        <source>Incoming (they reached out)</source>
        <translation>Входящо (те се свързаха)</translation>
    </message>
    <message>
        <source>What was said or agreed, next steps…</source>
        <translation>Какво беше казано или договорено, следващи стъпки…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Кога:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Продължителност:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>Пос&amp;ока:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Бележки:</translation>
    </message>
    <message>
        <source>Log a Call</source>
        <translation>Записване на обаждане</translation>
    </message>
    <message>
        <source>Log an Email</source>
        <translation>Записване на имейл</translation>
    </message>
    <message>
        <source>Log a Meeting</source>
        <translation>Записване на среща</translation>
    </message>
    <message>
        <source>Add a Note</source>
        <translation>Добавяне на бележка</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не е записано: %1</translation>
    </message>
</context>
<context>
    <name>kontor::Lookups</name>
    <message>
        <source>Cannot read the list of roles</source>
        <translation>Списъкът с роли не може да бъде прочетен</translation>
    </message>
    <message>
        <source>Cannot read the list of users</source>
        <translation>Списъкът с потребители не може да бъде прочетен</translation>
    </message>
    <message>
        <source>Cannot read the deals</source>
        <translation>Сделките не могат да бъдат прочетени</translation>
    </message>
</context>
<context>
    <name>kontor::LostReasonDialog</name>
    <message>
        <source>Deal Lost</source>
        <translation>Загубена сделка</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Изберете причина…</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Какво се случи (по избор)</translation>
    </message>
    <message>
        <source>Mark Lost</source>
        <translation>Маркиране като загубена</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>Защо „%1“ е загубена?</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Бележка:</translation>
    </message>
</context>
<context>
    <name>kontor::MainWindow</name>
    <message>
        <source>About Kontor</source>
        <translation>За Kontor</translation>
    </message>
    <message>
        <source>Kontor %1
A CRM for salespeople, on your laptop or your team&apos;s server.</source>
        <translation>Kontor %1
CRM система за търговци – на вашия лаптоп или на сървъра на екипа ви.</translation>
    </message>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New Local Database…</source>
        <translation>&amp;Нова локална база данни…</translation>
    </message>
    <message>
        <source>&amp;Open Local Database…</source>
        <translation>&amp;Отваряне на локална база данни…</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>&amp;Свързване със сървър…</translation>
    </message>
    <message>
        <source>&amp;Recent Databases</source>
        <translation>&amp;Последни бази данни</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Изход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Изглед</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Помощ</translation>
    </message>
    <message>
        <source>&amp;About Kontor</source>
        <translation>&amp;За Kontor</translation>
    </message>
    <message>
        <source>Module Toolbar</source>
        <translation>Лента с инструменти на модулите</translation>
    </message>
    <message>
        <source>No database is open.
Use File → Open Local Database, or Connect to Server.</source>
        <translation>Няма отворена база данни.
Използвайте Файл → Отваряне на локална база данни или Свързване със сървър.</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Изчистване на списъка</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Няма отворена база данни</translation>
    </message>
    <message>
        <source>Database: %1 (%2)</source>
        <translation>База данни: %1 (%2)</translation>
    </message>
    <message>
        <source>SQLite, on this computer</source>
        <translation>SQLite, на този компютър</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Сървър PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отмени</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повтори</translation>
    </message>
    <message>
        <source>Could Not Undo or Redo</source>
        <translation>Отмяната или повторението не е възможно</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редактиране</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Custom Fields…</source>
        <translation>&amp;Потребителски полета…</translation>
    </message>
    <message>
        <source>&amp;Quick Search…</source>
        <translation>&amp;Бързо търсене…</translation>
    </message>
    <message>
        <source>New &amp;Task…</source>
        <translation>Нова &amp;задача…</translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>Напомняне: %1</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Експортиране…</translation>
    </message>
</context>
<context>
    <name>kontor::MergePreviewPanel</name>
    <message>
        <source>(empty)</source>
        <translation>(празно)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Собствено име</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Длъжност</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Фирма</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Рожден ден</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Град</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Област</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Пощенски код</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Източник</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Отговорник</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Бележки</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>Последен контакт</translation>
    </message>
    <message>
        <source>Choose a pair on the left to see what a merge would keep.</source>
        <translation>Изберете двойка отляво, за да видите какво ще бъде запазено при обединяването.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep:&lt;/b&gt; %1 &lt;small&gt;(#%2)&lt;/small&gt;</source>
        <translation>&lt;b&gt;Запазване:&lt;/b&gt; %1 &lt;small&gt;(#%2)&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merge into it:&lt;/b&gt; %1 &lt;small&gt;(#%2)&lt;/small&gt;</source>
        <translation>&lt;b&gt;Обединяване в него:&lt;/b&gt; %1 &lt;small&gt;(#%2)&lt;/small&gt;</translation>
    </message>
    <message>
        <source>(the same)</source>
        <translation>(същото)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>няма</translation>
    </message>
    <message>
        <source>%1 (%2 + %3)</source>
        <translation>%1 (%2 + %3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;After the merge the kept contact has:&lt;/b&gt;</source>
        <translation>&lt;b&gt;След обединяването запазеният контакт има:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Emails (%1): %2</source>
        <translation>Имейли (%1): %2</translation>
    </message>
    <message>
        <source>Phones (%1): %2</source>
        <translation>Телефони (%1): %2</translation>
    </message>
    <message>
        <source>Messengers (%1): %2</source>
        <translation>Месинджъри (%1): %2</translation>
    </message>
    <message>
        <source>Tags (%1): %2</source>
        <translation>Етикети (%1): %2</translation>
    </message>
    <message>
        <source>Activities: %1 · Deals: %2 · Tasks: %3</source>
        <translation>Дейности: %1 · Сделки: %2 · Задачи: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) taken from the other record; it goes to the trash.</source>
        <translation>
            <numerusform>%n поле е взето от другия запис; той отива в кошчето.</numerusform>
            <numerusform>%n полета са взети от другия запис; той отива в кошчето.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Custom fields&lt;/b&gt;</source>
        <translation>&lt;b&gt;Потребителски полета&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>kontor::Migrator</name>
    <message>
        <source>Cannot create the schema version table</source>
        <translation>Таблицата с версията на схемата не може да бъде създадена</translation>
    </message>
    <message>
        <source>Cannot read the schema version</source>
        <translation>Версията на схемата не може да бъде прочетена</translation>
    </message>
    <message>
        <source>This database was created by a newer Kontor. Please update Kontor to open it.</source>
        <translation>Тази база данни е създадена с по-нова версия на Kontor. Актуализирайте Kontor, за да я отворите.</translation>
    </message>
    <message>
        <source>Cannot lock the schema for upgrade</source>
        <translation>Схемата не може да бъде заключена за надграждане</translation>
    </message>
    <message>
        <source>Upgrading the database failed at step %1 (%2)</source>
        <translation>Надграждането на базата данни е неуспешно на стъпка %1 (%2)</translation>
    </message>
</context>
<context>
    <name>kontor::MultiValueEditor</name>
    <message>
        <source>Remove this line</source>
        <translation>Премахване на този ред</translation>
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
        <translation>Телефонни номера</translation>
    </message>
    <message>
        <source>Numbers typed without a country code (+…) are read as numbers of this region. Search and duplicate detection compare every number in its international form, so “040 123 4567” finds “+358 40 123 4567” when the region is Finland.</source>
        <translation>Номерата, въведени без код на държава (+…), се четат като номера от този регион. Търсенето и откриването на дубликати сравняват всеки номер в международния му формат, така че „040 123 4567“ намира „+358 40 123 4567“, когато регионът е Финландия.</translation>
    </message>
    <message>
        <source>The system&apos;s region</source>
        <translation>Регионът на системата</translation>
    </message>
    <message>
        <source>The system&apos;s region (%1)</source>
        <translation>Регионът на системата (%1)</translation>
    </message>
    <message>
        <source>Also read the phones already stored with this region</source>
        <translation>Повторно прочитане на вече съхранените телефони с този регион</translation>
    </message>
    <message>
        <source>Numbers saved before were read with the old region. What was typed stays as it is; only the form search and duplicates compare is computed again.</source>
        <translation>По-рано записаните номера са прочетени със стария регион. Въведеното остава както е; изчислява се отново само формата, която сравняват търсенето и дубликатите.</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>&amp;Регион по подразбиране:</translation>
    </message>
    <message>
        <source>Saved. Numbers typed from now on are read with this region.</source>
        <translation>Записано. Номерата, въведени отсега нататък, се четат с този регион.</translation>
    </message>
    <message>
        <source>Saved. Reading the stored phones again…</source>
        <translation>Записано. Повторно прочитане на съхранените телефони…</translation>
    </message>
    <message numerus="yes">
        <source>Region %1: %Ln phone(s) read again, </source>
        <translation>
            <numerusform>Регион %1: %Ln телефон е прочетен отново, </numerusform>
            <numerusform>Регион %1: %Ln телефона са прочетени отново, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln е променен</numerusform>
            <numerusform>%Ln са променени</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln contact(s)).</source>
        <translation>
            <numerusform> (%Ln контакт).</numerusform>
            <numerusform> (%Ln контакта).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be read as a number of any country and stay as typed.</source>
        <translation>
            <numerusform>%Ln не може да бъде прочетен като номер на никоя държава и остава както е въведен.</numerusform>
            <numerusform>%Ln не могат да бъдат прочетени като номер на никоя държава и остават както са въведени.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::PipelineRepository</name>
    <message>
        <source>new stage</source>
        <translation>нов етап</translation>
    </message>
    <message>
        <source>stage &quot;%1&quot;</source>
        <translation>етап „%1“</translation>
    </message>
    <message>
        <source>A stage needs a name</source>
        <translation>Етапът трябва да има име</translation>
    </message>
    <message>
        <source>The win probability must be between 0 and 100 %</source>
        <translation>Вероятността за спечелване трябва да е между 0 и 100 %</translation>
    </message>
    <message>
        <source>Days before a deal rots cannot be negative</source>
        <translation>Дните, преди сделката да застои, не могат да бъдат отрицателни</translation>
    </message>
    <message>
        <source>Cannot read the pipelines</source>
        <translation>Фуниите не могат да бъдат прочетени</translation>
    </message>
    <message>
        <source>This pipeline does not exist</source>
        <translation>Тази фуния не съществува</translation>
    </message>
    <message>
        <source>pipeline %1</source>
        <translation>фуния %1</translation>
    </message>
    <message>
        <source>There is no pipeline called &quot;%1&quot;</source>
        <translation>Няма фуния с име „%1“</translation>
    </message>
    <message>
        <source>A pipeline needs a name</source>
        <translation>Фунията трябва да има име</translation>
    </message>
    <message>
        <source>new pipeline</source>
        <translation>нова фуния</translation>
    </message>
    <message>
        <source>Cannot create the pipeline &quot;%1&quot;</source>
        <translation>Фунията „%1“ не може да бъде създадена</translation>
    </message>
    <message>
        <source>Cannot rename pipeline %1</source>
        <translation>Фуния %1 не може да бъде преименувана</translation>
    </message>
    <message>
        <source>Cannot read stage %1</source>
        <translation>Етап %1 не може да бъде прочетен</translation>
    </message>
    <message>
        <source>This stage does not exist</source>
        <translation>Този етап не съществува</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>етап %1</translation>
    </message>
    <message>
        <source>Cannot add the stage &quot;%1&quot;</source>
        <translation>Етапът „%1“ не може да бъде добавен</translation>
    </message>
    <message>
        <source>Cannot save the stage &quot;%1&quot;</source>
        <translation>Етапът „%1“ не може да бъде записан</translation>
    </message>
    <message>
        <source>The new order must list every stage of the pipeline once</source>
        <translation>Новият ред трябва да съдържа всеки етап на фунията точно веднъж</translation>
    </message>
    <message>
        <source>Cannot reorder the stages</source>
        <translation>Етапите не могат да бъдат пренаредени</translation>
    </message>
    <message>
        <source>Deals can only move to another stage of the same pipeline</source>
        <translation>Сделките могат да се преместват само в друг етап на същата фуния</translation>
    </message>
    <message>
        <source>Deals cannot be moved to a lost stage without a reason each</source>
        <translation>Сделките не могат да бъдат преместени в етап на загуба без причина за всяка</translation>
    </message>
    <message>
        <source>Cannot delete the stage &quot;%1&quot;</source>
        <translation>Етапът „%1“ не може да бъде изтрит</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) are still in this stage; move them to another stage first</source>
        <translation>
            <numerusform>%n сделка все още е в този етап; първо я преместете в друг етап</numerusform>
            <numerusform>%n сделки все още са в този етап; първо ги преместете в друг етап</numerusform>
        </translation>
    </message>
    <message>
        <source>The pipeline &quot;%1&quot; has no stage called &quot;%2&quot;</source>
        <translation>Фунията „%1“ няма етап с име „%2“</translation>
    </message>
    <message>
        <source>Cannot read the lost reasons</source>
        <translation>Причините за загуба не могат да бъдат прочетени</translation>
    </message>
    <message>
        <source>There is no lost reason called &quot;%1&quot;</source>
        <translation>Няма причина за загуба с име „%1“</translation>
    </message>
    <message>
        <source>A lost reason needs a name</source>
        <translation>Причината за загуба трябва да има име</translation>
    </message>
    <message>
        <source>Cannot add the lost reason &quot;%1&quot;</source>
        <translation>Причината за загуба „%1“ не може да бъде добавена</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the only pipeline; add another before deleting it</source>
        <translation>„%1“ е единствената фуния; добавете друга, преди да я изтриете</translation>
    </message>
    <message>
        <source>Cannot delete the pipeline &quot;%1&quot;</source>
        <translation>Фунията „%1“ не може да бъде изтрита</translation>
    </message>
    <message>
        <source>&quot;%1&quot; still holds %2 deal(s); move or delete them first</source>
        <translation>„%1“ все още съдържа сделки (%2); първо ги преместете или изтрийте</translation>
    </message>
    <message>
        <source>lost reason %1</source>
        <translation>причина за загуба %1</translation>
    </message>
    <message>
        <source>Cannot save the lost reason &quot;%1&quot;</source>
        <translation>Причината за загуба „%1“ не може да бъде записана</translation>
    </message>
    <message>
        <source>This lost reason does not exist</source>
        <translation>Тази причина за загуба не съществува</translation>
    </message>
</context>
<context>
    <name>kontor::PipelineSettingsDialog</name>
    <message>
        <source>Move Deals</source>
        <translation>Преместване на сделки</translation>
    </message>
    <message>
        <source>Deals are still in “%1”. Move them to:</source>
        <translation>Все още има сделки в „%1“. Преместете ги в:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отворен</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Спечелване</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Загуба</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никога</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>Добавяне на етап</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Нагоре</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Надолу</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Изтриване…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Име:</translation>
    </message>
    <message>
        <source>Win probability:</source>
        <translation>Вероятност за спечелване:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Rots after idle days:</source>
        <translation>Застоява след дни бездействие:</translation>
    </message>
    <message>
        <source>Save Stage</source>
        <translation>Запиши етапа</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Нов етап</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Етапи</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Фуния:</translation>
    </message>
    <message>
        <source>Add Pipeline…</source>
        <translation>Добавяне на фуния…</translation>
    </message>
    <message>
        <source>Add Pipeline</source>
        <translation>Добавяне на фуния</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Преименуване…</translation>
    </message>
    <message>
        <source>Rename Pipeline</source>
        <translation>Преименуване на фуния</translation>
    </message>
    <message>
        <source>Delete Pipeline</source>
        <translation>Изтриване на фуния</translation>
    </message>
    <message>
        <source>Add Reason…</source>
        <translation>Добавяне на причина…</translation>
    </message>
    <message>
        <source>Add Lost Reason</source>
        <translation>Добавяне на причина за загуба</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Rename Lost Reason</source>
        <translation>Преименуване на причина за загуба</translation>
    </message>
    <message>
        <source>Offer / Retire</source>
        <translation>Активиране / Деактивиране</translation>
    </message>
    <message>
        <source>Lost reasons (all pipelines)</source>
        <translation>Причини за загуба (всички фунии)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нов</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (неактивна)</translation>
    </message>
    <message>
        <source>Pipelines and Stages</source>
        <translation>Фунии и етапи</translation>
    </message>
</context>
<context>
    <name>kontor::PlanEditor</name>
    <message>
        <source>Sales plans</source>
        <translation>Планове за продажби</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Мениджър</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>e.g. 25000 or 25000.50</source>
        <translation>напр. 25000 или 25000.50</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валута</translation>
    </message>
    <message>
        <source>Add plan</source>
        <translation>Добавяне на план</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Запиши промените</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Изтрий</translation>
    </message>
    <message>
        <source>Choose the plan to change in the list first.</source>
        <translation>Първо изберете от списъка плана, който да промените.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: write it like 25000 or 25000.50.</source>
        <translation>„%1“ не е сума: въведете я като 25000 или 25000.50.</translation>
    </message>
    <message>
        <source>This manager already has a plan for that period and currency.</source>
        <translation>Този мениджър вече има план за този период и валута.</translation>
    </message>
    <message>
        <source>Plan added.</source>
        <translation>Планът е добавен.</translation>
    </message>
    <message>
        <source>Plan saved.</source>
        <translation>Планът е записан.</translation>
    </message>
    <message>
        <source>Choose the plan to delete in the list first.</source>
        <translation>Първо изберете от списъка плана, който да изтриете.</translation>
    </message>
    <message>
        <source>Plan deleted.</source>
        <translation>Планът е изтрит.</translation>
    </message>
    <message>
        <source>Add as monthly plans (a quarter or a year split evenly)</source>
        <translation>Добавяне като месечни планове (тримесечие или година, разделени поравно)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отмени</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повтори</translation>
    </message>
    <message>
        <source> (or clear &quot;Add as monthly plans&quot; to add it as one plan)</source>
        <translation> (или махнете отметката от „Добавяне като месечни планове“, за да го добавите като един план)</translation>
    </message>
    <message>
        <source>Change the plan of %1</source>
        <translation>Промяна на плана на %1</translation>
    </message>
    <message>
        <source>Add %1 monthly plans of %2</source>
        <translation>Добавяне на %1 месечни плана по %2</translation>
    </message>
    <message>
        <source>Add a plan for %1</source>
        <translation>Добавяне на план за %1</translation>
    </message>
    <message>
        <source>%1 monthly plans added.</source>
        <translation>Добавени са %1 месечни плана.</translation>
    </message>
    <message>
        <source>Delete the plan of %1</source>
        <translation>Изтриване на плана на %1</translation>
    </message>
</context>
<context>
    <name>kontor::ProductCatalogueDialog</name>
    <message>
        <source>Still sold (offered on deals)</source>
        <translation>Все още се продава (предлага се в сделки)</translation>
    </message>
    <message>
        <source>Product Catalogue</source>
        <translation>Каталог на продуктите</translation>
    </message>
    <message>
        <source>optional, unique</source>
        <translation>по избор, уникален</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Име:</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;SKU:</translation>
    </message>
    <message>
        <source>Unit price:</source>
        <translation>Единична цена:</translation>
    </message>
    <message>
        <source>New Product</source>
        <translation>Нов продукт</translation>
    </message>
    <message>
        <source>Save Product</source>
        <translation>Запиши продукта</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Преместване в кошчето</translation>
    </message>
    <message>
        <source>“%1” is not a price such as 120.00.</source>
        <translation>„%1“ не е цена като 120.00.</translation>
    </message>
</context>
<context>
    <name>kontor::ProductRepository</name>
    <message>
        <source>A product needs a name</source>
        <translation>Продуктът трябва да има име</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as EUR or USD</source>
        <translation>„%1“ не е код на валута като EUR или USD</translation>
    </message>
    <message>
        <source>A price cannot be negative</source>
        <translation>Цената не може да бъде отрицателна</translation>
    </message>
    <message>
        <source>line item of deal %1</source>
        <translation>ред от сделка %1</translation>
    </message>
    <message>
        <source>A line item belongs to a deal</source>
        <translation>Редът принадлежи на сделка</translation>
    </message>
    <message>
        <source>A line item needs a product or a name</source>
        <translation>Редът трябва да има продукт или име</translation>
    </message>
    <message>
        <source>A quantity cannot be negative</source>
        <translation>Количеството не може да бъде отрицателно</translation>
    </message>
    <message>
        <source>A discount must be between 0 and 100 %</source>
        <translation>Отстъпката трябва да е между 0 и 100 %</translation>
    </message>
    <message>
        <source>Cannot save the product &quot;%1&quot;</source>
        <translation>Продуктът „%1“ не може да бъде записан</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Не може да се прочете %1</translation>
    </message>
    <message>
        <source>This product does not exist</source>
        <translation>Този продукт не съществува</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>Не може да се запише %1</translation>
    </message>
    <message>
        <source>Cannot read the product catalogue</source>
        <translation>Каталогът на продуктите не може да бъде прочетен</translation>
    </message>
    <message>
        <source>Cannot read the products of deal %1</source>
        <translation>Продуктите на сделка %1 не могат да бъдат прочетени</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is priced in %2 but the deal is in %3; enter the price in %3</source>
        <translation>Цената на „%1“ е в %2, но сделката е в %3; въведете цената в %3</translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation>сделка %1</translation>
    </message>
    <message>
        <source>Cannot update the amount of deal %1</source>
        <translation>Сумата на сделка %1 не може да бъде актуализирана</translation>
    </message>
    <message>
        <source>Cannot add a product to deal %1</source>
        <translation>Към сделка %1 не може да бъде добавен продукт</translation>
    </message>
    <message>
        <source>This deal does not exist</source>
        <translation>Тази сделка не съществува</translation>
    </message>
    <message>
        <source>Cannot change a product of deal %1</source>
        <translation>Продукт от сделка %1 не може да бъде променен</translation>
    </message>
    <message>
        <source>This line item does not exist</source>
        <translation>Този ред не съществува</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>ред %1</translation>
    </message>
    <message>
        <source>Cannot remove line item %1</source>
        <translation>Ред %1 не може да бъде премахнат</translation>
    </message>
    <message>
        <source>Cannot save the products of deal %1</source>
        <translation>Продуктите на сделка %1 не могат да бъдат записани</translation>
    </message>
</context>
<context>
    <name>kontor::ProductTableModel</name>
    <message>
        <source>Sold</source>
        <translation>Продава се</translation>
    </message>
    <message>
        <source>Not sold</source>
        <translation>Не се продава</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Единична цена</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>kontor::QuickAddTaskDialog</name>
    <message>
        <source>Edit Task</source>
        <translation>Редактиране на задача</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>Нова задача</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>За:</translation>
    </message>
    <message>
        <source>What is to be done? e.g. Call back about the offer</source>
        <translation>Какво трябва да се направи? напр. Обратно обаждане относно офертата</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заглавие:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;All day</source>
        <translation>&amp;Цял ден</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не е зададено</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Продължителност:</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Нормален</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>Пр&amp;иоритет:</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Без напомняне</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>В крайния срок</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n минута преди това</numerusform>
            <numerusform>%n минути преди това</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 час преди това</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 ден преди това</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>&amp;Напомняне:</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Не се повтаря</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Всеки ден</translation>
    </message>
    <message>
        <source>Every week on…</source>
        <translation>Всяка седмица в…</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Всеки месец</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>Повт&amp;орение:</translation>
    </message>
    <message>
        <source>Tick several people to give each their own copy, tracked together</source>
        <translation>Отметнете няколко лица, за да получи всяко свое копие, проследявани заедно</translation>
    </message>
    <message>
        <source>Assi&amp;gned to:</source>
        <translation>&amp;Възложено на:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Бележки:</translation>
    </message>
    <message>
        <source>Tick at least one person to do it.</source>
        <translation>Отметнете поне едно лице, което да я изпълни.</translation>
    </message>
</context>
<context>
    <name>kontor::QuickSearchModel</name>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Фирма</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без име)</translation>
    </message>
</context>
<context>
    <name>kontor::QuickSearchPopup</name>
    <message>
        <source>Quick Search</source>
        <translation>Бързо търсене</translation>
    </message>
    <message>
        <source>Find a contact, company or deal — name, email, phone…</source>
        <translation>Намиране на контакт, фирма или сделка – име, имейл, телефон…</translation>
    </message>
    <message>
        <source>Type a name, part of an email or a phone number.</source>
        <translation>Въведете име, част от имейл или телефонен номер.</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Търсенето е неуспешно: %1</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Няма резултати за „%1“.</translation>
    </message>
    <message>
        <source>Enter opens the selected one; ↑ ↓ choose; Esc closes.</source>
        <translation>Enter отваря избрания; ↑ ↓ избират; Esc затваря.</translation>
    </message>
</context>
<context>
    <name>kontor::Recurrence</name>
    <message>
        <source>Say on which days a weekly task repeats, e.g. weekly:mon,thu</source>
        <translation>Посочете в кои дни се повтаря седмичната задача, напр. weekly:mon,thu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the week (mon, tue, wed, thu, fri, sat, sun)</source>
        <translation>„%1“ не е ден от седмицата (mon, tue, wed, thu, fri, sat, sun)</translation>
    </message>
    <message>
        <source>A monthly task repeats on a day from 1 to 31</source>
        <translation>Месечната задача се повтаря в ден от 1 до 31</translation>
    </message>
    <message>
        <source>Repeat is daily, weekly:DAYS or monthly</source>
        <translation>Повторението е daily, weekly:ДНИ или monthly</translation>
    </message>
</context>
<context>
    <name>kontor::ReminderNotifier</name>
    <message>
        <source>Kontor reminders</source>
        <translation>Напомняния на Kontor</translation>
    </message>
    <message>
        <source>Snooze the last reminder 10 minutes</source>
        <translation>Отлагане на последното напомняне с 10 минути</translation>
    </message>
    <message>
        <source>Open the task</source>
        <translation>Отваряне на задачата</translation>
    </message>
</context>
<context>
    <name>kontor::ReminderPopup</name>
    <message>
        <source>Reminders</source>
        <translation>Напомняния</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>Отлагане с 10 мин</translation>
    </message>
    <message>
        <source>Remind me of this again in 10 minutes</source>
        <translation>Напомни ми отново след 10 минути</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>Отлагане с 1 ч</translation>
    </message>
    <message>
        <source>Remind me of this again in an hour</source>
        <translation>Напомни ми отново след един час</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отвори</translation>
    </message>
    <message>
        <source>Open the deal, contact or company this task is about</source>
        <translation>Отваряне на сделката, контакта или фирмата, за които е тази задача</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Изпълнено…</translation>
    </message>
    <message>
        <source>Complete the task: what came of it, and the next step</source>
        <translation>Изпълнение на задачата: какъв е резултатът и следващата стъпка</translation>
    </message>
    <message>
        <source>missed while Kontor was closed</source>
        <translation>пропуснато, докато Kontor беше затворен</translation>
    </message>
    <message numerus="yes">
        <source>While Kontor was closed, %n reminder(s) came due.</source>
        <translation>
            <numerusform>Докато Kontor беше затворен, настъпи срокът на %n напомняне.</numerusform>
            <numerusform>Докато Kontor беше затворен, настъпи срокът на %n напомняния.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s):</source>
        <translation>
            <numerusform>%n напомняне:</numerusform>
            <numerusform>%n напомняния:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not snooze: %1</source>
        <translation>Отлагането е неуспешно: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Изпълнена: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ReminderScheduler</name>
    <message>
        <source>Cannot read the reminders</source>
        <translation>Напомнянията не могат да бъдат прочетени</translation>
    </message>
    <message>
        <source>Cannot mark the reminder as shown</source>
        <translation>Напомнянето не може да бъде маркирано като показано</translation>
    </message>
    <message>
        <source>Snooze needs a time</source>
        <translation>Отлагането изисква час</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>задача %1</translation>
    </message>
    <message>
        <source>Cannot snooze the reminder</source>
        <translation>Напомнянето не може да бъде отложено</translation>
    </message>
    <message>
        <source>The task is done or in the trash</source>
        <translation>Задачата е изпълнена или е в кошчето</translation>
    </message>
</context>
<context>
    <name>kontor::ReportChart</name>
    <message>
        <source>Nothing to show for this period and filter.</source>
        <translation>Няма нищо за показване за този период и филтър.</translation>
    </message>
    <message>
        <source>Click a bar to list the records behind it.</source>
        <translation>Щракнете върху стълбче, за да видите записите зад него.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a point to list the records behind it.</source>
        <translation>Щракнете върху точка, за да видите записите зад нея.</translation>
    </message>
</context>
<context>
    <name>kontor::ReportEngine</name>
    <message>
        <source>Funnel</source>
        <translation>Фуния на продажбите</translation>
    </message>
    <message>
        <source>Deals created in the period that reached each stage, stage-to-stage conversion, time in stage and cycle length</source>
        <translation>Сделки, създадени през периода, които са достигнали всеки етап, конверсия между етапите, време в етап и продължителност на цикъла</translation>
    </message>
    <message>
        <source>Sales dynamics</source>
        <translation>Динамика на продажбите</translation>
    </message>
    <message>
        <source>Won deals and amount per period, next to the period before</source>
        <translation>Спечелени сделки и сума по периоди в сравнение с предходния период</translation>
    </message>
    <message>
        <source>Won vs lost</source>
        <translation>Спечелени и загубени</translation>
    </message>
    <message>
        <source>Deals won and lost per period and the win rate</source>
        <translation>Спечелени и загубени сделки по периоди и процент на спечелване</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Причини за загуба</translation>
    </message>
    <message>
        <source>Why deals closed in the period were lost</source>
        <translation>Защо са загубени сделките, приключени през периода</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Мениджъри</translation>
    </message>
    <message>
        <source>Per owner: deals won, amount, win rate, calls, meetings, e-mails, tasks on time and overdue</source>
        <translation>По отговорник: спечелени сделки, сума, процент на спечелване, обаждания, срещи, имейли, задачи в срок и просрочени</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Канали</translation>
    </message>
    <message>
        <source>Per source channel: deals created, won, conversion and revenue</source>
        <translation>По канал на източника: създадени и спечелени сделки, конверсия и приходи</translation>
    </message>
    <message>
        <source>Deal size</source>
        <translation>Размер на сделките</translation>
    </message>
    <message>
        <source>How large won deals are: distribution, average and median</source>
        <translation>Колко големи са спечелените сделки: разпределение, средна стойност и медиана</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>Цикъл на продажбите</translation>
    </message>
    <message>
        <source>How long won deals took from creation to closing</source>
        <translation>Колко време са отнели спечелените сделки от създаването до приключването</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноза</translation>
    </message>
    <message>
        <source>Open deals weighted by probability, by expected close month, against plan</source>
        <translation>Отворени сделки, претеглени по вероятност, по месец на очаквано приключване, спрямо плана</translation>
    </message>
    <message>
        <source>Plan vs fact</source>
        <translation>План/факт</translation>
    </message>
    <message>
        <source>Sales plans per manager and period, what was won, and how much of the plan that is</source>
        <translation>Планове за продажби по мениджър и период, какво е спечелено и каква част от плана е това</translation>
    </message>
    <message>
        <source>ABC/XYZ</source>
        <translation>ABC/XYZ</translation>
    </message>
    <message>
        <source>Customers by share of revenue (A/B/C) and regularity of purchases (X/Y/Z)</source>
        <translation>Клиенти по дял от приходите (A/B/C) и редовност на покупките (X/Y/Z)</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Периодът свършва, преди да е започнал.</translation>
    </message>
    <message>
        <source>There is no pipeline to show.</source>
        <translation>Няма фуния за показване.</translation>
    </message>
    <message>
        <source>There is no report of that name.</source>
        <translation>Няма отчет с това име.</translation>
    </message>
    <message>
        <source>known reports: %1</source>
        <translation>известни отчети: %1</translation>
    </message>
    <message>
        <source>read currencies</source>
        <translation>четене на валутите</translation>
    </message>
    <message>
        <source>read source channels</source>
        <translation>четене на каналите на източниците</translation>
    </message>
    <message>
        <source>user</source>
        <translation>потребител</translation>
    </message>
    <message>
        <source>product</source>
        <translation>продукт</translation>
    </message>
</context>
<context>
    <name>kontor::ReportFilterBar</name>
    <message>
        <source>This month</source>
        <translation>Този месец</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Миналия месец</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Това тримесечие</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Миналото тримесечие</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>От началото на годината</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последните 12 месеца</translation>
    </message>
    <message>
        <source>Next 6 months</source>
        <translation>Следващите 6 месеца</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Персонализиран</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>По дни</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>По седмици</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>По месеци</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>По тримесечия</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Всички отговорници</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>Всички фунии</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Всички източници</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Всички клиенти</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Нови клиенти</translation>
    </message>
    <message>
        <source>Existing customers</source>
        <translation>Съществуващи клиенти</translation>
    </message>
    <message>
        <source>Existing: the company (or, without one, the person) had a deal won before this deal was created.</source>
        <translation>Съществуващ: фирмата (или, ако няма такава, лицето) е имала спечелена сделка преди създаването на тази сделка.</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Всички продукти</translation>
    </message>
</context>
<context>
    <name>kontor::Reports</name>
    <message>
        <source>%1 d</source>
        <translation>%1 д</translation>
    </message>
</context>
<context>
    <name>kontor::ReportsModule</name>
    <message>
        <source>Export CSV…</source>
        <translation>Експортиране в CSV…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлове (*.csv)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Експортиране в PNG…</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Експортиране в PDF…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печат…</translation>
    </message>
    <message>
        <source>Sales plans…</source>
        <translation>Планове за продажби…</translation>
    </message>
    <message>
        <source>Double-click a row to list the records behind it.</source>
        <translation>Щракнете двукратно върху ред, за да видите записите зад него.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Преброяване…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Експортиране на отчета</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчети</translation>
    </message>
</context>
<context>
    <name>kontor::RescheduleTaskCommand</name>
    <message>
        <source>Reschedule &quot;%1&quot;</source>
        <translation>Пренасрочване на „%1“</translation>
    </message>
</context>
<context>
    <name>kontor::SalesPlanRepository</name>
    <message>
        <source>sales plan %1</source>
        <translation>план за продажби %1</translation>
    </message>
    <message>
        <source>new sales plan</source>
        <translation>нов план за продажби</translation>
    </message>
    <message>
        <source>Choose the manager the plan is for.</source>
        <translation>Изберете мениджъра, за когото е планът.</translation>
    </message>
    <message>
        <source>A plan needs the first and last day of its period.</source>
        <translation>Планът изисква първия и последния ден от периода си.</translation>
    </message>
    <message>
        <source>The plan&apos;s period ends before it starts.</source>
        <translation>Периодът на плана свършва, преди да е започнал.</translation>
    </message>
    <message>
        <source>A plan&apos;s amount cannot be negative.</source>
        <translation>Сумата на плана не може да бъде отрицателна.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as EUR.</source>
        <translation>Валутата трябва да бъде трибуквен код като EUR.</translation>
    </message>
    <message>
        <source>read sales plans</source>
        <translation>четене на плановете за продажби</translation>
    </message>
    <message>
        <source>save sales plan %1</source>
        <translation>записване на план за продажби %1</translation>
    </message>
    <message>
        <source>add a sales plan</source>
        <translation>добавяне на план за продажби</translation>
    </message>
    <message>
        <source>That sales plan does not exist.</source>
        <translation>Този план за продажби не съществува.</translation>
    </message>
    <message>
        <source>delete sales plan %1</source>
        <translation>изтриване на план за продажби %1</translation>
    </message>
    <message>
        <source>To spread a plan over months its period must start on the 1st of a month.</source>
        <translation>За да бъде разпределен планът по месеци, периодът му трябва да започва на 1-во число от месеца.</translation>
    </message>
    <message>
        <source>To spread a plan over months its period must end on the last day of a month.</source>
        <translation>За да бъде разпределен планът по месеци, периодът му трябва да завършва в последния ден от месеца.</translation>
    </message>
    <message>
        <source>Only a plan that had an id can be restored.</source>
        <translation>Може да бъде възстановен само план, който е имал ID.</translation>
    </message>
    <message>
        <source>restore sales plan %1</source>
        <translation>възстановяване на план за продажби %1</translation>
    </message>
</context>
<context>
    <name>kontor::SearchRepository</name>
    <message>
        <source>Cannot search for &quot;%1&quot;</source>
        <translation>Не може да се търси „%1“</translation>
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
            <numerusform>Споделен с екипа: %Ln контакт</numerusform>
            <numerusform>Споделен с екипа: %Ln контакта</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only yours: %Ln contact(s)</source>
        <translation>
            <numerusform>Само ваш: %Ln контакт</numerusform>
            <numerusform>Само ваш: %Ln контакта</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (…)</source>
        <translation>%1 (…)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Преброяване…</translation>
    </message>
</context>
<context>
    <name>kontor::SegmentPanel</name>
    <message>
        <source>Segments</source>
        <translation>Сегменти</translation>
    </message>
    <message>
        <source>All Contacts</source>
        <translation>Всички контакти</translation>
    </message>
    <message>
        <source>Show every contact again</source>
        <translation>Показване отново на всички контакти</translation>
    </message>
    <message>
        <source>Delete Segment</source>
        <translation>Изтриване на сегмента</translation>
    </message>
    <message>
        <source>Delete the chosen segment (the contacts stay)</source>
        <translation>Изтриване на избрания сегмент (контактите остават)</translation>
    </message>
    <message>
        <source>The segments could not be read: %1</source>
        <translation>Сегментите не можаха да бъдат прочетени: %1</translation>
    </message>
    <message>
        <source>Save as Segment</source>
        <translation>Записване като сегмент</translation>
    </message>
    <message>
        <source>&amp;Shared with the team</source>
        <translation>&amp;Споделен с екипа</translation>
    </message>
    <message>
        <source>Unchecked, only you see this segment</source>
        <translation>Без отметка само вие виждате този сегмент</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Име:</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>Дайте име на сегмента.</translation>
    </message>
    <message>
        <source>Delete the segment “%1”? The contacts in it stay.</source>
        <translation>Да се изтрие ли сегментът „%1“? Контактите в него остават.</translation>
    </message>
    <message>
        <source>The segments could not be counted: %1</source>
        <translation>Сегментите не можаха да бъдат преброени: %1</translation>
    </message>
</context>
<context>
    <name>kontor::SegmentRepository</name>
    <message>
        <source>A segment needs a name</source>
        <translation>Сегментът трябва да има име</translation>
    </message>
    <message>
        <source>Cannot save the segment &quot;%1&quot;</source>
        <translation>Сегментът „%1“ не може да бъде записан</translation>
    </message>
    <message>
        <source>Cannot read the segments</source>
        <translation>Сегментите не могат да бъдат прочетени</translation>
    </message>
    <message>
        <source>segment &quot;%1&quot;</source>
        <translation>сегмент „%1“</translation>
    </message>
    <message>
        <source>There is no segment with this name</source>
        <translation>Няма сегмент с това име</translation>
    </message>
    <message>
        <source>Cannot delete the segment</source>
        <translation>Сегментът не може да бъде изтрит</translation>
    </message>
    <message>
        <source>This segment does not exist</source>
        <translation>Този сегмент не съществува</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>сегмент %1</translation>
    </message>
</context>
<context>
    <name>kontor::SessionController</name>
    <message>
        <source>Cannot Open Database</source>
        <translation>Базата данни не може да бъде отворена</translation>
    </message>
    <message>
        <source>Kontor could not open %1.</source>
        <translation>Kontor не можа да отвори %1.</translation>
    </message>
    <message>
        <source>You are still working in %1.</source>
        <translation>Все още работите в %1.</translation>
    </message>
    <message>
        <source>New Local Database</source>
        <translation>Нова локална база данни</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite)</source>
        <translation>Бази данни на Kontor (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists. Use Open Local Database to open it, or choose another name.</source>
        <translation>%1 вече съществува. Използвайте „Отваряне на локална база данни“, за да го отворите, или изберете друго име.</translation>
    </message>
    <message>
        <source>Open Local Database</source>
        <translation>Отваряне на локална база данни</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite);;All files (*)</source>
        <translation>Бази данни на Kontor (*.sqlite);;Всички файлове (*)</translation>
    </message>
    <message>
        <source>Password Not Saved</source>
        <translation>Паролата не е запазена</translation>
    </message>
    <message>
        <source>The keychain did not store the password (%1). Kontor will ask for it next time.</source>
        <translation>Ключодържателят не съхрани паролата (%1). Kontor ще я поиска следващия път.</translation>
    </message>
    <message>
        <source>Kontor could not sign in to %1: %2</source>
        <translation>Kontor не можа да влезе в %1: %2</translation>
    </message>
</context>
<context>
    <name>kontor::SqliteRowBatch</name>
    <message>
        <source>Cannot write the rows</source>
        <translation>Редовете не могат да бъдат записани</translation>
    </message>
</context>
<context>
    <name>kontor::StageHistory</name>
    <message>
        <source>Cannot read the stage history of deal %1</source>
        <translation>Историята на етапите на сделка %1 не може да бъде прочетена</translation>
    </message>
</context>
<context>
    <name>kontor::StageHistoryTable</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ден</numerusform>
            <numerusform>%n дни</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Влизане</translation>
    </message>
    <message>
        <source>Moved by</source>
        <translation>Преместено от</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Време в етапа</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 досега</translation>
    </message>
</context>
<context>
    <name>kontor::TaskRepository</name>
    <message>
        <source>Cannot read the task list</source>
        <translation>Списъкът със задачи не може да бъде прочетен</translation>
    </message>
    <message>
        <source>Cannot count the tasks</source>
        <translation>Задачите не могат да бъдат преброени</translation>
    </message>
    <message>
        <source>Cannot read the calendar</source>
        <translation>Календарът не може да бъде прочетен</translation>
    </message>
    <message>
        <source>Cannot read the tasks</source>
        <translation>Задачите не могат да бъдат прочетени</translation>
    </message>
    <message>
        <source>Birthdays are shown for at most a year at a time</source>
        <translation>Рождените дни се показват за най-много една година наведнъж</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>календар</translation>
    </message>
    <message>
        <source>Cannot read the birthdays</source>
        <translation>Рождените дни не могат да бъдат прочетени</translation>
    </message>
    <message>
        <source>Cannot read the group task</source>
        <translation>Груповата задача не може да бъде прочетена</translation>
    </message>
    <message>
        <source>Cannot read the deals without a next step</source>
        <translation>Сделките без следваща стъпка не могат да бъдат прочетени</translation>
    </message>
    <message>
        <source>A task needs a title: what is to be done?</source>
        <translation>Задачата трябва да има заглавие: какво трябва да се направи?</translation>
    </message>
    <message>
        <source>The title is longer than 500 characters</source>
        <translation>Заглавието е по-дълго от 500 знака</translation>
    </message>
    <message>
        <source>The type &quot;%1&quot; must be one word of at most 40 letters</source>
        <translation>Типът „%1“ трябва да бъде една дума от най-много 40 букви</translation>
    </message>
    <message>
        <source>Priority is 0 (normal), 1 (high) or 2 (urgent), not %1</source>
        <translation>Приоритетът е 0 (нормален), 1 (висок) или 2 (спешен), а не %1</translation>
    </message>
    <message>
        <source>A duration cannot be negative</source>
        <translation>Продължителността не може да бъде отрицателна</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;</source>
        <translation>Неизвестна часова зона „%1“</translation>
    </message>
    <message>
        <source>An all-day task needs the day it is due</source>
        <translation>Задачата за цял ден изисква деня, в който е крайният срок</translation>
    </message>
    <message>
        <source>A reminder needs a due date</source>
        <translation>Напомнянето изисква краен срок</translation>
    </message>
    <message>
        <source>A reminder can be at most 60 days before the due date</source>
        <translation>Напомнянето може да бъде най-много 60 дни преди крайния срок</translation>
    </message>
    <message>
        <source>A repeating task needs a due date to repeat from</source>
        <translation>Повтарящата се задача изисква краен срок, от който да се повтаря</translation>
    </message>
    <message>
        <source>Cannot save the task</source>
        <translation>Задачата не може да бъде записана</translation>
    </message>
    <message>
        <source>Cannot save the group task</source>
        <translation>Груповата задача не може да бъде записана</translation>
    </message>
    <message>
        <source>The new due time is not valid</source>
        <translation>Новият час на крайния срок не е валиден</translation>
    </message>
    <message>
        <source>The new due date is not valid</source>
        <translation>Новата дата на крайния срок не е валидна</translation>
    </message>
    <message>
        <source>The next step cannot be saved: %1</source>
        <translation>Следващата стъпка не може да бъде записана: %1</translation>
    </message>
    <message>
        <source>The task is already done</source>
        <translation>Задачата вече е изпълнена</translation>
    </message>
    <message>
        <source>Cannot complete the task</source>
        <translation>Задачата не може да бъде изпълнена</translation>
    </message>
    <message>
        <source>Cannot open the task again</source>
        <translation>Задачата не може да бъде отворена отново</translation>
    </message>
    <message>
        <source>The task is not done, or is in the trash</source>
        <translation>Задачата не е изпълнена или е в кошчето</translation>
    </message>
    <message>
        <source>Cannot look up the user</source>
        <translation>Потребителят не може да бъде намерен</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;</source>
        <translation>Няма потребител „%1“</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>изпълнител</translation>
    </message>
</context>
<context>
    <name>kontor::TasksModule</name>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>For</source>
        <translation>За</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Възложено на</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Бележки</translation>
    </message>
    <message>
        <source>New Task…</source>
        <translation>Нова задача…</translation>
    </message>
    <message>
        <source>Plan a call, meeting or to-do (Ctrl+T from anywhere)</source>
        <translation>Планиране на обаждане, среща или задача (Ctrl+T от всяко място)</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>Изпълнение…</translation>
    </message>
    <message>
        <source>Mark the selected task done, note the outcome and plan the next step</source>
        <translation>Маркиране на избраната задача като изпълнена, записване на резултата и планиране на следващата стъпка</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Редактиране…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Изтрий</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Опресняване</translation>
    </message>
    <message>
        <source>Export Calendar…</source>
        <translation>Експортиране на календара…</translation>
    </message>
    <message>
        <source>Save these tasks and meetings as an .ics file for other calendars</source>
        <translation>Записване на тези задачи и срещи като файл .ics за други календари</translation>
    </message>
    <message>
        <source>Import Meetings…</source>
        <translation>Импортиране на срещи…</translation>
    </message>
    <message>
        <source>Read meetings from an .ics file</source>
        <translation>Прочитане на срещи от файл .ics</translation>
    </message>
    <message>
        <source>The tasks could not be read: %1</source>
        <translation>Задачите не можаха да бъдат прочетени: %1</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Whose tasks: yours, a colleague&apos;s or everyone&apos;s</source>
        <translation>Чии задачи: вашите, на колега или на всички</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Списък</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календар</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Моите задачи</translation>
    </message>
    <message>
        <source>Everyone&apos;s tasks</source>
        <translation>Задачите на всички</translation>
    </message>
    <message>
        <source>%1&apos;s tasks</source>
        <translation>Задачите на %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing left for today. Press Ctrl+T to plan a call or a meeting.</source>
        <translation>Не остава нищо за днес. Натиснете Ctrl+T, за да планирате обаждане или среща.</translation>
    </message>
    <message>
        <source>Nothing overdue. Well done!</source>
        <translation>Няма просрочени задачи. Браво!</translation>
    </message>
    <message>
        <source>Nothing planned yet after today.</source>
        <translation>Все още няма нищо планирано след днес.</translation>
    </message>
    <message>
        <source>Completed tasks will be listed here, newest first.</source>
        <translation>Изпълнените задачи ще бъдат показани тук, най-новите първи.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Изпълнена: %1</translation>
    </message>
    <message>
        <source>Moved &quot;%1&quot; to the trash</source>
        <translation>„%1“ е преместена в кошчето</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Експортиране на календара</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Файлове iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 не може да бъде записан: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1</source>
        <translation>
            <numerusform>Експортирана е %n задача в %1</numerusform>
            <numerusform>Експортирани са %n задачи в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Meetings</source>
        <translation>Импортиране на срещи</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Файлове iCalendar (*.ics);;Всички файлове (*)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 не може да бъде отворен: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n meeting(s).</source>
        <translation>
            <numerusform>Импортирана е %n среща.</numerusform>
            <numerusform>Импортирани са %n срещи.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already there.</source>
        <translation>
            <numerusform>%n вече съществуваше.</numerusform>
            <numerusform>%n вече съществуваха.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Пропуснати:</translation>
    </message>
</context>
<context>
    <name>kontor::TimelineModel</name>
    <message>
        <source>first name</source>
        <translation>собствено име</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>длъжност</translation>
    </message>
    <message>
        <source>company</source>
        <translation>фирма</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роля</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>рожден ден</translation>
    </message>
    <message>
        <source>street</source>
        <translation>улица</translation>
    </message>
    <message>
        <source>city</source>
        <translation>град</translation>
    </message>
    <message>
        <source>region</source>
        <translation>област</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>пощенски код</translation>
    </message>
    <message>
        <source>country</source>
        <translation>държава</translation>
    </message>
    <message>
        <source>source</source>
        <translation>източник</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>температура</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>отговорник</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>бележки</translation>
    </message>
    <message>
        <source>emails</source>
        <translation>имейли</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>телефони</translation>
    </message>
    <message>
        <source>messengers</source>
        <translation>месинджъри</translation>
    </message>
    <message>
        <source>name</source>
        <translation>име</translation>
    </message>
    <message>
        <source>legal name</source>
        <translation>юридическо име</translation>
    </message>
    <message>
        <source>website</source>
        <translation>уебсайт</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>отрасъл</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>email</source>
        <translation>имейл</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Обаждане</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Среща</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Нова сделка</translation>
    </message>
    <message>
        <source>Deal moved</source>
        <translation>Сделката е преместена</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Промяна</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Създадено</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>Преместено в кошчето</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>Възстановено от кошчето</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Редактирано</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Променено: %1</translation>
    </message>
    <message>
        <source> (done)</source>
        <translation> (изпълнена)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Какво се случи</translation>
    </message>
    <message>
        <source>By</source>
        <translation>От</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>сума</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>валута</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>вероятност</translation>
    </message>
    <message>
        <source>expected close</source>
        <translation>очаквано приключване</translation>
    </message>
    <message>
        <source>people</source>
        <translation>лица</translation>
    </message>
    <message>
        <source>products</source>
        <translation>продукти</translation>
    </message>
    <message>
        <source>Merged with contact #%1</source>
        <translation>Обединен с контакт №%1</translation>
    </message>
    <message>
        <source>Merge with contact #%1 undone</source>
        <translation>Обединяването с контакт №%1 е отменено</translation>
    </message>
    <message>
        <source>Marked as not a duplicate of contact #%1</source>
        <translation>Маркиран като „не е дубликат“ на контакт №%1</translation>
    </message>
    <message>
        <source>May be a duplicate of contact #%1 again</source>
        <translation>Отново може да е дубликат на контакт №%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>няма</translation>
    </message>
    <message>
        <source>Photo removed</source>
        <translation>Снимката е премахната</translation>
    </message>
    <message>
        <source>Photo changed</source>
        <translation>Снимката е променена</translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation>Снимката е добавена</translation>
    </message>
    <message>
        <source>Created by import #%1 (row %2 of the file)</source>
        <translation>Създаден с импорт №%1 (ред %2 от файла)</translation>
    </message>
    <message>
        <source>Created by import #%1 of %2, row %3</source>
        <translation>Създаден с импорт №%1 от %2, ред %3</translation>
    </message>
</context>
<context>
    <name>kontor::TimelinePanel</name>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Историята не можа да бъде прочетена: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Записване на обаждане</translation>
    </message>
    <message>
        <source>Log email</source>
        <translation>Записване на имейл</translation>
    </message>
    <message>
        <source>Log meeting</source>
        <translation>Записване на среща</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Добавяне на бележка</translation>
    </message>
</context>
<context>
    <name>kontor::TimelineRepository</name>
    <message>
        <source>Cannot read the history</source>
        <translation>Историята не може да бъде прочетена</translation>
    </message>
    <message>
        <source>Cannot count the history</source>
        <translation>Историята не може да бъде преброена</translation>
    </message>
</context>
<context>
    <name>kontor::TrashBin</name>
    <message>
        <source>Cannot read the trash</source>
        <translation>Кошчето не може да бъде прочетено</translation>
    </message>
    <message>
        <source>The number of days cannot be negative</source>
        <translation>Броят дни не може да бъде отрицателен</translation>
    </message>
    <message>
        <source>Cannot empty the trash</source>
        <translation>Кошчето не може да бъде изпразнено</translation>
    </message>
    <message>
        <source>Only contacts, companies, deals and tasks are in the trash</source>
        <translation>В кошчето има само контакти, фирми, сделки и задачи</translation>
    </message>
</context>
<context>
    <name>kontor::TrashListing</name>
    <message>
        <source>Cannot read the trash</source>
        <translation>Кошчето не може да бъде прочетено</translation>
    </message>
    <message>
        <source>Cannot count what is in the trash</source>
        <translation>Съдържанието на кошчето не може да бъде преброено</translation>
    </message>
</context>
<context>
    <name>kontor::TrashModule</name>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Фирма</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Изтрито</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Изтрито от</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Възстанови</translation>
    </message>
    <message>
        <source>Put the selected records back where they were</source>
        <translation>Връщане на избраните записи там, където са били</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>Изпразване на кошчето…</translation>
    </message>
    <message>
        <source>Delete everything in the trash for good</source>
        <translation>Окончателно изтриване на всичко в кошчето</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Опресняване</translation>
    </message>
    <message>
        <source>The trash could not be read: %1</source>
        <translation>Кошчето не можа да бъде прочетено: %1</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Кошче</translation>
    </message>
    <message>
        <source>Search the trash by name</source>
        <translation>Търсене в кошчето по име</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Кошчето е празно.</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>Намерени: %1</translation>
    </message>
    <message>
        <source>%1 in the trash</source>
        <translation>В кошчето: %1</translation>
    </message>
    <message>
        <source>Nothing in the trash matches “%1”.</source>
        <translation>Нищо в кошчето не отговаря на „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) restored.</source>
        <translation>
            <numerusform>%Ln запис е възстановен.</numerusform>
            <numerusform>%Ln записа са възстановени.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some records could not be restored:
%1</source>
        <translation>Някои записи не можаха да бъдат възстановени:
%1</translation>
    </message>
    <message>
        <source>Empty the Trash?</source>
        <translation>Изпразване на кошчето?</translation>
    </message>
    <message>
        <source>Delete the %1 records in the trash for good? Their activities and tasks stay, without them. This cannot be undone.</source>
        <translation>Да се изтрият ли окончателно записите в кошчето (%1)? Техните дейности и задачи остават, но без тях. Това действие не може да бъде отменено.</translation>
    </message>
    <message>
        <source>The trash could not be emptied: %1</source>
        <translation>Кошчето не можа да бъде изпразнено: %1</translation>
    </message>
    <message>
        <source>%1 records deleted for good.</source>
        <translation>Окончателно изтрити записи: %1.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Deleted contacts, companies, deals and tasks wait here until you restore them. Select several with Shift or Ctrl.</source>
        <translation>Изтритите контакти, фирми, сделки и задачи остават тук, докато не ги възстановите. Изберете няколко с Shift или Ctrl.</translation>
    </message>
</context>
<context>
    <name>kontor::TrashTaskCommand</name>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>Изтриване на „%1“</translation>
    </message>
</context>
<context>
    <name>kontor::VCardWriter</name>
    <message>
        <source>Cannot write the vCard file.</source>
        <translation>Файлът vCard не може да бъде записан.</translation>
    </message>
</context>
<context>
    <name>kontor::XlsxWriter</name>
    <message>
        <source>Excel export needs the libxlsxwriter library, which cannot be loaded.</source>
        <translation>Експортирането в Excel изисква библиотеката libxlsxwriter, която не може да бъде заредена.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the workbook.</source>
        <translation>Не може да бъде създадена временна папка за работната книга.</translation>
    </message>
    <message>
        <source>Cannot start the workbook.</source>
        <translation>Работната книга не може да бъде започната.</translation>
    </message>
    <message>
        <source>Cannot add a sheet to the workbook.</source>
        <translation>Към работната книга не може да бъде добавен лист.</translation>
    </message>
    <message>
        <source>An .xlsx sheet holds at most 1,048,576 rows; export as CSV instead.</source>
        <translation>Листът на .xlsx побира най-много 1 048 576 реда; експортирайте като CSV.</translation>
    </message>
    <message>
        <source>A cell is longer than the 32,767 characters .xlsx allows; export as CSV instead.</source>
        <translation>Клетка е по-дълга от 32 767 знака, позволени от .xlsx; експортирайте като CSV.</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>ред %1, колона %2</translation>
    </message>
    <message>
        <source>Cannot write a cell of the workbook.</source>
        <translation>Клетка от работната книга не може да бъде записана.</translation>
    </message>
    <message>
        <source>The workbook was not started.</source>
        <translation>Работната книга не е започната.</translation>
    </message>
    <message>
        <source>Cannot save the workbook.</source>
        <translation>Работната книга не може да бъде записана.</translation>
    </message>
    <message>
        <source>Cannot read the finished workbook back.</source>
        <translation>Готовата работна книга не може да бъде прочетена обратно.</translation>
    </message>
    <message>
        <source>Cannot write the .xlsx file.</source>
        <translation>Файлът .xlsx не може да бъде записан.</translation>
    </message>
</context>
<context>
    <name>kontor::importing</name>
    <message>
        <source>A vCard file holds contacts; import it as contacts.</source>
        <translation>Файлът vCard съдържа контакти; импортирайте го като контакти.</translation>
    </message>
    <message>
        <source>Cannot read the custom fields</source>
        <translation>Потребителските полета не могат да бъдат прочетени</translation>
    </message>
    <message>
        <source>Cannot read a custom value</source>
        <translation>Потребителска стойност не може да бъде прочетена</translation>
    </message>
    <message>
        <source>Cannot save a custom value</source>
        <translation>Потребителска стойност не може да бъде записана</translation>
    </message>
    <message>
        <source>No column of the file is mapped to a field.</source>
        <translation>Нито една колона от файла не е съпоставена с поле.</translation>
    </message>
    <message>
        <source>Cannot start the import</source>
        <translation>Импортирането не може да започне</translation>
    </message>
    <message>
        <source>Cannot create the problem rows file.</source>
        <translation>Файлът с проблемните редове не може да бъде създаден.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблем</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импортирането е отказано; нищо не е променено.</translation>
    </message>
    <message>
        <source>Forced failure for a test.</source>
        <translation>Принудителна грешка за тест.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ред %1</translation>
    </message>
    <message>
        <source>Cannot save the problem rows file.</source>
        <translation>Файлът с проблемните редове не може да бъде записан.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems, so nothing was imported.</source>
        <translation>
            <numerusform>%n ред има проблеми, затова нищо не е импортирано.</numerusform>
            <numerusform>%n реда имат проблеми, затова нищо не е импортирано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot finish the import</source>
        <translation>Импортирането не може да бъде завършено</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Име на фирма</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Юридическо име</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Уебсайт</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасъл</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Град</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Област</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Пощенски код</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Източник</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Бележки</translation>
    </message>
    <message>
        <source>Kontor ID</source>
        <translation>Kontor ID</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>Заглавие на сделката</translation>
    </message>
    <message>
        <source>Pipeline (name)</source>
        <translation>Фуния (име)</translation>
    </message>
    <message>
        <source>Stage (name)</source>
        <translation>Етап (име)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валута</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Очаквано приключване</translation>
    </message>
    <message>
        <source>Contact (email)</source>
        <translation>Контакт (имейл)</translation>
    </message>
    <message>
        <source>Company (name)</source>
        <translation>Фирма (име)</translation>
    </message>
    <message>
        <source>Owner (name or email)</source>
        <translation>Отговорник (име или имейл)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Собствено име</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Full name (split)</source>
        <translation>Пълно име (разделено)</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Длъжност</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Мобилен телефон</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Рожден ден</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <source>Cannot restore a custom value</source>
        <translation>Потребителска стойност не може да бъде възстановена</translation>
    </message>
    <message>
        <source>Cannot restore the record</source>
        <translation>Записът не може да бъде възстановен</translation>
    </message>
    <message>
        <source>Cannot remove what the import created</source>
        <translation>Създаденото от импортирането не може да бъде премахнато</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>импортиране %1</translation>
    </message>
    <message>
        <source>Cannot read the import</source>
        <translation>Импортирането не може да бъде прочетено</translation>
    </message>
    <message>
        <source>There is no such import.</source>
        <translation>Няма такова импортиране.</translation>
    </message>
    <message>
        <source>This import was already undone.</source>
        <translation>Това импортиране вече е отменено.</translation>
    </message>
    <message>
        <source>Cannot mark the import as undone</source>
        <translation>Импортирането не може да бъде маркирано като отменено</translation>
    </message>
    <message>
        <source>Cannot read the import history</source>
        <translation>Историята на импортиранията не може да бъде прочетена</translation>
    </message>
    <message>
        <source>no such day in the calendar</source>
        <translation>няма такъв ден в календара</translation>
    </message>
    <message>
        <source>a two-digit year is ambiguous; write the year in full</source>
        <translation>двуцифрената година е нееднозначна; въведете годината изцяло</translation>
    </message>
    <message>
        <source>ambiguous: %1 could be day/month or month/day; choose the order</source>
        <translation>нееднозначно: %1 може да е ден/месец или месец/ден; изберете реда</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>не е дата</translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation>не е сума</translation>
    </message>
    <message>
        <source>ambiguous: %1 could be thousands or decimals</source>
        <translation>нееднозначно: %1 може да са хиляди или десетични знаци</translation>
    </message>
    <message>
        <source>more than two decimals</source>
        <translation>повече от два десетични знака</translation>
    </message>
    <message>
        <source>amount too large</source>
        <translation>сумата е твърде голяма</translation>
    </message>
    <message>
        <source>Cannot save the new companies</source>
        <translation>Новите фирми не могат да бъдат записани</translation>
    </message>
    <message>
        <source>Cannot save the new contacts</source>
        <translation>Новите контакти не могат да бъдат записани</translation>
    </message>
    <message>
        <source>Status (open, won, lost)</source>
        <translation>Статус (open, won, lost)</translation>
    </message>
    <message>
        <source>Lost reason (name)</source>
        <translation>Причина за загуба (име)</translation>
    </message>
    <message>
        <source>Type (call, email, meeting, note)</source>
        <translation>Тип (call, email, meeting, note)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и час</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Note / body</source>
        <translation>Бележка / текст</translation>
    </message>
    <message>
        <source>Deal (title)</source>
        <translation>Сделка (заглавие)</translation>
    </message>
    <message>
        <source>Duration (minutes or h:mm)</source>
        <translation>Продължителност (минути или ч:мм)</translation>
    </message>
    <message>
        <source>Direction (in, out)</source>
        <translation>Посока (in, out)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Резултат</translation>
    </message>
    <message>
        <source>A mapping profile needs a name of 1 to 100 characters.</source>
        <translation>Профилът за съпоставяне трябва да има име от 1 до 100 знака.</translation>
    </message>
    <message>
        <source>Cannot save the mapping profile</source>
        <translation>Профилът за съпоставяне не може да бъде записан</translation>
    </message>
    <message>
        <source>Cannot read the mapping profiles</source>
        <translation>Профилите за съпоставяне не могат да бъдат прочетени</translation>
    </message>
    <message>
        <source>Cannot read the mapping profile</source>
        <translation>Профилът за съпоставяне не може да бъде прочетен</translation>
    </message>
    <message>
        <source>There is no mapping profile of this name.</source>
        <translation>Няма профил за съпоставяне с това име.</translation>
    </message>
    <message>
        <source>Cannot delete the mapping profile</source>
        <translation>Профилът за съпоставяне не може да бъде изтрит</translation>
    </message>
    <message>
        <source>Cannot restore when the contact was last contacted</source>
        <translation>Датата на последния контакт не може да бъде възстановена</translation>
    </message>
    <message>
        <source>not a time of day</source>
        <translation>не е час от деня</translation>
    </message>
    <message>
        <source>External ID (the other system&apos;s)</source>
        <translation>Външно ID (на другата система)</translation>
    </message>
    <message>
        <source>Cannot restore the deal&apos;s external id</source>
        <translation>Външното ID на сделката не може да бъде възстановено</translation>
    </message>
    <message>
        <source>Cannot look for duplicates</source>
        <translation>Не може да се търсят дубликати</translation>
    </message>
    <message>
        <source>Cannot update the search index</source>
        <translation>Индексът за търсене не може да бъде актуализиран</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Снимка</translation>
    </message>
    <message>
        <source>Cannot save the activities</source>
        <translation>Дейностите не могат да бъдат записани</translation>
    </message>
    <message>
        <source>Cannot save the new deals</source>
        <translation>Новите сделки не могат да бъдат записани</translation>
    </message>
    <message>
        <source>Cannot read the deal</source>
        <translation>Не може да се прочете сделката</translation>
    </message>
</context>
<context>
    <name>kontor::importing::FetchedPhotos</name>
    <message>
        <source>Cannot keep the photos: no room for them in the temporary folder.</source>
        <translation>Снимките не могат да бъдат запазени: няма място за тях във временната папка.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импортирането е отказано; нищо не е променено.</translation>
    </message>
    <message>
        <source>Cannot keep the photos: the temporary folder is full or not writable.</source>
        <translation>Снимките не могат да бъдат запазени: временната папка е пълна или не позволява запис.</translation>
    </message>
    <message>
        <source>the fetched photo could not be read back (%1)</source>
        <translation>изтеглената снимка не можа да бъде прочетена обратно (%1)</translation>
    </message>
</context>
<context>
    <name>kontor::importing::ImportMapping</name>
    <message>
        <source>The mapping names a column the file does not have.</source>
        <translation>Съпоставянето посочва колона, която файлът няма.</translation>
    </message>
    <message>
        <source>The mapping names an unknown field.</source>
        <translation>Съпоставянето посочва неизвестно поле.</translation>
    </message>
</context>
<context>
    <name>kontor::importing::ImportProblem</name>
    <message>
        <source>row %1: %2</source>
        <translation>ред %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2, &quot;%3&quot;: %4</source>
        <translation>ред %1, колона %2, „%3“: %4</translation>
    </message>
</context>
<context>
    <name>kontor::importing::MappingProfile</name>
    <message>
        <source>The saved mapping profile is damaged.</source>
        <translation>Запазеният профил за съпоставяне е повреден.</translation>
    </message>
    <message>
        <source>The saved mapping profile names an unknown field.</source>
        <translation>Запазеният профил за съпоставяне посочва неизвестно поле.</translation>
    </message>
    <message>
        <source>The mapping profile &quot;%1&quot; needs a column this file does not have.</source>
        <translation>Профилът за съпоставяне „%1“ изисква колона, която този файл няма.</translation>
    </message>
</context>
<context>
    <name>kontor::importing::VCardSource</name>
    <message>
        <source>First name</source>
        <translation>Собствено име</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Пълно име</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Фирма</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Длъжност</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Мобилен телефон</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Рожден ден</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Град</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Област</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Пощенски код</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Бележки</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail</name>
    <message>
        <source>Cannot record the import</source>
        <translation>Импортирането не може да бъде регистрирано</translation>
    </message>
    <message>
        <source>Cannot look up the company</source>
        <translation>Фирмата не може да бъде намерена</translation>
    </message>
    <message>
        <source>Cannot read the deal&apos;s stage</source>
        <translation>Етапът на сделката не може да бъде прочетен</translation>
    </message>
    <message>
        <source>The deal is gone.</source>
        <translation>Сделката вече не съществува.</translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation>сделка %1</translation>
    </message>
    <message>
        <source>Cannot put the deal back in its stage</source>
        <translation>Сделката не може да бъде върната в етапа си</translation>
    </message>
    <message>
        <source>Cannot keep the photos</source>
        <translation>Снимките не могат да бъдат запазени</translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation>не е имейл адрес</translation>
    </message>
    <message>
        <source>a birthday in the future</source>
        <translation>рожден ден в бъдещето</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>трябва да е едно от: %1</translation>
    </message>
    <message>
        <source>not a record id</source>
        <translation>не е ID на запис</translation>
    </message>
    <message>
        <source>no name and no email address</source>
        <translation>няма име и няма имейл адрес</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::ActivityWriter</name>
    <message>
        <source>must be one of: call, email, meeting, note</source>
        <translation>трябва да е едно от: call, email, meeting, note</translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation>не е имейл адрес</translation>
    </message>
    <message>
        <source>no contact has this email address; import the contacts first</source>
        <translation>няма контакт с този имейл адрес; първо импортирайте контактите</translation>
    </message>
    <message>
        <source>not a duration: write minutes (45) or hours and minutes (1:30)</source>
        <translation>не е продължителност: въведете минути (45) или часове и минути (1:30)</translation>
    </message>
    <message>
        <source>must be in (incoming) or out (outgoing)</source>
        <translation>трябва да е in (входящо) или out (изходящо)</translation>
    </message>
    <message>
        <source>no type (call, email, meeting or note)</source>
        <translation>няма тип (call, email, meeting или note)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>няма дата</translation>
    </message>
    <message>
        <source>no contact email</source>
        <translation>няма имейл на контакт</translation>
    </message>
    <message>
        <source>neither a subject nor a note</source>
        <translation>няма нито тема, нито бележка</translation>
    </message>
    <message>
        <source>Cannot look for duplicates</source>
        <translation>Не може да се търсят дубликати</translation>
    </message>
    <message>
        <source>Cannot read when the contact was last contacted</source>
        <translation>Датата на последния контакт не може да бъде прочетена</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::CompanyWriter</name>
    <message>
        <source>not an email address</source>
        <translation>не е имейл адрес</translation>
    </message>
    <message>
        <source>not a record id</source>
        <translation>не е ID на запис</translation>
    </message>
    <message>
        <source>no company name</source>
        <translation>няма име на фирма</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::ContactWriter</name>
    <message>
        <source>Cannot look for duplicates</source>
        <translation>Не може да се търсят дубликати</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::DealRowReader</name>
    <message>
        <source>a deal amount cannot be negative</source>
        <translation>сумата на сделката не може да бъде отрицателна</translation>
    </message>
    <message>
        <source>not a currency code such as EUR or USD</source>
        <translation>не е код на валута като EUR или USD</translation>
    </message>
    <message>
        <source>must be one of: open, won, lost</source>
        <translation>трябва да е едно от: open, won, lost</translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation>не е имейл адрес</translation>
    </message>
    <message>
        <source>no contact has this email address; import the contacts first</source>
        <translation>няма контакт с този имейл адрес; първо импортирайте контактите</translation>
    </message>
    <message>
        <source>not a record id</source>
        <translation>не е ID на запис</translation>
    </message>
    <message>
        <source>the amount is in %1, this column says %2</source>
        <translation>сумата е в %1, а тази колона посочва %2</translation>
    </message>
    <message>
        <source>no deal title</source>
        <translation>няма заглавие на сделка</translation>
    </message>
    <message>
        <source>no pipeline of this name; the pipelines are: %1</source>
        <translation>няма фуния с това име; фуниите са: %1</translation>
    </message>
    <message>
        <source>no stage of this name in the pipeline &quot;%1&quot;; its stages are: %2</source>
        <translation>няма етап с това име във фунията „%1“; етапите ѝ са: %2</translation>
    </message>
    <message>
        <source>no stage of this name; the stages are: %1</source>
        <translation>няма етап с това име; етапите са: %1</translation>
    </message>
    <message>
        <source>a stage of several pipelines (%1); add a Pipeline column</source>
        <translation>етап от няколко фунии (%1); добавете колона „Фуния“</translation>
    </message>
    <message>
        <source>the stage &quot;%1&quot; is a %2 stage</source>
        <translation>етапът „%1“ е от тип %2</translation>
    </message>
    <message>
        <source>the pipeline &quot;%1&quot; has no %2 stage</source>
        <translation>фунията „%1“ няма етап от тип %2</translation>
    </message>
    <message>
        <source>there is no pipeline to put the deal in</source>
        <translation>няма фуния, в която да бъде поставена сделката</translation>
    </message>
    <message>
        <source>no lost reason of this name; the reasons are: %1</source>
        <translation>няма причина за загуба с това име; причините са: %1</translation>
    </message>
    <message>
        <source>a lost reason for a deal that is not lost</source>
        <translation>причина за загуба за сделка, която не е загубена</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::DealWriter</name>
    <message>
        <source>Cannot save the deal&apos;s external id</source>
        <translation>Външното ID на сделката не може да бъде записано</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::ImportLookups</name>
    <message>
        <source>Cannot look up the contact</source>
        <translation>Контактът не може да бъде намерен</translation>
    </message>
    <message>
        <source>Cannot read the users</source>
        <translation>Потребителите не могат да бъдат прочетени</translation>
    </message>
    <message>
        <source>%1 users have this name; use their login or email</source>
        <translation>%1 потребители имат това име; използвайте тяхното потребителско име или имейл</translation>
    </message>
    <message>
        <source>no user of this name, login or email; the users are: %1</source>
        <translation>няма потребител с това име, потребителско име или имейл; потребителите са: %1</translation>
    </message>
    <message>
        <source>Cannot look up the deal</source>
        <translation>Сделката не може да бъде намерена</translation>
    </message>
    <message>
        <source>several deals of this contact have this title</source>
        <translation>няколко сделки на този контакт имат това заглавие</translation>
    </message>
    <message>
        <source>several deals have this title</source>
        <translation>няколко сделки имат това заглавие</translation>
    </message>
    <message>
        <source>this contact has no deal with this title</source>
        <translation>този контакт няма сделка с това заглавие</translation>
    </message>
    <message>
        <source>no deal has this title</source>
        <translation>няма сделка с това заглавие</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::PhotoKeeper</name>
    <message>
        <source>embedded image</source>
        <translation>вградено изображение</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импортирането е отказано; нищо не е променено.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Снимка</translation>
    </message>
    <message>
        <source>%1 The contact was imported without the photo.</source>
        <translation>%1 Контактът е импортиран без снимката.</translation>
    </message>
    <message>
        <source>%1 %2 was imported without the photo.</source>
        <translation>%1 %2 е импортиран без снимката.</translation>
    </message>
</context>
<context>
    <name>kontor::phone</name>
    <message>
        <source>Cannot read the default phone region</source>
        <translation>Регионът по подразбиране за телефоните не може да бъде прочетен</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: it needs 3 to 17 digits</source>
        <translation>„%1“ не е телефонен номер: трябва да съдържа от 3 до 17 цифри</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: no country uses this code and length</source>
        <translation>„%1“ не е телефонен номер: никоя държава не използва този код и дължина</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region code phone numbers know (two letters, e.g. FI, DE, RU, US)</source>
        <translation>„%1“ не е код на регион, известен за телефонните номера (две букви, напр. FI, DE, RU, US)</translation>
    </message>
    <message>
        <source>default region</source>
        <translation>регион по подразбиране</translation>
    </message>
    <message>
        <source>Cannot save the default phone region</source>
        <translation>Регионът по подразбиране за телефоните не може да бъде записан</translation>
    </message>
</context>
<context>
    <name>kontor::reports</name>
    <message>
        <source>dashboard</source>
        <translation>табло за управление</translation>
    </message>
    <message>
        <source>dashboard: overdue tasks</source>
        <translation>табло за управление: просрочени задачи</translation>
    </message>
    <message>
        <source>dashboard: new leads</source>
        <translation>табло за управление: нови потенциални клиенти</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Табло за управление</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Отворени сделки</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Отворени във фунията</translation>
    </message>
    <message>
        <source>Won this month</source>
        <translation>Спечелени този месец</translation>
    </message>
    <message>
        <source>Plan this month</source>
        <translation>План за този месец</translation>
    </message>
    <message>
        <source>Of plan</source>
        <translation>От плана</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Просрочени задачи</translation>
    </message>
    <message>
        <source>New leads this week</source>
        <translation>Нови потенциални клиенти тази седмица</translation>
    </message>
    <message>
        <source>Stale deals</source>
        <translation>Застояли сделки</translation>
    </message>
    <message>
        <source>count the deals behind a figure</source>
        <translation>преброяване на сделките зад стойност</translation>
    </message>
    <message>
        <source>list the deals behind a figure</source>
        <translation>изброяване на сделките зад стойност</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Отговорник</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валута</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Създадена</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Приключена</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Очаквано приключване</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>count overdue tasks</source>
        <translation>преброяване на просрочените задачи</translation>
    </message>
    <message>
        <source>list overdue tasks</source>
        <translation>изброяване на просрочените задачи</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Възложено на</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>count new contacts</source>
        <translation>преброяване на новите контакти</translation>
    </message>
    <message>
        <source>list new contacts</source>
        <translation>изброяване на новите контакти</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Източник</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Customer key</source>
        <translation>Ключ на клиента</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Спечелени сделки</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Приходи</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенти</translation>
    </message>
    <message>
        <source>list customers</source>
        <translation>изброяване на клиентите</translation>
    </message>
    <message>
        <source>company</source>
        <translation>фирма</translation>
    </message>
    <message>
        <source>person</source>
        <translation>лице</translation>
    </message>
    <message>
        <source>There are no records behind this figure.</source>
        <translation>Няма записи зад тази стойност.</translation>
    </message>
    <message>
        <source>ABC/XYZ</source>
        <translation>ABC/XYZ</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Клетка</translation>
    </message>
    <message>
        <source>Revenue class</source>
        <translation>Клас по приходи</translation>
    </message>
    <message>
        <source>Regularity class</source>
        <translation>Клас по редовност</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Дял от приходите</translation>
    </message>
    <message>
        <source>Customers in %1</source>
        <translation>Клиенти в %1</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Месеци</translation>
    </message>
    <message>
        <source>funnel</source>
        <translation>фуния на продажбите</translation>
    </message>
    <message>
        <source>Funnel: %1</source>
        <translation>Фуния на продажбите: %1</translation>
    </message>
    <message>
        <source>Stage id</source>
        <translation>ID на етапа</translation>
    </message>
    <message>
        <source>Deals reached</source>
        <translation>Достигнали сделки</translation>
    </message>
    <message>
        <source>From previous stage</source>
        <translation>От предишния етап</translation>
    </message>
    <message>
        <source>From first stage</source>
        <translation>От първия етап</translation>
    </message>
    <message>
        <source>Average days in stage</source>
        <translation>Среден брой дни в етапа</translation>
    </message>
    <message>
        <source>Median days in stage</source>
        <translation>Медиана на дните в етапа</translation>
    </message>
    <message>
        <source>Deals that reached %1</source>
        <translation>Сделки, достигнали %1</translation>
    </message>
    <message>
        <source>Deals created</source>
        <translation>Създадени сделки</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Спечелени</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Загубени</translation>
    </message>
    <message>
        <source>Overall conversion</source>
        <translation>Обща конверсия</translation>
    </message>
    <message>
        <source>Average cycle</source>
        <translation>Среден цикъл</translation>
    </message>
    <message>
        <source>Median cycle</source>
        <translation>Медиана на цикъла</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>прогноза</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Претеглено</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Weighted of plan</source>
        <translation>Претеглено от плана</translation>
    </message>
    <message>
        <source>Open deals expected to close in %1</source>
        <translation>Отворени сделки с очаквано приключване през %1</translation>
    </message>
    <message>
        <source>plan vs fact</source>
        <translation>план/факт</translation>
    </message>
    <message>
        <source>Plan id</source>
        <translation>ID на плана</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID на потребителя</translation>
    </message>
    <message>
        <source>Manager and period</source>
        <translation>Мениджър и период</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Мениджър</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Изпълнение</translation>
    </message>
    <message>
        <source>Won by %1 in %2</source>
        <translation>Спечелени от %1 през %2</translation>
    </message>
    <message>
        <source>sales dynamics</source>
        <translation>динамика на продажбите</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Спечелена сума</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предходен период</translation>
    </message>
    <message>
        <source>Won before</source>
        <translation>Спечелени преди</translation>
    </message>
    <message>
        <source>Amount before</source>
        <translation>Сума преди</translation>
    </message>
    <message>
        <source>Deals won from %1</source>
        <translation>Спечелени сделки от %1</translation>
    </message>
    <message>
        <source>Won in the period before</source>
        <translation>Спечелени през предходния период</translation>
    </message>
    <message>
        <source>Amount in the period before</source>
        <translation>Сума през предходния период</translation>
    </message>
    <message>
        <source>Change of amount</source>
        <translation>Промяна на сумата</translation>
    </message>
    <message>
        <source>won vs lost</source>
        <translation>спечелени и загубени</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Процент на спечелване</translation>
    </message>
    <message>
        <source>Deals closed from %1</source>
        <translation>Приключени сделки от %1</translation>
    </message>
    <message>
        <source>lost reasons</source>
        <translation>причини за загуба</translation>
    </message>
    <message>
        <source>Reason id</source>
        <translation>ID на причината</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>Загубени сделки</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Дял</translation>
    </message>
    <message>
        <source>Amount lost</source>
        <translation>Загубена сума</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(без посочена причина)</translation>
    </message>
    <message>
        <source>Deals lost: %1</source>
        <translation>Загубени сделки: %1</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>разпределение</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Диапазон</translation>
    </message>
    <message>
        <source>Won deals: %1</source>
        <translation>Спечелени сделки: %1</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Средно</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 and more</source>
        <translation>%1 и повече</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 дни</translation>
    </message>
    <message>
        <source>%1 days and more</source>
        <translation>%1 и повече дни</translation>
    </message>
    <message>
        <source>managers report</source>
        <translation>отчет за мениджърите</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Обаждания</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Срещи</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Имейли</translation>
    </message>
    <message>
        <source>Tasks on time</source>
        <translation>Задачи в срок</translation>
    </message>
    <message>
        <source>Tasks done late</source>
        <translation>Задачи, изпълнени със закъснение</translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation>Просрочени задачи</translation>
    </message>
    <message>
        <source>Deals closed by %1</source>
        <translation>Сделки, приключени от %1</translation>
    </message>
    <message>
        <source>channels report</source>
        <translation>отчет за каналите</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>Канал на източника</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(без източник)</translation>
    </message>
    <message>
        <source>Deals from %1</source>
        <translation>Сделки от %1</translation>
    </message>
    <message>
        <source>sales plans</source>
        <translation>планове за продажби</translation>
    </message>
    <message>
        <source>In stage now</source>
        <translation>В етапа сега</translation>
    </message>
    <message>
        <source>Average days so far</source>
        <translation>Среден брой дни досега</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Целият план</translation>
    </message>
    <message>
        <source>Plan from</source>
        <translation>План от</translation>
    </message>
    <message>
        <source>Plan to</source>
        <translation>План до</translation>
    </message>
    <message>
        <source>Cannot update the time deals spent in each stage</source>
        <translation>Времето, прекарано от сделките във всеки етап, не може да бъде актуализирано</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kontor, a CRM for salespeople.</source>
        <translation>Kontor – CRM система за търговци.</translation>
    </message>
    <message>
        <source>Open this database (sqlite:FILE or postgresql://user@host:port/name) instead of KONTOR_DB.</source>
        <translation>Отваряне на тази база данни (sqlite:FILE или postgresql://user@host:port/name) вместо KONTOR_DB.</translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE and exit.</source>
        <translation>Записване на изображение на главния прозорец във FILE и изход.</translation>
    </message>
    <message>
        <source>Show this module first (contacts, companies, ...).</source>
        <translation>Показване първо на този модул (contacts, companies, ...).</translation>
    </message>
    <message>
        <source>User interface language (en, ru, bg, fi, sw, fa, lo).</source>
        <translation>Език на потребителския интерфейс (en, ru, bg, fi, sw, fa, lo).</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Базата данни не може да бъде отворена</translation>
    </message>
    <message>
        <source>Open the card of the contact with this id.</source>
        <translation>Отваряне на картата на контакта с това ID.</translation>
    </message>
    <message>
        <source>Open the card of the company with this id.</source>
        <translation>Отваряне на картата на фирмата с това ID.</translation>
    </message>
    <message>
        <source>Open the card of the deal with this id.</source>
        <translation>Отваряне на картата на сделката с това ID.</translation>
    </message>
    <message>
        <source>Open a settings dialog: pipelines or products.</source>
        <translation>Отваряне на диалог за настройки: pipelines или products.</translation>
    </message>
    <message>
        <source>Open quick-search[:TEXT], custom-fields or duplicates.</source>
        <translation>Отваряне на quick-search[:TEXT], custom-fields или duplicates.</translation>
    </message>
</context>
</TS>
