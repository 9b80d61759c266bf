<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Audit</name>
    <message>
        <source>Cannot write the audit log</source>
        <translation>Не удалось записать журнал изменений</translation>
    </message>
</context>
<context>
    <name>BulkLoad</name>
    <message>
        <source>Cannot write the rows</source>
        <translation>Не удалось записать строки</translation>
    </message>
    <message>
        <source>Cannot prepare the tables for a bulk load</source>
        <translation>Не удалось подготовить таблицы к массовой загрузке</translation>
    </message>
    <message>
        <source>Cannot rebuild the indexes after a bulk load</source>
        <translation>Не удалось перестроить индексы после массовой загрузки</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другой</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Холодный</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Тёплый</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Горячий</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Без оценки</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Проверка перед импортом</translation>
    </message>
    <message>
        <source>Every row was checked and matched as the import will do it; nothing is saved yet.</source>
        <translation>Каждая строка проверена и сопоставлена так же, как при импорте; пока ничего не сохранено.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Show problem rows only</source>
        <translation>Только проблемные строки</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Проверка всех строк…</translation>
    </message>
    <message>
        <source>Rows with problems are left out and can be saved to a file after the import. Go back to change the mapping or the date order.</source>
        <translation>Проблемные строки пропускаются, после импорта их можно сохранить в файл. Вернитесь назад, чтобы изменить сопоставление или порядок дат.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>The grid shows the first %1 rows with problems; all %2 go to the problem rows file you can save after the import.</source>
        <translation>В таблице показаны первые %1 строк с проблемами; все %2 попадут в файл проблемных строк, который можно сохранить после импорта.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) cannot be kept; those contacts will be imported without them:</source>
        <translation>
            <numerusform>%n фото нельзя сохранить; эти контакты будут импортированы без них:</numerusform>
            <numerusform>%n фото нельзя сохранить; эти контакты будут импортированы без них:</numerusform>
            <numerusform>%n фото нельзя сохранить; эти контакты будут импортированы без них:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is checked and matched as the import will do it; nothing is saved.</source>
        <translation>Каждая строка проверяется и сопоставляется так же, как при импорте; ничего не сохраняется.</translation>
    </message>
    <message>
        <source>The check stopped; nothing is saved.</source>
        <translation>Проверка остановлена; ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>CompaniesModule</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Людей</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Search by company name</source>
        <translation>Поиск по названию компании</translation>
    </message>
    <message>
        <source>No companies yet. Import a file or add demo data to get started.</source>
        <translation>Компаний пока нет. Импортируйте файл или добавьте демо-данные, чтобы начать.</translation>
    </message>
    <message>
        <source>No company name starts with “%1”.</source>
        <translation>Нет компаний, название которых начинается с «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s) found</source>
        <translation>
            <numerusform>Найдена %Ln компания</numerusform>
            <numerusform>Найдено %Ln компании</numerusform>
            <numerusform>Найдено %Ln компаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>%Ln компания</numerusform>
            <numerusform>%Ln компании</numerusform>
            <numerusform>%Ln компаний</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move the selected companies to the trash (Del)</source>
        <translation>Переместить выбранные компании в корзину (Del)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s) moved to the trash. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%Ln компания перемещена в корзину. Отменить — Ctrl+Z.</numerusform>
            <numerusform>%Ln компании перемещены в корзину. Отменить — Ctrl+Z.</numerusform>
            <numerusform>%Ln компаний перемещены в корзину. Отменить — Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Save the selected companies as CSV, Excel, vCard or JSON</source>
        <translation>Сохранить выбранные компании в CSV, Excel, vCard или JSON</translation>
    </message>
</context>
<context>
    <name>ContactsModule</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
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
        <translation>Город</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Search by name, email or phone</source>
        <translation>Поиск по имени, почте или телефону</translation>
    </message>
    <message>
        <source>No contacts yet. Import a file or add demo data to get started.</source>
        <translation>Контактов пока нет. Импортируйте файл или добавьте демо-данные, чтобы начать.</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>Нет контактов по запросу «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) found</source>
        <translation>
            <numerusform>Найден %Ln контакт</numerusform>
            <numerusform>Найдено %Ln контакта</numerusform>
            <numerusform>Найдено %Ln контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакта</numerusform>
            <numerusform>%Ln контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move the selected contacts to the trash (Del)</source>
        <translation>Переместить выбранные контакты в корзину (Del)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) moved to the trash. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%Ln контакт перемещён в корзину. Отменить — Ctrl+Z.</numerusform>
            <numerusform>%Ln контакта перемещены в корзину. Отменить — Ctrl+Z.</numerusform>
            <numerusform>%Ln контактов перемещены в корзину. Отменить — Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact matches this filter.</source>
        <translation>Нет контактов, подходящих под фильтр.</translation>
    </message>
    <message>
        <source>Find Duplicates…</source>
        <translation>Найти дубликаты…</translation>
    </message>
    <message>
        <source>Look for contacts that are the same person across the whole base and merge them</source>
        <translation>Найти контакты одного и того же человека во всей базе и объединить их</translation>
    </message>
    <message>
        <source>&amp;Phone Numbers…</source>
        <translation>&amp;Телефонные номера…</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database server cannot be reached</source>
        <translation>Сервер базы данных недоступен</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved</source>
        <translation>Диск заполнен; ничего не сохранено</translation>
    </message>
    <message>
        <source>Another program is writing to the database</source>
        <translation>В базу данных пишет другая программа</translation>
    </message>
    <message>
        <source>Nothing to commit</source>
        <translation>Нечего фиксировать</translation>
    </message>
    <message>
        <source>The transaction failed</source>
        <translation>Транзакция не удалась</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>This is not a database address Kontor understands</source>
        <translation>Kontor не понимает такой адрес базы данных</translation>
    </message>
</context>
<context>
    <name>DuplicateCommands</name>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Объединить «%1» с «%2»</translation>
    </message>
    <message>
        <source>Cannot undo the merge: %1</source>
        <translation>Не удалось отменить объединение: %1</translation>
    </message>
    <message>
        <source>Cannot merge again: %1</source>
        <translation>Не удалось объединить снова: %1</translation>
    </message>
    <message>
        <source>“%1” and “%2” are not duplicates</source>
        <translation>«%1» и «%2» — не дубликаты</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Duplicates and dates</source>
        <translation>Дубликаты и даты</translation>
    </message>
    <message>
        <source>How a row is recognised as a record Kontor already has, and what happens then.</source>
        <translation>Как строка опознаётся как уже существующая в Kontor запись и что тогда происходит.</translation>
    </message>
    <message>
        <source>A row is the same record when it has the same:</source>
        <translation>Строка считается той же записью, если совпадает:</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Адрес эл. почты</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>Name and company</source>
        <translation>Имя и компания</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Kontor ID (a column of a Kontor export)</source>
        <translation>ID Kontor (столбец из экспорта Kontor)</translation>
    </message>
    <message>
        <source>When it is already there:</source>
        <translation>Если запись уже есть:</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Пропустить строку</translation>
    </message>
    <message>
        <source>Update the record with the row&apos;s values</source>
        <translation>Обновить запись значениями из строки</translation>
    </message>
    <message>
        <source>Fill only the record&apos;s empty fields</source>
        <translation>Заполнить только пустые поля записи</translation>
    </message>
    <message>
        <source>Create another record anyway</source>
        <translation>Всё равно создать новую запись</translation>
    </message>
    <message>
        <source>Dates like 03/04/2023 are:</source>
        <translation>Даты вида 03/04/2023 — это:</translation>
    </message>
    <message>
        <source>ambiguous: list them as problems</source>
        <translation>неоднозначно: показать как проблемы</translation>
    </message>
    <message>
        <source>day / month / year</source>
        <translation>день / месяц / год</translation>
    </message>
    <message>
        <source>month / day / year</source>
        <translation>месяц / день / год</translation>
    </message>
    <message>
        <source>Save this mapping for the next file as:</source>
        <translation>Сохранить сопоставление для следующих файлов как:</translation>
    </message>
    <message>
        <source>a name, e.g. “Trade fair list” (optional)</source>
        <translation>название, например «Список с выставки» (необязательно)</translation>
    </message>
    <message>
        <source>An activity is already there when its contact, type, time, subject and note are the same.</source>
        <translation>Дело считается уже существующим, если совпадают контакт, тип, время, тема и заметка.</translation>
    </message>
    <message>
        <source>Title and company</source>
        <translation>Название и компания</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Keep photos (the cards&apos; pictures are stored with the contacts)</source>
        <translation>Сохранять фото (изображения из карточек сохраняются у контактов)</translation>
    </message>
    <message>
        <source>A contact that has a photo keeps it; Undo import removes the photos it added.</source>
        <translation>Если у контакта уже есть фото, оно остаётся; отмена импорта удаляет добавленные им фото.</translation>
    </message>
</context>
<context>
    <name>EditDealCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Изменить «%1»</translation>
    </message>
    <message>
        <source>“%1” could not be changed back: %2</source>
        <translation>Не удалось вернуть «%1»: %2</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Выбор файла</translation>
    </message>
    <message>
        <source>CSV, Excel (.xlsx) or vCard. Nothing is saved until the last step.</source>
        <translation>CSV, Excel (.xlsx) или vCard. До последнего шага ничего не сохраняется.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Определить</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Запятая ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Точка с запятой ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation>Черта |</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Import as:</source>
        <translation>Импортировать как:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Разделитель:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Лист:</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Строка заголовков:</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Импорт файла</translation>
    </message>
    <message>
        <source>Choose a file to import, or drop one on Kontor&apos;s window.</source>
        <translation>Выберите файл для импорта или перетащите его в окно Kontor.</translation>
    </message>
    <message>
        <source>vCard file (%1); each card becomes a contact.</source>
        <translation>Файл vCard (%1); каждая карточка станет контактом.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>CSV, %1, delimiter “%2”</source>
        <translation>CSV, %1, разделитель «%2»</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation>Книга Excel, лист «%1»</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of the first rows have the wrong number of fields; they will be listed as problems.</source>
        <translation>
            <numerusform>В %n из первых строк неверное число полей; они будут показаны как проблемные.</numerusform>
            <numerusform>В %n из первых строк неверное число полей; они будут показаны как проблемные.</numerusform>
            <numerusform>В %n из первых строк неверное число полей; они будут показаны как проблемные.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Activities and notes</source>
        <translation>Дела и заметки</translation>
    </message>
    <message>
        <source>Files to import (*.csv *.txt *.tsv *.xlsx *.vcf);;All files (*)</source>
        <translation>Файлы для импорта (*.csv *.txt *.tsv *.xlsx *.vcf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Read as the saved mapping “%1” reads such files.</source>
        <translation>Прочитано так, как читает такие файлы сохранённое сопоставление «%1».</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Потенциальный</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>%1 rows: %2 to create, %3 to update, %4 to skip as duplicates, %5 with problems</source>
        <translation>Строк: %1; создать: %2, обновить: %3, пропустить как дубликаты: %4, с проблемами: %5</translation>
    </message>
    <message>
        <source>… and more in the problem rows file.</source>
        <translation>… и другие — в файле проблемных строк.</translation>
    </message>
    <message>
        <source>Fetching photos: %1 of %2…</source>
        <translation>Загрузка фотографий: %1 из %2…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <source>Each column goes into the field chosen here; “Do not import” leaves it out.</source>
        <translation>Каждый столбец попадает в выбранное здесь поле; «Не импортировать» пропускает его.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <source>Kontor field</source>
        <translation>Поле Kontor</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Не импортировать</translation>
    </message>
    <message>
        <source>Custom field: %1</source>
        <translation>Доп. поле: %1</translation>
    </message>
    <message>
        <source>New custom field “%1”</source>
        <translation>Новое доп. поле «%1»</translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation>Сохранённое сопоставление:</translation>
    </message>
    <message>
        <source>None: suggested from the column names and contents</source>
        <translation>Нет: подобрано по названиям и содержимому столбцов</translation>
    </message>
    <message>
        <source>The saved mapping “%1” was made for a file with these columns; it is used.</source>
        <translation>Сопоставление «%1» сохранено для файла с такими столбцами; оно применено.</translation>
    </message>
</context>
<context>
    <name>MoveDealStageCommand</name>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Переместить «%1» на этап %2</translation>
    </message>
    <message>
        <source>“%1” could not be moved: %2</source>
        <translation>Не удалось переместить «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Paging</name>
    <message>
        <source>The list position is not valid for this sort order</source>
        <translation>Позиция в списке не подходит для этого порядка сортировки</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>stage %1</source>
        <translation>этап %1</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>Save problem rows…</source>
        <translation>Сохранить проблемные строки…</translation>
    </message>
    <message>
        <source>Save problem rows</source>
        <translation>Сохранить проблемные строки</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>%1 rows, %2 rows per second</source>
        <translation>%1 строк, %2 строк в секунду</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was saved.</source>
        <translation>Импорт отменён. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>The import failed and nothing was saved: %1</source>
        <translation>Импорт не удался, ничего не сохранено: %1</translation>
    </message>
    <message>
        <source>Done in %1 s: %2 created, %3 updated, %4 skipped, %5 rows with problems.
This import can be undone from the Import page (import %6).</source>
        <translation>Готово за %1 с: создано %2, обновлено %3, пропущено %4, проблемных строк %5.
Этот импорт можно отменить на странице «Импорт» (импорт %6).</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be kept; those contacts were imported without them:</source>
        <translation>
            <numerusform>%n фото не удалось сохранить; эти контакты импортированы без них:</numerusform>
            <numerusform>%n фото не удалось сохранить; эти контакты импортированы без них:</numerusform>
            <numerusform>%n фото не удалось сохранить; эти контакты импортированы без них:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Cannot pause the search index</source>
        <translation>Не удалось приостановить поисковый индекс</translation>
    </message>
    <message>
        <source>Cannot rebuild the search index</source>
        <translation>Не удалось перестроить поисковый индекс</translation>
    </message>
    <message>
        <source>Cannot update the search index</source>
        <translation>Не удалось обновить поисковый индекс</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Cannot sign in as %1</source>
        <translation>Не удалось войти как %1</translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Срочный</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Предстоящие</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>%1 (all day)</source>
        <translation>%1 (весь день)</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>Выполнено %1 из %2</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Каждый день</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Каждый %1</translation>
    </message>
    <message>
        <source>Monthly on day %1</source>
        <translation>Ежемесячно, %1-го числа</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>This kind of record has no trash</source>
        <translation>У записей этого вида нет корзины</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Удалить «%1»</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation>Восстановить «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>Удалить %n запись</numerusform>
            <numerusform>Удалить %n записи</numerusform>
            <numerusform>Удалить %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n record(s)</source>
        <translation>
            <numerusform>Восстановить %n запись</numerusform>
            <numerusform>Восстановить %n записи</numerusform>
            <numerusform>Восстановить %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Изменить «%1»</translation>
    </message>
    <message>
        <source>Log “%1”</source>
        <translation>Записать «%1»</translation>
    </message>
    <message>
        <source>Change the photo of “%1”</source>
        <translation>Сменить фото «%1»</translation>
    </message>
    <message>
        <source>Remove the photo of “%1”</source>
        <translation>Удалить фото «%1»</translation>
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
        <translation>Дела</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Planning deals</source>
        <translation>Планирование сделок</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Creating the demo data was cancelled; the database was left as it was</source>
        <translation>Создание демо-данных отменено; база осталась без изменений</translation>
    </message>
    <message>
        <source>Users, pipelines and products</source>
        <translation>Пользователи, воронки и товары</translation>
    </message>
    <message>
        <source>Cannot create the demo users</source>
        <translation>Не удалось создать демо-пользователей</translation>
    </message>
    <message>
        <source>Cannot set up the pipeline %1</source>
        <translation>Не удалось настроить воронку %1</translation>
    </message>
    <message>
        <source>The pipeline needs open, won and lost stages for demo deals</source>
        <translation>Для демо-сделок в воронке нужны открытые этапы и этапы «выиграна» и «проиграна»</translation>
    </message>
    <message>
        <source>Cannot read the lists the demo data uses</source>
        <translation>Не удалось прочитать списки для демо-данных</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Индексы</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Поисковый индекс</translation>
    </message>
    <message>
        <source>Stage stays</source>
        <translation>Время на этапах</translation>
    </message>
</context>
<context>
    <name>kontor</name>
    <message>
        <source>company %1</source>
        <translation>компания %1</translation>
    </message>
    <message>
        <source>new company</source>
        <translation>новая компания</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>контакт %1</translation>
    </message>
    <message>
        <source>new contact</source>
        <translation>новый контакт</translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation>сделка %1</translation>
    </message>
    <message>
        <source>new deal</source>
        <translation>новая сделка</translation>
    </message>
    <message>
        <source>Cannot move it to the trash</source>
        <translation>Не удалось переместить в корзину</translation>
    </message>
    <message>
        <source>Cannot restore it from the trash</source>
        <translation>Не удалось восстановить из корзины</translation>
    </message>
    <message>
        <source>It does not exist or is already in the trash</source>
        <translation>Записи нет или она уже в корзине</translation>
    </message>
    <message>
        <source>It is not in the trash</source>
        <translation>Записи нет в корзине</translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation>дело %1</translation>
    </message>
    <message>
        <source>new activity</source>
        <translation>новое дело</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>товар %1</translation>
    </message>
    <message>
        <source>new product</source>
        <translation>новый товар</translation>
    </message>
    <message>
        <source>Cannot read the selected contacts</source>
        <translation>Не удалось прочитать выбранные контакты</translation>
    </message>
    <message>
        <source>Cannot read the tag &quot;%1&quot;</source>
        <translation>Не удалось прочитать тег «%1»</translation>
    </message>
    <message>
        <source>Unknown filter &quot;%1&quot;</source>
        <translation>Неизвестный фильтр «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2</source>
        <translation>«%1» — недопустимое значение для %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;</source>
        <translation>поле «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; %2 takes numbers like 1250 or 12.5</source>
        <translation>«%1» — не число; %2 принимает числа вида 1250 или 12.5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» — не число</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2026-03-31</source>
        <translation>«%1» — не дата; пишите как 2026-03-31</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>«%1» — не «да» и не «нет»</translation>
    </message>
    <message>
        <source>custom field &quot;%1&quot;</source>
        <translation>доп. поле «%1»</translation>
    </message>
    <message>
        <source>Kontor ID</source>
        <translation>ID Kontor</translation>
    </message>
    <message>
        <source>company</source>
        <translation>компания</translation>
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
        <translation>Не удалось записать файл экспорта.</translation>
    </message>
    <message>
        <source>The export file is not open for writing.</source>
        <translation>Файл экспорта не открыт для записи.</translation>
    </message>
    <message>
        <source>Deals cannot be written as vCard; choose CSV, .xlsx or JSON.</source>
        <translation>Сделки нельзя записать в vCard; выберите CSV, .xlsx или JSON.</translation>
    </message>
    <message>
        <source>%1 records do not fit on one .xlsx sheet (at most 1,048,575); export as CSV instead.</source>
        <translation>Записей (%1) больше, чем помещается на лист .xlsx (не более 1 048 575); экспортируйте в CSV.</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>запись %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <source>find %1</source>
        <translation>поиск: %1</translation>
    </message>
    <message>
        <source>There is no %1 of that name or id.</source>
        <translation>Нет объекта «%1» с таким названием или ID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>«%1» — не дата</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>«%1» — не дата и время</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>неизвестный часовой пояс «%1»</translation>
    </message>
    <message>
        <source>This is not an iCalendar file: it does not start with BEGIN:VCALENDAR</source>
        <translation>Это не файл iCalendar: он не начинается с BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>END:%1 does not close the open component</source>
        <translation>END:%1 не закрывает открытый компонент</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>event without a start (DTSTART)</source>
        <translation>событие без начала (DTSTART)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>Meeting without a title</source>
        <translation>Встреча без названия</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Где: %1</translation>
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
        <translation>DURATION «%1» — не длительность</translation>
    </message>
    <message>
        <source>line %1: the repeat rule &quot;%2&quot; is not supported; the first meeting is imported without repeats</source>
        <translation>строка %1: правило повтора «%2» не поддерживается; первая встреча импортирована без повторов</translation>
    </message>
    <message>
        <source>The file ends inside %1 (it is cut short)</source>
        <translation>Файл обрывается внутри %1 (он обрезан)</translation>
    </message>
    <message>
        <source>Cannot check for an earlier import</source>
        <translation>Не удалось проверить предыдущий импорт</translation>
    </message>
    <message>
        <source>repeat &quot;%1&quot;</source>
        <translation>повтор «%1»</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>задача %1</translation>
    </message>
    <message>
        <source>new task</source>
        <translation>новая задача</translation>
    </message>
    <message>
        <source>Cannot read the task</source>
        <translation>Не удалось прочитать задачу</translation>
    </message>
    <message>
        <source>The task does not exist or is in the trash</source>
        <translation>Задачи нет или она в корзине</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Не удалось записать файл.</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Cannot read the names of duplicate contacts</source>
        <translation>Не удалось прочитать имена контактов-дубликатов</translation>
    </message>
    <message>
        <source>Cannot re-normalize the phone numbers</source>
        <translation>Не удалось заново нормализовать номера телефонов</translation>
    </message>
    <message>
        <source>The custom field &quot;%1&quot; belongs to another kind of record</source>
        <translation>Доп. поле «%1» относится к записям другого вида</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>дело</translation>
    </message>
    <message>
        <source>Activities cannot be written as vCard; choose CSV, .xlsx or JSON.</source>
        <translation>Дела нельзя записать в vCard; выберите CSV, .xlsx или JSON.</translation>
    </message>
    <message>
        <source>Cannot create the export file.</source>
        <translation>Не удалось создать файл экспорта.</translation>
    </message>
    <message>
        <source>Cannot save the export file.</source>
        <translation>Не удалось сохранить файл экспорта.</translation>
    </message>
    <message>
        <source>A quote is not closed in &quot;%1&quot;</source>
        <translation>Не закрыта кавычка в «%1»</translation>
    </message>
    <message>
        <source>Custom field %1 is not a field of contacts</source>
        <translation>Дополнительное поле %1 не относится к контактам</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Сервер ответил: %1.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Сервер отказал в соединении.</translation>
    </message>
    <message>
        <source>The server %1 was not found.</source>
        <translation>Сервер %1 не найден.</translation>
    </message>
    <message>
        <source>The server closed the connection without sending the photo.</source>
        <translation>Сервер закрыл соединение, не прислав фото.</translation>
    </message>
    <message>
        <source>The photo could not be fetched: %1.</source>
        <translation>Не удалось загрузить фото: %1.</translation>
    </message>
    <message>
        <source>Only web addresses (http, https) are fetched.</source>
        <translation>Загружаются только веб-адреса (http, https).</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>Нет ответа за %1 с.</translation>
    </message>
    <message>
        <source>The photo is larger than %1 MB.</source>
        <translation>Фото больше %1 МБ.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>kontor::ActivityRepository</name>
    <message>
        <source>Unknown kind of activity &quot;%1&quot;</source>
        <translation>Неизвестный вид дела «%1»</translation>
    </message>
    <message>
        <source>An activity must belong to a contact, a company or a deal</source>
        <translation>Дело должно относиться к контакту, компании или сделке</translation>
    </message>
    <message>
        <source>Unknown direction &quot;%1&quot;</source>
        <translation>Неизвестное направление «%1»</translation>
    </message>
    <message>
        <source>A duration cannot be negative</source>
        <translation>Длительность не может быть отрицательной</translation>
    </message>
    <message>
        <source>Write a subject or a few words about what happened</source>
        <translation>Напишите тему или пару слов о том, что произошло</translation>
    </message>
    <message>
        <source>Cannot save the activity</source>
        <translation>Не удалось сохранить дело</translation>
    </message>
    <message>
        <source>Cannot update when the contact was last contacted</source>
        <translation>Не удалось обновить дату последнего контакта</translation>
    </message>
</context>
<context>
    <name>kontor::BoardColumnModel</name>
    <message>
        <source>%1 — no activity since %2</source>
        <translation>%1 — нет активности с %2</translation>
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
        <translation>Переместить «%1» на этап %2</translation>
    </message>
    <message>
        <source>This pipeline has no won stage; add one in the pipeline settings.</source>
        <translation>В этой воронке нет этапа «Выиграна»; добавьте его в настройках воронки.</translation>
    </message>
    <message>
        <source>Mark “%1” won</source>
        <translation>Отметить «%1» выигранной</translation>
    </message>
    <message>
        <source>This pipeline has no lost stage; add one in the pipeline settings.</source>
        <translation>В этой воронке нет этапа «Проиграна»; добавьте его в настройках воронки.</translation>
    </message>
    <message>
        <source>Mark “%1” lost</source>
        <translation>Отметить «%1» проигранной</translation>
    </message>
</context>
<context>
    <name>kontor::BoardRepository</name>
    <message>
        <source>Cannot read the board of the pipeline &quot;%1&quot;</source>
        <translation>Не удалось прочитать канбан воронки «%1»</translation>
    </message>
    <message>
        <source>Cannot read the board position of deal %1</source>
        <translation>Не удалось прочитать позицию сделки %1 на канбане</translation>
    </message>
    <message>
        <source>Cannot reorder the cards of stage %1</source>
        <translation>Не удалось изменить порядок карточек этапа %1</translation>
    </message>
    <message>
        <source>The card to drop before is not in this stage</source>
        <translation>Карточки, перед которой нужно вставить, нет на этом этапе</translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation>сделка %1</translation>
    </message>
    <message>
        <source>Cannot read the list of users</source>
        <translation>Не удалось прочитать список пользователей</translation>
    </message>
    <message>
        <source>Cannot read the list of tags</source>
        <translation>Не удалось прочитать список тегов</translation>
    </message>
</context>
<context>
    <name>kontor::BoardView</name>
    <message>
        <source>%1 · weighted %2</source>
        <translation>%1 · взвешенно %2</translation>
    </message>
    <message>
        <source>No deals</source>
        <translation>Нет сделок</translation>
    </message>
    <message>
        <source>Filter by deal, company or contact</source>
        <translation>Фильтр по сделке, компании или контакту</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Воронка:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Тег:</translation>
    </message>
    <message>
        <source>Stages…</source>
        <translation>Этапы…</translation>
    </message>
    <message>
        <source>Drop here: Won</source>
        <translation>Сюда: выиграна</translation>
    </message>
    <message>
        <source>Drop here: Lost</source>
        <translation>Сюда: проиграна</translation>
    </message>
    <message>
        <source>Move to Next Stage</source>
        <translation>На следующий этап</translation>
    </message>
    <message>
        <source>Move to Previous Stage</source>
        <translation>На предыдущий этап</translation>
    </message>
    <message>
        <source>Mark Won</source>
        <translation>Отметить выигранной</translation>
    </message>
    <message>
        <source>Mark Lost</source>
        <translation>Отметить проигранной</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Все</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
            <numerusform>%n сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Открыто: %1</translation>
    </message>
</context>
<context>
    <name>kontor::CalendarPage</name>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Исполнитель: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Birthday of %1</source>
        <translation>День рождения: %1</translation>
    </message>
</context>
<context>
    <name>kontor::CalendarView</name>
    <message>
        <source>+%1 more</source>
        <translation>ещё %1</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>весь день</translation>
    </message>
    <message>
        <source>Nothing planned in the next two weeks.</source>
        <translation>На ближайшие две недели ничего не запланировано.</translation>
    </message>
</context>
<context>
    <name>kontor::CardDelegate</name>
    <message>
        <source>⚠ No next task</source>
        <translation>⚠ Нет следующей задачи</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage · rotting</source>
        <translation>
            <numerusform>%n день на этапе · зависла</numerusform>
            <numerusform>%n дня на этапе · зависла</numerusform>
            <numerusform>%n дней на этапе · зависла</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n день на этапе</numerusform>
            <numerusform>%n дня на этапе</numerusform>
            <numerusform>%n дней на этапе</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::CardListModule</name>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open the card of the selected row (Enter)</source>
        <translation>Открыть карточку выбранной строки (Enter)</translation>
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
        <translation>Компания</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Юр. название:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Отрасль:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Сайт:</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>Как связаться</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Улица:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Индекс:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Open website</source>
        <translation>Открыть сайт</translation>
    </message>
    <message>
        <source>Write email</source>
        <translation>Написать письмо</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Позвонить</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
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
        <translation>Этап</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Никто</translation>
    </message>
    <message>
        <source>This company cannot be shown: %1</source>
        <translation>Не удалось показать компанию: %1</translation>
    </message>
    <message>
        <source>This company is in the trash. Restore it from the Trash to edit it.</source>
        <translation>Компания в корзине. Восстановите её из корзины, чтобы изменить.</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Люди (%1)</translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>Сделки (%1)</translation>
    </message>
    <message>
        <source>%1 — Company</source>
        <translation>%1 — Компания</translation>
    </message>
    <message>
        <source>Nothing was saved: please fix the fields marked in red.</source>
        <translation>Ничего не сохранено: исправьте поля, выделенные красным.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Ничего не сохранено: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Сохранить изменения в «%1» перед закрытием?</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <source>Plan a call, meeting or to-do with this company (Ctrl+T)</source>
        <translation>Запланировать звонок, встречу или дело с этой компанией (Ctrl+T)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменить %1</translation>
    </message>
    <message>
        <source>Custom fields were not saved: %1</source>
        <translation>Дополнительные поля не сохранены: %1</translation>
    </message>
</context>
<context>
    <name>kontor::CompanyRepository</name>
    <message>
        <source>A company needs a name</source>
        <translation>У компании должно быть название</translation>
    </message>
    <message>
        <source>Cannot save the new company</source>
        <translation>Не удалось сохранить новую компанию</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Не удалось прочитать %1</translation>
    </message>
    <message>
        <source>This company does not exist</source>
        <translation>Такой компании нет</translation>
    </message>
    <message>
        <source>This company is in the trash</source>
        <translation>Эта компания в корзине</translation>
    </message>
    <message>
        <source>Cannot look up the company &quot;%1&quot;</source>
        <translation>Не удалось найти компанию «%1»</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>Не удалось сохранить %1</translation>
    </message>
    <message>
        <source>Cannot read the company list</source>
        <translation>Не удалось прочитать список компаний</translation>
    </message>
    <message>
        <source>Cannot count companies</source>
        <translation>Не удалось подсчитать компании</translation>
    </message>
    <message>
        <source>Cannot read the companies</source>
        <translation>Не удалось прочитать компании</translation>
    </message>
</context>
<context>
    <name>kontor::CompleteTaskCommand</name>
    <message>
        <source>Complete &quot;%1&quot;</source>
        <translation>Завершить «%1»</translation>
    </message>
</context>
<context>
    <name>kontor::CompleteTaskDialog</name>
    <message>
        <source>Complete Task</source>
        <translation>Завершение задачи</translation>
    </message>
    <message>
        <source>What came of it? e.g. Interested, wants a discount</source>
        <translation>Чем закончилось? Например: интересно, хочет скидку</translation>
    </message>
    <message>
        <source>&amp;Log it on the timeline as a %1</source>
        <translation>&amp;Записать в ленту как: %1</translation>
    </message>
    <message>
        <source>Schedule the &amp;next step</source>
        <translation>Запланировать &amp;следующий шаг</translation>
    </message>
    <message>
        <source>e.g. Send the revised offer</source>
        <translation>например, отправить новое предложение</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>С&amp;рок:</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>&amp;Выполнено</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>Name the next step, or untick &quot;Schedule the next step&quot;.</source>
        <translation>Назовите следующий шаг или снимите флажок «Запланировать следующий шаг».</translation>
    </message>
    <message>
        <source>Write a few words about what happened.</source>
        <translation>Напишите пару слов о том, что произошло.</translation>
    </message>
</context>
<context>
    <name>kontor::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <source>e.g. crm.example.com</source>
        <translation>например, crm.example.com</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Запомнить пароль в системном хранилище ключей</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>The password is kept in your system keychain, never in Kontor&apos;s settings.</source>
        <translation>Пароль хранится в системном хранилище ключей, а не в настройках Kontor.</translation>
    </message>
    <message>
        <source>No password keychain is running on this computer, so Kontor will ask for the password each time you connect. It is never saved in a file.</source>
        <translation>На этом компьютере не запущено хранилище паролей, поэтому Kontor будет спрашивать пароль при каждом подключении. В файл он не сохраняется.</translation>
    </message>
    <message>
        <source>Enter the name or address of the server.</source>
        <translation>Введите имя или адрес сервера.</translation>
    </message>
    <message>
        <source>A server name cannot contain spaces.</source>
        <translation>Имя сервера не может содержать пробелы.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Введите имя базы данных на сервере.</translation>
    </message>
    <message>
        <source>Enter the user name you sign in with.</source>
        <translation>Введите имя пользователя для входа.</translation>
    </message>
</context>
<context>
    <name>kontor::ContactBulkActions</name>
    <message>
        <source>Tag…</source>
        <translation>Тег…</translation>
    </message>
    <message>
        <source>Add a tag to the selected contacts</source>
        <translation>Добавить тег выбранным контактам</translation>
    </message>
    <message>
        <source>Untag…</source>
        <translation>Снять тег…</translation>
    </message>
    <message>
        <source>Remove a tag from the selected contacts</source>
        <translation>Снять тег с выбранных контактов</translation>
    </message>
    <message>
        <source>Owner…</source>
        <translation>Ответственный…</translation>
    </message>
    <message>
        <source>Assign the selected contacts to a manager</source>
        <translation>Назначить выбранным контактам менеджера</translation>
    </message>
    <message>
        <source>Status…</source>
        <translation>Статус…</translation>
    </message>
    <message>
        <source>Change the status of the selected contacts</source>
        <translation>Изменить статус выбранных контактов</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Save the selected contacts as CSV, Excel, vCard or JSON</source>
        <translation>Сохранить выбранные контакты в CSV, Excel, vCard или JSON</translation>
    </message>
    <message>
        <source>Select one or more contacts first.</source>
        <translation>Сначала выберите один или несколько контактов.</translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln contact(s) “%1”</source>
        <translation>
            <numerusform>Добавить тег «%1» %Ln контакту</numerusform>
            <numerusform>Добавить тег «%1» %Ln контактам</numerusform>
            <numerusform>Добавить тег «%1» %Ln контактам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag “%1” from %Ln contact(s)</source>
        <translation>
            <numerusform>Снять тег «%1» с %Ln контакта</numerusform>
            <numerusform>Снять тег «%1» с %Ln контактов</numerusform>
            <numerusform>Снять тег «%1» с %Ln контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln contact(s)</source>
        <translation>
            <numerusform>Назначить %Ln контакт</numerusform>
            <numerusform>Назначить %Ln контакта</numerusform>
            <numerusform>Назначить %Ln контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %Ln contact(s) to %1</source>
        <translation>
            <numerusform>Статус «%1» для %Ln контакта</numerusform>
            <numerusform>Статус «%1» для %Ln контактов</numerusform>
            <numerusform>Статус «%1» для %Ln контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: the selected contacts already had that.</source>
        <translation>Менять нечего: у выбранных контактов это уже было.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) changed. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Изменён %Ln контакт. Отменить — Ctrl+Z.</numerusform>
            <numerusform>Изменено %Ln контакта. Отменить — Ctrl+Z.</numerusform>
            <numerusform>Изменено %Ln контактов. Отменить — Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Добавить тег</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Снять тег</translation>
    </message>
    <message numerus="yes">
        <source>Tag to add to %Ln contact(s):</source>
        <translation>
            <numerusform>Тег для %Ln контакта:</numerusform>
            <numerusform>Тег для %Ln контактов:</numerusform>
            <numerusform>Тег для %Ln контактов:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to remove from %Ln contact(s):</source>
        <translation>
            <numerusform>Какой тег снять с %Ln контакта:</numerusform>
            <numerusform>Какой тег снять с %Ln контактов:</numerusform>
            <numerusform>Какой тег снять с %Ln контактов:</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign Owner</source>
        <translation>Назначить ответственного</translation>
    </message>
    <message numerus="yes">
        <source>Owner of %Ln contact(s):</source>
        <translation>
            <numerusform>Ответственный за %Ln контакт:</numerusform>
            <numerusform>Ответственный за %Ln контакта:</numerusform>
            <numerusform>Ответственный за %Ln контактов:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Никто</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>Изменить статус</translation>
    </message>
    <message numerus="yes">
        <source>Status of %Ln contact(s):</source>
        <translation>
            <numerusform>Статус %Ln контакта:</numerusform>
            <numerusform>Статус %Ln контактов:</numerusform>
            <numerusform>Статус %Ln контактов:</numerusform>
        </translation>
    </message>
    <message>
        <source>Kontor exports .csv, .xlsx, .vcf and .json files, not “%1”.</source>
        <translation>Kontor экспортирует файлы .csv, .xlsx, .vcf и .json, а не «%1».</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Экспорт не удался: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) exported to %1.</source>
        <translation>
            <numerusform>Экспортирован %Ln контакт в %1.</numerusform>
            <numerusform>Экспортировано %Ln контакта в %1.</numerusform>
            <numerusform>Экспортировано %Ln контактов в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ContactBulkEditor</name>
    <message>
        <source>Type the name of the tag to add</source>
        <translation>Введите название тега, который нужно добавить</translation>
    </message>
    <message>
        <source>Cannot tag the selected contacts</source>
        <translation>Не удалось добавить тег выбранным контактам</translation>
    </message>
    <message>
        <source>Type the name of the tag to remove</source>
        <translation>Введите название тега, который нужно снять</translation>
    </message>
    <message>
        <source>There is no tag &quot;%1&quot;</source>
        <translation>Тега «%1» нет</translation>
    </message>
    <message>
        <source>Cannot untag the selected contacts</source>
        <translation>Не удалось снять тег с выбранных контактов</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (lead, prospect or customer)</source>
        <translation>«%1» — не статус (lead, prospect или customer)</translation>
    </message>
    <message>
        <source>Cannot change the selected contacts</source>
        <translation>Не удалось изменить выбранные контакты</translation>
    </message>
    <message>
        <source>Cannot undo the change</source>
        <translation>Не удалось отменить изменение</translation>
    </message>
    <message>
        <source>Cannot read the tags</source>
        <translation>Не удалось прочитать теги</translation>
    </message>
</context>
<context>
    <name>kontor::ContactCard</name>
    <message>
        <source>Write email</source>
        <translation>Написать письмо</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Позвонить</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>В корзину</translation>
    </message>
    <message>
        <source>Start typing a company name</source>
        <translation>Начните вводить название компании</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open the company&apos;s card</source>
        <translation>Открыть карточку компании</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Рабочий</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Личный</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Домашний</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другой</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+ Add email</source>
        <translation>+ Добавить адрес</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Написать</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобильный</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <source>+1 555 0100</source>
        <translation>+7 900 000-00-00</translation>
    </message>
    <message>
        <source>+ Add phone</source>
        <translation>+ Добавить телефон</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не задано</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Компания:</translation>
    </message>
    <message>
        <source>&amp;Role there:</source>
        <translation>&amp;Роль в компании:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;День рождения:</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>Как связаться</translation>
    </message>
    <message>
        <source>Emails:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Телефоны:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Улица:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Город:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Температура:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Drop the unsaved edits</source>
        <translation>Отбросить несохранённые правки</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Без роли</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Никто</translation>
    </message>
    <message>
        <source>This contact cannot be shown: %1</source>
        <translation>Не удалось показать контакт: %1</translation>
    </message>
    <message>
        <source>This contact is in the trash. Restore it from the Trash to edit it.</source>
        <translation>Контакт в корзине. Восстановите его из корзины, чтобы изменить.</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Роль %1</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Пользователь %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>%1 — Contact</source>
        <translation>%1 — Контакт</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Last contacted %1</source>
        <translation>Последний контакт: %1</translation>
    </message>
    <message>
        <source>Not contacted yet</source>
        <translation>Ещё не связывались</translation>
    </message>
    <message>
        <source>There is no company called “%1”. Pick one from the list, or add it under Companies first.</source>
        <translation>Компании «%1» нет. Выберите её из списка или сначала добавьте в разделе «Компании».</translation>
    </message>
    <message>
        <source>Nothing was saved: please fix the fields marked in red.</source>
        <translation>Ничего не сохранено: исправьте поля, выделенные красным.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Ничего не сохранено: %1</translation>
    </message>
    <message>
        <source>“%1” moved to the trash. Undo with Ctrl+Z.</source>
        <translation>«%1» перемещён в корзину. Отменить — Ctrl+Z.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Сохранить изменения в «%1» перед закрытием?</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <source>Plan a call, meeting or to-do with this person (Ctrl+T)</source>
        <translation>Запланировать звонок, встречу или дело с этим человеком (Ctrl+T)</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменить %1</translation>
    </message>
    <message>
        <source>Custom fields were not saved: %1</source>
        <translation>Дополнительные поля не сохранены: %1</translation>
    </message>
    <message>
        <source>@handle or profile address</source>
        <translation>@имя или адрес профиля</translation>
    </message>
    <message>
        <source>+ Add messenger or profile</source>
        <translation>+ Добавить мессенджер или профиль</translation>
    </message>
    <message>
        <source>Messengers, profiles:</source>
        <translation>Мессенджеры, профили:</translation>
    </message>
    <message>
        <source>Change Photo…</source>
        <translation>Сменить фото…</translation>
    </message>
    <message>
        <source>A JPEG, PNG or GIF image of up to 4 MB</source>
        <translation>Изображение JPEG, PNG или GIF до 4 МБ</translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation>Удалить фото</translation>
    </message>
    <message>
        <source>Choose a Photo</source>
        <translation>Выберите фото</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.gif)</translation>
    </message>
    <message>
        <source>Add Photo…</source>
        <translation>Добавить фото…</translation>
    </message>
    <message>
        <source>The photo was not changed: “%1” cannot be read (%2).</source>
        <translation>Фото не изменено: «%1» не читается (%2).</translation>
    </message>
    <message>
        <source>The photo was not changed: “%1” — %2</source>
        <translation>Фото не изменено: «%1» — %2</translation>
    </message>
    <message>
        <source>The photo was not changed: %1</source>
        <translation>Фото не изменено: %1</translation>
    </message>
    <message>
        <source>The photo was not removed: %1</source>
        <translation>Фото не удалено: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ContactFilter</name>
    <message>
        <source>A filter is written key=value, not &quot;%1&quot;</source>
        <translation>Фильтр пишется как ключ=значение, а не «%1»</translation>
    </message>
</context>
<context>
    <name>kontor::ContactFilterBar</name>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>any tag</source>
        <translation>любой тег</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any temperature</source>
        <translation>Любая температура</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Любой источник</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>название компании</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Only people not contacted for longer than this (or never)</source>
        <translation>Только те, с кем не связывались дольше этого срока (или никогда)</translation>
    </message>
    <message>
        <source>Only people contacted within this many days</source>
        <translation>Только те, с кем связывались за столько дней</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>Has an open deal</source>
        <translation>Есть открытая сделка</translation>
    </message>
    <message>
        <source>No open deal</source>
        <translation>Нет открытой сделки</translation>
    </message>
    <message>
        <source>product SKU or name</source>
        <translation>артикул или название товара</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Save as Segment…</source>
        <translation>Сохранить как сегмент…</translation>
    </message>
    <message>
        <source>Keep this filter as a named segment, for you or the whole team</source>
        <translation>Сохранить фильтр как именованный сегмент — для себя или для всей команды</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>&amp;Тег:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>Tem&amp;perature:</source>
        <translation>Т&amp;емпература:</translation>
    </message>
    <message>
        <source>Sour&amp;ce:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>&amp;Компания:</translation>
    </message>
    <message>
        <source>Created from:</source>
        <translation>Создан с:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>по:</translation>
    </message>
    <message>
        <source>Not contacted for:</source>
        <translation>Не связывались:</translation>
    </message>
    <message>
        <source>Contacted within:</source>
        <translation>Связывались за:</translation>
    </message>
    <message>
        <source>Open deal:</source>
        <translation>Открытая сделка:</translation>
    </message>
    <message>
        <source>Bought:</source>
        <translation>Покупал:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Пользователь %1</translation>
    </message>
    <message>
        <source>Company %1</source>
        <translation>Компания %1</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>«%1» — не дата; введите её как ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Создан с</translation>
    </message>
    <message>
        <source>Created to</source>
        <translation>Создан по</translation>
    </message>
    <message>
        <source>The “from” date is after the “to” date.</source>
        <translation>Дата «с» позже даты «по».</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>No company is named “%1”.</source>
        <translation>Нет компании с названием «%1».</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Custom fields:</source>
        <translation>Доп. поля:</translation>
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
        <translation>Контакт нельзя объединить с самим собой</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be chosen from contact %2 in this merge</source>
        <translation>«%1» нельзя взять из контакта %2 при этом объединении</translation>
    </message>
    <message>
        <source>Cannot merge the contacts</source>
        <translation>Не удалось объединить контакты</translation>
    </message>
    <message>
        <source>Contact %1 does not exist or is in the trash</source>
        <translation>Контакта %1 нет или он в корзине</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>контакт %1</translation>
    </message>
    <message>
        <source>contact %1 from contact %2</source>
        <translation>контакт %1 из контакта %2</translation>
    </message>
    <message>
        <source>Cannot undo the merge</source>
        <translation>Не удалось отменить объединение</translation>
    </message>
    <message>
        <source>There is no merge of these contacts to undo</source>
        <translation>Нет объединения этих контактов, которое можно отменить</translation>
    </message>
</context>
<context>
    <name>kontor::ContactPhotoRepository</name>
    <message>
        <source>Cannot read the contact&apos;s photo</source>
        <translation>Не удалось прочитать фото контакта</translation>
    </message>
    <message>
        <source>The photo is not a JPEG, PNG or GIF image.</source>
        <translation>Фото не является изображением JPEG, PNG или GIF.</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>контакт %1</translation>
    </message>
    <message>
        <source>The photo is larger than %1 MB.</source>
        <translation>Фото больше %1 МБ.</translation>
    </message>
    <message>
        <source>Cannot save the contact&apos;s photo</source>
        <translation>Не удалось сохранить фото контакта</translation>
    </message>
    <message>
        <source>Cannot remove the contact&apos;s photo</source>
        <translation>Не удалось удалить фото контакта</translation>
    </message>
</context>
<context>
    <name>kontor::ContactRepository</name>
    <message>
        <source>A contact needs a name or an email address</source>
        <translation>У контакта должно быть имя или адрес эл. почты</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>«%1» — не адрес эл. почты</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;</source>
        <translation>Неизвестный статус «%1»</translation>
    </message>
    <message>
        <source>Unknown temperature &quot;%1&quot;</source>
        <translation>Неизвестная температура «%1»</translation>
    </message>
    <message>
        <source>Cannot save the new contact</source>
        <translation>Не удалось сохранить новый контакт</translation>
    </message>
    <message>
        <source>Cannot save the emails and phones of %1</source>
        <translation>Не удалось сохранить адреса и телефоны: %1</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Не удалось прочитать %1</translation>
    </message>
    <message>
        <source>This contact does not exist</source>
        <translation>Такого контакта нет</translation>
    </message>
    <message>
        <source>This contact is in the trash</source>
        <translation>Этот контакт в корзине</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>Не удалось сохранить %1</translation>
    </message>
    <message>
        <source>Cannot read the contact list</source>
        <translation>Не удалось прочитать список контактов</translation>
    </message>
    <message>
        <source>Cannot count contacts</source>
        <translation>Не удалось подсчитать контакты</translation>
    </message>
    <message>
        <source>Cannot read the contacts</source>
        <translation>Не удалось прочитать контакты</translation>
    </message>
</context>
<context>
    <name>kontor::CsvWriter</name>
    <message>
        <source>Cannot write the CSV file.</source>
        <translation>Не удалось записать файл CSV.</translation>
    </message>
</context>
<context>
    <name>kontor::CustomCondition</name>
    <message>
        <source>includes</source>
        <translation>включает</translation>
    </message>
    <message>
        <source>is on</source>
        <translation>равна</translation>
    </message>
    <message>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <source>is</source>
        <translation>равно</translation>
    </message>
    <message>
        <source>does not include</source>
        <translation>не включает</translation>
    </message>
    <message>
        <source>is not on</source>
        <translation>не равна</translation>
    </message>
    <message>
        <source>≠</source>
        <translation>≠</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>не равно</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>содержит</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>раньше</translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <source>is on or before</source>
        <translation>не позже</translation>
    </message>
    <message>
        <source>≤</source>
        <translation>≤</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>позже</translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <source>is on or after</source>
        <translation>не раньше</translation>
    </message>
    <message>
        <source>≥</source>
        <translation>≥</translation>
    </message>
    <message>
        <source>has a value</source>
        <translation>заполнено</translation>
    </message>
    <message>
        <source>has no value</source>
        <translation>не заполнено</translation>
    </message>
    <message>
        <source>A custom-field condition is written custom:Field=value (or !=, &lt;, &lt;=, &gt;, &gt;=, ~ for contains), not &quot;%1&quot;</source>
        <translation>Условие по доп. полю записывается как custom:Поле=значение (или !=, &lt;, &lt;=, &gt;, &gt;=, ~ для «содержит»), а не «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a comparison: use =, !=, &lt;, &lt;=, &gt;, &gt;= or ~</source>
        <translation>«%1» — не сравнение: используйте =, !=, &lt;, &lt;=, &gt;, &gt;= или ~</translation>
    </message>
    <message>
        <source>The condition on &quot;%1&quot; needs a value (or * for any value)</source>
        <translation>Для условия по «%1» нужно значение (или * — любое значение)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can only be compared with a number or a date (YYYY-MM-DD)</source>
        <translation>«%1»: сравнивать можно только с числом или датой (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; (%2) cannot be filtered with &quot;%3&quot;</source>
        <translation>Поле «%1» (%2) нельзя фильтровать условием «%3»</translation>
    </message>
    <message>
        <source>The condition on &quot;%1&quot; needs a value</source>
        <translation>Для условия по «%1» нужно значение</translation>
    </message>
</context>
<context>
    <name>kontor::CustomConditionRow</name>
    <message>
        <source>Remove this condition</source>
        <translation>Убрать это условие</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (удалено)</translation>
    </message>
    <message>
        <source>Choose or type the value to compare with.</source>
        <translation>Выберите или введите значение для сравнения.</translation>
    </message>
</context>
<context>
    <name>kontor::CustomConditionsEditor</name>
    <message>
        <source>+ Add Condition</source>
        <translation>+ Добавить условие</translation>
    </message>
    <message>
        <source>Narrow the list by a custom field: all conditions must hold</source>
        <translation>Сузить список по доп. полю: должны выполняться все условия</translation>
    </message>
    <message>
        <source>There are no custom fields for contacts yet (Settings → Custom Fields…)</source>
        <translation>У контактов пока нет доп. полей (Настройки → Дополнительные поля…)</translation>
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
        <translation>Да / нет</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Один вариант</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Несколько вариантов</translation>
    </message>
    <message>
        <source>Unknown field type &quot;%1&quot; (use text, number, date, bool, choice or multichoice)</source>
        <translation>Неизвестный тип поля «%1» (используйте text, number, date, bool, choice или multichoice)</translation>
    </message>
    <message>
        <source>Custom fields belong to contacts, companies or deals, not &quot;%1&quot;</source>
        <translation>Доп. поля бывают у контактов, компаний или сделок, но не у «%1»</translation>
    </message>
    <message>
        <source>A custom field needs a name</source>
        <translation>У доп. поля должно быть название</translation>
    </message>
    <message>
        <source>A choice field needs at least one option</source>
        <translation>У поля с выбором должен быть хотя бы один вариант</translation>
    </message>
    <message>
        <source>An option cannot be empty</source>
        <translation>Вариант не может быть пустым</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; is listed twice</source>
        <translation>Вариант «%1» указан дважды</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices of %2 (%3)</source>
        <translation>«%1» — не один из вариантов поля %2 (%3)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>kontor::CustomFieldRepository</name>
    <message>
        <source>Cannot read the custom fields</source>
        <translation>Не удалось прочитать доп. поля</translation>
    </message>
    <message>
        <source>Cannot read the custom field</source>
        <translation>Не удалось прочитать доп. поле</translation>
    </message>
    <message>
        <source>This custom field does not exist</source>
        <translation>Такого доп. поля нет</translation>
    </message>
    <message>
        <source>custom field %1</source>
        <translation>доп. поле %1</translation>
    </message>
    <message>
        <source>There is no custom field &quot;%1&quot;</source>
        <translation>Доп. поля «%1» нет</translation>
    </message>
    <message>
        <source>Cannot add the %1</source>
        <translation>Не удалось добавить: %1</translation>
    </message>
    <message>
        <source>There is already a field named &quot;%1&quot;</source>
        <translation>Поле «%1» уже есть</translation>
    </message>
    <message>
        <source>Cannot save the %1</source>
        <translation>Не удалось сохранить: %1</translation>
    </message>
    <message>
        <source>The type of &quot;%1&quot; cannot change while records have a value in it</source>
        <translation>Тип поля «%1» нельзя изменить, пока в нём есть значения</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; is still used by some records</source>
        <translation>Вариант «%1» ещё используется в записях</translation>
    </message>
    <message>
        <source>Cannot delete the custom field</source>
        <translation>Не удалось удалить доп. поле</translation>
    </message>
    <message>
        <source>Cannot restore the custom field</source>
        <translation>Не удалось восстановить доп. поле</translation>
    </message>
    <message>
        <source>Cannot read the custom field values</source>
        <translation>Не удалось прочитать значения доп. полей</translation>
    </message>
    <message>
        <source>Cannot save the custom fields</source>
        <translation>Не удалось сохранить доп. поля</translation>
    </message>
    <message>
        <source>This record does not exist</source>
        <translation>Такой записи нет</translation>
    </message>
</context>
<context>
    <name>kontor::CustomFieldsDialog</name>
    <message>
        <source>Custom Fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>New Field</source>
        <translation>Новое поле</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>e.g. Region, Budget, Contract end</source>
        <translation>например, Регион, Бюджет, Окончание договора</translation>
    </message>
    <message>
        <source>Choices (one per line):</source>
        <translation>Варианты (по одному в строке):</translation>
    </message>
    <message>
        <source>Save Field</source>
        <translation>Сохранить поле</translation>
    </message>
    <message>
        <source>Delete Field</source>
        <translation>Удалить поле</translation>
    </message>
    <message>
        <source>Hide this field and its values everywhere</source>
        <translation>Скрыть поле и его значения везде</translation>
    </message>
    <message>
        <source>Undo Delete</source>
        <translation>Отменить удаление</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
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
        <translation>Добавить поле</translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation>«%1» сохранено.</translation>
    </message>
    <message>
        <source>“%1” added.</source>
        <translation>«%1» добавлено.</translation>
    </message>
    <message>
        <source>“%1” deleted with its values.</source>
        <translation>«%1» удалено вместе со значениями.</translation>
    </message>
    <message>
        <source>The field is back with its values.</source>
        <translation>Поле возвращено вместе со значениями.</translation>
    </message>
</context>
<context>
    <name>kontor::CustomFieldsForm</name>
    <message>
        <source>Custom fields cannot be shown: %1</source>
        <translation>Не удалось показать доп. поля: %1</translation>
    </message>
    <message>
        <source>Some custom fields have values that do not fit them.</source>
        <translation>В некоторых доп. полях значения не подходят к их типу.</translation>
    </message>
    <message>
        <source>Custom fields were not saved: %1</source>
        <translation>Дополнительные поля не сохранены: %1</translation>
    </message>
</context>
<context>
    <name>kontor::CustomListColumns</name>
    <message>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
</context>
<context>
    <name>kontor::CustomValueEditor</name>
    <message>
        <source>A number, e.g. 1250 or 12.5</source>
        <translation>Число, например 1250 или 12.5</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не задано</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>kontor::CustomValuesCommand</name>
    <message>
        <source>Edit custom fields</source>
        <translation>Изменить доп. поля</translation>
    </message>
</context>
<context>
    <name>kontor::DashboardModule</name>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <source>Won this month</source>
        <translation>Выиграно в этом месяце</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Просроченные задачи</translation>
    </message>
    <message>
        <source>New leads this week</source>
        <translation>Новые лиды за неделю</translation>
    </message>
    <message>
        <source>Stale deals</source>
        <translation>Зависшие сделки</translation>
    </message>
    <message>
        <source>Click to list the records behind this figure.</source>
        <translation>Нажмите, чтобы увидеть записи за этой цифрой.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Won per month&lt;/b&gt; (last 6 months, click a bar for the deals)</source>
        <translation>&lt;b&gt;Выиграно по месяцам&lt;/b&gt; (последние 6 месяцев, нажмите на столбец, чтобы увидеть сделки)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Funnel&lt;/b&gt; of the deals created in the last 3 months</source>
        <translation>&lt;b&gt;Воронка&lt;/b&gt; сделок, созданных за последние 3 месяца</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n открытая сделка</numerusform>
            <numerusform>%n открытые сделки</numerusform>
            <numerusform>%n открытых сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>of %1 plan (%2)</source>
        <translation>из плана %1 (%2)</translation>
    </message>
    <message>
        <source>no plan for this month</source>
        <translation>плана на этот месяц нет</translation>
    </message>
    <message>
        <source>idle past their stage&apos;s limit</source>
        <translation>простаивают дольше лимита этапа</translation>
    </message>
    <message>
        <source>Amounts in %1. Updated %2.</source>
        <translation>Суммы в %1. Обновлено %2.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Все ответственные</translation>
    </message>
    <message>
        <source>Figures of</source>
        <translation>Показатели:</translation>
    </message>
</context>
<context>
    <name>kontor::Database</name>
    <message>
        <source>Cannot create the folder for the database</source>
        <translation>Не удалось создать папку для базы данных</translation>
    </message>
    <message>
        <source>The database driver is not installed</source>
        <translation>Драйвер базы данных не установлен</translation>
    </message>
    <message>
        <source>Cannot open the database file</source>
        <translation>Не удалось открыть файл базы данных</translation>
    </message>
    <message>
        <source>Cannot connect to the database server</source>
        <translation>Не удалось подключиться к серверу базы данных</translation>
    </message>
    <message>
        <source>The database refused Kontor&apos;s settings</source>
        <translation>База данных отклонила настройки Kontor</translation>
    </message>
</context>
<context>
    <name>kontor::DealCard</name>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Role in the deal</source>
        <translation>Роль в сделке</translation>
    </message>
    <message>
        <source>Add a person: start typing a name</source>
        <translation>Добавить человека: начните вводить имя</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>The first person is the deal&apos;s main contact.</source>
        <translation>Первый человек — основной контакт сделки.</translation>
    </message>
    <message>
        <source>Add Product</source>
        <translation>Добавить товар</translation>
    </message>
    <message>
        <source>Add Line…</source>
        <translation>Добавить строку…</translation>
    </message>
    <message>
        <source>A line that is not in the catalogue: a service, a fee</source>
        <translation>Строка не из каталога: услуга, сбор</translation>
    </message>
    <message>
        <source>Add Line</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>What is it:</source>
        <translation>Что это:</translation>
    </message>
    <message>
        <source>Lower it to the minimum to use the stage&apos;s probability</source>
        <translation>Опустите до минимума, чтобы взять вероятность этапа</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не задано</translation>
    </message>
    <message>
        <source>Start typing a company name</source>
        <translation>Начните вводить название компании</translation>
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
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>&amp;Вероятность:</translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation>&amp;Ожидаемое закрытие:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Компания:</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Люди:</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Drop the unsaved edits</source>
        <translation>Отбросить несохранённые правки</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <source>Plan the next call, meeting or to-do for this deal (Ctrl+T)</source>
        <translation>Запланировать следующий звонок, встречу или дело по сделке (Ctrl+T)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Никто</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The catalogue is empty</source>
        <translation>Каталог пуст</translation>
    </message>
    <message>
        <source>This deal cannot be shown: %1</source>
        <translation>Не удалось показать сделку: %1</translation>
    </message>
    <message>
        <source>This deal is in the trash. Restore it from the Trash to edit it.</source>
        <translation>Сделка в корзине. Восстановите её из корзины, чтобы изменить.</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Пользователь %1</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>%1 — Deal</source>
        <translation>%1 — Сделка</translation>
    </message>
    <message>
        <source>%1 · %2 % likely · created %3</source>
        <translation>%1 · вероятность %2 % · создана %3</translation>
    </message>
    <message>
        <source>Stage default (%1 %)</source>
        <translation>Как у этапа (%1 %)</translation>
    </message>
    <message>
        <source>The total of the products below.</source>
        <translation>Сумма товаров ниже.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Итого: %1</translation>
    </message>
    <message>
        <source>No products: the amount is typed in above.</source>
        <translation>Товаров нет: сумма вводится выше.</translation>
    </message>
    <message>
        <source>Nothing was saved: “%1” is not an amount such as 12500.00.</source>
        <translation>Ничего не сохранено: «%1» — не сумма вида 12500.00.</translation>
    </message>
    <message>
        <source>Nothing was saved: there is no company called “%1”. Pick one from the list, or add it under Companies first.</source>
        <translation>Ничего не сохранено: компании «%1» нет. Выберите её из списка или сначала добавьте в разделе «Компании».</translation>
    </message>
    <message>
        <source>Nothing was saved: please fix the fields marked in red.</source>
        <translation>Ничего не сохранено: исправьте поля, выделенные красным.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Ничего не сохранено: %1</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Изменить «%1»</translation>
    </message>
    <message>
        <source>Custom fields were not saved: %1</source>
        <translation>Дополнительные поля не сохранены: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Сохранить изменения в «%1» перед закрытием?</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Moves the deal at once; Ctrl+Z moves it back</source>
        <translation>Сделка перемещается сразу; Ctrl+Z вернёт её обратно</translation>
    </message>
    <message>
        <source>%1 (won)</source>
        <translation>%1 (выиграна)</translation>
    </message>
    <message>
        <source>%1 (lost)</source>
        <translation>%1 (проиграна)</translation>
    </message>
</context>
<context>
    <name>kontor::DealHistoryDialog</name>
    <message>
        <source>Stage History of “%1”</source>
        <translation>История этапов «%1»</translation>
    </message>
</context>
<context>
    <name>kontor::DealRepository</name>
    <message>
        <source>A deal needs a title</source>
        <translation>У сделки должно быть название</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as EUR or USD</source>
        <translation>«%1» — не код валюты вида EUR или USD</translation>
    </message>
    <message>
        <source>A deal amount cannot be negative</source>
        <translation>Сумма сделки не может быть отрицательной</translation>
    </message>
    <message>
        <source>The win probability must be between 0 and 100 %</source>
        <translation>Вероятность выигрыша должна быть от 0 до 100 %</translation>
    </message>
    <message>
        <source>Cannot save the new deal</source>
        <translation>Не удалось сохранить новую сделку</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Не удалось прочитать %1</translation>
    </message>
    <message>
        <source>This deal does not exist</source>
        <translation>Такой сделки нет</translation>
    </message>
    <message>
        <source>This deal is in the trash</source>
        <translation>Эта сделка в корзине</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>Не удалось сохранить %1</translation>
    </message>
    <message>
        <source>The stage belongs to another pipeline</source>
        <translation>Этап относится к другой воронке</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>этап %1</translation>
    </message>
    <message>
        <source>Cannot move %1 to the stage &quot;%2&quot;</source>
        <translation>Не удалось переместить %1 на этап «%2»</translation>
    </message>
    <message>
        <source>Cannot read the deal list</source>
        <translation>Не удалось прочитать список сделок</translation>
    </message>
    <message>
        <source>Cannot count deals</source>
        <translation>Не удалось подсчитать сделки</translation>
    </message>
    <message>
        <source>Cannot read the stage history of %1</source>
        <translation>Не удалось прочитать историю этапов: %1</translation>
    </message>
    <message>
        <source>The currency of a deal with products cannot change; remove the products first</source>
        <translation>Валюту сделки с товарами изменить нельзя; сначала уберите товары</translation>
    </message>
    <message>
        <source>Say why the deal was lost: pick a lost reason</source>
        <translation>Укажите, почему сделка проиграна: выберите причину</translation>
    </message>
    <message>
        <source>The pipeline &quot;%1&quot; has no won stage</source>
        <translation>В воронке «%1» нет этапа «выиграна»</translation>
    </message>
    <message>
        <source>The pipeline &quot;%1&quot; has no lost stage</source>
        <translation>В воронке «%1» нет этапа «проиграна»</translation>
    </message>
    <message>
        <source>Cannot save the lost note of %1</source>
        <translation>Не удалось сохранить заметку о проигрыше: %1</translation>
    </message>
    <message>
        <source>Cannot sum the deals</source>
        <translation>Не удалось просуммировать сделки</translation>
    </message>
    <message>
        <source>Cannot read the people of %1</source>
        <translation>Не удалось прочитать людей: %1</translation>
    </message>
    <message>
        <source>Pick an existing contact</source>
        <translation>Выберите существующий контакт</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 указан дважды</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>контакт %1</translation>
    </message>
    <message>
        <source>Cannot save the people of %1</source>
        <translation>Не удалось сохранить людей: %1</translation>
    </message>
    <message>
        <source>Cannot read the deals</source>
        <translation>Не удалось прочитать сделки</translation>
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
        <translation>Компания</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
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
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выигранные</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проигранные</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Filter by deal, company or contact</source>
        <translation>Фильтр по сделке, компании или контакту</translation>
    </message>
    <message>
        <source>Export Selection…</source>
        <translation>Экспорт выбранного…</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Воронка:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Тег:</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>Все воронки</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>%1 (weighted %2)</source>
        <translation>%1 (взвешенно %2)</translation>
    </message>
    <message>
        <source>No deals match.</source>
        <translation>Нет подходящих сделок.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s): %1</source>
        <translation>
            <numerusform>%n сделка: %1</numerusform>
            <numerusform>%n сделки: %1</numerusform>
            <numerusform>%n сделок: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the deals to export first</source>
        <translation>Сначала выберите сделки для экспорта</translation>
    </message>
    <message>
        <source>Deals export to .csv, .xlsx or .json, not “.%1”</source>
        <translation>Сделки экспортируются в .csv, .xlsx или .json, а не в «.%1»</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Не удалось записать файл: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deal(s) to %1.</source>
        <translation>
            <numerusform>Экспортирована %n сделка в %1.</numerusform>
            <numerusform>Экспортировано %n сделки в %1.</numerusform>
            <numerusform>Экспортировано %n сделок в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open, no next step</source>
        <translation>Открытые, без следующего шага</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Choose the columns this list shows, custom fields included</source>
        <translation>Выберите столбцы списка, включая дополнительные поля</translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation>Подсчёт…</translation>
    </message>
</context>
<context>
    <name>kontor::DealsModule</name>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Канбан</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>&amp;Pipelines and Stages…</source>
        <translation>&amp;Воронки и этапы…</translation>
    </message>
    <message>
        <source>P&amp;roduct Catalogue…</source>
        <translation>&amp;Каталог товаров…</translation>
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
        <translation>Добро пожаловать в Kontor</translation>
    </message>
    <message>
        <source>This database has no contacts yet.</source>
        <translation>В этой базе ещё нет контактов.</translation>
    </message>
    <message>
        <source>Would you like to try Kontor with demo data? It adds 2,000 contacts, 300 companies and 500 deals with two years of history. Use a new database for your real customers.</source>
        <translation>Хотите попробовать Kontor на демо-данных? Будут добавлены 2 000 контактов, 300 компаний и 500 сделок с историей за два года. Для реальных клиентов создайте новую базу.</translation>
    </message>
    <message>
        <source>Add Demo Data</source>
        <translation>Добавить демо-данные</translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation>Начать с пустой</translation>
    </message>
    <message>
        <source>Adding demo data…</source>
        <translation>Добавление демо-данных…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation>Демо-данные</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>The demo data could not be added. Your database is unchanged.

%1</source>
        <translation>Не удалось добавить демо-данные. База не изменилась.

%1</translation>
    </message>
</context>
<context>
    <name>kontor::DemoGenerator</name>
    <message>
        <source>The numbers of demo records cannot be negative</source>
        <translation>Число демо-записей не может быть отрицательным</translation>
    </message>
</context>
<context>
    <name>kontor::DrillDialog</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>The first %1 of %2, largest first.</source>
        <translation>Первые %1 из %2, сначала крупные.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n запись.</numerusform>
            <numerusform>%n записи.</numerusform>
            <numerusform>%n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter, to open its card.</source>
        <translation>Дважды щёлкните строку или нажмите Enter, чтобы открыть карточку.</translation>
    </message>
</context>
<context>
    <name>kontor::DuplicateFinder</name>
    <message>
        <source>Cannot look for duplicate contacts</source>
        <translation>Не удалось выполнить поиск дубликатов контактов</translation>
    </message>
</context>
<context>
    <name>kontor::DuplicatePairsModel</name>
    <message>
        <source>same email</source>
        <translation>тот же адрес</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>тот же телефон</translation>
    </message>
    <message>
        <source>similar name in the same company</source>
        <translation>похожее имя в той же компании</translation>
    </message>
    <message>
        <source>Contact #%1</source>
        <translation>Контакт №%1</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>Влить в него</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
</context>
<context>
    <name>kontor::DuplicateReview</name>
    <message>
        <source>Cannot read the pairs marked as not duplicates</source>
        <translation>Не удалось прочитать пары, отмеченные как не дубликаты</translation>
    </message>
    <message>
        <source>Cannot preview the merge</source>
        <translation>Не удалось показать предпросмотр объединения</translation>
    </message>
    <message>
        <source>contact %1 into contact %2</source>
        <translation>контакт %1 в контакт %2</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself</source>
        <translation>Контакт нельзя объединить с самим собой</translation>
    </message>
    <message>
        <source>Contact %1 does not exist or is in the trash</source>
        <translation>Контакта %1 нет или он в корзине</translation>
    </message>
    <message>
        <source>contacts %1 and %2</source>
        <translation>контакты %1 и %2</translation>
    </message>
    <message>
        <source>A contact is always the same as itself</source>
        <translation>Контакт всегда совпадает с самим собой</translation>
    </message>
    <message>
        <source>Cannot mark the contacts as not duplicates</source>
        <translation>Не удалось отметить контакты как не дубликаты</translation>
    </message>
    <message>
        <source>One of the contacts does not exist</source>
        <translation>Одного из контактов нет</translation>
    </message>
    <message>
        <source>Cannot take back &quot;not a duplicate&quot;</source>
        <translation>Не удалось снять отметку «не дубликат»</translation>
    </message>
    <message>
        <source>Contacts %1 and %2 are not marked as &quot;not a duplicate&quot;</source>
        <translation>Контакты %1 и %2 не отмечены как «не дубликат»</translation>
    </message>
</context>
<context>
    <name>kontor::DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation>Поиск дубликатов</translation>
    </message>
    <message>
        <source>Find Again</source>
        <translation>Искать снова</translation>
    </message>
    <message>
        <source>Scan the whole contact base again</source>
        <translation>Заново просмотреть всю базу контактов</translation>
    </message>
    <message>
        <source>Keep the Other Instead</source>
        <translation>Оставить другой</translation>
    </message>
    <message>
        <source>Keep the right-hand record and merge the left-hand one into it</source>
        <translation>Оставить правую запись и влить в неё левую</translation>
    </message>
    <message>
        <source>Not a Duplicate</source>
        <translation>Не дубликат</translation>
    </message>
    <message>
        <source>These are different people: do not propose this pair again</source>
        <translation>Это разные люди: больше не предлагать эту пару</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Merge with the values chosen above (Ctrl+Z undoes it)</source>
        <translation>Объединить с выбранными выше значениями (Ctrl+Z отменяет)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Looking for duplicates across all contacts…</source>
        <translation>Поиск дубликатов среди всех контактов…</translation>
    </message>
    <message>
        <source>The search for duplicates failed.</source>
        <translation>Поиск дубликатов не удался.</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Дубликаты не найдены.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of contacts look like the same person.</source>
        <translation>
            <numerusform>%n пара контактов похожа на одного человека.</numerusform>
            <numerusform>%n пары контактов похожи на одного человека.</numerusform>
            <numerusform>%n пар контактов похожи на одного человека.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged “%1” into “%2”. Undo with Ctrl+Z.</source>
        <translation>«%1» объединён с «%2». Отменить — Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>kontor::EditTaskCommand</name>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>Изменить «%1»</translation>
    </message>
</context>
<context>
    <name>kontor::ExportDialog</name>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Activities and notes</source>
        <translation>Дела и заметки</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакта</numerusform>
            <numerusform>%Ln контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>%Ln компания</numerusform>
            <numerusform>%Ln компании</numerusform>
            <numerusform>%Ln компаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln сделка</numerusform>
            <numerusform>%Ln сделки</numerusform>
            <numerusform>%Ln сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(s)</source>
        <translation>
            <numerusform>%Ln дело</numerusform>
            <numerusform>%Ln дела</numerusform>
            <numerusform>%Ln дел</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Saved segment:</source>
        <translation>Сохранённый сегмент:</translation>
    </message>
    <message>
        <source>Excel-friendly (byte-order mark, for Excel on Windows)</source>
        <translation>Для Excel (с меткой BOM, для Excel в Windows)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Что:</translation>
    </message>
    <message>
        <source>Which records:</source>
        <translation>Какие записи:</translation>
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
        <translation>CSV (текст с разделителями-запятыми)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Книга Excel (.xlsx)</translation>
    </message>
    <message>
        <source>vCard 3.0 (.vcf, older phones and Outlook)</source>
        <translation>vCard 3.0 (.vcf, старые телефоны и Outlook)</translation>
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
        <translation>Выбранные: %1</translation>
    </message>
    <message>
        <source>The selected records (select them in a list first)</source>
        <translation>Выбранные записи (сначала выберите их в списке)</translation>
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
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Выберите файл для записи.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Экспорт не удался: %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Экспортировано: %1 в %2.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Stop the export; no file is written</source>
        <translation>Остановить экспорт; файл не будет записан</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Of the contacts in the segment:</source>
        <translation>Контактов сегмента:</translation>
    </message>
</context>
<context>
    <name>kontor::ExportSource</name>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
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
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Название компании</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Юр. название</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Эл. почта контакта</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Cannot read the custom fields</source>
        <translation>Не удалось прочитать доп. поля</translation>
    </message>
    <message>
        <source>Cannot list the records to export</source>
        <translation>Не удалось получить список записей для экспорта</translation>
    </message>
    <message>
        <source>A selected record no longer exists or is in the trash.</source>
        <translation>Выбранной записи больше нет или она в корзине.</translation>
    </message>
    <message>
        <source>Cannot read the contacts to export</source>
        <translation>Не удалось прочитать контакты для экспорта</translation>
    </message>
    <message>
        <source>Cannot read the companies to export</source>
        <translation>Не удалось прочитать компании для экспорта</translation>
    </message>
    <message>
        <source>Cannot read the deals to export</source>
        <translation>Не удалось прочитать сделки для экспорта</translation>
    </message>
    <message>
        <source>Cannot read the custom fields to export</source>
        <translation>Не удалось прочитать доп. поля для экспорта</translation>
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
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Имя контакта</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Кто записал</translation>
    </message>
    <message>
        <source>Cannot read the activities to export</source>
        <translation>Не удалось прочитать дела для экспорта</translation>
    </message>
    <message>
        <source>Cannot read the photos to export</source>
        <translation>Не удалось прочитать фото для экспорта</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Внешний ID</translation>
    </message>
    <message>
        <source>A segment narrows contacts and their activities, not %1.</source>
        <translation>Сегмент отбирает контакты и их активности, а не %1.</translation>
    </message>
</context>
<context>
    <name>kontor::FoldKeys</name>
    <message>
        <source>Cannot prepare the %1 for look-ups by name</source>
        <translation>Не удалось подготовить %1 к поиску по названию</translation>
    </message>
</context>
<context>
    <name>kontor::ImportModule</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Импортировать файл…</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
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
        <translation>Создано</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>компании</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>контакты</translation>
    </message>
    <message>
        <source>undone %1</source>
        <translation>отменён %1</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортирован</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Импортов пока не было.</translation>
    </message>
    <message>
        <source>Import %1 is done. Select it and press Undo import to reverse it.</source>
        <translation>Импорт %1 выполнен. Выберите его и нажмите «Отменить импорт», чтобы откатить.</translation>
    </message>
    <message>
        <source>Undo import %1? What it created is deleted and what it changed is put back.</source>
        <translation>Отменить импорт %1? Созданное им будет удалено, а изменённое — возвращено.</translation>
    </message>
    <message>
        <source>Undoing import %1…</source>
        <translation>Отмена импорта %1…</translation>
    </message>
    <message>
        <source>Import %1 was undone.</source>
        <translation>Импорт %1 отменён.</translation>
    </message>
    <message>
        <source>Bring contacts, companies, deals and activities in from CSV, Excel or vCard files — or drop a file on this window. Every import can be undone: it deletes what the import created and puts back what it changed.</source>
        <translation>Загрузите контакты, компании, сделки и дела из файлов CSV, Excel или vCard — или перетащите файл в это окно. Любой импорт можно отменить: созданное им удаляется, а изменённое возвращается.</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>сделки</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>дела</translation>
    </message>
</context>
<context>
    <name>kontor::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
</context>
<context>
    <name>kontor::LineItemsModel</name>
    <message>
        <source>“%1” is priced in %2 but the deal is in %3: type its price in %3.</source>
        <translation>Цена «%1» указана в %2, а сделка в %3: введите цену в %3.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Line %1: a product needs a name.</source>
        <translation>Строка %1: у товара должно быть название.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a quantity (a number, 0 or more).</source>
        <translation>Строка %1: «%2» — не количество (число от 0).</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a price such as 1250.00.</source>
        <translation>Строка %1: «%2» — не цена вида 1250.00.</translation>
    </message>
    <message>
        <source>Line %1: a discount is a percentage from 0 to 100, not “%2”.</source>
        <translation>Строка %1: скидка — это процент от 0 до 100, а не «%2».</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>kontor::ListModule</name>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Read the list again from the database</source>
        <translation>Заново прочитать список из базы данных</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>Не удалось прочитать список: %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Choose the columns this list shows</source>
        <translation>Выбрать столбцы списка</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
</context>
<context>
    <name>kontor::LogActivityDialog</name>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>Outgoing (I reached out)</source>
        <translation>Исходящий (связался я)</translation>
    </message>
    <message>
        <source>Incoming (they reached out)</source>
        <translation>Входящий (связались со мной)</translation>
    </message>
    <message>
        <source>What was said or agreed, next steps…</source>
        <translation>Что обсудили или о чём договорились, следующие шаги…</translation>
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
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Длительность:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Направление:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Log a Call</source>
        <translation>Записать звонок</translation>
    </message>
    <message>
        <source>Log an Email</source>
        <translation>Записать письмо</translation>
    </message>
    <message>
        <source>Log a Meeting</source>
        <translation>Записать встречу</translation>
    </message>
    <message>
        <source>Add a Note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>kontor::Lookups</name>
    <message>
        <source>Cannot read the list of roles</source>
        <translation>Не удалось прочитать список ролей</translation>
    </message>
    <message>
        <source>Cannot read the list of users</source>
        <translation>Не удалось прочитать список пользователей</translation>
    </message>
    <message>
        <source>Cannot read the deals</source>
        <translation>Не удалось прочитать сделки</translation>
    </message>
</context>
<context>
    <name>kontor::LostReasonDialog</name>
    <message>
        <source>Deal Lost</source>
        <translation>Сделка проиграна</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Выберите причину…</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Что произошло (необязательно)</translation>
    </message>
    <message>
        <source>Mark Lost</source>
        <translation>Отметить проигранной</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>Почему сделка «%1» проиграна?</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
</context>
<context>
    <name>kontor::MainWindow</name>
    <message>
        <source>About Kontor</source>
        <translation>О программе Kontor</translation>
    </message>
    <message>
        <source>Kontor %1
A CRM for salespeople, on your laptop or your team&apos;s server.</source>
        <translation>Kontor %1
CRM для менеджеров по продажам — на вашем ноутбуке или на сервере команды.</translation>
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
        <translation>&amp;Новая локальная база…</translation>
    </message>
    <message>
        <source>&amp;Open Local Database…</source>
        <translation>&amp;Открыть локальную базу…</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>&amp;Подключиться к серверу…</translation>
    </message>
    <message>
        <source>&amp;Recent Databases</source>
        <translation>Н&amp;едавние базы</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Kontor</source>
        <translation>&amp;О программе Kontor</translation>
    </message>
    <message>
        <source>Module Toolbar</source>
        <translation>Панель модуля</translation>
    </message>
    <message>
        <source>No database is open.
Use File → Open Local Database, or Connect to Server.</source>
        <translation>База данных не открыта.
Выберите Файл → Открыть локальную базу или Подключиться к серверу.</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <source>Database: %1 (%2)</source>
        <translation>База: %1 (%2)</translation>
    </message>
    <message>
        <source>SQLite, on this computer</source>
        <translation>SQLite, на этом компьютере</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>сервер PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Could Not Undo or Redo</source>
        <translation>Не удалось отменить или повторить</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Custom Fields…</source>
        <translation>&amp;Дополнительные поля…</translation>
    </message>
    <message>
        <source>&amp;Quick Search…</source>
        <translation>&amp;Быстрый поиск…</translation>
    </message>
    <message>
        <source>New &amp;Task…</source>
        <translation>Новая &amp;задача…</translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>Напоминание: %1</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
</context>
<context>
    <name>kontor::MergePreviewPanel</name>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
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
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>Choose a pair on the left to see what a merge would keep.</source>
        <translation>Выберите пару слева, чтобы увидеть, что останется после объединения.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep:&lt;/b&gt; %1 &lt;small&gt;(#%2)&lt;/small&gt;</source>
        <translation>&lt;b&gt;Оставить:&lt;/b&gt; %1 &lt;small&gt;(№%2)&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merge into it:&lt;/b&gt; %1 &lt;small&gt;(#%2)&lt;/small&gt;</source>
        <translation>&lt;b&gt;Влить в него:&lt;/b&gt; %1 &lt;small&gt;(№%2)&lt;/small&gt;</translation>
    </message>
    <message>
        <source>(the same)</source>
        <translation>(совпадает)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 (%2 + %3)</source>
        <translation>%1 (%2 + %3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;After the merge the kept contact has:&lt;/b&gt;</source>
        <translation>&lt;b&gt;После объединения у контакта будет:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Emails (%1): %2</source>
        <translation>Эл. почта (%1): %2</translation>
    </message>
    <message>
        <source>Phones (%1): %2</source>
        <translation>Телефоны (%1): %2</translation>
    </message>
    <message>
        <source>Messengers (%1): %2</source>
        <translation>Мессенджеры (%1): %2</translation>
    </message>
    <message>
        <source>Tags (%1): %2</source>
        <translation>Теги (%1): %2</translation>
    </message>
    <message>
        <source>Activities: %1 · Deals: %2 · Tasks: %3</source>
        <translation>Дела: %1 · Сделки: %2 · Задачи: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) taken from the other record; it goes to the trash.</source>
        <translation>
            <numerusform>%n поле взято из другой записи; она уходит в корзину.</numerusform>
            <numerusform>%n поля взяты из другой записи; она уходит в корзину.</numerusform>
            <numerusform>%n полей взяты из другой записи; она уходит в корзину.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Custom fields&lt;/b&gt;</source>
        <translation>&lt;b&gt;Дополнительные поля&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>kontor::Migrator</name>
    <message>
        <source>Cannot create the schema version table</source>
        <translation>Не удалось создать таблицу версии схемы</translation>
    </message>
    <message>
        <source>Cannot read the schema version</source>
        <translation>Не удалось прочитать версию схемы</translation>
    </message>
    <message>
        <source>This database was created by a newer Kontor. Please update Kontor to open it.</source>
        <translation>Эта база создана более новой версией Kontor. Обновите Kontor, чтобы открыть её.</translation>
    </message>
    <message>
        <source>Cannot lock the schema for upgrade</source>
        <translation>Не удалось заблокировать схему для обновления</translation>
    </message>
    <message>
        <source>Upgrading the database failed at step %1 (%2)</source>
        <translation>Обновление базы не удалось на шаге %1 (%2)</translation>
    </message>
</context>
<context>
    <name>kontor::MultiValueEditor</name>
    <message>
        <source>Remove this line</source>
        <translation>Убрать эту строку</translation>
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
        <translation>Телефонные номера</translation>
    </message>
    <message>
        <source>Numbers typed without a country code (+…) are read as numbers of this region. Search and duplicate detection compare every number in its international form, so “040 123 4567” finds “+358 40 123 4567” when the region is Finland.</source>
        <translation>Номера, введённые без кода страны (+…), читаются как номера этого региона. Поиск и поиск дубликатов сравнивают номера в международном виде, поэтому «040 123 4567» найдёт «+358 40 123 4567», если регион — Финляндия.</translation>
    </message>
    <message>
        <source>The system&apos;s region</source>
        <translation>Регион системы</translation>
    </message>
    <message>
        <source>The system&apos;s region (%1)</source>
        <translation>Регион системы (%1)</translation>
    </message>
    <message>
        <source>Also read the phones already stored with this region</source>
        <translation>Заново прочитать уже сохранённые номера с этим регионом</translation>
    </message>
    <message>
        <source>Numbers saved before were read with the old region. What was typed stays as it is; only the form search and duplicates compare is computed again.</source>
        <translation>Сохранённые ранее номера прочитаны со старым регионом. Введённое остаётся как есть; заново вычисляется только вид, по которому сравнивают поиск и дубликаты.</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>&amp;Регион по умолчанию:</translation>
    </message>
    <message>
        <source>Saved. Numbers typed from now on are read with this region.</source>
        <translation>Сохранено. Новые номера будут читаться с этим регионом.</translation>
    </message>
    <message>
        <source>Saved. Reading the stored phones again…</source>
        <translation>Сохранено. Сохранённые номера читаются заново…</translation>
    </message>
    <message numerus="yes">
        <source>Region %1: %Ln phone(s) read again, </source>
        <translation>
            <numerusform>Регион %1: заново прочитан %Ln номер, </numerusform>
            <numerusform>Регион %1: заново прочитано %Ln номера, </numerusform>
            <numerusform>Регион %1: заново прочитано %Ln номеров, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation>
            <numerusform>изменён %Ln</numerusform>
            <numerusform>изменено %Ln</numerusform>
            <numerusform>изменено %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln contact(s)).</source>
        <translation>
            <numerusform> (%Ln контакт).</numerusform>
            <numerusform> (%Ln контакта).</numerusform>
            <numerusform> (%Ln контактов).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be read as a number of any country and stay as typed.</source>
        <translation>
            <numerusform>%Ln номер не читается как номер какой-либо страны и остаётся как введён.</numerusform>
            <numerusform>%Ln номера не читаются как номера какой-либо страны и остаются как введены.</numerusform>
            <numerusform>%Ln номеров не читаются как номера какой-либо страны и остаются как введены.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::PipelineRepository</name>
    <message>
        <source>new stage</source>
        <translation>новый этап</translation>
    </message>
    <message>
        <source>stage &quot;%1&quot;</source>
        <translation>этап «%1»</translation>
    </message>
    <message>
        <source>A stage needs a name</source>
        <translation>У этапа должно быть название</translation>
    </message>
    <message>
        <source>The win probability must be between 0 and 100 %</source>
        <translation>Вероятность выигрыша должна быть от 0 до 100 %</translation>
    </message>
    <message>
        <source>Days before a deal rots cannot be negative</source>
        <translation>Число дней до зависания сделки не может быть отрицательным</translation>
    </message>
    <message>
        <source>Cannot read the pipelines</source>
        <translation>Не удалось прочитать воронки</translation>
    </message>
    <message>
        <source>This pipeline does not exist</source>
        <translation>Такой воронки нет</translation>
    </message>
    <message>
        <source>pipeline %1</source>
        <translation>воронка %1</translation>
    </message>
    <message>
        <source>There is no pipeline called &quot;%1&quot;</source>
        <translation>Воронки «%1» нет</translation>
    </message>
    <message>
        <source>A pipeline needs a name</source>
        <translation>У воронки должно быть название</translation>
    </message>
    <message>
        <source>new pipeline</source>
        <translation>новая воронка</translation>
    </message>
    <message>
        <source>Cannot create the pipeline &quot;%1&quot;</source>
        <translation>Не удалось создать воронку «%1»</translation>
    </message>
    <message>
        <source>Cannot rename pipeline %1</source>
        <translation>Не удалось переименовать воронку %1</translation>
    </message>
    <message>
        <source>Cannot read stage %1</source>
        <translation>Не удалось прочитать этап %1</translation>
    </message>
    <message>
        <source>This stage does not exist</source>
        <translation>Такого этапа нет</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>этап %1</translation>
    </message>
    <message>
        <source>Cannot add the stage &quot;%1&quot;</source>
        <translation>Не удалось добавить этап «%1»</translation>
    </message>
    <message>
        <source>Cannot save the stage &quot;%1&quot;</source>
        <translation>Не удалось сохранить этап «%1»</translation>
    </message>
    <message>
        <source>The new order must list every stage of the pipeline once</source>
        <translation>В новом порядке каждый этап воронки должен быть указан один раз</translation>
    </message>
    <message>
        <source>Cannot reorder the stages</source>
        <translation>Не удалось изменить порядок этапов</translation>
    </message>
    <message>
        <source>Deals can only move to another stage of the same pipeline</source>
        <translation>Сделки можно перемещать только на этапы той же воронки</translation>
    </message>
    <message>
        <source>Deals cannot be moved to a lost stage without a reason each</source>
        <translation>Сделки нельзя переместить на этап «проиграна» без причины для каждой</translation>
    </message>
    <message>
        <source>Cannot delete the stage &quot;%1&quot;</source>
        <translation>Не удалось удалить этап «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) are still in this stage; move them to another stage first</source>
        <translation>
            <numerusform>На этом этапе ещё %n сделка; сначала переместите её на другой этап</numerusform>
            <numerusform>На этом этапе ещё %n сделки; сначала переместите их на другой этап</numerusform>
            <numerusform>На этом этапе ещё %n сделок; сначала переместите их на другой этап</numerusform>
        </translation>
    </message>
    <message>
        <source>The pipeline &quot;%1&quot; has no stage called &quot;%2&quot;</source>
        <translation>В воронке «%1» нет этапа «%2»</translation>
    </message>
    <message>
        <source>Cannot read the lost reasons</source>
        <translation>Не удалось прочитать причины проигрыша</translation>
    </message>
    <message>
        <source>There is no lost reason called &quot;%1&quot;</source>
        <translation>Причины проигрыша «%1» нет</translation>
    </message>
    <message>
        <source>A lost reason needs a name</source>
        <translation>У причины проигрыша должно быть название</translation>
    </message>
    <message>
        <source>Cannot add the lost reason &quot;%1&quot;</source>
        <translation>Не удалось добавить причину проигрыша «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the only pipeline; add another before deleting it</source>
        <translation>«%1» — единственная воронка; добавьте другую, прежде чем удалять её</translation>
    </message>
    <message>
        <source>Cannot delete the pipeline &quot;%1&quot;</source>
        <translation>Не удалось удалить воронку «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; still holds %2 deal(s); move or delete them first</source>
        <translation>В воронке «%1» ещё есть сделки (%2); сначала переместите или удалите их</translation>
    </message>
    <message>
        <source>lost reason %1</source>
        <translation>причина проигрыша %1</translation>
    </message>
    <message>
        <source>Cannot save the lost reason &quot;%1&quot;</source>
        <translation>Не удалось сохранить причину проигрыша «%1»</translation>
    </message>
    <message>
        <source>This lost reason does not exist</source>
        <translation>Такой причины проигрыша нет</translation>
    </message>
</context>
<context>
    <name>kontor::PipelineSettingsDialog</name>
    <message>
        <source>Move Deals</source>
        <translation>Перенос сделок</translation>
    </message>
    <message>
        <source>Deals are still in “%1”. Move them to:</source>
        <translation>На этапе «%1» ещё есть сделки. Перенести их на:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытый</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выигрыш</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проигрыш</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>Добавить этап</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Win probability:</source>
        <translation>Вероятность выигрыша:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Rots after idle days:</source>
        <translation>Зависает после дней простоя:</translation>
    </message>
    <message>
        <source>Save Stage</source>
        <translation>Сохранить этап</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Новый этап</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Воронка:</translation>
    </message>
    <message>
        <source>Add Pipeline…</source>
        <translation>Добавить воронку…</translation>
    </message>
    <message>
        <source>Add Pipeline</source>
        <translation>Добавить воронку</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Rename Pipeline</source>
        <translation>Переименовать воронку</translation>
    </message>
    <message>
        <source>Delete Pipeline</source>
        <translation>Удалить воронку</translation>
    </message>
    <message>
        <source>Add Reason…</source>
        <translation>Добавить причину…</translation>
    </message>
    <message>
        <source>Add Lost Reason</source>
        <translation>Добавить причину проигрыша</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Rename Lost Reason</source>
        <translation>Переименовать причину проигрыша</translation>
    </message>
    <message>
        <source>Offer / Retire</source>
        <translation>Предлагать / Убрать</translation>
    </message>
    <message>
        <source>Lost reasons (all pipelines)</source>
        <translation>Причины проигрыша (все воронки)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (не используется)</translation>
    </message>
    <message>
        <source>Pipelines and Stages</source>
        <translation>Воронки и этапы</translation>
    </message>
</context>
<context>
    <name>kontor::PlanEditor</name>
    <message>
        <source>Sales plans</source>
        <translation>Планы продаж</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>e.g. 25000 or 25000.50</source>
        <translation>например, 25000 или 25000.50</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Add plan</source>
        <translation>Добавить план</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Choose the plan to change in the list first.</source>
        <translation>Сначала выберите план в списке.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: write it like 25000 or 25000.50.</source>
        <translation>«%1» — не сумма: пишите как 25000 или 25000.50.</translation>
    </message>
    <message>
        <source>This manager already has a plan for that period and currency.</source>
        <translation>У этого менеджера уже есть план на этот период и валюту.</translation>
    </message>
    <message>
        <source>Plan added.</source>
        <translation>План добавлен.</translation>
    </message>
    <message>
        <source>Plan saved.</source>
        <translation>План сохранён.</translation>
    </message>
    <message>
        <source>Choose the plan to delete in the list first.</source>
        <translation>Сначала выберите в списке план для удаления.</translation>
    </message>
    <message>
        <source>Plan deleted.</source>
        <translation>План удалён.</translation>
    </message>
    <message>
        <source>Add as monthly plans (a quarter or a year split evenly)</source>
        <translation>Добавить как месячные планы (квартал или год делится поровну)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source> (or clear &quot;Add as monthly plans&quot; to add it as one plan)</source>
        <translation> (или снимите «Добавить как месячные планы», чтобы добавить одним планом)</translation>
    </message>
    <message>
        <source>Change the plan of %1</source>
        <translation>Изменить план: %1</translation>
    </message>
    <message>
        <source>Add %1 monthly plans of %2</source>
        <translation>Добавить месячные планы (%1) по %2</translation>
    </message>
    <message>
        <source>Add a plan for %1</source>
        <translation>Добавить план: %1</translation>
    </message>
    <message>
        <source>%1 monthly plans added.</source>
        <translation>Добавлено месячных планов: %1.</translation>
    </message>
    <message>
        <source>Delete the plan of %1</source>
        <translation>Удалить план: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ProductCatalogueDialog</name>
    <message>
        <source>Still sold (offered on deals)</source>
        <translation>В продаже (предлагается в сделках)</translation>
    </message>
    <message>
        <source>Product Catalogue</source>
        <translation>Каталог товаров</translation>
    </message>
    <message>
        <source>optional, unique</source>
        <translation>необязательно, уникально</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;Артикул:</translation>
    </message>
    <message>
        <source>Unit price:</source>
        <translation>Цена за единицу:</translation>
    </message>
    <message>
        <source>New Product</source>
        <translation>Новый товар</translation>
    </message>
    <message>
        <source>Save Product</source>
        <translation>Сохранить товар</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>В корзину</translation>
    </message>
    <message>
        <source>“%1” is not a price such as 120.00.</source>
        <translation>«%1» — не цена вида 120.00.</translation>
    </message>
</context>
<context>
    <name>kontor::ProductRepository</name>
    <message>
        <source>A product needs a name</source>
        <translation>У товара должно быть название</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as EUR or USD</source>
        <translation>«%1» — не код валюты вида EUR или USD</translation>
    </message>
    <message>
        <source>A price cannot be negative</source>
        <translation>Цена не может быть отрицательной</translation>
    </message>
    <message>
        <source>line item of deal %1</source>
        <translation>строка сделки %1</translation>
    </message>
    <message>
        <source>A line item belongs to a deal</source>
        <translation>Строка должна относиться к сделке</translation>
    </message>
    <message>
        <source>A line item needs a product or a name</source>
        <translation>У строки должен быть товар или название</translation>
    </message>
    <message>
        <source>A quantity cannot be negative</source>
        <translation>Количество не может быть отрицательным</translation>
    </message>
    <message>
        <source>A discount must be between 0 and 100 %</source>
        <translation>Скидка должна быть от 0 до 100 %</translation>
    </message>
    <message>
        <source>Cannot save the product &quot;%1&quot;</source>
        <translation>Не удалось сохранить товар «%1»</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Не удалось прочитать %1</translation>
    </message>
    <message>
        <source>This product does not exist</source>
        <translation>Такого товара нет</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>Не удалось сохранить %1</translation>
    </message>
    <message>
        <source>Cannot read the product catalogue</source>
        <translation>Не удалось прочитать каталог товаров</translation>
    </message>
    <message>
        <source>Cannot read the products of deal %1</source>
        <translation>Не удалось прочитать товары сделки %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is priced in %2 but the deal is in %3; enter the price in %3</source>
        <translation>Цена «%1» указана в %2, а сделка в %3; введите цену в %3</translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation>сделка %1</translation>
    </message>
    <message>
        <source>Cannot update the amount of deal %1</source>
        <translation>Не удалось обновить сумму сделки %1</translation>
    </message>
    <message>
        <source>Cannot add a product to deal %1</source>
        <translation>Не удалось добавить товар в сделку %1</translation>
    </message>
    <message>
        <source>This deal does not exist</source>
        <translation>Такой сделки нет</translation>
    </message>
    <message>
        <source>Cannot change a product of deal %1</source>
        <translation>Не удалось изменить товар сделки %1</translation>
    </message>
    <message>
        <source>This line item does not exist</source>
        <translation>Такой строки нет</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>Cannot remove line item %1</source>
        <translation>Не удалось удалить строку %1</translation>
    </message>
    <message>
        <source>Cannot save the products of deal %1</source>
        <translation>Не удалось сохранить товары сделки %1</translation>
    </message>
</context>
<context>
    <name>kontor::ProductTableModel</name>
    <message>
        <source>Sold</source>
        <translation>В продаже</translation>
    </message>
    <message>
        <source>Not sold</source>
        <translation>Снят с продажи</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена</translation>
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
        <translation>Изменить задачу</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Для:</translation>
    </message>
    <message>
        <source>What is to be done? e.g. Call back about the offer</source>
        <translation>Что нужно сделать? Например: перезвонить по предложению</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;All day</source>
        <translation>&amp;Весь день</translation>
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
        <translation>не задано</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Длительность:</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Приоритет:</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Без напоминания</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>В момент срока</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>За %n минуту</numerusform>
            <numerusform>За %n минуты</numerusform>
            <numerusform>За %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>За 1 час</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>За 1 день</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>&amp;Напоминание:</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Не повторять</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Каждый день</translation>
    </message>
    <message>
        <source>Every week on…</source>
        <translation>Каждую неделю в…</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Каждый месяц</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>&amp;Повтор:</translation>
    </message>
    <message>
        <source>Tick several people to give each their own copy, tracked together</source>
        <translation>Отметьте нескольких человек — каждый получит свою копию, они отслеживаются вместе</translation>
    </message>
    <message>
        <source>Assi&amp;gned to:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Tick at least one person to do it.</source>
        <translation>Отметьте хотя бы одного исполнителя.</translation>
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
        <translation>Компания</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
</context>
<context>
    <name>kontor::QuickSearchPopup</name>
    <message>
        <source>Quick Search</source>
        <translation>Быстрый поиск</translation>
    </message>
    <message>
        <source>Find a contact, company or deal — name, email, phone…</source>
        <translation>Найти контакт, компанию или сделку — имя, эл. почта, телефон…</translation>
    </message>
    <message>
        <source>Type a name, part of an email or a phone number.</source>
        <translation>Введите имя, часть адреса эл. почты или номер телефона.</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Поиск не удался: %1</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>По запросу «%1» ничего не найдено.</translation>
    </message>
    <message>
        <source>Enter opens the selected one; ↑ ↓ choose; Esc closes.</source>
        <translation>Enter — открыть выбранное; ↑ ↓ — выбор; Esc — закрыть.</translation>
    </message>
</context>
<context>
    <name>kontor::Recurrence</name>
    <message>
        <source>Say on which days a weekly task repeats, e.g. weekly:mon,thu</source>
        <translation>Укажите, по каким дням повторяется еженедельная задача, например weekly:mon,thu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the week (mon, tue, wed, thu, fri, sat, sun)</source>
        <translation>«%1» — не день недели (mon, tue, wed, thu, fri, sat, sun)</translation>
    </message>
    <message>
        <source>A monthly task repeats on a day from 1 to 31</source>
        <translation>Ежемесячная задача повторяется в день с 1 по 31</translation>
    </message>
    <message>
        <source>Repeat is daily, weekly:DAYS or monthly</source>
        <translation>Повтор: daily, weekly:ДНИ или monthly</translation>
    </message>
</context>
<context>
    <name>kontor::ReminderNotifier</name>
    <message>
        <source>Kontor reminders</source>
        <translation>Напоминания Kontor</translation>
    </message>
    <message>
        <source>Snooze the last reminder 10 minutes</source>
        <translation>Отложить последнее напоминание на 10 минут</translation>
    </message>
    <message>
        <source>Open the task</source>
        <translation>Открыть задачу</translation>
    </message>
</context>
<context>
    <name>kontor::ReminderPopup</name>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>Отложить на 10 мин</translation>
    </message>
    <message>
        <source>Remind me of this again in 10 minutes</source>
        <translation>Напомнить снова через 10 минут</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>Отложить на 1 ч</translation>
    </message>
    <message>
        <source>Remind me of this again in an hour</source>
        <translation>Напомнить снова через час</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open the deal, contact or company this task is about</source>
        <translation>Открыть сделку, контакт или компанию, к которой относится задача</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Выполнено…</translation>
    </message>
    <message>
        <source>Complete the task: what came of it, and the next step</source>
        <translation>Завершить задачу: результат и следующий шаг</translation>
    </message>
    <message>
        <source>missed while Kontor was closed</source>
        <translation>пропущено, пока Kontor был закрыт</translation>
    </message>
    <message numerus="yes">
        <source>While Kontor was closed, %n reminder(s) came due.</source>
        <translation>
            <numerusform>Пока Kontor был закрыт, наступило %n напоминание.</numerusform>
            <numerusform>Пока Kontor был закрыт, наступило %n напоминания.</numerusform>
            <numerusform>Пока Kontor был закрыт, наступило %n напоминаний.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s):</source>
        <translation>
            <numerusform>%n напоминание:</numerusform>
            <numerusform>%n напоминания:</numerusform>
            <numerusform>%n напоминаний:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not snooze: %1</source>
        <translation>Не удалось отложить: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Выполнено: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ReminderScheduler</name>
    <message>
        <source>Cannot read the reminders</source>
        <translation>Не удалось прочитать напоминания</translation>
    </message>
    <message>
        <source>Cannot mark the reminder as shown</source>
        <translation>Не удалось отметить напоминание как показанное</translation>
    </message>
    <message>
        <source>Snooze needs a time</source>
        <translation>Для откладывания нужно время</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>задача %1</translation>
    </message>
    <message>
        <source>Cannot snooze the reminder</source>
        <translation>Не удалось отложить напоминание</translation>
    </message>
    <message>
        <source>The task is done or in the trash</source>
        <translation>Задача выполнена или в корзине</translation>
    </message>
</context>
<context>
    <name>kontor::ReportChart</name>
    <message>
        <source>Nothing to show for this period and filter.</source>
        <translation>Нет данных за этот период и фильтр.</translation>
    </message>
    <message>
        <source>Click a bar to list the records behind it.</source>
        <translation>Нажмите на столбец, чтобы увидеть его записи.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a point to list the records behind it.</source>
        <translation>Нажмите на точку, чтобы увидеть её записи.</translation>
    </message>
</context>
<context>
    <name>kontor::ReportEngine</name>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Deals created in the period that reached each stage, stage-to-stage conversion, time in stage and cycle length</source>
        <translation>Сделки периода, дошедшие до каждого этапа: конверсия между этапами, время на этапе и длина цикла</translation>
    </message>
    <message>
        <source>Sales dynamics</source>
        <translation>Динамика продаж</translation>
    </message>
    <message>
        <source>Won deals and amount per period, next to the period before</source>
        <translation>Выигранные сделки и сумма по периодам в сравнении с предыдущим периодом</translation>
    </message>
    <message>
        <source>Won vs lost</source>
        <translation>Выигранные и проигранные</translation>
    </message>
    <message>
        <source>Deals won and lost per period and the win rate</source>
        <translation>Выигранные и проигранные сделки по периодам и доля выигранных</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Причины проигрыша</translation>
    </message>
    <message>
        <source>Why deals closed in the period were lost</source>
        <translation>Почему проиграны сделки, закрытые в периоде</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Менеджеры</translation>
    </message>
    <message>
        <source>Per owner: deals won, amount, win rate, calls, meetings, e-mails, tasks on time and overdue</source>
        <translation>По ответственным: выигранные сделки, сумма, доля выигранных, звонки, встречи, письма, задачи в срок и просроченные</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Per source channel: deals created, won, conversion and revenue</source>
        <translation>По каналам-источникам: созданные и выигранные сделки, конверсия и выручка</translation>
    </message>
    <message>
        <source>Deal size</source>
        <translation>Размер сделки</translation>
    </message>
    <message>
        <source>How large won deals are: distribution, average and median</source>
        <translation>Размер выигранных сделок: распределение, среднее и медиана</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>Цикл продаж</translation>
    </message>
    <message>
        <source>How long won deals took from creation to closing</source>
        <translation>Сколько длились выигранные сделки от создания до закрытия</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Open deals weighted by probability, by expected close month, against plan</source>
        <translation>Открытые сделки, взвешенные по вероятности, по месяцу ожидаемого закрытия, в сравнении с планом</translation>
    </message>
    <message>
        <source>Plan vs fact</source>
        <translation>План/факт</translation>
    </message>
    <message>
        <source>Sales plans per manager and period, what was won, and how much of the plan that is</source>
        <translation>Планы продаж по менеджерам и периодам: что выиграно и какая это доля плана</translation>
    </message>
    <message>
        <source>ABC/XYZ</source>
        <translation>ABC/XYZ</translation>
    </message>
    <message>
        <source>Customers by share of revenue (A/B/C) and regularity of purchases (X/Y/Z)</source>
        <translation>Клиенты по доле выручки (A/B/C) и регулярности покупок (X/Y/Z)</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>There is no pipeline to show.</source>
        <translation>Нет воронки для показа.</translation>
    </message>
    <message>
        <source>There is no report of that name.</source>
        <translation>Отчёта с таким названием нет.</translation>
    </message>
    <message>
        <source>known reports: %1</source>
        <translation>известные отчёты: %1</translation>
    </message>
    <message>
        <source>read currencies</source>
        <translation>чтение валют</translation>
    </message>
    <message>
        <source>read source channels</source>
        <translation>чтение каналов-источников</translation>
    </message>
    <message>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <source>product</source>
        <translation>товар</translation>
    </message>
</context>
<context>
    <name>kontor::ReportFilterBar</name>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Прошлый квартал</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>С начала года</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>Next 6 months</source>
        <translation>Следующие 6 месяцев</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Свой период</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>По дням</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>По неделям</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>По кварталам</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Все ответственные</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>Все воронки</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <source>Existing customers</source>
        <translation>Существующие клиенты</translation>
    </message>
    <message>
        <source>Existing: the company (or, without one, the person) had a deal won before this deal was created.</source>
        <translation>Существующий: у компании (или, если её нет, у человека) была выигранная сделка до создания этой.</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Все товары</translation>
    </message>
</context>
<context>
    <name>kontor::Reports</name>
    <message>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
</context>
<context>
    <name>kontor::ReportsModule</name>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Экспорт PNG…</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Экспорт PDF…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Sales plans…</source>
        <translation>Планы продаж…</translation>
    </message>
    <message>
        <source>Double-click a row to list the records behind it.</source>
        <translation>Дважды щёлкните строку, чтобы увидеть её записи.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
</context>
<context>
    <name>kontor::RescheduleTaskCommand</name>
    <message>
        <source>Reschedule &quot;%1&quot;</source>
        <translation>Перенести «%1»</translation>
    </message>
</context>
<context>
    <name>kontor::SalesPlanRepository</name>
    <message>
        <source>sales plan %1</source>
        <translation>план продаж %1</translation>
    </message>
    <message>
        <source>new sales plan</source>
        <translation>новый план продаж</translation>
    </message>
    <message>
        <source>Choose the manager the plan is for.</source>
        <translation>Выберите менеджера, для которого план.</translation>
    </message>
    <message>
        <source>A plan needs the first and last day of its period.</source>
        <translation>Плану нужны первый и последний день периода.</translation>
    </message>
    <message>
        <source>The plan&apos;s period ends before it starts.</source>
        <translation>Период плана заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>A plan&apos;s amount cannot be negative.</source>
        <translation>Сумма плана не может быть отрицательной.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as EUR.</source>
        <translation>Валюта должна быть трёхбуквенным кодом, например EUR.</translation>
    </message>
    <message>
        <source>read sales plans</source>
        <translation>чтение планов продаж</translation>
    </message>
    <message>
        <source>save sales plan %1</source>
        <translation>сохранение плана продаж %1</translation>
    </message>
    <message>
        <source>add a sales plan</source>
        <translation>добавление плана продаж</translation>
    </message>
    <message>
        <source>That sales plan does not exist.</source>
        <translation>Такого плана продаж нет.</translation>
    </message>
    <message>
        <source>delete sales plan %1</source>
        <translation>удаление плана продаж %1</translation>
    </message>
    <message>
        <source>To spread a plan over months its period must start on the 1st of a month.</source>
        <translation>Чтобы разбить план по месяцам, период должен начинаться 1-го числа.</translation>
    </message>
    <message>
        <source>To spread a plan over months its period must end on the last day of a month.</source>
        <translation>Чтобы разбить план по месяцам, период должен заканчиваться последним днём месяца.</translation>
    </message>
    <message>
        <source>Only a plan that had an id can be restored.</source>
        <translation>Восстановить можно только план с ID.</translation>
    </message>
    <message>
        <source>restore sales plan %1</source>
        <translation>восстановление плана продаж %1</translation>
    </message>
</context>
<context>
    <name>kontor::SearchRepository</name>
    <message>
        <source>Cannot search for &quot;%1&quot;</source>
        <translation>Не удалось найти «%1»</translation>
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
            <numerusform>Общий для команды: %Ln контакт</numerusform>
            <numerusform>Общий для команды: %Ln контакта</numerusform>
            <numerusform>Общий для команды: %Ln контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only yours: %Ln contact(s)</source>
        <translation>
            <numerusform>Только ваш: %Ln контакт</numerusform>
            <numerusform>Только ваш: %Ln контакта</numerusform>
            <numerusform>Только ваш: %Ln контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (…)</source>
        <translation>%1 (…)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
</context>
<context>
    <name>kontor::SegmentPanel</name>
    <message>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <source>All Contacts</source>
        <translation>Все контакты</translation>
    </message>
    <message>
        <source>Show every contact again</source>
        <translation>Снова показать все контакты</translation>
    </message>
    <message>
        <source>Delete Segment</source>
        <translation>Удалить сегмент</translation>
    </message>
    <message>
        <source>Delete the chosen segment (the contacts stay)</source>
        <translation>Удалить выбранный сегмент (контакты останутся)</translation>
    </message>
    <message>
        <source>The segments could not be read: %1</source>
        <translation>Не удалось прочитать сегменты: %1</translation>
    </message>
    <message>
        <source>Save as Segment</source>
        <translation>Сохранить как сегмент</translation>
    </message>
    <message>
        <source>&amp;Shared with the team</source>
        <translation>&amp;Общий для команды</translation>
    </message>
    <message>
        <source>Unchecked, only you see this segment</source>
        <translation>Без флажка сегмент видите только вы</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>Дайте сегменту название.</translation>
    </message>
    <message>
        <source>Delete the segment “%1”? The contacts in it stay.</source>
        <translation>Удалить сегмент «%1»? Контакты в нём останутся.</translation>
    </message>
    <message>
        <source>The segments could not be counted: %1</source>
        <translation>Не удалось подсчитать сегменты: %1</translation>
    </message>
</context>
<context>
    <name>kontor::SegmentRepository</name>
    <message>
        <source>A segment needs a name</source>
        <translation>У сегмента должно быть название</translation>
    </message>
    <message>
        <source>Cannot save the segment &quot;%1&quot;</source>
        <translation>Не удалось сохранить сегмент «%1»</translation>
    </message>
    <message>
        <source>Cannot read the segments</source>
        <translation>Не удалось прочитать сегменты</translation>
    </message>
    <message>
        <source>segment &quot;%1&quot;</source>
        <translation>сегмент «%1»</translation>
    </message>
    <message>
        <source>There is no segment with this name</source>
        <translation>Сегмента с таким названием нет</translation>
    </message>
    <message>
        <source>Cannot delete the segment</source>
        <translation>Не удалось удалить сегмент</translation>
    </message>
    <message>
        <source>This segment does not exist</source>
        <translation>Такого сегмента нет</translation>
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
        <translation>Не удалось открыть базу</translation>
    </message>
    <message>
        <source>Kontor could not open %1.</source>
        <translation>Kontor не смог открыть %1.</translation>
    </message>
    <message>
        <source>You are still working in %1.</source>
        <translation>Вы по-прежнему работаете в %1.</translation>
    </message>
    <message>
        <source>New Local Database</source>
        <translation>Новая локальная база</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite)</source>
        <translation>Базы Kontor (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists. Use Open Local Database to open it, or choose another name.</source>
        <translation>%1 уже существует. Откройте её через «Открыть локальную базу» или выберите другое имя.</translation>
    </message>
    <message>
        <source>Open Local Database</source>
        <translation>Открыть локальную базу</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite);;All files (*)</source>
        <translation>Базы Kontor (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Password Not Saved</source>
        <translation>Пароль не сохранён</translation>
    </message>
    <message>
        <source>The keychain did not store the password (%1). Kontor will ask for it next time.</source>
        <translation>Хранилище ключей не сохранило пароль (%1). Kontor спросит его в следующий раз.</translation>
    </message>
    <message>
        <source>Kontor could not sign in to %1: %2</source>
        <translation>Kontor не смог войти в %1: %2</translation>
    </message>
</context>
<context>
    <name>kontor::SqliteRowBatch</name>
    <message>
        <source>Cannot write the rows</source>
        <translation>Не удалось записать строки</translation>
    </message>
</context>
<context>
    <name>kontor::StageHistory</name>
    <message>
        <source>Cannot read the stage history of deal %1</source>
        <translation>Не удалось прочитать историю этапов сделки %1</translation>
    </message>
</context>
<context>
    <name>kontor::StageHistoryTable</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Вход на этап</translation>
    </message>
    <message>
        <source>Moved by</source>
        <translation>Кем перемещена</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Время на этапе</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 на данный момент</translation>
    </message>
</context>
<context>
    <name>kontor::TaskRepository</name>
    <message>
        <source>Cannot read the task list</source>
        <translation>Не удалось прочитать список задач</translation>
    </message>
    <message>
        <source>Cannot count the tasks</source>
        <translation>Не удалось подсчитать задачи</translation>
    </message>
    <message>
        <source>Cannot read the calendar</source>
        <translation>Не удалось прочитать календарь</translation>
    </message>
    <message>
        <source>Cannot read the tasks</source>
        <translation>Не удалось прочитать задачи</translation>
    </message>
    <message>
        <source>Birthdays are shown for at most a year at a time</source>
        <translation>Дни рождения показываются не более чем за год</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>календарь</translation>
    </message>
    <message>
        <source>Cannot read the birthdays</source>
        <translation>Не удалось прочитать дни рождения</translation>
    </message>
    <message>
        <source>Cannot read the group task</source>
        <translation>Не удалось прочитать групповую задачу</translation>
    </message>
    <message>
        <source>Cannot read the deals without a next step</source>
        <translation>Не удалось прочитать сделки без следующего шага</translation>
    </message>
    <message>
        <source>A task needs a title: what is to be done?</source>
        <translation>У задачи должно быть название: что нужно сделать?</translation>
    </message>
    <message>
        <source>The title is longer than 500 characters</source>
        <translation>Название длиннее 500 символов</translation>
    </message>
    <message>
        <source>The type &quot;%1&quot; must be one word of at most 40 letters</source>
        <translation>Тип «%1» должен быть одним словом не длиннее 40 букв</translation>
    </message>
    <message>
        <source>Priority is 0 (normal), 1 (high) or 2 (urgent), not %1</source>
        <translation>Приоритет — 0 (обычный), 1 (высокий) или 2 (срочный), а не %1</translation>
    </message>
    <message>
        <source>A duration cannot be negative</source>
        <translation>Длительность не может быть отрицательной</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;</source>
        <translation>Неизвестный часовой пояс «%1»</translation>
    </message>
    <message>
        <source>An all-day task needs the day it is due</source>
        <translation>Задаче на весь день нужен день срока</translation>
    </message>
    <message>
        <source>A reminder needs a due date</source>
        <translation>Для напоминания нужен срок</translation>
    </message>
    <message>
        <source>A reminder can be at most 60 days before the due date</source>
        <translation>Напоминание может быть не раньше чем за 60 дней до срока</translation>
    </message>
    <message>
        <source>A repeating task needs a due date to repeat from</source>
        <translation>Повторяющейся задаче нужен срок, от которого считать повторы</translation>
    </message>
    <message>
        <source>Cannot save the task</source>
        <translation>Не удалось сохранить задачу</translation>
    </message>
    <message>
        <source>Cannot save the group task</source>
        <translation>Не удалось сохранить групповую задачу</translation>
    </message>
    <message>
        <source>The new due time is not valid</source>
        <translation>Новое время срока неверно</translation>
    </message>
    <message>
        <source>The new due date is not valid</source>
        <translation>Новая дата срока неверна</translation>
    </message>
    <message>
        <source>The next step cannot be saved: %1</source>
        <translation>Не удалось сохранить следующий шаг: %1</translation>
    </message>
    <message>
        <source>The task is already done</source>
        <translation>Задача уже выполнена</translation>
    </message>
    <message>
        <source>Cannot complete the task</source>
        <translation>Не удалось завершить задачу</translation>
    </message>
    <message>
        <source>Cannot open the task again</source>
        <translation>Не удалось снова открыть задачу</translation>
    </message>
    <message>
        <source>The task is not done, or is in the trash</source>
        <translation>Задача не выполнена или в корзине</translation>
    </message>
    <message>
        <source>Cannot look up the user</source>
        <translation>Не удалось найти пользователя</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;</source>
        <translation>Пользователя «%1» нет</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>исполнитель</translation>
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
        <translation>Для</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>New Task…</source>
        <translation>Новая задача…</translation>
    </message>
    <message>
        <source>Plan a call, meeting or to-do (Ctrl+T from anywhere)</source>
        <translation>Запланировать звонок, встречу или дело (Ctrl+T из любого места)</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>Завершить…</translation>
    </message>
    <message>
        <source>Mark the selected task done, note the outcome and plan the next step</source>
        <translation>Отметить задачу выполненной, записать результат и запланировать следующий шаг</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Export Calendar…</source>
        <translation>Экспорт календаря…</translation>
    </message>
    <message>
        <source>Save these tasks and meetings as an .ics file for other calendars</source>
        <translation>Сохранить эти задачи и встречи в файл .ics для других календарей</translation>
    </message>
    <message>
        <source>Import Meetings…</source>
        <translation>Импорт встреч…</translation>
    </message>
    <message>
        <source>Read meetings from an .ics file</source>
        <translation>Прочитать встречи из файла .ics</translation>
    </message>
    <message>
        <source>The tasks could not be read: %1</source>
        <translation>Не удалось прочитать задачи: %1</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Whose tasks: yours, a colleague&apos;s or everyone&apos;s</source>
        <translation>Чьи задачи: ваши, коллеги или всех</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Мои задачи</translation>
    </message>
    <message>
        <source>Everyone&apos;s tasks</source>
        <translation>Задачи всех</translation>
    </message>
    <message>
        <source>%1&apos;s tasks</source>
        <translation>Задачи: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing left for today. Press Ctrl+T to plan a call or a meeting.</source>
        <translation>На сегодня всё. Нажмите Ctrl+T, чтобы запланировать звонок или встречу.</translation>
    </message>
    <message>
        <source>Nothing overdue. Well done!</source>
        <translation>Просроченных нет. Отлично!</translation>
    </message>
    <message>
        <source>Nothing planned yet after today.</source>
        <translation>После сегодняшнего дня пока ничего не запланировано.</translation>
    </message>
    <message>
        <source>Completed tasks will be listed here, newest first.</source>
        <translation>Здесь будут выполненные задачи, новые сверху.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Выполнено: %1</translation>
    </message>
    <message>
        <source>Moved &quot;%1&quot; to the trash</source>
        <translation>«%1» перемещена в корзину</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Экспорт календаря</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Файлы iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1</source>
        <translation>
            <numerusform>Экспортирована %n задача в %1</numerusform>
            <numerusform>Экспортировано %n задачи в %1</numerusform>
            <numerusform>Экспортировано %n задач в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Meetings</source>
        <translation>Импорт встреч</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Файлы iCalendar (*.ics);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n meeting(s).</source>
        <translation>
            <numerusform>Импортирована %n встреча.</numerusform>
            <numerusform>Импортировано %n встречи.</numerusform>
            <numerusform>Импортировано %n встреч.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already there.</source>
        <translation>
            <numerusform>%n уже была.</numerusform>
            <numerusform>%n уже были.</numerusform>
            <numerusform>%n уже были.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Пропущено:</translation>
    </message>
</context>
<context>
    <name>kontor::TimelineModel</name>
    <message>
        <source>first name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>company</source>
        <translation>компания</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>день рождения</translation>
    </message>
    <message>
        <source>street</source>
        <translation>улица</translation>
    </message>
    <message>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>индекс</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
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
        <translation>ответственный</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <source>emails</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>телефоны</translation>
    </message>
    <message>
        <source>messengers</source>
        <translation>мессенджеры</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>legal name</source>
        <translation>юр. название</translation>
    </message>
    <message>
        <source>website</source>
        <translation>сайт</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>отрасль</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>email</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <source>Deal moved</source>
        <translation>Сделка перемещена</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>Перемещено в корзину</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>Восстановлено из корзины</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Изменено: %1</translation>
    </message>
    <message>
        <source> (done)</source>
        <translation> (выполнено)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>вероятность</translation>
    </message>
    <message>
        <source>expected close</source>
        <translation>ожидаемое закрытие</translation>
    </message>
    <message>
        <source>people</source>
        <translation>люди</translation>
    </message>
    <message>
        <source>products</source>
        <translation>товары</translation>
    </message>
    <message>
        <source>Merged with contact #%1</source>
        <translation>Объединён с контактом №%1</translation>
    </message>
    <message>
        <source>Merge with contact #%1 undone</source>
        <translation>Объединение с контактом №%1 отменено</translation>
    </message>
    <message>
        <source>Marked as not a duplicate of contact #%1</source>
        <translation>Отмечен как не дубликат контакта №%1</translation>
    </message>
    <message>
        <source>May be a duplicate of contact #%1 again</source>
        <translation>Снова может быть дубликатом контакта №%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Photo removed</source>
        <translation>Фото удалено</translation>
    </message>
    <message>
        <source>Photo changed</source>
        <translation>Фото изменено</translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation>Фото добавлено</translation>
    </message>
    <message>
        <source>Created by import #%1 (row %2 of the file)</source>
        <translation>Создан импортом №%1 (строка %2 файла)</translation>
    </message>
    <message>
        <source>Created by import #%1 of %2, row %3</source>
        <translation>Создан импортом №%1 из %2, строка %3</translation>
    </message>
</context>
<context>
    <name>kontor::TimelinePanel</name>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Не удалось прочитать историю: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Log email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Log meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>kontor::TimelineRepository</name>
    <message>
        <source>Cannot read the history</source>
        <translation>Не удалось прочитать историю</translation>
    </message>
    <message>
        <source>Cannot count the history</source>
        <translation>Не удалось подсчитать историю</translation>
    </message>
</context>
<context>
    <name>kontor::TrashBin</name>
    <message>
        <source>Cannot read the trash</source>
        <translation>Не удалось прочитать корзину</translation>
    </message>
    <message>
        <source>The number of days cannot be negative</source>
        <translation>Число дней не может быть отрицательным</translation>
    </message>
    <message>
        <source>Cannot empty the trash</source>
        <translation>Не удалось очистить корзину</translation>
    </message>
    <message>
        <source>Only contacts, companies, deals and tasks are in the trash</source>
        <translation>В корзине бывают только контакты, компании, сделки и задачи</translation>
    </message>
</context>
<context>
    <name>kontor::TrashListing</name>
    <message>
        <source>Cannot read the trash</source>
        <translation>Не удалось прочитать корзину</translation>
    </message>
    <message>
        <source>Cannot count what is in the trash</source>
        <translation>Не удалось подсчитать содержимое корзины</translation>
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
        <translation>Компания</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
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
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Кем удалено</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Put the selected records back where they were</source>
        <translation>Вернуть выбранные записи на место</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>Очистить корзину…</translation>
    </message>
    <message>
        <source>Delete everything in the trash for good</source>
        <translation>Удалить всё из корзины навсегда</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>The trash could not be read: %1</source>
        <translation>Не удалось прочитать корзину: %1</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Search the trash by name</source>
        <translation>Поиск в корзине по названию</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Корзина пуста.</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>Найдено: %1</translation>
    </message>
    <message>
        <source>%1 in the trash</source>
        <translation>В корзине: %1</translation>
    </message>
    <message>
        <source>Nothing in the trash matches “%1”.</source>
        <translation>В корзине нет ничего по запросу «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) restored.</source>
        <translation>
            <numerusform>Восстановлена %Ln запись.</numerusform>
            <numerusform>Восстановлено %Ln записи.</numerusform>
            <numerusform>Восстановлено %Ln записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some records could not be restored:
%1</source>
        <translation>Некоторые записи не удалось восстановить:
%1</translation>
    </message>
    <message>
        <source>Empty the Trash?</source>
        <translation>Очистить корзину?</translation>
    </message>
    <message>
        <source>Delete the %1 records in the trash for good? Their activities and tasks stay, without them. This cannot be undone.</source>
        <translation>Удалить навсегда записи из корзины (%1)? Их дела и задачи останутся, но без привязки к ним. Это нельзя отменить.</translation>
    </message>
    <message>
        <source>The trash could not be emptied: %1</source>
        <translation>Не удалось очистить корзину: %1</translation>
    </message>
    <message>
        <source>%1 records deleted for good.</source>
        <translation>Записей удалено навсегда: %1.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Deleted contacts, companies, deals and tasks wait here until you restore them. Select several with Shift or Ctrl.</source>
        <translation>Удалённые контакты, компании, сделки и задачи хранятся здесь, пока вы их не восстановите. Несколько записей выбираются с Shift или Ctrl.</translation>
    </message>
</context>
<context>
    <name>kontor::TrashTaskCommand</name>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>Удалить «%1»</translation>
    </message>
</context>
<context>
    <name>kontor::VCardWriter</name>
    <message>
        <source>Cannot write the vCard file.</source>
        <translation>Не удалось записать файл vCard.</translation>
    </message>
</context>
<context>
    <name>kontor::XlsxWriter</name>
    <message>
        <source>Excel export needs the libxlsxwriter library, which cannot be loaded.</source>
        <translation>Для экспорта в Excel нужна библиотека libxlsxwriter, а её не удалось загрузить.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the workbook.</source>
        <translation>Не удалось создать временную папку для книги.</translation>
    </message>
    <message>
        <source>Cannot start the workbook.</source>
        <translation>Не удалось начать книгу.</translation>
    </message>
    <message>
        <source>Cannot add a sheet to the workbook.</source>
        <translation>Не удалось добавить лист в книгу.</translation>
    </message>
    <message>
        <source>An .xlsx sheet holds at most 1,048,576 rows; export as CSV instead.</source>
        <translation>Лист .xlsx вмещает не более 1 048 576 строк; экспортируйте в CSV.</translation>
    </message>
    <message>
        <source>A cell is longer than the 32,767 characters .xlsx allows; export as CSV instead.</source>
        <translation>Ячейка длиннее 32 767 символов, допустимых в .xlsx; экспортируйте в CSV.</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>строка %1, столбец %2</translation>
    </message>
    <message>
        <source>Cannot write a cell of the workbook.</source>
        <translation>Не удалось записать ячейку книги.</translation>
    </message>
    <message>
        <source>The workbook was not started.</source>
        <translation>Книга не начата.</translation>
    </message>
    <message>
        <source>Cannot save the workbook.</source>
        <translation>Не удалось сохранить книгу.</translation>
    </message>
    <message>
        <source>Cannot read the finished workbook back.</source>
        <translation>Не удалось прочитать готовую книгу.</translation>
    </message>
    <message>
        <source>Cannot write the .xlsx file.</source>
        <translation>Не удалось записать файл .xlsx.</translation>
    </message>
</context>
<context>
    <name>kontor::importing</name>
    <message>
        <source>A vCard file holds contacts; import it as contacts.</source>
        <translation>Файл vCard содержит контакты; импортируйте его как контакты.</translation>
    </message>
    <message>
        <source>Cannot read the custom fields</source>
        <translation>Не удалось прочитать доп. поля</translation>
    </message>
    <message>
        <source>Cannot read a custom value</source>
        <translation>Не удалось прочитать значение доп. поля</translation>
    </message>
    <message>
        <source>Cannot save a custom value</source>
        <translation>Не удалось сохранить значение доп. поля</translation>
    </message>
    <message>
        <source>No column of the file is mapped to a field.</source>
        <translation>Ни один столбец файла не сопоставлен с полем.</translation>
    </message>
    <message>
        <source>Cannot start the import</source>
        <translation>Не удалось начать импорт</translation>
    </message>
    <message>
        <source>Cannot create the problem rows file.</source>
        <translation>Не удалось создать файл проблемных строк.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импорт отменён; ничего не изменено.</translation>
    </message>
    <message>
        <source>Forced failure for a test.</source>
        <translation>Принудительная ошибка для теста.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>Cannot save the problem rows file.</source>
        <translation>Не удалось сохранить файл проблемных строк.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems, so nothing was imported.</source>
        <translation>
            <numerusform>В %n строке есть проблемы, поэтому ничего не импортировано.</numerusform>
            <numerusform>В %n строках есть проблемы, поэтому ничего не импортировано.</numerusform>
            <numerusform>В %n строках есть проблемы, поэтому ничего не импортировано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot finish the import</source>
        <translation>Не удалось завершить импорт</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Название компании</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Юр. название</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Kontor ID</source>
        <translation>ID Kontor</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>Название сделки</translation>
    </message>
    <message>
        <source>Pipeline (name)</source>
        <translation>Воронка (название)</translation>
    </message>
    <message>
        <source>Stage (name)</source>
        <translation>Этап (название)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Contact (email)</source>
        <translation>Контакт (эл. почта)</translation>
    </message>
    <message>
        <source>Company (name)</source>
        <translation>Компания (название)</translation>
    </message>
    <message>
        <source>Owner (name or email)</source>
        <translation>Ответственный (имя или эл. почта)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Full name (split)</source>
        <translation>Полное имя (разделить)</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Мобильный телефон</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
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
        <translation>Не удалось восстановить значение доп. поля</translation>
    </message>
    <message>
        <source>Cannot restore the record</source>
        <translation>Не удалось восстановить запись</translation>
    </message>
    <message>
        <source>Cannot remove what the import created</source>
        <translation>Не удалось удалить созданное импортом</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>импорт %1</translation>
    </message>
    <message>
        <source>Cannot read the import</source>
        <translation>Не удалось прочитать импорт</translation>
    </message>
    <message>
        <source>There is no such import.</source>
        <translation>Такого импорта нет.</translation>
    </message>
    <message>
        <source>This import was already undone.</source>
        <translation>Этот импорт уже отменён.</translation>
    </message>
    <message>
        <source>Cannot mark the import as undone</source>
        <translation>Не удалось отметить импорт как отменённый</translation>
    </message>
    <message>
        <source>Cannot read the import history</source>
        <translation>Не удалось прочитать историю импорта</translation>
    </message>
    <message>
        <source>no such day in the calendar</source>
        <translation>такого дня нет в календаре</translation>
    </message>
    <message>
        <source>a two-digit year is ambiguous; write the year in full</source>
        <translation>год из двух цифр неоднозначен; пишите год полностью</translation>
    </message>
    <message>
        <source>ambiguous: %1 could be day/month or month/day; choose the order</source>
        <translation>неоднозначно: %1 может быть день/месяц или месяц/день; выберите порядок</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>не дата</translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation>не сумма</translation>
    </message>
    <message>
        <source>ambiguous: %1 could be thousands or decimals</source>
        <translation>неоднозначно: %1 может означать тысячи или дробную часть</translation>
    </message>
    <message>
        <source>more than two decimals</source>
        <translation>больше двух знаков после запятой</translation>
    </message>
    <message>
        <source>amount too large</source>
        <translation>слишком большая сумма</translation>
    </message>
    <message>
        <source>Cannot save the new companies</source>
        <translation>Не удалось сохранить новые компании</translation>
    </message>
    <message>
        <source>Cannot save the new contacts</source>
        <translation>Не удалось сохранить новые контакты</translation>
    </message>
    <message>
        <source>Status (open, won, lost)</source>
        <translation>Статус (open, won, lost)</translation>
    </message>
    <message>
        <source>Lost reason (name)</source>
        <translation>Причина проигрыша (название)</translation>
    </message>
    <message>
        <source>Type (call, email, meeting, note)</source>
        <translation>Тип (call, email, meeting, note)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Note / body</source>
        <translation>Заметка / текст</translation>
    </message>
    <message>
        <source>Deal (title)</source>
        <translation>Сделка (название)</translation>
    </message>
    <message>
        <source>Duration (minutes or h:mm)</source>
        <translation>Длительность (минуты или ч:мм)</translation>
    </message>
    <message>
        <source>Direction (in, out)</source>
        <translation>Направление (in, out)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>A mapping profile needs a name of 1 to 100 characters.</source>
        <translation>У профиля сопоставления должно быть название от 1 до 100 символов.</translation>
    </message>
    <message>
        <source>Cannot save the mapping profile</source>
        <translation>Не удалось сохранить профиль сопоставления</translation>
    </message>
    <message>
        <source>Cannot read the mapping profiles</source>
        <translation>Не удалось прочитать профили сопоставления</translation>
    </message>
    <message>
        <source>Cannot read the mapping profile</source>
        <translation>Не удалось прочитать профиль сопоставления</translation>
    </message>
    <message>
        <source>There is no mapping profile of this name.</source>
        <translation>Профиля сопоставления с таким названием нет.</translation>
    </message>
    <message>
        <source>Cannot delete the mapping profile</source>
        <translation>Не удалось удалить профиль сопоставления</translation>
    </message>
    <message>
        <source>Cannot restore when the contact was last contacted</source>
        <translation>Не удалось восстановить дату последнего контакта</translation>
    </message>
    <message>
        <source>not a time of day</source>
        <translation>не время суток</translation>
    </message>
    <message>
        <source>External ID (the other system&apos;s)</source>
        <translation>Внешний ID (из другой системы)</translation>
    </message>
    <message>
        <source>Cannot restore the deal&apos;s external id</source>
        <translation>Не удалось восстановить внешний ID сделки</translation>
    </message>
    <message>
        <source>Cannot look for duplicates</source>
        <translation>Не удалось найти дубликаты</translation>
    </message>
    <message>
        <source>Cannot update the search index</source>
        <translation>Не удалось обновить поисковый индекс</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Cannot save the activities</source>
        <translation>Не удалось сохранить дела</translation>
    </message>
    <message>
        <source>Cannot save the new deals</source>
        <translation>Не удалось сохранить новые сделки</translation>
    </message>
    <message>
        <source>Cannot read the deal</source>
        <translation>Не удалось прочитать сделку</translation>
    </message>
</context>
<context>
    <name>kontor::importing::FetchedPhotos</name>
    <message>
        <source>Cannot keep the photos: no room for them in the temporary folder.</source>
        <translation>Не удаётся сохранить фотографии: для них нет места во временной папке.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импорт отменён; ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot keep the photos: the temporary folder is full or not writable.</source>
        <translation>Не удаётся сохранить фотографии: временная папка переполнена или недоступна для записи.</translation>
    </message>
    <message>
        <source>the fetched photo could not be read back (%1)</source>
        <translation>загруженную фотографию не удалось прочитать (%1)</translation>
    </message>
</context>
<context>
    <name>kontor::importing::ImportMapping</name>
    <message>
        <source>The mapping names a column the file does not have.</source>
        <translation>В сопоставлении указан столбец, которого нет в файле.</translation>
    </message>
    <message>
        <source>The mapping names an unknown field.</source>
        <translation>В сопоставлении указано неизвестное поле.</translation>
    </message>
</context>
<context>
    <name>kontor::importing::ImportProblem</name>
    <message>
        <source>row %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2, &quot;%3&quot;: %4</source>
        <translation>строка %1, столбец %2, «%3»: %4</translation>
    </message>
</context>
<context>
    <name>kontor::importing::MappingProfile</name>
    <message>
        <source>The saved mapping profile is damaged.</source>
        <translation>Сохранённый профиль сопоставления повреждён.</translation>
    </message>
    <message>
        <source>The saved mapping profile names an unknown field.</source>
        <translation>В сохранённом профиле сопоставления указано неизвестное поле.</translation>
    </message>
    <message>
        <source>The mapping profile &quot;%1&quot; needs a column this file does not have.</source>
        <translation>Профилю сопоставления «%1» нужен столбец, которого нет в этом файле.</translation>
    </message>
</context>
<context>
    <name>kontor::importing::VCardSource</name>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Мобильный телефон</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail</name>
    <message>
        <source>Cannot record the import</source>
        <translation>Не удалось записать импорт</translation>
    </message>
    <message>
        <source>Cannot look up the company</source>
        <translation>Не удалось найти компанию</translation>
    </message>
    <message>
        <source>Cannot read the deal&apos;s stage</source>
        <translation>Не удалось прочитать этап сделки</translation>
    </message>
    <message>
        <source>The deal is gone.</source>
        <translation>Сделки больше нет.</translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation>сделка %1</translation>
    </message>
    <message>
        <source>Cannot put the deal back in its stage</source>
        <translation>Не удалось вернуть сделку на её этап</translation>
    </message>
    <message>
        <source>Cannot keep the photos</source>
        <translation>Не удалось сохранить фото</translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation>не адрес эл. почты</translation>
    </message>
    <message>
        <source>a birthday in the future</source>
        <translation>день рождения в будущем</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>должно быть одно из: %1</translation>
    </message>
    <message>
        <source>not a record id</source>
        <translation>не ID записи</translation>
    </message>
    <message>
        <source>no name and no email address</source>
        <translation>нет ни имени, ни адреса эл. почты</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::ActivityWriter</name>
    <message>
        <source>must be one of: call, email, meeting, note</source>
        <translation>должно быть одно из: call, email, meeting, note</translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation>не адрес эл. почты</translation>
    </message>
    <message>
        <source>no contact has this email address; import the contacts first</source>
        <translation>ни у одного контакта нет такого адреса; сначала импортируйте контакты</translation>
    </message>
    <message>
        <source>not a duration: write minutes (45) or hours and minutes (1:30)</source>
        <translation>не длительность: пишите минуты (45) или часы и минуты (1:30)</translation>
    </message>
    <message>
        <source>must be in (incoming) or out (outgoing)</source>
        <translation>должно быть in (входящий) или out (исходящий)</translation>
    </message>
    <message>
        <source>no type (call, email, meeting or note)</source>
        <translation>нет типа (call, email, meeting или note)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>нет даты</translation>
    </message>
    <message>
        <source>no contact email</source>
        <translation>нет эл. почты контакта</translation>
    </message>
    <message>
        <source>neither a subject nor a note</source>
        <translation>нет ни темы, ни заметки</translation>
    </message>
    <message>
        <source>Cannot look for duplicates</source>
        <translation>Не удалось выполнить поиск дубликатов</translation>
    </message>
    <message>
        <source>Cannot read when the contact was last contacted</source>
        <translation>Не удалось прочитать дату последнего контакта</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::CompanyWriter</name>
    <message>
        <source>not an email address</source>
        <translation>не адрес эл. почты</translation>
    </message>
    <message>
        <source>not a record id</source>
        <translation>не ID записи</translation>
    </message>
    <message>
        <source>no company name</source>
        <translation>нет названия компании</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::ContactWriter</name>
    <message>
        <source>Cannot look for duplicates</source>
        <translation>Не удалось выполнить поиск дубликатов</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::DealRowReader</name>
    <message>
        <source>a deal amount cannot be negative</source>
        <translation>сумма сделки не может быть отрицательной</translation>
    </message>
    <message>
        <source>not a currency code such as EUR or USD</source>
        <translation>не код валюты вида EUR или USD</translation>
    </message>
    <message>
        <source>must be one of: open, won, lost</source>
        <translation>должно быть одно из: open, won, lost</translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation>не адрес эл. почты</translation>
    </message>
    <message>
        <source>no contact has this email address; import the contacts first</source>
        <translation>ни у одного контакта нет такого адреса; сначала импортируйте контакты</translation>
    </message>
    <message>
        <source>not a record id</source>
        <translation>не ID записи</translation>
    </message>
    <message>
        <source>the amount is in %1, this column says %2</source>
        <translation>сумма в %1, а в этом столбце указано %2</translation>
    </message>
    <message>
        <source>no deal title</source>
        <translation>нет названия сделки</translation>
    </message>
    <message>
        <source>no pipeline of this name; the pipelines are: %1</source>
        <translation>воронки с таким названием нет; есть воронки: %1</translation>
    </message>
    <message>
        <source>no stage of this name in the pipeline &quot;%1&quot;; its stages are: %2</source>
        <translation>в воронке «%1» нет этапа с таким названием; её этапы: %2</translation>
    </message>
    <message>
        <source>no stage of this name; the stages are: %1</source>
        <translation>этапа с таким названием нет; есть этапы: %1</translation>
    </message>
    <message>
        <source>a stage of several pipelines (%1); add a Pipeline column</source>
        <translation>этап есть в нескольких воронках (%1); добавьте столбец «Воронка»</translation>
    </message>
    <message>
        <source>the stage &quot;%1&quot; is a %2 stage</source>
        <translation>этап «%1» — это этап вида %2</translation>
    </message>
    <message>
        <source>the pipeline &quot;%1&quot; has no %2 stage</source>
        <translation>в воронке «%1» нет этапа вида %2</translation>
    </message>
    <message>
        <source>there is no pipeline to put the deal in</source>
        <translation>нет воронки, куда поместить сделку</translation>
    </message>
    <message>
        <source>no lost reason of this name; the reasons are: %1</source>
        <translation>причины проигрыша с таким названием нет; есть причины: %1</translation>
    </message>
    <message>
        <source>a lost reason for a deal that is not lost</source>
        <translation>причина проигрыша у непроигранной сделки</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::DealWriter</name>
    <message>
        <source>Cannot save the deal&apos;s external id</source>
        <translation>Не удалось сохранить внешний ID сделки</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::ImportLookups</name>
    <message>
        <source>Cannot look up the contact</source>
        <translation>Не удалось найти контакт</translation>
    </message>
    <message>
        <source>Cannot read the users</source>
        <translation>Не удалось прочитать пользователей</translation>
    </message>
    <message>
        <source>%1 users have this name; use their login or email</source>
        <translation>Такое имя у нескольких пользователей (%1); используйте логин или эл. почту</translation>
    </message>
    <message>
        <source>no user of this name, login or email; the users are: %1</source>
        <translation>нет пользователя с таким именем, логином или эл. почтой; есть пользователи: %1</translation>
    </message>
    <message>
        <source>Cannot look up the deal</source>
        <translation>Не удалось найти сделку</translation>
    </message>
    <message>
        <source>several deals of this contact have this title</source>
        <translation>у этого контакта несколько сделок с таким названием</translation>
    </message>
    <message>
        <source>several deals have this title</source>
        <translation>несколько сделок с таким названием</translation>
    </message>
    <message>
        <source>this contact has no deal with this title</source>
        <translation>у этого контакта нет сделки с таким названием</translation>
    </message>
    <message>
        <source>no deal has this title</source>
        <translation>нет сделки с таким названием</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::PhotoKeeper</name>
    <message>
        <source>embedded image</source>
        <translation>встроенное изображение</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импорт отменён; ничего не изменено.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>%1 The contact was imported without the photo.</source>
        <translation>%1 Контакт импортирован без фото.</translation>
    </message>
    <message>
        <source>%1 %2 was imported without the photo.</source>
        <translation>%1 %2 импортирован(а) без фото.</translation>
    </message>
</context>
<context>
    <name>kontor::phone</name>
    <message>
        <source>Cannot read the default phone region</source>
        <translation>Не удалось прочитать регион телефонов по умолчанию</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: it needs 3 to 17 digits</source>
        <translation>«%1» — не номер телефона: нужно от 3 до 17 цифр</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: no country uses this code and length</source>
        <translation>«%1» — не номер телефона: ни одна страна не использует такой код и длину</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region code phone numbers know (two letters, e.g. FI, DE, RU, US)</source>
        <translation>«%1» — неизвестный код региона (две буквы, например FI, DE, RU, US)</translation>
    </message>
    <message>
        <source>default region</source>
        <translation>регион по умолчанию</translation>
    </message>
    <message>
        <source>Cannot save the default phone region</source>
        <translation>Не удалось сохранить регион телефонов по умолчанию</translation>
    </message>
</context>
<context>
    <name>kontor::reports</name>
    <message>
        <source>dashboard</source>
        <translation>сводка</translation>
    </message>
    <message>
        <source>dashboard: overdue tasks</source>
        <translation>сводка: просроченные задачи</translation>
    </message>
    <message>
        <source>dashboard: new leads</source>
        <translation>сводка: новые лиды</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <source>Won this month</source>
        <translation>Выиграно в этом месяце</translation>
    </message>
    <message>
        <source>Plan this month</source>
        <translation>План на этот месяц</translation>
    </message>
    <message>
        <source>Of plan</source>
        <translation>От плана</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Просроченные задачи</translation>
    </message>
    <message>
        <source>New leads this week</source>
        <translation>Новые лиды за неделю</translation>
    </message>
    <message>
        <source>Stale deals</source>
        <translation>Зависшие сделки</translation>
    </message>
    <message>
        <source>count the deals behind a figure</source>
        <translation>подсчёт сделок за показателем</translation>
    </message>
    <message>
        <source>list the deals behind a figure</source>
        <translation>список сделок за показателем</translation>
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
        <translation>Этап</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>count overdue tasks</source>
        <translation>подсчёт просроченных задач</translation>
    </message>
    <message>
        <source>list overdue tasks</source>
        <translation>список просроченных задач</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Исполнитель</translation>
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
        <translation>подсчёт новых контактов</translation>
    </message>
    <message>
        <source>list new contacts</source>
        <translation>список новых контактов</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Customer key</source>
        <translation>Ключ клиента</translation>
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
        <translation>Выигранные сделки</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>list customers</source>
        <translation>список клиентов</translation>
    </message>
    <message>
        <source>company</source>
        <translation>компания</translation>
    </message>
    <message>
        <source>person</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>There are no records behind this figure.</source>
        <translation>За этим показателем нет записей.</translation>
    </message>
    <message>
        <source>ABC/XYZ</source>
        <translation>ABC/XYZ</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Ячейка</translation>
    </message>
    <message>
        <source>Revenue class</source>
        <translation>Класс выручки</translation>
    </message>
    <message>
        <source>Regularity class</source>
        <translation>Класс регулярности</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Доля выручки</translation>
    </message>
    <message>
        <source>Customers in %1</source>
        <translation>Клиенты в %1</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Месяцы</translation>
    </message>
    <message>
        <source>funnel</source>
        <translation>воронка</translation>
    </message>
    <message>
        <source>Funnel: %1</source>
        <translation>Воронка: %1</translation>
    </message>
    <message>
        <source>Stage id</source>
        <translation>ID этапа</translation>
    </message>
    <message>
        <source>Deals reached</source>
        <translation>Дошло сделок</translation>
    </message>
    <message>
        <source>From previous stage</source>
        <translation>От предыдущего этапа</translation>
    </message>
    <message>
        <source>From first stage</source>
        <translation>От первого этапа</translation>
    </message>
    <message>
        <source>Average days in stage</source>
        <translation>Среднее дней на этапе</translation>
    </message>
    <message>
        <source>Median days in stage</source>
        <translation>Медиана дней на этапе</translation>
    </message>
    <message>
        <source>Deals that reached %1</source>
        <translation>Сделки, дошедшие до этапа %1</translation>
    </message>
    <message>
        <source>Deals created</source>
        <translation>Создано сделок</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <source>Overall conversion</source>
        <translation>Общая конверсия</translation>
    </message>
    <message>
        <source>Average cycle</source>
        <translation>Средний цикл</translation>
    </message>
    <message>
        <source>Median cycle</source>
        <translation>Медианный цикл</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>прогноз</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Взвешенно</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Weighted of plan</source>
        <translation>Взвешенно от плана</translation>
    </message>
    <message>
        <source>Open deals expected to close in %1</source>
        <translation>Открытые сделки с ожидаемым закрытием в %1</translation>
    </message>
    <message>
        <source>plan vs fact</source>
        <translation>план/факт</translation>
    </message>
    <message>
        <source>Plan id</source>
        <translation>ID плана</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID пользователя</translation>
    </message>
    <message>
        <source>Manager and period</source>
        <translation>Менеджер и период</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Won by %1 in %2</source>
        <translation>Выиграно: %1, %2</translation>
    </message>
    <message>
        <source>sales dynamics</source>
        <translation>динамика продаж</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Выиграно на сумму</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>Won before</source>
        <translation>Выиграно ранее</translation>
    </message>
    <message>
        <source>Amount before</source>
        <translation>Сумма ранее</translation>
    </message>
    <message>
        <source>Deals won from %1</source>
        <translation>Сделки, выигранные с %1</translation>
    </message>
    <message>
        <source>Won in the period before</source>
        <translation>Выиграно в предыдущем периоде</translation>
    </message>
    <message>
        <source>Amount in the period before</source>
        <translation>Сумма в предыдущем периоде</translation>
    </message>
    <message>
        <source>Change of amount</source>
        <translation>Изменение суммы</translation>
    </message>
    <message>
        <source>won vs lost</source>
        <translation>выигранные и проигранные</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигранных</translation>
    </message>
    <message>
        <source>Deals closed from %1</source>
        <translation>Сделки, закрытые с %1</translation>
    </message>
    <message>
        <source>lost reasons</source>
        <translation>причины проигрыша</translation>
    </message>
    <message>
        <source>Reason id</source>
        <translation>ID причины</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>Проиграно сделок</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Amount lost</source>
        <translation>Проиграно на сумму</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(причина не указана)</translation>
    </message>
    <message>
        <source>Deals lost: %1</source>
        <translation>Проигранные сделки: %1</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>распределение</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Диапазон</translation>
    </message>
    <message>
        <source>Won deals: %1</source>
        <translation>Выигранные сделки: %1</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Среднее</translation>
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
        <translation>%1 и больше</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 дн.</translation>
    </message>
    <message>
        <source>%1 days and more</source>
        <translation>%1 дн. и больше</translation>
    </message>
    <message>
        <source>managers report</source>
        <translation>отчёт по менеджерам</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>Tasks on time</source>
        <translation>Задачи в срок</translation>
    </message>
    <message>
        <source>Tasks done late</source>
        <translation>Задачи с опозданием</translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation>Просроченные задачи</translation>
    </message>
    <message>
        <source>Deals closed by %1</source>
        <translation>Сделки, закрытые: %1</translation>
    </message>
    <message>
        <source>channels report</source>
        <translation>отчёт по каналам</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>Канал-источник</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(без источника)</translation>
    </message>
    <message>
        <source>Deals from %1</source>
        <translation>Сделки из источника %1</translation>
    </message>
    <message>
        <source>sales plans</source>
        <translation>планы продаж</translation>
    </message>
    <message>
        <source>In stage now</source>
        <translation>Сейчас на этапе</translation>
    </message>
    <message>
        <source>Average days so far</source>
        <translation>Среднее дней на данный момент</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Весь план</translation>
    </message>
    <message>
        <source>Plan from</source>
        <translation>План с</translation>
    </message>
    <message>
        <source>Plan to</source>
        <translation>План по</translation>
    </message>
    <message>
        <source>Cannot update the time deals spent in each stage</source>
        <translation>Не удалось обновить время сделок на этапах</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kontor, a CRM for salespeople.</source>
        <translation>Kontor — CRM для менеджеров по продажам.</translation>
    </message>
    <message>
        <source>Open this database (sqlite:FILE or postgresql://user@host:port/name) instead of KONTOR_DB.</source>
        <translation>Открыть эту базу (sqlite:ФАЙЛ или postgresql://user@host:port/name) вместо KONTOR_DB.</translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE and exit.</source>
        <translation>Сохранить снимок главного окна в ФАЙЛ и выйти.</translation>
    </message>
    <message>
        <source>Show this module first (contacts, companies, ...).</source>
        <translation>Сначала показать этот модуль (contacts, companies, ...).</translation>
    </message>
    <message>
        <source>User interface language (en, ru, bg, fi, sw, fa, lo).</source>
        <translation>Язык интерфейса (en, ru, bg, fi, sw, fa, lo).</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Не удалось открыть базу</translation>
    </message>
    <message>
        <source>Open the card of the contact with this id.</source>
        <translation>Открыть карточку контакта с этим ID.</translation>
    </message>
    <message>
        <source>Open the card of the company with this id.</source>
        <translation>Открыть карточку компании с этим ID.</translation>
    </message>
    <message>
        <source>Open the card of the deal with this id.</source>
        <translation>Открыть карточку сделки с этим ID.</translation>
    </message>
    <message>
        <source>Open a settings dialog: pipelines or products.</source>
        <translation>Открыть окно настроек: pipelines или products.</translation>
    </message>
    <message>
        <source>Open quick-search[:TEXT], custom-fields or duplicates.</source>
        <translation>Открыть quick-search[:ТЕКСТ], custom-fields или duplicates.</translation>
    </message>
</context>
</TS>
