<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>Audit</name>
    <message>
        <source>Cannot write the audit log</source>
        <translation>نوشتن گزارش حسابرسی ممکن نیست</translation>
    </message>
</context>
<context>
    <name>BulkLoad</name>
    <message>
        <source>Cannot write the rows</source>
        <translation>نوشتن ردیف‌ها ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot prepare the tables for a bulk load</source>
        <translation>آماده‌سازی جدول‌ها برای بارگذاری انبوه ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot rebuild the indexes after a bulk load</source>
        <translation>بازسازی نمایه‌ها پس از بارگذاری انبوه ممکن نیست</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>شبکه‌های اجتماعی</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>معرفی</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>سرد</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>گرم</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>داغ</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>بدون رتبه</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check before importing</source>
        <translation>بررسی پیش از وارد کردن</translation>
    </message>
    <message>
        <source>Every row was checked and matched as the import will do it; nothing is saved yet.</source>
        <translation>همهٔ ردیف‌ها همان‌طور که وارد کردن انجام می‌دهد بررسی و تطبیق داده شدند؛ هنوز چیزی ذخیره نشده است.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <source>Show problem rows only</source>
        <translation>فقط ردیف‌های دارای مشکل نمایش داده شود</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>در حال بررسی همهٔ ردیف‌ها…</translation>
    </message>
    <message>
        <source>Rows with problems are left out and can be saved to a file after the import. Go back to change the mapping or the date order.</source>
        <translation>ردیف‌های دارای مشکل کنار گذاشته می‌شوند و پس از وارد کردن می‌توان آن‌ها را در یک فایل ذخیره کرد. برای تغییر نگاشت یا ترتیب تاریخ به عقب برگردید.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <source>The grid shows the first %1 rows with problems; all %2 go to the problem rows file you can save after the import.</source>
        <translation>جدول، %1 ردیف نخست دارای مشکل را نشان می‌دهد؛ همهٔ %2 ردیف به فایل ردیف‌های مشکل‌دار می‌روند که پس از وارد کردن می‌توانید ذخیره کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) cannot be kept; those contacts will be imported without them:</source>
        <translation>
            <numerusform>%Ln عکس را نمی‌توان نگه داشت؛ این مخاطبان بدون عکس وارد می‌شوند:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is checked and matched as the import will do it; nothing is saved.</source>
        <translation>همهٔ ردیف‌ها همان‌طور که وارد کردن انجام می‌دهد بررسی و تطبیق داده می‌شوند؛ چیزی ذخیره نمی‌شود.</translation>
    </message>
    <message>
        <source>The check stopped; nothing is saved.</source>
        <translation>بررسی متوقف شد؛ چیزی ذخیره نشد.</translation>
    </message>
</context>
<context>
    <name>CompaniesModule</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <source>Search by company name</source>
        <translation>جستجو بر اساس نام شرکت</translation>
    </message>
    <message>
        <source>No companies yet. Import a file or add demo data to get started.</source>
        <translation>هنوز شرکتی وجود ندارد. برای شروع، یک فایل وارد کنید یا دادهٔ نمونه اضافه کنید.</translation>
    </message>
    <message>
        <source>No company name starts with “%1”.</source>
        <translation>نام هیچ شرکتی با «%1» شروع نمی‌شود.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s) found</source>
        <translation>
            <numerusform>%Ln شرکت پیدا شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>%Ln شرکت</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Move the selected companies to the trash (Del)</source>
        <translation>انتقال شرکت‌های انتخاب‌شده به سطل زباله (Del)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s) moved to the trash. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%Ln شرکت به سطل زباله منتقل شد. برای واگرد Ctrl+Z را بزنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>خروجی گرفتن…</translation>
    </message>
    <message>
        <source>Save the selected companies as CSV, Excel, vCard or JSON</source>
        <translation>ذخیرهٔ شرکت‌های انتخاب‌شده به‌صورت CSV، Excel، vCard یا JSON</translation>
    </message>
</context>
<context>
    <name>ContactsModule</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>عنوان شغلی</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Search by name, email or phone</source>
        <translation>جستجو بر اساس نام، ایمیل یا تلفن</translation>
    </message>
    <message>
        <source>No contacts yet. Import a file or add demo data to get started.</source>
        <translation>هنوز مخاطبی وجود ندارد. برای شروع، یک فایل وارد کنید یا دادهٔ نمونه اضافه کنید.</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>هیچ مخاطبی با «%1» مطابقت ندارد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) found</source>
        <translation>
            <numerusform>%Ln مخاطب پیدا شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln مخاطب</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Move the selected contacts to the trash (Del)</source>
        <translation>انتقال مخاطبان انتخاب‌شده به سطل زباله (Del)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) moved to the trash. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%Ln مخاطب به سطل زباله منتقل شد. برای واگرد Ctrl+Z را بزنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact matches this filter.</source>
        <translation>هیچ مخاطبی با این فیلتر مطابقت ندارد.</translation>
    </message>
    <message>
        <source>Find Duplicates…</source>
        <translation>یافتن موارد تکراری…</translation>
    </message>
    <message>
        <source>Look for contacts that are the same person across the whole base and merge them</source>
        <translation>یافتن مخاطبانی که در کل پایگاه داده یک شخص هستند و ادغام آن‌ها</translation>
    </message>
    <message>
        <source>&amp;Phone Numbers…</source>
        <translation>شماره‌های تلفن (&amp;P)…</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database server cannot be reached</source>
        <translation>دسترسی به سرور پایگاه داده ممکن نیست</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved</source>
        <translation>دیسک پر است؛ چیزی ذخیره نشد</translation>
    </message>
    <message>
        <source>Another program is writing to the database</source>
        <translation>برنامهٔ دیگری در حال نوشتن در پایگاه داده است</translation>
    </message>
    <message>
        <source>Nothing to commit</source>
        <translation>چیزی برای ثبت وجود ندارد</translation>
    </message>
    <message>
        <source>The transaction failed</source>
        <translation>تراکنش ناموفق بود</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>This is not a database address Kontor understands</source>
        <translation>این نشانی پایگاه داده‌ای نیست که Kontor بشناسد</translation>
    </message>
</context>
<context>
    <name>DuplicateCommands</name>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>ادغام «%1» در «%2»</translation>
    </message>
    <message>
        <source>Cannot undo the merge: %1</source>
        <translation>واگرد ادغام ممکن نیست: %1</translation>
    </message>
    <message>
        <source>Cannot merge again: %1</source>
        <translation>ادغام دوباره ممکن نیست: %1</translation>
    </message>
    <message>
        <source>“%1” and “%2” are not duplicates</source>
        <translation>«%1» و «%2» تکراری نیستند</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Duplicates and dates</source>
        <translation>موارد تکراری و تاریخ‌ها</translation>
    </message>
    <message>
        <source>How a row is recognised as a record Kontor already has, and what happens then.</source>
        <translation>اینکه یک ردیف چگونه به‌عنوان رکوردی که Kontor از قبل دارد شناخته می‌شود و سپس چه اتفاقی می‌افتد.</translation>
    </message>
    <message>
        <source>A row is the same record when it has the same:</source>
        <translation>یک ردیف همان رکورد است اگر این مورد یکسان باشد:</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>نشانی ایمیل</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>شماره تلفن</translation>
    </message>
    <message>
        <source>Name and company</source>
        <translation>نام و شرکت</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Kontor ID (a column of a Kontor export)</source>
        <translation>شناسهٔ Kontor (ستونی از خروجی Kontor)</translation>
    </message>
    <message>
        <source>When it is already there:</source>
        <translation>اگر از قبل وجود داشته باشد:</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>رد کردن ردیف</translation>
    </message>
    <message>
        <source>Update the record with the row&apos;s values</source>
        <translation>به‌روزرسانی رکورد با مقادیر ردیف</translation>
    </message>
    <message>
        <source>Fill only the record&apos;s empty fields</source>
        <translation>پر کردن فقط فیلدهای خالی رکورد</translation>
    </message>
    <message>
        <source>Create another record anyway</source>
        <translation>ایجاد رکورد دیگری در هر حال</translation>
    </message>
    <message>
        <source>Dates like 03/04/2023 are:</source>
        <translation>تاریخ‌هایی مانند 03/04/2023 به این صورت‌اند:</translation>
    </message>
    <message>
        <source>ambiguous: list them as problems</source>
        <translation>مبهم: به‌عنوان مشکل فهرست شوند</translation>
    </message>
    <message>
        <source>day / month / year</source>
        <translation>روز / ماه / سال</translation>
    </message>
    <message>
        <source>month / day / year</source>
        <translation>ماه / روز / سال</translation>
    </message>
    <message>
        <source>Save this mapping for the next file as:</source>
        <translation>ذخیرهٔ این نگاشت برای فایل بعدی با نام:</translation>
    </message>
    <message>
        <source>a name, e.g. “Trade fair list” (optional)</source>
        <translation>یک نام، مثلاً «فهرست نمایشگاه تجاری» (اختیاری)</translation>
    </message>
    <message>
        <source>An activity is already there when its contact, type, time, subject and note are the same.</source>
        <translation>یک فعالیت زمانی از قبل وجود دارد که مخاطب، نوع، زمان، موضوع و یادداشت آن یکسان باشد.</translation>
    </message>
    <message>
        <source>Title and company</source>
        <translation>عنوان و شرکت</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Keep photos (the cards&apos; pictures are stored with the contacts)</source>
        <translation>حفظ عکس‌ها (تصاویر کارت‌ها همراه مخاطبان ذخیره می‌شوند)</translation>
    </message>
    <message>
        <source>A contact that has a photo keeps it; Undo import removes the photos it added.</source>
        <translation>مخاطبی که عکس دارد آن را حفظ می‌کند؛ واگرد وارد کردن، عکس‌هایی را که اضافه کرده حذف می‌کند.</translation>
    </message>
</context>
<context>
    <name>EditDealCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation>ویرایش «%1»</translation>
    </message>
    <message>
        <source>“%1” could not be changed back: %2</source>
        <translation>«%1» را نمی‌توان به حالت قبل برگرداند: %2</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>انتخاب فایل</translation>
    </message>
    <message>
        <source>CSV, Excel (.xlsx) or vCard. Nothing is saved until the last step.</source>
        <translation>CSV، Excel (.xlsx) یا vCard. تا مرحلهٔ آخر چیزی ذخیره نمی‌شود.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>مرور…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>تشخیص خودکار</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>ویرگول ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>نقطه‌ویرگول ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation>خط عمودی |</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>فایل:</translation>
    </message>
    <message>
        <source>Import as:</source>
        <translation>وارد کردن به‌عنوان:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>کدگذاری:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>جداکننده:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>برگه:</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>ردیف سرستون:</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>وارد کردن فایل</translation>
    </message>
    <message>
        <source>Choose a file to import, or drop one on Kontor&apos;s window.</source>
        <translation>فایلی را برای وارد کردن انتخاب کنید، یا آن را روی پنجرهٔ Kontor رها کنید.</translation>
    </message>
    <message>
        <source>vCard file (%1); each card becomes a contact.</source>
        <translation>فایل vCard (%1)؛ هر کارت به یک مخاطب تبدیل می‌شود.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <source>CSV, %1, delimiter “%2”</source>
        <translation>CSV، %1، جداکننده «%2»</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation>کارپوشهٔ Excel، برگهٔ «%1»</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>ستون %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of the first rows have the wrong number of fields; they will be listed as problems.</source>
        <translation>
            <numerusform>%Ln ردیف از ردیف‌های نخست تعداد فیلد نادرستی دارند؛ به‌عنوان مشکل فهرست خواهند شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <source>Activities and notes</source>
        <translation>فعالیت‌ها و یادداشت‌ها</translation>
    </message>
    <message>
        <source>Files to import (*.csv *.txt *.tsv *.xlsx *.vcf);;All files (*)</source>
        <translation>فایل‌های قابل وارد کردن (*.csv *.txt *.tsv *.xlsx *.vcf);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Read as the saved mapping “%1” reads such files.</source>
        <translation>همان‌طور خوانده شود که نگاشت ذخیره‌شدهٔ «%1» چنین فایل‌هایی را می‌خواند.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Lead</source>
        <translation>سرنخ</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>مشتری بالقوه</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>برنده‌شده</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ازدست‌رفته</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>%1 rows: %2 to create, %3 to update, %4 to skip as duplicates, %5 with problems</source>
        <translation>%1 ردیف: %2 برای ایجاد، %3 برای به‌روزرسانی، %4 برای رد شدن به‌عنوان تکراری، %5 دارای مشکل</translation>
    </message>
    <message>
        <source>… and more in the problem rows file.</source>
        <translation>… و موارد بیشتر در فایل ردیف‌های مشکل‌دار.</translation>
    </message>
    <message>
        <source>Fetching photos: %1 of %2…</source>
        <translation>در حال دریافت عکس‌ها: %1 از %2…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>تطبیق ستون‌ها</translation>
    </message>
    <message>
        <source>Each column goes into the field chosen here; “Do not import” leaves it out.</source>
        <translation>هر ستون به فیلدی که اینجا انتخاب می‌شود می‌رود؛ «وارد نشود» آن را کنار می‌گذارد.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ستون در فایل</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>اولین مقدار</translation>
    </message>
    <message>
        <source>Kontor field</source>
        <translation>فیلد Kontor</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>وارد نشود</translation>
    </message>
    <message>
        <source>Custom field: %1</source>
        <translation>فیلد سفارشی: %1</translation>
    </message>
    <message>
        <source>New custom field “%1”</source>
        <translation>فیلد سفارشی جدید «%1»</translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation>نگاشت ذخیره‌شده:</translation>
    </message>
    <message>
        <source>None: suggested from the column names and contents</source>
        <translation>هیچ: پیشنهادشده بر اساس نام و محتوای ستون‌ها</translation>
    </message>
    <message>
        <source>The saved mapping “%1” was made for a file with these columns; it is used.</source>
        <translation>نگاشت ذخیره‌شدهٔ «%1» برای فایلی با این ستون‌ها ساخته شده است؛ از آن استفاده می‌شود.</translation>
    </message>
</context>
<context>
    <name>MoveDealStageCommand</name>
    <message>
        <source>Move “%1” to %2</source>
        <translation>انتقال «%1» به %2</translation>
    </message>
    <message>
        <source>“%1” could not be moved: %2</source>
        <translation>«%1» را نمی‌توان منتقل کرد: %2</translation>
    </message>
</context>
<context>
    <name>Paging</name>
    <message>
        <source>The list position is not valid for this sort order</source>
        <translation>موقعیت فهرست برای این ترتیب مرتب‌سازی معتبر نیست</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>stage %1</source>
        <translation>مرحلهٔ %1</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>در حال وارد کردن</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>لغو وارد کردن</translation>
    </message>
    <message>
        <source>Save problem rows…</source>
        <translation>ذخیرهٔ ردیف‌های مشکل‌دار…</translation>
    </message>
    <message>
        <source>Save problem rows</source>
        <translation>ذخیرهٔ ردیف‌های مشکل‌دار</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>نوشتن %1 ممکن نیست.</translation>
    </message>
    <message>
        <source>%1 rows, %2 rows per second</source>
        <translation>%1 ردیف، %2 ردیف در ثانیه</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was saved.</source>
        <translation>وارد کردن لغو شد. چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <source>The import failed and nothing was saved: %1</source>
        <translation>وارد کردن ناموفق بود و چیزی ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>Done in %1 s: %2 created, %3 updated, %4 skipped, %5 rows with problems.
This import can be undone from the Import page (import %6).</source>
        <translation>در %1 ثانیه انجام شد: %2 ایجاد، %3 به‌روزرسانی، %4 ردشده، %5 ردیف دارای مشکل.
این وارد کردن را می‌توان از صفحهٔ وارد کردن واگرد کرد (وارد کردن %6).</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be kept; those contacts were imported without them:</source>
        <translation>
            <numerusform>%Ln عکس را نتوانستیم نگه داریم؛ این مخاطبان بدون عکس وارد شدند:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Cannot pause the search index</source>
        <translation>توقف موقت نمایهٔ جستجو ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot rebuild the search index</source>
        <translation>بازسازی نمایهٔ جستجو ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot update the search index</source>
        <translation>به‌روزرسانی نمایهٔ جستجو ممکن نیست</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Cannot sign in as %1</source>
        <translation>ورود با عنوان %1 ممکن نیست</translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>High</source>
        <translation>بالا</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>فوری</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>سررسید گذشته</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>پیش رو</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>بدون سررسید</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>فردا</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>دیروز</translation>
    </message>
    <message>
        <source>%1 (all day)</source>
        <translation>%1 (تمام روز)</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 از %2 انجام شده</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>هر روز</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>هر %1</translation>
    </message>
    <message>
        <source>Monthly on day %1</source>
        <translation>ماهانه در روز %1</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>This kind of record has no trash</source>
        <translation>این نوع رکورد سطل زباله ندارد</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>حذف «%1»</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation>بازیابی «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>حذف %Ln رکورد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n record(s)</source>
        <translation>
            <numerusform>بازیابی %Ln رکورد</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>ویرایش «%1»</translation>
    </message>
    <message>
        <source>Log “%1”</source>
        <translation>ثبت «%1»</translation>
    </message>
    <message>
        <source>Change the photo of “%1”</source>
        <translation>تغییر عکس «%1»</translation>
    </message>
    <message>
        <source>Remove the photo of “%1”</source>
        <translation>حذف عکس «%1»</translation>
    </message>
</context>
<context>
    <name>Writer</name>
    <message>
        <source>Deals</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>فعالیت‌ها</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>کارها</translation>
    </message>
    <message>
        <source>Planning deals</source>
        <translation>برنامه‌ریزی معاملات</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>در حال ذخیره</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <source>Creating the demo data was cancelled; the database was left as it was</source>
        <translation>ایجاد دادهٔ نمونه لغو شد؛ پایگاه داده همان‌طور که بود باقی ماند</translation>
    </message>
    <message>
        <source>Users, pipelines and products</source>
        <translation>کاربران، خطوط لوله و محصولات</translation>
    </message>
    <message>
        <source>Cannot create the demo users</source>
        <translation>ایجاد کاربران نمونه ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot set up the pipeline %1</source>
        <translation>راه‌اندازی خط لولهٔ %1 ممکن نیست</translation>
    </message>
    <message>
        <source>The pipeline needs open, won and lost stages for demo deals</source>
        <translation>خط لوله برای معاملات نمونه به مراحل باز، برنده‌شده و ازدست‌رفته نیاز دارد</translation>
    </message>
    <message>
        <source>Cannot read the lists the demo data uses</source>
        <translation>خواندن فهرست‌هایی که دادهٔ نمونه استفاده می‌کند ممکن نیست</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>نمایه‌ها</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>نمایهٔ جستجو</translation>
    </message>
    <message>
        <source>Stage stays</source>
        <translation>مدت ماندن در مراحل</translation>
    </message>
</context>
<context>
    <name>kontor</name>
    <message>
        <source>company %1</source>
        <translation>شرکت %1</translation>
    </message>
    <message>
        <source>new company</source>
        <translation>شرکت جدید</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>مخاطب %1</translation>
    </message>
    <message>
        <source>new contact</source>
        <translation>مخاطب جدید</translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation>معاملهٔ %1</translation>
    </message>
    <message>
        <source>new deal</source>
        <translation>معاملهٔ جدید</translation>
    </message>
    <message>
        <source>Cannot move it to the trash</source>
        <translation>انتقال آن به سطل زباله ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot restore it from the trash</source>
        <translation>بازیابی آن از سطل زباله ممکن نیست</translation>
    </message>
    <message>
        <source>It does not exist or is already in the trash</source>
        <translation>وجود ندارد یا از قبل در سطل زباله است</translation>
    </message>
    <message>
        <source>It is not in the trash</source>
        <translation>در سطل زباله نیست</translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation>فعالیت %1</translation>
    </message>
    <message>
        <source>new activity</source>
        <translation>فعالیت جدید</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>محصول %1</translation>
    </message>
    <message>
        <source>new product</source>
        <translation>محصول جدید</translation>
    </message>
    <message>
        <source>Cannot read the selected contacts</source>
        <translation>خواندن مخاطبان انتخاب‌شده ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the tag &quot;%1&quot;</source>
        <translation>خواندن برچسب «%1» ممکن نیست</translation>
    </message>
    <message>
        <source>Unknown filter &quot;%1&quot;</source>
        <translation>فیلتر ناشناخته «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2</source>
        <translation>«%1» مقدار معتبری برای %2 نیست</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;</source>
        <translation>فیلد «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; %2 takes numbers like 1250 or 12.5</source>
        <translation>«%1» عدد نیست؛ %2 عددهایی مانند 1250 یا 12.5 می‌پذیرد</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» عدد نیست</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2026-03-31</source>
        <translation>«%1» تاریخ نیست؛ آن را به شکل 2026-03-31 بنویسید</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>«%1» بله یا خیر نیست</translation>
    </message>
    <message>
        <source>custom field &quot;%1&quot;</source>
        <translation>فیلد سفارشی «%1»</translation>
    </message>
    <message>
        <source>Kontor ID</source>
        <translation>شناسهٔ Kontor</translation>
    </message>
    <message>
        <source>company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Cannot write the export file.</source>
        <translation>نوشتن فایل خروجی ممکن نیست.</translation>
    </message>
    <message>
        <source>The export file is not open for writing.</source>
        <translation>فایل خروجی برای نوشتن باز نیست.</translation>
    </message>
    <message>
        <source>Deals cannot be written as vCard; choose CSV, .xlsx or JSON.</source>
        <translation>معاملات را نمی‌توان به‌صورت vCard نوشت؛ CSV، .xlsx یا JSON را انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 records do not fit on one .xlsx sheet (at most 1,048,575); export as CSV instead.</source>
        <translation>%1 رکورد در یک برگهٔ .xlsx جا نمی‌شود (حداکثر 1,048,575)؛ به‌جای آن خروجی CSV بگیرید.</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>رکورد %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>خروجی گرفتن لغو شد.</translation>
    </message>
    <message>
        <source>find %1</source>
        <translation>یافتن %1</translation>
    </message>
    <message>
        <source>There is no %1 of that name or id.</source>
        <translation>هیچ %1 با این نام یا شناسه وجود ندارد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>«%1» تاریخ نیست</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>«%1» تاریخ و زمان نیست</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>منطقهٔ زمانی ناشناخته «%1»</translation>
    </message>
    <message>
        <source>This is not an iCalendar file: it does not start with BEGIN:VCALENDAR</source>
        <translation>این فایل iCalendar نیست: با BEGIN:VCALENDAR شروع نمی‌شود</translation>
    </message>
    <message>
        <source>END:%1 does not close the open component</source>
        <translation>END:%1 مؤلفهٔ باز را نمی‌بندد</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>خط %1</translation>
    </message>
    <message>
        <source>event without a start (DTSTART)</source>
        <translation>رویداد بدون شروع (DTSTART)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>خط %1: %2</translation>
    </message>
    <message>
        <source>Meeting without a title</source>
        <translation>جلسهٔ بدون عنوان</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>مکان: %1</translation>
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
        <translation>DURATION «%1» یک مدت زمان نیست</translation>
    </message>
    <message>
        <source>line %1: the repeat rule &quot;%2&quot; is not supported; the first meeting is imported without repeats</source>
        <translation>خط %1: قانون تکرار «%2» پشتیبانی نمی‌شود؛ نخستین جلسه بدون تکرار وارد می‌شود</translation>
    </message>
    <message>
        <source>The file ends inside %1 (it is cut short)</source>
        <translation>فایل در میانهٔ %1 تمام می‌شود (ناقص است)</translation>
    </message>
    <message>
        <source>Cannot check for an earlier import</source>
        <translation>بررسی وارد کردن قبلی ممکن نیست</translation>
    </message>
    <message>
        <source>repeat &quot;%1&quot;</source>
        <translation>تکرار «%1»</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>کار %1</translation>
    </message>
    <message>
        <source>new task</source>
        <translation>کار جدید</translation>
    </message>
    <message>
        <source>Cannot read the task</source>
        <translation>خواندن کار ممکن نیست</translation>
    </message>
    <message>
        <source>The task does not exist or is in the trash</source>
        <translation>کار وجود ندارد یا در سطل زباله است</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>نوشتن فایل ممکن نبود.</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Cannot read the names of duplicate contacts</source>
        <translation>خواندن نام مخاطبان تکراری ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot re-normalize the phone numbers</source>
        <translation>نرمال‌سازی دوبارهٔ شماره‌های تلفن ممکن نیست</translation>
    </message>
    <message>
        <source>The custom field &quot;%1&quot; belongs to another kind of record</source>
        <translation>فیلد سفارشی «%1» متعلق به نوع دیگری از رکورد است</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <source>Activities cannot be written as vCard; choose CSV, .xlsx or JSON.</source>
        <translation>فعالیت‌ها را نمی‌توان به‌صورت vCard نوشت؛ CSV، .xlsx یا JSON را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Cannot create the export file.</source>
        <translation>ایجاد فایل خروجی ممکن نیست.</translation>
    </message>
    <message>
        <source>Cannot save the export file.</source>
        <translation>ذخیرهٔ فایل خروجی ممکن نیست.</translation>
    </message>
    <message>
        <source>A quote is not closed in &quot;%1&quot;</source>
        <translation>یک نقل‌قول در «%1» بسته نشده است</translation>
    </message>
    <message>
        <source>Custom field %1 is not a field of contacts</source>
        <translation>فیلد سفارشی %1 از فیلدهای مخاطبان نیست</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>سرور پاسخ داد: %1.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>سرور اتصال را رد کرد.</translation>
    </message>
    <message>
        <source>The server %1 was not found.</source>
        <translation>سرور %1 پیدا نشد.</translation>
    </message>
    <message>
        <source>The server closed the connection without sending the photo.</source>
        <translation>سرور بدون ارسال عکس اتصال را بست.</translation>
    </message>
    <message>
        <source>The photo could not be fetched: %1.</source>
        <translation>دریافت عکس ممکن نبود: %1.</translation>
    </message>
    <message>
        <source>Only web addresses (http, https) are fetched.</source>
        <translation>فقط نشانی‌های وب (http، https) دریافت می‌شوند.</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>در %1 ثانیه پاسخی دریافت نشد.</translation>
    </message>
    <message>
        <source>The photo is larger than %1 MB.</source>
        <translation>عکس بزرگ‌تر از %1 مگابایت است.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
</context>
<context>
    <name>kontor::ActivityRepository</name>
    <message>
        <source>Unknown kind of activity &quot;%1&quot;</source>
        <translation>نوع فعالیت ناشناخته «%1»</translation>
    </message>
    <message>
        <source>An activity must belong to a contact, a company or a deal</source>
        <translation>یک فعالیت باید متعلق به یک مخاطب، شرکت یا معامله باشد</translation>
    </message>
    <message>
        <source>Unknown direction &quot;%1&quot;</source>
        <translation>جهت ناشناخته «%1»</translation>
    </message>
    <message>
        <source>A duration cannot be negative</source>
        <translation>مدت زمان نمی‌تواند منفی باشد</translation>
    </message>
    <message>
        <source>Write a subject or a few words about what happened</source>
        <translation>یک موضوع یا چند کلمه دربارهٔ آنچه اتفاق افتاد بنویسید</translation>
    </message>
    <message>
        <source>Cannot save the activity</source>
        <translation>ذخیرهٔ فعالیت ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot update when the contact was last contacted</source>
        <translation>به‌روزرسانی زمان آخرین تماس با مخاطب ممکن نیست</translation>
    </message>
</context>
<context>
    <name>kontor::BoardColumnModel</name>
    <message>
        <source>%1 — no activity since %2</source>
        <translation>%1 — بدون فعالیت از %2</translation>
    </message>
</context>
<context>
    <name>kontor::BoardController</name>
    <message>
        <source>deal %1</source>
        <translation>معاملهٔ %1</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>انتقال «%1» به %2</translation>
    </message>
    <message>
        <source>This pipeline has no won stage; add one in the pipeline settings.</source>
        <translation>این خط لوله مرحلهٔ برنده‌شده ندارد؛ آن را در تنظیمات خط لوله اضافه کنید.</translation>
    </message>
    <message>
        <source>Mark “%1” won</source>
        <translation>علامت‌گذاری «%1» به‌عنوان برنده‌شده</translation>
    </message>
    <message>
        <source>This pipeline has no lost stage; add one in the pipeline settings.</source>
        <translation>این خط لوله مرحلهٔ ازدست‌رفته ندارد؛ آن را در تنظیمات خط لوله اضافه کنید.</translation>
    </message>
    <message>
        <source>Mark “%1” lost</source>
        <translation>علامت‌گذاری «%1» به‌عنوان ازدست‌رفته</translation>
    </message>
</context>
<context>
    <name>kontor::BoardRepository</name>
    <message>
        <source>Cannot read the board of the pipeline &quot;%1&quot;</source>
        <translation>خواندن تابلوی خط لولهٔ «%1» ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the board position of deal %1</source>
        <translation>خواندن موقعیت معاملهٔ %1 در تابلو ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot reorder the cards of stage %1</source>
        <translation>مرتب‌سازی دوبارهٔ کارت‌های مرحلهٔ %1 ممکن نیست</translation>
    </message>
    <message>
        <source>The card to drop before is not in this stage</source>
        <translation>کارتی که باید پیش از آن رها شود در این مرحله نیست</translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation>معاملهٔ %1</translation>
    </message>
    <message>
        <source>Cannot read the list of users</source>
        <translation>خواندن فهرست کاربران ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the list of tags</source>
        <translation>خواندن فهرست برچسب‌ها ممکن نیست</translation>
    </message>
</context>
<context>
    <name>kontor::BoardView</name>
    <message>
        <source>%1 · weighted %2</source>
        <translation>%1 · وزنی %2</translation>
    </message>
    <message>
        <source>No deals</source>
        <translation>معامله‌ای نیست</translation>
    </message>
    <message>
        <source>Filter by deal, company or contact</source>
        <translation>فیلتر بر اساس معامله، شرکت یا مخاطب</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>خط لوله:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>مسئول:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>برچسب:</translation>
    </message>
    <message>
        <source>Stages…</source>
        <translation>مراحل…</translation>
    </message>
    <message>
        <source>Drop here: Won</source>
        <translation>اینجا رها کنید: برنده‌شده</translation>
    </message>
    <message>
        <source>Drop here: Lost</source>
        <translation>اینجا رها کنید: ازدست‌رفته</translation>
    </message>
    <message>
        <source>Move to Next Stage</source>
        <translation>انتقال به مرحلهٔ بعد</translation>
    </message>
    <message>
        <source>Move to Previous Stage</source>
        <translation>انتقال به مرحلهٔ قبل</translation>
    </message>
    <message>
        <source>Mark Won</source>
        <translation>علامت‌گذاری به‌عنوان برنده‌شده</translation>
    </message>
    <message>
        <source>Mark Lost</source>
        <translation>علامت‌گذاری به‌عنوان ازدست‌رفته</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>هر برچسب</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%Ln معامله</numerusform>
        </translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>باز: %1</translation>
    </message>
</context>
<context>
    <name>kontor::CalendarPage</name>
    <message>
        <source>Previous</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>هفته</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>فهرست رویدادها</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>واگذارشده به %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Birthday of %1</source>
        <translation>تولد %1</translation>
    </message>
</context>
<context>
    <name>kontor::CalendarView</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 مورد دیگر</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>تمام روز</translation>
    </message>
    <message>
        <source>Nothing planned in the next two weeks.</source>
        <translation>در دو هفتهٔ آینده برنامه‌ای وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>kontor::CardDelegate</name>
    <message>
        <source>⚠ No next task</source>
        <translation>⚠ کار بعدی وجود ندارد</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage · rotting</source>
        <translation>
            <numerusform>%Ln روز در مرحله · راکد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%Ln روز در مرحله</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::CardListModule</name>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Open the card of the selected row (Enter)</source>
        <translation>باز کردن کارت ردیف انتخاب‌شده (Enter)</translation>
    </message>
</context>
<context>
    <name>kontor::CompanyCard</name>
    <message>
        <source>Unknown</source>
        <translation>نامشخص</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نام (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>نام حقوقی (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>صنعت (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>وب‌سایت (&amp;W):</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>راه‌های ارتباط</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>تلفن (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>ایمیل (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>خیابان (&amp;S):</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>کد پستی:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>شهر (&amp;C):</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>استان:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>کشور (&amp;U):</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>فروش</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>منبع (&amp;O):</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>مسئول (&amp;W):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Open website</source>
        <translation>باز کردن وب‌سایت</translation>
    </message>
    <message>
        <source>Write email</source>
        <translation>نوشتن ایمیل</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>عنوان شغلی</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ایجادشده</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>انجام دوباره</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>هیچ‌کس</translation>
    </message>
    <message>
        <source>This company cannot be shown: %1</source>
        <translation>این شرکت را نمی‌توان نمایش داد: %1</translation>
    </message>
    <message>
        <source>This company is in the trash. Restore it from the Trash to edit it.</source>
        <translation>این شرکت در سطل زباله است. برای ویرایش، آن را از سطل زباله بازیابی کنید.</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>افراد (%1)</translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>معاملات (%1)</translation>
    </message>
    <message>
        <source>%1 — Company</source>
        <translation>%1 — شرکت</translation>
    </message>
    <message>
        <source>Nothing was saved: please fix the fields marked in red.</source>
        <translation>چیزی ذخیره نشد: لطفاً فیلدهایی را که با رنگ قرمز مشخص شده‌اند اصلاح کنید.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>چیزی ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>تغییرات ذخیره‌نشده</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>تغییرات %1 پیش از بستن ذخیره شود؟</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>فیلدهای سفارشی</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>کار جدید</translation>
    </message>
    <message>
        <source>Plan a call, meeting or to-do with this company (Ctrl+T)</source>
        <translation>برنامه‌ریزی تماس، جلسه یا کار با این شرکت (Ctrl+T)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>ویرایش %1</translation>
    </message>
    <message>
        <source>Custom fields were not saved: %1</source>
        <translation>فیلدهای سفارشی ذخیره نشدند: %1</translation>
    </message>
</context>
<context>
    <name>kontor::CompanyRepository</name>
    <message>
        <source>A company needs a name</source>
        <translation>شرکت باید نام داشته باشد</translation>
    </message>
    <message>
        <source>Cannot save the new company</source>
        <translation>ذخیرهٔ شرکت جدید ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>خواندن %1 ممکن نیست</translation>
    </message>
    <message>
        <source>This company does not exist</source>
        <translation>این شرکت وجود ندارد</translation>
    </message>
    <message>
        <source>This company is in the trash</source>
        <translation>این شرکت در سطل زباله است</translation>
    </message>
    <message>
        <source>Cannot look up the company &quot;%1&quot;</source>
        <translation>جستجوی شرکت «%1» ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>ذخیرهٔ %1 ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the company list</source>
        <translation>خواندن فهرست شرکت‌ها ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot count companies</source>
        <translation>شمارش شرکت‌ها ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the companies</source>
        <translation>خواندن شرکت‌ها ممکن نیست</translation>
    </message>
</context>
<context>
    <name>kontor::CompleteTaskCommand</name>
    <message>
        <source>Complete &quot;%1&quot;</source>
        <translation>تکمیل «%1»</translation>
    </message>
</context>
<context>
    <name>kontor::CompleteTaskDialog</name>
    <message>
        <source>Complete Task</source>
        <translation>تکمیل کار</translation>
    </message>
    <message>
        <source>What came of it? e.g. Interested, wants a discount</source>
        <translation>نتیجه چه بود؟ مثلاً علاقه‌مند است، تخفیف می‌خواهد</translation>
    </message>
    <message>
        <source>&amp;Log it on the timeline as a %1</source>
        <translation>ثبت در خط زمانی به‌عنوان %1 (&amp;L)</translation>
    </message>
    <message>
        <source>Schedule the &amp;next step</source>
        <translation>زمان‌بندی گام بعدی (&amp;N)</translation>
    </message>
    <message>
        <source>e.g. Send the revised offer</source>
        <translation>مثلاً ارسال پیشنهاد اصلاح‌شده</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>عنوان (&amp;I):</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>سررسید (&amp;U):</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>علامت‌گذاری به‌عنوان انجام‌شده (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>نتیجه (&amp;O):</translation>
    </message>
    <message>
        <source>Name the next step, or untick &quot;Schedule the next step&quot;.</source>
        <translation>گام بعدی را نام ببرید، یا علامت «زمان‌بندی گام بعدی» را بردارید.</translation>
    </message>
    <message>
        <source>Write a few words about what happened.</source>
        <translation>چند کلمه دربارهٔ آنچه اتفاق افتاد بنویسید.</translation>
    </message>
</context>
<context>
    <name>kontor::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>اتصال به سرور</translation>
    </message>
    <message>
        <source>e.g. crm.example.com</source>
        <translation>مثلاً crm.example.com</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>به خاطر سپردن گذرواژه در جاکلیدی سیستم</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>میزبان (&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>درگاه (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>پایگاه داده (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>کاربر (&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>گذرواژه (&amp;W):</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>The password is kept in your system keychain, never in Kontor&apos;s settings.</source>
        <translation>گذرواژه در جاکلیدی سیستم شما نگهداری می‌شود، هرگز در تنظیمات Kontor.</translation>
    </message>
    <message>
        <source>No password keychain is running on this computer, so Kontor will ask for the password each time you connect. It is never saved in a file.</source>
        <translation>هیچ جاکلیدی گذرواژه‌ای روی این رایانه در حال اجرا نیست، بنابراین Kontor هر بار که وصل می‌شوید گذرواژه را می‌پرسد. گذرواژه هرگز در فایلی ذخیره نمی‌شود.</translation>
    </message>
    <message>
        <source>Enter the name or address of the server.</source>
        <translation>نام یا نشانی سرور را وارد کنید.</translation>
    </message>
    <message>
        <source>A server name cannot contain spaces.</source>
        <translation>نام سرور نمی‌تواند فاصله داشته باشد.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>نام پایگاه داده روی سرور را وارد کنید.</translation>
    </message>
    <message>
        <source>Enter the user name you sign in with.</source>
        <translation>نام کاربری‌ای را که با آن وارد می‌شوید وارد کنید.</translation>
    </message>
</context>
<context>
    <name>kontor::ContactBulkActions</name>
    <message>
        <source>Tag…</source>
        <translation>برچسب…</translation>
    </message>
    <message>
        <source>Add a tag to the selected contacts</source>
        <translation>افزودن برچسب به مخاطبان انتخاب‌شده</translation>
    </message>
    <message>
        <source>Untag…</source>
        <translation>حذف برچسب…</translation>
    </message>
    <message>
        <source>Remove a tag from the selected contacts</source>
        <translation>حذف یک برچسب از مخاطبان انتخاب‌شده</translation>
    </message>
    <message>
        <source>Owner…</source>
        <translation>مسئول…</translation>
    </message>
    <message>
        <source>Assign the selected contacts to a manager</source>
        <translation>واگذاری مخاطبان انتخاب‌شده به یک مدیر</translation>
    </message>
    <message>
        <source>Status…</source>
        <translation>وضعیت…</translation>
    </message>
    <message>
        <source>Change the status of the selected contacts</source>
        <translation>تغییر وضعیت مخاطبان انتخاب‌شده</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>خروجی گرفتن…</translation>
    </message>
    <message>
        <source>Save the selected contacts as CSV, Excel, vCard or JSON</source>
        <translation>ذخیرهٔ مخاطبان انتخاب‌شده به‌صورت CSV، Excel، vCard یا JSON</translation>
    </message>
    <message>
        <source>Select one or more contacts first.</source>
        <translation>ابتدا یک یا چند مخاطب را انتخاب کنید.</translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln contact(s) “%1”</source>
        <translation>
            <numerusform>افزودن برچسب «%1» به %Ln مخاطب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag “%1” from %Ln contact(s)</source>
        <translation>
            <numerusform>حذف برچسب «%1» از %Ln مخاطب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln contact(s)</source>
        <translation>
            <numerusform>واگذاری %Ln مخاطب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %Ln contact(s) to %1</source>
        <translation>
            <numerusform>تنظیم %Ln مخاطب روی %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: the selected contacts already had that.</source>
        <translation>چیزی برای تغییر نیست: مخاطبان انتخاب‌شده از قبل همین را داشتند.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) changed. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%Ln مخاطب تغییر کرد. برای واگرد Ctrl+Z را بزنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>افزودن برچسب</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>حذف برچسب</translation>
    </message>
    <message numerus="yes">
        <source>Tag to add to %Ln contact(s):</source>
        <translation>
            <numerusform>برچسبی که به %Ln مخاطب افزوده شود:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to remove from %Ln contact(s):</source>
        <translation>
            <numerusform>برچسبی که از %Ln مخاطب حذف شود:</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign Owner</source>
        <translation>واگذاری مسئول</translation>
    </message>
    <message numerus="yes">
        <source>Owner of %Ln contact(s):</source>
        <translation>
            <numerusform>مسئول %Ln مخاطب:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>هیچ‌کس</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>تغییر وضعیت</translation>
    </message>
    <message numerus="yes">
        <source>Status of %Ln contact(s):</source>
        <translation>
            <numerusform>وضعیت %Ln مخاطب:</numerusform>
        </translation>
    </message>
    <message>
        <source>Kontor exports .csv, .xlsx, .vcf and .json files, not “%1”.</source>
        <translation>Kontor فایل‌های .csv، .xlsx، .vcf و .json را خروجی می‌گیرد، نه «%1».</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>نوشتن %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>خروجی گرفتن ناموفق بود: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln مخاطب در %1 خروجی گرفته شد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ContactBulkEditor</name>
    <message>
        <source>Type the name of the tag to add</source>
        <translation>نام برچسبی را که باید افزوده شود تایپ کنید</translation>
    </message>
    <message>
        <source>Cannot tag the selected contacts</source>
        <translation>برچسب‌گذاری مخاطبان انتخاب‌شده ممکن نیست</translation>
    </message>
    <message>
        <source>Type the name of the tag to remove</source>
        <translation>نام برچسبی را که باید حذف شود تایپ کنید</translation>
    </message>
    <message>
        <source>There is no tag &quot;%1&quot;</source>
        <translation>برچسبی با نام «%1» وجود ندارد</translation>
    </message>
    <message>
        <source>Cannot untag the selected contacts</source>
        <translation>حذف برچسب از مخاطبان انتخاب‌شده ممکن نیست</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (lead, prospect or customer)</source>
        <translation>«%1» یک وضعیت نیست (سرنخ، مشتری بالقوه یا مشتری)</translation>
    </message>
    <message>
        <source>Cannot change the selected contacts</source>
        <translation>تغییر مخاطبان انتخاب‌شده ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot undo the change</source>
        <translation>واگرد تغییر ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the tags</source>
        <translation>خواندن برچسب‌ها ممکن نیست</translation>
    </message>
</context>
<context>
    <name>kontor::ContactCard</name>
    <message>
        <source>Write email</source>
        <translation>نوشتن ایمیل</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>انتقال به سطل زباله</translation>
    </message>
    <message>
        <source>Start typing a company name</source>
        <translation>شروع به تایپ نام شرکت کنید</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Open the company&apos;s card</source>
        <translation>باز کردن کارت شرکت</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>کاری</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>شخصی</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>منزل</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+ Add email</source>
        <translation>+ افزودن ایمیل</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>نوشتن</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>همراه</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>فکس</translation>
    </message>
    <message>
        <source>+1 555 0100</source>
        <translation>+1 555 0100</translation>
    </message>
    <message>
        <source>+ Add phone</source>
        <translation>+ افزودن تلفن</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>استان</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>تنظیم نشده</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامشخص</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>نام (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>نام خانوادگی (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>عنوان شغلی (&amp;J):</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>شرکت:</translation>
    </message>
    <message>
        <source>&amp;Role there:</source>
        <translation>نقش در آنجا (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>تاریخ تولد (&amp;B):</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>راه‌های ارتباط</translation>
    </message>
    <message>
        <source>Emails:</source>
        <translation>ایمیل‌ها:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>تلفن‌ها:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>خیابان (&amp;S):</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>شهر:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>استان:</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>فروش</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>وضعیت (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>دما (&amp;T):</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>منبع (&amp;O):</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>مسئول (&amp;W):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <source>Drop the unsaved edits</source>
        <translation>کنار گذاشتن ویرایش‌های ذخیره‌نشده</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>انجام دوباره</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>بدون نقش</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>هیچ‌کس</translation>
    </message>
    <message>
        <source>This contact cannot be shown: %1</source>
        <translation>این مخاطب را نمی‌توان نمایش داد: %1</translation>
    </message>
    <message>
        <source>This contact is in the trash. Restore it from the Trash to edit it.</source>
        <translation>این مخاطب در سطل زباله است. برای ویرایش، آن را از سطل زباله بازیابی کنید.</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>نقش %1</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>کاربر %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بدون نام)</translation>
    </message>
    <message>
        <source>%1 — Contact</source>
        <translation>%1 — مخاطب</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 در %2</translation>
    </message>
    <message>
        <source>Last contacted %1</source>
        <translation>آخرین تماس %1</translation>
    </message>
    <message>
        <source>Not contacted yet</source>
        <translation>هنوز تماسی گرفته نشده</translation>
    </message>
    <message>
        <source>There is no company called “%1”. Pick one from the list, or add it under Companies first.</source>
        <translation>شرکتی با نام «%1» وجود ندارد. یکی را از فهرست انتخاب کنید، یا ابتدا آن را در بخش شرکت‌ها اضافه کنید.</translation>
    </message>
    <message>
        <source>Nothing was saved: please fix the fields marked in red.</source>
        <translation>چیزی ذخیره نشد: لطفاً فیلدهایی را که با رنگ قرمز مشخص شده‌اند اصلاح کنید.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>چیزی ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>“%1” moved to the trash. Undo with Ctrl+Z.</source>
        <translation>«%1» به سطل زباله منتقل شد. برای واگرد Ctrl+Z را بزنید.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>تغییرات ذخیره‌نشده</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>تغییرات %1 پیش از بستن ذخیره شود؟</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>کار جدید</translation>
    </message>
    <message>
        <source>Plan a call, meeting or to-do with this person (Ctrl+T)</source>
        <translation>برنامه‌ریزی تماس، جلسه یا کار با این شخص (Ctrl+T)</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>فیلدهای سفارشی</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>ویرایش %1</translation>
    </message>
    <message>
        <source>Custom fields were not saved: %1</source>
        <translation>فیلدهای سفارشی ذخیره نشدند: %1</translation>
    </message>
    <message>
        <source>@handle or profile address</source>
        <translation>@شناسه یا نشانی نمایه</translation>
    </message>
    <message>
        <source>+ Add messenger or profile</source>
        <translation>+ افزودن پیام‌رسان یا نمایه</translation>
    </message>
    <message>
        <source>Messengers, profiles:</source>
        <translation>پیام‌رسان‌ها، نمایه‌ها:</translation>
    </message>
    <message>
        <source>Change Photo…</source>
        <translation>تغییر عکس…</translation>
    </message>
    <message>
        <source>A JPEG, PNG or GIF image of up to 4 MB</source>
        <translation>یک تصویر JPEG، PNG یا GIF تا ۴ مگابایت</translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation>حذف عکس</translation>
    </message>
    <message>
        <source>Choose a Photo</source>
        <translation>انتخاب عکس</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif)</source>
        <translation>تصاویر (*.jpg *.jpeg *.png *.gif)</translation>
    </message>
    <message>
        <source>Add Photo…</source>
        <translation>افزودن عکس…</translation>
    </message>
    <message>
        <source>The photo was not changed: “%1” cannot be read (%2).</source>
        <translation>عکس تغییر نکرد: «%1» خوانده نمی‌شود (%2).</translation>
    </message>
    <message>
        <source>The photo was not changed: “%1” — %2</source>
        <translation>عکس تغییر نکرد: «%1» — %2</translation>
    </message>
    <message>
        <source>The photo was not changed: %1</source>
        <translation>عکس تغییر نکرد: %1</translation>
    </message>
    <message>
        <source>The photo was not removed: %1</source>
        <translation>عکس حذف نشد: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ContactFilter</name>
    <message>
        <source>A filter is written key=value, not &quot;%1&quot;</source>
        <translation>فیلتر به شکل key=value نوشته می‌شود، نه «%1»</translation>
    </message>
</context>
<context>
    <name>kontor::ContactFilterBar</name>
    <message>
        <source>any</source>
        <translation>هر</translation>
    </message>
    <message>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <source>any tag</source>
        <translation>هر برچسب</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>هر وضعیت</translation>
    </message>
    <message>
        <source>Any temperature</source>
        <translation>هر دما</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>هر منبع</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>نام شرکت</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Only people not contacted for longer than this (or never)</source>
        <translation>فقط افرادی که بیش از این مدت با آن‌ها تماس گرفته نشده (یا هرگز)</translation>
    </message>
    <message>
        <source>Only people contacted within this many days</source>
        <translation>فقط افرادی که در این تعداد روز با آن‌ها تماس گرفته شده</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>هر</translation>
    </message>
    <message>
        <source>Has an open deal</source>
        <translation>دارای معاملهٔ باز</translation>
    </message>
    <message>
        <source>No open deal</source>
        <translation>بدون معاملهٔ باز</translation>
    </message>
    <message>
        <source>product SKU or name</source>
        <translation>SKU یا نام محصول</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>اعمال</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>Save as Segment…</source>
        <translation>ذخیره به‌عنوان بخش…</translation>
    </message>
    <message>
        <source>Keep this filter as a named segment, for you or the whole team</source>
        <translation>نگه داشتن این فیلتر به‌عنوان یک بخش نام‌دار، برای خودتان یا کل تیم</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>مسئول (&amp;W):</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>برچسب (&amp;G):</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>وضعیت (&amp;U):</translation>
    </message>
    <message>
        <source>Tem&amp;perature:</source>
        <translation>دما (&amp;P):</translation>
    </message>
    <message>
        <source>Sour&amp;ce:</source>
        <translation>منبع (&amp;C):</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>شرکت (&amp;Y):</translation>
    </message>
    <message>
        <source>Created from:</source>
        <translation>ایجادشده از:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>تا:</translation>
    </message>
    <message>
        <source>Not contacted for:</source>
        <translation>بدون تماس به مدت:</translation>
    </message>
    <message>
        <source>Contacted within:</source>
        <translation>تماس‌گرفته در:</translation>
    </message>
    <message>
        <source>Open deal:</source>
        <translation>معاملهٔ باز:</translation>
    </message>
    <message>
        <source>Bought:</source>
        <translation>خریداری‌شده:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>هر کس</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>کاربر %1</translation>
    </message>
    <message>
        <source>Company %1</source>
        <translation>شرکت %1</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>«%1» تاریخ نیست؛ آن را به شکل YYYY-MM-DD بنویسید.</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>ایجادشده از</translation>
    </message>
    <message>
        <source>Created to</source>
        <translation>ایجادشده تا</translation>
    </message>
    <message>
        <source>The “from” date is after the “to” date.</source>
        <translation>تاریخ «از» پس از تاریخ «تا» است.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ایجادشده</translation>
    </message>
    <message>
        <source>No company is named “%1”.</source>
        <translation>هیچ شرکتی به نام «%1» نیست.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Custom fields:</source>
        <translation>فیلدهای سفارشی:</translation>
    </message>
</context>
<context>
    <name>kontor::ContactMerger</name>
    <message>
        <source>contact %1 into contact %2</source>
        <translation>مخاطب %1 در مخاطب %2</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself</source>
        <translation>یک مخاطب را نمی‌توان با خودش ادغام کرد</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be chosen from contact %2 in this merge</source>
        <translation>«%1» را نمی‌توان در این ادغام از مخاطب %2 انتخاب کرد</translation>
    </message>
    <message>
        <source>Cannot merge the contacts</source>
        <translation>ادغام مخاطبان ممکن نیست</translation>
    </message>
    <message>
        <source>Contact %1 does not exist or is in the trash</source>
        <translation>مخاطب %1 وجود ندارد یا در سطل زباله است</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>مخاطب %1</translation>
    </message>
    <message>
        <source>contact %1 from contact %2</source>
        <translation>مخاطب %1 از مخاطب %2</translation>
    </message>
    <message>
        <source>Cannot undo the merge</source>
        <translation>واگرد ادغام ممکن نیست</translation>
    </message>
    <message>
        <source>There is no merge of these contacts to undo</source>
        <translation>ادغامی از این مخاطبان برای واگرد وجود ندارد</translation>
    </message>
</context>
<context>
    <name>kontor::ContactPhotoRepository</name>
    <message>
        <source>Cannot read the contact&apos;s photo</source>
        <translation>خواندن عکس مخاطب ممکن نیست</translation>
    </message>
    <message>
        <source>The photo is not a JPEG, PNG or GIF image.</source>
        <translation>عکس، تصویر JPEG، PNG یا GIF نیست.</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>مخاطب %1</translation>
    </message>
    <message>
        <source>The photo is larger than %1 MB.</source>
        <translation>عکس بزرگ‌تر از %1 مگابایت است.</translation>
    </message>
    <message>
        <source>Cannot save the contact&apos;s photo</source>
        <translation>ذخیرهٔ عکس مخاطب ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot remove the contact&apos;s photo</source>
        <translation>حذف عکس مخاطب ممکن نیست</translation>
    </message>
</context>
<context>
    <name>kontor::ContactRepository</name>
    <message>
        <source>A contact needs a name or an email address</source>
        <translation>مخاطب باید نام یا نشانی ایمیل داشته باشد</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>«%1» نشانی ایمیل نیست</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;</source>
        <translation>وضعیت ناشناخته «%1»</translation>
    </message>
    <message>
        <source>Unknown temperature &quot;%1&quot;</source>
        <translation>دمای ناشناخته «%1»</translation>
    </message>
    <message>
        <source>Cannot save the new contact</source>
        <translation>ذخیرهٔ مخاطب جدید ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot save the emails and phones of %1</source>
        <translation>ذخیرهٔ ایمیل‌ها و تلفن‌های %1 ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>خواندن %1 ممکن نیست</translation>
    </message>
    <message>
        <source>This contact does not exist</source>
        <translation>این مخاطب وجود ندارد</translation>
    </message>
    <message>
        <source>This contact is in the trash</source>
        <translation>این مخاطب در سطل زباله است</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>ذخیرهٔ %1 ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the contact list</source>
        <translation>خواندن فهرست مخاطبان ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot count contacts</source>
        <translation>شمارش مخاطبان ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the contacts</source>
        <translation>خواندن مخاطبان ممکن نیست</translation>
    </message>
</context>
<context>
    <name>kontor::CsvWriter</name>
    <message>
        <source>Cannot write the CSV file.</source>
        <translation>نوشتن فایل CSV ممکن نیست.</translation>
    </message>
</context>
<context>
    <name>kontor::CustomCondition</name>
    <message>
        <source>includes</source>
        <translation>شامل</translation>
    </message>
    <message>
        <source>is on</source>
        <translation>در تاریخ</translation>
    </message>
    <message>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <source>is</source>
        <translation>برابر است با</translation>
    </message>
    <message>
        <source>does not include</source>
        <translation>شامل نیست</translation>
    </message>
    <message>
        <source>is not on</source>
        <translation>نه در تاریخ</translation>
    </message>
    <message>
        <source>≠</source>
        <translation>≠</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>برابر نیست با</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>حاوی</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>پیش از</translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <source>is on or before</source>
        <translation>در تاریخ یا پیش از</translation>
    </message>
    <message>
        <source>≤</source>
        <translation>≤</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>پس از</translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <source>is on or after</source>
        <translation>در تاریخ یا پس از</translation>
    </message>
    <message>
        <source>≥</source>
        <translation>≥</translation>
    </message>
    <message>
        <source>has a value</source>
        <translation>مقدار دارد</translation>
    </message>
    <message>
        <source>has no value</source>
        <translation>مقدار ندارد</translation>
    </message>
    <message>
        <source>A custom-field condition is written custom:Field=value (or !=, &lt;, &lt;=, &gt;, &gt;=, ~ for contains), not &quot;%1&quot;</source>
        <translation>شرط فیلد سفارشی به شکل custom:Field=value نوشته می‌شود (یا !=، &lt;، &lt;=، &gt;، &gt;=، ~ برای «حاوی»)، نه «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a comparison: use =, !=, &lt;, &lt;=, &gt;, &gt;= or ~</source>
        <translation>«%1» یک مقایسه نیست: از =، !=، &lt;، &lt;=، &gt;، &gt;= یا ~ استفاده کنید</translation>
    </message>
    <message>
        <source>The condition on &quot;%1&quot; needs a value (or * for any value)</source>
        <translation>شرط روی «%1» به یک مقدار نیاز دارد (یا * برای هر مقدار)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can only be compared with a number or a date (YYYY-MM-DD)</source>
        <translation>«%1» را فقط می‌توان با یک عدد یا تاریخ (YYYY-MM-DD) مقایسه کرد</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; (%2) cannot be filtered with &quot;%3&quot;</source>
        <translation>فیلد «%1» (%2) را نمی‌توان با «%3» فیلتر کرد</translation>
    </message>
    <message>
        <source>The condition on &quot;%1&quot; needs a value</source>
        <translation>شرط روی «%1» به یک مقدار نیاز دارد</translation>
    </message>
</context>
<context>
    <name>kontor::CustomConditionRow</name>
    <message>
        <source>Remove this condition</source>
        <translation>حذف این شرط</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (حذف‌شده)</translation>
    </message>
    <message>
        <source>Choose or type the value to compare with.</source>
        <translation>مقداری را که باید با آن مقایسه شود انتخاب یا تایپ کنید.</translation>
    </message>
</context>
<context>
    <name>kontor::CustomConditionsEditor</name>
    <message>
        <source>+ Add Condition</source>
        <translation>+ افزودن شرط</translation>
    </message>
    <message>
        <source>Narrow the list by a custom field: all conditions must hold</source>
        <translation>محدود کردن فهرست بر اساس یک فیلد سفارشی: همهٔ شرط‌ها باید برقرار باشند</translation>
    </message>
    <message>
        <source>There are no custom fields for contacts yet (Settings → Custom Fields…)</source>
        <translation>هنوز فیلد سفارشی برای مخاطبان وجود ندارد (تنظیمات ← فیلدهای سفارشی…)</translation>
    </message>
</context>
<context>
    <name>kontor::CustomField</name>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>بله / خیر</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>تک‌گزینه‌ای</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>چندگزینه‌ای</translation>
    </message>
    <message>
        <source>Unknown field type &quot;%1&quot; (use text, number, date, bool, choice or multichoice)</source>
        <translation>نوع فیلد ناشناخته «%1» (از text، number، date، bool، choice یا multichoice استفاده کنید)</translation>
    </message>
    <message>
        <source>Custom fields belong to contacts, companies or deals, not &quot;%1&quot;</source>
        <translation>فیلدهای سفارشی متعلق به مخاطبان، شرکت‌ها یا معاملات هستند، نه «%1»</translation>
    </message>
    <message>
        <source>A custom field needs a name</source>
        <translation>فیلد سفارشی باید نام داشته باشد</translation>
    </message>
    <message>
        <source>A choice field needs at least one option</source>
        <translation>فیلد گزینه‌ای دست‌کم به یک گزینه نیاز دارد</translation>
    </message>
    <message>
        <source>An option cannot be empty</source>
        <translation>گزینه نمی‌تواند خالی باشد</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; is listed twice</source>
        <translation>گزینهٔ «%1» دو بار آمده است</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices of %2 (%3)</source>
        <translation>«%1» یکی از گزینه‌های %2 (%3) نیست</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>no</source>
        <translation>خیر</translation>
    </message>
</context>
<context>
    <name>kontor::CustomFieldRepository</name>
    <message>
        <source>Cannot read the custom fields</source>
        <translation>خواندن فیلدهای سفارشی ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the custom field</source>
        <translation>خواندن فیلد سفارشی ممکن نیست</translation>
    </message>
    <message>
        <source>This custom field does not exist</source>
        <translation>این فیلد سفارشی وجود ندارد</translation>
    </message>
    <message>
        <source>custom field %1</source>
        <translation>فیلد سفارشی %1</translation>
    </message>
    <message>
        <source>There is no custom field &quot;%1&quot;</source>
        <translation>فیلد سفارشی «%1» وجود ندارد</translation>
    </message>
    <message>
        <source>Cannot add the %1</source>
        <translation>افزودن %1 ممکن نیست</translation>
    </message>
    <message>
        <source>There is already a field named &quot;%1&quot;</source>
        <translation>از قبل فیلدی با نام «%1» وجود دارد</translation>
    </message>
    <message>
        <source>Cannot save the %1</source>
        <translation>ذخیرهٔ %1 ممکن نیست</translation>
    </message>
    <message>
        <source>The type of &quot;%1&quot; cannot change while records have a value in it</source>
        <translation>تا وقتی رکوردهایی در «%1» مقدار دارند، نوع آن قابل تغییر نیست</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; is still used by some records</source>
        <translation>گزینهٔ «%1» هنوز در برخی رکوردها استفاده می‌شود</translation>
    </message>
    <message>
        <source>Cannot delete the custom field</source>
        <translation>حذف فیلد سفارشی ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot restore the custom field</source>
        <translation>بازیابی فیلد سفارشی ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the custom field values</source>
        <translation>خواندن مقادیر فیلدهای سفارشی ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot save the custom fields</source>
        <translation>ذخیرهٔ فیلدهای سفارشی ممکن نیست</translation>
    </message>
    <message>
        <source>This record does not exist</source>
        <translation>این رکورد وجود ندارد</translation>
    </message>
</context>
<context>
    <name>kontor::CustomFieldsDialog</name>
    <message>
        <source>Custom Fields</source>
        <translation>فیلدهای سفارشی</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <source>New Field</source>
        <translation>فیلد جدید</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>انتقال به بالا</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>انتقال به پایین</translation>
    </message>
    <message>
        <source>e.g. Region, Budget, Contract end</source>
        <translation>مثلاً منطقه، بودجه، پایان قرارداد</translation>
    </message>
    <message>
        <source>Choices (one per line):</source>
        <translation>گزینه‌ها (هر خط یکی):</translation>
    </message>
    <message>
        <source>Save Field</source>
        <translation>ذخیرهٔ فیلد</translation>
    </message>
    <message>
        <source>Delete Field</source>
        <translation>حذف فیلد</translation>
    </message>
    <message>
        <source>Hide this field and its values everywhere</source>
        <translation>پنهان کردن این فیلد و مقادیر آن در همه‌جا</translation>
    </message>
    <message>
        <source>Undo Delete</source>
        <translation>واگرد حذف</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نام (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>نوع (&amp;T):</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>افزودن فیلد</translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation>«%1» ذخیره شد.</translation>
    </message>
    <message>
        <source>“%1” added.</source>
        <translation>«%1» افزوده شد.</translation>
    </message>
    <message>
        <source>“%1” deleted with its values.</source>
        <translation>«%1» همراه با مقادیرش حذف شد.</translation>
    </message>
    <message>
        <source>The field is back with its values.</source>
        <translation>فیلد همراه با مقادیرش بازگشت.</translation>
    </message>
</context>
<context>
    <name>kontor::CustomFieldsForm</name>
    <message>
        <source>Custom fields cannot be shown: %1</source>
        <translation>فیلدهای سفارشی را نمی‌توان نمایش داد: %1</translation>
    </message>
    <message>
        <source>Some custom fields have values that do not fit them.</source>
        <translation>برخی فیلدهای سفارشی مقادیری دارند که با آن‌ها سازگار نیست.</translation>
    </message>
    <message>
        <source>Custom fields were not saved: %1</source>
        <translation>فیلدهای سفارشی ذخیره نشدند: %1</translation>
    </message>
</context>
<context>
    <name>kontor::CustomListColumns</name>
    <message>
        <source>Custom fields</source>
        <translation>فیلدهای سفارشی</translation>
    </message>
</context>
<context>
    <name>kontor::CustomValueEditor</name>
    <message>
        <source>A number, e.g. 1250 or 12.5</source>
        <translation>یک عدد، مثلاً 1250 یا 12.5</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>تنظیم نشده</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
</context>
<context>
    <name>kontor::CustomValuesCommand</name>
    <message>
        <source>Edit custom fields</source>
        <translation>ویرایش فیلدهای سفارشی</translation>
    </message>
</context>
<context>
    <name>kontor::DashboardModule</name>
    <message>
        <source>Refresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>خط لولهٔ باز</translation>
    </message>
    <message>
        <source>Won this month</source>
        <translation>برنده‌شده در این ماه</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>کارهای سررسیدگذشته</translation>
    </message>
    <message>
        <source>New leads this week</source>
        <translation>سرنخ‌های جدید این هفته</translation>
    </message>
    <message>
        <source>Stale deals</source>
        <translation>معاملات راکد</translation>
    </message>
    <message>
        <source>Click to list the records behind this figure.</source>
        <translation>برای فهرست کردن رکوردهای پشت این رقم کلیک کنید.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Won per month&lt;/b&gt; (last 6 months, click a bar for the deals)</source>
        <translation>&lt;b&gt;برنده‌شده در هر ماه&lt;/b&gt; (۶ ماه اخیر، برای دیدن معاملات روی یک ستون کلیک کنید)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Funnel&lt;/b&gt; of the deals created in the last 3 months</source>
        <translation>&lt;b&gt;قیف&lt;/b&gt; معاملات ایجادشده در ۳ ماه اخیر</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>در حال شمارش…</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%Ln معاملهٔ باز</numerusform>
        </translation>
    </message>
    <message>
        <source>of %1 plan (%2)</source>
        <translation>از برنامهٔ %1 (%2)</translation>
    </message>
    <message>
        <source>no plan for this month</source>
        <translation>برای این ماه برنامه‌ای نیست</translation>
    </message>
    <message>
        <source>idle past their stage&apos;s limit</source>
        <translation>بیش از حد مجاز مرحلهٔ خود بی‌حرکت مانده‌اند</translation>
    </message>
    <message>
        <source>Amounts in %1. Updated %2.</source>
        <translation>مبالغ به %1. به‌روزشده در %2.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>داشبورد</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>همهٔ مسئولان</translation>
    </message>
    <message>
        <source>Figures of</source>
        <translation>ارقام مربوط به</translation>
    </message>
</context>
<context>
    <name>kontor::Database</name>
    <message>
        <source>Cannot create the folder for the database</source>
        <translation>ایجاد پوشه برای پایگاه داده ممکن نیست</translation>
    </message>
    <message>
        <source>The database driver is not installed</source>
        <translation>درایور پایگاه داده نصب نشده است</translation>
    </message>
    <message>
        <source>Cannot open the database file</source>
        <translation>باز کردن فایل پایگاه داده ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot connect to the database server</source>
        <translation>اتصال به سرور پایگاه داده ممکن نیست</translation>
    </message>
    <message>
        <source>The database refused Kontor&apos;s settings</source>
        <translation>پایگاه داده تنظیمات Kontor را نپذیرفت</translation>
    </message>
</context>
<context>
    <name>kontor::DealCard</name>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Role in the deal</source>
        <translation>نقش در معامله</translation>
    </message>
    <message>
        <source>Add a person: start typing a name</source>
        <translation>افزودن شخص: شروع به تایپ نام کنید</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>The first person is the deal&apos;s main contact.</source>
        <translation>نخستین شخص، مخاطب اصلی معامله است.</translation>
    </message>
    <message>
        <source>Add Product</source>
        <translation>افزودن محصول</translation>
    </message>
    <message>
        <source>Add Line…</source>
        <translation>افزودن ردیف…</translation>
    </message>
    <message>
        <source>A line that is not in the catalogue: a service, a fee</source>
        <translation>ردیفی که در کاتالوگ نیست: یک خدمت، یک هزینه</translation>
    </message>
    <message>
        <source>Add Line</source>
        <translation>افزودن ردیف</translation>
    </message>
    <message>
        <source>What is it:</source>
        <translation>چه چیزی است:</translation>
    </message>
    <message>
        <source>Lower it to the minimum to use the stage&apos;s probability</source>
        <translation>برای استفاده از احتمال مرحله، آن را تا حداقل پایین بیاورید</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>تنظیم نشده</translation>
    </message>
    <message>
        <source>Start typing a company name</source>
        <translation>شروع به تایپ نام شرکت کنید</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامشخص</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>عنوان (&amp;T):</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>مبلغ:</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>احتمال (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation>تاریخ بستن مورد انتظار (&amp;E):</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>مسئول (&amp;W):</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>منبع (&amp;O):</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>شرکت (&amp;C):</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>افراد:</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>فیلدهای سفارشی</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>محصولات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <source>Drop the unsaved edits</source>
        <translation>کنار گذاشتن ویرایش‌های ذخیره‌نشده</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>کار جدید</translation>
    </message>
    <message>
        <source>Plan the next call, meeting or to-do for this deal (Ctrl+T)</source>
        <translation>برنامه‌ریزی تماس، جلسه یا کار بعدی برای این معامله (Ctrl+T)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>مراحل</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>انجام دوباره</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>هیچ‌کس</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The catalogue is empty</source>
        <translation>کاتالوگ خالی است</translation>
    </message>
    <message>
        <source>This deal cannot be shown: %1</source>
        <translation>این معامله را نمی‌توان نمایش داد: %1</translation>
    </message>
    <message>
        <source>This deal is in the trash. Restore it from the Trash to edit it.</source>
        <translation>این معامله در سطل زباله است. برای ویرایش، آن را از سطل زباله بازیابی کنید.</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>کاربر %1</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(بدون عنوان)</translation>
    </message>
    <message>
        <source>%1 — Deal</source>
        <translation>%1 — معامله</translation>
    </message>
    <message>
        <source>%1 · %2 % likely · created %3</source>
        <translation>%1 · احتمال %2٪ · ایجادشده %3</translation>
    </message>
    <message>
        <source>Stage default (%1 %)</source>
        <translation>پیش‌فرض مرحله (%1٪)</translation>
    </message>
    <message>
        <source>The total of the products below.</source>
        <translation>جمع محصولات زیر.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>جمع: %1</translation>
    </message>
    <message>
        <source>No products: the amount is typed in above.</source>
        <translation>بدون محصول: مبلغ در بالا وارد می‌شود.</translation>
    </message>
    <message>
        <source>Nothing was saved: “%1” is not an amount such as 12500.00.</source>
        <translation>چیزی ذخیره نشد: «%1» مبلغی مانند 12500.00 نیست.</translation>
    </message>
    <message>
        <source>Nothing was saved: there is no company called “%1”. Pick one from the list, or add it under Companies first.</source>
        <translation>چیزی ذخیره نشد: شرکتی با نام «%1» وجود ندارد. یکی را از فهرست انتخاب کنید، یا ابتدا آن را در بخش شرکت‌ها اضافه کنید.</translation>
    </message>
    <message>
        <source>Nothing was saved: please fix the fields marked in red.</source>
        <translation>چیزی ذخیره نشد: لطفاً فیلدهایی را که با رنگ قرمز مشخص شده‌اند اصلاح کنید.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>چیزی ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>ویرایش «%1»</translation>
    </message>
    <message>
        <source>Custom fields were not saved: %1</source>
        <translation>فیلدهای سفارشی ذخیره نشدند: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>تغییرات ذخیره‌نشده</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>تغییرات %1 پیش از بستن ذخیره شود؟</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Moves the deal at once; Ctrl+Z moves it back</source>
        <translation>معامله را بی‌درنگ منتقل می‌کند؛ Ctrl+Z آن را برمی‌گرداند</translation>
    </message>
    <message>
        <source>%1 (won)</source>
        <translation>%1 (برنده‌شده)</translation>
    </message>
    <message>
        <source>%1 (lost)</source>
        <translation>%1 (ازدست‌رفته)</translation>
    </message>
</context>
<context>
    <name>kontor::DealHistoryDialog</name>
    <message>
        <source>Stage History of “%1”</source>
        <translation>تاریخچهٔ مراحل «%1»</translation>
    </message>
</context>
<context>
    <name>kontor::DealRepository</name>
    <message>
        <source>A deal needs a title</source>
        <translation>معامله باید عنوان داشته باشد</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as EUR or USD</source>
        <translation>«%1» کد ارزی مانند EUR یا USD نیست</translation>
    </message>
    <message>
        <source>A deal amount cannot be negative</source>
        <translation>مبلغ معامله نمی‌تواند منفی باشد</translation>
    </message>
    <message>
        <source>The win probability must be between 0 and 100 %</source>
        <translation>احتمال موفقیت باید بین ۰ تا ۱۰۰٪ باشد</translation>
    </message>
    <message>
        <source>Cannot save the new deal</source>
        <translation>ذخیرهٔ معاملهٔ جدید ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>خواندن %1 ممکن نیست</translation>
    </message>
    <message>
        <source>This deal does not exist</source>
        <translation>این معامله وجود ندارد</translation>
    </message>
    <message>
        <source>This deal is in the trash</source>
        <translation>این معامله در سطل زباله است</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>ذخیرهٔ %1 ممکن نیست</translation>
    </message>
    <message>
        <source>The stage belongs to another pipeline</source>
        <translation>این مرحله متعلق به خط لولهٔ دیگری است</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>مرحلهٔ %1</translation>
    </message>
    <message>
        <source>Cannot move %1 to the stage &quot;%2&quot;</source>
        <translation>انتقال %1 به مرحلهٔ «%2» ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the deal list</source>
        <translation>خواندن فهرست معاملات ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot count deals</source>
        <translation>شمارش معاملات ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the stage history of %1</source>
        <translation>خواندن تاریخچهٔ مراحل %1 ممکن نیست</translation>
    </message>
    <message>
        <source>The currency of a deal with products cannot change; remove the products first</source>
        <translation>ارز معامله‌ای که محصول دارد قابل تغییر نیست؛ ابتدا محصولات را حذف کنید</translation>
    </message>
    <message>
        <source>Say why the deal was lost: pick a lost reason</source>
        <translation>بگویید چرا معامله از دست رفت: یک دلیل ازدست‌رفتن انتخاب کنید</translation>
    </message>
    <message>
        <source>The pipeline &quot;%1&quot; has no won stage</source>
        <translation>خط لولهٔ «%1» مرحلهٔ برنده‌شده ندارد</translation>
    </message>
    <message>
        <source>The pipeline &quot;%1&quot; has no lost stage</source>
        <translation>خط لولهٔ «%1» مرحلهٔ ازدست‌رفته ندارد</translation>
    </message>
    <message>
        <source>Cannot save the lost note of %1</source>
        <translation>ذخیرهٔ یادداشت ازدست‌رفتن %1 ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot sum the deals</source>
        <translation>جمع زدن معاملات ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the people of %1</source>
        <translation>خواندن افراد %1 ممکن نیست</translation>
    </message>
    <message>
        <source>Pick an existing contact</source>
        <translation>یک مخاطب موجود را انتخاب کنید</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 دو بار آمده است</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>مخاطب %1</translation>
    </message>
    <message>
        <source>Cannot save the people of %1</source>
        <translation>ذخیرهٔ افراد %1 ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the deals</source>
        <translation>خواندن معامله‌ها ممکن نیست</translation>
    </message>
</context>
<context>
    <name>kontor::DealsListModel</name>
    <message>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>تاریخ بستن مورد انتظار</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
</context>
<context>
    <name>kontor::DealsListView</name>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>برنده‌شده</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ازدست‌رفته</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>هر وضعیت</translation>
    </message>
    <message>
        <source>Filter by deal, company or contact</source>
        <translation>فیلتر بر اساس معامله، شرکت یا مخاطب</translation>
    </message>
    <message>
        <source>Export Selection…</source>
        <translation>خروجی گرفتن از موارد انتخاب‌شده…</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>خط لوله:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>مسئول:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>برچسب:</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>همهٔ خطوط لوله</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>هر برچسب</translation>
    </message>
    <message>
        <source>%1 (weighted %2)</source>
        <translation>%1 (وزنی %2)</translation>
    </message>
    <message>
        <source>No deals match.</source>
        <translation>هیچ معامله‌ای مطابقت ندارد.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s): %1</source>
        <translation>
            <numerusform>%Ln معامله: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the deals to export first</source>
        <translation>ابتدا معاملاتی را که باید خروجی گرفته شوند انتخاب کنید</translation>
    </message>
    <message>
        <source>Deals export to .csv, .xlsx or .json, not “.%1”</source>
        <translation>خروجی معاملات به .csv، .xlsx یا .json است، نه «.%1»</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>نوشتن فایل ممکن نیست: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deal(s) to %1.</source>
        <translation>
            <numerusform>%Ln معامله در %1 خروجی گرفته شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open, no next step</source>
        <translation>باز، بدون گام بعدی</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>ستون‌ها</translation>
    </message>
    <message>
        <source>Choose the columns this list shows, custom fields included</source>
        <translation>انتخاب ستون‌هایی که این فهرست نشان می‌دهد، از جمله فیلدهای سفارشی</translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation>در حال جمع زدن…</translation>
    </message>
</context>
<context>
    <name>kontor::DealsModule</name>
    <message>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>انجام دوباره</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>تابلو</translation>
    </message>
    <message>
        <source>List</source>
        <translation>فهرست</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <source>&amp;Pipelines and Stages…</source>
        <translation>خطوط لوله و مراحل (&amp;P)…</translation>
    </message>
    <message>
        <source>P&amp;roduct Catalogue…</source>
        <translation>کاتالوگ محصولات (&amp;R)…</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>معاملات</translation>
    </message>
</context>
<context>
    <name>kontor::DemoDataOffer</name>
    <message>
        <source>Welcome to Kontor</source>
        <translation>به Kontor خوش آمدید</translation>
    </message>
    <message>
        <source>This database has no contacts yet.</source>
        <translation>این پایگاه داده هنوز مخاطبی ندارد.</translation>
    </message>
    <message>
        <source>Would you like to try Kontor with demo data? It adds 2,000 contacts, 300 companies and 500 deals with two years of history. Use a new database for your real customers.</source>
        <translation>آیا می‌خواهید Kontor را با دادهٔ نمونه امتحان کنید؟ این کار ۲٬۰۰۰ مخاطب، ۳۰۰ شرکت و ۵۰۰ معامله با دو سال تاریخچه اضافه می‌کند. برای مشتریان واقعی خود از یک پایگاه دادهٔ جدید استفاده کنید.</translation>
    </message>
    <message>
        <source>Add Demo Data</source>
        <translation>افزودن دادهٔ نمونه</translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation>شروع خالی</translation>
    </message>
    <message>
        <source>Adding demo data…</source>
        <translation>در حال افزودن دادهٔ نمونه…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation>دادهٔ نمونه</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>در حال توقف…</translation>
    </message>
    <message>
        <source>The demo data could not be added. Your database is unchanged.

%1</source>
        <translation>دادهٔ نمونه اضافه نشد. پایگاه دادهٔ شما تغییری نکرده است.

%1</translation>
    </message>
</context>
<context>
    <name>kontor::DemoGenerator</name>
    <message>
        <source>The numbers of demo records cannot be negative</source>
        <translation>تعداد رکوردهای نمونه نمی‌تواند منفی باشد</translation>
    </message>
</context>
<context>
    <name>kontor::DrillDialog</name>
    <message>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <source>The first %1 of %2, largest first.</source>
        <translation>%1 مورد نخست از %2، به ترتیب از بزرگ‌ترین.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%Ln رکورد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter, to open its card.</source>
        <translation>برای باز کردن کارت یک ردیف، روی آن دوبار کلیک کنید یا Enter را بزنید.</translation>
    </message>
</context>
<context>
    <name>kontor::DuplicateFinder</name>
    <message>
        <source>Cannot look for duplicate contacts</source>
        <translation>جستجوی مخاطبان تکراری ممکن نیست</translation>
    </message>
</context>
<context>
    <name>kontor::DuplicatePairsModel</name>
    <message>
        <source>same email</source>
        <translation>ایمیل یکسان</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>تلفن یکسان</translation>
    </message>
    <message>
        <source>similar name in the same company</source>
        <translation>نام مشابه در همان شرکت</translation>
    </message>
    <message>
        <source>Contact #%1</source>
        <translation>مخاطب #%1</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>نگه داشتن</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>ادغام در این مورد</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
</context>
<context>
    <name>kontor::DuplicateReview</name>
    <message>
        <source>Cannot read the pairs marked as not duplicates</source>
        <translation>خواندن جفت‌هایی که به‌عنوان غیرتکراری علامت خورده‌اند ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot preview the merge</source>
        <translation>پیش‌نمایش ادغام ممکن نیست</translation>
    </message>
    <message>
        <source>contact %1 into contact %2</source>
        <translation>مخاطب %1 در مخاطب %2</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself</source>
        <translation>یک مخاطب را نمی‌توان با خودش ادغام کرد</translation>
    </message>
    <message>
        <source>Contact %1 does not exist or is in the trash</source>
        <translation>مخاطب %1 وجود ندارد یا در سطل زباله است</translation>
    </message>
    <message>
        <source>contacts %1 and %2</source>
        <translation>مخاطبان %1 و %2</translation>
    </message>
    <message>
        <source>A contact is always the same as itself</source>
        <translation>یک مخاطب همیشه با خودش یکی است</translation>
    </message>
    <message>
        <source>Cannot mark the contacts as not duplicates</source>
        <translation>علامت‌گذاری مخاطبان به‌عنوان غیرتکراری ممکن نیست</translation>
    </message>
    <message>
        <source>One of the contacts does not exist</source>
        <translation>یکی از مخاطبان وجود ندارد</translation>
    </message>
    <message>
        <source>Cannot take back &quot;not a duplicate&quot;</source>
        <translation>لغو «تکراری نیست» ممکن نیست</translation>
    </message>
    <message>
        <source>Contacts %1 and %2 are not marked as &quot;not a duplicate&quot;</source>
        <translation>مخاطبان %1 و %2 به‌عنوان «تکراری نیست» علامت نخورده‌اند</translation>
    </message>
</context>
<context>
    <name>kontor::DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation>یافتن موارد تکراری</translation>
    </message>
    <message>
        <source>Find Again</source>
        <translation>یافتن دوباره</translation>
    </message>
    <message>
        <source>Scan the whole contact base again</source>
        <translation>بررسی دوبارهٔ کل پایگاه مخاطبان</translation>
    </message>
    <message>
        <source>Keep the Other Instead</source>
        <translation>نگه داشتن مورد دیگر</translation>
    </message>
    <message>
        <source>Keep the right-hand record and merge the left-hand one into it</source>
        <translation>نگه داشتن رکورد سمت راست و ادغام رکورد سمت چپ در آن</translation>
    </message>
    <message>
        <source>Not a Duplicate</source>
        <translation>تکراری نیست</translation>
    </message>
    <message>
        <source>These are different people: do not propose this pair again</source>
        <translation>این‌ها افراد متفاوتی هستند: این جفت دوباره پیشنهاد نشود</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>ادغام</translation>
    </message>
    <message>
        <source>Merge with the values chosen above (Ctrl+Z undoes it)</source>
        <translation>ادغام با مقادیر انتخاب‌شده در بالا (Ctrl+Z آن را واگرد می‌کند)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>انجام دوباره</translation>
    </message>
    <message>
        <source>Looking for duplicates across all contacts…</source>
        <translation>در حال جستجوی موارد تکراری در همهٔ مخاطبان…</translation>
    </message>
    <message>
        <source>The search for duplicates failed.</source>
        <translation>جستجوی موارد تکراری ناموفق بود.</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>هیچ مورد تکراری پیدا نشد.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of contacts look like the same person.</source>
        <translation>
            <numerusform>%Ln جفت مخاطب به نظر یک شخص هستند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged “%1” into “%2”. Undo with Ctrl+Z.</source>
        <translation>«%1» در «%2» ادغام شد. برای واگرد Ctrl+Z را بزنید.</translation>
    </message>
</context>
<context>
    <name>kontor::EditTaskCommand</name>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>ویرایش «%1»</translation>
    </message>
</context>
<context>
    <name>kontor::ExportDialog</name>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <source>Activities and notes</source>
        <translation>فعالیت‌ها و یادداشت‌ها</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln مخاطب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>%Ln شرکت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln معامله</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(s)</source>
        <translation>
            <numerusform>%Ln فعالیت</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>خروجی گرفتن</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>همه‌چیز</translation>
    </message>
    <message>
        <source>Saved segment:</source>
        <translation>بخش ذخیره‌شده:</translation>
    </message>
    <message>
        <source>Excel-friendly (byte-order mark, for Excel on Windows)</source>
        <translation>سازگار با Excel (نشانهٔ ترتیب بایت، برای Excel در Windows)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>مرور…</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>چه چیزی:</translation>
    </message>
    <message>
        <source>Which records:</source>
        <translation>کدام رکوردها:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>قالب:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>فایل:</translation>
    </message>
    <message>
        <source>CSV (comma-separated text)</source>
        <translation>CSV (متن جداشده با ویرگول)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>کارپوشهٔ Excel (.xlsx)</translation>
    </message>
    <message>
        <source>vCard 3.0 (.vcf, older phones and Outlook)</source>
        <translation>vCard 3.0 (.vcf، تلفن‌های قدیمی‌تر و Outlook)</translation>
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
        <translation>%1 انتخاب‌شده</translation>
    </message>
    <message>
        <source>The selected records (select them in a list first)</source>
        <translation>رکوردهای انتخاب‌شده (ابتدا آن‌ها را در یک فهرست انتخاب کنید)</translation>
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
        <translation>خروجی گرفتن در</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>فایلی را که باید نوشته شود انتخاب کنید.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>پوشهٔ %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>در حال خروجی گرفتن…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>خروجی گرفتن لغو شد؛ هیچ فایلی نوشته نشد.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>خروجی گرفتن ناموفق بود: %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 در %2 خروجی گرفته شد.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Stop the export; no file is written</source>
        <translation>توقف خروجی گرفتن؛ هیچ فایلی نوشته نمی‌شود</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
    <message>
        <source>Of the contacts in the segment:</source>
        <translation>از مخاطبان این بخش:</translation>
    </message>
</context>
<context>
    <name>kontor::ExportSource</name>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>عنوان شغلی</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>خیابان</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>استان</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>دما</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ایجادشده</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>نام شرکت</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>نام حقوقی</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>خط لوله</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>احتمال</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>تاریخ بستن مورد انتظار</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>ایمیل مخاطب</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>دلیل ازدست‌رفتن</translation>
    </message>
    <message>
        <source>Cannot read the custom fields</source>
        <translation>خواندن فیلدهای سفارشی ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot list the records to export</source>
        <translation>فهرست کردن رکوردهای خروجی ممکن نیست</translation>
    </message>
    <message>
        <source>A selected record no longer exists or is in the trash.</source>
        <translation>یک رکورد انتخاب‌شده دیگر وجود ندارد یا در سطل زباله است.</translation>
    </message>
    <message>
        <source>Cannot read the contacts to export</source>
        <translation>خواندن مخاطبان برای خروجی ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the companies to export</source>
        <translation>خواندن شرکت‌ها برای خروجی ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the deals to export</source>
        <translation>خواندن معاملات برای خروجی ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the custom fields to export</source>
        <translation>خواندن فیلدهای سفارشی برای خروجی ممکن نیست</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>نام مخاطب</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>مدت</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>ثبت‌شده توسط</translation>
    </message>
    <message>
        <source>Cannot read the activities to export</source>
        <translation>خواندن فعالیت‌ها برای خروجی ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the photos to export</source>
        <translation>خواندن عکس‌ها برای خروجی ممکن نیست</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>شناسهٔ خارجی</translation>
    </message>
    <message>
        <source>A segment narrows contacts and their activities, not %1.</source>
        <translation>بخش، مخاطبان و فعالیت‌های آن‌ها را محدود می‌کند، نه %1 را.</translation>
    </message>
</context>
<context>
    <name>kontor::FoldKeys</name>
    <message>
        <source>Cannot prepare the %1 for look-ups by name</source>
        <translation>آماده‌سازی %1 برای جستجو بر اساس نام ممکن نیست</translation>
    </message>
</context>
<context>
    <name>kontor::ImportModule</name>
    <message>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>وارد کردن فایل…</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>واگرد وارد کردن</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>رکوردها</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ایجادشده</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>به‌روزشده</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>پذیرفته‌نشده</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>undone %1</source>
        <translation>واگردشده در %1</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>واردشده</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>هنوز وارد کردنی انجام نشده است.</translation>
    </message>
    <message>
        <source>Import %1 is done. Select it and press Undo import to reverse it.</source>
        <translation>وارد کردن %1 انجام شد. برای برگرداندن آن، انتخابش کنید و «واگرد وارد کردن» را بزنید.</translation>
    </message>
    <message>
        <source>Undo import %1? What it created is deleted and what it changed is put back.</source>
        <translation>وارد کردن %1 واگرد شود؟ آنچه ایجاد کرده حذف و آنچه تغییر داده به حالت قبل برگردانده می‌شود.</translation>
    </message>
    <message>
        <source>Undoing import %1…</source>
        <translation>در حال واگرد وارد کردن %1…</translation>
    </message>
    <message>
        <source>Import %1 was undone.</source>
        <translation>وارد کردن %1 واگرد شد.</translation>
    </message>
    <message>
        <source>Bring contacts, companies, deals and activities in from CSV, Excel or vCard files — or drop a file on this window. Every import can be undone: it deletes what the import created and puts back what it changed.</source>
        <translation>مخاطبان، شرکت‌ها، معاملات و فعالیت‌ها را از فایل‌های CSV، Excel یا vCard وارد کنید — یا فایلی را روی این پنجره رها کنید. هر وارد کردنی قابل واگرد است: آنچه ایجاد کرده حذف و آنچه تغییر داده به حالت قبل برگردانده می‌شود.</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>فعالیت‌ها</translation>
    </message>
</context>
<context>
    <name>kontor::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
</context>
<context>
    <name>kontor::LineItemsModel</name>
    <message>
        <source>“%1” is priced in %2 but the deal is in %3: type its price in %3.</source>
        <translation>قیمت «%1» به %2 است اما معامله به %3 است: قیمت آن را به %3 وارد کنید.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>Line %1: a product needs a name.</source>
        <translation>ردیف %1: محصول باید نام داشته باشد.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a quantity (a number, 0 or more).</source>
        <translation>ردیف %1: «%2» یک مقدار نیست (عددی برابر ۰ یا بیشتر).</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a price such as 1250.00.</source>
        <translation>ردیف %1: «%2» قیمتی مانند 1250.00 نیست.</translation>
    </message>
    <message>
        <source>Line %1: a discount is a percentage from 0 to 100, not “%2”.</source>
        <translation>ردیف %1: تخفیف درصدی از ۰ تا ۱۰۰ است، نه «%2».</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>محصول</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>قیمت واحد</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>تخفیف</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
</context>
<context>
    <name>kontor::ListModule</name>
    <message>
        <source>Refresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <source>Read the list again from the database</source>
        <translation>خواندن دوبارهٔ فهرست از پایگاه داده</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>خواندن فهرست ممکن نبود: %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>ستون‌ها</translation>
    </message>
    <message>
        <source>Choose the columns this list shows</source>
        <translation>انتخاب ستون‌هایی که این فهرست نشان می‌دهد</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>در حال شمارش…</translation>
    </message>
</context>
<context>
    <name>kontor::LogActivityDialog</name>
    <message>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>مشخص نشده</translation>
    </message>
    <message>
        <source>Outgoing (I reached out)</source>
        <translation>خروجی (من تماس گرفتم)</translation>
    </message>
    <message>
        <source>Incoming (they reached out)</source>
        <translation>ورودی (آن‌ها تماس گرفتند)</translation>
    </message>
    <message>
        <source>What was said or agreed, next steps…</source>
        <translation>آنچه گفته یا توافق شد، گام‌های بعدی…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>نوع (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>موضوع (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>زمان (&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>مدت (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>جهت (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>یادداشت‌ها (&amp;N):</translation>
    </message>
    <message>
        <source>Log a Call</source>
        <translation>ثبت تماس</translation>
    </message>
    <message>
        <source>Log an Email</source>
        <translation>ثبت ایمیل</translation>
    </message>
    <message>
        <source>Log a Meeting</source>
        <translation>ثبت جلسه</translation>
    </message>
    <message>
        <source>Add a Note</source>
        <translation>افزودن یادداشت</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>kontor::Lookups</name>
    <message>
        <source>Cannot read the list of roles</source>
        <translation>خواندن فهرست نقش‌ها ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the list of users</source>
        <translation>خواندن فهرست کاربران ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the deals</source>
        <translation>خواندن معاملات ممکن نیست</translation>
    </message>
</context>
<context>
    <name>kontor::LostReasonDialog</name>
    <message>
        <source>Deal Lost</source>
        <translation>معامله از دست رفت</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>یک دلیل انتخاب کنید…</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>چه اتفاقی افتاد (اختیاری)</translation>
    </message>
    <message>
        <source>Mark Lost</source>
        <translation>علامت‌گذاری به‌عنوان ازدست‌رفته</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>چرا «%1» از دست رفت؟</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>دلیل:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>یادداشت:</translation>
    </message>
</context>
<context>
    <name>kontor::MainWindow</name>
    <message>
        <source>About Kontor</source>
        <translation>دربارهٔ Kontor</translation>
    </message>
    <message>
        <source>Kontor %1
A CRM for salespeople, on your laptop or your team&apos;s server.</source>
        <translation>Kontor %1
یک CRM برای فروشندگان، روی لپ‌تاپ شما یا سرور تیمتان.</translation>
    </message>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>فایل (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Local Database…</source>
        <translation>پایگاه دادهٔ محلی جدید (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Local Database…</source>
        <translation>باز کردن پایگاه دادهٔ محلی (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>اتصال به سرور (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Recent Databases</source>
        <translation>پایگاه‌های دادهٔ اخیر (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>نما (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>راهنما (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Kontor</source>
        <translation>دربارهٔ Kontor (&amp;A)</translation>
    </message>
    <message>
        <source>Module Toolbar</source>
        <translation>نوار ابزار بخش</translation>
    </message>
    <message>
        <source>No database is open.
Use File → Open Local Database, or Connect to Server.</source>
        <translation>هیچ پایگاه داده‌ای باز نیست.
از «فایل ← باز کردن پایگاه دادهٔ محلی» یا «اتصال به سرور» استفاده کنید.</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>پاک کردن فهرست</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>هیچ پایگاه داده‌ای باز نیست</translation>
    </message>
    <message>
        <source>Database: %1 (%2)</source>
        <translation>پایگاه داده: %1 (%2)</translation>
    </message>
    <message>
        <source>SQLite, on this computer</source>
        <translation>SQLite، روی این رایانه</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>سرور PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>واگرد (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>انجام دوباره (&amp;R)</translation>
    </message>
    <message>
        <source>Could Not Undo or Redo</source>
        <translation>واگرد یا انجام دوباره ممکن نبود</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ویرایش (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>تنظیمات (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Custom Fields…</source>
        <translation>فیلدهای سفارشی (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quick Search…</source>
        <translation>جستجوی سریع (&amp;Q)…</translation>
    </message>
    <message>
        <source>New &amp;Task…</source>
        <translation>کار جدید (&amp;T)…</translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>یادآوری: %1</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>خروجی گرفتن (&amp;E)…</translation>
    </message>
</context>
<context>
    <name>kontor::MergePreviewPanel</name>
    <message>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>عنوان شغلی</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>خیابان</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>استان</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>دما</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>آخرین تماس</translation>
    </message>
    <message>
        <source>Choose a pair on the left to see what a merge would keep.</source>
        <translation>برای دیدن آنچه ادغام نگه می‌دارد، یک جفت را از سمت چپ انتخاب کنید.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep:&lt;/b&gt; %1 &lt;small&gt;(#%2)&lt;/small&gt;</source>
        <translation>&lt;b&gt;نگه داشتن:&lt;/b&gt; %1 &lt;small&gt;(#%2)&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merge into it:&lt;/b&gt; %1 &lt;small&gt;(#%2)&lt;/small&gt;</source>
        <translation>&lt;b&gt;ادغام در آن:&lt;/b&gt; %1 &lt;small&gt;(#%2)&lt;/small&gt;</translation>
    </message>
    <message>
        <source>(the same)</source>
        <translation>(یکسان)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>%1 (%2 + %3)</source>
        <translation>%1 (%2 + %3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;After the merge the kept contact has:&lt;/b&gt;</source>
        <translation>&lt;b&gt;پس از ادغام، مخاطب نگه‌داشته‌شده این‌ها را دارد:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Emails (%1): %2</source>
        <translation>ایمیل‌ها (%1): %2</translation>
    </message>
    <message>
        <source>Phones (%1): %2</source>
        <translation>تلفن‌ها (%1): %2</translation>
    </message>
    <message>
        <source>Messengers (%1): %2</source>
        <translation>پیام‌رسان‌ها (%1): %2</translation>
    </message>
    <message>
        <source>Tags (%1): %2</source>
        <translation>برچسب‌ها (%1): %2</translation>
    </message>
    <message>
        <source>Activities: %1 · Deals: %2 · Tasks: %3</source>
        <translation>فعالیت‌ها: %1 · معاملات: %2 · کارها: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) taken from the other record; it goes to the trash.</source>
        <translation>
            <numerusform>%Ln فیلد از رکورد دیگر گرفته می‌شود؛ آن رکورد به سطل زباله می‌رود.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Custom fields&lt;/b&gt;</source>
        <translation>&lt;b&gt;فیلدهای سفارشی&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>kontor::Migrator</name>
    <message>
        <source>Cannot create the schema version table</source>
        <translation>ایجاد جدول نسخهٔ طرح‌واره ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the schema version</source>
        <translation>خواندن نسخهٔ طرح‌واره ممکن نیست</translation>
    </message>
    <message>
        <source>This database was created by a newer Kontor. Please update Kontor to open it.</source>
        <translation>این پایگاه داده با نسخهٔ جدیدتری از Kontor ایجاد شده است. برای باز کردن آن، لطفاً Kontor را به‌روزرسانی کنید.</translation>
    </message>
    <message>
        <source>Cannot lock the schema for upgrade</source>
        <translation>قفل کردن طرح‌واره برای ارتقا ممکن نیست</translation>
    </message>
    <message>
        <source>Upgrading the database failed at step %1 (%2)</source>
        <translation>ارتقای پایگاه داده در گام %1 (%2) ناموفق بود</translation>
    </message>
</context>
<context>
    <name>kontor::MultiValueEditor</name>
    <message>
        <source>Remove this line</source>
        <translation>حذف این خط</translation>
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
        <translation>شماره‌های تلفن</translation>
    </message>
    <message>
        <source>Numbers typed without a country code (+…) are read as numbers of this region. Search and duplicate detection compare every number in its international form, so “040 123 4567” finds “+358 40 123 4567” when the region is Finland.</source>
        <translation>شماره‌هایی که بدون کد کشور (+…) وارد می‌شوند، شماره‌های این منطقه در نظر گرفته می‌شوند. جستجو و تشخیص موارد تکراری هر شماره را در قالب بین‌المللی آن مقایسه می‌کنند، بنابراین وقتی منطقه فنلاند باشد «040 123 4567» شمارهٔ «+358 40 123 4567» را پیدا می‌کند.</translation>
    </message>
    <message>
        <source>The system&apos;s region</source>
        <translation>منطقهٔ سیستم</translation>
    </message>
    <message>
        <source>The system&apos;s region (%1)</source>
        <translation>منطقهٔ سیستم (%1)</translation>
    </message>
    <message>
        <source>Also read the phones already stored with this region</source>
        <translation>تلفن‌هایی که از قبل ذخیره شده‌اند نیز با این منطقه خوانده شوند</translation>
    </message>
    <message>
        <source>Numbers saved before were read with the old region. What was typed stays as it is; only the form search and duplicates compare is computed again.</source>
        <translation>شماره‌هایی که پیش‌تر ذخیره شده‌اند با منطقهٔ قبلی خوانده شده‌اند. آنچه تایپ شده همان‌طور می‌ماند؛ فقط قالبی که جستجو و تشخیص موارد تکراری مقایسه می‌کنند دوباره محاسبه می‌شود.</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>منطقهٔ پیش‌فرض (&amp;R):</translation>
    </message>
    <message>
        <source>Saved. Numbers typed from now on are read with this region.</source>
        <translation>ذخیره شد. شماره‌هایی که از این پس تایپ شوند با این منطقه خوانده می‌شوند.</translation>
    </message>
    <message>
        <source>Saved. Reading the stored phones again…</source>
        <translation>ذخیره شد. در حال خواندن دوبارهٔ تلفن‌های ذخیره‌شده…</translation>
    </message>
    <message numerus="yes">
        <source>Region %1: %Ln phone(s) read again, </source>
        <translation>
            <numerusform>منطقهٔ %1: %Ln تلفن دوباره خوانده شد، </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln مورد تغییر کرد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln contact(s)).</source>
        <translation>
            <numerusform> (%Ln مخاطب).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be read as a number of any country and stay as typed.</source>
        <translation>
            <numerusform>%Ln مورد را نمی‌توان به‌عنوان شمارهٔ هیچ کشوری خواند و همان‌طور که تایپ شده باقی می‌ماند.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::PipelineRepository</name>
    <message>
        <source>new stage</source>
        <translation>مرحلهٔ جدید</translation>
    </message>
    <message>
        <source>stage &quot;%1&quot;</source>
        <translation>مرحلهٔ «%1»</translation>
    </message>
    <message>
        <source>A stage needs a name</source>
        <translation>مرحله باید نام داشته باشد</translation>
    </message>
    <message>
        <source>The win probability must be between 0 and 100 %</source>
        <translation>احتمال موفقیت باید بین ۰ تا ۱۰۰٪ باشد</translation>
    </message>
    <message>
        <source>Days before a deal rots cannot be negative</source>
        <translation>تعداد روزها تا راکد شدن معامله نمی‌تواند منفی باشد</translation>
    </message>
    <message>
        <source>Cannot read the pipelines</source>
        <translation>خواندن خطوط لوله ممکن نیست</translation>
    </message>
    <message>
        <source>This pipeline does not exist</source>
        <translation>این خط لوله وجود ندارد</translation>
    </message>
    <message>
        <source>pipeline %1</source>
        <translation>خط لولهٔ %1</translation>
    </message>
    <message>
        <source>There is no pipeline called &quot;%1&quot;</source>
        <translation>خط لوله‌ای با نام «%1» وجود ندارد</translation>
    </message>
    <message>
        <source>A pipeline needs a name</source>
        <translation>خط لوله باید نام داشته باشد</translation>
    </message>
    <message>
        <source>new pipeline</source>
        <translation>خط لولهٔ جدید</translation>
    </message>
    <message>
        <source>Cannot create the pipeline &quot;%1&quot;</source>
        <translation>ایجاد خط لولهٔ «%1» ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot rename pipeline %1</source>
        <translation>تغییر نام خط لولهٔ %1 ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read stage %1</source>
        <translation>خواندن مرحلهٔ %1 ممکن نیست</translation>
    </message>
    <message>
        <source>This stage does not exist</source>
        <translation>این مرحله وجود ندارد</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>مرحلهٔ %1</translation>
    </message>
    <message>
        <source>Cannot add the stage &quot;%1&quot;</source>
        <translation>افزودن مرحلهٔ «%1» ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot save the stage &quot;%1&quot;</source>
        <translation>ذخیرهٔ مرحلهٔ «%1» ممکن نیست</translation>
    </message>
    <message>
        <source>The new order must list every stage of the pipeline once</source>
        <translation>ترتیب جدید باید هر مرحلهٔ خط لوله را یک بار فهرست کند</translation>
    </message>
    <message>
        <source>Cannot reorder the stages</source>
        <translation>مرتب‌سازی دوبارهٔ مراحل ممکن نیست</translation>
    </message>
    <message>
        <source>Deals can only move to another stage of the same pipeline</source>
        <translation>معاملات فقط به مرحلهٔ دیگری از همان خط لوله منتقل می‌شوند</translation>
    </message>
    <message>
        <source>Deals cannot be moved to a lost stage without a reason each</source>
        <translation>معاملات را نمی‌توان بدون دلیل برای هرکدام به مرحلهٔ ازدست‌رفته منتقل کرد</translation>
    </message>
    <message>
        <source>Cannot delete the stage &quot;%1&quot;</source>
        <translation>حذف مرحلهٔ «%1» ممکن نیست</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) are still in this stage; move them to another stage first</source>
        <translation>
            <numerusform>%Ln معامله هنوز در این مرحله است؛ ابتدا آن‌ها را به مرحلهٔ دیگری منتقل کنید</numerusform>
        </translation>
    </message>
    <message>
        <source>The pipeline &quot;%1&quot; has no stage called &quot;%2&quot;</source>
        <translation>خط لولهٔ «%1» مرحله‌ای با نام «%2» ندارد</translation>
    </message>
    <message>
        <source>Cannot read the lost reasons</source>
        <translation>خواندن دلایل ازدست‌رفتن ممکن نیست</translation>
    </message>
    <message>
        <source>There is no lost reason called &quot;%1&quot;</source>
        <translation>دلیل ازدست‌رفتنی با نام «%1» وجود ندارد</translation>
    </message>
    <message>
        <source>A lost reason needs a name</source>
        <translation>دلیل ازدست‌رفتن باید نام داشته باشد</translation>
    </message>
    <message>
        <source>Cannot add the lost reason &quot;%1&quot;</source>
        <translation>افزودن دلیل ازدست‌رفتن «%1» ممکن نیست</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the only pipeline; add another before deleting it</source>
        <translation>«%1» تنها خط لوله است؛ پیش از حذف آن، خط لولهٔ دیگری اضافه کنید</translation>
    </message>
    <message>
        <source>Cannot delete the pipeline &quot;%1&quot;</source>
        <translation>حذف خط لولهٔ «%1» ممکن نیست</translation>
    </message>
    <message>
        <source>&quot;%1&quot; still holds %2 deal(s); move or delete them first</source>
        <translation>«%1» هنوز %2 معامله دارد؛ ابتدا آن‌ها را منتقل یا حذف کنید</translation>
    </message>
    <message>
        <source>lost reason %1</source>
        <translation>دلیل ازدست‌رفتن %1</translation>
    </message>
    <message>
        <source>Cannot save the lost reason &quot;%1&quot;</source>
        <translation>ذخیرهٔ دلیل ازدست‌رفتن «%1» ممکن نیست</translation>
    </message>
    <message>
        <source>This lost reason does not exist</source>
        <translation>این دلیل ازدست‌رفتن وجود ندارد</translation>
    </message>
</context>
<context>
    <name>kontor::PipelineSettingsDialog</name>
    <message>
        <source>Move Deals</source>
        <translation>انتقال معاملات</translation>
    </message>
    <message>
        <source>Deals are still in “%1”. Move them to:</source>
        <translation>هنوز معاملاتی در «%1» هستند. آن‌ها را منتقل کنید به:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>برنده‌شده</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ازدست‌رفته</translation>
    </message>
    <message>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>افزودن مرحله</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>انتقال به بالا</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>انتقال به پایین</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>Win probability:</source>
        <translation>احتمال موفقیت:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>نوع:</translation>
    </message>
    <message>
        <source>Rots after idle days:</source>
        <translation>راکد شدن پس از روزهای بی‌فعالیت:</translation>
    </message>
    <message>
        <source>Save Stage</source>
        <translation>ذخیرهٔ مرحله</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2٪)</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>مرحلهٔ جدید</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>مراحل</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>خط لوله:</translation>
    </message>
    <message>
        <source>Add Pipeline…</source>
        <translation>افزودن خط لوله…</translation>
    </message>
    <message>
        <source>Add Pipeline</source>
        <translation>افزودن خط لوله</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>تغییر نام…</translation>
    </message>
    <message>
        <source>Rename Pipeline</source>
        <translation>تغییر نام خط لوله</translation>
    </message>
    <message>
        <source>Delete Pipeline</source>
        <translation>حذف خط لوله</translation>
    </message>
    <message>
        <source>Add Reason…</source>
        <translation>افزودن دلیل…</translation>
    </message>
    <message>
        <source>Add Lost Reason</source>
        <translation>افزودن دلیل ازدست‌رفتن</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>دلیل:</translation>
    </message>
    <message>
        <source>Rename Lost Reason</source>
        <translation>تغییر نام دلیل ازدست‌رفتن</translation>
    </message>
    <message>
        <source>Offer / Retire</source>
        <translation>فعال / غیرفعال</translation>
    </message>
    <message>
        <source>Lost reasons (all pipelines)</source>
        <translation>دلایل ازدست‌رفتن (همهٔ خطوط لوله)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (غیرفعال)</translation>
    </message>
    <message>
        <source>Pipelines and Stages</source>
        <translation>خطوط لوله و مراحل</translation>
    </message>
</context>
<context>
    <name>kontor::PlanEditor</name>
    <message>
        <source>Sales plans</source>
        <translation>برنامه‌های فروش</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>مدیر</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>e.g. 25000 or 25000.50</source>
        <translation>مثلاً 25000 یا 25000.50</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>Add plan</source>
        <translation>افزودن برنامه</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>ذخیرهٔ تغییرات</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Choose the plan to change in the list first.</source>
        <translation>ابتدا برنامه‌ای را که باید تغییر کند در فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: write it like 25000 or 25000.50.</source>
        <translation>«%1» مبلغ نیست: آن را مانند 25000 یا 25000.50 بنویسید.</translation>
    </message>
    <message>
        <source>This manager already has a plan for that period and currency.</source>
        <translation>این مدیر از قبل برای آن دوره و ارز برنامه دارد.</translation>
    </message>
    <message>
        <source>Plan added.</source>
        <translation>برنامه افزوده شد.</translation>
    </message>
    <message>
        <source>Plan saved.</source>
        <translation>برنامه ذخیره شد.</translation>
    </message>
    <message>
        <source>Choose the plan to delete in the list first.</source>
        <translation>ابتدا برنامه‌ای را که باید حذف شود در فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>Plan deleted.</source>
        <translation>برنامه حذف شد.</translation>
    </message>
    <message>
        <source>Add as monthly plans (a quarter or a year split evenly)</source>
        <translation>افزودن به‌صورت برنامه‌های ماهانه (یک فصل یا یک سال به‌طور مساوی تقسیم می‌شود)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>انجام دوباره</translation>
    </message>
    <message>
        <source> (or clear &quot;Add as monthly plans&quot; to add it as one plan)</source>
        <translation> (یا برای افزودن به‌صورت یک برنامه، علامت «افزودن به‌صورت برنامه‌های ماهانه» را بردارید)</translation>
    </message>
    <message>
        <source>Change the plan of %1</source>
        <translation>تغییر برنامهٔ %1</translation>
    </message>
    <message>
        <source>Add %1 monthly plans of %2</source>
        <translation>افزودن %1 برنامهٔ ماهانه برای %2</translation>
    </message>
    <message>
        <source>Add a plan for %1</source>
        <translation>افزودن برنامه برای %1</translation>
    </message>
    <message>
        <source>%1 monthly plans added.</source>
        <translation>%1 برنامهٔ ماهانه افزوده شد.</translation>
    </message>
    <message>
        <source>Delete the plan of %1</source>
        <translation>حذف برنامهٔ %1</translation>
    </message>
</context>
<context>
    <name>kontor::ProductCatalogueDialog</name>
    <message>
        <source>Still sold (offered on deals)</source>
        <translation>هنوز فروخته می‌شود (در معاملات پیشنهاد می‌شود)</translation>
    </message>
    <message>
        <source>Product Catalogue</source>
        <translation>کاتالوگ محصولات</translation>
    </message>
    <message>
        <source>optional, unique</source>
        <translation>اختیاری، یکتا</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نام (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>SKU (&amp;S):</translation>
    </message>
    <message>
        <source>Unit price:</source>
        <translation>قیمت واحد:</translation>
    </message>
    <message>
        <source>New Product</source>
        <translation>محصول جدید</translation>
    </message>
    <message>
        <source>Save Product</source>
        <translation>ذخیرهٔ محصول</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>انتقال به سطل زباله</translation>
    </message>
    <message>
        <source>“%1” is not a price such as 120.00.</source>
        <translation>«%1» قیمتی مانند 120.00 نیست.</translation>
    </message>
</context>
<context>
    <name>kontor::ProductRepository</name>
    <message>
        <source>A product needs a name</source>
        <translation>محصول باید نام داشته باشد</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as EUR or USD</source>
        <translation>«%1» کد ارزی مانند EUR یا USD نیست</translation>
    </message>
    <message>
        <source>A price cannot be negative</source>
        <translation>قیمت نمی‌تواند منفی باشد</translation>
    </message>
    <message>
        <source>line item of deal %1</source>
        <translation>ردیف اقلام معاملهٔ %1</translation>
    </message>
    <message>
        <source>A line item belongs to a deal</source>
        <translation>ردیف اقلام متعلق به یک معامله است</translation>
    </message>
    <message>
        <source>A line item needs a product or a name</source>
        <translation>ردیف اقلام به یک محصول یا نام نیاز دارد</translation>
    </message>
    <message>
        <source>A quantity cannot be negative</source>
        <translation>تعداد نمی‌تواند منفی باشد</translation>
    </message>
    <message>
        <source>A discount must be between 0 and 100 %</source>
        <translation>تخفیف باید بین ۰ تا ۱۰۰٪ باشد</translation>
    </message>
    <message>
        <source>Cannot save the product &quot;%1&quot;</source>
        <translation>ذخیرهٔ محصول «%1» ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>خواندن %1 ممکن نیست</translation>
    </message>
    <message>
        <source>This product does not exist</source>
        <translation>این محصول وجود ندارد</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>ذخیرهٔ %1 ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the product catalogue</source>
        <translation>خواندن کاتالوگ محصولات ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the products of deal %1</source>
        <translation>خواندن محصولات معاملهٔ %1 ممکن نیست</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is priced in %2 but the deal is in %3; enter the price in %3</source>
        <translation>قیمت «%1» به %2 است اما معامله به %3 است؛ قیمت را به %3 وارد کنید</translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation>معاملهٔ %1</translation>
    </message>
    <message>
        <source>Cannot update the amount of deal %1</source>
        <translation>به‌روزرسانی مبلغ معاملهٔ %1 ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot add a product to deal %1</source>
        <translation>افزودن محصول به معاملهٔ %1 ممکن نیست</translation>
    </message>
    <message>
        <source>This deal does not exist</source>
        <translation>این معامله وجود ندارد</translation>
    </message>
    <message>
        <source>Cannot change a product of deal %1</source>
        <translation>تغییر محصول معاملهٔ %1 ممکن نیست</translation>
    </message>
    <message>
        <source>This line item does not exist</source>
        <translation>این ردیف اقلام وجود ندارد</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>قلم %1</translation>
    </message>
    <message>
        <source>Cannot remove line item %1</source>
        <translation>حذف ردیف اقلام %1 ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot save the products of deal %1</source>
        <translation>ذخیرهٔ محصولات معاملهٔ %1 ممکن نیست</translation>
    </message>
</context>
<context>
    <name>kontor::ProductTableModel</name>
    <message>
        <source>Sold</source>
        <translation>در فروش</translation>
    </message>
    <message>
        <source>Not sold</source>
        <translation>خارج از فروش</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>محصول</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>قیمت واحد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
</context>
<context>
    <name>kontor::QuickAddTaskDialog</name>
    <message>
        <source>Edit Task</source>
        <translation>ویرایش کار</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>کار جدید</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>برای:</translation>
    </message>
    <message>
        <source>What is to be done? e.g. Call back about the offer</source>
        <translation>چه کاری باید انجام شود؟ مثلاً تماس دوباره دربارهٔ پیشنهاد</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>عنوان (&amp;T):</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>نوع (&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;All day</source>
        <translation>تمام روز (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>سررسید (&amp;D):</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>تنظیم نشده</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>مدت (&amp;U):</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادی</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>اولویت (&amp;P):</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>بدون یادآوری</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>در زمان سررسید</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%Ln دقیقه قبل</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>یک ساعت قبل</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>یک روز قبل</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>یادآوری (&amp;R):</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>تکرار نمی‌شود</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>هر روز</translation>
    </message>
    <message>
        <source>Every week on…</source>
        <translation>هر هفته در…</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>هر ماه</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>تکرار (&amp;E):</translation>
    </message>
    <message>
        <source>Tick several people to give each their own copy, tracked together</source>
        <translation>چند نفر را علامت بزنید تا هرکدام نسخهٔ خود را داشته باشند که با هم پیگیری می‌شوند</translation>
    </message>
    <message>
        <source>Assi&amp;gned to:</source>
        <translation>واگذارشده به (&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>یادداشت‌ها (&amp;N):</translation>
    </message>
    <message>
        <source>Tick at least one person to do it.</source>
        <translation>دست‌کم یک نفر را برای انجام آن علامت بزنید.</translation>
    </message>
</context>
<context>
    <name>kontor::QuickSearchModel</name>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بدون نام)</translation>
    </message>
</context>
<context>
    <name>kontor::QuickSearchPopup</name>
    <message>
        <source>Quick Search</source>
        <translation>جستجوی سریع</translation>
    </message>
    <message>
        <source>Find a contact, company or deal — name, email, phone…</source>
        <translation>یافتن مخاطب، شرکت یا معامله — نام، ایمیل، تلفن…</translation>
    </message>
    <message>
        <source>Type a name, part of an email or a phone number.</source>
        <translation>یک نام، بخشی از ایمیل یا شماره تلفن را تایپ کنید.</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>جستجو ناموفق بود: %1</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>چیزی برای «%1» پیدا نشد.</translation>
    </message>
    <message>
        <source>Enter opens the selected one; ↑ ↓ choose; Esc closes.</source>
        <translation>Enter مورد انتخاب‌شده را باز می‌کند؛ ↑ ↓ انتخاب؛ Esc می‌بندد.</translation>
    </message>
</context>
<context>
    <name>kontor::Recurrence</name>
    <message>
        <source>Say on which days a weekly task repeats, e.g. weekly:mon,thu</source>
        <translation>مشخص کنید کار هفتگی در چه روزهایی تکرار می‌شود، مثلاً weekly:mon,thu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the week (mon, tue, wed, thu, fri, sat, sun)</source>
        <translation>«%1» یک روز هفته نیست (mon، tue، wed، thu، fri، sat، sun)</translation>
    </message>
    <message>
        <source>A monthly task repeats on a day from 1 to 31</source>
        <translation>کار ماهانه در روزی از ۱ تا ۳۱ تکرار می‌شود</translation>
    </message>
    <message>
        <source>Repeat is daily, weekly:DAYS or monthly</source>
        <translation>تکرار به شکل daily، weekly:DAYS یا monthly است</translation>
    </message>
</context>
<context>
    <name>kontor::ReminderNotifier</name>
    <message>
        <source>Kontor reminders</source>
        <translation>یادآوری‌های Kontor</translation>
    </message>
    <message>
        <source>Snooze the last reminder 10 minutes</source>
        <translation>تعویق آخرین یادآوری به مدت ۱۰ دقیقه</translation>
    </message>
    <message>
        <source>Open the task</source>
        <translation>باز کردن کار</translation>
    </message>
</context>
<context>
    <name>kontor::ReminderPopup</name>
    <message>
        <source>Reminders</source>
        <translation>یادآوری‌ها</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>تعویق ۱۰ دقیقه</translation>
    </message>
    <message>
        <source>Remind me of this again in 10 minutes</source>
        <translation>۱۰ دقیقهٔ دیگر دوباره یادآوری شود</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>تعویق ۱ ساعت</translation>
    </message>
    <message>
        <source>Remind me of this again in an hour</source>
        <translation>یک ساعت دیگر دوباره یادآوری شود</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Open the deal, contact or company this task is about</source>
        <translation>باز کردن معامله، مخاطب یا شرکتی که این کار مربوط به آن است</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>انجام شد…</translation>
    </message>
    <message>
        <source>Complete the task: what came of it, and the next step</source>
        <translation>تکمیل کار: نتیجه چه بود و گام بعدی چیست</translation>
    </message>
    <message>
        <source>missed while Kontor was closed</source>
        <translation>در زمان بسته بودن Kontor از دست رفت</translation>
    </message>
    <message numerus="yes">
        <source>While Kontor was closed, %n reminder(s) came due.</source>
        <translation>
            <numerusform>در زمانی که Kontor بسته بود، %Ln یادآوری سررسید شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s):</source>
        <translation>
            <numerusform>%Ln یادآوری:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not snooze: %1</source>
        <translation>تعویق ممکن نبود: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>انجام شد: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ReminderScheduler</name>
    <message>
        <source>Cannot read the reminders</source>
        <translation>خواندن یادآوری‌ها ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot mark the reminder as shown</source>
        <translation>علامت‌گذاری یادآوری به‌عنوان نمایش‌داده‌شده ممکن نیست</translation>
    </message>
    <message>
        <source>Snooze needs a time</source>
        <translation>تعویق به یک زمان نیاز دارد</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>کار %1</translation>
    </message>
    <message>
        <source>Cannot snooze the reminder</source>
        <translation>تعویق یادآوری ممکن نیست</translation>
    </message>
    <message>
        <source>The task is done or in the trash</source>
        <translation>کار انجام شده یا در سطل زباله است</translation>
    </message>
</context>
<context>
    <name>kontor::ReportChart</name>
    <message>
        <source>Nothing to show for this period and filter.</source>
        <translation>برای این دوره و فیلتر چیزی برای نمایش وجود ندارد.</translation>
    </message>
    <message>
        <source>Click a bar to list the records behind it.</source>
        <translation>برای فهرست کردن رکوردهای پشت یک ستون، روی آن کلیک کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%Ln مشتری</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a point to list the records behind it.</source>
        <translation>برای فهرست کردن رکوردهای پشت یک نقطه، روی آن کلیک کنید.</translation>
    </message>
</context>
<context>
    <name>kontor::ReportEngine</name>
    <message>
        <source>Funnel</source>
        <translation>قیف</translation>
    </message>
    <message>
        <source>Deals created in the period that reached each stage, stage-to-stage conversion, time in stage and cycle length</source>
        <translation>معاملات ایجادشده در دوره که به هر مرحله رسیده‌اند، نرخ تبدیل مرحله به مرحله، زمان در هر مرحله و طول چرخه</translation>
    </message>
    <message>
        <source>Sales dynamics</source>
        <translation>روند فروش</translation>
    </message>
    <message>
        <source>Won deals and amount per period, next to the period before</source>
        <translation>معاملات برنده‌شده و مبلغ در هر دوره، در کنار دورهٔ قبل</translation>
    </message>
    <message>
        <source>Won vs lost</source>
        <translation>برنده‌شده در برابر ازدست‌رفته</translation>
    </message>
    <message>
        <source>Deals won and lost per period and the win rate</source>
        <translation>معاملات برنده‌شده و ازدست‌رفته در هر دوره و نرخ موفقیت</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>دلایل ازدست‌رفتن</translation>
    </message>
    <message>
        <source>Why deals closed in the period were lost</source>
        <translation>چرا معاملاتی که در این دوره بسته شدند از دست رفتند</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>مدیران</translation>
    </message>
    <message>
        <source>Per owner: deals won, amount, win rate, calls, meetings, e-mails, tasks on time and overdue</source>
        <translation>برای هر مسئول: معاملات برنده‌شده، مبلغ، نرخ موفقیت، تماس‌ها، جلسه‌ها، ایمیل‌ها، کارهای به‌موقع و سررسیدگذشته</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>کانال‌ها</translation>
    </message>
    <message>
        <source>Per source channel: deals created, won, conversion and revenue</source>
        <translation>برای هر کانال منبع: معاملات ایجادشده، برنده‌شده، نرخ تبدیل و درآمد</translation>
    </message>
    <message>
        <source>Deal size</source>
        <translation>اندازهٔ معامله</translation>
    </message>
    <message>
        <source>How large won deals are: distribution, average and median</source>
        <translation>معاملات برنده‌شده چه اندازه‌ای دارند: توزیع، میانگین و میانه</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>چرخهٔ فروش</translation>
    </message>
    <message>
        <source>How long won deals took from creation to closing</source>
        <translation>معاملات برنده‌شده از ایجاد تا بستن چه مدت طول کشیدند</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>پیش‌بینی</translation>
    </message>
    <message>
        <source>Open deals weighted by probability, by expected close month, against plan</source>
        <translation>معاملات باز وزن‌دهی‌شده بر اساس احتمال، به تفکیک ماه بستن مورد انتظار، در برابر برنامه</translation>
    </message>
    <message>
        <source>Plan vs fact</source>
        <translation>برنامه در برابر عملکرد</translation>
    </message>
    <message>
        <source>Sales plans per manager and period, what was won, and how much of the plan that is</source>
        <translation>برنامه‌های فروش برای هر مدیر و دوره، آنچه برنده شد و چه سهمی از برنامه است</translation>
    </message>
    <message>
        <source>ABC/XYZ</source>
        <translation>ABC/XYZ</translation>
    </message>
    <message>
        <source>Customers by share of revenue (A/B/C) and regularity of purchases (X/Y/Z)</source>
        <translation>مشتریان بر اساس سهم از درآمد (A/B/C) و منظم بودن خریدها (X/Y/Z)</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>دوره پیش از شروع به پایان می‌رسد.</translation>
    </message>
    <message>
        <source>There is no pipeline to show.</source>
        <translation>خط لوله‌ای برای نمایش وجود ندارد.</translation>
    </message>
    <message>
        <source>There is no report of that name.</source>
        <translation>گزارشی با این نام وجود ندارد.</translation>
    </message>
    <message>
        <source>known reports: %1</source>
        <translation>گزارش‌های شناخته‌شده: %1</translation>
    </message>
    <message>
        <source>read currencies</source>
        <translation>خواندن ارزها</translation>
    </message>
    <message>
        <source>read source channels</source>
        <translation>خواندن کانال‌های منبع</translation>
    </message>
    <message>
        <source>user</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>product</source>
        <translation>محصول</translation>
    </message>
</context>
<context>
    <name>kontor::ReportFilterBar</name>
    <message>
        <source>This month</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>ماه گذشته</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>این فصل</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>فصل گذشته</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>از ابتدای سال تاکنون</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>۱۲ ماه گذشته</translation>
    </message>
    <message>
        <source>Next 6 months</source>
        <translation>۶ ماه آینده</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>سفارشی</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>روزانه</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>هفتگی</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>ماهانه</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>فصلی</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>همهٔ مسئولان</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>همهٔ خطوط لوله</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>همهٔ منابع</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>همهٔ مشتریان</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>مشتریان جدید</translation>
    </message>
    <message>
        <source>Existing customers</source>
        <translation>مشتریان فعلی</translation>
    </message>
    <message>
        <source>Existing: the company (or, without one, the person) had a deal won before this deal was created.</source>
        <translation>فعلی: شرکت (یا اگر شرکتی نیست، شخص) پیش از ایجاد این معامله، معاملهٔ برنده‌شده‌ای داشته است.</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>همهٔ محصولات</translation>
    </message>
</context>
<context>
    <name>kontor::Reports</name>
    <message>
        <source>%1 d</source>
        <translation>%1 روز</translation>
    </message>
</context>
<context>
    <name>kontor::ReportsModule</name>
    <message>
        <source>Export CSV…</source>
        <translation>خروجی CSV…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>خروجی PNG…</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>تصاویر PNG (*.png)</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>خروجی PDF…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>اسناد PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>Sales plans…</source>
        <translation>برنامه‌های فروش…</translation>
    </message>
    <message>
        <source>Double-click a row to list the records behind it.</source>
        <translation>برای فهرست کردن رکوردهای پشت یک ردیف، روی آن دوبار کلیک کنید.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>در حال شمارش…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>خروجی گرفتن از گزارش</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 ذخیره شد</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
</context>
<context>
    <name>kontor::RescheduleTaskCommand</name>
    <message>
        <source>Reschedule &quot;%1&quot;</source>
        <translation>زمان‌بندی دوبارهٔ «%1»</translation>
    </message>
</context>
<context>
    <name>kontor::SalesPlanRepository</name>
    <message>
        <source>sales plan %1</source>
        <translation>برنامهٔ فروش %1</translation>
    </message>
    <message>
        <source>new sales plan</source>
        <translation>برنامهٔ فروش جدید</translation>
    </message>
    <message>
        <source>Choose the manager the plan is for.</source>
        <translation>مدیری را که برنامه برای اوست انتخاب کنید.</translation>
    </message>
    <message>
        <source>A plan needs the first and last day of its period.</source>
        <translation>برنامه به نخستین و آخرین روز دورهٔ خود نیاز دارد.</translation>
    </message>
    <message>
        <source>The plan&apos;s period ends before it starts.</source>
        <translation>دورهٔ برنامه پیش از شروع به پایان می‌رسد.</translation>
    </message>
    <message>
        <source>A plan&apos;s amount cannot be negative.</source>
        <translation>مبلغ برنامه نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as EUR.</source>
        <translation>ارز باید یک کد سه‌حرفی مانند EUR باشد.</translation>
    </message>
    <message>
        <source>read sales plans</source>
        <translation>خواندن برنامه‌های فروش</translation>
    </message>
    <message>
        <source>save sales plan %1</source>
        <translation>ذخیرهٔ برنامهٔ فروش %1</translation>
    </message>
    <message>
        <source>add a sales plan</source>
        <translation>افزودن برنامهٔ فروش</translation>
    </message>
    <message>
        <source>That sales plan does not exist.</source>
        <translation>این برنامهٔ فروش وجود ندارد.</translation>
    </message>
    <message>
        <source>delete sales plan %1</source>
        <translation>حذف برنامهٔ فروش %1</translation>
    </message>
    <message>
        <source>To spread a plan over months its period must start on the 1st of a month.</source>
        <translation>برای تقسیم برنامه بین ماه‌ها، دورهٔ آن باید از روز اول یک ماه شروع شود.</translation>
    </message>
    <message>
        <source>To spread a plan over months its period must end on the last day of a month.</source>
        <translation>برای تقسیم برنامه بین ماه‌ها، دورهٔ آن باید در روز آخر یک ماه تمام شود.</translation>
    </message>
    <message>
        <source>Only a plan that had an id can be restored.</source>
        <translation>فقط برنامه‌ای که شناسه داشته قابل بازیابی است.</translation>
    </message>
    <message>
        <source>restore sales plan %1</source>
        <translation>بازیابی برنامهٔ فروش %1</translation>
    </message>
</context>
<context>
    <name>kontor::SearchRepository</name>
    <message>
        <source>Cannot search for &quot;%1&quot;</source>
        <translation>جستجوی «%1» ممکن نیست</translation>
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
            <numerusform>مشترک با تیم: %Ln مخاطب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only yours: %Ln contact(s)</source>
        <translation>
            <numerusform>فقط برای شما: %Ln مخاطب</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (…)</source>
        <translation>%1 (…)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>در حال شمارش…</translation>
    </message>
</context>
<context>
    <name>kontor::SegmentPanel</name>
    <message>
        <source>Segments</source>
        <translation>بخش‌ها</translation>
    </message>
    <message>
        <source>All Contacts</source>
        <translation>همهٔ مخاطبان</translation>
    </message>
    <message>
        <source>Show every contact again</source>
        <translation>نمایش دوبارهٔ همهٔ مخاطبان</translation>
    </message>
    <message>
        <source>Delete Segment</source>
        <translation>حذف بخش</translation>
    </message>
    <message>
        <source>Delete the chosen segment (the contacts stay)</source>
        <translation>حذف بخش انتخاب‌شده (مخاطبان باقی می‌مانند)</translation>
    </message>
    <message>
        <source>The segments could not be read: %1</source>
        <translation>خواندن بخش‌ها ممکن نبود: %1</translation>
    </message>
    <message>
        <source>Save as Segment</source>
        <translation>ذخیره به‌عنوان بخش</translation>
    </message>
    <message>
        <source>&amp;Shared with the team</source>
        <translation>مشترک با تیم (&amp;S)</translation>
    </message>
    <message>
        <source>Unchecked, only you see this segment</source>
        <translation>اگر علامت نخورده باشد، فقط شما این بخش را می‌بینید</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نام (&amp;N):</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>برای بخش یک نام بگذارید.</translation>
    </message>
    <message>
        <source>Delete the segment “%1”? The contacts in it stay.</source>
        <translation>بخش «%1» حذف شود؟ مخاطبان آن باقی می‌مانند.</translation>
    </message>
    <message>
        <source>The segments could not be counted: %1</source>
        <translation>شمارش بخش‌ها ممکن نبود: %1</translation>
    </message>
</context>
<context>
    <name>kontor::SegmentRepository</name>
    <message>
        <source>A segment needs a name</source>
        <translation>بخش باید نام داشته باشد</translation>
    </message>
    <message>
        <source>Cannot save the segment &quot;%1&quot;</source>
        <translation>ذخیرهٔ بخش «%1» ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the segments</source>
        <translation>خواندن بخش‌ها ممکن نیست</translation>
    </message>
    <message>
        <source>segment &quot;%1&quot;</source>
        <translation>بخش «%1»</translation>
    </message>
    <message>
        <source>There is no segment with this name</source>
        <translation>بخشی با این نام وجود ندارد</translation>
    </message>
    <message>
        <source>Cannot delete the segment</source>
        <translation>حذف بخش ممکن نیست</translation>
    </message>
    <message>
        <source>This segment does not exist</source>
        <translation>این بخش وجود ندارد</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>بخش %1</translation>
    </message>
</context>
<context>
    <name>kontor::SessionController</name>
    <message>
        <source>Cannot Open Database</source>
        <translation>باز کردن پایگاه داده ممکن نیست</translation>
    </message>
    <message>
        <source>Kontor could not open %1.</source>
        <translation>Kontor نتوانست %1 را باز کند.</translation>
    </message>
    <message>
        <source>You are still working in %1.</source>
        <translation>شما همچنان در %1 کار می‌کنید.</translation>
    </message>
    <message>
        <source>New Local Database</source>
        <translation>پایگاه دادهٔ محلی جدید</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite)</source>
        <translation>پایگاه‌های دادهٔ Kontor (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists. Use Open Local Database to open it, or choose another name.</source>
        <translation>%1 از قبل وجود دارد. برای باز کردن آن از «باز کردن پایگاه دادهٔ محلی» استفاده کنید، یا نام دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Open Local Database</source>
        <translation>باز کردن پایگاه دادهٔ محلی</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite);;All files (*)</source>
        <translation>پایگاه‌های دادهٔ Kontor (*.sqlite);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Password Not Saved</source>
        <translation>گذرواژه ذخیره نشد</translation>
    </message>
    <message>
        <source>The keychain did not store the password (%1). Kontor will ask for it next time.</source>
        <translation>جاکلیدی گذرواژه را ذخیره نکرد (%1). Kontor دفعهٔ بعد آن را می‌پرسد.</translation>
    </message>
    <message>
        <source>Kontor could not sign in to %1: %2</source>
        <translation>Kontor نتوانست به %1 وارد شود: %2</translation>
    </message>
</context>
<context>
    <name>kontor::SqliteRowBatch</name>
    <message>
        <source>Cannot write the rows</source>
        <translation>نوشتن ردیف‌ها ممکن نیست</translation>
    </message>
</context>
<context>
    <name>kontor::StageHistory</name>
    <message>
        <source>Cannot read the stage history of deal %1</source>
        <translation>خواندن تاریخچهٔ مراحل معاملهٔ %1 ممکن نیست</translation>
    </message>
</context>
<context>
    <name>kontor::StageHistoryTable</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln روز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%Ln ساعت</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Moved by</source>
        <translation>منتقل‌شده توسط</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>زمان در مرحله</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 تاکنون</translation>
    </message>
</context>
<context>
    <name>kontor::TaskRepository</name>
    <message>
        <source>Cannot read the task list</source>
        <translation>خواندن فهرست کارها ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot count the tasks</source>
        <translation>شمارش کارها ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the calendar</source>
        <translation>خواندن تقویم ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the tasks</source>
        <translation>خواندن کارها ممکن نیست</translation>
    </message>
    <message>
        <source>Birthdays are shown for at most a year at a time</source>
        <translation>تاریخ‌های تولد حداکثر برای یک سال در هر بار نمایش داده می‌شوند</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <source>Cannot read the birthdays</source>
        <translation>خواندن تاریخ‌های تولد ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the group task</source>
        <translation>خواندن کار گروهی ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the deals without a next step</source>
        <translation>خواندن معاملات بدون گام بعدی ممکن نیست</translation>
    </message>
    <message>
        <source>A task needs a title: what is to be done?</source>
        <translation>کار به عنوان نیاز دارد: چه کاری باید انجام شود؟</translation>
    </message>
    <message>
        <source>The title is longer than 500 characters</source>
        <translation>عنوان بیش از ۵۰۰ نویسه است</translation>
    </message>
    <message>
        <source>The type &quot;%1&quot; must be one word of at most 40 letters</source>
        <translation>نوع «%1» باید یک کلمه با حداکثر ۴۰ حرف باشد</translation>
    </message>
    <message>
        <source>Priority is 0 (normal), 1 (high) or 2 (urgent), not %1</source>
        <translation>اولویت 0 (عادی)، 1 (بالا) یا 2 (فوری) است، نه %1</translation>
    </message>
    <message>
        <source>A duration cannot be negative</source>
        <translation>مدت زمان نمی‌تواند منفی باشد</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;</source>
        <translation>منطقهٔ زمانی ناشناخته «%1»</translation>
    </message>
    <message>
        <source>An all-day task needs the day it is due</source>
        <translation>کار تمام‌روز به روز سررسید خود نیاز دارد</translation>
    </message>
    <message>
        <source>A reminder needs a due date</source>
        <translation>یادآوری به تاریخ سررسید نیاز دارد</translation>
    </message>
    <message>
        <source>A reminder can be at most 60 days before the due date</source>
        <translation>یادآوری حداکثر می‌تواند ۶۰ روز پیش از تاریخ سررسید باشد</translation>
    </message>
    <message>
        <source>A repeating task needs a due date to repeat from</source>
        <translation>کار تکرارشونده به تاریخ سررسیدی برای شروع تکرار نیاز دارد</translation>
    </message>
    <message>
        <source>Cannot save the task</source>
        <translation>ذخیرهٔ کار ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot save the group task</source>
        <translation>ذخیرهٔ کار گروهی ممکن نیست</translation>
    </message>
    <message>
        <source>The new due time is not valid</source>
        <translation>زمان سررسید جدید معتبر نیست</translation>
    </message>
    <message>
        <source>The new due date is not valid</source>
        <translation>تاریخ سررسید جدید معتبر نیست</translation>
    </message>
    <message>
        <source>The next step cannot be saved: %1</source>
        <translation>گام بعدی ذخیره نمی‌شود: %1</translation>
    </message>
    <message>
        <source>The task is already done</source>
        <translation>این کار از قبل انجام شده است</translation>
    </message>
    <message>
        <source>Cannot complete the task</source>
        <translation>تکمیل کار ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot open the task again</source>
        <translation>باز کردن دوبارهٔ کار ممکن نیست</translation>
    </message>
    <message>
        <source>The task is not done, or is in the trash</source>
        <translation>کار انجام نشده یا در سطل زباله است</translation>
    </message>
    <message>
        <source>Cannot look up the user</source>
        <translation>جستجوی کاربر ممکن نیست</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;</source>
        <translation>کاربری با نام «%1» وجود ندارد</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>انجام‌دهنده</translation>
    </message>
</context>
<context>
    <name>kontor::TasksModule</name>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>For</source>
        <translation>برای</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>واگذارشده به</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>New Task…</source>
        <translation>کار جدید…</translation>
    </message>
    <message>
        <source>Plan a call, meeting or to-do (Ctrl+T from anywhere)</source>
        <translation>برنامه‌ریزی تماس، جلسه یا کار (Ctrl+T از هر جا)</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>تکمیل…</translation>
    </message>
    <message>
        <source>Mark the selected task done, note the outcome and plan the next step</source>
        <translation>علامت‌گذاری کار انتخاب‌شده به‌عنوان انجام‌شده، ثبت نتیجه و برنامه‌ریزی گام بعدی</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <source>Export Calendar…</source>
        <translation>خروجی تقویم…</translation>
    </message>
    <message>
        <source>Save these tasks and meetings as an .ics file for other calendars</source>
        <translation>ذخیرهٔ این کارها و جلسه‌ها به‌صورت فایل .ics برای تقویم‌های دیگر</translation>
    </message>
    <message>
        <source>Import Meetings…</source>
        <translation>وارد کردن جلسه‌ها…</translation>
    </message>
    <message>
        <source>Read meetings from an .ics file</source>
        <translation>خواندن جلسه‌ها از یک فایل .ics</translation>
    </message>
    <message>
        <source>The tasks could not be read: %1</source>
        <translation>خواندن کارها ممکن نبود: %1</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>کارها</translation>
    </message>
    <message>
        <source>Whose tasks: yours, a colleague&apos;s or everyone&apos;s</source>
        <translation>کارهای چه کسی: شما، یک همکار یا همه</translation>
    </message>
    <message>
        <source>List</source>
        <translation>فهرست</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>کارهای من</translation>
    </message>
    <message>
        <source>Everyone&apos;s tasks</source>
        <translation>کارهای همه</translation>
    </message>
    <message>
        <source>%1&apos;s tasks</source>
        <translation>کارهای %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing left for today. Press Ctrl+T to plan a call or a meeting.</source>
        <translation>کاری برای امروز نمانده است. برای برنامه‌ریزی تماس یا جلسه Ctrl+T را بزنید.</translation>
    </message>
    <message>
        <source>Nothing overdue. Well done!</source>
        <translation>هیچ کار سررسیدگذشته‌ای نیست. آفرین!</translation>
    </message>
    <message>
        <source>Nothing planned yet after today.</source>
        <translation>هنوز برای بعد از امروز برنامه‌ای نیست.</translation>
    </message>
    <message>
        <source>Completed tasks will be listed here, newest first.</source>
        <translation>کارهای تکمیل‌شده، از جدیدترین، اینجا فهرست می‌شوند.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>انجام شد: %1</translation>
    </message>
    <message>
        <source>Moved &quot;%1&quot; to the trash</source>
        <translation>«%1» به سطل زباله منتقل شد</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>خروجی تقویم</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>فایل‌های iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>نوشتن %1 ممکن نیست: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1</source>
        <translation>
            <numerusform>%Ln کار در %1 خروجی گرفته شد</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Meetings</source>
        <translation>وارد کردن جلسه‌ها</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>فایل‌های iCalendar (*.ics);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>باز کردن %1 ممکن نیست: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n meeting(s).</source>
        <translation>
            <numerusform>%Ln جلسه وارد شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already there.</source>
        <translation>
            <numerusform>%Ln مورد از قبل وجود داشت.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>ردشده:</translation>
    </message>
</context>
<context>
    <name>kontor::TimelineModel</name>
    <message>
        <source>first name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>عنوان شغلی</translation>
    </message>
    <message>
        <source>company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>street</source>
        <translation>خیابان</translation>
    </message>
    <message>
        <source>city</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>region</source>
        <translation>استان</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>دما</translation>
    </message>
    <message>
        <source>status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>emails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <source>messengers</source>
        <translation>پیام‌رسان‌ها</translation>
    </message>
    <message>
        <source>name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>legal name</source>
        <translation>نام حقوقی</translation>
    </message>
    <message>
        <source>website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>معاملهٔ جدید</translation>
    </message>
    <message>
        <source>Deal moved</source>
        <translation>معامله منتقل شد</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ایجاد شد</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>به سطل زباله منتقل شد</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>از سطل زباله بازیابی شد</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>ویرایش شد</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>%1 تغییر کرد</translation>
    </message>
    <message>
        <source> (done)</source>
        <translation> (انجام‌شده)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>چه اتفاقی افتاد</translation>
    </message>
    <message>
        <source>By</source>
        <translation>توسط</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>احتمال</translation>
    </message>
    <message>
        <source>expected close</source>
        <translation>تاریخ بستن مورد انتظار</translation>
    </message>
    <message>
        <source>people</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>products</source>
        <translation>محصولات</translation>
    </message>
    <message>
        <source>Merged with contact #%1</source>
        <translation>با مخاطب #%1 ادغام شد</translation>
    </message>
    <message>
        <source>Merge with contact #%1 undone</source>
        <translation>ادغام با مخاطب #%1 واگرد شد</translation>
    </message>
    <message>
        <source>Marked as not a duplicate of contact #%1</source>
        <translation>به‌عنوان غیرتکراری با مخاطب #%1 علامت خورد</translation>
    </message>
    <message>
        <source>May be a duplicate of contact #%1 again</source>
        <translation>ممکن است دوباره تکراریِ مخاطب #%1 باشد</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Photo removed</source>
        <translation>عکس حذف شد</translation>
    </message>
    <message>
        <source>Photo changed</source>
        <translation>عکس تغییر کرد</translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation>عکس افزوده شد</translation>
    </message>
    <message>
        <source>Created by import #%1 (row %2 of the file)</source>
        <translation>ایجادشده با وارد کردن #%1 (ردیف %2 از فایل)</translation>
    </message>
    <message>
        <source>Created by import #%1 of %2, row %3</source>
        <translation>ایجادشده با وارد کردن #%1 از %2، ردیف %3</translation>
    </message>
</context>
<context>
    <name>kontor::TimelinePanel</name>
    <message>
        <source>The history could not be read: %1</source>
        <translation>خواندن تاریخچه ممکن نبود: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>ثبت تماس</translation>
    </message>
    <message>
        <source>Log email</source>
        <translation>ثبت ایمیل</translation>
    </message>
    <message>
        <source>Log meeting</source>
        <translation>ثبت جلسه</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>افزودن یادداشت</translation>
    </message>
</context>
<context>
    <name>kontor::TimelineRepository</name>
    <message>
        <source>Cannot read the history</source>
        <translation>خواندن تاریخچه ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot count the history</source>
        <translation>شمارش تاریخچه ممکن نیست</translation>
    </message>
</context>
<context>
    <name>kontor::TrashBin</name>
    <message>
        <source>Cannot read the trash</source>
        <translation>خواندن سطل زباله ممکن نیست</translation>
    </message>
    <message>
        <source>The number of days cannot be negative</source>
        <translation>تعداد روزها نمی‌تواند منفی باشد</translation>
    </message>
    <message>
        <source>Cannot empty the trash</source>
        <translation>خالی کردن سطل زباله ممکن نیست</translation>
    </message>
    <message>
        <source>Only contacts, companies, deals and tasks are in the trash</source>
        <translation>فقط مخاطبان، شرکت‌ها، معاملات و کارها در سطل زباله قرار می‌گیرند</translation>
    </message>
</context>
<context>
    <name>kontor::TrashListing</name>
    <message>
        <source>Cannot read the trash</source>
        <translation>خواندن سطل زباله ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot count what is in the trash</source>
        <translation>شمارش محتویات سطل زباله ممکن نیست</translation>
    </message>
</context>
<context>
    <name>kontor::TrashModule</name>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حذف‌شده</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>حذف‌شده توسط</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازیابی</translation>
    </message>
    <message>
        <source>Put the selected records back where they were</source>
        <translation>بازگرداندن رکوردهای انتخاب‌شده به جای قبلی‌شان</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>خالی کردن سطل زباله…</translation>
    </message>
    <message>
        <source>Delete everything in the trash for good</source>
        <translation>حذف همیشگی همهٔ محتویات سطل زباله</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <source>The trash could not be read: %1</source>
        <translation>خواندن سطل زباله ممکن نبود: %1</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>سطل زباله</translation>
    </message>
    <message>
        <source>Search the trash by name</source>
        <translation>جستجو در سطل زباله بر اساس نام</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>سطل زباله خالی است.</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 مورد پیدا شد</translation>
    </message>
    <message>
        <source>%1 in the trash</source>
        <translation>%1 مورد در سطل زباله</translation>
    </message>
    <message>
        <source>Nothing in the trash matches “%1”.</source>
        <translation>هیچ موردی در سطل زباله با «%1» مطابقت ندارد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) restored.</source>
        <translation>
            <numerusform>%Ln رکورد بازیابی شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some records could not be restored:
%1</source>
        <translation>برخی رکوردها بازیابی نشدند:
%1</translation>
    </message>
    <message>
        <source>Empty the Trash?</source>
        <translation>سطل زباله خالی شود؟</translation>
    </message>
    <message>
        <source>Delete the %1 records in the trash for good? Their activities and tasks stay, without them. This cannot be undone.</source>
        <translation>%1 رکورد موجود در سطل زباله برای همیشه حذف شوند؟ فعالیت‌ها و کارهای آن‌ها بدون آن‌ها باقی می‌مانند. این کار قابل واگرد نیست.</translation>
    </message>
    <message>
        <source>The trash could not be emptied: %1</source>
        <translation>خالی کردن سطل زباله ممکن نبود: %1</translation>
    </message>
    <message>
        <source>%1 records deleted for good.</source>
        <translation>%1 رکورد برای همیشه حذف شد.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Deleted contacts, companies, deals and tasks wait here until you restore them. Select several with Shift or Ctrl.</source>
        <translation>مخاطبان، شرکت‌ها، معاملات و کارهای حذف‌شده تا زمانی که بازیابی‌شان کنید اینجا می‌مانند. برای انتخاب چند مورد از Shift یا Ctrl استفاده کنید.</translation>
    </message>
</context>
<context>
    <name>kontor::TrashTaskCommand</name>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>حذف «%1»</translation>
    </message>
</context>
<context>
    <name>kontor::VCardWriter</name>
    <message>
        <source>Cannot write the vCard file.</source>
        <translation>نوشتن فایل vCard ممکن نیست.</translation>
    </message>
</context>
<context>
    <name>kontor::XlsxWriter</name>
    <message>
        <source>Excel export needs the libxlsxwriter library, which cannot be loaded.</source>
        <translation>خروجی Excel به کتابخانهٔ libxlsxwriter نیاز دارد که بارگذاری نمی‌شود.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the workbook.</source>
        <translation>ایجاد پوشهٔ موقت برای کارپوشه ممکن نیست.</translation>
    </message>
    <message>
        <source>Cannot start the workbook.</source>
        <translation>شروع کارپوشه ممکن نیست.</translation>
    </message>
    <message>
        <source>Cannot add a sheet to the workbook.</source>
        <translation>افزودن برگه به کارپوشه ممکن نیست.</translation>
    </message>
    <message>
        <source>An .xlsx sheet holds at most 1,048,576 rows; export as CSV instead.</source>
        <translation>یک برگهٔ .xlsx حداکثر 1,048,576 ردیف دارد؛ به‌جای آن خروجی CSV بگیرید.</translation>
    </message>
    <message>
        <source>A cell is longer than the 32,767 characters .xlsx allows; export as CSV instead.</source>
        <translation>یک خانه از 32,767 نویسه‌ای که .xlsx اجازه می‌دهد طولانی‌تر است؛ به‌جای آن خروجی CSV بگیرید.</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>ردیف %1، ستون %2</translation>
    </message>
    <message>
        <source>Cannot write a cell of the workbook.</source>
        <translation>نوشتن خانه‌ای از کارپوشه ممکن نیست.</translation>
    </message>
    <message>
        <source>The workbook was not started.</source>
        <translation>کارپوشه شروع نشده بود.</translation>
    </message>
    <message>
        <source>Cannot save the workbook.</source>
        <translation>ذخیرهٔ کارپوشه ممکن نیست.</translation>
    </message>
    <message>
        <source>Cannot read the finished workbook back.</source>
        <translation>خواندن دوبارهٔ کارپوشهٔ تکمیل‌شده ممکن نیست.</translation>
    </message>
    <message>
        <source>Cannot write the .xlsx file.</source>
        <translation>نوشتن فایل .xlsx ممکن نیست.</translation>
    </message>
</context>
<context>
    <name>kontor::importing</name>
    <message>
        <source>A vCard file holds contacts; import it as contacts.</source>
        <translation>فایل vCard شامل مخاطبان است؛ آن را به‌عنوان مخاطبان وارد کنید.</translation>
    </message>
    <message>
        <source>Cannot read the custom fields</source>
        <translation>خواندن فیلدهای سفارشی ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read a custom value</source>
        <translation>خواندن یک مقدار سفارشی ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot save a custom value</source>
        <translation>ذخیرهٔ یک مقدار سفارشی ممکن نیست</translation>
    </message>
    <message>
        <source>No column of the file is mapped to a field.</source>
        <translation>هیچ ستونی از فایل به یک فیلد نگاشت نشده است.</translation>
    </message>
    <message>
        <source>Cannot start the import</source>
        <translation>شروع وارد کردن ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot create the problem rows file.</source>
        <translation>ایجاد فایل ردیف‌های مشکل‌دار ممکن نیست.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>وارد کردن لغو شد؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Forced failure for a test.</source>
        <translation>شکست عمدی برای آزمایش.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ردیف %1</translation>
    </message>
    <message>
        <source>Cannot save the problem rows file.</source>
        <translation>ذخیرهٔ فایل ردیف‌های مشکل‌دار ممکن نیست.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems, so nothing was imported.</source>
        <translation>
            <numerusform>%Ln ردیف مشکل دارد، بنابراین چیزی وارد نشد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot finish the import</source>
        <translation>پایان دادن به وارد کردن ممکن نیست</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>نام شرکت</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>نام حقوقی</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>خیابان</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>استان</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Kontor ID</source>
        <translation>شناسهٔ Kontor</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>عنوان معامله</translation>
    </message>
    <message>
        <source>Pipeline (name)</source>
        <translation>خط لوله (نام)</translation>
    </message>
    <message>
        <source>Stage (name)</source>
        <translation>مرحله (نام)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>تاریخ بستن مورد انتظار</translation>
    </message>
    <message>
        <source>Contact (email)</source>
        <translation>مخاطب (ایمیل)</translation>
    </message>
    <message>
        <source>Company (name)</source>
        <translation>شرکت (نام)</translation>
    </message>
    <message>
        <source>Owner (name or email)</source>
        <translation>مسئول (نام یا ایمیل)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Full name (split)</source>
        <translation>نام کامل (تفکیک‌شده)</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>عنوان شغلی</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>دما</translation>
    </message>
    <message>
        <source>Cannot restore a custom value</source>
        <translation>بازیابی یک مقدار سفارشی ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot restore the record</source>
        <translation>بازیابی رکورد ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot remove what the import created</source>
        <translation>حذف آنچه وارد کردن ایجاد کرده ممکن نیست</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>وارد کردن %1</translation>
    </message>
    <message>
        <source>Cannot read the import</source>
        <translation>خواندن وارد کردن ممکن نیست</translation>
    </message>
    <message>
        <source>There is no such import.</source>
        <translation>چنین وارد کردنی وجود ندارد.</translation>
    </message>
    <message>
        <source>This import was already undone.</source>
        <translation>این وارد کردن از قبل واگرد شده است.</translation>
    </message>
    <message>
        <source>Cannot mark the import as undone</source>
        <translation>علامت‌گذاری وارد کردن به‌عنوان واگردشده ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the import history</source>
        <translation>خواندن تاریخچهٔ وارد کردن ممکن نیست</translation>
    </message>
    <message>
        <source>no such day in the calendar</source>
        <translation>چنین روزی در تقویم وجود ندارد</translation>
    </message>
    <message>
        <source>a two-digit year is ambiguous; write the year in full</source>
        <translation>سال دورقمی مبهم است؛ سال را کامل بنویسید</translation>
    </message>
    <message>
        <source>ambiguous: %1 could be day/month or month/day; choose the order</source>
        <translation>مبهم: %1 می‌تواند روز/ماه یا ماه/روز باشد؛ ترتیب را انتخاب کنید</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>تاریخ نیست</translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation>مبلغ نیست</translation>
    </message>
    <message>
        <source>ambiguous: %1 could be thousands or decimals</source>
        <translation>مبهم: %1 می‌تواند جداکنندهٔ هزارگان یا اعشار باشد</translation>
    </message>
    <message>
        <source>more than two decimals</source>
        <translation>بیش از دو رقم اعشار</translation>
    </message>
    <message>
        <source>amount too large</source>
        <translation>مبلغ بیش از حد بزرگ است</translation>
    </message>
    <message>
        <source>Cannot save the new companies</source>
        <translation>ذخیرهٔ شرکت‌های جدید ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot save the new contacts</source>
        <translation>ذخیرهٔ مخاطبان جدید ممکن نیست</translation>
    </message>
    <message>
        <source>Status (open, won, lost)</source>
        <translation>وضعیت (open، won، lost)</translation>
    </message>
    <message>
        <source>Lost reason (name)</source>
        <translation>دلیل ازدست‌رفتن (نام)</translation>
    </message>
    <message>
        <source>Type (call, email, meeting, note)</source>
        <translation>نوع (call، email، meeting، note)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>تاریخ و زمان</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Note / body</source>
        <translation>یادداشت / متن</translation>
    </message>
    <message>
        <source>Deal (title)</source>
        <translation>معامله (عنوان)</translation>
    </message>
    <message>
        <source>Duration (minutes or h:mm)</source>
        <translation>مدت (دقیقه یا h:mm)</translation>
    </message>
    <message>
        <source>Direction (in, out)</source>
        <translation>جهت (in، out)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>A mapping profile needs a name of 1 to 100 characters.</source>
        <translation>نمایهٔ نگاشت به نامی با ۱ تا ۱۰۰ نویسه نیاز دارد.</translation>
    </message>
    <message>
        <source>Cannot save the mapping profile</source>
        <translation>ذخیرهٔ نمایهٔ نگاشت ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the mapping profiles</source>
        <translation>خواندن نمایه‌های نگاشت ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the mapping profile</source>
        <translation>خواندن نمایهٔ نگاشت ممکن نیست</translation>
    </message>
    <message>
        <source>There is no mapping profile of this name.</source>
        <translation>نمایهٔ نگاشتی با این نام وجود ندارد.</translation>
    </message>
    <message>
        <source>Cannot delete the mapping profile</source>
        <translation>حذف نمایهٔ نگاشت ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot restore when the contact was last contacted</source>
        <translation>بازیابی زمان آخرین تماس با مخاطب ممکن نیست</translation>
    </message>
    <message>
        <source>not a time of day</source>
        <translation>زمانی از روز نیست</translation>
    </message>
    <message>
        <source>External ID (the other system&apos;s)</source>
        <translation>شناسهٔ خارجی (مربوط به سیستم دیگر)</translation>
    </message>
    <message>
        <source>Cannot restore the deal&apos;s external id</source>
        <translation>بازیابی شناسهٔ خارجی معامله ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot look for duplicates</source>
        <translation>جستجوی موارد تکراری ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot update the search index</source>
        <translation>به‌روزرسانی نمایهٔ جستجو ممکن نیست</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>عکس</translation>
    </message>
    <message>
        <source>Cannot save the activities</source>
        <translation>ذخیرهٔ فعالیت‌ها ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot save the new deals</source>
        <translation>ذخیرهٔ معامله‌های جدید ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the deal</source>
        <translation>خواندن معامله ممکن نیست</translation>
    </message>
</context>
<context>
    <name>kontor::importing::FetchedPhotos</name>
    <message>
        <source>Cannot keep the photos: no room for them in the temporary folder.</source>
        <translation>نگه داشتن عکس‌ها ممکن نیست: در پوشهٔ موقت جایی برای آن‌ها نیست.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>وارد کردن لغو شد؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Cannot keep the photos: the temporary folder is full or not writable.</source>
        <translation>نگه داشتن عکس‌ها ممکن نیست: پوشهٔ موقت پر است یا قابل نوشتن نیست.</translation>
    </message>
    <message>
        <source>the fetched photo could not be read back (%1)</source>
        <translation>عکس دریافت‌شده دوباره خوانده نشد (%1)</translation>
    </message>
</context>
<context>
    <name>kontor::importing::ImportMapping</name>
    <message>
        <source>The mapping names a column the file does not have.</source>
        <translation>نگاشت به ستونی اشاره می‌کند که فایل ندارد.</translation>
    </message>
    <message>
        <source>The mapping names an unknown field.</source>
        <translation>نگاشت به فیلد ناشناخته‌ای اشاره می‌کند.</translation>
    </message>
</context>
<context>
    <name>kontor::importing::ImportProblem</name>
    <message>
        <source>row %1: %2</source>
        <translation>ردیف %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2, &quot;%3&quot;: %4</source>
        <translation>ردیف %1، ستون %2، «%3»: %4</translation>
    </message>
</context>
<context>
    <name>kontor::importing::MappingProfile</name>
    <message>
        <source>The saved mapping profile is damaged.</source>
        <translation>نمایهٔ نگاشت ذخیره‌شده آسیب دیده است.</translation>
    </message>
    <message>
        <source>The saved mapping profile names an unknown field.</source>
        <translation>نمایهٔ نگاشت ذخیره‌شده به فیلد ناشناخته‌ای اشاره می‌کند.</translation>
    </message>
    <message>
        <source>The mapping profile &quot;%1&quot; needs a column this file does not have.</source>
        <translation>نمایهٔ نگاشت «%1» به ستونی نیاز دارد که این فایل ندارد.</translation>
    </message>
</context>
<context>
    <name>kontor::importing::VCardSource</name>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>عنوان شغلی</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>خیابان</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>استان</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail</name>
    <message>
        <source>Cannot record the import</source>
        <translation>ثبت وارد کردن ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot look up the company</source>
        <translation>جستجوی شرکت ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the deal&apos;s stage</source>
        <translation>خواندن مرحلهٔ معامله ممکن نیست</translation>
    </message>
    <message>
        <source>The deal is gone.</source>
        <translation>معامله دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation>معاملهٔ %1</translation>
    </message>
    <message>
        <source>Cannot put the deal back in its stage</source>
        <translation>بازگرداندن معامله به مرحله‌اش ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot keep the photos</source>
        <translation>نگه داشتن عکس‌ها ممکن نیست</translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation>نشانی ایمیل نیست</translation>
    </message>
    <message>
        <source>a birthday in the future</source>
        <translation>تاریخ تولد در آینده است</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>باید یکی از این‌ها باشد: %1</translation>
    </message>
    <message>
        <source>not a record id</source>
        <translation>شناسهٔ رکورد نیست</translation>
    </message>
    <message>
        <source>no name and no email address</source>
        <translation>بدون نام و بدون نشانی ایمیل</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::ActivityWriter</name>
    <message>
        <source>must be one of: call, email, meeting, note</source>
        <translation>باید یکی از این‌ها باشد: call، email، meeting، note</translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation>نشانی ایمیل نیست</translation>
    </message>
    <message>
        <source>no contact has this email address; import the contacts first</source>
        <translation>هیچ مخاطبی این نشانی ایمیل را ندارد؛ ابتدا مخاطبان را وارد کنید</translation>
    </message>
    <message>
        <source>not a duration: write minutes (45) or hours and minutes (1:30)</source>
        <translation>مدت زمان نیست: دقیقه (45) یا ساعت و دقیقه (1:30) بنویسید</translation>
    </message>
    <message>
        <source>must be in (incoming) or out (outgoing)</source>
        <translation>باید in (ورودی) یا out (خروجی) باشد</translation>
    </message>
    <message>
        <source>no type (call, email, meeting or note)</source>
        <translation>بدون نوع (call، email، meeting یا note)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بدون تاریخ</translation>
    </message>
    <message>
        <source>no contact email</source>
        <translation>بدون ایمیل مخاطب</translation>
    </message>
    <message>
        <source>neither a subject nor a note</source>
        <translation>نه موضوع دارد نه یادداشت</translation>
    </message>
    <message>
        <source>Cannot look for duplicates</source>
        <translation>جستجوی موارد تکراری ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read when the contact was last contacted</source>
        <translation>خواندن زمان آخرین تماس با مخاطب ممکن نیست</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::CompanyWriter</name>
    <message>
        <source>not an email address</source>
        <translation>نشانی ایمیل نیست</translation>
    </message>
    <message>
        <source>not a record id</source>
        <translation>شناسهٔ رکورد نیست</translation>
    </message>
    <message>
        <source>no company name</source>
        <translation>بدون نام شرکت</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::ContactWriter</name>
    <message>
        <source>Cannot look for duplicates</source>
        <translation>جستجوی موارد تکراری ممکن نیست</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::DealRowReader</name>
    <message>
        <source>a deal amount cannot be negative</source>
        <translation>مبلغ معامله نمی‌تواند منفی باشد</translation>
    </message>
    <message>
        <source>not a currency code such as EUR or USD</source>
        <translation>کد ارزی مانند EUR یا USD نیست</translation>
    </message>
    <message>
        <source>must be one of: open, won, lost</source>
        <translation>باید یکی از این‌ها باشد: open، won، lost</translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation>نشانی ایمیل نیست</translation>
    </message>
    <message>
        <source>no contact has this email address; import the contacts first</source>
        <translation>هیچ مخاطبی این نشانی ایمیل را ندارد؛ ابتدا مخاطبان را وارد کنید</translation>
    </message>
    <message>
        <source>not a record id</source>
        <translation>شناسهٔ رکورد نیست</translation>
    </message>
    <message>
        <source>the amount is in %1, this column says %2</source>
        <translation>مبلغ به %1 است، این ستون %2 می‌گوید</translation>
    </message>
    <message>
        <source>no deal title</source>
        <translation>بدون عنوان معامله</translation>
    </message>
    <message>
        <source>no pipeline of this name; the pipelines are: %1</source>
        <translation>خط لوله‌ای با این نام نیست؛ خطوط لوله عبارت‌اند از: %1</translation>
    </message>
    <message>
        <source>no stage of this name in the pipeline &quot;%1&quot;; its stages are: %2</source>
        <translation>مرحله‌ای با این نام در خط لولهٔ «%1» نیست؛ مراحل آن عبارت‌اند از: %2</translation>
    </message>
    <message>
        <source>no stage of this name; the stages are: %1</source>
        <translation>مرحله‌ای با این نام نیست؛ مراحل عبارت‌اند از: %1</translation>
    </message>
    <message>
        <source>a stage of several pipelines (%1); add a Pipeline column</source>
        <translation>مرحلهٔ چند خط لوله (%1)؛ یک ستون Pipeline اضافه کنید</translation>
    </message>
    <message>
        <source>the stage &quot;%1&quot; is a %2 stage</source>
        <translation>مرحلهٔ «%1» یک مرحلهٔ %2 است</translation>
    </message>
    <message>
        <source>the pipeline &quot;%1&quot; has no %2 stage</source>
        <translation>خط لولهٔ «%1» مرحلهٔ %2 ندارد</translation>
    </message>
    <message>
        <source>there is no pipeline to put the deal in</source>
        <translation>خط لوله‌ای برای قرار دادن معامله وجود ندارد</translation>
    </message>
    <message>
        <source>no lost reason of this name; the reasons are: %1</source>
        <translation>دلیل ازدست‌رفتنی با این نام نیست؛ دلایل عبارت‌اند از: %1</translation>
    </message>
    <message>
        <source>a lost reason for a deal that is not lost</source>
        <translation>دلیل ازدست‌رفتن برای معامله‌ای که از دست نرفته است</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::DealWriter</name>
    <message>
        <source>Cannot save the deal&apos;s external id</source>
        <translation>ذخیرهٔ شناسهٔ خارجی معامله ممکن نیست</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::ImportLookups</name>
    <message>
        <source>Cannot look up the contact</source>
        <translation>جستجوی مخاطب ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot read the users</source>
        <translation>خواندن کاربران ممکن نیست</translation>
    </message>
    <message>
        <source>%1 users have this name; use their login or email</source>
        <translation>%1 کاربر این نام را دارند؛ از نام کاربری یا ایمیل آن‌ها استفاده کنید</translation>
    </message>
    <message>
        <source>no user of this name, login or email; the users are: %1</source>
        <translation>کاربری با این نام، نام کاربری یا ایمیل نیست؛ کاربران عبارت‌اند از: %1</translation>
    </message>
    <message>
        <source>Cannot look up the deal</source>
        <translation>جستجوی معامله ممکن نیست</translation>
    </message>
    <message>
        <source>several deals of this contact have this title</source>
        <translation>چند معاملهٔ این مخاطب این عنوان را دارند</translation>
    </message>
    <message>
        <source>several deals have this title</source>
        <translation>چند معامله این عنوان را دارند</translation>
    </message>
    <message>
        <source>this contact has no deal with this title</source>
        <translation>این مخاطب معامله‌ای با این عنوان ندارد</translation>
    </message>
    <message>
        <source>no deal has this title</source>
        <translation>هیچ معامله‌ای این عنوان را ندارد</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::PhotoKeeper</name>
    <message>
        <source>embedded image</source>
        <translation>تصویر جاسازی‌شده</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>وارد کردن لغو شد؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>عکس</translation>
    </message>
    <message>
        <source>%1 The contact was imported without the photo.</source>
        <translation>%1 مخاطب بدون عکس وارد شد.</translation>
    </message>
    <message>
        <source>%1 %2 was imported without the photo.</source>
        <translation>%1 %2 بدون عکس وارد شد.</translation>
    </message>
</context>
<context>
    <name>kontor::phone</name>
    <message>
        <source>Cannot read the default phone region</source>
        <translation>خواندن منطقهٔ پیش‌فرض تلفن ممکن نیست</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: it needs 3 to 17 digits</source>
        <translation>«%1» شماره تلفن نیست: به ۳ تا ۱۷ رقم نیاز دارد</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: no country uses this code and length</source>
        <translation>«%1» شماره تلفن نیست: هیچ کشوری از این کد و طول استفاده نمی‌کند</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region code phone numbers know (two letters, e.g. FI, DE, RU, US)</source>
        <translation>«%1» کد منطقه‌ای نیست که شماره‌های تلفن بشناسند (دو حرف، مثلاً FI، DE، RU، US)</translation>
    </message>
    <message>
        <source>default region</source>
        <translation>منطقهٔ پیش‌فرض</translation>
    </message>
    <message>
        <source>Cannot save the default phone region</source>
        <translation>ذخیرهٔ منطقهٔ پیش‌فرض تلفن ممکن نیست</translation>
    </message>
</context>
<context>
    <name>kontor::reports</name>
    <message>
        <source>dashboard</source>
        <translation>داشبورد</translation>
    </message>
    <message>
        <source>dashboard: overdue tasks</source>
        <translation>داشبورد: کارهای سررسیدگذشته</translation>
    </message>
    <message>
        <source>dashboard: new leads</source>
        <translation>داشبورد: سرنخ‌های جدید</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>داشبورد</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>معاملات باز</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>خط لولهٔ باز</translation>
    </message>
    <message>
        <source>Won this month</source>
        <translation>برنده‌شده در این ماه</translation>
    </message>
    <message>
        <source>Plan this month</source>
        <translation>برنامهٔ این ماه</translation>
    </message>
    <message>
        <source>Of plan</source>
        <translation>از برنامه</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>کارهای سررسیدگذشته</translation>
    </message>
    <message>
        <source>New leads this week</source>
        <translation>سرنخ‌های جدید این هفته</translation>
    </message>
    <message>
        <source>Stale deals</source>
        <translation>معاملات راکد</translation>
    </message>
    <message>
        <source>count the deals behind a figure</source>
        <translation>شمارش معاملات پشت یک رقم</translation>
    </message>
    <message>
        <source>list the deals behind a figure</source>
        <translation>فهرست کردن معاملات پشت یک رقم</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ایجادشده</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بسته‌شده</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>تاریخ بستن مورد انتظار</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <source>count overdue tasks</source>
        <translation>شمارش کارهای سررسیدگذشته</translation>
    </message>
    <message>
        <source>list overdue tasks</source>
        <translation>فهرست کردن کارهای سررسیدگذشته</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>واگذارشده به</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>کارها</translation>
    </message>
    <message>
        <source>count new contacts</source>
        <translation>شمارش مخاطبان جدید</translation>
    </message>
    <message>
        <source>list new contacts</source>
        <translation>فهرست کردن مخاطبان جدید</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Customer key</source>
        <translation>کلید مشتری</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>معاملات برنده‌شده</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>list customers</source>
        <translation>فهرست کردن مشتریان</translation>
    </message>
    <message>
        <source>company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>There are no records behind this figure.</source>
        <translation>هیچ رکوردی پشت این رقم نیست.</translation>
    </message>
    <message>
        <source>ABC/XYZ</source>
        <translation>ABC/XYZ</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>خانه</translation>
    </message>
    <message>
        <source>Revenue class</source>
        <translation>ردهٔ درآمد</translation>
    </message>
    <message>
        <source>Regularity class</source>
        <translation>ردهٔ منظم بودن</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>سهم از درآمد</translation>
    </message>
    <message>
        <source>Customers in %1</source>
        <translation>مشتریان در %1</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>ماه‌ها</translation>
    </message>
    <message>
        <source>funnel</source>
        <translation>قیف</translation>
    </message>
    <message>
        <source>Funnel: %1</source>
        <translation>قیف: %1</translation>
    </message>
    <message>
        <source>Stage id</source>
        <translation>شناسهٔ مرحله</translation>
    </message>
    <message>
        <source>Deals reached</source>
        <translation>معاملات رسیده</translation>
    </message>
    <message>
        <source>From previous stage</source>
        <translation>از مرحلهٔ قبل</translation>
    </message>
    <message>
        <source>From first stage</source>
        <translation>از مرحلهٔ اول</translation>
    </message>
    <message>
        <source>Average days in stage</source>
        <translation>میانگین روزها در مرحله</translation>
    </message>
    <message>
        <source>Median days in stage</source>
        <translation>میانهٔ روزها در مرحله</translation>
    </message>
    <message>
        <source>Deals that reached %1</source>
        <translation>معاملاتی که به %1 رسیدند</translation>
    </message>
    <message>
        <source>Deals created</source>
        <translation>معاملات ایجادشده</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>برنده‌شده</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ازدست‌رفته</translation>
    </message>
    <message>
        <source>Overall conversion</source>
        <translation>نرخ تبدیل کلی</translation>
    </message>
    <message>
        <source>Average cycle</source>
        <translation>میانگین چرخه</translation>
    </message>
    <message>
        <source>Median cycle</source>
        <translation>میانهٔ چرخه</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>پیش‌بینی</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>وزنی</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>Weighted of plan</source>
        <translation>وزنی از برنامه</translation>
    </message>
    <message>
        <source>Open deals expected to close in %1</source>
        <translation>معاملات بازی که انتظار می‌رود در %1 بسته شوند</translation>
    </message>
    <message>
        <source>plan vs fact</source>
        <translation>برنامه در برابر عملکرد</translation>
    </message>
    <message>
        <source>Plan id</source>
        <translation>شناسهٔ برنامه</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>شناسهٔ کاربر</translation>
    </message>
    <message>
        <source>Manager and period</source>
        <translation>مدیر و دوره</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>مدیر</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>عملکرد</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>میزان تحقق</translation>
    </message>
    <message>
        <source>Won by %1 in %2</source>
        <translation>برنده‌شده توسط %1 در %2</translation>
    </message>
    <message>
        <source>sales dynamics</source>
        <translation>روند فروش</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>مبلغ برنده‌شده</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>دورهٔ قبل</translation>
    </message>
    <message>
        <source>Won before</source>
        <translation>برنده‌شده در قبل</translation>
    </message>
    <message>
        <source>Amount before</source>
        <translation>مبلغ در قبل</translation>
    </message>
    <message>
        <source>Deals won from %1</source>
        <translation>معاملات برنده‌شده از %1</translation>
    </message>
    <message>
        <source>Won in the period before</source>
        <translation>برنده‌شده در دورهٔ قبل</translation>
    </message>
    <message>
        <source>Amount in the period before</source>
        <translation>مبلغ در دورهٔ قبل</translation>
    </message>
    <message>
        <source>Change of amount</source>
        <translation>تغییر مبلغ</translation>
    </message>
    <message>
        <source>won vs lost</source>
        <translation>برنده‌شده در برابر ازدست‌رفته</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>نرخ موفقیت</translation>
    </message>
    <message>
        <source>Deals closed from %1</source>
        <translation>معاملات بسته‌شده از %1</translation>
    </message>
    <message>
        <source>lost reasons</source>
        <translation>دلایل ازدست‌رفتن</translation>
    </message>
    <message>
        <source>Reason id</source>
        <translation>شناسهٔ دلیل</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>معاملات ازدست‌رفته</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>سهم</translation>
    </message>
    <message>
        <source>Amount lost</source>
        <translation>مبلغ ازدست‌رفته</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(بدون ذکر دلیل)</translation>
    </message>
    <message>
        <source>Deals lost: %1</source>
        <translation>معاملات ازدست‌رفته: %1</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>توزیع</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>بازه</translation>
    </message>
    <message>
        <source>Won deals: %1</source>
        <translation>معاملات برنده‌شده: %1</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>میانگین</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>میانه</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 and more</source>
        <translation>%1 و بیشتر</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 روز</translation>
    </message>
    <message>
        <source>%1 days and more</source>
        <translation>%1 روز و بیشتر</translation>
    </message>
    <message>
        <source>managers report</source>
        <translation>گزارش مدیران</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>جلسه‌ها</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <source>Tasks on time</source>
        <translation>کارهای به‌موقع</translation>
    </message>
    <message>
        <source>Tasks done late</source>
        <translation>کارهای انجام‌شده با تأخیر</translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation>کارهای سررسیدگذشته</translation>
    </message>
    <message>
        <source>Deals closed by %1</source>
        <translation>معاملات بسته‌شده توسط %1</translation>
    </message>
    <message>
        <source>channels report</source>
        <translation>گزارش کانال‌ها</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>کانال منبع</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>نرخ تبدیل</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(بدون منبع)</translation>
    </message>
    <message>
        <source>Deals from %1</source>
        <translation>معاملات از %1</translation>
    </message>
    <message>
        <source>sales plans</source>
        <translation>برنامه‌های فروش</translation>
    </message>
    <message>
        <source>In stage now</source>
        <translation>اکنون در مرحله</translation>
    </message>
    <message>
        <source>Average days so far</source>
        <translation>میانگین روزها تاکنون</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>کل برنامه</translation>
    </message>
    <message>
        <source>Plan from</source>
        <translation>برنامه از</translation>
    </message>
    <message>
        <source>Plan to</source>
        <translation>برنامه تا</translation>
    </message>
    <message>
        <source>Cannot update the time deals spent in each stage</source>
        <translation>به‌روزرسانی زمانی که معاملات در هر مرحله گذرانده‌اند ممکن نیست</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kontor, a CRM for salespeople.</source>
        <translation>Kontor، یک CRM برای فروشندگان.</translation>
    </message>
    <message>
        <source>Open this database (sqlite:FILE or postgresql://user@host:port/name) instead of KONTOR_DB.</source>
        <translation>باز کردن این پایگاه داده (sqlite:FILE یا postgresql://user@host:port/name) به‌جای KONTOR_DB.</translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE and exit.</source>
        <translation>ذخیرهٔ تصویری از پنجرهٔ اصلی در FILE و خروج.</translation>
    </message>
    <message>
        <source>Show this module first (contacts, companies, ...).</source>
        <translation>نمایش این بخش در ابتدا (contacts، companies، ...).</translation>
    </message>
    <message>
        <source>User interface language (en, ru, bg, fi, sw, fa, lo).</source>
        <translation>زبان رابط کاربری (en، ru، bg، fi، sw، fa، lo).</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>باز کردن پایگاه داده ممکن نیست</translation>
    </message>
    <message>
        <source>Open the card of the contact with this id.</source>
        <translation>باز کردن کارت مخاطب با این شناسه.</translation>
    </message>
    <message>
        <source>Open the card of the company with this id.</source>
        <translation>باز کردن کارت شرکت با این شناسه.</translation>
    </message>
    <message>
        <source>Open the card of the deal with this id.</source>
        <translation>باز کردن کارت معامله با این شناسه.</translation>
    </message>
    <message>
        <source>Open a settings dialog: pipelines or products.</source>
        <translation>باز کردن یک پنجرهٔ تنظیمات: pipelines یا products.</translation>
    </message>
    <message>
        <source>Open quick-search[:TEXT], custom-fields or duplicates.</source>
        <translation>باز کردن quick-search[:TEXT]، custom-fields یا duplicates.</translation>
    </message>
</context>
</TS>
