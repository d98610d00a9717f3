<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>App</name>
    <message>
        <location filename="../../src/casekeeper/gui/app.py" line="+83"/>
        <source>This is the demo store (sample data). Its passphrase is printed in the terminal that started CaseKeeper.</source>
        <translation>Бұл — демонстрациялық қойма (үлгі деректер). Оның құпия фразасы CaseKeeper іске қосылған терминалда көрсетілген.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>CaseKeeper is running from a folder that every user of this computer can change ({folder}). Someone could replace the program with one that records your passphrase. Move CaseKeeper to a folder only you or the administrators can change, and start it from there.</source>
        <translation>CaseKeeper осы компьютердің кез келген пайдаланушысы өзгерте алатын қалтадан іске қосылған ({folder}). Біреу бағдарламаны құпия фразаңызды жазып алатын басқа бағдарламамен алмастыруы мүмкін. CaseKeeper-ді тек сіз немесе әкімшілер өзгерте алатын қалтаға көшіріп, сол жерден іске қосыңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other users of this computer can open your CaseKeeper data folder ({folder}). Make it yours alone (on Linux and macOS: chmod 700 on that folder).</source>
        <translation>Осы компьютердің басқа пайдаланушылары CaseKeeper деректер қалтаңызды ({folder}) аша алады. Оны тек өзіңізге қолжетімді етіңіз (Linux пен macOS-та: сол қалтаға chmod 700).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your CaseKeeper data folder ({folder}) belongs to another user account, who can read and change your stores. Use a folder of your own.</source>
        <translation>CaseKeeper деректер қалтаңыз ({folder}) басқа тіркелгіге тиесілі, ол сіздің қоймаларыңызды оқи және өзгерте алады. Өз қалтаңызды пайдаланыңыз.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CaseKeeper: a safety problem</source>
        <translation>CaseKeeper: қауіпсіздік мәселесі</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../src/casekeeper/gui/case_editor.py" line="+23"/>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Alimnur Turganbay detained at the Dulata border crossing</source>
        <translation>мыс. Әлімнұр Тұрғанбай Дулата шекара бекетінде ұсталды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>given automatically, e.g. CK-2025-0007</source>
        <translation>автоматты түрде беріледі, мыс. CK-2025-0007</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Нөмірі:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Status:</source>
        <translation>&amp;Күйі:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The widest audience this case may reach</source>
        <translation>Бұл іс жете алатын ең кең аудитория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;May be shared with:</source>
        <translation>&amp;Кімге көрсетуге болады:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened, in a few sentences</source>
        <translation>Не болғаны, бірнеше сөйлеммен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary:</source>
        <translation>&amp;Қысқаша:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give the case a title.</source>
        <translation>Іске атау беріңіз.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New case “{title}”</source>
        <translation>Жаңа іс «{title}»</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+71"/>
        <source>Edit case {ref}</source>
        <translation>{ref} ісін өңдеу</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../src/casekeeper/gui/case_list_model.py" line="+244"/>
        <source>The case list could not be read: {error}</source>
        <translation>Істер тізімін оқу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ref</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Өзгертілді</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../src/casekeeper/gui/interview/page_case.py" line="+35"/>
        <source>Family interview</source>
        <translation>Отбасымен сұхбат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go through the pages with the family. Nothing is recorded until Finish; “Pause &amp; close” keeps what was typed, encrypted in the store, for later.</source>
        <translation>Беттерді отбасымен бірге өтіңіз. «Аяқтау» басылмайынша ештеңе жазылмайды; «Кідірту &amp; жабу» енгізілгенді қоймада шифрланған күйде кейінге сақтайды.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Resume it</source>
        <translation>&amp;Жалғастыру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard it</source>
        <translation>&amp;Тастау</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start a &amp;new case</source>
        <translation>&amp;Жаңа іс бастау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to the case open in the window</source>
        <translation>Терезеде ашық іске қосу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Left empty: made from the name and what happened</source>
        <translation>Бос қалса: есім мен болған оқиғадан құрылады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case title</source>
        <translation>Іс атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case status</source>
        <translation>Іс күйі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Күйі:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interview date</source>
        <translation>Сұхбат күні</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Atajurt office, Almaty</source>
        <translation>мыс. «Атажұрт» кеңсесі, Алматы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interview &amp;date:</source>
        <translation>Сұхбат &amp;күні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview &amp;place:</source>
        <translation>Сұхбат &amp;орны:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Record this interview in&lt;/b&gt;</source>
        <translation>&lt;b&gt;Бұл сұхбатты қайда жазу&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;The interview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Сұхбат&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add to the case open in the window (none is open)</source>
        <translation>Терезеде ашық іске қосу (ешбірі ашық емес)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to the case open in the window: {ref} — {title}</source>
        <translation>Терезеде ашық іске қосу: {ref} — {title}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no name yet</source>
        <translation>әзірге есім жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An interview about &lt;b&gt;{name}&lt;/b&gt; was paused on {when} by {by}.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; туралы сұхбатты {when} кезінде {by} кідіртті.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The interview date is not understood.</source>
        <translation>Сұхбат күні түсініксіз.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../src/casekeeper/gui/case_view.py" line="+62"/>
        <source>Case details</source>
        <translation>Іс туралы мәліметтер</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a case in the list to see it here.</source>
        <translation>Істі осы жерде көру үшін оны тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Case reference</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case status</source>
        <translation>Іс күйі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case title</source>
        <translation>Іс атауы</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case summary</source>
        <translation>Істің қысқаша сипаттамасы</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Case sections</source>
        <translation>Іс бөлімдері</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit case…</source>
        <translation>Істі өңдеу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the title, summary or status</source>
        <translation>Атауын, сипаттамасын немесе күйін өзгерту</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This case could not be shown: {error}</source>
        <translation>Бұл істі көрсету мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Withdraw consent</source>
        <translation>Келісімді кері қайтару</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} withdraws this decision ({audience}, {scope}).
Why, in a few words (optional):</source>
        <translation>{name} осы шешімді кері қайтарады ({audience}, {scope}).
Себебі, бірнеше сөзбен (міндетті емес):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Withdraw</source>
        <translation>Кері қайтару</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>updated {when}</source>
        <translation>өзгертілді {when}</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+20"/>
        <source>E&amp;vidence</source>
        <translation>&amp;Дәлелдер</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;People</source>
        <translation>&amp;Адамдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sources &amp;&amp; Claims</source>
        <translation>&amp;Дереккөздер мен мәлімдемелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onsent</source>
        <translation>&amp;Келісім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;asks</source>
        <translation>&amp;Тапсырмалар</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;History</source>
        <translation>Та&amp;рих</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sources disagree</source>
        <translation>Дереккөздер келіспейді</translation>
    </message>
    <message numerus="yes">
        <location filename="numerus_sources.py" line="+13"/>
        <source>— %n overdue</source>
        <translation>
            <numerusform>— %n мерзімі өткен</numerusform>
            <numerusform>— %n мерзімі өткен</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimsTab</name>
    <message>
        <location filename="../../src/casekeeper/gui/case_view_claims.py" line="+26"/>
        <source>Add source and claim…</source>
        <translation>Дереккөз бен мәлімдеме қосу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a source (testimony, article, document) and what it states</source>
        <translation>Дереккөзді (айғақ, мақала, құжат) және онда айтылғанды жазу</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+46"/>
        <source>Sources disagree</source>
        <translation>Дереккөздер келіспейді</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Sources and claims</source>
        <translation>Дереккөздер мен мәлімдемелер</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+33"/>
        <source>reliability: {r}</source>
        <translation>сенімділігі: {r}</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>{source} ({details})</source>
        <translation>{source} ({details})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No claims recorded.</source>
        <translation>Мәлімдемелер жазылмаған.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>by {author}</source>
        <translation>авторы: {author}</translation>
    </message>
    <message numerus="yes">
        <location filename="numerus_sources.py" line="+1"/>
        <source>Sources disagree on %n fact(s) of this case.</source>
        <translation>
            <numerusform>Дереккөздер осы істің %n дерегі бойынша келіспейді.</numerusform>
            <numerusform>Дереккөздер осы істің %n дерегі бойынша келіспейді.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClipboardGuard</name>
    <message>
        <location filename="../../src/casekeeper/gui/clipboard_guard.py" line="+209"/>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;all</source>
        <translation>&amp;Барлығын көшіру</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Select &amp;all</source>
        <translation>Барлығын &amp;белгілеу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copies leave the clipboard after {n} seconds</source>
        <translation>Көшірілген мәтін алмасу буферінен {n} секундтан кейін өшіріледі</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <location filename="../../src/casekeeper/gui/consent_editor.py" line="+31"/>
        <source>Record a consent decision</source>
        <translation>Келісім туралы шешімді жазу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Person:</source>
        <translation>&amp;Адам:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who may see:</source>
        <translation>&amp;Кім көре алады:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About:</source>
        <translation>&amp;Не туралы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Шешім:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. only if he is sentenced</source>
        <translation>мыс. тек оған үкім шығарылса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Condition:</source>
        <translation>&amp;Шарт:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add the person to the case first.</source>
        <translation>Алдымен адамды іске қосыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A conditional consent needs its condition in words.</source>
        <translation>Шартты келісімге шарттың сөзбен жазылуы қажет.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shared with {audience} only under this condition.</source>
        <translation>{audience} үшін тек осы шартпен көрсетіледі.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Record consent of {name}</source>
        <translation>{name} келісімін жазу</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Withdraw consent of {name}</source>
        <translation>{name} келісімін кері қайтару</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../src/casekeeper/gui/interview/page_consent.py" line="+51"/>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask each person, in their words. “Only if…” keeps their condition as said. Nothing is shared beyond what they agree to.</source>
        <translation>Әр адамнан өз сөзімен сұраңыз. «Тек егер…» олардың шартын айтылғандай сақтайды. Келісім берілгеннен артық ештеңе бөлісілмейді.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name the person first: consent is asked per person.</source>
        <translation>Алдымен адамның есімін жазыңыз: келісім әр адамнан жеке сұралады.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} — {relation}, asked in person</source>
        <translation>{name} — {relation}, өзінен сұралды</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} — the family decides for him or her</source>
        <translation>{name} — ол үшін отбасы шешеді</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>“{question}”: say on what condition.</source>
        <translation>«{question}»: қандай шартпен екенін айтыңыз.</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../../src/casekeeper/gui/case_view_consent.py" line="+29"/>
        <source>Record a decision…</source>
        <translation>Шешімді жазу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw…</source>
        <translation>Кері қайтару…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person takes this decision back; it stays in the record, greyed</source>
        <translation>Адам осы шешімді кері қайтарады; ол жазбада сұр түспен қалады</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who may see</source>
        <translation>Кім көре алады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covers</source>
        <translation>Нені қамтиды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions</source>
        <translation>Шарттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>Жазылды</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent records</source>
        <translation>Келісім жазбалары</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{when} by {who}</source>
        <translation>{when}, жазған: {who}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{decision}, withdrawn {when}</source>
        <translation>{decision}, кері қайтарылды {when}</translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <location filename="../../src/casekeeper/gui/custody_timeline.py" line="+26"/>
        <source>acquired</source>
        <translation>алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported</source>
        <translation>импортталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>viewed</source>
        <translation>қаралды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extracted</source>
        <translation>шығарылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported</source>
        <translation>экспортталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verified</source>
        <translation>тексерілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>жойылды</translation>
    </message>
</context>
<context>
    <name>CustodyTimeline</name>
    <message>
        <location line="+22"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chain of custody</source>
        <translation>Сақтау тізбегі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every step this file went through, oldest first, with the hash seen then</source>
        <translation>Бұл файлдың өткен әр қадамы, ең ертесінен бастап, сол кездегі хешімен</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>at {place}</source>
        <translation>орны: {place}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no hash recorded</source>
        <translation>хеш жазылмаған</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../../src/casekeeper/gui/duplicates_view.py" line="+56"/>
        <location line="+1"/>
        <source>Possible duplicates</source>
        <translation>Ықтимал қайталанулар</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Progress of the comparison</source>
        <translation>Салыстыру барысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search &amp;again</source>
        <translation>&amp;Қайта іздеу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alike</source>
        <translation>Ұқсастық</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Probably also</source>
        <translation>Бәлкім, сол адам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pairs of records that may be one person</source>
        <translation>Бір адам болуы мүмкін жазбалар жұптары</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why they may be one person</source>
        <translation>Неліктен бір адам болуы мүмкін</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Біріктіру…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the two records one person; Edit ▸ Undo separates them again</source>
        <translation>Екі жазбаны бір адамға біріктіру; «Өңдеу ▸ Болдырмау» оларды қайта бөледі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Not the same person</source>
        <translation>&amp;Бұл басқа адам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember they differ: the pair is not suggested again</source>
        <translation>Олардың әртүрлі екенін есте сақтау: бұл жұп қайта ұсынылмайды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Comparing everyone recorded…</source>
        <translation>Жазылғандардың бәрі салыстырылуда…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled. Search again to see the list.</source>
        <translation>Тоқтатылды. Тізімді көру үшін қайта іздеңіз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The comparison failed: {error}</source>
        <translation>Салыстыру сәтсіз аяқталды: {error}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No likely duplicates: everyone seems recorded once.</source>
        <translation>Ықтимал қайталанулар жоқ: әркім бір рет жазылған сияқты.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{score}% alike (names alone: {names}%)</source>
        <translation>{score}% ұқсас (тек аттары: {names}%)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>birth date</source>
        <translation>туған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gender</source>
        <translation>жынысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hometown</source>
        <translation>туған қаласы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birthplace</source>
        <translation>туған жері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>father&apos;s name</source>
        <translation>әкесінің аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cases</source>
        <translation>істер</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Merge two records</source>
        <translation>Екі жазбаны біріктіру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge “{a}” and “{b}” into one person?</source>
        <translation>«{a}» мен «{b}» бір адамға біріктірілсін бе?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every name, role, relationship, claim and consent record is kept on the person you keep; differing details go into its notes. Edit ▸ Undo separates them again.</source>
        <translation>Барлық аттар, рөлдер, туыстық байланыстар, мәлімдемелер мен келісім жазбалары қалдырылатын адамда сақталады; айырмашылығы бар мәліметтер оның ескертпелеріне жазылады. «Өңдеу ▸ Болдырмау» оларды қайта бөледі.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Keep “{name}”</source>
        <translation>«{name}» қалдыру</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Merge into {name}</source>
        <translation>{name} ішіне біріктіру</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not the same: {a} and {b}</source>
        <translation>Әртүрлі адамдар: {a} және {b}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not done: {error}</source>
        <translation>Орындалмады: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="numerus_sources.py" line="+7"/>
        <source>%n pair(s) of records may be one person each.</source>
        <translation>
            <numerusform>%n жазба жұбы бір адам болуы мүмкін.</numerusform>
            <numerusform>%n жазба жұбының әрқайсысы бір адам болуы мүмкін.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <location filename="../../src/casekeeper/gui/edit_commands.py" line="+40"/>
        <source>Unexpected error: {error}</source>
        <translation>Күтпеген қате: {error}</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Could not finish “{step}”: {error} The undo history was cleared.</source>
        <translation>«{step}» аяқталмады: {error} Болдырмау тарихы тазартылды.</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../src/casekeeper/gui/form_fields.py" line="+223"/>
        <source>Why it was not saved</source>
        <translation>Неліктен сақталмады</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved: {error}</source>
        <translation>Сақталмады: {error}</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../src/casekeeper/gui/event_editor.py" line="+45"/>
        <source>Edit event</source>
        <translation>Оқиғаны өңдеу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New event</source>
        <translation>Жаңа оқиға</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Detention at Dulata</source>
        <translation>мыс. Дулатада ұсталуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What happened:</source>
        <translation>&amp;Не болды:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>&amp;Қашан:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a place, in any script, e.g. Dulata port</source>
        <translation>орын, кез келген жазумен, мыс. Дулата өткізу бекеті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Where:</source>
        <translation>&amp;Қайда:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Details:</source>
        <translation>&amp;Толығырақ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role in it</source>
        <translation>Ондағы рөлі</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>e.g. detained, witness, petitioner</source>
        <translation>мыс. ұсталған, куә, өтініш беруші</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Who:</source>
        <translation>&amp;Кім:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No people in this case yet: add them on the People tab.</source>
        <translation>Бұл істе әзірге адамдар жоқ: оларды «Адамдар» қойындысында қосыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who:</source>
        <translation>Кім:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organizations taking part are kept as they are</source>
        <translation>Қатысушы ұйымдар сол күйінде сақталады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also:</source>
        <translation>Сондай-ақ:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Say in a few words what happened.</source>
        <translation>Не болғанын бірнеше сөзбен айтыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date is not understood.</source>
        <translation>Күні түсінікті емес.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add event “{title}”</source>
        <translation>«{title}» оқиғасын қосу</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Edit event “{title}”</source>
        <translation>«{title}» оқиғасын өңдеу</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../src/casekeeper/gui/interview/page_event.py" line="+19"/>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A date as well as it is known is enough: “July 2025”, “22 or 23 July 2025”, “c. 2018”. Leave empty what the family does not know.</source>
        <translation>Күн белгілі болған дәлдікпен жеткілікті: «2025 жылғы шілде», «2025 жылғы 22 не 23 шілде», «ш. 2018». Отбасы білмейтінін бос қалдырыңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;What:</source>
        <translation>&amp;Не:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it happened</source>
        <translation>Қашан болды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W&amp;hen:</source>
        <translation>&amp;Қашан:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Khorgos border crossing, in any script</source>
        <translation>мыс. Қорғас шекара бекеті, кез келген жазумен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;here:</source>
        <translation>Қай&amp;да:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>who took him or her, e.g. Ili border police</source>
        <translation>оны кім алып кетті, мыс. Іле шекара полициясы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;By whom:</source>
        <translation>&amp;Кім:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reason the authorities gave, if any</source>
        <translation>билік айтқан себеп, болса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason given:</source>
        <translation>&amp;Айтылған себеп:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the family knows of what happened, in their words</source>
        <translation>Отбасының болған оқиға туралы білетіні, өз сөзімен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Details:</source>
        <translation>&amp;Толығырақ:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The date of what happened is not understood.</source>
        <translation>Оқиға күні түсініксіз.</translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message>
        <location filename="../../src/casekeeper/gui/evidence_preview.py" line="+229"/>
        <source>Evidence preview</source>
        <translation>Дәлелді алдын ала қарау</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview caption</source>
        <translation>Алдын ала қарау жазуы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview message</source>
        <translation>Алдын ала қарау хабары</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extract a &amp;copy…</source>
        <translation>&amp;Көшірмесін шығарып алу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extract a copy</source>
        <translation>Көшірмесін шығарып алу</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Image preview</source>
        <translation>Суретті алдын ала қарау</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text preview</source>
        <translation>Мәтінді алдын ала қарау</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF preview</source>
        <translation>PDF алдын ала қарау</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recording details</source>
        <translation>Жазба туралы мәліметтер</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning about unencrypted copies</source>
        <translation>Шифрланбаған көшірмелер туралы ескерту</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Extract to pla&amp;y…</source>
        <translation>&amp;Ойнату үшін шығарып алу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extract to play</source>
        <translation>Ойнату үшін шығарып алу</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Select an item to preview it.</source>
        <translation>Алдын ала қарау үшін элементті таңдаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decrypting {name} in memory…</source>
        <translation>{name} жадта шифрдан шығарылуда…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This file was removed from the vault on {when}. Its description, hashes and custody record are kept.</source>
        <translation>Бұл файл сейфтен {when} жойылды. Оның сипаттамасы, хештері және сақтау тізбегі сақталған.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{w} × {h} pixels, decrypted in memory only</source>
        <translation>{w} × {h} пиксель, тек жадта шифрдан шығарылды</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This image could not be decoded for a preview.</source>
        <translation>Бұл суретті алдын ала қарау үшін ашу мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Showing the first {limit} of {size}; extract for the rest.</source>
        <translation>{size} ішінен алғашқы {limit} көрсетілген; қалғаны үшін файлды шығарып алыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decrypted in memory only</source>
        <translation>Тек жадта шифрдан шығарылды</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF preview needs QtPdf.</source>
        <translation>PDF алдын ала қарау үшін QtPdf қажет.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Played from memory; nothing is written to disk</source>
        <translation>Жадтан ойнатылады; дискіге ештеңе жазылмайды</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No preview for this kind of file ({type}).</source>
        <translation>Бұл түрдегі файл ({type}) үшін алдын ала қарау жоқ.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This PDF could not be opened for a preview.</source>
        <translation>Бұл PDF-ті алдын ала қарау үшін ашу мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>duration {d}</source>
        <translation>ұзақтығы {d}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duration unknown</source>
        <translation>ұзақтығы белгісіз</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This recording cannot be played inside CaseKeeper (Qt Multimedia is not installed).</source>
        <translation>Бұл жазбаны CaseKeeper ішінде ойнату мүмкін емес (Qt Multimedia орнатылмаған).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This recording is too large to play from memory.</source>
        <translation>Бұл жазба жадтан ойнату үшін тым үлкен.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To play it, extract a copy — the copy is NOT encrypted: anyone with access to this computer can open it. Delete it when done.</source>
        <translation>Ойнату үшін көшірмесін шығарып алыңыз — көшірме шифрланБАҒАН: бұл компьютерге қолы жететін кез келген адам оны аша алады. Жұмыс біткен соң оны жойыңыз.</translation>
    </message>
    <message numerus="yes">
        <location filename="numerus_sources.py" line="-6"/>
        <source>%n page(s), decrypted in memory only</source>
        <translation>
            <numerusform>%n бет, тек жадта шифрдан шығарылды</numerusform>
            <numerusform>%n бет, тек жадта шифрдан шығарылды</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../../src/casekeeper/gui/evidence_tab.py" line="+70"/>
        <source>Evidence</source>
        <translation>Дәлелдер</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Import files…</source>
        <translation>Файлдарды &amp;импорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import files</source>
        <translation>Файлдарды импорттау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypt copies of files into this case&apos;s vault (or drop files on this tab)</source>
        <translation>Файлдардың көшірмелерін осы істің сейфіне шифрлап салу (немесе файлдарды осы қойындыға сүйреп әкеліңіз)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import fo&amp;lder…</source>
        <translation>&amp;Қалтаны импорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import folder</source>
        <translation>Қалтаны импорттау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypt every file inside a folder into this case&apos;s vault</source>
        <translation>Қалтадағы әр файлды осы істің сейфіне шифрлап салу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>or drop files and folders here</source>
        <translation>немесе файлдар мен қалталарды осында сүйреп әкеліңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xtract…</source>
        <translation>&amp;Шығарып алу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+476"/>
        <source>Extract an unencrypted copy</source>
        <translation>Шифрланбаған көшірмесін шығарып алу</translation>
    </message>
    <message>
        <location line="-475"/>
        <source>Write an unencrypted copy of the selected file</source>
        <translation>Таңдалған файлдың шифрланбаған көшірмесін жазу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Жою…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+552"/>
        <source>Remove from the vault</source>
        <translation>Сейфтен жою</translation>
    </message>
    <message>
        <location line="-550"/>
        <source>Erase the selected file; its description and custody record stay</source>
        <translation>Таңдалған файлды өшіру; оның сипаттамасы мен сақтау тізбегі қалады</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>Progress</source>
        <translation>Орындалу барысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Evidence message</source>
        <translation>Дәлелдер туралы хабар</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acquired</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Жағдайы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence files</source>
        <translation>Дәлел файлдары</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No evidence in this case yet. Import files, or drop them here.</source>
        <translation>Бұл істе әлі дәлелдер жоқ. Файлдарды импорттаңыз немесе осында сүйреп әкеліңіз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Evidence details</source>
        <translation>Дәлел туралы мәліметтер</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chain of custody (oldest first)</source>
        <translation>Сақтау тізбегі (ең ертесі бірінші)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The evidence list could not be loaded: {error}</source>
        <translation>Дәлелдер тізімін жүктеу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>removed {when}</source>
        <translation>жойылды {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in vault</source>
        <translation>сейфте</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>This file could not be shown: {error}</source>
        <translation>Бұл файлды көрсету мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>duration {d}</source>
        <translation>ұзақтығы {d}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acquired {when} by {who}</source>
        <translation>Алынды {when}, алған: {who}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from {whom}</source>
        <translation>кімнен: {whom}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at {place}</source>
        <translation>орны: {place}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>taken {when}</source>
        <translation>түсірілді {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>camera: {camera}</source>
        <translation>камера: {camera}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPS {lat:.5f}, {lon:.5f}</source>
        <translation>GPS {lat:.5f}, {lon:.5f}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removed from the vault {when}; only this record remains.</source>
        <translation>Сейфтен {when} жойылды; тек осы жазба қалды.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import files into the case</source>
        <translation>Файлдарды іске импорттау</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import every file in a folder</source>
        <translation>Қалтадағы барлық файлды импорттау</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>Импорттаудан бас тартылды. Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Drop to import into this case.</source>
        <translation>Осы іске импорттау үшін жіберіңіз.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The copy will not be encrypted</source>
        <translation>Көшірме шифрланбайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an unencrypted copy of {name}?</source>
        <translation>{name} файлының шифрланбаған көшірмесін жазу керек пе?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The copy at {path} will NOT be encrypted: anyone with access to this computer or its disk can open it. The extraction is recorded in the chain of custody. Delete the copy when you no longer need it.</source>
        <translation>{path} ішіндегі көшірме шифрланБАЙДЫ: бұл компьютерге немесе оның дискісіне қолы жететін кез келген адам оны аша алады. Шығарып алу сақтау тізбегіне жазылады. Көшірме қажет болмай қалғанда, оны жойыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write unencrypted copy</source>
        <translation>Шифрланбаған көшірмені жазу</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Extraction cancelled; no copy was written.</source>
        <translation>Шығарып алудан бас тартылды; көшірме жазылған жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No copy was written: {error}</source>
        <translation>Көшірме жазылған жоқ: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote an unencrypted copy to {path}. Delete it when done.</source>
        <translation>Шифрланбаған көшірме {path} ішіне жазылды. Жұмыс біткен соң оны жойыңыз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Extracting {name}…</source>
        <translation>{name} шығарылуда…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove {name} from the vault?</source>
        <translation>{name} сейфтен жойылсын ба?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The encrypted file is erased and cannot be previewed or extracted again. Its description, hashes and chain of custody stay in the case, with a &apos;removed&apos; entry.</source>
        <translation>Шифрланған файл өшіріледі, оны енді алдын ала қарауға немесе шығарып алуға болмайды. Оның сипаттамасы, хештері және сақтау тізбегі «жойылды» деген жазбамен істе қалады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove file</source>
        <translation>Файлды жою</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Removing {name}…</source>
        <translation>{name} жойылуда…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file was not removed: {error}</source>
        <translation>Файл жойылған жоқ: {error}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{done} of {total}</source>
        <translation>{total} ішінен {done}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Extracting</source>
        <translation>Шығарып алу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message numerus="yes">
        <location filename="numerus_sources.py" line="+1"/>
        <source>Imported %n file(s) into {case}.</source>
        <translation>
            <numerusform>{case} ісіне %n файл импортталды.</numerusform>
            <numerusform>{case} ісіне %n файл импортталды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %n file(s).</source>
        <translation>
            <numerusform>%n файл импортталды.</numerusform>
            <numerusform>%n файл импортталды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Importing %n item(s)…</source>
        <translation>
            <numerusform>%n элемент импортталуда…</numerusform>
            <numerusform>%n элемент импортталуда…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FuzzyDateField</name>
    <message>
        <location filename="../../src/casekeeper/gui/form_fields.py" line="-218"/>
        <source>e.g. 22 July 2025</source>
        <translation>мыс. 2025 жылғы 22 шілде</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. July 2025, c. 1979</source>
        <translation>мыс. 2025 шілде, шамамен 1979</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not a date CaseKeeper understands. Try: 2025, July 2025, 22 July 2025, 22.07.2025, 2025-07-22 or 23, c. 1979.</source>
        <translation>CaseKeeper бұл күнді түсінбейді. Былай жазып көріңіз: 2025, 2025 шілде, 2025 жылғы 22 шілде, 22.07.2025, шамамен 1979.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A due date needs one day, e.g. 22 July 2025.</source>
        <translation>Мерзім бір күн болуы керек, мыс. 22.07.2025.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../src/casekeeper/gui/case_view_history.py" line="+172"/>
        <source>The history could not be read: {error}</source>
        <translation>Тарихты оқу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Бұрын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Кейін</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+22"/>
        <source>(unknown)</source>
        <translation>(белгісіз)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>added</source>
        <translation>қосылды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>жойылды</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{author} on device {device}</source>
        <translation>{author}, {device} құрылғысында</translation>
    </message>
</context>
<context>
    <name>HistoryRecord</name>
    <message>
        <location line="-190"/>
        <source>case</source>
        <translation>іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>адам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>citizenship</source>
        <translation>азаматтық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document</source>
        <translation>құжат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>рөл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relationship</source>
        <translation>туыстық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>оқиға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participant</source>
        <translation>қатысушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>дереккөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>claim</source>
        <translation>мәлімдеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent</source>
        <translation>келісім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task</source>
        <translation>тапсырма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence</source>
        <translation>дәлел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>custody record</source>
        <translation>сақтау жазбасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sensitivity</source>
        <translation>құпиялылық</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location line="+206"/>
        <source>Change history of this case</source>
        <translation>Осы істің өзгерістер тарихы</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Reading the change log…</source>
        <translation>Өзгерістер журналы оқылуда…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest changes first; scroll down for older ones.</source>
        <translation>Алдымен ең жаңа өзгерістер; ескілерін көру үшін төмен айналдырыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No changes recorded.</source>
        <translation>Өзгерістер жазылмаған.</translation>
    </message>
</context>
<context>
    <name>Interview</name>
    <message>
        <location filename="../../src/casekeeper/gui/interview/answers.py" line="+45"/>
        <source>wife</source>
        <translation>әйелі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>husband</source>
        <translation>күйеуі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daughter</source>
        <translation>қызы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>son</source>
        <translation>ұлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mother</source>
        <translation>анасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>father</source>
        <translation>әкесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sister</source>
        <translation>әпкесі не сіңлісі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>brother</source>
        <translation>ағасы не інісі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grandchild</source>
        <translation>немересі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grandparent</source>
        <translation>атасы не әжесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uncle or aunt</source>
        <translation>нағашысы не апайы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nephew or niece</source>
        <translation>жиені</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cousin</source>
        <translation>немере туысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in-law</source>
        <translation>құдасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>friend</source>
        <translation>досы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colleague</source>
        <translation>әріптесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other relation</source>
        <translation>басқа туыстық</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>May we publish your name?</source>
        <translation>Есіміңізді жариялауға бола ма?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May we publish your photo?</source>
        <translation>Суретіңізді жариялауға бола ма?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May we publish what you told us?</source>
        <translation>Бізге айтқаныңызды жариялауға бола ма?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>May we share everything with lawyers and UN bodies?</source>
        <translation>Барлығын заңгерлерге және БҰҰ органдарына беруге бола ма?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>May we publish {name}&apos;s name?</source>
        <translation>{name} есімін жариялауға бола ма?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May we publish {name}&apos;s photo?</source>
        <translation>{name} суретін жариялауға бола ма?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May we publish what the family told us about {name}?</source>
        <translation>Отбасының {name} туралы айтқанын жариялауға бола ма?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>May we share everything about {name} with lawyers and UN bodies?</source>
        <translation>{name} туралы барлығын заңгерлерге және БҰҰ органдарына беруге бола ма?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not asked</source>
        <translation>сұралмады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only if…</source>
        <translation>тек егер…</translation>
    </message>
    <message>
        <location filename="../../src/casekeeper/gui/interview/records.py" line="+149"/>
        <source>{kind} at {place}</source>
        <translation>{kind}: {place}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown person</source>
        <translation>белгісіз адам</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: {kind} at {place}</source>
        <translation>{name}: {kind}, {place}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {kind}</source>
        <translation>{name}: {kind}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add {name} to the case</source>
        <translation>{name} адамын іске қосу</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+176"/>
        <source>Add {name}</source>
        <translation>Қосу: {name}</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Reason given: {reason}</source>
        <translation>Айтылған себеп: {reason}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Testimony of {name}</source>
        <translation>{name} куәлігі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family interview</source>
        <translation>Отбасымен сұхбат</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Claim</source>
        <translation>Мәлімдеме</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Interview: {name}</source>
        <translation>Сұхбат: {name}</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Family interview on {date} in {place}.</source>
        <translation>Отбасымен сұхбат: {date}, орны: {place}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Family interview: {when}.</source>
        <translation>Отбасымен сұхбат: {when}.</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <location filename="../../src/casekeeper/gui/interview/page_base.py" line="+22"/>
        <source>What to fix on this page</source>
        <translation>Бұл бетте нені түзету керек</translation>
    </message>
</context>
<context>
    <name>InterviewWizard</name>
    <message>
        <location filename="../../src/casekeeper/gui/interview/wizard.py" line="+93"/>
        <location line="+1"/>
        <source>Family interview</source>
        <translation>Отбасымен сұхбат</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Pause &amp;&amp; close</source>
        <translation>&amp;Кідірту және жабу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish: record it all</source>
        <translation>&amp;Аяқтау: бәрін жазу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep what was typed, encrypted in the store, and resume it later</source>
        <translation>Енгізілгенді қоймада шифрланған күйде сақтап, кейін жалғастыру</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>The draft could not be kept: {error}</source>
        <translation>Жоба сақталмады: {error}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Recording…</source>
        <translation>Жазылуда…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was recorded: {error}</source>
        <translation>Ештеңе жазылмады: {error}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/casekeeper/gui/main_window.py" line="+73"/>
        <location line="+1"/>
        <source>CaseKeeper</source>
        <translation>CaseKeeper</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Lock</source>
        <translation>&amp;Құлыптау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the store and hide every case until unlocked</source>
        <translation>Қойманы жауып, құлпы ашылғанша барлық істі жасыру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock…</source>
        <translation>Құлпын &amp;ашу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change &amp;passphrase…</source>
        <translation>Құпия &amp;фразаны өзгерту…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>Ө&amp;ңдеу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main</source>
        <translation>Негізгі</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search names in any script, places, events, sources…</source>
        <translation>Кез келген жазудағы есімдерді, орындарды, оқиғаларды, дереккөздерді іздеу…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search cases</source>
        <translation>Істерді іздеу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of cases</source>
        <translation>Істер саны</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case list</source>
        <translation>Істер тізімі</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Show cases of status</source>
        <translation>Күйі бойынша істерді көрсету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the cases of one status</source>
        <translation>Тек бір күйдегі істерді көрсету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Барлық күйлер</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Locked</source>
        <translation>Құлыптаулы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CaseKeeper is locked. Nothing of the store is shown.</source>
        <translation>CaseKeeper құлыптаулы. Қоймадан ештеңе көрсетілмейді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock…</source>
        <translation>Құлпын ашу…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Store location</source>
        <translation>Қойманың орны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signer fingerprint</source>
        <translation>Қолтаңба кілтінің саусақ ізі</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Store: {path}</source>
        <translation>Қойма: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signer: …</source>
        <translation>Қолтаңба: …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signer: {fingerprint}</source>
        <translation>Қолтаңба: {fingerprint}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fingerprint of this store&apos;s signing key, printed in every bundle it signs</source>
        <translation>Осы қойманың қолтаңба кілтінің саусақ ізі; ол қол қойылған әр топтамада көрсетіледі</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Work that was running when CaseKeeper locked was cancelled and undone.</source>
        <translation>CaseKeeper құлыпталған кезде орындалып жатқан жұмыс тоқтатылып, оның өзгерістері кері қайтарылды.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Locked: {path}</source>
        <translation>Құлыптаулы: {path}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Passphrase changed. The old passphrase no longer opens this store.</source>
        <translation>Құпия фраза өзгертілді. Ескі құпия фраза бұл қойманы енді ашпайды.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Searching…</source>
        <translation>Іздеу…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New case…</source>
        <translation>&amp;Жаңа іс…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;person in this case…</source>
        <translation>Осы іске жаңа &amp;адам…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find &amp;duplicates…</source>
        <translation>&amp;Қайталануларды табу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People probably recorded twice</source>
        <translation>Екі рет жазылған болуы мүмкін адамдар</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/casekeeper/gui/interview/wizard.py" line="+51"/>
        <source>&amp;Records</source>
        <translation>&amp;Жазбалар</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open a case first: people are added to a case.</source>
        <translation>Алдымен істі ашыңыз: адамдар іске қосылады.</translation>
    </message>
    <message numerus="yes">
        <location filename="numerus_sources.py" line="+1"/>
        <source>%n case(s) found</source>
        <translation>
            <numerusform>%n іс табылды</numerusform>
            <numerusform>%n іс табылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n іс</numerusform>
            <numerusform>%n іс</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casekeeper/gui/statistics_view.py" line="+315"/>
        <source>&amp;Statistics</source>
        <translation>&amp;Статистика</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts by status, by place and over time</source>
        <translation>Күйі, орны және уақыты бойынша сандар</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../src/casekeeper/gui/interview/wizard.py" line="-20"/>
        <source>&amp;Interview…</source>
        <translation>&amp;Сұхбат…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A guided form for a family interview; can be paused</source>
        <translation>Отбасымен сұхбатқа арналған қадамдық форма; кідіртуге болады</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Interview paused: Records ▸ Interview… resumes it.</source>
        <translation>Сұхбат кідіртілді: Жазбалар ▸ Сұхбат… оны жалғастырады.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Interview recorded. Ctrl+Z takes it back.</source>
        <translation>Сұхбат жазылды. Ctrl+Z оны қайтарады.</translation>
    </message>
</context>
<context>
    <name>MatchesPanel</name>
    <message>
        <location filename="../../src/casekeeper/gui/interview/matches_panel.py" line="+45"/>
        <source>&lt;b&gt;Already recorded?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Бұрын жазылған ба?&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Type a name to see people recorded under a like one.</source>
        <translation>Ұқсас атпен жазылған адамдарды көру үшін атын теріңіз.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>People already recorded with a like name</source>
        <translation>Ұқсас атпен бұрын жазылған адамдар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the same person: &amp;use the record</source>
        <translation>Бұл сол адам: жазбаны &amp;пайдалану</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Looking…</source>
        <translation>Ізделуде…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not look for matches: {error}</source>
        <translation>Сәйкестіктерді іздеу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No one recorded under a name like “{name}”.</source>
        <translation>«{name}» атына ұқсас атпен ешкім жазылмаған.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded under a name like “{name}”:</source>
        <translation>«{name}» атына ұқсас атпен жазылғандар:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>born {date}</source>
        <translation>туған күні {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from {place}</source>
        <translation>шыққан жері: {place}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in {cases}</source>
        <translation>істерде: {cases}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in no case</source>
        <translation>ешбір істе жоқ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>matched “{name}”: {why}</source>
        <translation>«{name}» сәйкес келді: {why}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the same spelling</source>
        <translation>дәл сол жазылуы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same name written in {script} ({percent}% alike)</source>
        <translation>{script} жазуымен жазылған сол ат ({percent}% ұқсас)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another spelling ({percent}% alike)</source>
        <translation>басқа жазылуы ({percent}% ұқсас)</translation>
    </message>
</context>
<context>
    <name>MemoryPlayer</name>
    <message>
        <location filename="../../src/casekeeper/gui/evidence_player.py" line="+51"/>
        <source>Recording player</source>
        <translation>Жазба ойнатқышы</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+83"/>
        <source>Video</source>
        <translation>Бейне</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Recording details</source>
        <translation>Жазба туралы мәліметтер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play or pause</source>
        <translation>Ойнату немесе кідірту</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+87"/>
        <source>Play</source>
        <translation>Ойнату</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Position in the recording</source>
        <translation>Жазбадағы орын</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Pause</source>
        <translation>Кідірту</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/casekeeper/gui/passphrase_dialog.py" line="+52"/>
        <location line="+1"/>
        <source>Change passphrase</source>
        <translation>Құпия фразаны өзгерту</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new passphrase replaces the old one at once: the old passphrase will no longer open this store. Your recovery key keeps working. Use at least {n} characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Жаңа құпия фраза ескісін бірден ауыстырады: ескі фраза бұл қойманы енді ашпайды. Қалпына келтіру кілті жұмыс істей береді. Кемінде {n} таңба пайдаланыңыз; бір-бірімен байланыссыз бірнеше сөзді есте сақтау оңай, ал табу қиын.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Current passphrase</source>
        <translation>Қазіргі құпия фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Жаңа құпия фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the new passphrase</source>
        <translation>Жаңа құпия фразаны қайталаңыз</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Қазіргі құпия фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Жаңа құпия фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>Қ&amp;айталаңыз:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase check</source>
        <translation>Құпия фразаны тексеру</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error</source>
        <translation>Қате</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changing the passphrase…</source>
        <translation>Құпия фраза өзгертілуде…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Change passphrase</source>
        <translation>Құпия фразаны &amp;өзгерту</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The new passphrase is too short: use at least {n} characters.</source>
        <translation>Жаңа құпия фраза тым қысқа: кемінде {n} таңба пайдаланыңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two new passphrases do not match.</source>
        <translation>Екі жаңа құпия фраза сәйкес келмейді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Жаңа құпия фраза қазіргісімен бірдей.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the current passphrase.</source>
        <translation>Қазіргі құпия фразаны енгізіңіз.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The passphrase was not changed: {error}</source>
        <translation>Құпия фраза өзгертілмеді: {error}</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../src/casekeeper/gui/case_view_people.py" line="+43"/>
        <source>People in this case</source>
        <translation>Осы істегі адамдар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People (double-click to edit)</source>
        <translation>Адамдар (өңдеу үшін екі рет басыңыз)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add person…</source>
        <translation>Адам қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a person to this case (Ctrl+Shift+P)</source>
        <translation>Осы іске адам қосу (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit person…</source>
        <translation>Адам деректерін өңдеу…</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Status: {status}</source>
        <translation>Күйі: {status}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In this case: {roles}</source>
        <translation>Осы істе: {roles}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Script</source>
        <translation>Жазуы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Born:</source>
        <translation>Туған күні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthplace:</source>
        <translation>Туған жері:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hometown:</source>
        <translation>Туған қаласы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender:</source>
        <translation>Жынысы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnicity:</source>
        <translation>Ұлты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation:</source>
        <translation>Кәсібі:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Citizenship:</source>
        <translation>Азаматтығы:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document:</source>
        <translation>Құжат:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also in:</source>
        <translation>Сондай-ақ мына істерде:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact:</source>
        <translation>Байланыс:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>Ескертпелер:</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../src/casekeeper/gui/person_editor.py" line="+185"/>
        <source>Add a person</source>
        <translation>Адам қосу</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&lt;b&gt;Names&lt;/b&gt; — every spelling and script you know</source>
        <translation>&lt;b&gt;Аттары&lt;/b&gt; — сізге белгілі барлық жазылу түрлері мен жазулар</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+153"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>A name, in any script</source>
        <translation>Аты, кез келген жазумен</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+146"/>
        <source>Script</source>
        <translation>Жазуы</translation>
    </message>
    <message>
        <location line="-144"/>
        <location line="+144"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+128"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+2"/>
        <source>Remove this name</source>
        <translation>Бұл атты жою</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Document kind</source>
        <translation>Құжат түрі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document number</source>
        <translation>Құжат нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>нөмірі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document status</source>
        <translation>Құжат күйі</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Remove this document</source>
        <translation>Бұл құжатты жою</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Add &amp;another name</source>
        <translation>&amp;Тағы бір ат қосу</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Already recorded?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Бұрын жазылған ба?&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+176"/>
        <source>Type a name to see people recorded under a like one.</source>
        <translation>Ұқсас атпен жазылған адамдарды көру үшін атын теріңіз.</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>People already recorded with a like name</source>
        <translation>Ұқсас атпен бұрын жазылған адамдар</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add this person to the &amp;case instead</source>
        <translation>Оның орнына осы адамды &amp;іске қосу</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Status:</source>
        <translation>&amp;Күйі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Born:</source>
        <translation>&amp;Туған:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>town or county, in any script</source>
        <translation>қала немесе аудан, кез келген жазумен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hometown:</source>
        <translation>Туған &amp;қаласы:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Жынысы:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Kazakhstan, China</source>
        <translation>мыс. Қазақстан, Қытай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Citizenships:</source>
        <translation>&amp;Азаматтықтары:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add &amp;document</source>
        <translation>&amp;Құжат қосу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents:</source>
        <translation>Құжаттар:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Role in this case:</source>
        <translation>Осы істегі &amp;рөлі:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Ескертпелер:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>At least one name is needed (it can be a description: “unknown driver”).</source>
        <translation>Кемінде бір ат қажет (сипаттама болуы мүмкін: «белгісіз жүргізуші»).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Looking…</source>
        <translation>Ізделуде…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not look for matches: {error}</source>
        <translation>Сәйкестіктерді іздеу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No one recorded under a name like “{name}”.</source>
        <translation>«{name}» атына ұқсас атпен ешкім жазылмаған.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded under a name like “{name}”:</source>
        <translation>«{name}» атына ұқсас атпен жазылғандар:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>born {date}</source>
        <translation>туған күні {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from {place}</source>
        <translation>шыққан жері: {place}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in {cases}</source>
        <translation>істерде: {cases}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in no case</source>
        <translation>ешбір істе жоқ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>matched “{name}”: {why}</source>
        <translation>«{name}» сәйкес келді: {why}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the same spelling</source>
        <translation>дәл сол жазылуы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same name written in {script} ({percent}% alike)</source>
        <translation>{script} жазуымен жазылған сол ат ({percent}% ұқсас)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another spelling ({percent}% alike)</source>
        <translation>басқа жазылуы ({percent}% ұқсас)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is already in this case ({roles}).</source>
        <translation>{name} бұл істе бар ({roles}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If this is the same person, add {name} to this case as {role} instead of recording them again.</source>
        <translation>Егер бұл сол адам болса, оны қайта жазбай, {name} адамын осы іске «{role}» ретінде қосыңыз.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add {name} to the case</source>
        <translation>{name} адамын іске қосу</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give at least one name.</source>
        <translation>Кемінде бір ат жазыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The birth date is not understood.</source>
        <translation>Туған күні түсінікті емес.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Add {name}</source>
        <translation>Қосу: {name}</translation>
    </message>
    <message>
        <location line="-384"/>
        <location line="+408"/>
        <source>Edit {name}</source>
        <translation>Өңдеу: {name}</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../src/casekeeper/gui/interview/page_person.py" line="+47"/>
        <source>The missing or detained person</source>
        <translation>Хабарсыз кеткен не ұсталған адам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every spelling you hear or see, in every script: Latin, Cyrillic, Chinese, Arabic. People already recorded under a like name are shown on the right.</source>
        <translation>Естіген не көрген әр жазылуын, кез келген жазумен: латын, кирилл, қытай, араб. Ұқсас есіммен жазылған адамдар оң жақта көрсетіледі.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Record a &amp;new person instead</source>
        <translation>Оның орнына &amp;жаңа адам жазу</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;b&gt;Names&lt;/b&gt; — every spelling and script you know</source>
        <translation>&lt;b&gt;Аттары&lt;/b&gt; — сізге белгілі барлық жазылу түрлері мен жазулар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Script</source>
        <translation>Жазуы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add &amp;another spelling</source>
        <translation>&amp;Басқа жазылуын қосу</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Status now:</source>
        <translation>Қазіргі &amp;мәртебесі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Born:</source>
        <translation>&amp;Туған:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>town or county, in any script</source>
        <translation>қала немесе аудан, кез келген жазумен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hometown:</source>
        <translation>Туған &amp;қаласы:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Жынысы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. truck driver</source>
        <translation>мыс. жүк көлігінің жүргізушісі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Occupation:</source>
        <translation>&amp;Кәсібі:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Kazakhstan, China</source>
        <translation>мыс. Қазақстан, Қытай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Citizenships:</source>
        <translation>&amp;Азаматтықтары:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add &amp;document</source>
        <translation>&amp;Құжат қосу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents:</source>
        <translation>Құжаттар:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>no case</source>
        <translation>іс жоқ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Using the record of &lt;b&gt;{name}&lt;/b&gt; (in {cases}). The names and details typed here are added to it; nothing recorded is overwritten.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; жазбасы пайдаланылуда ({cases}). Мұнда енгізілген есімдер мен мәліметтер оған қосылады; жазылған ештеңе қайта жазылмайды.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Using the record of &lt;b&gt;{name}&lt;/b&gt;. The names and details typed here are added to it.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; жазбасы пайдаланылуда. Мұнда енгізілген есімдер мен мәліметтер оған қосылады.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give at least one name (it can be a description: “unknown driver”).</source>
        <translation>Кемінде бір есім жазыңыз (сипаттама болуы мүмкін: «белгісіз жүргізуші»).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The birth date is not understood.</source>
        <translation>Туған күні түсінікті емес.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../src/casekeeper/gui/recovery_key_page.py" line="+21"/>
        <source>If the passphrase is ever forgotten, this key is the only way into the store. Write it down on paper now and keep it somewhere safe, away from this computer. It is shown only once: CaseKeeper keeps no copy.</source>
        <translation>Құпия фраза ұмытылса, бұл кілт — қойманы ашудың жалғыз жолы. Оны қазір қағазға жазып алып, осы компьютерден бөлек, қауіпсіз жерде сақтаңыз. Ол тек бір рет көрсетіледі: CaseKeeper оның көшірмесін сақтамайды.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery key</source>
        <translation>Қалпына келтіру кілті</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I have written it down</source>
        <translation>Мен оны жазып алдым</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <location filename="../../src/casekeeper/gui/labels.py" line="+100"/>
        <source>spouse of</source>
        <translation>жұбай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parent of</source>
        <translation>ата-ана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>child of</source>
        <translation>бала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sibling of</source>
        <translation>бауыр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grandparent of</source>
        <translation>ата не әже</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grandchild of</source>
        <translation>немере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uncle or aunt of</source>
        <translation>аға не апа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nephew or niece of</source>
        <translation>жиен не бауыр баласы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cousin of</source>
        <translation>немере бауыр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in-law of</source>
        <translation>құда-жекжат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>friend of</source>
        <translation>дос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colleague of</source>
        <translation>әріптес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>related to</source>
        <translation>туыс</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{kind} of</source>
        <translation>{kind}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{person} — {relation} — {relative}</source>
        <translation>{person} — {relative} үшін {relation}</translation>
    </message>
</context>
<context>
    <name>RelationshipGraph</name>
    <message>
        <location filename="../../src/casekeeper/gui/relationship_graph.py" line="+101"/>
        <source>Family and relationship graph</source>
        <translation>Отбасы мен туыстық байланыстар сызбасы</translation>
    </message>
</context>
<context>
    <name>RelativesPage</name>
    <message>
        <location filename="../../src/casekeeper/gui/interview/page_relatives.py" line="+71"/>
        <source>The relatives</source>
        <translation>Туыстар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who is at the interview, and how each is related to the person: “wife”, “eldest daughter”… Contact details stay internal.</source>
        <translation>Сұхбатта кім бар және әрқайсысы адамға кім болады: «әйелі», «үлкен қызы»… Байланыс деректері ішкі болып қалады.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other spelling</source>
        <translation>Басқа жазылуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the person&apos;s</source>
        <translation>Адамның</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a &amp;relative</source>
        <translation>&amp;Туыс қосу</translation>
    </message>
</context>
<context>
    <name>RequiredText</name>
    <message>
        <location filename="../../src/casekeeper/gui/form_fields.py" line="+51"/>
        <source>{what} is needed.</source>
        <translation>Қажет: {what}.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../src/casekeeper/gui/interview/page_review.py" line="+24"/>
        <source>Check and finish</source>
        <translation>Тексеру және аяқтау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish records all of this at once, linked together. One Undo (Ctrl+Z) takes it all back.</source>
        <translation>«Аяқтау» мұның бәрін бірден, өзара байланыстырып жазады. Бір болдырмау (Ctrl+Z) бәрін қайтарады.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What will be recorded</source>
        <translation>Не жазылады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording status</source>
        <translation>Жазу күйі</translation>
    </message>
</context>
<context>
    <name>Script</name>
    <message>
        <location filename="../../src/casekeeper/gui/labels.py" line="-35"/>
        <source>Latin</source>
        <translation>латын жазуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyrillic</source>
        <translation>кирилл жазуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>қытай жазуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic script</source>
        <translation>араб жазуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese</source>
        <translation>жапон жазуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korean</source>
        <translation>корей жазуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greek</source>
        <translation>грек жазуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hebrew</source>
        <translation>иврит жазуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolian</source>
        <translation>моңғол жазуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tibetan</source>
        <translation>тибет жазуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no letters</source>
        <translation>әріпсіз</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/casekeeper/gui/settings_dialog.py" line="+45"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after minutes without use</source>
        <translation>Пайдаланылмаған минуттардан кейін құлыптау</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CaseKeeper also locks when the computer goes to sleep or its screen locks. Copied names and texts leave the clipboard after 30 seconds.</source>
        <translation>CaseKeeper компьютер ұйқы режиміне өткенде немесе оның экраны құлыпталғанда да құлыпталады. Көшірілген есімдер мен мәтіндер 30 секундтан кейін алмасу буферінен өшіріледі.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>Жүйе тілі</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new language is used from the next start of CaseKeeper.</source>
        <translation>Жаңа тіл CaseKeeper келесі рет іске қосылғанда қолданылады.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Default export audience</source>
        <translation>Әдепкі экспорт аудиториясы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signer fingerprint</source>
        <translation>Қолтаңба кілтінің саусақ ізі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cop&amp;y</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the signer fingerprint</source>
        <translation>Қолтаңба кілтінің саусақ ізін көшіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the fingerprint to give it to a lawyer</source>
        <translation>Заңгерге беру үшін саусақ ізін көшіру</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This store signs every bundle it exports. Give this fingerprint to the people who receive them (in person, or by a second channel) so they can check that a bundle comes from you.</source>
        <translation>Бұл қойма экспортталатын әр топтамаға қол қояды. Топтаманың сізден келгенін тексере алуы үшін бұл саусақ ізін алушыларға (жеке өзіңіз немесе басқа арна арқылы) беріңіз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Security</source>
        <translation>Қауіпсіздік</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock after:</source>
        <translation>&amp;Құлыптау уақыты:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default &amp;audience:</source>
        <translation>Әдепкі &amp;аудитория:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing identity</source>
        <translation>Қолтаңба кілті</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Саусақ ізі:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Unlock the store to see it</source>
        <translation>Оны көру үшін қойманың құлпын ашыңыз</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied</source>
        <translation>Көшірілді</translation>
    </message>
</context>
<context>
    <name>SourceEditor</name>
    <message>
        <location filename="../../src/casekeeper/gui/source_editor.py" line="+58"/>
        <source>Edit source</source>
        <translation>Дереккөзді өңдеу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New source</source>
        <translation>Жаңа дереккөз</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Testimony of Guldariya</source>
        <translation>мыс. Гүлдарияның айғағы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;By:</source>
        <translation>&amp;Авторы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the source</source>
        <translation>Дереккөздің күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dated:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reliability:</source>
        <translation>&amp;Сенімділігі:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>web address, if any (never opened here)</source>
        <translation>веб-мекенжай, бар болса (мұнда ашылмайды)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Мекенжайы:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The testimony text, or notes on the article</source>
        <translation>Айғақ мәтіні немесе мақала туралы ескертпелер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ontent:</source>
        <translation>&amp;Мазмұны:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It states (optional: add a claim)</source>
        <translation>Онда айтылған (міндетті емес: мәлімдеме қосыңыз)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a claim it makes (optional)</source>
        <translation>Ондағы мәлімдемені қосу (міндетті емес)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— no claim —</source>
        <translation>— мәлімдемесіз —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event: {label}</source>
        <translation>Оқиға: {label}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Person: {name}</source>
        <translation>Адам: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case itself</source>
        <translation>Істің өзі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the claim is about</source>
        <translation>Мәлімдеме не туралы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;bout:</source>
        <translation>&amp;Не туралы:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which fact</source>
        <translation>Қай дерек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fact:</source>
        <translation>&amp;Дерек:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the source says</source>
        <translation>Дереккөз не дейді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the source says, e.g. 22 July 2025</source>
        <translation>дереккөз не дейді, мыс. 2025 жылғы 22 шілде</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Value:</source>
        <translation>&amp;Мәні:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Say which fact the source states.</source>
        <translation>Дереккөз қай деректі айтатынын көрсетіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what the source states (or choose “no claim”).</source>
        <translation>Дереккөз не айтатынын көрсетіңіз (немесе «мәлімдемесіз» таңдаңыз).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a date CaseKeeper understands. Try: 22 July 2025, July 2025, c. 1979.</source>
        <translation>CaseKeeper бұл күнді түсінбейді. Былай жазып көріңіз: 2025 жылғы 22 шілде, 2025 шілде, шамамен 1979.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Give the source a title.</source>
        <translation>Дереккөзге атау беріңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The source&apos;s date is not understood.</source>
        <translation>Дереккөздің күні түсінікті емес.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Add source “{title}”</source>
        <translation>«{title}» дереккөзін қосу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit source “{title}”</source>
        <translation>«{title}» дереккөзін өңдеу</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <location filename="../../src/casekeeper/gui/statistics_view.py" line="-276"/>
        <location line="+1"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Totals</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Count again</source>
        <translation>&amp;Қайта санау</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cases by status</source>
        <translation>Істер күйі бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People the cases are about, by status</source>
        <translation>Істер қатысты адамдар, күйі бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where events happened</source>
        <translation>Оқиғалар қайда болды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over time</source>
        <translation>Уақыт бойынша</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Counting…</source>
        <translation>Саналуда…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not count: {error}</source>
        <translation>Санау мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No event has a place yet.</source>
        <translation>Әзірге ешбір оқиғаның орны жоқ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cases recorded</source>
        <translation>Жазылған істер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events (when they happened)</source>
        <translation>Оқиғалар (қашан болғаны)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Over time, by month</source>
        <translation>Уақыт бойынша, айлар бойынша</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over time, by year</source>
        <translation>Уақыт бойынша, жылдар бойынша</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not in the charts: {what}.</source>
        <translation>Диаграммаларға кірмеді: {what}.</translation>
    </message>
    <message numerus="yes">
        <location filename="numerus_sources.py" line="+2"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n іс</numerusform>
            <numerusform>%n іс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n оқиға</numerusform>
            <numerusform>%n оқиға</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n event(s) without a place</source>
        <translation>
            <numerusform>орны жоқ %n оқиға</numerusform>
            <numerusform>орны жоқ %n оқиға</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n event(s) without a date</source>
        <translation>
            <numerusform>күні жоқ %n оқиға</numerusform>
            <numerusform>күні жоқ %n оқиға</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n event(s) known only by year, not in the months</source>
        <translation>
            <numerusform>%n оқиғаның тек жылы белгілі, айлар бойынша көрсетілмеген</numerusform>
            <numerusform>%n оқиғаның тек жылы белгілі, айлар бойынша көрсетілмеген</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <location filename="../../src/casekeeper/gui/task_editor.py" line="+25"/>
        <source>Edit task</source>
        <translation>Тапсырманы өңдеу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New task</source>
        <translation>Жаңа тапсырма</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to do</source>
        <translation>Не істеу керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. File petition with the consulate</source>
        <translation>мыс. Консулдыққа өтініш беру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Task:</source>
        <translation>&amp;Тапсырма:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due:</source>
        <translation>&amp;Мерзімі:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Орындаушы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status:</source>
        <translation>Күйі:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say what is to be done.</source>
        <translation>Не істеу керектігін айтыңыз.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add task “{title}”</source>
        <translation>«{title}» тапсырмасын қосу</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Edit task “{title}”</source>
        <translation>«{title}» тапсырмасын өңдеу</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../src/casekeeper/gui/interview/page_tasks.py" line="+52"/>
        <source>Next steps</source>
        <translation>Келесі қадамдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens after the interview; each step becomes a task of the case.</source>
        <translation>Сұхбаттан кейін не болады; әр қадам істің тапсырмасына айналады.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step</source>
        <translation>Қадам</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a &amp;step</source>
        <translation>&amp;Қадам қосу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Often:</source>
        <translation>Жиі:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Petition the consulate</source>
        <translation>Консулдыққа өтініш беру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to the UN Working Group on Enforced Disappearances</source>
        <translation>БҰҰ-ның Күштеп жоғалту жөніндегі жұмыс тобына жазу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call the family back</source>
        <translation>Отбасына қайта хабарласу</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>A due date needs one day, e.g. 22 July 2025.</source>
        <translation>Мерзім бір күн болуы керек, мыс. 22.07.2025.</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../../src/casekeeper/gui/case_view_tasks.py" line="+26"/>
        <source>Add task…</source>
        <translation>Тапсырма қосу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit task…</source>
        <translation>Тапсырманы өңдеу…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tasks</source>
        <translation>Тапсырмалар</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>overdue</source>
        <translation>мерзімі өткен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no date</source>
        <translation>күні жоқ</translation>
    </message>
</context>
<context>
    <name>TestimonyPage</name>
    <message>
        <location filename="../../src/casekeeper/gui/interview/page_testimony.py" line="+35"/>
        <source>The testimony</source>
        <translation>Куәлік</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the family tells, as they tell it. It is kept as a testimony source of the case (internal until consent allows more).</source>
        <translation>Отбасы айтқанын, қалай айтса солай. Ол істің куәлік дереккөзі ретінде сақталады (келісім көбірекке рұқсат бергенше ішкі).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>name of whoever speaks</source>
        <translation>сөйлеушінің есімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker&apos;s name</source>
        <translation>Сөйлеушінің есімі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Who speaks:</source>
        <translation>&amp;Кім сөйлейді:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The testimony, in the speaker&apos;s words</source>
        <translation>Куәлік, сөйлеушінің өз сөзімен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Testimony</source>
        <translation>Куәлік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Testimony:</source>
        <translation>&amp;Куәлік:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Record audio</source>
        <translation>● Дыбыс жазу</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>someone else…</source>
        <translation>басқа біреу…</translation>
    </message>
</context>
<context>
    <name>TimelineAxis</name>
    <message>
        <location filename="../../src/casekeeper/gui/timeline_axis.py" line="+83"/>
        <source>Events on a time axis</source>
        <translation>Уақыт осіндегі оқиғалар</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>No events recorded yet.</source>
        <translation>Әзірге оқиғалар жазылмаған.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Date unknown</source>
        <translation>Күні белгісіз</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>date unknown</source>
        <translation>күні белгісіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ sources disagree on this date</source>
        <translation>⚠ дереккөздер бұл күн бойынша келіспейді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place: {place}</source>
        <translation>Орны: {place}</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../src/casekeeper/gui/case_view_timeline.py" line="+44"/>
        <source>Add event…</source>
        <translation>Оқиға қосу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit event…</source>
        <translation>Оқиғаны өңдеу…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Selected event</source>
        <translation>Таңдалған оқиға</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline of events</source>
        <translation>Оқиғалар хронологиясы</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Point at an event to see its place and people; click to select it.</source>
        <translation>Орны мен адамдарын көру үшін оқиғаға меңзерді апарыңыз; таңдау үшін басыңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+37"/>
        <source>date unknown</source>
        <translation>күні белгісіз</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>in {place}</source>
        <translation>орны: {place}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{date}
⚠ sources disagree</source>
        <translation>{date}
⚠ дереккөздер келіспейді</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sources disagree on this date:</source>
        <translation>Дереккөздер бұл күн бойынша келіспейді:</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../src/casekeeper/gui/unlock_dialog.py" line="+66"/>
        <source>Unlock CaseKeeper</source>
        <translation>CaseKeeper құлпын ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock store</source>
        <translation>Қойманың құлпын ашу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step</source>
        <translation>Қадам</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Store: {path}</source>
        <translation>Қойма: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store location</source>
        <translation>Қойманың орны</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Error</source>
        <translation>Қате</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Working</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use recovery key instead</source>
        <translation>Оның орнына қалпына келтіру кілтін пайдалану</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery key</source>
        <translation>Қалпына келтіру кілті</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery key:</source>
        <translation>Қалпына келтіру кілті:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Құпия фраза:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no store here yet. Choose a passphrase to create one: at least {n} characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Мұнда әлі қойма жоқ. Оны жасау үшін құпия фраза таңдаңыз: кемінде {n} таңба; бір-бірімен байланыссыз бірнеше сөзді есте сақтау оңай, ал табу қиын.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New passphrase</source>
        <translation>Жаңа құпия фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the passphrase</source>
        <translation>Құпия фразаны қайталаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase check</source>
        <translation>Құпия фразаны тексеру</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New passphrase:</source>
        <translation>Жаңа құпия фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat it:</source>
        <translation>Қайталаңыз:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock the store</source>
        <translation>Қойманың құлпын ашу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Unlock</source>
        <translation>Құлпын &amp;ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new store</source>
        <translation>Жаңа қойма жасау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Create store</source>
        <translation>Қойма &amp;жасау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down your recovery key</source>
        <translation>Қалпына келтіру кілтін жазып алыңыз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ontinue</source>
        <translation>&amp;Жалғастыру</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CaseKeeper — {step}</source>
        <translation>CaseKeeper — {step}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The passphrase is too short: use at least {n} characters.</source>
        <translation>Құпия фраза тым қысқа: кемінде {n} таңба пайдаланыңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases do not match.</source>
        <translation>Екі құпия фраза сәйкес келмейді.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Type the recovery key.</source>
        <translation>Қалпына келтіру кілтін енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlocking with the recovery key…</source>
        <translation>Қалпына келтіру кілтімен ашылуда…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the passphrase.</source>
        <translation>Құпия фразаны енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlocking…</source>
        <translation>Құлпы ашылуда…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Creating the store…</source>
        <translation>Қойма жасалуда…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Store created at {path}</source>
        <translation>Қойма {path} ішінде жасалды</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>CaseKeeper could not open the store: {error}</source>
        <translation>CaseKeeper қойманы аша алмады: {error}</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../src/casekeeper/gui/labels.py" line="-111"/>
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>urgent</source>
        <translation>шұғыл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monitoring</source>
        <translation>бақылауда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>шешілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>жабық</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>хабар-ошарсыз жоғалған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>detained</source>
        <translation>ұсталған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sentenced</source>
        <translation>сотталған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>house arrest</source>
        <translation>үй қамағы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>released</source>
        <translation>босатылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deceased</source>
        <translation>қайтыс болған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safe</source>
        <translation>қауіпсіз жерде</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>legal name</source>
        <translation>ресми аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alias</source>
        <translation>басқа аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transliteration</source>
        <translation>транслитерация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patronymic</source>
        <translation>әкесінің аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth name</source>
        <translation>туған кездегі аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nickname</source>
        <translation>лақап аты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>victim</source>
        <translation>жәбірленуші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relative</source>
        <translation>туысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>witness</source>
        <translation>куә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>informant</source>
        <translation>ақпарат беруші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>official</source>
        <translation>лауазымды тұлға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>perpetrator</source>
        <translation>құқық бұзушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>advocate</source>
        <translation>қорғаушы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>detention</source>
        <translation>ұстау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disappearance</source>
        <translation>жоғалып кету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrest</source>
        <translation>қамауға алу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protest</source>
        <translation>наразылық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fine</source>
        <translation>айыппұл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sentencing</source>
        <translation>үкім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>release</source>
        <translation>босату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>petition</source>
        <translation>петиция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>border crossing</source>
        <translation>шекарадан өту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrogation</source>
        <translation>жауап алу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>citizenship</source>
        <translation>азаматтық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>statement</source>
        <translation>мәлімдеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>басқа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>testimony</source>
        <translation>айғақ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interview</source>
        <translation>сұхбат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>news article</source>
        <translation>жаңалық мақаласы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>official document</source>
        <translation>ресми құжат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social media post</source>
        <translation>әлеуметтік желідегі жазба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmed</source>
        <translation>расталған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>probable</source>
        <translation>ықтимал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>possible</source>
        <translation>мүмкін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doubtful</source>
        <translation>күмәнді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>public</source>
        <translation>көпшілікке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partners (lawyers, UN bodies)</source>
        <translation>серіктестер (заңгерлер, БҰҰ органдары)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internal only</source>
        <translation>тек ішкі пайдалану үшін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>granted</source>
        <translation>берілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>бас тартылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conditional</source>
        <translation>шартпен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>everything</source>
        <translation>бәрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photo</source>
        <translation>фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact details</source>
        <translation>байланыс деректері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identity documents</source>
        <translation>жеке басты куәландыратын құжаттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation>орналасқан жері</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passport</source>
        <translation>төлқұжат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID card</source>
        <translation>жеке куәлік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>citizenship certificate</source>
        <translation>азаматтық туралы куәлік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>residence permit</source>
        <translation>тұруға ықтиярхат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid</source>
        <translation>жарамды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confiscated</source>
        <translation>тәркіленген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost</source>
        <translation>жоғалған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>мерзімі өткен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked</source>
        <translation>күші жойылған</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>Name</source>
        <translation type="obsolete">Аты</translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="obsolete">Жазуы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="obsolete">Түрі</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../src/casekeeper/gui/interview/page_consent.py" line="-104"/>
        <source>Only if</source>
        <translation>Тек егер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only if… e.g. he is sentenced</source>
        <translation>тек егер… мыс. оған үкім шықса</translation>
    </message>
    <message>
        <location filename="../../src/casekeeper/gui/interview/page_relatives.py" line="-63"/>
        <source>Relative&apos;s name</source>
        <translation>Туыстың есімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name, in any script</source>
        <translation>есім, кез келген жазумен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another spelling</source>
        <translation>Басқа жазылуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another spelling or script</source>
        <translation>басқа жазылуы не жазуы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relation to the person</source>
        <translation>Адамға туыстығы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>present</source>
        <translation>қатысуда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took part in this interview</source>
        <translation>Бұл сұхбатқа қатысты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone, messenger</source>
        <translation>телефон, мессенджер</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Remove this relative</source>
        <translation>Бұл туысты алып тастау</translation>
    </message>
    <message>
        <location filename="../../src/casekeeper/gui/interview/page_review.py" line="+45"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added to</source>
        <translation>Қосылды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Interview</source>
        <translation>Сұхбат</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded as</source>
        <translation>Ретінде жазылды</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names</source>
        <translation>Есімдер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Born</source>
        <translation>Туған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hometown</source>
        <translation>Туған жері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenships</source>
        <translation>Азаматтықтары</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By whom</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason given</source>
        <translation>Айтылған себеп</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Relatives</source>
        <translation>Туыстар</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Testimony</source>
        <translation>Куәлік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words</source>
        <translation>Сөздер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begins</source>
        <translation>Басы</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>only if {condition}</source>
        <translation>тек егер {condition}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next steps</source>
        <translation>Келесі қадамдар</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>name</source>
        <translation>аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photo</source>
        <translation>фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>testimony</source>
        <translation>айғақ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lawyers and UN bodies</source>
        <translation>заңгерлер және БҰҰ органдары</translation>
    </message>
    <message>
        <location filename="../../src/casekeeper/gui/interview/page_tasks.py" line="-98"/>
        <source>Next step</source>
        <translation>Келесі қадам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. file a petition with the consulate</source>
        <translation>мыс. консулдыққа өтініш беру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who does it</source>
        <translation>Кім орындайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who</source>
        <translation>кім</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Remove this step</source>
        <translation>Бұл қадамды алып тастау</translation>
    </message>
    <message>
        <location filename="../../src/casekeeper/gui/interview/page_testimony.py" line="+34"/>
        <source>Recording is off: the vault can only take in a finished file, so a recording would first lie unencrypted on disk. Record on a device you trust and import the file under Evidence.</source>
        <translation>Жазу өшірулі: қойма тек дайын файлды қабылдайды, сондықтан жазба алдымен дискіде шифрланбаған күйде жатар еді. Сенімді құрылғыда жазып, файлды «Дәлелдер» бөлімінде импорттаңыз.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;Statistics</source>
        <translation type="vanished">&amp;Статистика</translation>
    </message>
    <message>
        <source>Counts by status, by place and over time</source>
        <translation type="vanished">Күйі, орны және уақыты бойынша сандар</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="vanished">&amp;Көрініс</translation>
    </message>
</context>
</TS>
