<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo_LA">
<context>
    <name>Audit</name>
    <message>
        <source>Cannot write the audit log</source>
        <translation>ບໍ່ສາມາດຂຽນບັນທຶກການກວດສອບໄດ້</translation>
    </message>
</context>
<context>
    <name>BulkLoad</name>
    <message>
        <source>Cannot write the rows</source>
        <translation>ບໍ່ສາມາດຂຽນແຖວໄດ້</translation>
    </message>
    <message>
        <source>Cannot prepare the tables for a bulk load</source>
        <translation>ບໍ່ສາມາດກະກຽມຕາຕະລາງສຳລັບການໂຫຼດຈຳນວນຫຼາຍໄດ້</translation>
    </message>
    <message>
        <source>Cannot rebuild the indexes after a bulk load</source>
        <translation>ບໍ່ສາມາດສ້າງດັດຊະນີຄືນໃໝ່ຫຼັງການໂຫຼດຈຳນວນຫຼາຍໄດ້</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Website</source>
        <translation>ເວັບໄຊ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ອີເມວ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ໂທລະສັບ</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>ສື່ສັງຄົມອອນລາຍ</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>ການແນະນຳ</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>ງານອີເວັນ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ອື່ນໆ</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>ເຢັນ</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>ອົບອຸ່ນ</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>ຮ້ອນ</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>ບໍ່ໄດ້ໃຫ້ຄະແນນ</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check before importing</source>
        <translation>ກວດສອບກ່ອນນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>Every row was checked and matched as the import will do it; nothing is saved yet.</source>
        <translation>ທຸກແຖວຖືກກວດສອບ ແລະ ຈັບຄູ່ຄືກັບທີ່ການນຳເຂົ້າຈະເຮັດ; ຍັງບໍ່ມີຫຍັງຖືກບັນທຶກ.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>Show problem rows only</source>
        <translation>ສະແດງສະເພາະແຖວທີ່ມີບັນຫາ</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>ກຳລັງກວດສອບທຸກແຖວ…</translation>
    </message>
    <message>
        <source>Rows with problems are left out and can be saved to a file after the import. Go back to change the mapping or the date order.</source>
        <translation>ແຖວທີ່ມີບັນຫາຈະຖືກຂ້າມໄປ ແລະ ສາມາດບັນທຶກເປັນໄຟລ໌ໄດ້ຫຼັງການນຳເຂົ້າ. ກັບຄືນເພື່ອປ່ຽນການຈັບຄູ່ ຫຼື ລຳດັບວັນທີ.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>ແຖວ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>ບັນຫາ</translation>
    </message>
    <message>
        <source>The grid shows the first %1 rows with problems; all %2 go to the problem rows file you can save after the import.</source>
        <translation>ຕາຕະລາງສະແດງ %1 ແຖວທຳອິດທີ່ມີບັນຫາ; ທັງໝົດ %2 ແຖວຈະໄປຢູ່ໃນໄຟລ໌ແຖວທີ່ມີບັນຫາທີ່ທ່ານສາມາດບັນທຶກໄດ້ຫຼັງການນຳເຂົ້າ.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) cannot be kept; those contacts will be imported without them:</source>
        <translation>
            <numerusform>ບໍ່ສາມາດເກັບຮູບໄວ້ໄດ້ %n ຮູບ; ຜູ້ຕິດຕໍ່ເຫຼົ່ານັ້ນຈະຖືກນຳເຂົ້າໂດຍບໍ່ມີຮູບ:</numerusform>
            <numerusform>ບໍ່ສາມາດເກັບຮູບໄວ້ໄດ້ %n ຮູບ; ຜູ້ຕິດຕໍ່ເຫຼົ່ານັ້ນຈະຖືກນຳເຂົ້າໂດຍບໍ່ມີຮູບ:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is checked and matched as the import will do it; nothing is saved.</source>
        <translation>ທຸກແຖວກຳລັງຖືກກວດ ແລະ ຈັບຄູ່ຄືກັບທີ່ການນຳເຂົ້າຈະເຮັດ; ບໍ່ມີຫຍັງຖືກບັນທຶກ.</translation>
    </message>
    <message>
        <source>The check stopped; nothing is saved.</source>
        <translation>ການກວດຢຸດແລ້ວ; ບໍ່ມີຫຍັງຖືກບັນທຶກ.</translation>
    </message>
</context>
<context>
    <name>CompaniesModule</name>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>ອຸດສາຫະກຳ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>ເມືອງ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ໂທລະສັບ</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ເວັບໄຊ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>ບຸກຄົນ</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>ບໍລິສັດ</translation>
    </message>
    <message>
        <source>Search by company name</source>
        <translation>ຄົ້ນຫາຕາມຊື່ບໍລິສັດ</translation>
    </message>
    <message>
        <source>No companies yet. Import a file or add demo data to get started.</source>
        <translation>ຍັງບໍ່ມີບໍລິສັດ. ນຳເຂົ້າໄຟລ໌ ຫຼື ເພີ່ມຂໍ້ມູນຕົວຢ່າງເພື່ອເລີ່ມຕົ້ນ.</translation>
    </message>
    <message>
        <source>No company name starts with “%1”.</source>
        <translation>ບໍ່ມີຊື່ບໍລິສັດໃດທີ່ຂຶ້ນຕົ້ນດ້ວຍ “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s) found</source>
        <translation>
            <numerusform>ພົບ %Ln ບໍລິສັດ</numerusform>
            <numerusform>ພົບ %Ln ບໍລິສັດ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>%Ln ບໍລິສັດ</numerusform>
            <numerusform>%Ln ບໍລິສັດ</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <source>Move the selected companies to the trash (Del)</source>
        <translation>ຍ້າຍບໍລິສັດທີ່ເລືອກໄປຖັງຂີ້ເຫຍື້ອ (Del)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s) moved to the trash. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>ຍ້າຍ %Ln ບໍລິສັດໄປຖັງຂີ້ເຫຍື້ອແລ້ວ. ເອົາຄືນດ້ວຍ Ctrl+Z.</numerusform>
            <numerusform>ຍ້າຍ %Ln ບໍລິສັດໄປຖັງຂີ້ເຫຍື້ອແລ້ວ. ເອົາຄືນດ້ວຍ Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ສົ່ງອອກ…</translation>
    </message>
    <message>
        <source>Save the selected companies as CSV, Excel, vCard or JSON</source>
        <translation>ບັນທຶກບໍລິສັດທີ່ເລືອກເປັນ CSV, Excel, vCard ຫຼື JSON</translation>
    </message>
</context>
<context>
    <name>ContactsModule</name>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>ບໍລິສັດ</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>ຕຳແໜ່ງ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ອີເມວ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ໂທລະສັບ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>ເມືອງ</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>ຜູ້ຕິດຕໍ່</translation>
    </message>
    <message>
        <source>Search by name, email or phone</source>
        <translation>ຄົ້ນຫາຕາມຊື່, ອີເມວ ຫຼື ໂທລະສັບ</translation>
    </message>
    <message>
        <source>No contacts yet. Import a file or add demo data to get started.</source>
        <translation>ຍັງບໍ່ມີຜູ້ຕິດຕໍ່. ນຳເຂົ້າໄຟລ໌ ຫຼື ເພີ່ມຂໍ້ມູນຕົວຢ່າງເພື່ອເລີ່ມຕົ້ນ.</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>ບໍ່ມີຜູ້ຕິດຕໍ່ທີ່ກົງກັບ “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) found</source>
        <translation>
            <numerusform>ພົບ %Ln ຜູ້ຕິດຕໍ່</numerusform>
            <numerusform>ພົບ %Ln ຜູ້ຕິດຕໍ່</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln ຜູ້ຕິດຕໍ່</numerusform>
            <numerusform>%Ln ຜູ້ຕິດຕໍ່</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <source>Move the selected contacts to the trash (Del)</source>
        <translation>ຍ້າຍຜູ້ຕິດຕໍ່ທີ່ເລືອກໄປຖັງຂີ້ເຫຍື້ອ (Del)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) moved to the trash. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>ຍ້າຍ %Ln ຜູ້ຕິດຕໍ່ໄປຖັງຂີ້ເຫຍື້ອແລ້ວ. ເອົາຄືນດ້ວຍ Ctrl+Z.</numerusform>
            <numerusform>ຍ້າຍ %Ln ຜູ້ຕິດຕໍ່ໄປຖັງຂີ້ເຫຍື້ອແລ້ວ. ເອົາຄືນດ້ວຍ Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact matches this filter.</source>
        <translation>ບໍ່ມີຜູ້ຕິດຕໍ່ທີ່ກົງກັບຕົວກັ່ນຕອງນີ້.</translation>
    </message>
    <message>
        <source>Find Duplicates…</source>
        <translation>ຊອກຫາລາຍການຊ້ຳ…</translation>
    </message>
    <message>
        <source>Look for contacts that are the same person across the whole base and merge them</source>
        <translation>ຊອກຫາຜູ້ຕິດຕໍ່ທີ່ເປັນຄົນດຽວກັນໃນທົ່ວຖານຂໍ້ມູນ ແລະ ລວມພວກມັນເຂົ້າກັນ</translation>
    </message>
    <message>
        <source>&amp;Phone Numbers…</source>
        <translation>ເບີໂທລະສັບ(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database server cannot be reached</source>
        <translation>ບໍ່ສາມາດເຊື່ອມຕໍ່ເຊີບເວີຖານຂໍ້ມູນໄດ້</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved</source>
        <translation>ດິສເຕັມແລ້ວ; ບໍ່ມີຫຍັງຖືກບັນທຶກ</translation>
    </message>
    <message>
        <source>Another program is writing to the database</source>
        <translation>ໂປຣແກຣມອື່ນກຳລັງຂຽນຂໍ້ມູນລົງຖານຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Nothing to commit</source>
        <translation>ບໍ່ມີຫຍັງໃຫ້ຢືນຢັນ</translation>
    </message>
    <message>
        <source>The transaction failed</source>
        <translation>ທຸລະກຳລົ້ມເຫຼວ</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>This is not a database address Kontor understands</source>
        <translation>ນີ້ບໍ່ແມ່ນທີ່ຢູ່ຖານຂໍ້ມູນທີ່ Kontor ເຂົ້າໃຈ</translation>
    </message>
</context>
<context>
    <name>DuplicateCommands</name>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>ລວມ “%1” ເຂົ້າໃນ “%2”</translation>
    </message>
    <message>
        <source>Cannot undo the merge: %1</source>
        <translation>ບໍ່ສາມາດເອົາການລວມຄືນໄດ້: %1</translation>
    </message>
    <message>
        <source>Cannot merge again: %1</source>
        <translation>ບໍ່ສາມາດລວມອີກຄັ້ງໄດ້: %1</translation>
    </message>
    <message>
        <source>“%1” and “%2” are not duplicates</source>
        <translation>“%1” ແລະ “%2” ບໍ່ແມ່ນລາຍການຊ້ຳກັນ</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Duplicates and dates</source>
        <translation>ລາຍການຊ້ຳ ແລະ ວັນທີ</translation>
    </message>
    <message>
        <source>How a row is recognised as a record Kontor already has, and what happens then.</source>
        <translation>ວິທີຮັບຮູ້ວ່າແຖວໃດເປັນບັນທຶກທີ່ Kontor ມີຢູ່ແລ້ວ ແລະ ຈະເກີດຫຍັງຂຶ້ນຕໍ່ໄປ.</translation>
    </message>
    <message>
        <source>A row is the same record when it has the same:</source>
        <translation>ແຖວເປັນບັນທຶກດຽວກັນເມື່ອມີ:</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>ທີ່ຢູ່ອີເມວ</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>ເບີໂທລະສັບ</translation>
    </message>
    <message>
        <source>Name and company</source>
        <translation>ຊື່ ແລະ ບໍລິສັດ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Kontor ID (a column of a Kontor export)</source>
        <translation>Kontor ID (ຖັນຈາກການສົ່ງອອກຂອງ Kontor)</translation>
    </message>
    <message>
        <source>When it is already there:</source>
        <translation>ເມື່ອມີຢູ່ແລ້ວ:</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>ຂ້າມແຖວນີ້</translation>
    </message>
    <message>
        <source>Update the record with the row&apos;s values</source>
        <translation>ອັບເດດບັນທຶກດ້ວຍຄ່າຈາກແຖວ</translation>
    </message>
    <message>
        <source>Fill only the record&apos;s empty fields</source>
        <translation>ຕື່ມສະເພາະຊ່ອງຂໍ້ມູນທີ່ຫວ່າງຂອງບັນທຶກ</translation>
    </message>
    <message>
        <source>Create another record anyway</source>
        <translation>ສ້າງບັນທຶກໃໝ່ອີກອັນຢູ່ດີ</translation>
    </message>
    <message>
        <source>Dates like 03/04/2023 are:</source>
        <translation>ວັນທີແບບ 03/04/2023 ແມ່ນ:</translation>
    </message>
    <message>
        <source>ambiguous: list them as problems</source>
        <translation>ບໍ່ຊັດເຈນ: ລະບຸເປັນບັນຫາ</translation>
    </message>
    <message>
        <source>day / month / year</source>
        <translation>ວັນ / ເດືອນ / ປີ</translation>
    </message>
    <message>
        <source>month / day / year</source>
        <translation>ເດືອນ / ວັນ / ປີ</translation>
    </message>
    <message>
        <source>Save this mapping for the next file as:</source>
        <translation>ບັນທຶກການຈັບຄູ່ນີ້ສຳລັບໄຟລ໌ຕໍ່ໄປເປັນ:</translation>
    </message>
    <message>
        <source>a name, e.g. “Trade fair list” (optional)</source>
        <translation>ຊື່, ເຊັ່ນ “ລາຍຊື່ງານວາງສະແດງສິນຄ້າ” (ບໍ່ບັງຄັບ)</translation>
    </message>
    <message>
        <source>An activity is already there when its contact, type, time, subject and note are the same.</source>
        <translation>ກິດຈະກຳຖືວ່າມີຢູ່ແລ້ວເມື່ອຜູ້ຕິດຕໍ່, ປະເພດ, ເວລາ, ຫົວຂໍ້ ແລະ ບັນທຶກຫຍໍ້ຂອງມັນຄືກັນ.</translation>
    </message>
    <message>
        <source>Title and company</source>
        <translation>ຫົວຂໍ້ ແລະ ບໍລິສັດ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ຫົວຂໍ້</translation>
    </message>
    <message>
        <source>Keep photos (the cards&apos; pictures are stored with the contacts)</source>
        <translation>ເກັບຮູບໄວ້ (ຮູບຂອງບັດຈະຖືກເກັບໄວ້ກັບຜູ້ຕິດຕໍ່)</translation>
    </message>
    <message>
        <source>A contact that has a photo keeps it; Undo import removes the photos it added.</source>
        <translation>ຜູ້ຕິດຕໍ່ທີ່ມີຮູບຈະເກັບຮູບໄວ້; ການເອົາການນຳເຂົ້າຄືນຈະລຶບຮູບທີ່ມັນເພີ່ມເຂົ້າມາ.</translation>
    </message>
</context>
<context>
    <name>EditDealCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation>ແກ້ໄຂ “%1”</translation>
    </message>
    <message>
        <source>“%1” could not be changed back: %2</source>
        <translation>ບໍ່ສາມາດປ່ຽນ “%1” ກັບຄືນໄດ້: %2</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>ເລືອກໄຟລ໌</translation>
    </message>
    <message>
        <source>CSV, Excel (.xlsx) or vCard. Nothing is saved until the last step.</source>
        <translation>CSV, Excel (.xlsx) ຫຼື vCard. ບໍ່ມີຫຍັງຖືກບັນທຶກຈົນກວ່າຈະຮອດຂັ້ນຕອນສຸດທ້າຍ.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>ເລືອກເບິ່ງ…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>ຜູ້ຕິດຕໍ່</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>ບໍລິສັດ</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>ກວດຫາອັດຕະໂນມັດ</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>ຈຸດ ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>ຈຸດຈ້ຳ ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation>ເສັ້ນຕັ້ງ |</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ບໍ່ມີ</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ໄຟລ໌:</translation>
    </message>
    <message>
        <source>Import as:</source>
        <translation>ນຳເຂົ້າເປັນ:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>ການເຂົ້າລະຫັດ:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>ຕົວຂັ້ນ:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>ແຜ່ນງານ:</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>ແຖວຫົວຂໍ້:</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>ນຳເຂົ້າໄຟລ໌</translation>
    </message>
    <message>
        <source>Choose a file to import, or drop one on Kontor&apos;s window.</source>
        <translation>ເລືອກໄຟລ໌ເພື່ອນຳເຂົ້າ ຫຼື ລາກໄຟລ໌ມາວາງໃສ່ໜ້າຕ່າງຂອງ Kontor.</translation>
    </message>
    <message>
        <source>vCard file (%1); each card becomes a contact.</source>
        <translation>ໄຟລ໌ vCard (%1); ແຕ່ລະບັດຈະກາຍເປັນຜູ້ຕິດຕໍ່ໜຶ່ງຄົນ.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>ອົງກອນ</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>ອີເມວ</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>ເບີໂທລະສັບ</translation>
    </message>
    <message>
        <source>CSV, %1, delimiter “%2”</source>
        <translation>CSV, %1, ຕົວຂັ້ນ “%2”</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation>ປຶ້ມວຽກ Excel, ແຜ່ນງານ “%1”</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>ຖັນ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of the first rows have the wrong number of fields; they will be listed as problems.</source>
        <translation>
            <numerusform>%n ແຖວທຳອິດມີຈຳນວນຊ່ອງຂໍ້ມູນບໍ່ຖືກຕ້ອງ; ພວກມັນຈະຖືກລະບຸເປັນບັນຫາ.</numerusform>
            <numerusform>%n ແຖວທຳອິດມີຈຳນວນຊ່ອງຂໍ້ມູນບໍ່ຖືກຕ້ອງ; ພວກມັນຈະຖືກລະບຸເປັນບັນຫາ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>ດີລ</translation>
    </message>
    <message>
        <source>Activities and notes</source>
        <translation>ກິດຈະກຳ ແລະ ບັນທຶກ</translation>
    </message>
    <message>
        <source>Files to import (*.csv *.txt *.tsv *.xlsx *.vcf);;All files (*)</source>
        <translation>ໄຟລ໌ທີ່ຈະນຳເຂົ້າ (*.csv *.txt *.tsv *.xlsx *.vcf);;ໄຟລ໌ທັງໝົດ (*)</translation>
    </message>
    <message>
        <source>Read as the saved mapping “%1” reads such files.</source>
        <translation>ອ່ານຕາມທີ່ການຈັບຄູ່ທີ່ບັນທຶກໄວ້ “%1” ອ່ານໄຟລ໌ແບບນີ້.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Lead</source>
        <translation>ລູກຄ້າເປົ້າໝາຍ</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>ລູກຄ້າທີ່ມີໂອກາດ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ລູກຄ້າ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ເປີດຢູ່</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>ຊະນະ</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ແພ້</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>%1 rows: %2 to create, %3 to update, %4 to skip as duplicates, %5 with problems</source>
        <translation>%1 ແຖວ: ສ້າງ %2, ອັບເດດ %3, ຂ້າມ %4 ເພາະຊ້ຳ, %5 ມີບັນຫາ</translation>
    </message>
    <message>
        <source>… and more in the problem rows file.</source>
        <translation>… ແລະ ອື່ນໆໃນໄຟລ໌ແຖວທີ່ມີບັນຫາ.</translation>
    </message>
    <message>
        <source>Fetching photos: %1 of %2…</source>
        <translation>ກຳລັງດຶງຮູບ: %1 ຈາກ %2…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>ຈັບຄູ່ຖັນ</translation>
    </message>
    <message>
        <source>Each column goes into the field chosen here; “Do not import” leaves it out.</source>
        <translation>ແຕ່ລະຖັນຈະໄປຢູ່ໃນຊ່ອງຂໍ້ມູນທີ່ເລືອກຢູ່ນີ້; “ບໍ່ນຳເຂົ້າ” ຈະຂ້າມມັນໄປ.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ຖັນໃນໄຟລ໌</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>ຄ່າທຳອິດ</translation>
    </message>
    <message>
        <source>Kontor field</source>
        <translation>ຊ່ອງຂໍ້ມູນ Kontor</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>ບໍ່ນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>Custom field: %1</source>
        <translation>ຊ່ອງຂໍ້ມູນກຳນົດເອງ: %1</translation>
    </message>
    <message>
        <source>New custom field “%1”</source>
        <translation>ຊ່ອງຂໍ້ມູນກຳນົດເອງໃໝ່ “%1”</translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation>ການຈັບຄູ່ທີ່ບັນທຶກໄວ້:</translation>
    </message>
    <message>
        <source>None: suggested from the column names and contents</source>
        <translation>ບໍ່ມີ: ແນະນຳຈາກຊື່ຖັນ ແລະ ເນື້ອໃນ</translation>
    </message>
    <message>
        <source>The saved mapping “%1” was made for a file with these columns; it is used.</source>
        <translation>ການຈັບຄູ່ທີ່ບັນທຶກໄວ້ “%1” ຖືກສ້າງສຳລັບໄຟລ໌ທີ່ມີຖັນເຫຼົ່ານີ້; ມັນຈະຖືກນຳໃຊ້.</translation>
    </message>
</context>
<context>
    <name>MoveDealStageCommand</name>
    <message>
        <source>Move “%1” to %2</source>
        <translation>ຍ້າຍ “%1” ໄປ %2</translation>
    </message>
    <message>
        <source>“%1” could not be moved: %2</source>
        <translation>ບໍ່ສາມາດຍ້າຍ “%1” ໄດ້: %2</translation>
    </message>
</context>
<context>
    <name>Paging</name>
    <message>
        <source>The list position is not valid for this sort order</source>
        <translation>ຕຳແໜ່ງໃນລາຍການບໍ່ຖືກຕ້ອງສຳລັບການຮຽງລຳດັບນີ້</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>stage %1</source>
        <translation>ຂັ້ນຕອນ %1</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>ກຳລັງນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>ຍົກເລີກການນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>Save problem rows…</source>
        <translation>ບັນທຶກແຖວທີ່ມີບັນຫາ…</translation>
    </message>
    <message>
        <source>Save problem rows</source>
        <translation>ບັນທຶກແຖວທີ່ມີບັນຫາ</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ໄຟລ໌ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>ບໍ່ສາມາດຂຽນ %1 ໄດ້.</translation>
    </message>
    <message>
        <source>%1 rows, %2 rows per second</source>
        <translation>%1 ແຖວ, %2 ແຖວຕໍ່ວິນາທີ</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was saved.</source>
        <translation>ການນຳເຂົ້າຖືກຍົກເລີກ. ບໍ່ມີຫຍັງຖືກບັນທຶກ.</translation>
    </message>
    <message>
        <source>The import failed and nothing was saved: %1</source>
        <translation>ການນຳເຂົ້າລົ້ມເຫຼວ ແລະ ບໍ່ມີຫຍັງຖືກບັນທຶກ: %1</translation>
    </message>
    <message>
        <source>Done in %1 s: %2 created, %3 updated, %4 skipped, %5 rows with problems.
This import can be undone from the Import page (import %6).</source>
        <translation>ສຳເລັດໃນ %1 ວິ: ສ້າງ %2, ອັບເດດ %3, ຂ້າມ %4, %5 ແຖວມີບັນຫາ.
ການນຳເຂົ້ານີ້ສາມາດເອົາຄືນໄດ້ຈາກໜ້ານຳເຂົ້າ (ການນຳເຂົ້າ %6).</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be kept; those contacts were imported without them:</source>
        <translation>
            <numerusform>ບໍ່ສາມາດເກັບຮູບໄວ້ໄດ້ %n ຮູບ; ຜູ້ຕິດຕໍ່ເຫຼົ່ານັ້ນຖືກນຳເຂົ້າໂດຍບໍ່ມີຮູບ:</numerusform>
            <numerusform>ບໍ່ສາມາດເກັບຮູບໄວ້ໄດ້ %n ຮູບ; ຜູ້ຕິດຕໍ່ເຫຼົ່ານັ້ນຖືກນຳເຂົ້າໂດຍບໍ່ມີຮູບ:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Cannot pause the search index</source>
        <translation>ບໍ່ສາມາດຢຸດດັດຊະນີການຄົ້ນຫາຊົ່ວຄາວໄດ້</translation>
    </message>
    <message>
        <source>Cannot rebuild the search index</source>
        <translation>ບໍ່ສາມາດສ້າງດັດຊະນີການຄົ້ນຫາຄືນໃໝ່ໄດ້</translation>
    </message>
    <message>
        <source>Cannot update the search index</source>
        <translation>ບໍ່ສາມາດອັບເດດດັດຊະນີການຄົ້ນຫາໄດ້</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Cannot sign in as %1</source>
        <translation>ບໍ່ສາມາດເຂົ້າສູ່ລະບົບເປັນ %1 ໄດ້</translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <source>Call</source>
        <translation>ໂທ</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>ການປະຊຸມ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ອີເມວ</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>ສິ່ງທີ່ຕ້ອງເຮັດ</translation>
    </message>
    <message>
        <source>High</source>
        <translation>ສູງ</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>ດ່ວນ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>ມື້ນີ້</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>ເກີນກຳນົດ</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>ທີ່ຈະມາເຖິງ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ສຳເລັດແລ້ວ</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>ບໍ່ມີວັນຄົບກຳນົດ</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>ມື້ອື່ນ</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>ມື້ວານນີ້</translation>
    </message>
    <message>
        <source>%1 (all day)</source>
        <translation>%1 (ໝົດມື້)</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>ສຳເລັດ %1 ຈາກ %2</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>ທຸກມື້</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>ທຸກ %1</translation>
    </message>
    <message>
        <source>Monthly on day %1</source>
        <translation>ລາຍເດືອນ ວັນທີ %1</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>This kind of record has no trash</source>
        <translation>ບັນທຶກປະເພດນີ້ບໍ່ມີຖັງຂີ້ເຫຍື້ອ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>ລຶບ “%1”</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation>ກູ້ຄືນ “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>ລຶບ %n ບັນທຶກ</numerusform>
            <numerusform>ລຶບ %n ບັນທຶກ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n record(s)</source>
        <translation>
            <numerusform>ກູ້ຄືນ %n ບັນທຶກ</numerusform>
            <numerusform>ກູ້ຄືນ %n ບັນທຶກ</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>ແກ້ໄຂ “%1”</translation>
    </message>
    <message>
        <source>Log “%1”</source>
        <translation>ບັນທຶກ “%1”</translation>
    </message>
    <message>
        <source>Change the photo of “%1”</source>
        <translation>ປ່ຽນຮູບຂອງ “%1”</translation>
    </message>
    <message>
        <source>Remove the photo of “%1”</source>
        <translation>ລຶບຮູບຂອງ “%1”</translation>
    </message>
</context>
<context>
    <name>Writer</name>
    <message>
        <source>Deals</source>
        <translation>ດີລ</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>ກິດຈະກຳ</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>ໜ້າວຽກ</translation>
    </message>
    <message>
        <source>Planning deals</source>
        <translation>ກຳລັງວາງແຜນດີລ</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>ກຳລັງບັນທຶກ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ສຳເລັດແລ້ວ</translation>
    </message>
    <message>
        <source>Creating the demo data was cancelled; the database was left as it was</source>
        <translation>ການສ້າງຂໍ້ມູນຕົວຢ່າງຖືກຍົກເລີກ; ຖານຂໍ້ມູນຍັງຄືເດີມ</translation>
    </message>
    <message>
        <source>Users, pipelines and products</source>
        <translation>ຜູ້ໃຊ້, ທໍ່ການຂາຍ ແລະ ຜະລິດຕະພັນ</translation>
    </message>
    <message>
        <source>Cannot create the demo users</source>
        <translation>ບໍ່ສາມາດສ້າງຜູ້ໃຊ້ຕົວຢ່າງໄດ້</translation>
    </message>
    <message>
        <source>Cannot set up the pipeline %1</source>
        <translation>ບໍ່ສາມາດຕັ້ງຄ່າທໍ່ການຂາຍ %1 ໄດ້</translation>
    </message>
    <message>
        <source>The pipeline needs open, won and lost stages for demo deals</source>
        <translation>ທໍ່ການຂາຍຕ້ອງມີຂັ້ນຕອນເປີດ, ຊະນະ ແລະ ແພ້ ສຳລັບດີລຕົວຢ່າງ</translation>
    </message>
    <message>
        <source>Cannot read the lists the demo data uses</source>
        <translation>ບໍ່ສາມາດອ່ານລາຍການທີ່ຂໍ້ມູນຕົວຢ່າງໃຊ້ໄດ້</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>ບໍລິສັດ</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>ຜູ້ຕິດຕໍ່</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>ດັດຊະນີ</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>ດັດຊະນີການຄົ້ນຫາ</translation>
    </message>
    <message>
        <source>Stage stays</source>
        <translation>ໄລຍະເວລາໃນຂັ້ນຕອນ</translation>
    </message>
</context>
<context>
    <name>kontor</name>
    <message>
        <source>company %1</source>
        <translation>ບໍລິສັດ %1</translation>
    </message>
    <message>
        <source>new company</source>
        <translation>ບໍລິສັດໃໝ່</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>ຜູ້ຕິດຕໍ່ %1</translation>
    </message>
    <message>
        <source>new contact</source>
        <translation>ຜູ້ຕິດຕໍ່ໃໝ່</translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation>ດີລ %1</translation>
    </message>
    <message>
        <source>new deal</source>
        <translation>ດີລໃໝ່</translation>
    </message>
    <message>
        <source>Cannot move it to the trash</source>
        <translation>ບໍ່ສາມາດຍ້າຍໄປຖັງຂີ້ເຫຍື້ອໄດ້</translation>
    </message>
    <message>
        <source>Cannot restore it from the trash</source>
        <translation>ບໍ່ສາມາດກູ້ຄືນຈາກຖັງຂີ້ເຫຍື້ອໄດ້</translation>
    </message>
    <message>
        <source>It does not exist or is already in the trash</source>
        <translation>ມັນບໍ່ມີຢູ່ ຫຼື ຢູ່ໃນຖັງຂີ້ເຫຍື້ອແລ້ວ</translation>
    </message>
    <message>
        <source>It is not in the trash</source>
        <translation>ມັນບໍ່ໄດ້ຢູ່ໃນຖັງຂີ້ເຫຍື້ອ</translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation>ກິດຈະກຳ %1</translation>
    </message>
    <message>
        <source>new activity</source>
        <translation>ກິດຈະກຳໃໝ່</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>ຜະລິດຕະພັນ %1</translation>
    </message>
    <message>
        <source>new product</source>
        <translation>ຜະລິດຕະພັນໃໝ່</translation>
    </message>
    <message>
        <source>Cannot read the selected contacts</source>
        <translation>ບໍ່ສາມາດອ່ານຜູ້ຕິດຕໍ່ທີ່ເລືອກໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the tag &quot;%1&quot;</source>
        <translation>ບໍ່ສາມາດອ່ານແທັກ &quot;%1&quot; ໄດ້</translation>
    </message>
    <message>
        <source>Unknown filter &quot;%1&quot;</source>
        <translation>ຕົວກັ່ນຕອງທີ່ບໍ່ຮູ້ຈັກ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2</source>
        <translation>&quot;%1&quot; ບໍ່ແມ່ນຄ່າທີ່ຖືກຕ້ອງສຳລັບ %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;</source>
        <translation>ຊ່ອງຂໍ້ມູນ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; %2 takes numbers like 1250 or 12.5</source>
        <translation>&quot;%1&quot; ບໍ່ແມ່ນຕົວເລກ; %2 ຮັບຕົວເລກເຊັ່ນ 1250 ຫຼື 12.5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; ບໍ່ແມ່ນຕົວເລກ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2026-03-31</source>
        <translation>&quot;%1&quot; ບໍ່ແມ່ນວັນທີ; ໃຫ້ຂຽນເປັນ 2026-03-31</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ແມ່ນ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ບໍ່</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>&quot;%1&quot; ບໍ່ແມ່ນ ແມ່ນ ຫຼື ບໍ່</translation>
    </message>
    <message>
        <source>custom field &quot;%1&quot;</source>
        <translation>ຊ່ອງຂໍ້ມູນກຳນົດເອງ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Kontor ID</source>
        <translation>Kontor ID</translation>
    </message>
    <message>
        <source>company</source>
        <translation>ບໍລິສັດ</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>ດີລ</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>ຜູ້ຕິດຕໍ່</translation>
    </message>
    <message>
        <source>Cannot write the export file.</source>
        <translation>ບໍ່ສາມາດຂຽນໄຟລ໌ສົ່ງອອກໄດ້.</translation>
    </message>
    <message>
        <source>The export file is not open for writing.</source>
        <translation>ໄຟລ໌ສົ່ງອອກບໍ່ໄດ້ເປີດໄວ້ສຳລັບການຂຽນ.</translation>
    </message>
    <message>
        <source>Deals cannot be written as vCard; choose CSV, .xlsx or JSON.</source>
        <translation>ບໍ່ສາມາດຂຽນດີລເປັນ vCard ໄດ້; ເລືອກ CSV, .xlsx ຫຼື JSON.</translation>
    </message>
    <message>
        <source>%1 records do not fit on one .xlsx sheet (at most 1,048,575); export as CSV instead.</source>
        <translation>%1 ບັນທຶກບໍ່ພໍດີໃນແຜ່ນງານ .xlsx ດຽວ (ສູງສຸດ 1,048,575); ໃຫ້ສົ່ງອອກເປັນ CSV ແທນ.</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>ບັນທຶກ %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>ການສົ່ງອອກຖືກຍົກເລີກ.</translation>
    </message>
    <message>
        <source>find %1</source>
        <translation>ຊອກຫາ %1</translation>
    </message>
    <message>
        <source>There is no %1 of that name or id.</source>
        <translation>ບໍ່ມີ %1 ທີ່ມີຊື່ ຫຼື id ນັ້ນ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>&quot;%1&quot; ບໍ່ແມ່ນວັນທີ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>&quot;%1&quot; ບໍ່ແມ່ນວັນທີ ແລະ ເວລາ</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>ເຂດເວລາທີ່ບໍ່ຮູ້ຈັກ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This is not an iCalendar file: it does not start with BEGIN:VCALENDAR</source>
        <translation>ນີ້ບໍ່ແມ່ນໄຟລ໌ iCalendar: ມັນບໍ່ໄດ້ເລີ່ມຕົ້ນດ້ວຍ BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>END:%1 does not close the open component</source>
        <translation>END:%1 ບໍ່ໄດ້ປິດອົງປະກອບທີ່ເປີດຢູ່</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ແຖວ %1</translation>
    </message>
    <message>
        <source>event without a start (DTSTART)</source>
        <translation>ເຫດການທີ່ບໍ່ມີເວລາເລີ່ມ (DTSTART)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ແຖວ %1: %2</translation>
    </message>
    <message>
        <source>Meeting without a title</source>
        <translation>ການປະຊຸມທີ່ບໍ່ມີຫົວຂໍ້</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>ສະຖານທີ່: %1</translation>
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
        <translation>DURATION &quot;%1&quot; ບໍ່ແມ່ນໄລຍະເວລາ</translation>
    </message>
    <message>
        <source>line %1: the repeat rule &quot;%2&quot; is not supported; the first meeting is imported without repeats</source>
        <translation>ແຖວ %1: ບໍ່ຮອງຮັບກົດການເຮັດຊ້ຳ &quot;%2&quot;; ການປະຊຸມຄັ້ງທຳອິດຈະຖືກນຳເຂົ້າໂດຍບໍ່ມີການເຮັດຊ້ຳ</translation>
    </message>
    <message>
        <source>The file ends inside %1 (it is cut short)</source>
        <translation>ໄຟລ໌ສິ້ນສຸດພາຍໃນ %1 (ມັນຖືກຕັດສັ້ນ)</translation>
    </message>
    <message>
        <source>Cannot check for an earlier import</source>
        <translation>ບໍ່ສາມາດກວດສອບການນຳເຂົ້າກ່ອນໜ້ານີ້ໄດ້</translation>
    </message>
    <message>
        <source>repeat &quot;%1&quot;</source>
        <translation>ເຮັດຊ້ຳ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>ໜ້າວຽກ %1</translation>
    </message>
    <message>
        <source>new task</source>
        <translation>ໜ້າວຽກໃໝ່</translation>
    </message>
    <message>
        <source>Cannot read the task</source>
        <translation>ບໍ່ສາມາດອ່ານໜ້າວຽກໄດ້</translation>
    </message>
    <message>
        <source>The task does not exist or is in the trash</source>
        <translation>ໜ້າວຽກບໍ່ມີຢູ່ ຫຼື ຢູ່ໃນຖັງຂີ້ເຫຍື້ອ</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>ບໍ່ສາມາດຂຽນໄຟລ໌ໄດ້.</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Cannot read the names of duplicate contacts</source>
        <translation>ບໍ່ສາມາດອ່ານຊື່ຂອງຜູ້ຕິດຕໍ່ທີ່ຊ້ຳກັນໄດ້</translation>
    </message>
    <message>
        <source>Cannot re-normalize the phone numbers</source>
        <translation>ບໍ່ສາມາດປັບມາດຕະຖານເບີໂທລະສັບຄືນໃໝ່ໄດ້</translation>
    </message>
    <message>
        <source>The custom field &quot;%1&quot; belongs to another kind of record</source>
        <translation>ຊ່ອງຂໍ້ມູນກຳນົດເອງ &quot;%1&quot; ເປັນຂອງບັນທຶກປະເພດອື່ນ</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>ກິດຈະກຳ</translation>
    </message>
    <message>
        <source>Activities cannot be written as vCard; choose CSV, .xlsx or JSON.</source>
        <translation>ບໍ່ສາມາດຂຽນກິດຈະກຳເປັນ vCard ໄດ້; ເລືອກ CSV, .xlsx ຫຼື JSON.</translation>
    </message>
    <message>
        <source>Cannot create the export file.</source>
        <translation>ບໍ່ສາມາດສ້າງໄຟລ໌ສົ່ງອອກໄດ້.</translation>
    </message>
    <message>
        <source>Cannot save the export file.</source>
        <translation>ບໍ່ສາມາດບັນທຶກໄຟລ໌ສົ່ງອອກໄດ້.</translation>
    </message>
    <message>
        <source>A quote is not closed in &quot;%1&quot;</source>
        <translation>ເຄື່ອງໝາຍວົງຢືມບໍ່ໄດ້ປິດໃນ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Custom field %1 is not a field of contacts</source>
        <translation>ຊ່ອງຂໍ້ມູນກຳນົດເອງ %1 ບໍ່ແມ່ນຊ່ອງຂໍ້ມູນຂອງຜູ້ຕິດຕໍ່</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>ເຊີບເວີຕອບກັບ %1.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>ເຊີບເວີປະຕິເສດການເຊື່ອມຕໍ່.</translation>
    </message>
    <message>
        <source>The server %1 was not found.</source>
        <translation>ບໍ່ພົບເຊີບເວີ %1.</translation>
    </message>
    <message>
        <source>The server closed the connection without sending the photo.</source>
        <translation>ເຊີບເວີປິດການເຊື່ອມຕໍ່ໂດຍບໍ່ໄດ້ສົ່ງຮູບມາ.</translation>
    </message>
    <message>
        <source>The photo could not be fetched: %1.</source>
        <translation>ບໍ່ສາມາດດຶງຮູບໄດ້: %1.</translation>
    </message>
    <message>
        <source>Only web addresses (http, https) are fetched.</source>
        <translation>ດຶງສະເພາະທີ່ຢູ່ເວັບ (http, https) ເທົ່ານັ້ນ.</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>ບໍ່ມີການຕອບກັບພາຍໃນ %1 ວິ.</translation>
    </message>
    <message>
        <source>The photo is larger than %1 MB.</source>
        <translation>ຮູບໃຫຍ່ກວ່າ %1 MB.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>ຍົກເລີກແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>kontor::ActivityRepository</name>
    <message>
        <source>Unknown kind of activity &quot;%1&quot;</source>
        <translation>ປະເພດກິດຈະກຳທີ່ບໍ່ຮູ້ຈັກ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>An activity must belong to a contact, a company or a deal</source>
        <translation>ກິດຈະກຳຕ້ອງເປັນຂອງຜູ້ຕິດຕໍ່, ບໍລິສັດ ຫຼື ດີລ</translation>
    </message>
    <message>
        <source>Unknown direction &quot;%1&quot;</source>
        <translation>ທິດທາງທີ່ບໍ່ຮູ້ຈັກ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A duration cannot be negative</source>
        <translation>ໄລຍະເວລາບໍ່ສາມາດເປັນຄ່າລົບໄດ້</translation>
    </message>
    <message>
        <source>Write a subject or a few words about what happened</source>
        <translation>ຂຽນຫົວຂໍ້ ຫຼື ສອງສາມຄຳກ່ຽວກັບສິ່ງທີ່ເກີດຂຶ້ນ</translation>
    </message>
    <message>
        <source>Cannot save the activity</source>
        <translation>ບໍ່ສາມາດບັນທຶກກິດຈະກຳໄດ້</translation>
    </message>
    <message>
        <source>Cannot update when the contact was last contacted</source>
        <translation>ບໍ່ສາມາດອັບເດດເວລາທີ່ຕິດຕໍ່ຜູ້ຕິດຕໍ່ຄັ້ງລ່າສຸດໄດ້</translation>
    </message>
</context>
<context>
    <name>kontor::BoardColumnModel</name>
    <message>
        <source>%1 — no activity since %2</source>
        <translation>%1 — ບໍ່ມີກິດຈະກຳນັບຕັ້ງແຕ່ %2</translation>
    </message>
</context>
<context>
    <name>kontor::BoardController</name>
    <message>
        <source>deal %1</source>
        <translation>ດີລ %1</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>ຍ້າຍ “%1” ໄປ %2</translation>
    </message>
    <message>
        <source>This pipeline has no won stage; add one in the pipeline settings.</source>
        <translation>ທໍ່ການຂາຍນີ້ບໍ່ມີຂັ້ນຕອນຊະນະ; ເພີ່ມໜຶ່ງຂັ້ນຕອນໃນການຕັ້ງຄ່າທໍ່ການຂາຍ.</translation>
    </message>
    <message>
        <source>Mark “%1” won</source>
        <translation>ໝາຍ “%1” ວ່າຊະນະ</translation>
    </message>
    <message>
        <source>This pipeline has no lost stage; add one in the pipeline settings.</source>
        <translation>ທໍ່ການຂາຍນີ້ບໍ່ມີຂັ້ນຕອນແພ້; ເພີ່ມໜຶ່ງຂັ້ນຕອນໃນການຕັ້ງຄ່າທໍ່ການຂາຍ.</translation>
    </message>
    <message>
        <source>Mark “%1” lost</source>
        <translation>ໝາຍ “%1” ວ່າແພ້</translation>
    </message>
</context>
<context>
    <name>kontor::BoardRepository</name>
    <message>
        <source>Cannot read the board of the pipeline &quot;%1&quot;</source>
        <translation>ບໍ່ສາມາດອ່ານກະດານຂອງທໍ່ການຂາຍ &quot;%1&quot; ໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the board position of deal %1</source>
        <translation>ບໍ່ສາມາດອ່ານຕຳແໜ່ງໃນກະດານຂອງດີລ %1 ໄດ້</translation>
    </message>
    <message>
        <source>Cannot reorder the cards of stage %1</source>
        <translation>ບໍ່ສາມາດຈັດລຳດັບບັດຂອງຂັ້ນຕອນ %1 ຄືນໃໝ່ໄດ້</translation>
    </message>
    <message>
        <source>The card to drop before is not in this stage</source>
        <translation>ບັດທີ່ຈະວາງໄວ້ກ່ອນບໍ່ໄດ້ຢູ່ໃນຂັ້ນຕອນນີ້</translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation>ດີລ %1</translation>
    </message>
    <message>
        <source>Cannot read the list of users</source>
        <translation>ບໍ່ສາມາດອ່ານລາຍຊື່ຜູ້ໃຊ້ໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the list of tags</source>
        <translation>ບໍ່ສາມາດອ່ານລາຍການແທັກໄດ້</translation>
    </message>
</context>
<context>
    <name>kontor::BoardView</name>
    <message>
        <source>%1 · weighted %2</source>
        <translation>%1 · ຖ່ວງນ້ຳໜັກ %2</translation>
    </message>
    <message>
        <source>No deals</source>
        <translation>ບໍ່ມີດີລ</translation>
    </message>
    <message>
        <source>Filter by deal, company or contact</source>
        <translation>ກັ່ນຕອງຕາມດີລ, ບໍລິສັດ ຫຼື ຜູ້ຕິດຕໍ່</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>ທໍ່ການຂາຍ:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>ຜູ້ຮັບຜິດຊອບ:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>ແທັກ:</translation>
    </message>
    <message>
        <source>Stages…</source>
        <translation>ຂັ້ນຕອນ…</translation>
    </message>
    <message>
        <source>Drop here: Won</source>
        <translation>ວາງທີ່ນີ້: ຊະນະ</translation>
    </message>
    <message>
        <source>Drop here: Lost</source>
        <translation>ວາງທີ່ນີ້: ແພ້</translation>
    </message>
    <message>
        <source>Move to Next Stage</source>
        <translation>ຍ້າຍໄປຂັ້ນຕອນຖັດໄປ</translation>
    </message>
    <message>
        <source>Move to Previous Stage</source>
        <translation>ຍ້າຍໄປຂັ້ນຕອນກ່ອນໜ້າ</translation>
    </message>
    <message>
        <source>Mark Won</source>
        <translation>ໝາຍວ່າຊະນະ</translation>
    </message>
    <message>
        <source>Mark Lost</source>
        <translation>ໝາຍວ່າແພ້</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>ທຸກຄົນ</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>ແທັກໃດກໍໄດ້</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n ດີລ</numerusform>
            <numerusform>%n ດີລ</numerusform>
        </translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>ເປີດຢູ່: %1</translation>
    </message>
</context>
<context>
    <name>kontor::CalendarPage</name>
    <message>
        <source>Previous</source>
        <translation>ກ່ອນໜ້າ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>ຖັດໄປ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>ມື້ນີ້</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ເດືອນ</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>ອາທິດ</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>ມື້</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>ກຳນົດການ</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>ມອບໝາຍໃຫ້ %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Birthday of %1</source>
        <translation>ວັນເກີດຂອງ %1</translation>
    </message>
</context>
<context>
    <name>kontor::CalendarView</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 ເພີ່ມເຕີມ</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>ໝົດມື້</translation>
    </message>
    <message>
        <source>Nothing planned in the next two weeks.</source>
        <translation>ບໍ່ມີຫຍັງວາງແຜນໄວ້ໃນສອງອາທິດຂ້າງໜ້າ.</translation>
    </message>
</context>
<context>
    <name>kontor::CardDelegate</name>
    <message>
        <source>⚠ No next task</source>
        <translation>⚠ ບໍ່ມີໜ້າວຽກຕໍ່ໄປ</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage · rotting</source>
        <translation>
            <numerusform>%n ມື້ໃນຂັ້ນຕອນ · ຄ້າງນານ</numerusform>
            <numerusform>%n ມື້ໃນຂັ້ນຕອນ · ຄ້າງນານ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n ມື້ໃນຂັ້ນຕອນ</numerusform>
            <numerusform>%n ມື້ໃນຂັ້ນຕອນ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::CardListModule</name>
    <message>
        <source>Open</source>
        <translation>ເປີດ</translation>
    </message>
    <message>
        <source>Open the card of the selected row (Enter)</source>
        <translation>ເປີດບັດຂອງແຖວທີ່ເລືອກ (Enter)</translation>
    </message>
</context>
<context>
    <name>kontor::CompanyCard</name>
    <message>
        <source>Unknown</source>
        <translation>ບໍ່ຮູ້ຈັກ</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>ບໍລິສັດ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ຊື່(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>ຊື່ຕາມກົດໝາຍ(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>ອຸດສາຫະກຳ(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>ເວັບໄຊ(&amp;W):</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>ວິທີຕິດຕໍ່</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>ໂທລະສັບ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>ອີເມວ(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>ຖະໜົນ(&amp;S):</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>ລະຫັດໄປສະນີ:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>ເມືອງ(&amp;C):</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>ແຂວງ:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>ປະເທດ(&amp;U):</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>ການຂາຍ</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>ແຫຼ່ງທີ່ມາ(&amp;O):</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>ຜູ້ຮັບຜິດຊອບ(&amp;W):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ບັນທຶກຫຍໍ້</translation>
    </message>
    <message>
        <source>Open website</source>
        <translation>ເປີດເວັບໄຊ</translation>
    </message>
    <message>
        <source>Write email</source>
        <translation>ຂຽນອີເມວ</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>ໂທ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>ກັບຄືນຄ່າເດີມ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ບົດບາດ</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>ຕຳແໜ່ງ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ອີເມວ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ໂທລະສັບ</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>ດີລ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ຂັ້ນຕອນ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>ຈຳນວນເງິນ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ສ້າງເມື່ອ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ປະຫວັດ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>ບຸກຄົນ</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>ດີລ</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>ເອົາຄືນ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ເຮັດຊ້ຳ</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>ບໍ່ມີໃຜ</translation>
    </message>
    <message>
        <source>This company cannot be shown: %1</source>
        <translation>ບໍ່ສາມາດສະແດງບໍລິສັດນີ້ໄດ້: %1</translation>
    </message>
    <message>
        <source>This company is in the trash. Restore it from the Trash to edit it.</source>
        <translation>ບໍລິສັດນີ້ຢູ່ໃນຖັງຂີ້ເຫຍື້ອ. ກູ້ຄືນຈາກຖັງຂີ້ເຫຍື້ອເພື່ອແກ້ໄຂ.</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>ບຸກຄົນ (%1)</translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>ດີລ (%1)</translation>
    </message>
    <message>
        <source>%1 — Company</source>
        <translation>%1 — ບໍລິສັດ</translation>
    </message>
    <message>
        <source>Nothing was saved: please fix the fields marked in red.</source>
        <translation>ບໍ່ມີຫຍັງຖືກບັນທຶກ: ກະລຸນາແກ້ໄຂຊ່ອງຂໍ້ມູນທີ່ໝາຍເປັນສີແດງ.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>ບໍ່ມີຫຍັງຖືກບັນທຶກ: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>ການປ່ຽນແປງທີ່ຍັງບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>ບັນທຶກການປ່ຽນແປງຂອງ %1 ກ່ອນປິດບໍ?</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>ຊ່ອງຂໍ້ມູນກຳນົດເອງ</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>ໜ້າວຽກໃໝ່</translation>
    </message>
    <message>
        <source>Plan a call, meeting or to-do with this company (Ctrl+T)</source>
        <translation>ວາງແຜນການໂທ, ການປະຊຸມ ຫຼື ສິ່ງທີ່ຕ້ອງເຮັດກັບບໍລິສັດນີ້ (Ctrl+T)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>ແກ້ໄຂ %1</translation>
    </message>
    <message>
        <source>Custom fields were not saved: %1</source>
        <translation>ຊ່ອງຂໍ້ມູນກຳນົດເອງບໍ່ໄດ້ຖືກບັນທຶກ: %1</translation>
    </message>
</context>
<context>
    <name>kontor::CompanyRepository</name>
    <message>
        <source>A company needs a name</source>
        <translation>ບໍລິສັດຕ້ອງມີຊື່</translation>
    </message>
    <message>
        <source>Cannot save the new company</source>
        <translation>ບໍ່ສາມາດບັນທຶກບໍລິສັດໃໝ່ໄດ້</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>ບໍ່ສາມາດອ່ານ %1 ໄດ້</translation>
    </message>
    <message>
        <source>This company does not exist</source>
        <translation>ບໍລິສັດນີ້ບໍ່ມີຢູ່</translation>
    </message>
    <message>
        <source>This company is in the trash</source>
        <translation>ບໍລິສັດນີ້ຢູ່ໃນຖັງຂີ້ເຫຍື້ອ</translation>
    </message>
    <message>
        <source>Cannot look up the company &quot;%1&quot;</source>
        <translation>ບໍ່ສາມາດຊອກຫາບໍລິສັດ &quot;%1&quot; ໄດ້</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>ບໍ່ສາມາດບັນທຶກ %1 ໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the company list</source>
        <translation>ບໍ່ສາມາດອ່ານລາຍຊື່ບໍລິສັດໄດ້</translation>
    </message>
    <message>
        <source>Cannot count companies</source>
        <translation>ບໍ່ສາມາດນັບຈຳນວນບໍລິສັດໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the companies</source>
        <translation>ບໍ່ສາມາດອ່ານບໍລິສັດເຫຼົ່ານີ້ໄດ້</translation>
    </message>
</context>
<context>
    <name>kontor::CompleteTaskCommand</name>
    <message>
        <source>Complete &quot;%1&quot;</source>
        <translation>ສຳເລັດ &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>kontor::CompleteTaskDialog</name>
    <message>
        <source>Complete Task</source>
        <translation>ສຳເລັດໜ້າວຽກ</translation>
    </message>
    <message>
        <source>What came of it? e.g. Interested, wants a discount</source>
        <translation>ຜົນອອກມາແນວໃດ? ເຊັ່ນ ສົນໃຈ, ຕ້ອງການສ່ວນຫຼຸດ</translation>
    </message>
    <message>
        <source>&amp;Log it on the timeline as a %1</source>
        <translation>ບັນທຶກລົງໃນທາມລາຍເປັນ %1(&amp;L)</translation>
    </message>
    <message>
        <source>Schedule the &amp;next step</source>
        <translation>ກຳນົດຂັ້ນຕອນຕໍ່ໄປ(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. Send the revised offer</source>
        <translation>ເຊັ່ນ ສົ່ງຂໍ້ສະເໜີທີ່ປັບປຸງແລ້ວ</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>ຫົວຂໍ້(&amp;I):</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>ກຳນົດສົ່ງ(&amp;U):</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>ໝາຍວ່າສຳເລັດ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>ຜົນໄດ້ຮັບ(&amp;O):</translation>
    </message>
    <message>
        <source>Name the next step, or untick &quot;Schedule the next step&quot;.</source>
        <translation>ຕັ້ງຊື່ຂັ້ນຕອນຕໍ່ໄປ ຫຼື ຍົກເລີກການໝາຍ &quot;ກຳນົດຂັ້ນຕອນຕໍ່ໄປ&quot;.</translation>
    </message>
    <message>
        <source>Write a few words about what happened.</source>
        <translation>ຂຽນສອງສາມຄຳກ່ຽວກັບສິ່ງທີ່ເກີດຂຶ້ນ.</translation>
    </message>
</context>
<context>
    <name>kontor::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>ເຊື່ອມຕໍ່ກັບເຊີບເວີ</translation>
    </message>
    <message>
        <source>e.g. crm.example.com</source>
        <translation>ເຊັ່ນ crm.example.com</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>ຈື່ລະຫັດຜ່ານໄວ້ໃນພວງກະແຈຂອງລະບົບ</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ໂຮສ(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ພອດ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>ຖານຂໍ້ມູນ(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ຜູ້ໃຊ້(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>ລະຫັດຜ່ານ(&amp;W):</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>ເຊື່ອມຕໍ່</translation>
    </message>
    <message>
        <source>The password is kept in your system keychain, never in Kontor&apos;s settings.</source>
        <translation>ລະຫັດຜ່ານຖືກເກັບໄວ້ໃນພວງກະແຈຂອງລະບົບທ່ານ, ບໍ່ເຄີຍເກັບໄວ້ໃນການຕັ້ງຄ່າຂອງ Kontor.</translation>
    </message>
    <message>
        <source>No password keychain is running on this computer, so Kontor will ask for the password each time you connect. It is never saved in a file.</source>
        <translation>ບໍ່ມີພວງກະແຈລະຫັດຜ່ານເຮັດວຽກຢູ່ໃນຄອມພິວເຕີນີ້, ສະນັ້ນ Kontor ຈະຖາມລະຫັດຜ່ານທຸກຄັ້ງທີ່ທ່ານເຊື່ອມຕໍ່. ມັນບໍ່ເຄີຍຖືກບັນທຶກໄວ້ໃນໄຟລ໌.</translation>
    </message>
    <message>
        <source>Enter the name or address of the server.</source>
        <translation>ໃສ່ຊື່ ຫຼື ທີ່ຢູ່ຂອງເຊີບເວີ.</translation>
    </message>
    <message>
        <source>A server name cannot contain spaces.</source>
        <translation>ຊື່ເຊີບເວີບໍ່ສາມາດມີຍະຫວ່າງໄດ້.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>ໃສ່ຊື່ຂອງຖານຂໍ້ມູນໃນເຊີບເວີ.</translation>
    </message>
    <message>
        <source>Enter the user name you sign in with.</source>
        <translation>ໃສ່ຊື່ຜູ້ໃຊ້ທີ່ທ່ານໃຊ້ເຂົ້າສູ່ລະບົບ.</translation>
    </message>
</context>
<context>
    <name>kontor::ContactBulkActions</name>
    <message>
        <source>Tag…</source>
        <translation>ແທັກ…</translation>
    </message>
    <message>
        <source>Add a tag to the selected contacts</source>
        <translation>ເພີ່ມແທັກໃຫ້ຜູ້ຕິດຕໍ່ທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>Untag…</source>
        <translation>ເອົາແທັກອອກ…</translation>
    </message>
    <message>
        <source>Remove a tag from the selected contacts</source>
        <translation>ເອົາແທັກອອກຈາກຜູ້ຕິດຕໍ່ທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>Owner…</source>
        <translation>ຜູ້ຮັບຜິດຊອບ…</translation>
    </message>
    <message>
        <source>Assign the selected contacts to a manager</source>
        <translation>ມອບໝາຍຜູ້ຕິດຕໍ່ທີ່ເລືອກໃຫ້ຜູ້ຈັດການ</translation>
    </message>
    <message>
        <source>Status…</source>
        <translation>ສະຖານະ…</translation>
    </message>
    <message>
        <source>Change the status of the selected contacts</source>
        <translation>ປ່ຽນສະຖານະຂອງຜູ້ຕິດຕໍ່ທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ສົ່ງອອກ…</translation>
    </message>
    <message>
        <source>Save the selected contacts as CSV, Excel, vCard or JSON</source>
        <translation>ບັນທຶກຜູ້ຕິດຕໍ່ທີ່ເລືອກເປັນ CSV, Excel, vCard ຫຼື JSON</translation>
    </message>
    <message>
        <source>Select one or more contacts first.</source>
        <translation>ເລືອກຜູ້ຕິດຕໍ່ໜຶ່ງຄົນ ຫຼື ຫຼາຍກວ່ານັ້ນກ່ອນ.</translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln contact(s) “%1”</source>
        <translation>
            <numerusform>ໃສ່ແທັກ “%1” ໃຫ້ %Ln ຜູ້ຕິດຕໍ່</numerusform>
            <numerusform>ໃສ່ແທັກ “%1” ໃຫ້ %Ln ຜູ້ຕິດຕໍ່</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag “%1” from %Ln contact(s)</source>
        <translation>
            <numerusform>ເອົາແທັກ “%1” ອອກຈາກ %Ln ຜູ້ຕິດຕໍ່</numerusform>
            <numerusform>ເອົາແທັກ “%1” ອອກຈາກ %Ln ຜູ້ຕິດຕໍ່</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln contact(s)</source>
        <translation>
            <numerusform>ມອບໝາຍ %Ln ຜູ້ຕິດຕໍ່</numerusform>
            <numerusform>ມອບໝາຍ %Ln ຜູ້ຕິດຕໍ່</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %Ln contact(s) to %1</source>
        <translation>
            <numerusform>ຕັ້ງ %Ln ຜູ້ຕິດຕໍ່ເປັນ %1</numerusform>
            <numerusform>ຕັ້ງ %Ln ຜູ້ຕິດຕໍ່ເປັນ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: the selected contacts already had that.</source>
        <translation>ບໍ່ມີຫຍັງຕ້ອງປ່ຽນ: ຜູ້ຕິດຕໍ່ທີ່ເລືອກມີຄ່ານັ້ນຢູ່ແລ້ວ.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) changed. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>ປ່ຽນ %Ln ຜູ້ຕິດຕໍ່ແລ້ວ. ເອົາຄືນດ້ວຍ Ctrl+Z.</numerusform>
            <numerusform>ປ່ຽນ %Ln ຜູ້ຕິດຕໍ່ແລ້ວ. ເອົາຄືນດ້ວຍ Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>ເພີ່ມແທັກ</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>ເອົາແທັກອອກ</translation>
    </message>
    <message numerus="yes">
        <source>Tag to add to %Ln contact(s):</source>
        <translation>
            <numerusform>ແທັກທີ່ຈະເພີ່ມໃຫ້ %Ln ຜູ້ຕິດຕໍ່:</numerusform>
            <numerusform>ແທັກທີ່ຈະເພີ່ມໃຫ້ %Ln ຜູ້ຕິດຕໍ່:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to remove from %Ln contact(s):</source>
        <translation>
            <numerusform>ແທັກທີ່ຈະເອົາອອກຈາກ %Ln ຜູ້ຕິດຕໍ່:</numerusform>
            <numerusform>ແທັກທີ່ຈະເອົາອອກຈາກ %Ln ຜູ້ຕິດຕໍ່:</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign Owner</source>
        <translation>ມອບໝາຍຜູ້ຮັບຜິດຊອບ</translation>
    </message>
    <message numerus="yes">
        <source>Owner of %Ln contact(s):</source>
        <translation>
            <numerusform>ຜູ້ຮັບຜິດຊອບຂອງ %Ln ຜູ້ຕິດຕໍ່:</numerusform>
            <numerusform>ຜູ້ຮັບຜິດຊອບຂອງ %Ln ຜູ້ຕິດຕໍ່:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>ບໍ່ມີໃຜ</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>ປ່ຽນສະຖານະ</translation>
    </message>
    <message numerus="yes">
        <source>Status of %Ln contact(s):</source>
        <translation>
            <numerusform>ສະຖານະຂອງ %Ln ຜູ້ຕິດຕໍ່:</numerusform>
            <numerusform>ສະຖານະຂອງ %Ln ຜູ້ຕິດຕໍ່:</numerusform>
        </translation>
    </message>
    <message>
        <source>Kontor exports .csv, .xlsx, .vcf and .json files, not “%1”.</source>
        <translation>Kontor ສົ່ງອອກໄຟລ໌ .csv, .xlsx, .vcf ແລະ .json, ບໍ່ແມ່ນ “%1”.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>ບໍ່ສາມາດຂຽນ %1 ໄດ້: %2</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>ການສົ່ງອອກລົ້ມເຫຼວ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) exported to %1.</source>
        <translation>
            <numerusform>ສົ່ງອອກ %Ln ຜູ້ຕິດຕໍ່ໄປທີ່ %1 ແລ້ວ.</numerusform>
            <numerusform>ສົ່ງອອກ %Ln ຜູ້ຕິດຕໍ່ໄປທີ່ %1 ແລ້ວ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ContactBulkEditor</name>
    <message>
        <source>Type the name of the tag to add</source>
        <translation>ພິມຊື່ແທັກທີ່ຈະເພີ່ມ</translation>
    </message>
    <message>
        <source>Cannot tag the selected contacts</source>
        <translation>ບໍ່ສາມາດໃສ່ແທັກໃຫ້ຜູ້ຕິດຕໍ່ທີ່ເລືອກໄດ້</translation>
    </message>
    <message>
        <source>Type the name of the tag to remove</source>
        <translation>ພິມຊື່ແທັກທີ່ຈະເອົາອອກ</translation>
    </message>
    <message>
        <source>There is no tag &quot;%1&quot;</source>
        <translation>ບໍ່ມີແທັກ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot untag the selected contacts</source>
        <translation>ບໍ່ສາມາດເອົາແທັກອອກຈາກຜູ້ຕິດຕໍ່ທີ່ເລືອກໄດ້</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (lead, prospect or customer)</source>
        <translation>&quot;%1&quot; ບໍ່ແມ່ນສະຖານະ (lead, prospect ຫຼື customer)</translation>
    </message>
    <message>
        <source>Cannot change the selected contacts</source>
        <translation>ບໍ່ສາມາດປ່ຽນຜູ້ຕິດຕໍ່ທີ່ເລືອກໄດ້</translation>
    </message>
    <message>
        <source>Cannot undo the change</source>
        <translation>ບໍ່ສາມາດເອົາການປ່ຽນແປງຄືນໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the tags</source>
        <translation>ບໍ່ສາມາດອ່ານແທັກໄດ້</translation>
    </message>
</context>
<context>
    <name>kontor::ContactCard</name>
    <message>
        <source>Write email</source>
        <translation>ຂຽນອີເມວ</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>ໂທ</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>ຍ້າຍໄປຖັງຂີ້ເຫຍື້ອ</translation>
    </message>
    <message>
        <source>Start typing a company name</source>
        <translation>ເລີ່ມພິມຊື່ບໍລິສັດ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ເປີດ</translation>
    </message>
    <message>
        <source>Open the company&apos;s card</source>
        <translation>ເປີດບັດຂອງບໍລິສັດ</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>ບ່ອນເຮັດວຽກ</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>ສ່ວນຕົວ</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ບ້ານ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ອື່ນໆ</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+ Add email</source>
        <translation>+ ເພີ່ມອີເມວ</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>ຂຽນ</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>ມືຖື</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>ແຟັກ</translation>
    </message>
    <message>
        <source>+1 555 0100</source>
        <translation>+1 555 0100</translation>
    </message>
    <message>
        <source>+ Add phone</source>
        <translation>+ ເພີ່ມໂທລະສັບ</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>ລະຫັດໄປສະນີ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>ເມືອງ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>ແຂວງ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>ບໍ່ໄດ້ຕັ້ງ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ບໍ່ຮູ້ຈັກ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>ບຸກຄົນ</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>ຊື່(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>ນາມສະກຸນ(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>ຕຳແໜ່ງ(&amp;J):</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>ບໍລິສັດ:</translation>
    </message>
    <message>
        <source>&amp;Role there:</source>
        <translation>ບົດບາດຢູ່ທີ່ນັ້ນ(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>ວັນເກີດ(&amp;B):</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>ວິທີຕິດຕໍ່</translation>
    </message>
    <message>
        <source>Emails:</source>
        <translation>ອີເມວ:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>ໂທລະສັບ:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>ຖະໜົນ(&amp;S):</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>ເມືອງ:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>ແຂວງ:</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>ການຂາຍ</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>ສະຖານະ(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>ອຸນຫະພູມ(&amp;T):</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>ແຫຼ່ງທີ່ມາ(&amp;O):</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>ຜູ້ຮັບຜິດຊອບ(&amp;W):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ບັນທຶກຫຍໍ້</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>ກັບຄືນຄ່າເດີມ</translation>
    </message>
    <message>
        <source>Drop the unsaved edits</source>
        <translation>ຖິ້ມການແກ້ໄຂທີ່ຍັງບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>ເອົາຄືນ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ເຮັດຊ້ຳ</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>ບໍ່ມີບົດບາດ</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>ບໍ່ມີໃຜ</translation>
    </message>
    <message>
        <source>This contact cannot be shown: %1</source>
        <translation>ບໍ່ສາມາດສະແດງຜູ້ຕິດຕໍ່ນີ້ໄດ້: %1</translation>
    </message>
    <message>
        <source>This contact is in the trash. Restore it from the Trash to edit it.</source>
        <translation>ຜູ້ຕິດຕໍ່ນີ້ຢູ່ໃນຖັງຂີ້ເຫຍື້ອ. ກູ້ຄືນຈາກຖັງຂີ້ເຫຍື້ອເພື່ອແກ້ໄຂ.</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>ບົດບາດ %1</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>ຜູ້ໃຊ້ %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ບໍ່ມີຊື່)</translation>
    </message>
    <message>
        <source>%1 — Contact</source>
        <translation>%1 — ຜູ້ຕິດຕໍ່</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 ທີ່ %2</translation>
    </message>
    <message>
        <source>Last contacted %1</source>
        <translation>ຕິດຕໍ່ຄັ້ງລ່າສຸດ %1</translation>
    </message>
    <message>
        <source>Not contacted yet</source>
        <translation>ຍັງບໍ່ໄດ້ຕິດຕໍ່</translation>
    </message>
    <message>
        <source>There is no company called “%1”. Pick one from the list, or add it under Companies first.</source>
        <translation>ບໍ່ມີບໍລິສັດຊື່ “%1”. ເລືອກຈາກລາຍການ ຫຼື ເພີ່ມມັນໃນບໍລິສັດກ່ອນ.</translation>
    </message>
    <message>
        <source>Nothing was saved: please fix the fields marked in red.</source>
        <translation>ບໍ່ມີຫຍັງຖືກບັນທຶກ: ກະລຸນາແກ້ໄຂຊ່ອງຂໍ້ມູນທີ່ໝາຍເປັນສີແດງ.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>ບໍ່ມີຫຍັງຖືກບັນທຶກ: %1</translation>
    </message>
    <message>
        <source>“%1” moved to the trash. Undo with Ctrl+Z.</source>
        <translation>ຍ້າຍ “%1” ໄປຖັງຂີ້ເຫຍື້ອແລ້ວ. ເອົາຄືນດ້ວຍ Ctrl+Z.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>ການປ່ຽນແປງທີ່ຍັງບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>ບັນທຶກການປ່ຽນແປງຂອງ %1 ກ່ອນປິດບໍ?</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>ໜ້າວຽກໃໝ່</translation>
    </message>
    <message>
        <source>Plan a call, meeting or to-do with this person (Ctrl+T)</source>
        <translation>ວາງແຜນການໂທ, ການປະຊຸມ ຫຼື ສິ່ງທີ່ຕ້ອງເຮັດກັບບຸກຄົນນີ້ (Ctrl+T)</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>ຊ່ອງຂໍ້ມູນກຳນົດເອງ</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>ແກ້ໄຂ %1</translation>
    </message>
    <message>
        <source>Custom fields were not saved: %1</source>
        <translation>ຊ່ອງຂໍ້ມູນກຳນົດເອງບໍ່ໄດ້ຖືກບັນທຶກ: %1</translation>
    </message>
    <message>
        <source>@handle or profile address</source>
        <translation>@handle ຫຼື ທີ່ຢູ່ໂປຣໄຟລ໌</translation>
    </message>
    <message>
        <source>+ Add messenger or profile</source>
        <translation>+ ເພີ່ມແອັບສົ່ງຂໍ້ຄວາມ ຫຼື ໂປຣໄຟລ໌</translation>
    </message>
    <message>
        <source>Messengers, profiles:</source>
        <translation>ແອັບສົ່ງຂໍ້ຄວາມ, ໂປຣໄຟລ໌:</translation>
    </message>
    <message>
        <source>Change Photo…</source>
        <translation>ປ່ຽນຮູບ…</translation>
    </message>
    <message>
        <source>A JPEG, PNG or GIF image of up to 4 MB</source>
        <translation>ຮູບ JPEG, PNG ຫຼື GIF ຂະໜາດບໍ່ເກີນ 4 MB</translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation>ລຶບຮູບ</translation>
    </message>
    <message>
        <source>Choose a Photo</source>
        <translation>ເລືອກຮູບ</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif)</source>
        <translation>ຮູບພາບ (*.jpg *.jpeg *.png *.gif)</translation>
    </message>
    <message>
        <source>Add Photo…</source>
        <translation>ເພີ່ມຮູບ…</translation>
    </message>
    <message>
        <source>The photo was not changed: “%1” cannot be read (%2).</source>
        <translation>ຮູບບໍ່ໄດ້ຖືກປ່ຽນ: ບໍ່ສາມາດອ່ານ “%1” ໄດ້ (%2).</translation>
    </message>
    <message>
        <source>The photo was not changed: “%1” — %2</source>
        <translation>ຮູບບໍ່ໄດ້ຖືກປ່ຽນ: “%1” — %2</translation>
    </message>
    <message>
        <source>The photo was not changed: %1</source>
        <translation>ຮູບບໍ່ໄດ້ຖືກປ່ຽນ: %1</translation>
    </message>
    <message>
        <source>The photo was not removed: %1</source>
        <translation>ຮູບບໍ່ໄດ້ຖືກລຶບ: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ContactFilter</name>
    <message>
        <source>A filter is written key=value, not &quot;%1&quot;</source>
        <translation>ຕົວກັ່ນຕອງຕ້ອງຂຽນເປັນ key=value, ບໍ່ແມ່ນ &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>kontor::ContactFilterBar</name>
    <message>
        <source>any</source>
        <translation>ໃດກໍໄດ້</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ມື້</translation>
    </message>
    <message>
        <source>any tag</source>
        <translation>ແທັກໃດກໍໄດ້</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>ສະຖານະໃດກໍໄດ້</translation>
    </message>
    <message>
        <source>Any temperature</source>
        <translation>ອຸນຫະພູມໃດກໍໄດ້</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>ແຫຼ່ງທີ່ມາໃດກໍໄດ້</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>ຊື່ບໍລິສັດ</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Only people not contacted for longer than this (or never)</source>
        <translation>ສະເພາະຄົນທີ່ບໍ່ໄດ້ຕິດຕໍ່ດົນກວ່ານີ້ (ຫຼື ບໍ່ເຄີຍ)</translation>
    </message>
    <message>
        <source>Only people contacted within this many days</source>
        <translation>ສະເພາະຄົນທີ່ໄດ້ຕິດຕໍ່ພາຍໃນຈຳນວນມື້ນີ້</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>ໃດກໍໄດ້</translation>
    </message>
    <message>
        <source>Has an open deal</source>
        <translation>ມີດີລທີ່ເປີດຢູ່</translation>
    </message>
    <message>
        <source>No open deal</source>
        <translation>ບໍ່ມີດີລທີ່ເປີດຢູ່</translation>
    </message>
    <message>
        <source>product SKU or name</source>
        <translation>SKU ຫຼື ຊື່ຜະລິດຕະພັນ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>ນຳໃຊ້</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ລ້າງ</translation>
    </message>
    <message>
        <source>Save as Segment…</source>
        <translation>ບັນທຶກເປັນກຸ່ມເປົ້າໝາຍ…</translation>
    </message>
    <message>
        <source>Keep this filter as a named segment, for you or the whole team</source>
        <translation>ເກັບຕົວກັ່ນຕອງນີ້ໄວ້ເປັນກຸ່ມເປົ້າໝາຍທີ່ມີຊື່, ສຳລັບທ່ານ ຫຼື ທັງທີມ</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>ຜູ້ຮັບຜິດຊອບ(&amp;W):</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>ແທັກ(&amp;G):</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>ສະຖານະ(&amp;U):</translation>
    </message>
    <message>
        <source>Tem&amp;perature:</source>
        <translation>ອຸນຫະພູມ(&amp;P):</translation>
    </message>
    <message>
        <source>Sour&amp;ce:</source>
        <translation>ແຫຼ່ງທີ່ມາ(&amp;C):</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>ບໍລິສັດ(&amp;Y):</translation>
    </message>
    <message>
        <source>Created from:</source>
        <translation>ສ້າງແຕ່:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>ເຖິງ:</translation>
    </message>
    <message>
        <source>Not contacted for:</source>
        <translation>ບໍ່ໄດ້ຕິດຕໍ່ເປັນເວລາ:</translation>
    </message>
    <message>
        <source>Contacted within:</source>
        <translation>ຕິດຕໍ່ພາຍໃນ:</translation>
    </message>
    <message>
        <source>Open deal:</source>
        <translation>ດີລທີ່ເປີດຢູ່:</translation>
    </message>
    <message>
        <source>Bought:</source>
        <translation>ໄດ້ຊື້:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>ໃຜກໍໄດ້</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>ຜູ້ໃຊ້ %1</translation>
    </message>
    <message>
        <source>Company %1</source>
        <translation>ບໍລິສັດ %1</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>“%1” ບໍ່ແມ່ນວັນທີ; ໃຫ້ຂຽນເປັນ YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>ສ້າງແຕ່</translation>
    </message>
    <message>
        <source>Created to</source>
        <translation>ສ້າງເຖິງ</translation>
    </message>
    <message>
        <source>The “from” date is after the “to” date.</source>
        <translation>ວັນທີ “ແຕ່” ຢູ່ຫຼັງວັນທີ “ເຖິງ”.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ສ້າງເມື່ອ</translation>
    </message>
    <message>
        <source>No company is named “%1”.</source>
        <translation>ບໍ່ມີບໍລິສັດຊື່ “%1”.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>ບໍລິສັດ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Custom fields:</source>
        <translation>ຊ່ອງຂໍ້ມູນກຳນົດເອງ:</translation>
    </message>
</context>
<context>
    <name>kontor::ContactMerger</name>
    <message>
        <source>contact %1 into contact %2</source>
        <translation>ຜູ້ຕິດຕໍ່ %1 ເຂົ້າໃນຜູ້ຕິດຕໍ່ %2</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself</source>
        <translation>ບໍ່ສາມາດລວມຜູ້ຕິດຕໍ່ເຂົ້າກັບຕົວມັນເອງໄດ້</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be chosen from contact %2 in this merge</source>
        <translation>ບໍ່ສາມາດເລືອກ &quot;%1&quot; ຈາກຜູ້ຕິດຕໍ່ %2 ໃນການລວມນີ້ໄດ້</translation>
    </message>
    <message>
        <source>Cannot merge the contacts</source>
        <translation>ບໍ່ສາມາດລວມຜູ້ຕິດຕໍ່ໄດ້</translation>
    </message>
    <message>
        <source>Contact %1 does not exist or is in the trash</source>
        <translation>ຜູ້ຕິດຕໍ່ %1 ບໍ່ມີຢູ່ ຫຼື ຢູ່ໃນຖັງຂີ້ເຫຍື້ອ</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>ຜູ້ຕິດຕໍ່ %1</translation>
    </message>
    <message>
        <source>contact %1 from contact %2</source>
        <translation>ຜູ້ຕິດຕໍ່ %1 ຈາກຜູ້ຕິດຕໍ່ %2</translation>
    </message>
    <message>
        <source>Cannot undo the merge</source>
        <translation>ບໍ່ສາມາດເອົາການລວມຄືນໄດ້</translation>
    </message>
    <message>
        <source>There is no merge of these contacts to undo</source>
        <translation>ບໍ່ມີການລວມຜູ້ຕິດຕໍ່ເຫຼົ່ານີ້ທີ່ຈະເອົາຄືນ</translation>
    </message>
</context>
<context>
    <name>kontor::ContactPhotoRepository</name>
    <message>
        <source>Cannot read the contact&apos;s photo</source>
        <translation>ບໍ່ສາມາດອ່ານຮູບຂອງຜູ້ຕິດຕໍ່ໄດ້</translation>
    </message>
    <message>
        <source>The photo is not a JPEG, PNG or GIF image.</source>
        <translation>ຮູບບໍ່ແມ່ນຮູບພາບ JPEG, PNG ຫຼື GIF.</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>ຜູ້ຕິດຕໍ່ %1</translation>
    </message>
    <message>
        <source>The photo is larger than %1 MB.</source>
        <translation>ຮູບໃຫຍ່ກວ່າ %1 MB.</translation>
    </message>
    <message>
        <source>Cannot save the contact&apos;s photo</source>
        <translation>ບໍ່ສາມາດບັນທຶກຮູບຂອງຜູ້ຕິດຕໍ່ໄດ້</translation>
    </message>
    <message>
        <source>Cannot remove the contact&apos;s photo</source>
        <translation>ບໍ່ສາມາດລຶບຮູບຂອງຜູ້ຕິດຕໍ່ໄດ້</translation>
    </message>
</context>
<context>
    <name>kontor::ContactRepository</name>
    <message>
        <source>A contact needs a name or an email address</source>
        <translation>ຜູ້ຕິດຕໍ່ຕ້ອງມີຊື່ ຫຼື ທີ່ຢູ່ອີເມວ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>&quot;%1&quot; ບໍ່ແມ່ນທີ່ຢູ່ອີເມວ</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;</source>
        <translation>ສະຖານະທີ່ບໍ່ຮູ້ຈັກ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unknown temperature &quot;%1&quot;</source>
        <translation>ອຸນຫະພູມທີ່ບໍ່ຮູ້ຈັກ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot save the new contact</source>
        <translation>ບໍ່ສາມາດບັນທຶກຜູ້ຕິດຕໍ່ໃໝ່ໄດ້</translation>
    </message>
    <message>
        <source>Cannot save the emails and phones of %1</source>
        <translation>ບໍ່ສາມາດບັນທຶກອີເມວ ແລະ ເບີໂທຂອງ %1 ໄດ້</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>ບໍ່ສາມາດອ່ານ %1 ໄດ້</translation>
    </message>
    <message>
        <source>This contact does not exist</source>
        <translation>ຜູ້ຕິດຕໍ່ນີ້ບໍ່ມີຢູ່</translation>
    </message>
    <message>
        <source>This contact is in the trash</source>
        <translation>ຜູ້ຕິດຕໍ່ນີ້ຢູ່ໃນຖັງຂີ້ເຫຍື້ອ</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>ບໍ່ສາມາດບັນທຶກ %1 ໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the contact list</source>
        <translation>ບໍ່ສາມາດອ່ານລາຍຊື່ຜູ້ຕິດຕໍ່ໄດ້</translation>
    </message>
    <message>
        <source>Cannot count contacts</source>
        <translation>ບໍ່ສາມາດນັບຈຳນວນຜູ້ຕິດຕໍ່ໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the contacts</source>
        <translation>ບໍ່ສາມາດອ່ານລາຍຊື່ຕິດຕໍ່ໄດ້</translation>
    </message>
</context>
<context>
    <name>kontor::CsvWriter</name>
    <message>
        <source>Cannot write the CSV file.</source>
        <translation>ບໍ່ສາມາດຂຽນໄຟລ໌ CSV ໄດ້.</translation>
    </message>
</context>
<context>
    <name>kontor::CustomCondition</name>
    <message>
        <source>includes</source>
        <translation>ປະກອບມີ</translation>
    </message>
    <message>
        <source>is on</source>
        <translation>ແມ່ນວັນທີ</translation>
    </message>
    <message>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ແມ່ນ</translation>
    </message>
    <message>
        <source>does not include</source>
        <translation>ບໍ່ປະກອບມີ</translation>
    </message>
    <message>
        <source>is not on</source>
        <translation>ບໍ່ແມ່ນວັນທີ</translation>
    </message>
    <message>
        <source>≠</source>
        <translation>≠</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ບໍ່ແມ່ນ</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>ມີຄຳວ່າ</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>ກ່ອນ</translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <source>is on or before</source>
        <translation>ໃນ ຫຼື ກ່ອນ</translation>
    </message>
    <message>
        <source>≤</source>
        <translation>≤</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>ຫຼັງ</translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <source>is on or after</source>
        <translation>ໃນ ຫຼື ຫຼັງ</translation>
    </message>
    <message>
        <source>≥</source>
        <translation>≥</translation>
    </message>
    <message>
        <source>has a value</source>
        <translation>ມີຄ່າ</translation>
    </message>
    <message>
        <source>has no value</source>
        <translation>ບໍ່ມີຄ່າ</translation>
    </message>
    <message>
        <source>A custom-field condition is written custom:Field=value (or !=, &lt;, &lt;=, &gt;, &gt;=, ~ for contains), not &quot;%1&quot;</source>
        <translation>ເງື່ອນໄຂຊ່ອງຂໍ້ມູນກຳນົດເອງຕ້ອງຂຽນເປັນ custom:Field=value (ຫຼື !=, &lt;, &lt;=, &gt;, &gt;=, ~ ສຳລັບມີຄຳວ່າ), ບໍ່ແມ່ນ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a comparison: use =, !=, &lt;, &lt;=, &gt;, &gt;= or ~</source>
        <translation>&quot;%1&quot; ບໍ່ແມ່ນການປຽບທຽບ: ໃຊ້ =, !=, &lt;, &lt;=, &gt;, &gt;= ຫຼື ~</translation>
    </message>
    <message>
        <source>The condition on &quot;%1&quot; needs a value (or * for any value)</source>
        <translation>ເງື່ອນໄຂຂອງ &quot;%1&quot; ຕ້ອງມີຄ່າ (ຫຼື * ສຳລັບຄ່າໃດກໍໄດ້)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can only be compared with a number or a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; ປຽບທຽບໄດ້ກັບຕົວເລກ ຫຼື ວັນທີ (YYYY-MM-DD) ເທົ່ານັ້ນ</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; (%2) cannot be filtered with &quot;%3&quot;</source>
        <translation>ຊ່ອງຂໍ້ມູນ &quot;%1&quot; (%2) ບໍ່ສາມາດກັ່ນຕອງດ້ວຍ &quot;%3&quot; ໄດ້</translation>
    </message>
    <message>
        <source>The condition on &quot;%1&quot; needs a value</source>
        <translation>ເງື່ອນໄຂຂອງ &quot;%1&quot; ຕ້ອງມີຄ່າ</translation>
    </message>
</context>
<context>
    <name>kontor::CustomConditionRow</name>
    <message>
        <source>Remove this condition</source>
        <translation>ລຶບເງື່ອນໄຂນີ້</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (ຖືກລຶບແລ້ວ)</translation>
    </message>
    <message>
        <source>Choose or type the value to compare with.</source>
        <translation>ເລືອກ ຫຼື ພິມຄ່າທີ່ຈະປຽບທຽບ.</translation>
    </message>
</context>
<context>
    <name>kontor::CustomConditionsEditor</name>
    <message>
        <source>+ Add Condition</source>
        <translation>+ ເພີ່ມເງື່ອນໄຂ</translation>
    </message>
    <message>
        <source>Narrow the list by a custom field: all conditions must hold</source>
        <translation>ຈຳກັດລາຍການດ້ວຍຊ່ອງຂໍ້ມູນກຳນົດເອງ: ທຸກເງື່ອນໄຂຕ້ອງເປັນຈິງ</translation>
    </message>
    <message>
        <source>There are no custom fields for contacts yet (Settings → Custom Fields…)</source>
        <translation>ຍັງບໍ່ມີຊ່ອງຂໍ້ມູນກຳນົດເອງສຳລັບຜູ້ຕິດຕໍ່ (ການຕັ້ງຄ່າ → ຊ່ອງຂໍ້ມູນກຳນົດເອງ…)</translation>
    </message>
</context>
<context>
    <name>kontor::CustomField</name>
    <message>
        <source>Text</source>
        <translation>ຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>ຕົວເລກ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>ແມ່ນ / ບໍ່</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>ເລືອກໄດ້ອັນດຽວ</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>ເລືອກໄດ້ຫຼາຍອັນ</translation>
    </message>
    <message>
        <source>Unknown field type &quot;%1&quot; (use text, number, date, bool, choice or multichoice)</source>
        <translation>ປະເພດຊ່ອງຂໍ້ມູນທີ່ບໍ່ຮູ້ຈັກ &quot;%1&quot; (ໃຊ້ text, number, date, bool, choice ຫຼື multichoice)</translation>
    </message>
    <message>
        <source>Custom fields belong to contacts, companies or deals, not &quot;%1&quot;</source>
        <translation>ຊ່ອງຂໍ້ມູນກຳນົດເອງເປັນຂອງຜູ້ຕິດຕໍ່, ບໍລິສັດ ຫຼື ດີລ, ບໍ່ແມ່ນ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A custom field needs a name</source>
        <translation>ຊ່ອງຂໍ້ມູນກຳນົດເອງຕ້ອງມີຊື່</translation>
    </message>
    <message>
        <source>A choice field needs at least one option</source>
        <translation>ຊ່ອງຂໍ້ມູນແບບເລືອກຕ້ອງມີຢ່າງໜ້ອຍໜຶ່ງຕົວເລືອກ</translation>
    </message>
    <message>
        <source>An option cannot be empty</source>
        <translation>ຕົວເລືອກບໍ່ສາມາດຫວ່າງເປົ່າໄດ້</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; is listed twice</source>
        <translation>ຕົວເລືອກ &quot;%1&quot; ຖືກລະບຸສອງເທື່ອ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices of %2 (%3)</source>
        <translation>&quot;%1&quot; ບໍ່ແມ່ນໜຶ່ງໃນຕົວເລືອກຂອງ %2 (%3)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ແມ່ນ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ບໍ່</translation>
    </message>
</context>
<context>
    <name>kontor::CustomFieldRepository</name>
    <message>
        <source>Cannot read the custom fields</source>
        <translation>ບໍ່ສາມາດອ່ານຊ່ອງຂໍ້ມູນກຳນົດເອງໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the custom field</source>
        <translation>ບໍ່ສາມາດອ່ານຊ່ອງຂໍ້ມູນກຳນົດເອງໄດ້</translation>
    </message>
    <message>
        <source>This custom field does not exist</source>
        <translation>ຊ່ອງຂໍ້ມູນກຳນົດເອງນີ້ບໍ່ມີຢູ່</translation>
    </message>
    <message>
        <source>custom field %1</source>
        <translation>ຊ່ອງຂໍ້ມູນກຳນົດເອງ %1</translation>
    </message>
    <message>
        <source>There is no custom field &quot;%1&quot;</source>
        <translation>ບໍ່ມີຊ່ອງຂໍ້ມູນກຳນົດເອງ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot add the %1</source>
        <translation>ບໍ່ສາມາດເພີ່ມ %1 ໄດ້</translation>
    </message>
    <message>
        <source>There is already a field named &quot;%1&quot;</source>
        <translation>ມີຊ່ອງຂໍ້ມູນຊື່ &quot;%1&quot; ຢູ່ແລ້ວ</translation>
    </message>
    <message>
        <source>Cannot save the %1</source>
        <translation>ບໍ່ສາມາດບັນທຶກ %1 ໄດ້</translation>
    </message>
    <message>
        <source>The type of &quot;%1&quot; cannot change while records have a value in it</source>
        <translation>ບໍ່ສາມາດປ່ຽນປະເພດຂອງ &quot;%1&quot; ໄດ້ ໃນຂະນະທີ່ມີບັນທຶກທີ່ມີຄ່າໃນມັນ</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; is still used by some records</source>
        <translation>ຕົວເລືອກ &quot;%1&quot; ຍັງຖືກໃຊ້ຢູ່ໃນບາງບັນທຶກ</translation>
    </message>
    <message>
        <source>Cannot delete the custom field</source>
        <translation>ບໍ່ສາມາດລຶບຊ່ອງຂໍ້ມູນກຳນົດເອງໄດ້</translation>
    </message>
    <message>
        <source>Cannot restore the custom field</source>
        <translation>ບໍ່ສາມາດກູ້ຄືນຊ່ອງຂໍ້ມູນກຳນົດເອງໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the custom field values</source>
        <translation>ບໍ່ສາມາດອ່ານຄ່າຂອງຊ່ອງຂໍ້ມູນກຳນົດເອງໄດ້</translation>
    </message>
    <message>
        <source>Cannot save the custom fields</source>
        <translation>ບໍ່ສາມາດບັນທຶກຊ່ອງຂໍ້ມູນກຳນົດເອງໄດ້</translation>
    </message>
    <message>
        <source>This record does not exist</source>
        <translation>ບັນທຶກນີ້ບໍ່ມີຢູ່</translation>
    </message>
</context>
<context>
    <name>kontor::CustomFieldsDialog</name>
    <message>
        <source>Custom Fields</source>
        <translation>ຊ່ອງຂໍ້ມູນກຳນົດເອງ</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>ຜູ້ຕິດຕໍ່</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>ບໍລິສັດ</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>ດີລ</translation>
    </message>
    <message>
        <source>New Field</source>
        <translation>ຊ່ອງຂໍ້ມູນໃໝ່</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>ຍ້າຍຂຶ້ນ</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>ຍ້າຍລົງ</translation>
    </message>
    <message>
        <source>e.g. Region, Budget, Contract end</source>
        <translation>ເຊັ່ນ ພາກພື້ນ, ງົບປະມານ, ວັນສິ້ນສຸດສັນຍາ</translation>
    </message>
    <message>
        <source>Choices (one per line):</source>
        <translation>ຕົວເລືອກ (ແຖວລະອັນ):</translation>
    </message>
    <message>
        <source>Save Field</source>
        <translation>ບັນທຶກຊ່ອງຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Delete Field</source>
        <translation>ລຶບຊ່ອງຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Hide this field and its values everywhere</source>
        <translation>ເຊື່ອງຊ່ອງຂໍ້ມູນນີ້ ແລະ ຄ່າຂອງມັນໃນທຸກບ່ອນ</translation>
    </message>
    <message>
        <source>Undo Delete</source>
        <translation>ເອົາການລຶບຄືນ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ຊື່(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>ປະເພດ(&amp;T):</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>ເພີ່ມຊ່ອງຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation>ບັນທຶກ “%1” ແລ້ວ.</translation>
    </message>
    <message>
        <source>“%1” added.</source>
        <translation>ເພີ່ມ “%1” ແລ້ວ.</translation>
    </message>
    <message>
        <source>“%1” deleted with its values.</source>
        <translation>ລຶບ “%1” ພ້ອມຄ່າຂອງມັນແລ້ວ.</translation>
    </message>
    <message>
        <source>The field is back with its values.</source>
        <translation>ຊ່ອງຂໍ້ມູນກັບມາແລ້ວພ້ອມຄ່າຂອງມັນ.</translation>
    </message>
</context>
<context>
    <name>kontor::CustomFieldsForm</name>
    <message>
        <source>Custom fields cannot be shown: %1</source>
        <translation>ບໍ່ສາມາດສະແດງຊ່ອງຂໍ້ມູນກຳນົດເອງໄດ້: %1</translation>
    </message>
    <message>
        <source>Some custom fields have values that do not fit them.</source>
        <translation>ບາງຊ່ອງຂໍ້ມູນກຳນົດເອງມີຄ່າທີ່ບໍ່ເໝາະສົມ.</translation>
    </message>
    <message>
        <source>Custom fields were not saved: %1</source>
        <translation>ຊ່ອງຂໍ້ມູນກຳນົດເອງບໍ່ໄດ້ຖືກບັນທຶກ: %1</translation>
    </message>
</context>
<context>
    <name>kontor::CustomListColumns</name>
    <message>
        <source>Custom fields</source>
        <translation>ຊ່ອງຂໍ້ມູນກຳນົດເອງ</translation>
    </message>
</context>
<context>
    <name>kontor::CustomValueEditor</name>
    <message>
        <source>A number, e.g. 1250 or 12.5</source>
        <translation>ຕົວເລກ, ເຊັ່ນ 1250 ຫຼື 12.5</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>ບໍ່ໄດ້ຕັ້ງ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ແມ່ນ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ບໍ່</translation>
    </message>
</context>
<context>
    <name>kontor::CustomValuesCommand</name>
    <message>
        <source>Edit custom fields</source>
        <translation>ແກ້ໄຂຊ່ອງຂໍ້ມູນກຳນົດເອງ</translation>
    </message>
</context>
<context>
    <name>kontor::DashboardModule</name>
    <message>
        <source>Refresh</source>
        <translation>ໂຫຼດຄືນ</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>ທໍ່ການຂາຍທີ່ເປີດຢູ່</translation>
    </message>
    <message>
        <source>Won this month</source>
        <translation>ຊະນະເດືອນນີ້</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>ໜ້າວຽກເກີນກຳນົດ</translation>
    </message>
    <message>
        <source>New leads this week</source>
        <translation>ລູກຄ້າເປົ້າໝາຍໃໝ່ອາທິດນີ້</translation>
    </message>
    <message>
        <source>Stale deals</source>
        <translation>ດີລທີ່ຄ້າງນານ</translation>
    </message>
    <message>
        <source>Click to list the records behind this figure.</source>
        <translation>ຄລິກເພື່ອສະແດງລາຍການບັນທຶກທີ່ຢູ່ເບື້ອງຫຼັງຕົວເລກນີ້.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Won per month&lt;/b&gt; (last 6 months, click a bar for the deals)</source>
        <translation>&lt;b&gt;ຊະນະຕໍ່ເດືອນ&lt;/b&gt; (6 ເດືອນລ່າສຸດ, ຄລິກແທ່ງເພື່ອເບິ່ງດີລ)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Funnel&lt;/b&gt; of the deals created in the last 3 months</source>
        <translation>&lt;b&gt;ກວຍການຂາຍ&lt;/b&gt; ຂອງດີລທີ່ສ້າງໃນ 3 ເດືອນລ່າສຸດ</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>ກຳລັງນັບ…</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n ດີລທີ່ເປີດຢູ່</numerusform>
            <numerusform>%n ດີລທີ່ເປີດຢູ່</numerusform>
        </translation>
    </message>
    <message>
        <source>of %1 plan (%2)</source>
        <translation>ຈາກແຜນ %1 (%2)</translation>
    </message>
    <message>
        <source>no plan for this month</source>
        <translation>ບໍ່ມີແຜນສຳລັບເດືອນນີ້</translation>
    </message>
    <message>
        <source>idle past their stage&apos;s limit</source>
        <translation>ບໍ່ເຄື່ອນໄຫວເກີນກຳນົດຂອງຂັ້ນຕອນ</translation>
    </message>
    <message>
        <source>Amounts in %1. Updated %2.</source>
        <translation>ຈຳນວນເງິນເປັນ %1. ອັບເດດ %2.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ແຜງໜ້າປັດ</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>ຜູ້ຮັບຜິດຊອບທັງໝົດ</translation>
    </message>
    <message>
        <source>Figures of</source>
        <translation>ຕົວເລກຂອງ</translation>
    </message>
</context>
<context>
    <name>kontor::Database</name>
    <message>
        <source>Cannot create the folder for the database</source>
        <translation>ບໍ່ສາມາດສ້າງໂຟນເດີສຳລັບຖານຂໍ້ມູນໄດ້</translation>
    </message>
    <message>
        <source>The database driver is not installed</source>
        <translation>ບໍ່ໄດ້ຕິດຕັ້ງໄດຣເວີຖານຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Cannot open the database file</source>
        <translation>ບໍ່ສາມາດເປີດໄຟລ໌ຖານຂໍ້ມູນໄດ້</translation>
    </message>
    <message>
        <source>Cannot connect to the database server</source>
        <translation>ບໍ່ສາມາດເຊື່ອມຕໍ່ກັບເຊີບເວີຖານຂໍ້ມູນໄດ້</translation>
    </message>
    <message>
        <source>The database refused Kontor&apos;s settings</source>
        <translation>ຖານຂໍ້ມູນປະຕິເສດການຕັ້ງຄ່າຂອງ Kontor</translation>
    </message>
</context>
<context>
    <name>kontor::DealCard</name>
    <message>
        <source>Person</source>
        <translation>ບຸກຄົນ</translation>
    </message>
    <message>
        <source>Role in the deal</source>
        <translation>ບົດບາດໃນດີລ</translation>
    </message>
    <message>
        <source>Add a person: start typing a name</source>
        <translation>ເພີ່ມບຸກຄົນ: ເລີ່ມພິມຊື່</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ເອົາອອກ</translation>
    </message>
    <message>
        <source>The first person is the deal&apos;s main contact.</source>
        <translation>ບຸກຄົນທຳອິດແມ່ນຜູ້ຕິດຕໍ່ຫຼັກຂອງດີລ.</translation>
    </message>
    <message>
        <source>Add Product</source>
        <translation>ເພີ່ມຜະລິດຕະພັນ</translation>
    </message>
    <message>
        <source>Add Line…</source>
        <translation>ເພີ່ມລາຍການ…</translation>
    </message>
    <message>
        <source>A line that is not in the catalogue: a service, a fee</source>
        <translation>ລາຍການທີ່ບໍ່ຢູ່ໃນແຄັດຕາລັອກ: ບໍລິການ, ຄ່າທຳນຽມ</translation>
    </message>
    <message>
        <source>Add Line</source>
        <translation>ເພີ່ມລາຍການ</translation>
    </message>
    <message>
        <source>What is it:</source>
        <translation>ມັນແມ່ນຫຍັງ:</translation>
    </message>
    <message>
        <source>Lower it to the minimum to use the stage&apos;s probability</source>
        <translation>ຫຼຸດລົງໃຫ້ຕ່ຳສຸດເພື່ອໃຊ້ຄວາມເປັນໄປໄດ້ຂອງຂັ້ນຕອນ</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>ບໍ່ໄດ້ຕັ້ງ</translation>
    </message>
    <message>
        <source>Start typing a company name</source>
        <translation>ເລີ່ມພິມຊື່ບໍລິສັດ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ບໍ່ຮູ້ຈັກ</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>ດີລ</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ຫົວຂໍ້(&amp;T):</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>ຈຳນວນເງິນ:</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>ຄວາມເປັນໄປໄດ້(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation>ຄາດວ່າຈະປິດ(&amp;E):</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>ຜູ້ຮັບຜິດຊອບ(&amp;W):</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>ແຫຼ່ງທີ່ມາ(&amp;O):</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ລູກຄ້າ</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>ບໍລິສັດ(&amp;C):</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>ບຸກຄົນ:</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>ຊ່ອງຂໍ້ມູນກຳນົດເອງ</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>ຜະລິດຕະພັນ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ບັນທຶກຫຍໍ້</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>ກັບຄືນຄ່າເດີມ</translation>
    </message>
    <message>
        <source>Drop the unsaved edits</source>
        <translation>ຖິ້ມການແກ້ໄຂທີ່ຍັງບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>ໜ້າວຽກໃໝ່</translation>
    </message>
    <message>
        <source>Plan the next call, meeting or to-do for this deal (Ctrl+T)</source>
        <translation>ວາງແຜນການໂທ, ການປະຊຸມ ຫຼື ສິ່ງທີ່ຕ້ອງເຮັດຕໍ່ໄປສຳລັບດີລນີ້ (Ctrl+T)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ປະຫວັດ</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>ຂັ້ນຕອນ</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>ເອົາຄືນ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ເຮັດຊ້ຳ</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>ບໍ່ມີໃຜ</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The catalogue is empty</source>
        <translation>ແຄັດຕາລັອກຫວ່າງເປົ່າ</translation>
    </message>
    <message>
        <source>This deal cannot be shown: %1</source>
        <translation>ບໍ່ສາມາດສະແດງດີລນີ້ໄດ້: %1</translation>
    </message>
    <message>
        <source>This deal is in the trash. Restore it from the Trash to edit it.</source>
        <translation>ດີລນີ້ຢູ່ໃນຖັງຂີ້ເຫຍື້ອ. ກູ້ຄືນຈາກຖັງຂີ້ເຫຍື້ອເພື່ອແກ້ໄຂ.</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>ຜູ້ໃຊ້ %1</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ບໍ່ມີຫົວຂໍ້)</translation>
    </message>
    <message>
        <source>%1 — Deal</source>
        <translation>%1 — ດີລ</translation>
    </message>
    <message>
        <source>%1 · %2 % likely · created %3</source>
        <translation>%1 · ໂອກາດ %2 % · ສ້າງເມື່ອ %3</translation>
    </message>
    <message>
        <source>Stage default (%1 %)</source>
        <translation>ຄ່າເລີ່ມຕົ້ນຂອງຂັ້ນຕອນ (%1 %)</translation>
    </message>
    <message>
        <source>The total of the products below.</source>
        <translation>ຍອດລວມຂອງຜະລິດຕະພັນດ້ານລຸ່ມ.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>ລວມ: %1</translation>
    </message>
    <message>
        <source>No products: the amount is typed in above.</source>
        <translation>ບໍ່ມີຜະລິດຕະພັນ: ຈຳນວນເງິນຖືກພິມໄວ້ດ້ານເທິງ.</translation>
    </message>
    <message>
        <source>Nothing was saved: “%1” is not an amount such as 12500.00.</source>
        <translation>ບໍ່ມີຫຍັງຖືກບັນທຶກ: “%1” ບໍ່ແມ່ນຈຳນວນເງິນເຊັ່ນ 12500.00.</translation>
    </message>
    <message>
        <source>Nothing was saved: there is no company called “%1”. Pick one from the list, or add it under Companies first.</source>
        <translation>ບໍ່ມີຫຍັງຖືກບັນທຶກ: ບໍ່ມີບໍລິສັດຊື່ “%1”. ເລືອກຈາກລາຍການ ຫຼື ເພີ່ມມັນໃນບໍລິສັດກ່ອນ.</translation>
    </message>
    <message>
        <source>Nothing was saved: please fix the fields marked in red.</source>
        <translation>ບໍ່ມີຫຍັງຖືກບັນທຶກ: ກະລຸນາແກ້ໄຂຊ່ອງຂໍ້ມູນທີ່ໝາຍເປັນສີແດງ.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>ບໍ່ມີຫຍັງຖືກບັນທຶກ: %1</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>ແກ້ໄຂ “%1”</translation>
    </message>
    <message>
        <source>Custom fields were not saved: %1</source>
        <translation>ຊ່ອງຂໍ້ມູນກຳນົດເອງບໍ່ໄດ້ຖືກບັນທຶກ: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>ການປ່ຽນແປງທີ່ຍັງບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>ບັນທຶກການປ່ຽນແປງຂອງ %1 ກ່ອນປິດບໍ?</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ຂັ້ນຕອນ</translation>
    </message>
    <message>
        <source>Moves the deal at once; Ctrl+Z moves it back</source>
        <translation>ຍ້າຍດີລທັນທີ; Ctrl+Z ຍ້າຍມັນກັບຄືນ</translation>
    </message>
    <message>
        <source>%1 (won)</source>
        <translation>%1 (ຊະນະ)</translation>
    </message>
    <message>
        <source>%1 (lost)</source>
        <translation>%1 (ແພ້)</translation>
    </message>
</context>
<context>
    <name>kontor::DealHistoryDialog</name>
    <message>
        <source>Stage History of “%1”</source>
        <translation>ປະຫວັດຂັ້ນຕອນຂອງ “%1”</translation>
    </message>
</context>
<context>
    <name>kontor::DealRepository</name>
    <message>
        <source>A deal needs a title</source>
        <translation>ດີລຕ້ອງມີຫົວຂໍ້</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as EUR or USD</source>
        <translation>&quot;%1&quot; ບໍ່ແມ່ນລະຫັດສະກຸນເງິນເຊັ່ນ EUR ຫຼື USD</translation>
    </message>
    <message>
        <source>A deal amount cannot be negative</source>
        <translation>ຈຳນວນເງິນຂອງດີລບໍ່ສາມາດເປັນຄ່າລົບໄດ້</translation>
    </message>
    <message>
        <source>The win probability must be between 0 and 100 %</source>
        <translation>ຄວາມເປັນໄປໄດ້ທີ່ຈະຊະນະຕ້ອງຢູ່ລະຫວ່າງ 0 ຫາ 100 %</translation>
    </message>
    <message>
        <source>Cannot save the new deal</source>
        <translation>ບໍ່ສາມາດບັນທຶກດີລໃໝ່ໄດ້</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>ບໍ່ສາມາດອ່ານ %1 ໄດ້</translation>
    </message>
    <message>
        <source>This deal does not exist</source>
        <translation>ດີລນີ້ບໍ່ມີຢູ່</translation>
    </message>
    <message>
        <source>This deal is in the trash</source>
        <translation>ດີລນີ້ຢູ່ໃນຖັງຂີ້ເຫຍື້ອ</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>ບໍ່ສາມາດບັນທຶກ %1 ໄດ້</translation>
    </message>
    <message>
        <source>The stage belongs to another pipeline</source>
        <translation>ຂັ້ນຕອນນີ້ເປັນຂອງທໍ່ການຂາຍອື່ນ</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>ຂັ້ນຕອນ %1</translation>
    </message>
    <message>
        <source>Cannot move %1 to the stage &quot;%2&quot;</source>
        <translation>ບໍ່ສາມາດຍ້າຍ %1 ໄປຂັ້ນຕອນ &quot;%2&quot; ໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the deal list</source>
        <translation>ບໍ່ສາມາດອ່ານລາຍການດີລໄດ້</translation>
    </message>
    <message>
        <source>Cannot count deals</source>
        <translation>ບໍ່ສາມາດນັບຈຳນວນດີລໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the stage history of %1</source>
        <translation>ບໍ່ສາມາດອ່ານປະຫວັດຂັ້ນຕອນຂອງ %1 ໄດ້</translation>
    </message>
    <message>
        <source>The currency of a deal with products cannot change; remove the products first</source>
        <translation>ສະກຸນເງິນຂອງດີລທີ່ມີຜະລິດຕະພັນບໍ່ສາມາດປ່ຽນໄດ້; ເອົາຜະລິດຕະພັນອອກກ່ອນ</translation>
    </message>
    <message>
        <source>Say why the deal was lost: pick a lost reason</source>
        <translation>ບອກເຫດຜົນທີ່ດີລແພ້: ເລືອກເຫດຜົນທີ່ແພ້</translation>
    </message>
    <message>
        <source>The pipeline &quot;%1&quot; has no won stage</source>
        <translation>ທໍ່ການຂາຍ &quot;%1&quot; ບໍ່ມີຂັ້ນຕອນຊະນະ</translation>
    </message>
    <message>
        <source>The pipeline &quot;%1&quot; has no lost stage</source>
        <translation>ທໍ່ການຂາຍ &quot;%1&quot; ບໍ່ມີຂັ້ນຕອນແພ້</translation>
    </message>
    <message>
        <source>Cannot save the lost note of %1</source>
        <translation>ບໍ່ສາມາດບັນທຶກໝາຍເຫດການແພ້ຂອງ %1 ໄດ້</translation>
    </message>
    <message>
        <source>Cannot sum the deals</source>
        <translation>ບໍ່ສາມາດລວມຍອດດີລໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the people of %1</source>
        <translation>ບໍ່ສາມາດອ່ານບຸກຄົນຂອງ %1 ໄດ້</translation>
    </message>
    <message>
        <source>Pick an existing contact</source>
        <translation>ເລືອກຜູ້ຕິດຕໍ່ທີ່ມີຢູ່ແລ້ວ</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 ຖືກລະບຸສອງເທື່ອ</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>ຜູ້ຕິດຕໍ່ %1</translation>
    </message>
    <message>
        <source>Cannot save the people of %1</source>
        <translation>ບໍ່ສາມາດບັນທຶກບຸກຄົນຂອງ %1 ໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the deals</source>
        <translation>ບໍ່ສາມາດອ່ານດີລເຫຼົ່ານີ້ໄດ້</translation>
    </message>
</context>
<context>
    <name>kontor::DealsListModel</name>
    <message>
        <source>Deal</source>
        <translation>ດີລ</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>ບໍລິສັດ</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ຜູ້ຕິດຕໍ່</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ຂັ້ນຕອນ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>ຈຳນວນເງິນ</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>ຄາດວ່າຈະປິດ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ຜູ້ຮັບຜິດຊອບ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
</context>
<context>
    <name>kontor::DealsListView</name>
    <message>
        <source>Open</source>
        <translation>ເປີດຢູ່</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>ຊະນະ</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ແພ້</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>ສະຖານະໃດກໍໄດ້</translation>
    </message>
    <message>
        <source>Filter by deal, company or contact</source>
        <translation>ກັ່ນຕອງຕາມດີລ, ບໍລິສັດ ຫຼື ຜູ້ຕິດຕໍ່</translation>
    </message>
    <message>
        <source>Export Selection…</source>
        <translation>ສົ່ງອອກລາຍການທີ່ເລືອກ…</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>ທໍ່ການຂາຍ:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>ຜູ້ຮັບຜິດຊອບ:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>ແທັກ:</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>ທໍ່ການຂາຍທັງໝົດ</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>ທຸກຄົນ</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>ແທັກໃດກໍໄດ້</translation>
    </message>
    <message>
        <source>%1 (weighted %2)</source>
        <translation>%1 (ຖ່ວງນ້ຳໜັກ %2)</translation>
    </message>
    <message>
        <source>No deals match.</source>
        <translation>ບໍ່ມີດີລທີ່ກົງກັນ.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s): %1</source>
        <translation>
            <numerusform>%n ດີລ: %1</numerusform>
            <numerusform>%n ດີລ: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the deals to export first</source>
        <translation>ເລືອກດີລທີ່ຈະສົ່ງອອກກ່ອນ</translation>
    </message>
    <message>
        <source>Deals export to .csv, .xlsx or .json, not “.%1”</source>
        <translation>ດີລສົ່ງອອກເປັນ .csv, .xlsx ຫຼື .json, ບໍ່ແມ່ນ “.%1”</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>ບໍ່ສາມາດຂຽນໄຟລ໌ໄດ້: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deal(s) to %1.</source>
        <translation>
            <numerusform>ສົ່ງອອກ %n ດີລໄປທີ່ %1 ແລ້ວ.</numerusform>
            <numerusform>ສົ່ງອອກ %n ດີລໄປທີ່ %1 ແລ້ວ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open, no next step</source>
        <translation>ເປີດຢູ່, ບໍ່ມີຂັ້ນຕອນຕໍ່ໄປ</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>ຖັນ</translation>
    </message>
    <message>
        <source>Choose the columns this list shows, custom fields included</source>
        <translation>ເລືອກຖັນທີ່ລາຍການນີ້ສະແດງ, ລວມທັງຊ່ອງຂໍ້ມູນກຳນົດເອງ</translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation>ກຳລັງລວມຍອດ…</translation>
    </message>
</context>
<context>
    <name>kontor::DealsModule</name>
    <message>
        <source>Undo</source>
        <translation>ເອົາຄືນ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ເຮັດຊ້ຳ</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>ກະດານ</translation>
    </message>
    <message>
        <source>List</source>
        <translation>ລາຍການ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ໂຫຼດຄືນ</translation>
    </message>
    <message>
        <source>&amp;Pipelines and Stages…</source>
        <translation>ທໍ່ການຂາຍ ແລະ ຂັ້ນຕອນ(&amp;P)…</translation>
    </message>
    <message>
        <source>P&amp;roduct Catalogue…</source>
        <translation>ແຄັດຕາລັອກຜະລິດຕະພັນ(&amp;R)…</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>ດີລ</translation>
    </message>
</context>
<context>
    <name>kontor::DemoDataOffer</name>
    <message>
        <source>Welcome to Kontor</source>
        <translation>ຍິນດີຕ້ອນຮັບສູ່ Kontor</translation>
    </message>
    <message>
        <source>This database has no contacts yet.</source>
        <translation>ຖານຂໍ້ມູນນີ້ຍັງບໍ່ມີຜູ້ຕິດຕໍ່.</translation>
    </message>
    <message>
        <source>Would you like to try Kontor with demo data? It adds 2,000 contacts, 300 companies and 500 deals with two years of history. Use a new database for your real customers.</source>
        <translation>ທ່ານຕ້ອງການທົດລອງ Kontor ດ້ວຍຂໍ້ມູນຕົວຢ່າງບໍ? ມັນຈະເພີ່ມຜູ້ຕິດຕໍ່ 2,000 ຄົນ, ບໍລິສັດ 300 ແຫ່ງ ແລະ ດີລ 500 ລາຍການ ພ້ອມປະຫວັດສອງປີ. ໃຫ້ໃຊ້ຖານຂໍ້ມູນໃໝ່ສຳລັບລູກຄ້າແທ້ຂອງທ່ານ.</translation>
    </message>
    <message>
        <source>Add Demo Data</source>
        <translation>ເພີ່ມຂໍ້ມູນຕົວຢ່າງ</translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation>ເລີ່ມແບບຫວ່າງເປົ່າ</translation>
    </message>
    <message>
        <source>Adding demo data…</source>
        <translation>ກຳລັງເພີ່ມຂໍ້ມູນຕົວຢ່າງ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation>ຂໍ້ມູນຕົວຢ່າງ</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>ກຳລັງຢຸດ…</translation>
    </message>
    <message>
        <source>The demo data could not be added. Your database is unchanged.

%1</source>
        <translation>ບໍ່ສາມາດເພີ່ມຂໍ້ມູນຕົວຢ່າງໄດ້. ຖານຂໍ້ມູນຂອງທ່ານບໍ່ມີການປ່ຽນແປງ.

%1</translation>
    </message>
</context>
<context>
    <name>kontor::DemoGenerator</name>
    <message>
        <source>The numbers of demo records cannot be negative</source>
        <translation>ຈຳນວນບັນທຶກຕົວຢ່າງບໍ່ສາມາດເປັນຄ່າລົບໄດ້</translation>
    </message>
</context>
<context>
    <name>kontor::DrillDialog</name>
    <message>
        <source>Loading…</source>
        <translation>ກຳລັງໂຫຼດ…</translation>
    </message>
    <message>
        <source>The first %1 of %2, largest first.</source>
        <translation>%1 ລາຍການທຳອິດຈາກ %2, ໃຫຍ່ທີ່ສຸດກ່ອນ.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n ບັນທຶກ.</numerusform>
            <numerusform>%n ບັນທຶກ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter, to open its card.</source>
        <translation>ຄລິກສອງເທື່ອທີ່ແຖວ ຫຼື ກົດ Enter ເພື່ອເປີດບັດຂອງມັນ.</translation>
    </message>
</context>
<context>
    <name>kontor::DuplicateFinder</name>
    <message>
        <source>Cannot look for duplicate contacts</source>
        <translation>ບໍ່ສາມາດຊອກຫາຜູ້ຕິດຕໍ່ທີ່ຊ້ຳກັນໄດ້</translation>
    </message>
</context>
<context>
    <name>kontor::DuplicatePairsModel</name>
    <message>
        <source>same email</source>
        <translation>ອີເມວດຽວກັນ</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>ໂທລະສັບດຽວກັນ</translation>
    </message>
    <message>
        <source>similar name in the same company</source>
        <translation>ຊື່ຄ້າຍກັນໃນບໍລິສັດດຽວກັນ</translation>
    </message>
    <message>
        <source>Contact #%1</source>
        <translation>ຜູ້ຕິດຕໍ່ #%1</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>ເກັບໄວ້</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>ລວມເຂົ້າໃນອັນນີ້</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>ເຫດຜົນ</translation>
    </message>
</context>
<context>
    <name>kontor::DuplicateReview</name>
    <message>
        <source>Cannot read the pairs marked as not duplicates</source>
        <translation>ບໍ່ສາມາດອ່ານຄູ່ທີ່ໝາຍວ່າບໍ່ຊ້ຳກັນໄດ້</translation>
    </message>
    <message>
        <source>Cannot preview the merge</source>
        <translation>ບໍ່ສາມາດສະແດງຕົວຢ່າງການລວມໄດ້</translation>
    </message>
    <message>
        <source>contact %1 into contact %2</source>
        <translation>ຜູ້ຕິດຕໍ່ %1 ເຂົ້າໃນຜູ້ຕິດຕໍ່ %2</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself</source>
        <translation>ບໍ່ສາມາດລວມຜູ້ຕິດຕໍ່ເຂົ້າກັບຕົວມັນເອງໄດ້</translation>
    </message>
    <message>
        <source>Contact %1 does not exist or is in the trash</source>
        <translation>ຜູ້ຕິດຕໍ່ %1 ບໍ່ມີຢູ່ ຫຼື ຢູ່ໃນຖັງຂີ້ເຫຍື້ອ</translation>
    </message>
    <message>
        <source>contacts %1 and %2</source>
        <translation>ຜູ້ຕິດຕໍ່ %1 ແລະ %2</translation>
    </message>
    <message>
        <source>A contact is always the same as itself</source>
        <translation>ຜູ້ຕິດຕໍ່ຄືກັບຕົວມັນເອງສະເໝີ</translation>
    </message>
    <message>
        <source>Cannot mark the contacts as not duplicates</source>
        <translation>ບໍ່ສາມາດໝາຍຜູ້ຕິດຕໍ່ວ່າບໍ່ຊ້ຳກັນໄດ້</translation>
    </message>
    <message>
        <source>One of the contacts does not exist</source>
        <translation>ໜຶ່ງໃນຜູ້ຕິດຕໍ່ບໍ່ມີຢູ່</translation>
    </message>
    <message>
        <source>Cannot take back &quot;not a duplicate&quot;</source>
        <translation>ບໍ່ສາມາດຖອນ &quot;ບໍ່ແມ່ນລາຍການຊ້ຳ&quot; ຄືນໄດ້</translation>
    </message>
    <message>
        <source>Contacts %1 and %2 are not marked as &quot;not a duplicate&quot;</source>
        <translation>ຜູ້ຕິດຕໍ່ %1 ແລະ %2 ບໍ່ໄດ້ຖືກໝາຍວ່າ &quot;ບໍ່ແມ່ນລາຍການຊ້ຳ&quot;</translation>
    </message>
</context>
<context>
    <name>kontor::DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation>ຊອກຫາລາຍການຊ້ຳ</translation>
    </message>
    <message>
        <source>Find Again</source>
        <translation>ຊອກຫາອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>Scan the whole contact base again</source>
        <translation>ສະແກນຜູ້ຕິດຕໍ່ທັງໝົດອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>Keep the Other Instead</source>
        <translation>ເກັບອີກອັນໜຶ່ງແທນ</translation>
    </message>
    <message>
        <source>Keep the right-hand record and merge the left-hand one into it</source>
        <translation>ເກັບບັນທຶກດ້ານຂວາ ແລະ ລວມບັນທຶກດ້ານຊ້າຍເຂົ້າໃນມັນ</translation>
    </message>
    <message>
        <source>Not a Duplicate</source>
        <translation>ບໍ່ແມ່ນລາຍການຊ້ຳ</translation>
    </message>
    <message>
        <source>These are different people: do not propose this pair again</source>
        <translation>ເຫຼົ່ານີ້ແມ່ນຄົນຕ່າງກັນ: ຢ່າສະເໜີຄູ່ນີ້ອີກ</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>ລວມ</translation>
    </message>
    <message>
        <source>Merge with the values chosen above (Ctrl+Z undoes it)</source>
        <translation>ລວມດ້ວຍຄ່າທີ່ເລືອກດ້ານເທິງ (Ctrl+Z ເພື່ອເອົາຄືນ)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>ເອົາຄືນ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ເຮັດຊ້ຳ</translation>
    </message>
    <message>
        <source>Looking for duplicates across all contacts…</source>
        <translation>ກຳລັງຊອກຫາລາຍການຊ້ຳໃນຜູ້ຕິດຕໍ່ທັງໝົດ…</translation>
    </message>
    <message>
        <source>The search for duplicates failed.</source>
        <translation>ການຊອກຫາລາຍການຊ້ຳລົ້ມເຫຼວ.</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>ບໍ່ພົບລາຍການຊ້ຳ.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of contacts look like the same person.</source>
        <translation>
            <numerusform>%n ຄູ່ຜູ້ຕິດຕໍ່ເບິ່ງຄືວ່າເປັນຄົນດຽວກັນ.</numerusform>
            <numerusform>%n ຄູ່ຜູ້ຕິດຕໍ່ເບິ່ງຄືວ່າເປັນຄົນດຽວກັນ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged “%1” into “%2”. Undo with Ctrl+Z.</source>
        <translation>ລວມ “%1” ເຂົ້າໃນ “%2” ແລ້ວ. ເອົາຄືນດ້ວຍ Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>kontor::EditTaskCommand</name>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>ແກ້ໄຂ &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>kontor::ExportDialog</name>
    <message>
        <source>Contacts</source>
        <translation>ຜູ້ຕິດຕໍ່</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>ບໍລິສັດ</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>ດີລ</translation>
    </message>
    <message>
        <source>Activities and notes</source>
        <translation>ກິດຈະກຳ ແລະ ບັນທຶກ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln ຜູ້ຕິດຕໍ່</numerusform>
            <numerusform>%Ln ຜູ້ຕິດຕໍ່</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>%Ln ບໍລິສັດ</numerusform>
            <numerusform>%Ln ບໍລິສັດ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln ດີລ</numerusform>
            <numerusform>%Ln ດີລ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(s)</source>
        <translation>
            <numerusform>%Ln ກິດຈະກຳ</numerusform>
            <numerusform>%Ln ກິດຈະກຳ</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ສົ່ງອອກ</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>ທັງໝົດ</translation>
    </message>
    <message>
        <source>Saved segment:</source>
        <translation>ກຸ່ມເປົ້າໝາຍທີ່ບັນທຶກໄວ້:</translation>
    </message>
    <message>
        <source>Excel-friendly (byte-order mark, for Excel on Windows)</source>
        <translation>ເໝາະກັບ Excel (byte-order mark, ສຳລັບ Excel ໃນ Windows)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>ເລືອກເບິ່ງ…</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>ຫຍັງ:</translation>
    </message>
    <message>
        <source>Which records:</source>
        <translation>ບັນທຶກໃດ:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>ຮູບແບບ:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ໄຟລ໌:</translation>
    </message>
    <message>
        <source>CSV (comma-separated text)</source>
        <translation>CSV (ຂໍ້ຄວາມຂັ້ນດ້ວຍຈຸດ)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>ປຶ້ມວຽກ Excel (.xlsx)</translation>
    </message>
    <message>
        <source>vCard 3.0 (.vcf, older phones and Outlook)</source>
        <translation>vCard 3.0 (.vcf, ໂທລະສັບລຸ້ນເກົ່າ ແລະ Outlook)</translation>
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
        <translation>%1 ທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>The selected records (select them in a list first)</source>
        <translation>ບັນທຶກທີ່ເລືອກ (ເລືອກພວກມັນໃນລາຍການກ່ອນ)</translation>
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
        <translation>ສົ່ງອອກໄປທີ່</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>ເລືອກໄຟລ໌ທີ່ຈະຂຽນ.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>ໂຟນເດີ %1 ບໍ່ມີຢູ່.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>ກຳລັງສົ່ງອອກ…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>ການສົ່ງອອກຖືກຍົກເລີກ; ບໍ່ມີໄຟລ໌ຖືກຂຽນ.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>ການສົ່ງອອກລົ້ມເຫຼວ: %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>ສົ່ງອອກ %1 ໄປທີ່ %2 ແລ້ວ.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>Stop the export; no file is written</source>
        <translation>ຢຸດການສົ່ງອອກ; ບໍ່ມີໄຟລ໌ຖືກຂຽນ</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>ກຳລັງຍົກເລີກ…</translation>
    </message>
    <message>
        <source>Of the contacts in the segment:</source>
        <translation>ຂອງຜູ້ຕິດຕໍ່ໃນກຸ່ມເປົ້າໝາຍ:</translation>
    </message>
</context>
<context>
    <name>kontor::ExportSource</name>
    <message>
        <source>First name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>ນາມສະກຸນ</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>ຕຳແໜ່ງ</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>ບໍລິສັດ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ບົດບາດ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ອີເມວ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ໂທລະສັບ</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>ວັນເກີດ</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>ຖະໜົນ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>ເມືອງ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>ແຂວງ</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>ລະຫັດໄປສະນີ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ແຫຼ່ງທີ່ມາ</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>ອຸນຫະພູມ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ຜູ້ຮັບຜິດຊອບ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>ແທັກ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ບັນທຶກຫຍໍ້</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ສ້າງເມື່ອ</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>ຊື່ບໍລິສັດ</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>ຊື່ຕາມກົດໝາຍ</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ເວັບໄຊ</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>ອຸດສາຫະກຳ</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>ດີລ</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>ທໍ່ການຂາຍ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ຂັ້ນຕອນ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>ຈຳນວນເງິນ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ສະກຸນເງິນ</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>ຄວາມເປັນໄປໄດ້</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>ຄາດວ່າຈະປິດ</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ຜູ້ຕິດຕໍ່</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>ອີເມວຜູ້ຕິດຕໍ່</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>ເຫດຜົນທີ່ແພ້</translation>
    </message>
    <message>
        <source>Cannot read the custom fields</source>
        <translation>ບໍ່ສາມາດອ່ານຊ່ອງຂໍ້ມູນກຳນົດເອງໄດ້</translation>
    </message>
    <message>
        <source>Cannot list the records to export</source>
        <translation>ບໍ່ສາມາດສະແດງລາຍການບັນທຶກທີ່ຈະສົ່ງອອກໄດ້</translation>
    </message>
    <message>
        <source>A selected record no longer exists or is in the trash.</source>
        <translation>ບັນທຶກທີ່ເລືອກບໍ່ມີຢູ່ແລ້ວ ຫຼື ຢູ່ໃນຖັງຂີ້ເຫຍື້ອ.</translation>
    </message>
    <message>
        <source>Cannot read the contacts to export</source>
        <translation>ບໍ່ສາມາດອ່ານຜູ້ຕິດຕໍ່ທີ່ຈະສົ່ງອອກໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the companies to export</source>
        <translation>ບໍ່ສາມາດອ່ານບໍລິສັດທີ່ຈະສົ່ງອອກໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the deals to export</source>
        <translation>ບໍ່ສາມາດອ່ານດີລທີ່ຈະສົ່ງອອກໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the custom fields to export</source>
        <translation>ບໍ່ສາມາດອ່ານຊ່ອງຂໍ້ມູນກຳນົດເອງທີ່ຈະສົ່ງອອກໄດ້</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>ຫົວຂໍ້</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ບັນທຶກຫຍໍ້</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>ຊື່ຜູ້ຕິດຕໍ່</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>ໄລຍະເວລາ</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>ທິດທາງ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ຜົນໄດ້ຮັບ</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>ບັນທຶກໂດຍ</translation>
    </message>
    <message>
        <source>Cannot read the activities to export</source>
        <translation>ບໍ່ສາມາດອ່ານກິດຈະກຳທີ່ຈະສົ່ງອອກໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the photos to export</source>
        <translation>ບໍ່ສາມາດອ່ານຮູບທີ່ຈະສົ່ງອອກໄດ້</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID ພາຍນອກ</translation>
    </message>
    <message>
        <source>A segment narrows contacts and their activities, not %1.</source>
        <translation>ກຸ່ມເປົ້າໝາຍຈຳກັດຜູ້ຕິດຕໍ່ ແລະ ກິດຈະກຳຂອງພວກເຂົາ, ບໍ່ແມ່ນ %1.</translation>
    </message>
</context>
<context>
    <name>kontor::FoldKeys</name>
    <message>
        <source>Cannot prepare the %1 for look-ups by name</source>
        <translation>ບໍ່ສາມາດກະກຽມ %1 ສຳລັບການຊອກຫາຕາມຊື່ໄດ້</translation>
    </message>
</context>
<context>
    <name>kontor::ImportModule</name>
    <message>
        <source>Import</source>
        <translation>ນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>ນຳເຂົ້າໄຟລ໌…</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>ເອົາການນຳເຂົ້າຄືນ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>ເມື່ອໃດ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ໄຟລ໌</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ສ້າງແລ້ວ</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>ອັບເດດແລ້ວ</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>ຂ້າມແລ້ວ</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ຖືກປະຕິເສດ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>ບໍລິສັດ</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>ຜູ້ຕິດຕໍ່</translation>
    </message>
    <message>
        <source>undone %1</source>
        <translation>ເອົາຄືນແລ້ວ %1</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>ນຳເຂົ້າແລ້ວ</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>ຍັງບໍ່ມີການນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>Import %1 is done. Select it and press Undo import to reverse it.</source>
        <translation>ການນຳເຂົ້າ %1 ສຳເລັດແລ້ວ. ເລືອກມັນ ແລະ ກົດ ເອົາການນຳເຂົ້າຄືນ ເພື່ອຍົກເລີກມັນ.</translation>
    </message>
    <message>
        <source>Undo import %1? What it created is deleted and what it changed is put back.</source>
        <translation>ເອົາການນຳເຂົ້າ %1 ຄືນບໍ? ສິ່ງທີ່ມັນສ້າງຈະຖືກລຶບ ແລະ ສິ່ງທີ່ມັນປ່ຽນຈະຖືກກັບຄືນ.</translation>
    </message>
    <message>
        <source>Undoing import %1…</source>
        <translation>ກຳລັງເອົາການນຳເຂົ້າ %1 ຄືນ…</translation>
    </message>
    <message>
        <source>Import %1 was undone.</source>
        <translation>ເອົາການນຳເຂົ້າ %1 ຄືນແລ້ວ.</translation>
    </message>
    <message>
        <source>Bring contacts, companies, deals and activities in from CSV, Excel or vCard files — or drop a file on this window. Every import can be undone: it deletes what the import created and puts back what it changed.</source>
        <translation>ນຳຜູ້ຕິດຕໍ່, ບໍລິສັດ, ດີລ ແລະ ກິດຈະກຳເຂົ້າມາຈາກໄຟລ໌ CSV, Excel ຫຼື vCard — ຫຼື ລາກໄຟລ໌ມາວາງໃສ່ໜ້າຕ່າງນີ້. ທຸກການນຳເຂົ້າສາມາດເອົາຄືນໄດ້: ມັນຈະລຶບສິ່ງທີ່ການນຳເຂົ້າສ້າງ ແລະ ກັບຄືນສິ່ງທີ່ມັນປ່ຽນ.</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>ດີລ</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>ກິດຈະກຳ</translation>
    </message>
</context>
<context>
    <name>kontor::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>ນຳເຂົ້າ</translation>
    </message>
</context>
<context>
    <name>kontor::LineItemsModel</name>
    <message>
        <source>“%1” is priced in %2 but the deal is in %3: type its price in %3.</source>
        <translation>“%1” ຕັ້ງລາຄາເປັນ %2 ແຕ່ດີລເປັນ %3: ໃຫ້ພິມລາຄາຂອງມັນເປັນ %3.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Line %1: a product needs a name.</source>
        <translation>ລາຍການ %1: ຜະລິດຕະພັນຕ້ອງມີຊື່.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a quantity (a number, 0 or more).</source>
        <translation>ລາຍການ %1: “%2” ບໍ່ແມ່ນປະລິມານ (ຕົວເລກ, 0 ຫຼື ຫຼາຍກວ່າ).</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a price such as 1250.00.</source>
        <translation>ລາຍການ %1: “%2” ບໍ່ແມ່ນລາຄາເຊັ່ນ 1250.00.</translation>
    </message>
    <message>
        <source>Line %1: a discount is a percentage from 0 to 100, not “%2”.</source>
        <translation>ລາຍການ %1: ສ່ວນຫຼຸດແມ່ນເປີເຊັນຈາກ 0 ຫາ 100, ບໍ່ແມ່ນ “%2”.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>ຜະລິດຕະພັນ</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>ປະລິມານ</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>ລາຄາຕໍ່ໜ່ວຍ</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>ສ່ວນຫຼຸດ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ລວມ</translation>
    </message>
</context>
<context>
    <name>kontor::ListModule</name>
    <message>
        <source>Refresh</source>
        <translation>ໂຫຼດຄືນ</translation>
    </message>
    <message>
        <source>Read the list again from the database</source>
        <translation>ອ່ານລາຍການຈາກຖານຂໍ້ມູນອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>ບໍ່ສາມາດອ່ານລາຍການໄດ້: %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>ຖັນ</translation>
    </message>
    <message>
        <source>Choose the columns this list shows</source>
        <translation>ເລືອກຖັນທີ່ລາຍການນີ້ສະແດງ</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>ກຳລັງນັບ…</translation>
    </message>
</context>
<context>
    <name>kontor::LogActivityDialog</name>
    <message>
        <source>Call</source>
        <translation>ໂທ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ອີເມວ</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>ການປະຊຸມ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ບັນທຶກຫຍໍ້</translation>
    </message>
    <message>
        <source> min</source>
        <translation> ນາທີ</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ບໍ່ໄດ້ລະບຸ</translation>
    </message>
    <message>
        <source>Outgoing (I reached out)</source>
        <translation>ຂາອອກ (ຂ້ອຍຕິດຕໍ່ໄປ)</translation>
    </message>
    <message>
        <source>Incoming (they reached out)</source>
        <translation>ຂາເຂົ້າ (ເຂົາເຈົ້າຕິດຕໍ່ມາ)</translation>
    </message>
    <message>
        <source>What was said or agreed, next steps…</source>
        <translation>ສິ່ງທີ່ເວົ້າ ຫຼື ຕົກລົງກັນ, ຂັ້ນຕອນຕໍ່ໄປ…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ປະເພດ(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>ຫົວຂໍ້(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>ເມື່ອໃດ(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>ໄລຍະເວລາ(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>ທິດທາງ(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>ບັນທຶກຫຍໍ້(&amp;N):</translation>
    </message>
    <message>
        <source>Log a Call</source>
        <translation>ບັນທຶກການໂທ</translation>
    </message>
    <message>
        <source>Log an Email</source>
        <translation>ບັນທຶກອີເມວ</translation>
    </message>
    <message>
        <source>Log a Meeting</source>
        <translation>ບັນທຶກການປະຊຸມ</translation>
    </message>
    <message>
        <source>Add a Note</source>
        <translation>ເພີ່ມບັນທຶກຫຍໍ້</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ບໍ່ໄດ້ບັນທຶກ: %1</translation>
    </message>
</context>
<context>
    <name>kontor::Lookups</name>
    <message>
        <source>Cannot read the list of roles</source>
        <translation>ບໍ່ສາມາດອ່ານລາຍການບົດບາດໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the list of users</source>
        <translation>ບໍ່ສາມາດອ່ານລາຍຊື່ຜູ້ໃຊ້ໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the deals</source>
        <translation>ບໍ່ສາມາດອ່ານດີລໄດ້</translation>
    </message>
</context>
<context>
    <name>kontor::LostReasonDialog</name>
    <message>
        <source>Deal Lost</source>
        <translation>ດີລແພ້</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>ເລືອກເຫດຜົນ…</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>ເກີດຫຍັງຂຶ້ນ (ບໍ່ບັງຄັບ)</translation>
    </message>
    <message>
        <source>Mark Lost</source>
        <translation>ໝາຍວ່າແພ້</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>ເປັນຫຍັງ “%1” ຈຶ່ງແພ້?</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>ເຫດຜົນ:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ໝາຍເຫດ:</translation>
    </message>
</context>
<context>
    <name>kontor::MainWindow</name>
    <message>
        <source>About Kontor</source>
        <translation>ກ່ຽວກັບ Kontor</translation>
    </message>
    <message>
        <source>Kontor %1
A CRM for salespeople, on your laptop or your team&apos;s server.</source>
        <translation>Kontor %1
CRM ສຳລັບພະນັກງານຂາຍ, ໃນແລັບທັອບຂອງທ່ານ ຫຼື ເຊີບເວີຂອງທີມທ່ານ.</translation>
    </message>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ໄຟລ໌(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Local Database…</source>
        <translation>ຖານຂໍ້ມູນໃນເຄື່ອງໃໝ່(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Local Database…</source>
        <translation>ເປີດຖານຂໍ້ມູນໃນເຄື່ອງ(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>ເຊື່ອມຕໍ່ກັບເຊີບເວີ(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Recent Databases</source>
        <translation>ຖານຂໍ້ມູນຫຼ້າສຸດ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ອອກ(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>ມຸມມອງ(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ຊ່ວຍເຫຼືອ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Kontor</source>
        <translation>ກ່ຽວກັບ Kontor(&amp;A)</translation>
    </message>
    <message>
        <source>Module Toolbar</source>
        <translation>ແຖບເຄື່ອງມືໂມດູນ</translation>
    </message>
    <message>
        <source>No database is open.
Use File → Open Local Database, or Connect to Server.</source>
        <translation>ບໍ່ມີຖານຂໍ້ມູນເປີດຢູ່.
ໃຊ້ ໄຟລ໌ → ເປີດຖານຂໍ້ມູນໃນເຄື່ອງ ຫຼື ເຊື່ອມຕໍ່ກັບເຊີບເວີ.</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>ລ້າງລາຍການ</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>ບໍ່ມີຖານຂໍ້ມູນເປີດຢູ່</translation>
    </message>
    <message>
        <source>Database: %1 (%2)</source>
        <translation>ຖານຂໍ້ມູນ: %1 (%2)</translation>
    </message>
    <message>
        <source>SQLite, on this computer</source>
        <translation>SQLite, ໃນຄອມພິວເຕີນີ້</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>ເຊີບເວີ PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ເອົາຄືນ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ເຮັດຊ້ຳ(&amp;R)</translation>
    </message>
    <message>
        <source>Could Not Undo or Redo</source>
        <translation>ບໍ່ສາມາດເອົາຄືນ ຫຼື ເຮັດຊ້ຳໄດ້</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ແກ້ໄຂ(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>ການຕັ້ງຄ່າ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Custom Fields…</source>
        <translation>ຊ່ອງຂໍ້ມູນກຳນົດເອງ(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quick Search…</source>
        <translation>ຄົ້ນຫາດ່ວນ(&amp;Q)…</translation>
    </message>
    <message>
        <source>New &amp;Task…</source>
        <translation>ໜ້າວຽກໃໝ່(&amp;T)…</translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>ການແຈ້ງເຕືອນ: %1</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>ສົ່ງອອກ(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>kontor::MergePreviewPanel</name>
    <message>
        <source>(empty)</source>
        <translation>(ຫວ່າງເປົ່າ)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>ນາມສະກຸນ</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>ຕຳແໜ່ງ</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>ບໍລິສັດ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ບົດບາດ</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>ວັນເກີດ</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>ຖະໜົນ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>ເມືອງ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>ແຂວງ</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>ລະຫັດໄປສະນີ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ແຫຼ່ງທີ່ມາ</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>ອຸນຫະພູມ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ຜູ້ຮັບຜິດຊອບ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ບັນທຶກຫຍໍ້</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>ຕິດຕໍ່ຄັ້ງລ່າສຸດ</translation>
    </message>
    <message>
        <source>Choose a pair on the left to see what a merge would keep.</source>
        <translation>ເລືອກຄູ່ທາງຊ້າຍເພື່ອເບິ່ງວ່າການລວມຈະເກັບຫຍັງໄວ້.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep:&lt;/b&gt; %1 &lt;small&gt;(#%2)&lt;/small&gt;</source>
        <translation>&lt;b&gt;ເກັບໄວ້:&lt;/b&gt; %1 &lt;small&gt;(#%2)&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merge into it:&lt;/b&gt; %1 &lt;small&gt;(#%2)&lt;/small&gt;</source>
        <translation>&lt;b&gt;ລວມເຂົ້າໃນອັນນີ້:&lt;/b&gt; %1 &lt;small&gt;(#%2)&lt;/small&gt;</translation>
    </message>
    <message>
        <source>(the same)</source>
        <translation>(ຄືກັນ)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ບໍ່ມີ</translation>
    </message>
    <message>
        <source>%1 (%2 + %3)</source>
        <translation>%1 (%2 + %3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;After the merge the kept contact has:&lt;/b&gt;</source>
        <translation>&lt;b&gt;ຫຼັງການລວມ ຜູ້ຕິດຕໍ່ທີ່ເກັບໄວ້ຈະມີ:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Emails (%1): %2</source>
        <translation>ອີເມວ (%1): %2</translation>
    </message>
    <message>
        <source>Phones (%1): %2</source>
        <translation>ໂທລະສັບ (%1): %2</translation>
    </message>
    <message>
        <source>Messengers (%1): %2</source>
        <translation>ແອັບສົ່ງຂໍ້ຄວາມ (%1): %2</translation>
    </message>
    <message>
        <source>Tags (%1): %2</source>
        <translation>ແທັກ (%1): %2</translation>
    </message>
    <message>
        <source>Activities: %1 · Deals: %2 · Tasks: %3</source>
        <translation>ກິດຈະກຳ: %1 · ດີລ: %2 · ໜ້າວຽກ: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) taken from the other record; it goes to the trash.</source>
        <translation>
            <numerusform>%n ຊ່ອງຂໍ້ມູນເອົາມາຈາກບັນທຶກອື່ນ; ບັນທຶກນັ້ນຈະໄປຖັງຂີ້ເຫຍື້ອ.</numerusform>
            <numerusform>%n ຊ່ອງຂໍ້ມູນເອົາມາຈາກບັນທຶກອື່ນ; ບັນທຶກນັ້ນຈະໄປຖັງຂີ້ເຫຍື້ອ.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Custom fields&lt;/b&gt;</source>
        <translation>&lt;b&gt;ຊ່ອງຂໍ້ມູນກຳນົດເອງ&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>kontor::Migrator</name>
    <message>
        <source>Cannot create the schema version table</source>
        <translation>ບໍ່ສາມາດສ້າງຕາຕະລາງເວີຊັນ schema ໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the schema version</source>
        <translation>ບໍ່ສາມາດອ່ານເວີຊັນ schema ໄດ້</translation>
    </message>
    <message>
        <source>This database was created by a newer Kontor. Please update Kontor to open it.</source>
        <translation>ຖານຂໍ້ມູນນີ້ຖືກສ້າງໂດຍ Kontor ເວີຊັນໃໝ່ກວ່າ. ກະລຸນາອັບເດດ Kontor ເພື່ອເປີດມັນ.</translation>
    </message>
    <message>
        <source>Cannot lock the schema for upgrade</source>
        <translation>ບໍ່ສາມາດລັອກ schema ເພື່ອອັບເກຣດໄດ້</translation>
    </message>
    <message>
        <source>Upgrading the database failed at step %1 (%2)</source>
        <translation>ການອັບເກຣດຖານຂໍ້ມູນລົ້ມເຫຼວທີ່ຂັ້ນຕອນ %1 (%2)</translation>
    </message>
</context>
<context>
    <name>kontor::MultiValueEditor</name>
    <message>
        <source>Remove this line</source>
        <translation>ລຶບແຖວນີ້</translation>
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
        <translation>ເບີໂທລະສັບ</translation>
    </message>
    <message>
        <source>Numbers typed without a country code (+…) are read as numbers of this region. Search and duplicate detection compare every number in its international form, so “040 123 4567” finds “+358 40 123 4567” when the region is Finland.</source>
        <translation>ເບີທີ່ພິມໂດຍບໍ່ມີລະຫັດປະເທດ (+…) ຈະຖືກອ່ານເປັນເບີຂອງພາກພື້ນນີ້. ການຄົ້ນຫາ ແລະ ການກວດຫາລາຍການຊ້ຳປຽບທຽບທຸກເບີໃນຮູບແບບສາກົນ, ສະນັ້ນ “040 123 4567” ຈະພົບ “+358 40 123 4567” ເມື່ອພາກພື້ນແມ່ນຟິນແລນ.</translation>
    </message>
    <message>
        <source>The system&apos;s region</source>
        <translation>ພາກພື້ນຂອງລະບົບ</translation>
    </message>
    <message>
        <source>The system&apos;s region (%1)</source>
        <translation>ພາກພື້ນຂອງລະບົບ (%1)</translation>
    </message>
    <message>
        <source>Also read the phones already stored with this region</source>
        <translation>ອ່ານເບີໂທທີ່ເກັບໄວ້ແລ້ວດ້ວຍພາກພື້ນນີ້ນຳ</translation>
    </message>
    <message>
        <source>Numbers saved before were read with the old region. What was typed stays as it is; only the form search and duplicates compare is computed again.</source>
        <translation>ເບີທີ່ບັນທຶກໄວ້ກ່ອນໜ້ານີ້ຖືກອ່ານດ້ວຍພາກພື້ນເກົ່າ. ສິ່ງທີ່ພິມໄວ້ຈະຍັງຄືເດີມ; ມີພຽງແຕ່ຮູບແບບທີ່ການຄົ້ນຫາ ແລະ ລາຍການຊ້ຳໃຊ້ປຽບທຽບເທົ່ານັ້ນທີ່ຈະຖືກຄຳນວນໃໝ່.</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>ພາກພື້ນເລີ່ມຕົ້ນ(&amp;R):</translation>
    </message>
    <message>
        <source>Saved. Numbers typed from now on are read with this region.</source>
        <translation>ບັນທຶກແລ້ວ. ເບີທີ່ພິມຕໍ່ຈາກນີ້ຈະຖືກອ່ານດ້ວຍພາກພື້ນນີ້.</translation>
    </message>
    <message>
        <source>Saved. Reading the stored phones again…</source>
        <translation>ບັນທຶກແລ້ວ. ກຳລັງອ່ານເບີໂທທີ່ເກັບໄວ້ອີກຄັ້ງ…</translation>
    </message>
    <message numerus="yes">
        <source>Region %1: %Ln phone(s) read again, </source>
        <translation>
            <numerusform>ພາກພື້ນ %1: ອ່ານ %Ln ເບີໂທອີກຄັ້ງ, </numerusform>
            <numerusform>ພາກພື້ນ %1: ອ່ານ %Ln ເບີໂທອີກຄັ້ງ, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation>
            <numerusform>ປ່ຽນ %Ln</numerusform>
            <numerusform>ປ່ຽນ %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln contact(s)).</source>
        <translation>
            <numerusform> (%Ln ຜູ້ຕິດຕໍ່).</numerusform>
            <numerusform> (%Ln ຜູ້ຕິດຕໍ່).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be read as a number of any country and stay as typed.</source>
        <translation>
            <numerusform>%Ln ເບີບໍ່ສາມາດອ່ານເປັນເບີຂອງປະເທດໃດໄດ້ ແລະ ຍັງຄືທີ່ພິມໄວ້.</numerusform>
            <numerusform>%Ln ເບີບໍ່ສາມາດອ່ານເປັນເບີຂອງປະເທດໃດໄດ້ ແລະ ຍັງຄືທີ່ພິມໄວ້.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::PipelineRepository</name>
    <message>
        <source>new stage</source>
        <translation>ຂັ້ນຕອນໃໝ່</translation>
    </message>
    <message>
        <source>stage &quot;%1&quot;</source>
        <translation>ຂັ້ນຕອນ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A stage needs a name</source>
        <translation>ຂັ້ນຕອນຕ້ອງມີຊື່</translation>
    </message>
    <message>
        <source>The win probability must be between 0 and 100 %</source>
        <translation>ຄວາມເປັນໄປໄດ້ທີ່ຈະຊະນະຕ້ອງຢູ່ລະຫວ່າງ 0 ຫາ 100 %</translation>
    </message>
    <message>
        <source>Days before a deal rots cannot be negative</source>
        <translation>ຈຳນວນມື້ກ່ອນດີລຄ້າງນານບໍ່ສາມາດເປັນຄ່າລົບໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the pipelines</source>
        <translation>ບໍ່ສາມາດອ່ານທໍ່ການຂາຍໄດ້</translation>
    </message>
    <message>
        <source>This pipeline does not exist</source>
        <translation>ທໍ່ການຂາຍນີ້ບໍ່ມີຢູ່</translation>
    </message>
    <message>
        <source>pipeline %1</source>
        <translation>ທໍ່ການຂາຍ %1</translation>
    </message>
    <message>
        <source>There is no pipeline called &quot;%1&quot;</source>
        <translation>ບໍ່ມີທໍ່ການຂາຍຊື່ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A pipeline needs a name</source>
        <translation>ທໍ່ການຂາຍຕ້ອງມີຊື່</translation>
    </message>
    <message>
        <source>new pipeline</source>
        <translation>ທໍ່ການຂາຍໃໝ່</translation>
    </message>
    <message>
        <source>Cannot create the pipeline &quot;%1&quot;</source>
        <translation>ບໍ່ສາມາດສ້າງທໍ່ການຂາຍ &quot;%1&quot; ໄດ້</translation>
    </message>
    <message>
        <source>Cannot rename pipeline %1</source>
        <translation>ບໍ່ສາມາດປ່ຽນຊື່ທໍ່ການຂາຍ %1 ໄດ້</translation>
    </message>
    <message>
        <source>Cannot read stage %1</source>
        <translation>ບໍ່ສາມາດອ່ານຂັ້ນຕອນ %1 ໄດ້</translation>
    </message>
    <message>
        <source>This stage does not exist</source>
        <translation>ຂັ້ນຕອນນີ້ບໍ່ມີຢູ່</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>ຂັ້ນຕອນ %1</translation>
    </message>
    <message>
        <source>Cannot add the stage &quot;%1&quot;</source>
        <translation>ບໍ່ສາມາດເພີ່ມຂັ້ນຕອນ &quot;%1&quot; ໄດ້</translation>
    </message>
    <message>
        <source>Cannot save the stage &quot;%1&quot;</source>
        <translation>ບໍ່ສາມາດບັນທຶກຂັ້ນຕອນ &quot;%1&quot; ໄດ້</translation>
    </message>
    <message>
        <source>The new order must list every stage of the pipeline once</source>
        <translation>ລຳດັບໃໝ່ຕ້ອງລະບຸທຸກຂັ້ນຕອນຂອງທໍ່ການຂາຍຄັ້ງດຽວ</translation>
    </message>
    <message>
        <source>Cannot reorder the stages</source>
        <translation>ບໍ່ສາມາດຈັດລຳດັບຂັ້ນຕອນຄືນໃໝ່ໄດ້</translation>
    </message>
    <message>
        <source>Deals can only move to another stage of the same pipeline</source>
        <translation>ດີລສາມາດຍ້າຍໄປຂັ້ນຕອນອື່ນຂອງທໍ່ການຂາຍດຽວກັນເທົ່ານັ້ນ</translation>
    </message>
    <message>
        <source>Deals cannot be moved to a lost stage without a reason each</source>
        <translation>ດີລບໍ່ສາມາດຍ້າຍໄປຂັ້ນຕອນແພ້ໄດ້ ໂດຍບໍ່ມີເຫດຜົນສຳລັບແຕ່ລະອັນ</translation>
    </message>
    <message>
        <source>Cannot delete the stage &quot;%1&quot;</source>
        <translation>ບໍ່ສາມາດລຶບຂັ້ນຕອນ &quot;%1&quot; ໄດ້</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) are still in this stage; move them to another stage first</source>
        <translation>
            <numerusform>ຍັງມີ %n ດີລຢູ່ໃນຂັ້ນຕອນນີ້; ຍ້າຍພວກມັນໄປຂັ້ນຕອນອື່ນກ່ອນ</numerusform>
            <numerusform>ຍັງມີ %n ດີລຢູ່ໃນຂັ້ນຕອນນີ້; ຍ້າຍພວກມັນໄປຂັ້ນຕອນອື່ນກ່ອນ</numerusform>
        </translation>
    </message>
    <message>
        <source>The pipeline &quot;%1&quot; has no stage called &quot;%2&quot;</source>
        <translation>ທໍ່ການຂາຍ &quot;%1&quot; ບໍ່ມີຂັ້ນຕອນຊື່ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Cannot read the lost reasons</source>
        <translation>ບໍ່ສາມາດອ່ານເຫດຜົນທີ່ແພ້ໄດ້</translation>
    </message>
    <message>
        <source>There is no lost reason called &quot;%1&quot;</source>
        <translation>ບໍ່ມີເຫດຜົນທີ່ແພ້ຊື່ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A lost reason needs a name</source>
        <translation>ເຫດຜົນທີ່ແພ້ຕ້ອງມີຊື່</translation>
    </message>
    <message>
        <source>Cannot add the lost reason &quot;%1&quot;</source>
        <translation>ບໍ່ສາມາດເພີ່ມເຫດຜົນທີ່ແພ້ &quot;%1&quot; ໄດ້</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the only pipeline; add another before deleting it</source>
        <translation>&quot;%1&quot; ແມ່ນທໍ່ການຂາຍດຽວ; ເພີ່ມອັນອື່ນກ່ອນຈະລຶບມັນ</translation>
    </message>
    <message>
        <source>Cannot delete the pipeline &quot;%1&quot;</source>
        <translation>ບໍ່ສາມາດລຶບທໍ່ການຂາຍ &quot;%1&quot; ໄດ້</translation>
    </message>
    <message>
        <source>&quot;%1&quot; still holds %2 deal(s); move or delete them first</source>
        <translation>&quot;%1&quot; ຍັງມີ %2 ດີລ; ຍ້າຍ ຫຼື ລຶບພວກມັນກ່ອນ</translation>
    </message>
    <message>
        <source>lost reason %1</source>
        <translation>ເຫດຜົນທີ່ແພ້ %1</translation>
    </message>
    <message>
        <source>Cannot save the lost reason &quot;%1&quot;</source>
        <translation>ບໍ່ສາມາດບັນທຶກເຫດຜົນທີ່ແພ້ &quot;%1&quot; ໄດ້</translation>
    </message>
    <message>
        <source>This lost reason does not exist</source>
        <translation>ເຫດຜົນທີ່ແພ້ນີ້ບໍ່ມີຢູ່</translation>
    </message>
</context>
<context>
    <name>kontor::PipelineSettingsDialog</name>
    <message>
        <source>Move Deals</source>
        <translation>ຍ້າຍດີລ</translation>
    </message>
    <message>
        <source>Deals are still in “%1”. Move them to:</source>
        <translation>ຍັງມີດີລຢູ່ໃນ “%1”. ຍ້າຍພວກມັນໄປທີ່:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ເປີດຢູ່</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>ຊະນະ</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ແພ້</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ບໍ່ເຄີຍ</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>ເພີ່ມຂັ້ນຕອນ</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>ຍ້າຍຂຶ້ນ</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>ຍ້າຍລົງ</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>ລຶບ…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ຊື່:</translation>
    </message>
    <message>
        <source>Win probability:</source>
        <translation>ຄວາມເປັນໄປໄດ້ທີ່ຈະຊະນະ:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>ປະເພດ:</translation>
    </message>
    <message>
        <source>Rots after idle days:</source>
        <translation>ຄ້າງນານຫຼັງຈາກບໍ່ເຄື່ອນໄຫວ (ມື້):</translation>
    </message>
    <message>
        <source>Save Stage</source>
        <translation>ບັນທຶກຂັ້ນຕອນ</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>ຂັ້ນຕອນໃໝ່</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>ຂັ້ນຕອນ</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>ທໍ່ການຂາຍ:</translation>
    </message>
    <message>
        <source>Add Pipeline…</source>
        <translation>ເພີ່ມທໍ່ການຂາຍ…</translation>
    </message>
    <message>
        <source>Add Pipeline</source>
        <translation>ເພີ່ມທໍ່ການຂາຍ</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>ປ່ຽນຊື່…</translation>
    </message>
    <message>
        <source>Rename Pipeline</source>
        <translation>ປ່ຽນຊື່ທໍ່ການຂາຍ</translation>
    </message>
    <message>
        <source>Delete Pipeline</source>
        <translation>ລຶບທໍ່ການຂາຍ</translation>
    </message>
    <message>
        <source>Add Reason…</source>
        <translation>ເພີ່ມເຫດຜົນ…</translation>
    </message>
    <message>
        <source>Add Lost Reason</source>
        <translation>ເພີ່ມເຫດຜົນທີ່ແພ້</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>ເຫດຜົນ:</translation>
    </message>
    <message>
        <source>Rename Lost Reason</source>
        <translation>ປ່ຽນຊື່ເຫດຜົນທີ່ແພ້</translation>
    </message>
    <message>
        <source>Offer / Retire</source>
        <translation>ສະເໜີ / ເລີກໃຊ້</translation>
    </message>
    <message>
        <source>Lost reasons (all pipelines)</source>
        <translation>ເຫດຜົນທີ່ແພ້ (ທຸກທໍ່ການຂາຍ)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>ໃໝ່</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (ເລີກໃຊ້ແລ້ວ)</translation>
    </message>
    <message>
        <source>Pipelines and Stages</source>
        <translation>ທໍ່ການຂາຍ ແລະ ຂັ້ນຕອນ</translation>
    </message>
</context>
<context>
    <name>kontor::PlanEditor</name>
    <message>
        <source>Sales plans</source>
        <translation>ແຜນການຂາຍ</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>ຜູ້ຈັດການ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ແຕ່</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ເຖິງ</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>ແຜນ</translation>
    </message>
    <message>
        <source>e.g. 25000 or 25000.50</source>
        <translation>ເຊັ່ນ 25000 ຫຼື 25000.50</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>ຈຳນວນເງິນ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ສະກຸນເງິນ</translation>
    </message>
    <message>
        <source>Add plan</source>
        <translation>ເພີ່ມແຜນ</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>ບັນທຶກການປ່ຽນແປງ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <source>Choose the plan to change in the list first.</source>
        <translation>ເລືອກແຜນທີ່ຈະປ່ຽນໃນລາຍການກ່ອນ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: write it like 25000 or 25000.50.</source>
        <translation>&quot;%1&quot; ບໍ່ແມ່ນຈຳນວນເງິນ: ໃຫ້ຂຽນເຊັ່ນ 25000 ຫຼື 25000.50.</translation>
    </message>
    <message>
        <source>This manager already has a plan for that period and currency.</source>
        <translation>ຜູ້ຈັດການນີ້ມີແຜນສຳລັບໄລຍະເວລາ ແລະ ສະກຸນເງິນນັ້ນແລ້ວ.</translation>
    </message>
    <message>
        <source>Plan added.</source>
        <translation>ເພີ່ມແຜນແລ້ວ.</translation>
    </message>
    <message>
        <source>Plan saved.</source>
        <translation>ບັນທຶກແຜນແລ້ວ.</translation>
    </message>
    <message>
        <source>Choose the plan to delete in the list first.</source>
        <translation>ເລືອກແຜນທີ່ຈະລຶບໃນລາຍການກ່ອນ.</translation>
    </message>
    <message>
        <source>Plan deleted.</source>
        <translation>ລຶບແຜນແລ້ວ.</translation>
    </message>
    <message>
        <source>Add as monthly plans (a quarter or a year split evenly)</source>
        <translation>ເພີ່ມເປັນແຜນລາຍເດືອນ (ແບ່ງໄຕມາດ ຫຼື ປີເທົ່າໆກັນ)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>ເອົາຄືນ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ເຮັດຊ້ຳ</translation>
    </message>
    <message>
        <source> (or clear &quot;Add as monthly plans&quot; to add it as one plan)</source>
        <translation> (ຫຼື ຍົກເລີກ &quot;ເພີ່ມເປັນແຜນລາຍເດືອນ&quot; ເພື່ອເພີ່ມເປັນແຜນດຽວ)</translation>
    </message>
    <message>
        <source>Change the plan of %1</source>
        <translation>ປ່ຽນແຜນຂອງ %1</translation>
    </message>
    <message>
        <source>Add %1 monthly plans of %2</source>
        <translation>ເພີ່ມແຜນລາຍເດືອນ %1 ແຜນຂອງ %2</translation>
    </message>
    <message>
        <source>Add a plan for %1</source>
        <translation>ເພີ່ມແຜນສຳລັບ %1</translation>
    </message>
    <message>
        <source>%1 monthly plans added.</source>
        <translation>ເພີ່ມແຜນລາຍເດືອນ %1 ແຜນແລ້ວ.</translation>
    </message>
    <message>
        <source>Delete the plan of %1</source>
        <translation>ລຶບແຜນຂອງ %1</translation>
    </message>
</context>
<context>
    <name>kontor::ProductCatalogueDialog</name>
    <message>
        <source>Still sold (offered on deals)</source>
        <translation>ຍັງຂາຍຢູ່ (ສະເໜີໃນດີລ)</translation>
    </message>
    <message>
        <source>Product Catalogue</source>
        <translation>ແຄັດຕາລັອກຜະລິດຕະພັນ</translation>
    </message>
    <message>
        <source>optional, unique</source>
        <translation>ບໍ່ບັງຄັບ, ບໍ່ຊ້ຳກັນ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ຊື່(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>SKU(&amp;S):</translation>
    </message>
    <message>
        <source>Unit price:</source>
        <translation>ລາຄາຕໍ່ໜ່ວຍ:</translation>
    </message>
    <message>
        <source>New Product</source>
        <translation>ຜະລິດຕະພັນໃໝ່</translation>
    </message>
    <message>
        <source>Save Product</source>
        <translation>ບັນທຶກຜະລິດຕະພັນ</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>ຍ້າຍໄປຖັງຂີ້ເຫຍື້ອ</translation>
    </message>
    <message>
        <source>“%1” is not a price such as 120.00.</source>
        <translation>“%1” ບໍ່ແມ່ນລາຄາເຊັ່ນ 120.00.</translation>
    </message>
</context>
<context>
    <name>kontor::ProductRepository</name>
    <message>
        <source>A product needs a name</source>
        <translation>ຜະລິດຕະພັນຕ້ອງມີຊື່</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as EUR or USD</source>
        <translation>&quot;%1&quot; ບໍ່ແມ່ນລະຫັດສະກຸນເງິນເຊັ່ນ EUR ຫຼື USD</translation>
    </message>
    <message>
        <source>A price cannot be negative</source>
        <translation>ລາຄາບໍ່ສາມາດເປັນຄ່າລົບໄດ້</translation>
    </message>
    <message>
        <source>line item of deal %1</source>
        <translation>ລາຍການຂອງດີລ %1</translation>
    </message>
    <message>
        <source>A line item belongs to a deal</source>
        <translation>ລາຍການຕ້ອງເປັນຂອງດີລ</translation>
    </message>
    <message>
        <source>A line item needs a product or a name</source>
        <translation>ລາຍການຕ້ອງມີຜະລິດຕະພັນ ຫຼື ຊື່</translation>
    </message>
    <message>
        <source>A quantity cannot be negative</source>
        <translation>ປະລິມານບໍ່ສາມາດເປັນຄ່າລົບໄດ້</translation>
    </message>
    <message>
        <source>A discount must be between 0 and 100 %</source>
        <translation>ສ່ວນຫຼຸດຕ້ອງຢູ່ລະຫວ່າງ 0 ຫາ 100 %</translation>
    </message>
    <message>
        <source>Cannot save the product &quot;%1&quot;</source>
        <translation>ບໍ່ສາມາດບັນທຶກຜະລິດຕະພັນ &quot;%1&quot; ໄດ້</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>ບໍ່ສາມາດອ່ານ %1 ໄດ້</translation>
    </message>
    <message>
        <source>This product does not exist</source>
        <translation>ຜະລິດຕະພັນນີ້ບໍ່ມີຢູ່</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>ບໍ່ສາມາດບັນທຶກ %1 ໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the product catalogue</source>
        <translation>ບໍ່ສາມາດອ່ານແຄັດຕາລັອກຜະລິດຕະພັນໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the products of deal %1</source>
        <translation>ບໍ່ສາມາດອ່ານຜະລິດຕະພັນຂອງດີລ %1 ໄດ້</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is priced in %2 but the deal is in %3; enter the price in %3</source>
        <translation>&quot;%1&quot; ຕັ້ງລາຄາເປັນ %2 ແຕ່ດີລເປັນ %3; ໃສ່ລາຄາເປັນ %3</translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation>ດີລ %1</translation>
    </message>
    <message>
        <source>Cannot update the amount of deal %1</source>
        <translation>ບໍ່ສາມາດອັບເດດຈຳນວນເງິນຂອງດີລ %1 ໄດ້</translation>
    </message>
    <message>
        <source>Cannot add a product to deal %1</source>
        <translation>ບໍ່ສາມາດເພີ່ມຜະລິດຕະພັນໃສ່ດີລ %1 ໄດ້</translation>
    </message>
    <message>
        <source>This deal does not exist</source>
        <translation>ດີລນີ້ບໍ່ມີຢູ່</translation>
    </message>
    <message>
        <source>Cannot change a product of deal %1</source>
        <translation>ບໍ່ສາມາດປ່ຽນຜະລິດຕະພັນຂອງດີລ %1 ໄດ້</translation>
    </message>
    <message>
        <source>This line item does not exist</source>
        <translation>ລາຍການນີ້ບໍ່ມີຢູ່</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>ລາຍການ %1</translation>
    </message>
    <message>
        <source>Cannot remove line item %1</source>
        <translation>ບໍ່ສາມາດລຶບລາຍການ %1 ໄດ້</translation>
    </message>
    <message>
        <source>Cannot save the products of deal %1</source>
        <translation>ບໍ່ສາມາດບັນທຶກຜະລິດຕະພັນຂອງດີລ %1 ໄດ້</translation>
    </message>
</context>
<context>
    <name>kontor::ProductTableModel</name>
    <message>
        <source>Sold</source>
        <translation>ຂາຍຢູ່</translation>
    </message>
    <message>
        <source>Not sold</source>
        <translation>ບໍ່ໄດ້ຂາຍ</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>ຜະລິດຕະພັນ</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>ລາຄາຕໍ່ໜ່ວຍ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
</context>
<context>
    <name>kontor::QuickAddTaskDialog</name>
    <message>
        <source>Edit Task</source>
        <translation>ແກ້ໄຂໜ້າວຽກ</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>ໜ້າວຽກໃໝ່</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>ສຳລັບ:</translation>
    </message>
    <message>
        <source>What is to be done? e.g. Call back about the offer</source>
        <translation>ຕ້ອງເຮັດຫຍັງ? ເຊັ່ນ ໂທກັບກ່ຽວກັບຂໍ້ສະເໜີ</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ຫົວຂໍ້(&amp;T):</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>ປະເພດ(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;All day</source>
        <translation>ໝົດມື້(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>ກຳນົດສົ່ງ(&amp;D):</translation>
    </message>
    <message>
        <source> min</source>
        <translation> ນາທີ</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ບໍ່ໄດ້ຕັ້ງ</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>ໄລຍະເວລາ(&amp;U):</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>ປົກກະຕິ</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>ຄວາມສຳຄັນ(&amp;P):</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>ບໍ່ມີການແຈ້ງເຕືອນ</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>ເມື່ອຮອດກຳນົດ</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n ນາທີກ່ອນ</numerusform>
            <numerusform>%n ນາທີກ່ອນ</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 ຊົ່ວໂມງກ່ອນ</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 ມື້ກ່ອນ</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>ການແຈ້ງເຕືອນ(&amp;R):</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>ບໍ່ເຮັດຊ້ຳ</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>ທຸກມື້</translation>
    </message>
    <message>
        <source>Every week on…</source>
        <translation>ທຸກອາທິດໃນວັນ…</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>ທຸກເດືອນ</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>ເຮັດຊ້ຳ(&amp;E):</translation>
    </message>
    <message>
        <source>Tick several people to give each their own copy, tracked together</source>
        <translation>ໝາຍຫຼາຍຄົນເພື່ອໃຫ້ແຕ່ລະຄົນມີສຳເນົາຂອງຕົນເອງ, ຕິດຕາມຮ່ວມກັນ</translation>
    </message>
    <message>
        <source>Assi&amp;gned to:</source>
        <translation>ມອບໝາຍໃຫ້(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>ບັນທຶກຫຍໍ້(&amp;N):</translation>
    </message>
    <message>
        <source>Tick at least one person to do it.</source>
        <translation>ໝາຍຢ່າງໜ້ອຍໜຶ່ງຄົນເພື່ອເຮັດມັນ.</translation>
    </message>
</context>
<context>
    <name>kontor::QuickSearchModel</name>
    <message>
        <source>Contact</source>
        <translation>ຜູ້ຕິດຕໍ່</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>ບໍລິສັດ</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>ດີລ</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ບໍ່ມີຊື່)</translation>
    </message>
</context>
<context>
    <name>kontor::QuickSearchPopup</name>
    <message>
        <source>Quick Search</source>
        <translation>ຄົ້ນຫາດ່ວນ</translation>
    </message>
    <message>
        <source>Find a contact, company or deal — name, email, phone…</source>
        <translation>ຊອກຫາຜູ້ຕິດຕໍ່, ບໍລິສັດ ຫຼື ດີລ — ຊື່, ອີເມວ, ໂທລະສັບ…</translation>
    </message>
    <message>
        <source>Type a name, part of an email or a phone number.</source>
        <translation>ພິມຊື່, ສ່ວນໜຶ່ງຂອງອີເມວ ຫຼື ເບີໂທລະສັບ.</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>ການຄົ້ນຫາລົ້ມເຫຼວ: %1</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>ບໍ່ພົບຫຍັງສຳລັບ “%1”.</translation>
    </message>
    <message>
        <source>Enter opens the selected one; ↑ ↓ choose; Esc closes.</source>
        <translation>Enter ເປີດລາຍການທີ່ເລືອກ; ↑ ↓ ເລືອກ; Esc ປິດ.</translation>
    </message>
</context>
<context>
    <name>kontor::Recurrence</name>
    <message>
        <source>Say on which days a weekly task repeats, e.g. weekly:mon,thu</source>
        <translation>ບອກວ່າໜ້າວຽກລາຍອາທິດເຮັດຊ້ຳໃນວັນໃດ, ເຊັ່ນ weekly:mon,thu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the week (mon, tue, wed, thu, fri, sat, sun)</source>
        <translation>&quot;%1&quot; ບໍ່ແມ່ນວັນໃນອາທິດ (mon, tue, wed, thu, fri, sat, sun)</translation>
    </message>
    <message>
        <source>A monthly task repeats on a day from 1 to 31</source>
        <translation>ໜ້າວຽກລາຍເດືອນເຮັດຊ້ຳໃນວັນທີ 1 ຫາ 31</translation>
    </message>
    <message>
        <source>Repeat is daily, weekly:DAYS or monthly</source>
        <translation>ການເຮັດຊ້ຳແມ່ນ daily, weekly:DAYS ຫຼື monthly</translation>
    </message>
</context>
<context>
    <name>kontor::ReminderNotifier</name>
    <message>
        <source>Kontor reminders</source>
        <translation>ການແຈ້ງເຕືອນຂອງ Kontor</translation>
    </message>
    <message>
        <source>Snooze the last reminder 10 minutes</source>
        <translation>ເລື່ອນການແຈ້ງເຕືອນລ່າສຸດ 10 ນາທີ</translation>
    </message>
    <message>
        <source>Open the task</source>
        <translation>ເປີດໜ້າວຽກ</translation>
    </message>
</context>
<context>
    <name>kontor::ReminderPopup</name>
    <message>
        <source>Reminders</source>
        <translation>ການແຈ້ງເຕືອນ</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>ເລື່ອນ 10 ນາທີ</translation>
    </message>
    <message>
        <source>Remind me of this again in 10 minutes</source>
        <translation>ເຕືອນຂ້ອຍເລື່ອງນີ້ອີກຄັ້ງໃນ 10 ນາທີ</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>ເລື່ອນ 1 ຊມ</translation>
    </message>
    <message>
        <source>Remind me of this again in an hour</source>
        <translation>ເຕືອນຂ້ອຍເລື່ອງນີ້ອີກຄັ້ງໃນໜຶ່ງຊົ່ວໂມງ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ເປີດ</translation>
    </message>
    <message>
        <source>Open the deal, contact or company this task is about</source>
        <translation>ເປີດດີລ, ຜູ້ຕິດຕໍ່ ຫຼື ບໍລິສັດທີ່ໜ້າວຽກນີ້ກ່ຽວຂ້ອງ</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>ສຳເລັດ…</translation>
    </message>
    <message>
        <source>Complete the task: what came of it, and the next step</source>
        <translation>ສຳເລັດໜ້າວຽກ: ຜົນອອກມາແນວໃດ ແລະ ຂັ້ນຕອນຕໍ່ໄປ</translation>
    </message>
    <message>
        <source>missed while Kontor was closed</source>
        <translation>ພາດໄປຂະນະທີ່ Kontor ປິດຢູ່</translation>
    </message>
    <message numerus="yes">
        <source>While Kontor was closed, %n reminder(s) came due.</source>
        <translation>
            <numerusform>ຂະນະທີ່ Kontor ປິດຢູ່, ມີ %n ການແຈ້ງເຕືອນຮອດກຳນົດ.</numerusform>
            <numerusform>ຂະນະທີ່ Kontor ປິດຢູ່, ມີ %n ການແຈ້ງເຕືອນຮອດກຳນົດ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s):</source>
        <translation>
            <numerusform>%n ການແຈ້ງເຕືອນ:</numerusform>
            <numerusform>%n ການແຈ້ງເຕືອນ:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not snooze: %1</source>
        <translation>ບໍ່ສາມາດເລື່ອນໄດ້: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>ສຳເລັດ: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ReminderScheduler</name>
    <message>
        <source>Cannot read the reminders</source>
        <translation>ບໍ່ສາມາດອ່ານການແຈ້ງເຕືອນໄດ້</translation>
    </message>
    <message>
        <source>Cannot mark the reminder as shown</source>
        <translation>ບໍ່ສາມາດໝາຍການແຈ້ງເຕືອນວ່າສະແດງແລ້ວໄດ້</translation>
    </message>
    <message>
        <source>Snooze needs a time</source>
        <translation>ການເລື່ອນຕ້ອງມີເວລາ</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>ໜ້າວຽກ %1</translation>
    </message>
    <message>
        <source>Cannot snooze the reminder</source>
        <translation>ບໍ່ສາມາດເລື່ອນການແຈ້ງເຕືອນໄດ້</translation>
    </message>
    <message>
        <source>The task is done or in the trash</source>
        <translation>ໜ້າວຽກສຳເລັດແລ້ວ ຫຼື ຢູ່ໃນຖັງຂີ້ເຫຍື້ອ</translation>
    </message>
</context>
<context>
    <name>kontor::ReportChart</name>
    <message>
        <source>Nothing to show for this period and filter.</source>
        <translation>ບໍ່ມີຫຍັງສະແດງສຳລັບໄລຍະເວລາ ແລະ ຕົວກັ່ນຕອງນີ້.</translation>
    </message>
    <message>
        <source>Click a bar to list the records behind it.</source>
        <translation>ຄລິກແທ່ງເພື່ອສະແດງລາຍການບັນທຶກທີ່ຢູ່ເບື້ອງຫຼັງ.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n ລູກຄ້າ</numerusform>
            <numerusform>%n ລູກຄ້າ</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a point to list the records behind it.</source>
        <translation>ຄລິກຈຸດເພື່ອສະແດງລາຍການບັນທຶກທີ່ຢູ່ເບື້ອງຫຼັງ.</translation>
    </message>
</context>
<context>
    <name>kontor::ReportEngine</name>
    <message>
        <source>Funnel</source>
        <translation>ກວຍການຂາຍ</translation>
    </message>
    <message>
        <source>Deals created in the period that reached each stage, stage-to-stage conversion, time in stage and cycle length</source>
        <translation>ດີລທີ່ສ້າງໃນໄລຍະເວລາທີ່ໄປຮອດແຕ່ລະຂັ້ນຕອນ, ອັດຕາການປ່ຽນລະຫວ່າງຂັ້ນຕອນ, ເວລາໃນຂັ້ນຕອນ ແລະ ຄວາມຍາວຂອງຮອບວຽນ</translation>
    </message>
    <message>
        <source>Sales dynamics</source>
        <translation>ແນວໂນ້ມການຂາຍ</translation>
    </message>
    <message>
        <source>Won deals and amount per period, next to the period before</source>
        <translation>ດີລທີ່ຊະນະ ແລະ ຈຳນວນເງິນຕໍ່ໄລຍະເວລາ, ທຽບກັບໄລຍະເວລາກ່ອນໜ້າ</translation>
    </message>
    <message>
        <source>Won vs lost</source>
        <translation>ຊະນະທຽບກັບແພ້</translation>
    </message>
    <message>
        <source>Deals won and lost per period and the win rate</source>
        <translation>ດີລທີ່ຊະນະ ແລະ ແພ້ຕໍ່ໄລຍະເວລາ ແລະ ອັດຕາການຊະນະ</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>ເຫດຜົນທີ່ແພ້</translation>
    </message>
    <message>
        <source>Why deals closed in the period were lost</source>
        <translation>ເປັນຫຍັງດີລທີ່ປິດໃນໄລຍະເວລາຈຶ່ງແພ້</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>ຜູ້ຈັດການ</translation>
    </message>
    <message>
        <source>Per owner: deals won, amount, win rate, calls, meetings, e-mails, tasks on time and overdue</source>
        <translation>ຕໍ່ຜູ້ຮັບຜິດຊອບ: ດີລທີ່ຊະນະ, ຈຳນວນເງິນ, ອັດຕາການຊະນະ, ການໂທ, ການປະຊຸມ, ອີເມວ, ໜ້າວຽກທີ່ທັນເວລາ ແລະ ເກີນກຳນົດ</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>ຊ່ອງທາງ</translation>
    </message>
    <message>
        <source>Per source channel: deals created, won, conversion and revenue</source>
        <translation>ຕໍ່ຊ່ອງທາງແຫຼ່ງທີ່ມາ: ດີລທີ່ສ້າງ, ຊະນະ, ອັດຕາການປ່ຽນ ແລະ ລາຍຮັບ</translation>
    </message>
    <message>
        <source>Deal size</source>
        <translation>ຂະໜາດດີລ</translation>
    </message>
    <message>
        <source>How large won deals are: distribution, average and median</source>
        <translation>ດີລທີ່ຊະນະມີຂະໜາດເທົ່າໃດ: ການກະຈາຍ, ຄ່າສະເລ່ຍ ແລະ ຄ່າມັດທະຍະຖານ</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>ຮອບວຽນການຂາຍ</translation>
    </message>
    <message>
        <source>How long won deals took from creation to closing</source>
        <translation>ດີລທີ່ຊະນະໃຊ້ເວລາດົນເທົ່າໃດຈາກການສ້າງຈົນເຖິງການປິດ</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>ການຄາດຄະເນ</translation>
    </message>
    <message>
        <source>Open deals weighted by probability, by expected close month, against plan</source>
        <translation>ດີລທີ່ເປີດຢູ່ຖ່ວງນ້ຳໜັກຕາມຄວາມເປັນໄປໄດ້, ຕາມເດືອນທີ່ຄາດວ່າຈະປິດ, ທຽບກັບແຜນ</translation>
    </message>
    <message>
        <source>Plan vs fact</source>
        <translation>ແຜນທຽບກັບຕົວຈິງ</translation>
    </message>
    <message>
        <source>Sales plans per manager and period, what was won, and how much of the plan that is</source>
        <translation>ແຜນການຂາຍຕໍ່ຜູ້ຈັດການ ແລະ ໄລຍະເວລາ, ສິ່ງທີ່ຊະນະ ແລະ ເປັນສ່ວນໃດຂອງແຜນ</translation>
    </message>
    <message>
        <source>ABC/XYZ</source>
        <translation>ABC/XYZ</translation>
    </message>
    <message>
        <source>Customers by share of revenue (A/B/C) and regularity of purchases (X/Y/Z)</source>
        <translation>ລູກຄ້າຕາມສ່ວນແບ່ງລາຍຮັບ (A/B/C) ແລະ ຄວາມສະໝ່ຳສະເໝີຂອງການຊື້ (X/Y/Z)</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>ໄລຍະເວລາສິ້ນສຸດກ່ອນມັນເລີ່ມຕົ້ນ.</translation>
    </message>
    <message>
        <source>There is no pipeline to show.</source>
        <translation>ບໍ່ມີທໍ່ການຂາຍທີ່ຈະສະແດງ.</translation>
    </message>
    <message>
        <source>There is no report of that name.</source>
        <translation>ບໍ່ມີລາຍງານຊື່ນັ້ນ.</translation>
    </message>
    <message>
        <source>known reports: %1</source>
        <translation>ລາຍງານທີ່ຮູ້ຈັກ: %1</translation>
    </message>
    <message>
        <source>read currencies</source>
        <translation>ອ່ານສະກຸນເງິນ</translation>
    </message>
    <message>
        <source>read source channels</source>
        <translation>ອ່ານຊ່ອງທາງແຫຼ່ງທີ່ມາ</translation>
    </message>
    <message>
        <source>user</source>
        <translation>ຜູ້ໃຊ້</translation>
    </message>
    <message>
        <source>product</source>
        <translation>ຜະລິດຕະພັນ</translation>
    </message>
</context>
<context>
    <name>kontor::ReportFilterBar</name>
    <message>
        <source>This month</source>
        <translation>ເດືອນນີ້</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>ເດືອນແລ້ວ</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>ໄຕມາດນີ້</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>ໄຕມາດແລ້ວ</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>ຕົ້ນປີຫາປັດຈຸບັນ</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 ເດືອນລ່າສຸດ</translation>
    </message>
    <message>
        <source>Next 6 months</source>
        <translation>6 ເດືອນຕໍ່ໄປ</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>ກຳນົດເອງ</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>ຕາມມື້</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>ຕາມອາທິດ</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>ຕາມເດືອນ</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>ຕາມໄຕມາດ</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>ຜູ້ຮັບຜິດຊອບທັງໝົດ</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>ທໍ່ການຂາຍທັງໝົດ</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>ແຫຼ່ງທີ່ມາທັງໝົດ</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>ລູກຄ້າທັງໝົດ</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>ລູກຄ້າໃໝ່</translation>
    </message>
    <message>
        <source>Existing customers</source>
        <translation>ລູກຄ້າເກົ່າ</translation>
    </message>
    <message>
        <source>Existing: the company (or, without one, the person) had a deal won before this deal was created.</source>
        <translation>ລູກຄ້າເກົ່າ: ບໍລິສັດ (ຫຼື, ຖ້າບໍ່ມີ, ບຸກຄົນ) ເຄີຍມີດີລທີ່ຊະນະກ່ອນທີ່ດີລນີ້ຈະຖືກສ້າງ.</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>ຜະລິດຕະພັນທັງໝົດ</translation>
    </message>
</context>
<context>
    <name>kontor::Reports</name>
    <message>
        <source>%1 d</source>
        <translation>%1 ມື້</translation>
    </message>
</context>
<context>
    <name>kontor::ReportsModule</name>
    <message>
        <source>Export CSV…</source>
        <translation>ສົ່ງອອກ CSV…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ໄຟລ໌ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>ສົ່ງອອກ PNG…</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>ຮູບ PNG (*.png)</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>ສົ່ງອອກ PDF…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>ເອກະສານ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>ພິມ…</translation>
    </message>
    <message>
        <source>Sales plans…</source>
        <translation>ແຜນການຂາຍ…</translation>
    </message>
    <message>
        <source>Double-click a row to list the records behind it.</source>
        <translation>ຄລິກສອງເທື່ອທີ່ແຖວເພື່ອສະແດງລາຍການບັນທຶກທີ່ຢູ່ເບື້ອງຫຼັງ.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>ກຳລັງນັບ…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>ສົ່ງອອກລາຍງານ</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>ບັນທຶກ %1 ແລ້ວ</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>ລາຍງານ</translation>
    </message>
</context>
<context>
    <name>kontor::RescheduleTaskCommand</name>
    <message>
        <source>Reschedule &quot;%1&quot;</source>
        <translation>ເລື່ອນກຳນົດ &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>kontor::SalesPlanRepository</name>
    <message>
        <source>sales plan %1</source>
        <translation>ແຜນການຂາຍ %1</translation>
    </message>
    <message>
        <source>new sales plan</source>
        <translation>ແຜນການຂາຍໃໝ່</translation>
    </message>
    <message>
        <source>Choose the manager the plan is for.</source>
        <translation>ເລືອກຜູ້ຈັດການທີ່ແຜນນີ້ເປັນຂອງ.</translation>
    </message>
    <message>
        <source>A plan needs the first and last day of its period.</source>
        <translation>ແຜນຕ້ອງມີວັນທຳອິດ ແລະ ວັນສຸດທ້າຍຂອງໄລຍະເວລາ.</translation>
    </message>
    <message>
        <source>The plan&apos;s period ends before it starts.</source>
        <translation>ໄລຍະເວລາຂອງແຜນສິ້ນສຸດກ່ອນມັນເລີ່ມຕົ້ນ.</translation>
    </message>
    <message>
        <source>A plan&apos;s amount cannot be negative.</source>
        <translation>ຈຳນວນເງິນຂອງແຜນບໍ່ສາມາດເປັນຄ່າລົບໄດ້.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as EUR.</source>
        <translation>ສະກຸນເງິນຕ້ອງເປັນລະຫັດສາມຕົວອັກສອນເຊັ່ນ EUR.</translation>
    </message>
    <message>
        <source>read sales plans</source>
        <translation>ອ່ານແຜນການຂາຍ</translation>
    </message>
    <message>
        <source>save sales plan %1</source>
        <translation>ບັນທຶກແຜນການຂາຍ %1</translation>
    </message>
    <message>
        <source>add a sales plan</source>
        <translation>ເພີ່ມແຜນການຂາຍ</translation>
    </message>
    <message>
        <source>That sales plan does not exist.</source>
        <translation>ແຜນການຂາຍນັ້ນບໍ່ມີຢູ່.</translation>
    </message>
    <message>
        <source>delete sales plan %1</source>
        <translation>ລຶບແຜນການຂາຍ %1</translation>
    </message>
    <message>
        <source>To spread a plan over months its period must start on the 1st of a month.</source>
        <translation>ເພື່ອກະຈາຍແຜນອອກເປັນເດືອນ ໄລຍະເວລາຂອງມັນຕ້ອງເລີ່ມວັນທີ 1 ຂອງເດືອນ.</translation>
    </message>
    <message>
        <source>To spread a plan over months its period must end on the last day of a month.</source>
        <translation>ເພື່ອກະຈາຍແຜນອອກເປັນເດືອນ ໄລຍະເວລາຂອງມັນຕ້ອງສິ້ນສຸດວັນສຸດທ້າຍຂອງເດືອນ.</translation>
    </message>
    <message>
        <source>Only a plan that had an id can be restored.</source>
        <translation>ສາມາດກູ້ຄືນໄດ້ສະເພາະແຜນທີ່ມີ id ເທົ່ານັ້ນ.</translation>
    </message>
    <message>
        <source>restore sales plan %1</source>
        <translation>ກູ້ຄືນແຜນການຂາຍ %1</translation>
    </message>
</context>
<context>
    <name>kontor::SearchRepository</name>
    <message>
        <source>Cannot search for &quot;%1&quot;</source>
        <translation>ບໍ່ສາມາດຄົ້ນຫາ &quot;%1&quot; ໄດ້</translation>
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
            <numerusform>ແບ່ງປັນກັບທີມ: %Ln ຜູ້ຕິດຕໍ່</numerusform>
            <numerusform>ແບ່ງປັນກັບທີມ: %Ln ຜູ້ຕິດຕໍ່</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only yours: %Ln contact(s)</source>
        <translation>
            <numerusform>ສະເພາະຂອງທ່ານ: %Ln ຜູ້ຕິດຕໍ່</numerusform>
            <numerusform>ສະເພາະຂອງທ່ານ: %Ln ຜູ້ຕິດຕໍ່</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (…)</source>
        <translation>%1 (…)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>ກຳລັງນັບ…</translation>
    </message>
</context>
<context>
    <name>kontor::SegmentPanel</name>
    <message>
        <source>Segments</source>
        <translation>ກຸ່ມເປົ້າໝາຍ</translation>
    </message>
    <message>
        <source>All Contacts</source>
        <translation>ຜູ້ຕິດຕໍ່ທັງໝົດ</translation>
    </message>
    <message>
        <source>Show every contact again</source>
        <translation>ສະແດງຜູ້ຕິດຕໍ່ທັງໝົດອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>Delete Segment</source>
        <translation>ລຶບກຸ່ມເປົ້າໝາຍ</translation>
    </message>
    <message>
        <source>Delete the chosen segment (the contacts stay)</source>
        <translation>ລຶບກຸ່ມເປົ້າໝາຍທີ່ເລືອກ (ຜູ້ຕິດຕໍ່ຍັງຢູ່)</translation>
    </message>
    <message>
        <source>The segments could not be read: %1</source>
        <translation>ບໍ່ສາມາດອ່ານກຸ່ມເປົ້າໝາຍໄດ້: %1</translation>
    </message>
    <message>
        <source>Save as Segment</source>
        <translation>ບັນທຶກເປັນກຸ່ມເປົ້າໝາຍ</translation>
    </message>
    <message>
        <source>&amp;Shared with the team</source>
        <translation>ແບ່ງປັນກັບທີມ(&amp;S)</translation>
    </message>
    <message>
        <source>Unchecked, only you see this segment</source>
        <translation>ຖ້າບໍ່ໄດ້ໝາຍ, ມີພຽງທ່ານທີ່ເຫັນກຸ່ມເປົ້າໝາຍນີ້</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ຊື່(&amp;N):</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>ຕັ້ງຊື່ໃຫ້ກຸ່ມເປົ້າໝາຍ.</translation>
    </message>
    <message>
        <source>Delete the segment “%1”? The contacts in it stay.</source>
        <translation>ລຶບກຸ່ມເປົ້າໝາຍ “%1” ບໍ? ຜູ້ຕິດຕໍ່ໃນນັ້ນຍັງຢູ່.</translation>
    </message>
    <message>
        <source>The segments could not be counted: %1</source>
        <translation>ບໍ່ສາມາດນັບກຸ່ມເປົ້າໝາຍໄດ້: %1</translation>
    </message>
</context>
<context>
    <name>kontor::SegmentRepository</name>
    <message>
        <source>A segment needs a name</source>
        <translation>ກຸ່ມເປົ້າໝາຍຕ້ອງມີຊື່</translation>
    </message>
    <message>
        <source>Cannot save the segment &quot;%1&quot;</source>
        <translation>ບໍ່ສາມາດບັນທຶກກຸ່ມເປົ້າໝາຍ &quot;%1&quot; ໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the segments</source>
        <translation>ບໍ່ສາມາດອ່ານກຸ່ມເປົ້າໝາຍໄດ້</translation>
    </message>
    <message>
        <source>segment &quot;%1&quot;</source>
        <translation>ກຸ່ມເປົ້າໝາຍ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no segment with this name</source>
        <translation>ບໍ່ມີກຸ່ມເປົ້າໝາຍທີ່ມີຊື່ນີ້</translation>
    </message>
    <message>
        <source>Cannot delete the segment</source>
        <translation>ບໍ່ສາມາດລຶບກຸ່ມເປົ້າໝາຍໄດ້</translation>
    </message>
    <message>
        <source>This segment does not exist</source>
        <translation>ກຸ່ມເປົ້າໝາຍນີ້ບໍ່ມີຢູ່</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>ກຸ່ມເປົ້າໝາຍ %1</translation>
    </message>
</context>
<context>
    <name>kontor::SessionController</name>
    <message>
        <source>Cannot Open Database</source>
        <translation>ບໍ່ສາມາດເປີດຖານຂໍ້ມູນໄດ້</translation>
    </message>
    <message>
        <source>Kontor could not open %1.</source>
        <translation>Kontor ບໍ່ສາມາດເປີດ %1 ໄດ້.</translation>
    </message>
    <message>
        <source>You are still working in %1.</source>
        <translation>ທ່ານຍັງເຮັດວຽກຢູ່ໃນ %1.</translation>
    </message>
    <message>
        <source>New Local Database</source>
        <translation>ຖານຂໍ້ມູນໃນເຄື່ອງໃໝ່</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite)</source>
        <translation>ຖານຂໍ້ມູນ Kontor (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists. Use Open Local Database to open it, or choose another name.</source>
        <translation>%1 ມີຢູ່ແລ້ວ. ໃຊ້ ເປີດຖານຂໍ້ມູນໃນເຄື່ອງ ເພື່ອເປີດມັນ ຫຼື ເລືອກຊື່ອື່ນ.</translation>
    </message>
    <message>
        <source>Open Local Database</source>
        <translation>ເປີດຖານຂໍ້ມູນໃນເຄື່ອງ</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite);;All files (*)</source>
        <translation>ຖານຂໍ້ມູນ Kontor (*.sqlite);;ໄຟລ໌ທັງໝົດ (*)</translation>
    </message>
    <message>
        <source>Password Not Saved</source>
        <translation>ບໍ່ໄດ້ບັນທຶກລະຫັດຜ່ານ</translation>
    </message>
    <message>
        <source>The keychain did not store the password (%1). Kontor will ask for it next time.</source>
        <translation>ພວງກະແຈບໍ່ໄດ້ເກັບລະຫັດຜ່ານ (%1). Kontor ຈະຖາມມັນໃນຄັ້ງຕໍ່ໄປ.</translation>
    </message>
    <message>
        <source>Kontor could not sign in to %1: %2</source>
        <translation>Kontor ບໍ່ສາມາດເຂົ້າສູ່ລະບົບ %1 ໄດ້: %2</translation>
    </message>
</context>
<context>
    <name>kontor::SqliteRowBatch</name>
    <message>
        <source>Cannot write the rows</source>
        <translation>ບໍ່ສາມາດຂຽນແຖວໄດ້</translation>
    </message>
</context>
<context>
    <name>kontor::StageHistory</name>
    <message>
        <source>Cannot read the stage history of deal %1</source>
        <translation>ບໍ່ສາມາດອ່ານປະຫວັດຂັ້ນຕອນຂອງດີລ %1 ໄດ້</translation>
    </message>
</context>
<context>
    <name>kontor::StageHistoryTable</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ມື້</numerusform>
            <numerusform>%n ມື້</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ຊົ່ວໂມງ</numerusform>
            <numerusform>%n ຊົ່ວໂມງ</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ຂັ້ນຕອນ</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>ເຂົ້າເມື່ອ</translation>
    </message>
    <message>
        <source>Moved by</source>
        <translation>ຍ້າຍໂດຍ</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>ເວລາໃນຂັ້ນຕອນ</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 ມາຮອດຕອນນີ້</translation>
    </message>
</context>
<context>
    <name>kontor::TaskRepository</name>
    <message>
        <source>Cannot read the task list</source>
        <translation>ບໍ່ສາມາດອ່ານລາຍການໜ້າວຽກໄດ້</translation>
    </message>
    <message>
        <source>Cannot count the tasks</source>
        <translation>ບໍ່ສາມາດນັບຈຳນວນໜ້າວຽກໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the calendar</source>
        <translation>ບໍ່ສາມາດອ່ານປະຕິທິນໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the tasks</source>
        <translation>ບໍ່ສາມາດອ່ານໜ້າວຽກໄດ້</translation>
    </message>
    <message>
        <source>Birthdays are shown for at most a year at a time</source>
        <translation>ວັນເກີດຈະສະແດງໄດ້ສູງສຸດເທື່ອລະໜຶ່ງປີ</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>ປະຕິທິນ</translation>
    </message>
    <message>
        <source>Cannot read the birthdays</source>
        <translation>ບໍ່ສາມາດອ່ານວັນເກີດໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the group task</source>
        <translation>ບໍ່ສາມາດອ່ານໜ້າວຽກກຸ່ມໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the deals without a next step</source>
        <translation>ບໍ່ສາມາດອ່ານດີລທີ່ບໍ່ມີຂັ້ນຕອນຕໍ່ໄປໄດ້</translation>
    </message>
    <message>
        <source>A task needs a title: what is to be done?</source>
        <translation>ໜ້າວຽກຕ້ອງມີຫົວຂໍ້: ຕ້ອງເຮັດຫຍັງ?</translation>
    </message>
    <message>
        <source>The title is longer than 500 characters</source>
        <translation>ຫົວຂໍ້ຍາວກວ່າ 500 ຕົວອັກສອນ</translation>
    </message>
    <message>
        <source>The type &quot;%1&quot; must be one word of at most 40 letters</source>
        <translation>ປະເພດ &quot;%1&quot; ຕ້ອງເປັນຄຳດຽວທີ່ມີບໍ່ເກີນ 40 ຕົວອັກສອນ</translation>
    </message>
    <message>
        <source>Priority is 0 (normal), 1 (high) or 2 (urgent), not %1</source>
        <translation>ຄວາມສຳຄັນແມ່ນ 0 (ປົກກະຕິ), 1 (ສູງ) ຫຼື 2 (ດ່ວນ), ບໍ່ແມ່ນ %1</translation>
    </message>
    <message>
        <source>A duration cannot be negative</source>
        <translation>ໄລຍະເວລາບໍ່ສາມາດເປັນຄ່າລົບໄດ້</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;</source>
        <translation>ເຂດເວລາທີ່ບໍ່ຮູ້ຈັກ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>An all-day task needs the day it is due</source>
        <translation>ໜ້າວຽກໝົດມື້ຕ້ອງມີວັນຄົບກຳນົດ</translation>
    </message>
    <message>
        <source>A reminder needs a due date</source>
        <translation>ການແຈ້ງເຕືອນຕ້ອງມີວັນຄົບກຳນົດ</translation>
    </message>
    <message>
        <source>A reminder can be at most 60 days before the due date</source>
        <translation>ການແຈ້ງເຕືອນສາມາດຕັ້ງໄດ້ສູງສຸດ 60 ມື້ກ່ອນວັນຄົບກຳນົດ</translation>
    </message>
    <message>
        <source>A repeating task needs a due date to repeat from</source>
        <translation>ໜ້າວຽກທີ່ເຮັດຊ້ຳຕ້ອງມີວັນຄົບກຳນົດເພື່ອເລີ່ມເຮັດຊ້ຳ</translation>
    </message>
    <message>
        <source>Cannot save the task</source>
        <translation>ບໍ່ສາມາດບັນທຶກໜ້າວຽກໄດ້</translation>
    </message>
    <message>
        <source>Cannot save the group task</source>
        <translation>ບໍ່ສາມາດບັນທຶກໜ້າວຽກກຸ່ມໄດ້</translation>
    </message>
    <message>
        <source>The new due time is not valid</source>
        <translation>ເວລາຄົບກຳນົດໃໝ່ບໍ່ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>The new due date is not valid</source>
        <translation>ວັນຄົບກຳນົດໃໝ່ບໍ່ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>The next step cannot be saved: %1</source>
        <translation>ບໍ່ສາມາດບັນທຶກຂັ້ນຕອນຕໍ່ໄປໄດ້: %1</translation>
    </message>
    <message>
        <source>The task is already done</source>
        <translation>ໜ້າວຽກສຳເລັດແລ້ວ</translation>
    </message>
    <message>
        <source>Cannot complete the task</source>
        <translation>ບໍ່ສາມາດສຳເລັດໜ້າວຽກໄດ້</translation>
    </message>
    <message>
        <source>Cannot open the task again</source>
        <translation>ບໍ່ສາມາດເປີດໜ້າວຽກຄືນໃໝ່ໄດ້</translation>
    </message>
    <message>
        <source>The task is not done, or is in the trash</source>
        <translation>ໜ້າວຽກຍັງບໍ່ສຳເລັດ ຫຼື ຢູ່ໃນຖັງຂີ້ເຫຍື້ອ</translation>
    </message>
    <message>
        <source>Cannot look up the user</source>
        <translation>ບໍ່ສາມາດຊອກຫາຜູ້ໃຊ້ໄດ້</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;</source>
        <translation>ບໍ່ມີຜູ້ໃຊ້ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>ຜູ້ຮັບມອບໝາຍ</translation>
    </message>
</context>
<context>
    <name>kontor::TasksModule</name>
    <message>
        <source>Due</source>
        <translation>ກຳນົດສົ່ງ</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>ໜ້າວຽກ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <source>For</source>
        <translation>ສຳລັບ</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>ມອບໝາຍໃຫ້</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ບັນທຶກຫຍໍ້</translation>
    </message>
    <message>
        <source>New Task…</source>
        <translation>ໜ້າວຽກໃໝ່…</translation>
    </message>
    <message>
        <source>Plan a call, meeting or to-do (Ctrl+T from anywhere)</source>
        <translation>ວາງແຜນການໂທ, ການປະຊຸມ ຫຼື ສິ່ງທີ່ຕ້ອງເຮັດ (Ctrl+T ຈາກທຸກບ່ອນ)</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>ສຳເລັດ…</translation>
    </message>
    <message>
        <source>Mark the selected task done, note the outcome and plan the next step</source>
        <translation>ໝາຍໜ້າວຽກທີ່ເລືອກວ່າສຳເລັດ, ບັນທຶກຜົນໄດ້ຮັບ ແລະ ວາງແຜນຂັ້ນຕອນຕໍ່ໄປ</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ແກ້ໄຂ…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ໂຫຼດຄືນ</translation>
    </message>
    <message>
        <source>Export Calendar…</source>
        <translation>ສົ່ງອອກປະຕິທິນ…</translation>
    </message>
    <message>
        <source>Save these tasks and meetings as an .ics file for other calendars</source>
        <translation>ບັນທຶກໜ້າວຽກ ແລະ ການປະຊຸມເຫຼົ່ານີ້ເປັນໄຟລ໌ .ics ສຳລັບປະຕິທິນອື່ນ</translation>
    </message>
    <message>
        <source>Import Meetings…</source>
        <translation>ນຳເຂົ້າການປະຊຸມ…</translation>
    </message>
    <message>
        <source>Read meetings from an .ics file</source>
        <translation>ອ່ານການປະຊຸມຈາກໄຟລ໌ .ics</translation>
    </message>
    <message>
        <source>The tasks could not be read: %1</source>
        <translation>ບໍ່ສາມາດອ່ານໜ້າວຽກໄດ້: %1</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>ໜ້າວຽກ</translation>
    </message>
    <message>
        <source>Whose tasks: yours, a colleague&apos;s or everyone&apos;s</source>
        <translation>ໜ້າວຽກຂອງໃຜ: ຂອງທ່ານ, ຂອງເພື່ອນຮ່ວມງານ ຫຼື ຂອງທຸກຄົນ</translation>
    </message>
    <message>
        <source>List</source>
        <translation>ລາຍການ</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>ປະຕິທິນ</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>ໜ້າວຽກຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>Everyone&apos;s tasks</source>
        <translation>ໜ້າວຽກຂອງທຸກຄົນ</translation>
    </message>
    <message>
        <source>%1&apos;s tasks</source>
        <translation>ໜ້າວຽກຂອງ %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing left for today. Press Ctrl+T to plan a call or a meeting.</source>
        <translation>ບໍ່ມີຫຍັງເຫຼືອສຳລັບມື້ນີ້. ກົດ Ctrl+T ເພື່ອວາງແຜນການໂທ ຫຼື ການປະຊຸມ.</translation>
    </message>
    <message>
        <source>Nothing overdue. Well done!</source>
        <translation>ບໍ່ມີຫຍັງເກີນກຳນົດ. ເຮັດໄດ້ດີຫຼາຍ!</translation>
    </message>
    <message>
        <source>Nothing planned yet after today.</source>
        <translation>ຍັງບໍ່ມີຫຍັງວາງແຜນໄວ້ຫຼັງມື້ນີ້.</translation>
    </message>
    <message>
        <source>Completed tasks will be listed here, newest first.</source>
        <translation>ໜ້າວຽກທີ່ສຳເລັດແລ້ວຈະສະແດງຢູ່ທີ່ນີ້, ໃໝ່ສຸດກ່ອນ.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>ສຳເລັດ: %1</translation>
    </message>
    <message>
        <source>Moved &quot;%1&quot; to the trash</source>
        <translation>ຍ້າຍ &quot;%1&quot; ໄປຖັງຂີ້ເຫຍື້ອແລ້ວ</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>ສົ່ງອອກປະຕິທິນ</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>ໄຟລ໌ iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>ບໍ່ສາມາດຂຽນ %1 ໄດ້: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1</source>
        <translation>
            <numerusform>ສົ່ງອອກ %n ໜ້າວຽກໄປທີ່ %1 ແລ້ວ</numerusform>
            <numerusform>ສົ່ງອອກ %n ໜ້າວຽກໄປທີ່ %1 ແລ້ວ</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Meetings</source>
        <translation>ນຳເຂົ້າການປະຊຸມ</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>ໄຟລ໌ iCalendar (*.ics);;ໄຟລ໌ທັງໝົດ (*)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>ບໍ່ສາມາດເປີດ %1 ໄດ້: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n meeting(s).</source>
        <translation>
            <numerusform>ນຳເຂົ້າ %n ການປະຊຸມແລ້ວ.</numerusform>
            <numerusform>ນຳເຂົ້າ %n ການປະຊຸມແລ້ວ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already there.</source>
        <translation>
            <numerusform>%n ລາຍການມີຢູ່ແລ້ວ.</numerusform>
            <numerusform>%n ລາຍການມີຢູ່ແລ້ວ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>ຂ້າມ:</translation>
    </message>
</context>
<context>
    <name>kontor::TimelineModel</name>
    <message>
        <source>first name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>ນາມສະກຸນ</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>ຕຳແໜ່ງ</translation>
    </message>
    <message>
        <source>company</source>
        <translation>ບໍລິສັດ</translation>
    </message>
    <message>
        <source>role</source>
        <translation>ບົດບາດ</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>ວັນເກີດ</translation>
    </message>
    <message>
        <source>street</source>
        <translation>ຖະໜົນ</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ເມືອງ</translation>
    </message>
    <message>
        <source>region</source>
        <translation>ແຂວງ</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>ລະຫັດໄປສະນີ</translation>
    </message>
    <message>
        <source>country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <source>source</source>
        <translation>ແຫຼ່ງທີ່ມາ</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>ອຸນຫະພູມ</translation>
    </message>
    <message>
        <source>status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ຜູ້ຮັບຜິດຊອບ</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>ບັນທຶກຫຍໍ້</translation>
    </message>
    <message>
        <source>emails</source>
        <translation>ອີເມວ</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>ໂທລະສັບ</translation>
    </message>
    <message>
        <source>messengers</source>
        <translation>ແອັບສົ່ງຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>legal name</source>
        <translation>ຊື່ຕາມກົດໝາຍ</translation>
    </message>
    <message>
        <source>website</source>
        <translation>ເວັບໄຊ</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>ອຸດສາຫະກຳ</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>ໂທລະສັບ</translation>
    </message>
    <message>
        <source>email</source>
        <translation>ອີເມວ</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>ການໂທ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ອີເມວ</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>ການປະຊຸມ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ບັນທຶກຫຍໍ້</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>ດີລໃໝ່</translation>
    </message>
    <message>
        <source>Deal moved</source>
        <translation>ດີລຖືກຍ້າຍ</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>ໜ້າວຽກ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>ການປ່ຽນແປງ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ສ້າງແລ້ວ</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>ຍ້າຍໄປຖັງຂີ້ເຫຍື້ອແລ້ວ</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>ກູ້ຄືນຈາກຖັງຂີ້ເຫຍື້ອແລ້ວ</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>ແກ້ໄຂແລ້ວ</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>ປ່ຽນ %1 ແລ້ວ</translation>
    </message>
    <message>
        <source> (done)</source>
        <translation> (ສຳເລັດແລ້ວ)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>ເມື່ອໃດ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ເກີດຫຍັງຂຶ້ນ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ໂດຍ</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>ຈຳນວນເງິນ</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>ສະກຸນເງິນ</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>ຄວາມເປັນໄປໄດ້</translation>
    </message>
    <message>
        <source>expected close</source>
        <translation>ຄາດວ່າຈະປິດ</translation>
    </message>
    <message>
        <source>people</source>
        <translation>ບຸກຄົນ</translation>
    </message>
    <message>
        <source>products</source>
        <translation>ຜະລິດຕະພັນ</translation>
    </message>
    <message>
        <source>Merged with contact #%1</source>
        <translation>ລວມກັບຜູ້ຕິດຕໍ່ #%1 ແລ້ວ</translation>
    </message>
    <message>
        <source>Merge with contact #%1 undone</source>
        <translation>ເອົາການລວມກັບຜູ້ຕິດຕໍ່ #%1 ຄືນແລ້ວ</translation>
    </message>
    <message>
        <source>Marked as not a duplicate of contact #%1</source>
        <translation>ໝາຍວ່າບໍ່ແມ່ນລາຍການຊ້ຳຂອງຜູ້ຕິດຕໍ່ #%1</translation>
    </message>
    <message>
        <source>May be a duplicate of contact #%1 again</source>
        <translation>ອາດເປັນລາຍການຊ້ຳຂອງຜູ້ຕິດຕໍ່ #%1 ອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ບໍ່ມີ</translation>
    </message>
    <message>
        <source>Photo removed</source>
        <translation>ລຶບຮູບແລ້ວ</translation>
    </message>
    <message>
        <source>Photo changed</source>
        <translation>ປ່ຽນຮູບແລ້ວ</translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation>ເພີ່ມຮູບແລ້ວ</translation>
    </message>
    <message>
        <source>Created by import #%1 (row %2 of the file)</source>
        <translation>ສ້າງໂດຍການນຳເຂົ້າ #%1 (ແຖວ %2 ຂອງໄຟລ໌)</translation>
    </message>
    <message>
        <source>Created by import #%1 of %2, row %3</source>
        <translation>ສ້າງໂດຍການນຳເຂົ້າ #%1 ຈາກ %2, ແຖວ %3</translation>
    </message>
</context>
<context>
    <name>kontor::TimelinePanel</name>
    <message>
        <source>The history could not be read: %1</source>
        <translation>ບໍ່ສາມາດອ່ານປະຫວັດໄດ້: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ປະຫວັດ</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>ບັນທຶກການໂທ</translation>
    </message>
    <message>
        <source>Log email</source>
        <translation>ບັນທຶກອີເມວ</translation>
    </message>
    <message>
        <source>Log meeting</source>
        <translation>ບັນທຶກການປະຊຸມ</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>ເພີ່ມບັນທຶກຫຍໍ້</translation>
    </message>
</context>
<context>
    <name>kontor::TimelineRepository</name>
    <message>
        <source>Cannot read the history</source>
        <translation>ບໍ່ສາມາດອ່ານປະຫວັດໄດ້</translation>
    </message>
    <message>
        <source>Cannot count the history</source>
        <translation>ບໍ່ສາມາດນັບປະຫວັດໄດ້</translation>
    </message>
</context>
<context>
    <name>kontor::TrashBin</name>
    <message>
        <source>Cannot read the trash</source>
        <translation>ບໍ່ສາມາດອ່ານຖັງຂີ້ເຫຍື້ອໄດ້</translation>
    </message>
    <message>
        <source>The number of days cannot be negative</source>
        <translation>ຈຳນວນມື້ບໍ່ສາມາດເປັນຄ່າລົບໄດ້</translation>
    </message>
    <message>
        <source>Cannot empty the trash</source>
        <translation>ບໍ່ສາມາດລ້າງຖັງຂີ້ເຫຍື້ອໄດ້</translation>
    </message>
    <message>
        <source>Only contacts, companies, deals and tasks are in the trash</source>
        <translation>ມີພຽງຜູ້ຕິດຕໍ່, ບໍລິສັດ, ດີລ ແລະ ໜ້າວຽກເທົ່ານັ້ນທີ່ຢູ່ໃນຖັງຂີ້ເຫຍື້ອ</translation>
    </message>
</context>
<context>
    <name>kontor::TrashListing</name>
    <message>
        <source>Cannot read the trash</source>
        <translation>ບໍ່ສາມາດອ່ານຖັງຂີ້ເຫຍື້ອໄດ້</translation>
    </message>
    <message>
        <source>Cannot count what is in the trash</source>
        <translation>ບໍ່ສາມາດນັບສິ່ງທີ່ຢູ່ໃນຖັງຂີ້ເຫຍື້ອໄດ້</translation>
    </message>
</context>
<context>
    <name>kontor::TrashModule</name>
    <message>
        <source>Contact</source>
        <translation>ຜູ້ຕິດຕໍ່</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>ບໍລິສັດ</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>ດີລ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>ລາຍລະອຽດ</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>ລຶບເມື່ອ</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>ລຶບໂດຍ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>ກູ້ຄືນ</translation>
    </message>
    <message>
        <source>Put the selected records back where they were</source>
        <translation>ເອົາບັນທຶກທີ່ເລືອກກັບຄືນບ່ອນເດີມ</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>ລ້າງຖັງຂີ້ເຫຍື້ອ…</translation>
    </message>
    <message>
        <source>Delete everything in the trash for good</source>
        <translation>ລຶບທຸກຢ່າງໃນຖັງຂີ້ເຫຍື້ອຖາວອນ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ໂຫຼດຄືນ</translation>
    </message>
    <message>
        <source>The trash could not be read: %1</source>
        <translation>ບໍ່ສາມາດອ່ານຖັງຂີ້ເຫຍື້ອໄດ້: %1</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>ຖັງຂີ້ເຫຍື້ອ</translation>
    </message>
    <message>
        <source>Search the trash by name</source>
        <translation>ຄົ້ນຫາໃນຖັງຂີ້ເຫຍື້ອຕາມຊື່</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>ຖັງຂີ້ເຫຍື້ອຫວ່າງເປົ່າ.</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>ພົບ %1</translation>
    </message>
    <message>
        <source>%1 in the trash</source>
        <translation>%1 ໃນຖັງຂີ້ເຫຍື້ອ</translation>
    </message>
    <message>
        <source>Nothing in the trash matches “%1”.</source>
        <translation>ບໍ່ມີຫຍັງໃນຖັງຂີ້ເຫຍື້ອທີ່ກົງກັບ “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) restored.</source>
        <translation>
            <numerusform>ກູ້ຄືນ %Ln ບັນທຶກແລ້ວ.</numerusform>
            <numerusform>ກູ້ຄືນ %Ln ບັນທຶກແລ້ວ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some records could not be restored:
%1</source>
        <translation>ບາງບັນທຶກບໍ່ສາມາດກູ້ຄືນໄດ້:
%1</translation>
    </message>
    <message>
        <source>Empty the Trash?</source>
        <translation>ລ້າງຖັງຂີ້ເຫຍື້ອບໍ?</translation>
    </message>
    <message>
        <source>Delete the %1 records in the trash for good? Their activities and tasks stay, without them. This cannot be undone.</source>
        <translation>ລຶບ %1 ບັນທຶກໃນຖັງຂີ້ເຫຍື້ອຖາວອນບໍ? ກິດຈະກຳ ແລະ ໜ້າວຽກຂອງພວກມັນຈະຍັງຢູ່ ໂດຍບໍ່ມີພວກມັນ. ການກະທຳນີ້ບໍ່ສາມາດເອົາຄືນໄດ້.</translation>
    </message>
    <message>
        <source>The trash could not be emptied: %1</source>
        <translation>ບໍ່ສາມາດລ້າງຖັງຂີ້ເຫຍື້ອໄດ້: %1</translation>
    </message>
    <message>
        <source>%1 records deleted for good.</source>
        <translation>ລຶບ %1 ບັນທຶກຖາວອນແລ້ວ.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>ໜ້າວຽກ</translation>
    </message>
    <message>
        <source>Deleted contacts, companies, deals and tasks wait here until you restore them. Select several with Shift or Ctrl.</source>
        <translation>ຜູ້ຕິດຕໍ່, ບໍລິສັດ, ດີລ ແລະ ໜ້າວຽກທີ່ຖືກລຶບຈະລໍຖ້າຢູ່ທີ່ນີ້ຈົນກວ່າທ່ານຈະກູ້ຄືນ. ເລືອກຫຼາຍອັນດ້ວຍ Shift ຫຼື Ctrl.</translation>
    </message>
</context>
<context>
    <name>kontor::TrashTaskCommand</name>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>ລຶບ &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>kontor::VCardWriter</name>
    <message>
        <source>Cannot write the vCard file.</source>
        <translation>ບໍ່ສາມາດຂຽນໄຟລ໌ vCard ໄດ້.</translation>
    </message>
</context>
<context>
    <name>kontor::XlsxWriter</name>
    <message>
        <source>Excel export needs the libxlsxwriter library, which cannot be loaded.</source>
        <translation>ການສົ່ງອອກ Excel ຕ້ອງການໄລບຣາຣີ libxlsxwriter, ເຊິ່ງບໍ່ສາມາດໂຫຼດໄດ້.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the workbook.</source>
        <translation>ບໍ່ສາມາດສ້າງໂຟນເດີຊົ່ວຄາວສຳລັບປຶ້ມວຽກໄດ້.</translation>
    </message>
    <message>
        <source>Cannot start the workbook.</source>
        <translation>ບໍ່ສາມາດເລີ່ມປຶ້ມວຽກໄດ້.</translation>
    </message>
    <message>
        <source>Cannot add a sheet to the workbook.</source>
        <translation>ບໍ່ສາມາດເພີ່ມແຜ່ນງານໃສ່ປຶ້ມວຽກໄດ້.</translation>
    </message>
    <message>
        <source>An .xlsx sheet holds at most 1,048,576 rows; export as CSV instead.</source>
        <translation>ແຜ່ນງານ .xlsx ບັນຈຸໄດ້ສູງສຸດ 1,048,576 ແຖວ; ໃຫ້ສົ່ງອອກເປັນ CSV ແທນ.</translation>
    </message>
    <message>
        <source>A cell is longer than the 32,767 characters .xlsx allows; export as CSV instead.</source>
        <translation>ເຊລໜຶ່ງຍາວກວ່າ 32,767 ຕົວອັກສອນທີ່ .xlsx ອະນຸຍາດ; ໃຫ້ສົ່ງອອກເປັນ CSV ແທນ.</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>ແຖວ %1, ຖັນ %2</translation>
    </message>
    <message>
        <source>Cannot write a cell of the workbook.</source>
        <translation>ບໍ່ສາມາດຂຽນເຊລຂອງປຶ້ມວຽກໄດ້.</translation>
    </message>
    <message>
        <source>The workbook was not started.</source>
        <translation>ປຶ້ມວຽກຍັງບໍ່ໄດ້ເລີ່ມ.</translation>
    </message>
    <message>
        <source>Cannot save the workbook.</source>
        <translation>ບໍ່ສາມາດບັນທຶກປຶ້ມວຽກໄດ້.</translation>
    </message>
    <message>
        <source>Cannot read the finished workbook back.</source>
        <translation>ບໍ່ສາມາດອ່ານປຶ້ມວຽກທີ່ສຳເລັດແລ້ວຄືນໄດ້.</translation>
    </message>
    <message>
        <source>Cannot write the .xlsx file.</source>
        <translation>ບໍ່ສາມາດຂຽນໄຟລ໌ .xlsx ໄດ້.</translation>
    </message>
</context>
<context>
    <name>kontor::importing</name>
    <message>
        <source>A vCard file holds contacts; import it as contacts.</source>
        <translation>ໄຟລ໌ vCard ບັນຈຸຜູ້ຕິດຕໍ່; ນຳເຂົ້າມັນເປັນຜູ້ຕິດຕໍ່.</translation>
    </message>
    <message>
        <source>Cannot read the custom fields</source>
        <translation>ບໍ່ສາມາດອ່ານຊ່ອງຂໍ້ມູນກຳນົດເອງໄດ້</translation>
    </message>
    <message>
        <source>Cannot read a custom value</source>
        <translation>ບໍ່ສາມາດອ່ານຄ່າກຳນົດເອງໄດ້</translation>
    </message>
    <message>
        <source>Cannot save a custom value</source>
        <translation>ບໍ່ສາມາດບັນທຶກຄ່າກຳນົດເອງໄດ້</translation>
    </message>
    <message>
        <source>No column of the file is mapped to a field.</source>
        <translation>ບໍ່ມີຖັນໃດຂອງໄຟລ໌ຖືກຈັບຄູ່ກັບຊ່ອງຂໍ້ມູນ.</translation>
    </message>
    <message>
        <source>Cannot start the import</source>
        <translation>ບໍ່ສາມາດເລີ່ມການນຳເຂົ້າໄດ້</translation>
    </message>
    <message>
        <source>Cannot create the problem rows file.</source>
        <translation>ບໍ່ສາມາດສ້າງໄຟລ໌ແຖວທີ່ມີບັນຫາໄດ້.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>ບັນຫາ</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>ການນຳເຂົ້າຖືກຍົກເລີກ; ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>Forced failure for a test.</source>
        <translation>ບັງຄັບໃຫ້ລົ້ມເຫຼວເພື່ອການທົດສອບ.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ແຖວ %1</translation>
    </message>
    <message>
        <source>Cannot save the problem rows file.</source>
        <translation>ບໍ່ສາມາດບັນທຶກໄຟລ໌ແຖວທີ່ມີບັນຫາໄດ້.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems, so nothing was imported.</source>
        <translation>
            <numerusform>%n ແຖວມີບັນຫາ, ສະນັ້ນບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</numerusform>
            <numerusform>%n ແຖວມີບັນຫາ, ສະນັ້ນບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot finish the import</source>
        <translation>ບໍ່ສາມາດສຳເລັດການນຳເຂົ້າໄດ້</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>ຊື່ບໍລິສັດ</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>ຊື່ຕາມກົດໝາຍ</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ເວັບໄຊ</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>ອຸດສາຫະກຳ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ໂທລະສັບ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ອີເມວ</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>ຖະໜົນ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>ເມືອງ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>ແຂວງ</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>ລະຫັດໄປສະນີ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ແຫຼ່ງທີ່ມາ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ບັນທຶກຫຍໍ້</translation>
    </message>
    <message>
        <source>Kontor ID</source>
        <translation>Kontor ID</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>ຫົວຂໍ້ດີລ</translation>
    </message>
    <message>
        <source>Pipeline (name)</source>
        <translation>ທໍ່ການຂາຍ (ຊື່)</translation>
    </message>
    <message>
        <source>Stage (name)</source>
        <translation>ຂັ້ນຕອນ (ຊື່)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>ຈຳນວນເງິນ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ສະກຸນເງິນ</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>ຄາດວ່າຈະປິດ</translation>
    </message>
    <message>
        <source>Contact (email)</source>
        <translation>ຜູ້ຕິດຕໍ່ (ອີເມວ)</translation>
    </message>
    <message>
        <source>Company (name)</source>
        <translation>ບໍລິສັດ (ຊື່)</translation>
    </message>
    <message>
        <source>Owner (name or email)</source>
        <translation>ຜູ້ຮັບຜິດຊອບ (ຊື່ ຫຼື ອີເມວ)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>ນາມສະກຸນ</translation>
    </message>
    <message>
        <source>Full name (split)</source>
        <translation>ຊື່ເຕັມ (ແຍກ)</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>ຕຳແໜ່ງ</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>ໂທລະສັບມືຖື</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>ວັນເກີດ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>ອຸນຫະພູມ</translation>
    </message>
    <message>
        <source>Cannot restore a custom value</source>
        <translation>ບໍ່ສາມາດກູ້ຄືນຄ່າກຳນົດເອງໄດ້</translation>
    </message>
    <message>
        <source>Cannot restore the record</source>
        <translation>ບໍ່ສາມາດກູ້ຄືນບັນທຶກໄດ້</translation>
    </message>
    <message>
        <source>Cannot remove what the import created</source>
        <translation>ບໍ່ສາມາດລຶບສິ່ງທີ່ການນຳເຂົ້າສ້າງໄດ້</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>ການນຳເຂົ້າ %1</translation>
    </message>
    <message>
        <source>Cannot read the import</source>
        <translation>ບໍ່ສາມາດອ່ານການນຳເຂົ້າໄດ້</translation>
    </message>
    <message>
        <source>There is no such import.</source>
        <translation>ບໍ່ມີການນຳເຂົ້ານີ້.</translation>
    </message>
    <message>
        <source>This import was already undone.</source>
        <translation>ການນຳເຂົ້ານີ້ຖືກເອົາຄືນແລ້ວ.</translation>
    </message>
    <message>
        <source>Cannot mark the import as undone</source>
        <translation>ບໍ່ສາມາດໝາຍການນຳເຂົ້າວ່າເອົາຄືນແລ້ວໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the import history</source>
        <translation>ບໍ່ສາມາດອ່ານປະຫວັດການນຳເຂົ້າໄດ້</translation>
    </message>
    <message>
        <source>no such day in the calendar</source>
        <translation>ບໍ່ມີວັນນີ້ໃນປະຕິທິນ</translation>
    </message>
    <message>
        <source>a two-digit year is ambiguous; write the year in full</source>
        <translation>ປີສອງຫຼັກບໍ່ຊັດເຈນ; ໃຫ້ຂຽນປີເຕັມ</translation>
    </message>
    <message>
        <source>ambiguous: %1 could be day/month or month/day; choose the order</source>
        <translation>ບໍ່ຊັດເຈນ: %1 ອາດເປັນ ວັນ/ເດືອນ ຫຼື ເດືອນ/ວັນ; ເລືອກລຳດັບ</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>ບໍ່ແມ່ນວັນທີ</translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation>ບໍ່ແມ່ນຈຳນວນເງິນ</translation>
    </message>
    <message>
        <source>ambiguous: %1 could be thousands or decimals</source>
        <translation>ບໍ່ຊັດເຈນ: %1 ອາດເປັນຫຼັກພັນ ຫຼື ທົດສະນິຍົມ</translation>
    </message>
    <message>
        <source>more than two decimals</source>
        <translation>ທົດສະນິຍົມເກີນສອງຕຳແໜ່ງ</translation>
    </message>
    <message>
        <source>amount too large</source>
        <translation>ຈຳນວນເງິນໃຫຍ່ເກີນໄປ</translation>
    </message>
    <message>
        <source>Cannot save the new companies</source>
        <translation>ບໍ່ສາມາດບັນທຶກບໍລິສັດໃໝ່ໄດ້</translation>
    </message>
    <message>
        <source>Cannot save the new contacts</source>
        <translation>ບໍ່ສາມາດບັນທຶກຜູ້ຕິດຕໍ່ໃໝ່ໄດ້</translation>
    </message>
    <message>
        <source>Status (open, won, lost)</source>
        <translation>ສະຖານະ (open, won, lost)</translation>
    </message>
    <message>
        <source>Lost reason (name)</source>
        <translation>ເຫດຜົນທີ່ແພ້ (ຊື່)</translation>
    </message>
    <message>
        <source>Type (call, email, meeting, note)</source>
        <translation>ປະເພດ (call, email, meeting, note)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>ວັນທີ ແລະ ເວລາ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>ຫົວຂໍ້</translation>
    </message>
    <message>
        <source>Note / body</source>
        <translation>ບັນທຶກຫຍໍ້ / ເນື້ອໃນ</translation>
    </message>
    <message>
        <source>Deal (title)</source>
        <translation>ດີລ (ຫົວຂໍ້)</translation>
    </message>
    <message>
        <source>Duration (minutes or h:mm)</source>
        <translation>ໄລຍະເວລາ (ນາທີ ຫຼື h:mm)</translation>
    </message>
    <message>
        <source>Direction (in, out)</source>
        <translation>ທິດທາງ (in, out)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ຜົນໄດ້ຮັບ</translation>
    </message>
    <message>
        <source>A mapping profile needs a name of 1 to 100 characters.</source>
        <translation>ໂປຣໄຟລ໌ການຈັບຄູ່ຕ້ອງມີຊື່ຍາວ 1 ຫາ 100 ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <source>Cannot save the mapping profile</source>
        <translation>ບໍ່ສາມາດບັນທຶກໂປຣໄຟລ໌ການຈັບຄູ່ໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the mapping profiles</source>
        <translation>ບໍ່ສາມາດອ່ານໂປຣໄຟລ໌ການຈັບຄູ່ໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the mapping profile</source>
        <translation>ບໍ່ສາມາດອ່ານໂປຣໄຟລ໌ການຈັບຄູ່ໄດ້</translation>
    </message>
    <message>
        <source>There is no mapping profile of this name.</source>
        <translation>ບໍ່ມີໂປຣໄຟລ໌ການຈັບຄູ່ຊື່ນີ້.</translation>
    </message>
    <message>
        <source>Cannot delete the mapping profile</source>
        <translation>ບໍ່ສາມາດລຶບໂປຣໄຟລ໌ການຈັບຄູ່ໄດ້</translation>
    </message>
    <message>
        <source>Cannot restore when the contact was last contacted</source>
        <translation>ບໍ່ສາມາດກູ້ຄືນເວລາທີ່ຕິດຕໍ່ຜູ້ຕິດຕໍ່ຄັ້ງລ່າສຸດໄດ້</translation>
    </message>
    <message>
        <source>not a time of day</source>
        <translation>ບໍ່ແມ່ນເວລາຂອງມື້</translation>
    </message>
    <message>
        <source>External ID (the other system&apos;s)</source>
        <translation>ID ພາຍນອກ (ຂອງລະບົບອື່ນ)</translation>
    </message>
    <message>
        <source>Cannot restore the deal&apos;s external id</source>
        <translation>ບໍ່ສາມາດກູ້ຄືນ id ພາຍນອກຂອງດີລໄດ້</translation>
    </message>
    <message>
        <source>Cannot look for duplicates</source>
        <translation>ບໍ່ສາມາດຊອກຫາລາຍການຊ້ຳໄດ້</translation>
    </message>
    <message>
        <source>Cannot update the search index</source>
        <translation>ບໍ່ສາມາດອັບເດດດັດຊະນີການຄົ້ນຫາໄດ້</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>ຮູບ</translation>
    </message>
    <message>
        <source>Cannot save the activities</source>
        <translation>ບໍ່ສາມາດບັນທຶກກິດຈະກຳເຫຼົ່ານັ້ນໄດ້</translation>
    </message>
    <message>
        <source>Cannot save the new deals</source>
        <translation>ບໍ່ສາມາດບັນທຶກດີລໃໝ່ໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the deal</source>
        <translation>ບໍ່ສາມາດອ່ານດີລໄດ້</translation>
    </message>
</context>
<context>
    <name>kontor::importing::FetchedPhotos</name>
    <message>
        <source>Cannot keep the photos: no room for them in the temporary folder.</source>
        <translation>ບໍ່ສາມາດເກັບຮູບໄວ້ໄດ້: ບໍ່ມີບ່ອນພຽງພໍໃນໂຟນເດີຊົ່ວຄາວ.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>ການນຳເຂົ້າຖືກຍົກເລີກ; ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>Cannot keep the photos: the temporary folder is full or not writable.</source>
        <translation>ບໍ່ສາມາດເກັບຮູບໄວ້ໄດ້: ໂຟນເດີຊົ່ວຄາວເຕັມ ຫຼື ບໍ່ສາມາດຂຽນໄດ້.</translation>
    </message>
    <message>
        <source>the fetched photo could not be read back (%1)</source>
        <translation>ບໍ່ສາມາດອ່ານຮູບທີ່ດຶງມາຄືນໄດ້ (%1)</translation>
    </message>
</context>
<context>
    <name>kontor::importing::ImportMapping</name>
    <message>
        <source>The mapping names a column the file does not have.</source>
        <translation>ການຈັບຄູ່ລະບຸຖັນທີ່ໄຟລ໌ບໍ່ມີ.</translation>
    </message>
    <message>
        <source>The mapping names an unknown field.</source>
        <translation>ການຈັບຄູ່ລະບຸຊ່ອງຂໍ້ມູນທີ່ບໍ່ຮູ້ຈັກ.</translation>
    </message>
</context>
<context>
    <name>kontor::importing::ImportProblem</name>
    <message>
        <source>row %1: %2</source>
        <translation>ແຖວ %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2, &quot;%3&quot;: %4</source>
        <translation>ແຖວ %1, ຖັນ %2, &quot;%3&quot;: %4</translation>
    </message>
</context>
<context>
    <name>kontor::importing::MappingProfile</name>
    <message>
        <source>The saved mapping profile is damaged.</source>
        <translation>ໂປຣໄຟລ໌ການຈັບຄູ່ທີ່ບັນທຶກໄວ້ເສຍຫາຍ.</translation>
    </message>
    <message>
        <source>The saved mapping profile names an unknown field.</source>
        <translation>ໂປຣໄຟລ໌ການຈັບຄູ່ທີ່ບັນທຶກໄວ້ລະບຸຊ່ອງຂໍ້ມູນທີ່ບໍ່ຮູ້ຈັກ.</translation>
    </message>
    <message>
        <source>The mapping profile &quot;%1&quot; needs a column this file does not have.</source>
        <translation>ໂປຣໄຟລ໌ການຈັບຄູ່ &quot;%1&quot; ຕ້ອງການຖັນທີ່ໄຟລ໌ນີ້ບໍ່ມີ.</translation>
    </message>
</context>
<context>
    <name>kontor::importing::VCardSource</name>
    <message>
        <source>First name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>ນາມສະກຸນ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ຊື່ເຕັມ</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>ບໍລິສັດ</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>ຕຳແໜ່ງ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ອີເມວ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ໂທລະສັບ</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>ໂທລະສັບມືຖື</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>ວັນເກີດ</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>ຖະໜົນ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>ເມືອງ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>ແຂວງ</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>ລະຫັດໄປສະນີ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ບັນທຶກຫຍໍ້</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail</name>
    <message>
        <source>Cannot record the import</source>
        <translation>ບໍ່ສາມາດບັນທຶກການນຳເຂົ້າໄດ້</translation>
    </message>
    <message>
        <source>Cannot look up the company</source>
        <translation>ບໍ່ສາມາດຊອກຫາບໍລິສັດໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the deal&apos;s stage</source>
        <translation>ບໍ່ສາມາດອ່ານຂັ້ນຕອນຂອງດີລໄດ້</translation>
    </message>
    <message>
        <source>The deal is gone.</source>
        <translation>ດີລບໍ່ມີແລ້ວ.</translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation>ດີລ %1</translation>
    </message>
    <message>
        <source>Cannot put the deal back in its stage</source>
        <translation>ບໍ່ສາມາດເອົາດີລກັບຄືນເຂົ້າຂັ້ນຕອນຂອງມັນໄດ້</translation>
    </message>
    <message>
        <source>Cannot keep the photos</source>
        <translation>ບໍ່ສາມາດເກັບຮູບໄວ້ໄດ້</translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation>ບໍ່ແມ່ນທີ່ຢູ່ອີເມວ</translation>
    </message>
    <message>
        <source>a birthday in the future</source>
        <translation>ວັນເກີດໃນອະນາຄົດ</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>ຕ້ອງເປັນໜຶ່ງໃນ: %1</translation>
    </message>
    <message>
        <source>not a record id</source>
        <translation>ບໍ່ແມ່ນ id ຂອງບັນທຶກ</translation>
    </message>
    <message>
        <source>no name and no email address</source>
        <translation>ບໍ່ມີຊື່ ແລະ ບໍ່ມີທີ່ຢູ່ອີເມວ</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::ActivityWriter</name>
    <message>
        <source>must be one of: call, email, meeting, note</source>
        <translation>ຕ້ອງເປັນໜຶ່ງໃນ: call, email, meeting, note</translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation>ບໍ່ແມ່ນທີ່ຢູ່ອີເມວ</translation>
    </message>
    <message>
        <source>no contact has this email address; import the contacts first</source>
        <translation>ບໍ່ມີຜູ້ຕິດຕໍ່ໃດມີທີ່ຢູ່ອີເມວນີ້; ນຳເຂົ້າຜູ້ຕິດຕໍ່ກ່ອນ</translation>
    </message>
    <message>
        <source>not a duration: write minutes (45) or hours and minutes (1:30)</source>
        <translation>ບໍ່ແມ່ນໄລຍະເວລາ: ຂຽນເປັນນາທີ (45) ຫຼື ຊົ່ວໂມງ ແລະ ນາທີ (1:30)</translation>
    </message>
    <message>
        <source>must be in (incoming) or out (outgoing)</source>
        <translation>ຕ້ອງເປັນ in (ຂາເຂົ້າ) ຫຼື out (ຂາອອກ)</translation>
    </message>
    <message>
        <source>no type (call, email, meeting or note)</source>
        <translation>ບໍ່ມີປະເພດ (call, email, meeting ຫຼື note)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ບໍ່ມີວັນທີ</translation>
    </message>
    <message>
        <source>no contact email</source>
        <translation>ບໍ່ມີອີເມວຜູ້ຕິດຕໍ່</translation>
    </message>
    <message>
        <source>neither a subject nor a note</source>
        <translation>ບໍ່ມີທັງຫົວຂໍ້ ແລະ ບັນທຶກຫຍໍ້</translation>
    </message>
    <message>
        <source>Cannot look for duplicates</source>
        <translation>ບໍ່ສາມາດຊອກຫາລາຍການຊ້ຳໄດ້</translation>
    </message>
    <message>
        <source>Cannot read when the contact was last contacted</source>
        <translation>ບໍ່ສາມາດອ່ານເວລາທີ່ຕິດຕໍ່ຜູ້ຕິດຕໍ່ຄັ້ງລ່າສຸດໄດ້</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::CompanyWriter</name>
    <message>
        <source>not an email address</source>
        <translation>ບໍ່ແມ່ນທີ່ຢູ່ອີເມວ</translation>
    </message>
    <message>
        <source>not a record id</source>
        <translation>ບໍ່ແມ່ນ id ຂອງບັນທຶກ</translation>
    </message>
    <message>
        <source>no company name</source>
        <translation>ບໍ່ມີຊື່ບໍລິສັດ</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::ContactWriter</name>
    <message>
        <source>Cannot look for duplicates</source>
        <translation>ບໍ່ສາມາດຊອກຫາລາຍການຊ້ຳໄດ້</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::DealRowReader</name>
    <message>
        <source>a deal amount cannot be negative</source>
        <translation>ຈຳນວນເງິນຂອງດີລບໍ່ສາມາດເປັນຄ່າລົບໄດ້</translation>
    </message>
    <message>
        <source>not a currency code such as EUR or USD</source>
        <translation>ບໍ່ແມ່ນລະຫັດສະກຸນເງິນເຊັ່ນ EUR ຫຼື USD</translation>
    </message>
    <message>
        <source>must be one of: open, won, lost</source>
        <translation>ຕ້ອງເປັນໜຶ່ງໃນ: open, won, lost</translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation>ບໍ່ແມ່ນທີ່ຢູ່ອີເມວ</translation>
    </message>
    <message>
        <source>no contact has this email address; import the contacts first</source>
        <translation>ບໍ່ມີຜູ້ຕິດຕໍ່ໃດມີທີ່ຢູ່ອີເມວນີ້; ນຳເຂົ້າຜູ້ຕິດຕໍ່ກ່ອນ</translation>
    </message>
    <message>
        <source>not a record id</source>
        <translation>ບໍ່ແມ່ນ id ຂອງບັນທຶກ</translation>
    </message>
    <message>
        <source>the amount is in %1, this column says %2</source>
        <translation>ຈຳນວນເງິນເປັນ %1, ຖັນນີ້ລະບຸ %2</translation>
    </message>
    <message>
        <source>no deal title</source>
        <translation>ບໍ່ມີຫົວຂໍ້ດີລ</translation>
    </message>
    <message>
        <source>no pipeline of this name; the pipelines are: %1</source>
        <translation>ບໍ່ມີທໍ່ການຂາຍຊື່ນີ້; ທໍ່ການຂາຍທີ່ມີແມ່ນ: %1</translation>
    </message>
    <message>
        <source>no stage of this name in the pipeline &quot;%1&quot;; its stages are: %2</source>
        <translation>ບໍ່ມີຂັ້ນຕອນຊື່ນີ້ໃນທໍ່ການຂາຍ &quot;%1&quot;; ຂັ້ນຕອນຂອງມັນແມ່ນ: %2</translation>
    </message>
    <message>
        <source>no stage of this name; the stages are: %1</source>
        <translation>ບໍ່ມີຂັ້ນຕອນຊື່ນີ້; ຂັ້ນຕອນທີ່ມີແມ່ນ: %1</translation>
    </message>
    <message>
        <source>a stage of several pipelines (%1); add a Pipeline column</source>
        <translation>ຂັ້ນຕອນຂອງຫຼາຍທໍ່ການຂາຍ (%1); ເພີ່ມຖັນ ທໍ່ການຂາຍ</translation>
    </message>
    <message>
        <source>the stage &quot;%1&quot; is a %2 stage</source>
        <translation>ຂັ້ນຕອນ &quot;%1&quot; ເປັນຂັ້ນຕອນ %2</translation>
    </message>
    <message>
        <source>the pipeline &quot;%1&quot; has no %2 stage</source>
        <translation>ທໍ່ການຂາຍ &quot;%1&quot; ບໍ່ມີຂັ້ນຕອນ %2</translation>
    </message>
    <message>
        <source>there is no pipeline to put the deal in</source>
        <translation>ບໍ່ມີທໍ່ການຂາຍທີ່ຈະໃສ່ດີລ</translation>
    </message>
    <message>
        <source>no lost reason of this name; the reasons are: %1</source>
        <translation>ບໍ່ມີເຫດຜົນທີ່ແພ້ຊື່ນີ້; ເຫດຜົນທີ່ມີແມ່ນ: %1</translation>
    </message>
    <message>
        <source>a lost reason for a deal that is not lost</source>
        <translation>ເຫດຜົນທີ່ແພ້ສຳລັບດີລທີ່ບໍ່ໄດ້ແພ້</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::DealWriter</name>
    <message>
        <source>Cannot save the deal&apos;s external id</source>
        <translation>ບໍ່ສາມາດບັນທຶກ id ພາຍນອກຂອງດີລໄດ້</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::ImportLookups</name>
    <message>
        <source>Cannot look up the contact</source>
        <translation>ບໍ່ສາມາດຊອກຫາຜູ້ຕິດຕໍ່ໄດ້</translation>
    </message>
    <message>
        <source>Cannot read the users</source>
        <translation>ບໍ່ສາມາດອ່ານຜູ້ໃຊ້ໄດ້</translation>
    </message>
    <message>
        <source>%1 users have this name; use their login or email</source>
        <translation>ມີຜູ້ໃຊ້ %1 ຄົນທີ່ມີຊື່ນີ້; ໃຊ້ຊື່ເຂົ້າລະບົບ ຫຼື ອີເມວຂອງເຂົາເຈົ້າ</translation>
    </message>
    <message>
        <source>no user of this name, login or email; the users are: %1</source>
        <translation>ບໍ່ມີຜູ້ໃຊ້ທີ່ມີຊື່, ຊື່ເຂົ້າລະບົບ ຫຼື ອີເມວນີ້; ຜູ້ໃຊ້ທີ່ມີແມ່ນ: %1</translation>
    </message>
    <message>
        <source>Cannot look up the deal</source>
        <translation>ບໍ່ສາມາດຊອກຫາດີລໄດ້</translation>
    </message>
    <message>
        <source>several deals of this contact have this title</source>
        <translation>ຫຼາຍດີລຂອງຜູ້ຕິດຕໍ່ນີ້ມີຫົວຂໍ້ນີ້</translation>
    </message>
    <message>
        <source>several deals have this title</source>
        <translation>ຫຼາຍດີລມີຫົວຂໍ້ນີ້</translation>
    </message>
    <message>
        <source>this contact has no deal with this title</source>
        <translation>ຜູ້ຕິດຕໍ່ນີ້ບໍ່ມີດີລທີ່ມີຫົວຂໍ້ນີ້</translation>
    </message>
    <message>
        <source>no deal has this title</source>
        <translation>ບໍ່ມີດີລໃດມີຫົວຂໍ້ນີ້</translation>
    </message>
</context>
<context>
    <name>kontor::importing::detail::PhotoKeeper</name>
    <message>
        <source>embedded image</source>
        <translation>ຮູບທີ່ຝັງໄວ້</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>ການນຳເຂົ້າຖືກຍົກເລີກ; ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>ຮູບ</translation>
    </message>
    <message>
        <source>%1 The contact was imported without the photo.</source>
        <translation>%1 ຜູ້ຕິດຕໍ່ຖືກນຳເຂົ້າໂດຍບໍ່ມີຮູບ.</translation>
    </message>
    <message>
        <source>%1 %2 was imported without the photo.</source>
        <translation>%1 %2 ຖືກນຳເຂົ້າໂດຍບໍ່ມີຮູບ.</translation>
    </message>
</context>
<context>
    <name>kontor::phone</name>
    <message>
        <source>Cannot read the default phone region</source>
        <translation>ບໍ່ສາມາດອ່ານພາກພື້ນເລີ່ມຕົ້ນຂອງເບີໂທໄດ້</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: it needs 3 to 17 digits</source>
        <translation>&quot;%1&quot; ບໍ່ແມ່ນເບີໂທລະສັບ: ມັນຕ້ອງມີ 3 ຫາ 17 ຕົວເລກ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: no country uses this code and length</source>
        <translation>&quot;%1&quot; ບໍ່ແມ່ນເບີໂທລະສັບ: ບໍ່ມີປະເທດໃດໃຊ້ລະຫັດ ແລະ ຄວາມຍາວນີ້</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region code phone numbers know (two letters, e.g. FI, DE, RU, US)</source>
        <translation>&quot;%1&quot; ບໍ່ແມ່ນລະຫັດພາກພື້ນທີ່ເບີໂທລະສັບຮູ້ຈັກ (ສອງຕົວອັກສອນ, ເຊັ່ນ FI, DE, RU, US)</translation>
    </message>
    <message>
        <source>default region</source>
        <translation>ພາກພື້ນເລີ່ມຕົ້ນ</translation>
    </message>
    <message>
        <source>Cannot save the default phone region</source>
        <translation>ບໍ່ສາມາດບັນທຶກພາກພື້ນເລີ່ມຕົ້ນຂອງເບີໂທໄດ້</translation>
    </message>
</context>
<context>
    <name>kontor::reports</name>
    <message>
        <source>dashboard</source>
        <translation>ແຜງໜ້າປັດ</translation>
    </message>
    <message>
        <source>dashboard: overdue tasks</source>
        <translation>ແຜງໜ້າປັດ: ໜ້າວຽກເກີນກຳນົດ</translation>
    </message>
    <message>
        <source>dashboard: new leads</source>
        <translation>ແຜງໜ້າປັດ: ລູກຄ້າເປົ້າໝາຍໃໝ່</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ແຜງໜ້າປັດ</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>ດີລທີ່ເປີດຢູ່</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>ທໍ່ການຂາຍທີ່ເປີດຢູ່</translation>
    </message>
    <message>
        <source>Won this month</source>
        <translation>ຊະນະເດືອນນີ້</translation>
    </message>
    <message>
        <source>Plan this month</source>
        <translation>ແຜນເດືອນນີ້</translation>
    </message>
    <message>
        <source>Of plan</source>
        <translation>ຂອງແຜນ</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>ໜ້າວຽກເກີນກຳນົດ</translation>
    </message>
    <message>
        <source>New leads this week</source>
        <translation>ລູກຄ້າເປົ້າໝາຍໃໝ່ອາທິດນີ້</translation>
    </message>
    <message>
        <source>Stale deals</source>
        <translation>ດີລທີ່ຄ້າງນານ</translation>
    </message>
    <message>
        <source>count the deals behind a figure</source>
        <translation>ນັບດີລທີ່ຢູ່ເບື້ອງຫຼັງຕົວເລກ</translation>
    </message>
    <message>
        <source>list the deals behind a figure</source>
        <translation>ສະແດງລາຍການດີລທີ່ຢູ່ເບື້ອງຫຼັງຕົວເລກ</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>ດີລ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ຂັ້ນຕອນ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ຜູ້ຮັບຜິດຊອບ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>ຈຳນວນເງິນ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ສະກຸນເງິນ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ສ້າງເມື່ອ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ປິດເມື່ອ</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>ຄາດວ່າຈະປິດ</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>ດີລ</translation>
    </message>
    <message>
        <source>count overdue tasks</source>
        <translation>ນັບໜ້າວຽກເກີນກຳນົດ</translation>
    </message>
    <message>
        <source>list overdue tasks</source>
        <translation>ສະແດງລາຍການໜ້າວຽກເກີນກຳນົດ</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>ໜ້າວຽກ</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>ມອບໝາຍໃຫ້</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>ກຳນົດສົ່ງ</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>ໜ້າວຽກ</translation>
    </message>
    <message>
        <source>count new contacts</source>
        <translation>ນັບຜູ້ຕິດຕໍ່ໃໝ່</translation>
    </message>
    <message>
        <source>list new contacts</source>
        <translation>ສະແດງລາຍການຜູ້ຕິດຕໍ່ໃໝ່</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ແຫຼ່ງທີ່ມາ</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>ຜູ້ຕິດຕໍ່</translation>
    </message>
    <message>
        <source>Customer key</source>
        <translation>ລະຫັດລູກຄ້າ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ລູກຄ້າ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>ດີລທີ່ຊະນະ</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>ລາຍຮັບ</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ລູກຄ້າ</translation>
    </message>
    <message>
        <source>list customers</source>
        <translation>ສະແດງລາຍການລູກຄ້າ</translation>
    </message>
    <message>
        <source>company</source>
        <translation>ບໍລິສັດ</translation>
    </message>
    <message>
        <source>person</source>
        <translation>ບຸກຄົນ</translation>
    </message>
    <message>
        <source>There are no records behind this figure.</source>
        <translation>ບໍ່ມີບັນທຶກຢູ່ເບື້ອງຫຼັງຕົວເລກນີ້.</translation>
    </message>
    <message>
        <source>ABC/XYZ</source>
        <translation>ABC/XYZ</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>ເຊລ</translation>
    </message>
    <message>
        <source>Revenue class</source>
        <translation>ກຸ່ມລາຍຮັບ</translation>
    </message>
    <message>
        <source>Regularity class</source>
        <translation>ກຸ່ມຄວາມສະໝ່ຳສະເໝີ</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>ສ່ວນແບ່ງລາຍຮັບ</translation>
    </message>
    <message>
        <source>Customers in %1</source>
        <translation>ລູກຄ້າໃນ %1</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>ເດືອນ</translation>
    </message>
    <message>
        <source>funnel</source>
        <translation>ກວຍການຂາຍ</translation>
    </message>
    <message>
        <source>Funnel: %1</source>
        <translation>ກວຍການຂາຍ: %1</translation>
    </message>
    <message>
        <source>Stage id</source>
        <translation>Id ຂັ້ນຕອນ</translation>
    </message>
    <message>
        <source>Deals reached</source>
        <translation>ດີລທີ່ໄປຮອດ</translation>
    </message>
    <message>
        <source>From previous stage</source>
        <translation>ຈາກຂັ້ນຕອນກ່ອນໜ້າ</translation>
    </message>
    <message>
        <source>From first stage</source>
        <translation>ຈາກຂັ້ນຕອນທຳອິດ</translation>
    </message>
    <message>
        <source>Average days in stage</source>
        <translation>ຈຳນວນມື້ສະເລ່ຍໃນຂັ້ນຕອນ</translation>
    </message>
    <message>
        <source>Median days in stage</source>
        <translation>ຄ່າມັດທະຍະຖານຂອງມື້ໃນຂັ້ນຕອນ</translation>
    </message>
    <message>
        <source>Deals that reached %1</source>
        <translation>ດີລທີ່ໄປຮອດ %1</translation>
    </message>
    <message>
        <source>Deals created</source>
        <translation>ດີລທີ່ສ້າງ</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>ຊະນະ</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ແພ້</translation>
    </message>
    <message>
        <source>Overall conversion</source>
        <translation>ອັດຕາການປ່ຽນລວມ</translation>
    </message>
    <message>
        <source>Average cycle</source>
        <translation>ຮອບວຽນສະເລ່ຍ</translation>
    </message>
    <message>
        <source>Median cycle</source>
        <translation>ຮອບວຽນມັດທະຍະຖານ</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>ການຄາດຄະເນ</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>ຖ່ວງນ້ຳໜັກ</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>ແຜນ</translation>
    </message>
    <message>
        <source>Weighted of plan</source>
        <translation>ຖ່ວງນ້ຳໜັກທຽບກັບແຜນ</translation>
    </message>
    <message>
        <source>Open deals expected to close in %1</source>
        <translation>ດີລທີ່ເປີດຢູ່ທີ່ຄາດວ່າຈະປິດໃນ %1</translation>
    </message>
    <message>
        <source>plan vs fact</source>
        <translation>ແຜນທຽບກັບຕົວຈິງ</translation>
    </message>
    <message>
        <source>Plan id</source>
        <translation>Id ແຜນ</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Id ຜູ້ໃຊ້</translation>
    </message>
    <message>
        <source>Manager and period</source>
        <translation>ຜູ້ຈັດການ ແລະ ໄລຍະເວລາ</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>ຜູ້ຈັດການ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ແຕ່</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ເຖິງ</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>ຕົວຈິງ</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>ບັນລຸໄດ້</translation>
    </message>
    <message>
        <source>Won by %1 in %2</source>
        <translation>ຊະນະໂດຍ %1 ໃນ %2</translation>
    </message>
    <message>
        <source>sales dynamics</source>
        <translation>ແນວໂນ້ມການຂາຍ</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>ໄລຍະເວລາ</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>ຈຳນວນເງິນທີ່ຊະນະ</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>ໄລຍະເວລາກ່ອນໜ້າ</translation>
    </message>
    <message>
        <source>Won before</source>
        <translation>ຊະນະກ່ອນໜ້າ</translation>
    </message>
    <message>
        <source>Amount before</source>
        <translation>ຈຳນວນເງິນກ່ອນໜ້າ</translation>
    </message>
    <message>
        <source>Deals won from %1</source>
        <translation>ດີລທີ່ຊະນະຈາກ %1</translation>
    </message>
    <message>
        <source>Won in the period before</source>
        <translation>ຊະນະໃນໄລຍະເວລາກ່ອນໜ້າ</translation>
    </message>
    <message>
        <source>Amount in the period before</source>
        <translation>ຈຳນວນເງິນໃນໄລຍະເວລາກ່ອນໜ້າ</translation>
    </message>
    <message>
        <source>Change of amount</source>
        <translation>ການປ່ຽນແປງຂອງຈຳນວນເງິນ</translation>
    </message>
    <message>
        <source>won vs lost</source>
        <translation>ຊະນະທຽບກັບແພ້</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>ອັດຕາການຊະນະ</translation>
    </message>
    <message>
        <source>Deals closed from %1</source>
        <translation>ດີລທີ່ປິດຈາກ %1</translation>
    </message>
    <message>
        <source>lost reasons</source>
        <translation>ເຫດຜົນທີ່ແພ້</translation>
    </message>
    <message>
        <source>Reason id</source>
        <translation>Id ເຫດຜົນ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>ເຫດຜົນ</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>ດີລທີ່ແພ້</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>ສ່ວນແບ່ງ</translation>
    </message>
    <message>
        <source>Amount lost</source>
        <translation>ຈຳນວນເງິນທີ່ແພ້</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(ບໍ່ໄດ້ໃຫ້ເຫດຜົນ)</translation>
    </message>
    <message>
        <source>Deals lost: %1</source>
        <translation>ດີລທີ່ແພ້: %1</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>ການກະຈາຍ</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>ຊ່ວງ</translation>
    </message>
    <message>
        <source>Won deals: %1</source>
        <translation>ດີລທີ່ຊະນະ: %1</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>ຄ່າສະເລ່ຍ</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>ຄ່າມັດທະຍະຖານ</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 and more</source>
        <translation>%1 ແລະ ຫຼາຍກວ່າ</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 ມື້</translation>
    </message>
    <message>
        <source>%1 days and more</source>
        <translation>%1 ມື້ ແລະ ຫຼາຍກວ່າ</translation>
    </message>
    <message>
        <source>managers report</source>
        <translation>ລາຍງານຜູ້ຈັດການ</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>ການໂທ</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>ການປະຊຸມ</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>ອີເມວ</translation>
    </message>
    <message>
        <source>Tasks on time</source>
        <translation>ໜ້າວຽກທີ່ທັນເວລາ</translation>
    </message>
    <message>
        <source>Tasks done late</source>
        <translation>ໜ້າວຽກທີ່ເຮັດຊ້າ</translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation>ໜ້າວຽກເກີນກຳນົດ</translation>
    </message>
    <message>
        <source>Deals closed by %1</source>
        <translation>ດີລທີ່ປິດໂດຍ %1</translation>
    </message>
    <message>
        <source>channels report</source>
        <translation>ລາຍງານຊ່ອງທາງ</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>ຊ່ອງທາງແຫຼ່ງທີ່ມາ</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>ອັດຕາການປ່ຽນ</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(ບໍ່ມີແຫຼ່ງທີ່ມາ)</translation>
    </message>
    <message>
        <source>Deals from %1</source>
        <translation>ດີລຈາກ %1</translation>
    </message>
    <message>
        <source>sales plans</source>
        <translation>ແຜນການຂາຍ</translation>
    </message>
    <message>
        <source>In stage now</source>
        <translation>ຢູ່ໃນຂັ້ນຕອນຕອນນີ້</translation>
    </message>
    <message>
        <source>Average days so far</source>
        <translation>ຈຳນວນມື້ສະເລ່ຍມາຮອດຕອນນີ້</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>ແຜນທັງໝົດ</translation>
    </message>
    <message>
        <source>Plan from</source>
        <translation>ແຜນແຕ່</translation>
    </message>
    <message>
        <source>Plan to</source>
        <translation>ແຜນເຖິງ</translation>
    </message>
    <message>
        <source>Cannot update the time deals spent in each stage</source>
        <translation>ບໍ່ສາມາດອັບເດດເວລາທີ່ດີລໃຊ້ໃນແຕ່ລະຂັ້ນຕອນໄດ້</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kontor, a CRM for salespeople.</source>
        <translation>Kontor, CRM ສຳລັບພະນັກງານຂາຍ.</translation>
    </message>
    <message>
        <source>Open this database (sqlite:FILE or postgresql://user@host:port/name) instead of KONTOR_DB.</source>
        <translation>ເປີດຖານຂໍ້ມູນນີ້ (sqlite:FILE ຫຼື postgresql://user@host:port/name) ແທນ KONTOR_DB.</translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE and exit.</source>
        <translation>ບັນທຶກຮູບຂອງໜ້າຕ່າງຫຼັກໄປທີ່ FILE ແລ້ວອອກ.</translation>
    </message>
    <message>
        <source>Show this module first (contacts, companies, ...).</source>
        <translation>ສະແດງໂມດູນນີ້ກ່ອນ (contacts, companies, ...).</translation>
    </message>
    <message>
        <source>User interface language (en, ru, bg, fi, sw, fa, lo).</source>
        <translation>ພາສາຂອງສ່ວນຕິດຕໍ່ຜູ້ໃຊ້ (en, ru, bg, fi, sw, fa, lo).</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>ບໍ່ສາມາດເປີດຖານຂໍ້ມູນໄດ້</translation>
    </message>
    <message>
        <source>Open the card of the contact with this id.</source>
        <translation>ເປີດບັດຂອງຜູ້ຕິດຕໍ່ທີ່ມີ id ນີ້.</translation>
    </message>
    <message>
        <source>Open the card of the company with this id.</source>
        <translation>ເປີດບັດຂອງບໍລິສັດທີ່ມີ id ນີ້.</translation>
    </message>
    <message>
        <source>Open the card of the deal with this id.</source>
        <translation>ເປີດບັດຂອງດີລທີ່ມີ id ນີ້.</translation>
    </message>
    <message>
        <source>Open a settings dialog: pipelines or products.</source>
        <translation>ເປີດກ່ອງໂຕ້ຕອບການຕັ້ງຄ່າ: pipelines ຫຼື products.</translation>
    </message>
    <message>
        <source>Open quick-search[:TEXT], custom-fields or duplicates.</source>
        <translation>ເປີດ quick-search[:TEXT], custom-fields ຫຼື duplicates.</translation>
    </message>
</context>
</TS>
