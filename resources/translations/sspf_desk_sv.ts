<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>ActionItemEditor</name>
    <message>
        <source>New action</source>
        <translation>Ny insats</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Ändra insats</translation>
    </message>
    <message>
        <source>&amp;What is to be done</source>
        <translation>&amp;Vad ska göras</translation>
    </message>
    <message>
        <source>Responsible &amp;sector</source>
        <translation>Ansvarig &amp;sektor</translation>
    </message>
    <message>
        <source>Responsible &amp;person</source>
        <translation>Ansvarig &amp;person</translation>
    </message>
    <message>
        <source>Name or role</source>
        <translation>Namn eller roll</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>S&amp;tart</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>&amp;Klart senast</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>&amp;Follow-up on</source>
        <translation>&amp;Följs upp</translation>
    </message>
</context>
<context>
    <name>ActionItemsModel</name>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>%1 – overdue</source>
        <translation>%1 – försenad</translation>
    </message>
    <message>
        <source>Overdue: the deadline has passed.</source>
        <translation>Försenad: sista datum har passerat.</translation>
    </message>
</context>
<context>
    <name>ActionList</name>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>New ac&amp;tion…</source>
        <translation>Ny åt&amp;gärd…</translation>
    </message>
    <message>
        <source>Edit action…</source>
        <translation>Ändra åtgärd…</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Ta bort åtgärd</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <source>New activity</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>Akti&amp;vitet</translation>
    </message>
    <message>
        <source>e.g. Police presence in the town centre</source>
        <translation>t.ex. Polisnärvaro i centrum</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>A&amp;nsvarig</translation>
    </message>
    <message>
        <source>e.g. Polisen, Kommunen – fältgruppen</source>
        <translation>t.ex. Polisen, Kommunen – fältgruppen</translation>
    </message>
    <message>
        <source>&amp;Focus area</source>
        <translation>&amp;Fokusområde</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(inget)</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <source>e.g. 4000</source>
        <translation>t.ex. 4000</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Enhet</translation>
    </message>
    <message>
        <source>What is counted, e.g. hours, occasions, meetings</source>
        <translation>Vad som räknas, t.ex. timmar, tillfällen, möten</translation>
    </message>
    <message>
        <source>&amp;Counted</source>
        <translation>&amp;Räknas</translation>
    </message>
    <message>
        <source>How it is counted</source>
        <translation>Hur resultatet räknas</translation>
    </message>
    <message>
        <source>&amp;Meeting type</source>
        <translation>Mötes&amp;typ</translation>
    </message>
    <message>
        <source>Meeting type counted</source>
        <translation>Mötestyp som räknas</translation>
    </message>
    <message>
        <source>Measure &amp;kind</source>
        <translation>&amp;Sorts åtgärd</translation>
    </message>
    <message>
        <source>Kind of measure counted</source>
        <translation>Sorts åtgärd som räknas</translation>
    </message>
    <message>
        <source>Ar&amp;ea</source>
        <translation>Områ&amp;de</translation>
    </message>
    <message>
        <source>Empty: sites in every area count</source>
        <translation>Tomt: platser i alla områden räknas</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>timmar</translation>
    </message>
    <message>
        <source>occasions</source>
        <translation>tillfällen</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>möten</translation>
    </message>
    <message>
        <source>safety walks</source>
        <translation>trygghetsvandringar</translation>
    </message>
    <message>
        <source>The result is the sum of the progress entries recorded for the activity.</source>
        <translation>Resultatet är summan av de resultat som registreras för aktiviteten.</translation>
    </message>
    <message>
        <source>Meetings of the type held in %1 count automatically (planned ones do not); progress entries recorded here are added.</source>
        <translation>Hållna möten av typen under %1 räknas automatiskt (planerade räknas inte); resultat som registreras här läggs till.</translation>
    </message>
    <message>
        <source>Each group-level measure of the kind done in %1 counts automatically; progress entries recorded here are added.</source>
        <translation>Varje genomförd åtgärd av sorten på grupp- och områdesnivå under %1 räknas automatiskt; resultat som registreras här läggs till.</translation>
    </message>
    <message>
        <source>The hours of group-level measures of the kind done in %1 count automatically; progress entries recorded here are added.</source>
        <translation>Timmarna för genomförda åtgärder av sorten på grupp- och områdesnivå under %1 räknas automatiskt; resultat som registreras här läggs till.</translation>
    </message>
    <message>
        <source>Enter the target, e.g. 4000.</source>
        <translation>Ange målet, t.ex. 4000.</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>&amp;New item…</source>
        <translation>&amp;Ny punkt…</translation>
    </message>
    <message>
        <source>&amp;Get suggestions…</source>
        <translation>&amp;Hämta förslag…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Ta bort punkt</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message>
        <source>The chosen agenda item</source>
        <translation>Den valda punkten</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Ta bort punkt</translation>
    </message>
    <message>
        <source>Remove this item from the agenda? Its notes, decisions and actions go too; actions already in an action plan stay there once started.</source>
        <translation>Ta bort punkten från dagordningen? Anteckningar, beslut och åtgärder försvinner också; åtgärder i en åtagandeplan som redan har påbörjats ligger kvar där.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>AgendaTemplatesDialog</name>
    <message>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Preset notes</source>
        <translation>Förifylld anteckning</translation>
    </message>
    <message>
        <source>Standing agendas</source>
        <translation>Stående dagordningar</translation>
    </message>
    <message>
        <source>Meeting types</source>
        <translation>Mötestyper</translation>
    </message>
    <message>
        <source>Every new meeting starts from the standing agenda of its type. Items about single young persons are added to each meeting, never here: write no names or identity numbers.</source>
        <translation>Varje nytt möte utgår från den stående dagordningen för sin mötestyp. Punkter om enskilda ungdomar läggs till på varje möte, aldrig här: skriv inga namn eller personnummer.</translation>
    </message>
    <message>
        <source>The standing agendas are saved.</source>
        <translation>De stående dagordningarna är sparade.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sp&amp;ara</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Items of the standing agenda: %1</source>
        <translation>Punkter i den stående dagordningen: %1</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Lägg till punkt</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Ta bort punkt</translation>
    </message>
    <message>
        <source>Reset to &amp;standard…</source>
        <translation>Återställ till &amp;standard…</translation>
    </message>
    <message>
        <source>Reset this agenda to the standard agenda</source>
        <translation>Återställ den här dagordningen till standarddagordningen</translation>
    </message>
    <message>
        <source>Reset to standard</source>
        <translation>Återställ till standard</translation>
    </message>
    <message>
        <source>Replace the standing agenda of %1 with the standard agenda? Your own items of this type are removed; meetings already planned keep their agendas.</source>
        <translation>Ersätta den stående dagordningen för %1 med standarddagordningen? Era egna punkter för mötestypen tas bort; möten som redan är planerade behåller sina dagordningar.</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Behåll mina</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The changed standing agendas are not saved. Close without saving?</source>
        <translation>De ändrade stående dagordningarna är inte sparade. Stänga utan att spara?</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>&amp;Stäng utan att spara</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Fortsätt redigera</translation>
    </message>
</context>
<context>
    <name>AnonymiseDialog</name>
    <message>
        <source>Anonymise the young person</source>
        <translation>Anonymisera ungdomen</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Det här går inte att ångra.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Removed for good: the name, the identity number, the birth date, school, class, area, home municipality and interpreter language; guardians and other related persons who are linked only to this young person (those linked to another young person are kept but unlinked); the scanned signed consent forms; and everything written in free text about the young person (observations, assessments, plan goals and strengths, action items, outcomes and reasons).</source>
        <translation>Tas bort för gott: namn, personnummer, födelsedatum, skola, klass, område, hemkommun och tolkspråk; vårdnadshavare och andra närstående som bara är kopplade till den här ungdomen (de som också är kopplade till en annan ungdom finns kvar men kopplas bort); inskannade samtyckesblanketter; och allt som skrivits i fritext om ungdomen (iakttagelser, bedömningar, mål och styrkor i planen, åtaganden, utfall och skäl).</translation>
    </message>
    <message>
        <source>What is removed</source>
        <translation>Det här tas bort</translation>
    </message>
    <message>
        <source>Kept: the young person as “Anonymised young person” with a random code, the gender if female or male, and the cases, concerns, consents and action items with their dates and statuses, so that they still count in the statistics. The audit trail is kept as it is: it shows what was done and when, never the content.</source>
        <translation>Det här finns kvar: ungdomen som ”Anonymiserad ungdom” med en slumpad kod, kön om det är flicka eller pojke, samt ärenden, orosignaler, samtycken och åtaganden med datum och status, så att de fortfarande räknas i statistiken. Loggen finns kvar som den är: den visar vad som gjordes och när, aldrig innehållet.</translation>
    </message>
    <message>
        <source>What is kept</source>
        <translation>Det här finns kvar</translation>
    </message>
    <message>
        <source>Reason for anonymising</source>
        <translation>Skäl till anonymiseringen</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Välj ett skäl…</translation>
    </message>
    <message>
        <source>Consent was withdrawn</source>
        <translation>Samtycket återkallades</translation>
    </message>
    <message>
        <source>The case is finished</source>
        <translation>Ärendet är avslutat</translation>
    </message>
    <message>
        <source>Request for erasure</source>
        <translation>Begäran om radering</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Annat skäl</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Skäl:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>&amp;Anonymisera</translation>
    </message>
    <message>
        <source>Anonymise, cannot be undone</source>
        <translation>Anonymisera, går inte att ångra</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve the minutes</source>
        <translation>Justera protokollet</translation>
    </message>
    <message>
        <source>The approver (justerare) has read the minutes and confirms them. You are recorded as the one who entered the approval.</source>
        <translation>Justeraren har läst protokollet och bekräftar det. Du registreras som den som förde in justeringen.</translation>
    </message>
    <message>
        <source>Date of approval</source>
        <translation>Datum för justering</translation>
    </message>
    <message>
        <source>Approved &amp;on</source>
        <translation>Justerat &amp;den</translation>
    </message>
    <message>
        <source>Enter the date of the approval.</source>
        <translation>Ange datum för justeringen.</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Attendees</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Until attendance is recorded, everyone invited counts for the consent gate; afterwards only those present. Select several rows to mark them at once.</source>
        <translation>Innan närvaron är registrerad räknas alla inbjudna i samtyckeskontrollen, därefter bara de närvarande. Markera flera rader för att ange närvaro för alla på en gång.</translation>
    </message>
    <message>
        <source>&amp;New attendee…</source>
        <translation>&amp;Ny deltagare…</translation>
    </message>
    <message>
        <source>Add the young person / &amp;guardians…</source>
        <translation>Lägg till den unge / &amp;vårdnadshavare…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Än&amp;dra…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Närvarande</translation>
    </message>
    <message>
        <source>A&amp;bsent</source>
        <translation>&amp;Frånvarande</translation>
    </message>
    <message>
        <source>E&amp;xcused</source>
        <translation>&amp;Anmält förhinder</translation>
    </message>
    <message>
        <source>&amp;All present</source>
        <translation>A&amp;lla närvarande</translation>
    </message>
    <message>
        <source>Mark the selected:</source>
        <translation>Markera de valda som:</translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <source>New attendee</source>
        <extracomment>Stores the attendees; returns the items the new attendance blocks.</extracomment>
        <translation>Ny deltagare</translation>
    </message>
    <message>
        <source>Edit attendee</source>
        <translation>Ändra deltagare</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Sektor</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>e.g. the school&apos;s name</source>
        <translation>t.ex. skolans namn</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <source>e.g. principal, community police</source>
        <translation>t.ex. rektor, kommunpolis</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Närvaro</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <source>Opened</source>
        <translation>Öppnat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Pågående insatser</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nästa uppföljning</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>%1 (%2 overdue)</source>
        <translation>%1 (%2 försenade)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>Öppnat: %1</translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation>Okänd användare</translation>
    </message>
</context>
<context>
    <name>CasesTab</name>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Open &amp;new case…</source>
        <translation>Öppna &amp;nytt ärende…</translation>
    </message>
    <message>
        <source>Open a new case</source>
        <translation>Öppna ett nytt ärende</translation>
    </message>
    <message>
        <source>This case is closed and cannot be changed. Reopen it to change the plan or its status; the reopening is kept in the history.</source>
        <translation>Ärendet är avslutat och kan inte ändras. Öppna det igen för att ändra planen eller statusen; att det öppnas igen sparas i historiken.</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>&amp;Avsluta ärendet…</translation>
    </message>
    <message>
        <source>&amp;Reopen case…</source>
        <translation>Öppna ärendet &amp;igen…</translation>
    </message>
    <message>
        <source>History of the case</source>
        <translation>Ärendets historik</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Ärendet</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>No case is chosen.</source>
        <translation>Inget ärende är valt.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Öppnat %1</translation>
    </message>
    <message>
        <source>Closed %1: %2</source>
        <translation>Avslutat %1: %2</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Utfall: %1</translation>
    </message>
    <message>
        <source>Move to: %1</source>
        <translation>Flytta till: %1</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Ändra status</translation>
    </message>
    <message>
        <source>Move the case from “%1” to “%2”?</source>
        <translation>Flytta ärendet från ”%1” till ”%2”?</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Flytta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>CaseworkActions</name>
    <message>
        <source>&amp;Vault settings…</source>
        <translation>&amp;Inställningar för valvet…</translation>
    </message>
    <message>
        <source>Consent age rules, expiry warnings, the municipality and secrecy marking of the minutes, and the risk categories</source>
        <translation>Åldersregler för samtycke, varning innan samtycken går ut, kommun och sekretessmarkering i protokollen samt riskkategorierna</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close case</source>
        <translation>Avsluta ärende</translation>
    </message>
    <message>
        <source>A closed case can no longer be changed. It can be reopened later; the reopening is recorded with its reason.</source>
        <translation>Ett avslutat ärende kan inte längre ändras. Det kan öppnas igen senare; det sparas då med skälet.</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Skäl till avslut</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Välj ett skäl…</translation>
    </message>
    <message>
        <source>&amp;Reason for closing</source>
        <translation>&amp;Skäl till avslut</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>How did it go? What has changed for the young person?</source>
        <translation>Hur gick det? Vad har förändrats för den unge?</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Utfall</translation>
    </message>
    <message>
        <source>C&amp;lose case</source>
        <translation>A&amp;vsluta ärendet</translation>
    </message>
    <message>
        <source>A case was not closed: the program locked before you confirmed it.</source>
        <translation>Ett ärende avslutades inte: programmet låstes innan du bekräftade.</translation>
    </message>
</context>
<context>
    <name>ConcernEditor</name>
    <message>
        <source>New concern</source>
        <translation>Ny orosignal</translation>
    </message>
    <message>
        <source>Concern received %1</source>
        <translation>Orosignal inkommen %1</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Datum då orosignalen kom in</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>&amp;Inkom</translation>
    </message>
    <message>
        <source>Source sector</source>
        <translation>Sektor som lämnade orosignalen</translation>
    </message>
    <message>
        <source>&amp;From sector</source>
        <translation>&amp;Från sektor</translation>
    </message>
    <message>
        <source>Reporter&apos;s role</source>
        <translation>Uppgiftslämnarens roll</translation>
    </message>
    <message>
        <source>e.g. mentor, school counsellor, field worker</source>
        <translation>t.ex. mentor, kurator, fältassistent</translation>
    </message>
    <message>
        <source>Reporter&apos;s r&amp;ole</source>
        <translation>Uppgiftslämnarens &amp;roll</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>&amp;Prioritet</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Young &amp;person</source>
        <translation>&amp;Ungdom</translation>
    </message>
    <message>
        <source>Area or place</source>
        <translation>Område eller plats</translation>
    </message>
    <message>
        <source>e.g. the square in the town centre</source>
        <translation>t.ex. torget i centrum</translation>
    </message>
    <message>
        <source>&amp;Area or place</source>
        <translation>&amp;Område eller plats</translation>
    </message>
    <message>
        <source>Group description</source>
        <translation>Gruppbeskrivning</translation>
    </message>
    <message>
        <source>e.g. about ten young people, 14-16 years, evenings</source>
        <translation>t.ex. ett tiotal ungdomar, 14–16 år, kvällstid</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grupp</translation>
    </message>
    <message>
        <source>Group and area level: write no personal data here – no names, identity numbers or anything else that points out a single person.</source>
        <translation>Grupp- och områdesnivå: skriv inga personuppgifter här – inga namn, personnummer eller annat som pekar ut en enskild person.</translation>
    </message>
    <message>
        <source>Risk categories</source>
        <translation>Riskkategorier</translation>
    </message>
    <message>
        <source>Ris&amp;k categories</source>
        <translation>Ris&amp;kkategorier</translation>
    </message>
    <message>
        <source>Observation (facts)</source>
        <translation>Iakttagelse (fakta)</translation>
    </message>
    <message>
        <source>What was seen or heard, when and by whom (role) – facts only.</source>
        <translation>Vad som har setts eller hörts, när och av vem (roll) – bara fakta.</translation>
    </message>
    <message>
        <source>O&amp;bservation (facts)</source>
        <translation>Iak&amp;ttagelse (fakta)</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>The reporter&apos;s or your own assessment, kept apart from the facts.</source>
        <translation>Uppgiftslämnarens eller din egen bedömning, skild från fakta.</translation>
    </message>
    <message>
        <source>A&amp;ssessment</source>
        <translation>&amp;Bedömning</translation>
    </message>
    <message>
        <source>Enter the date the concern came in.</source>
        <translation>Ange datum då orosignalen kom in.</translation>
    </message>
</context>
<context>
    <name>ConcernTalkEditor</name>
    <message>
        <source>New concern conversation</source>
        <translation>Nytt bekymringssamtal</translation>
    </message>
    <message>
        <source>Concern conversation %1</source>
        <translation>Bekymringssamtal %1</translation>
    </message>
    <message>
        <source>Young &amp;person</source>
        <translation>&amp;Ungdom</translation>
    </message>
    <message>
        <source>Date of the talk</source>
        <translation>Datum för samtalet</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>e.g. the police station, the school</source>
        <translation>t.ex. polisstationen, skolan</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>P&amp;lats</translation>
    </message>
    <message>
        <source>Called by</source>
        <translation>Sammankallande</translation>
    </message>
    <message>
        <source>Who invited, e.g. the community police officer</source>
        <translation>Vem som bjöd in, t.ex. kommunpolisen</translation>
    </message>
    <message>
        <source>Called &amp;by</source>
        <translation>Sa&amp;mmankallande</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation>Lägg till &amp;deltagare</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Ta bort deltagare</translation>
    </message>
    <message>
        <source>Add the young person and &amp;guardians</source>
        <translation>Lägg till den unge och &amp;vårdnadshavarna</translation>
    </message>
    <message>
        <source>Add the young person and the guardians with custody</source>
        <translation>Lägg till den unge och vårdnadshavarna</translation>
    </message>
    <message>
        <source>Par&amp;ticipants</source>
        <translation>Del&amp;tagare</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum för uppföljning</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>Upp&amp;följning</translation>
    </message>
    <message>
        <source>The talk&apos;s fields</source>
        <translation>Samtalets uppgifter</translation>
    </message>
    <message>
        <source>Reason for the talk</source>
        <translation>Anledning till samtalet</translation>
    </message>
    <message>
        <source>The concern or incident that led to the talk.</source>
        <translation>Den oro eller händelse som ledde till samtalet.</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>A&amp;nledning</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Riskfaktorer</translation>
    </message>
    <message>
        <source>Mapping: family, school, leisure, friends.</source>
        <translation>Kartläggning: familj, skola, fritid, kamrater.</translation>
    </message>
    <message>
        <source>Ris&amp;k factors</source>
        <translation>Ris&amp;kfaktorer</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Skyddsfaktorer</translation>
    </message>
    <message>
        <source>Strengths and what works well.</source>
        <translation>Styrkor och det som fungerar bra.</translation>
    </message>
    <message>
        <source>Pr&amp;otective factors</source>
        <translation>Sk&amp;yddsfaktorer</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Information som gavs</translation>
    </message>
    <message>
        <source>e.g. about the consequences of crime, support that is available.</source>
        <translation>t.ex. om konsekvenser av brott, stöd som finns att få.</translation>
    </message>
    <message>
        <source>&amp;Information given</source>
        <translation>&amp;Information som gavs</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Överenskommelser</translation>
    </message>
    <message>
        <source>Add a&amp;greement</source>
        <translation>Lägg till ö&amp;verenskommelse</translation>
    </message>
    <message>
        <source>Remove agreement</source>
        <translation>Ta bort överenskommelse</translation>
    </message>
    <message>
        <source>Agree&amp;ments</source>
        <translation>Överens&amp;kommelser</translation>
    </message>
    <message>
        <source>Choose the young person first.</source>
        <translation>Välj den unge först.</translation>
    </message>
    <message>
        <source>Enter the date of the talk.</source>
        <translation>Ange datum för samtalet.</translation>
    </message>
</context>
<context>
    <name>ConcernsModel</name>
    <message>
        <source>Received</source>
        <translation>Inkom</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Young person or area</source>
        <translation>Ungdom eller område</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Risk categories</source>
        <translation>Riskkategorier</translation>
    </message>
    <message>
        <source>Mandatory report</source>
        <translation>Orosanmälan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Nobody has answered yet whether this calls for a mandatory report.</source>
        <translation>Ingen har ännu tagit ställning till om en orosanmälan behövs.</translation>
    </message>
</context>
<context>
    <name>ConcernsPage</name>
    <message>
        <source>&amp;New concern…</source>
        <translation>&amp;Ny orosignal…</translation>
    </message>
    <message>
        <source>New concern</source>
        <translation>Ny orosignal</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Open the selected concern</source>
        <translation>Öppna den markerade orosignalen</translation>
    </message>
    <message>
        <source>Open young &amp;person</source>
        <translation>Visa &amp;ungdom</translation>
    </message>
    <message>
        <source>Open the young person of the concern</source>
        <translation>Visa ungdomen som orosignalen gäller</translation>
    </message>
    <message>
        <source>Search name, area, group, role or risk</source>
        <translation>Sök namn, område, grupp, roll eller risk</translation>
    </message>
    <message>
        <source>Search concerns</source>
        <translation>Sök orosignaler</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>Show outcome</source>
        <translation>Visa beslut</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alla beslut</translation>
    </message>
    <message>
        <source>Show level</source>
        <translation>Visa nivå</translation>
    </message>
    <message>
        <source>Both levels</source>
        <translation>Båda nivåerna</translation>
    </message>
    <message>
        <source>Only &amp;unanswered mandatory report</source>
        <translation>Bara o&amp;besvarad orosanmälan</translation>
    </message>
    <message>
        <source>Only concerns with an unanswered mandatory report</source>
        <translation>Bara orosignaler där frågan om orosanmälan är obesvarad</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Orosignaler</translation>
    </message>
    <message>
        <source>The concern is saved and taken up as an SSPF case. The case is in the young person&apos;s record, starting in the status %1.</source>
        <translation>Orosignalen är sparad och har tagits upp som SSPF-ärende. Ärendet finns i ungdomens akt och börjar med status %1.</translation>
    </message>
    <message>
        <source>Number of concerns: %1</source>
        <translation>Antal orosignaler: %1</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 av %2 visas</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Nothing has been saved yet.</source>
        <translation>Ingenting är sparat ännu.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Concerns to import: %1.</source>
        <translation>Orosignaler som läses in: %1.</translation>
    </message>
    <message>
        <source>Young persons to import: %1. Guardians on their rows: %2.</source>
        <translation>Ungdomar som läses in: %1. Vårdnadshavare på deras rader: %2.</translation>
    </message>
    <message>
        <source>Rows skipped: %1 (the summary lists them by line).</source>
        <translation>Rader som hoppas över: %1 (sammanfattningen visar dem radvis).</translation>
    </message>
    <message>
        <source>Guardians who are already in the vault are linked, not added again.</source>
        <translation>Vårdnadshavare som redan finns i valvet kopplas till ungdomen och läggs inte till igen.</translation>
    </message>
    <message>
        <source>The import is saved as one whole: either every row or none. Click Import to save it.</source>
        <translation>Importen sparas som en helhet: antingen alla rader eller ingen. Klicka på Importera för att spara.</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <source>New consent</source>
        <extracomment>The sectors a consent can name as parties, in display order.</extracomment>
        <translation>Nytt samtycke</translation>
    </message>
    <message>
        <source>Edit consent</source>
        <translation>Ändra samtycke</translation>
    </message>
    <message>
        <source>Who gives the consent</source>
        <translation>Vem som lämnar samtycket</translation>
    </message>
    <message>
        <source>Choose who consents…</source>
        <translation>Välj vem som samtycker…</translation>
    </message>
    <message>
        <source>&amp;Consent given by</source>
        <translation>&amp;Samtycke lämnat av</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>For example: to plan support for school attendance and leisure together</source>
        <translation>Till exempel: att tillsammans planera stöd för skolnärvaro och fritid</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>S&amp;yfte</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Gäller &amp;från</translation>
    </message>
    <message>
        <source>Valid &amp;to</source>
        <translation>Gäller &amp;till och med</translation>
    </message>
    <message>
        <source>Empty: until withdrawn</source>
        <translation>Tomt: tills det återkallas</translation>
    </message>
    <message>
        <source>Parties that may share information</source>
        <translation>Parter som får dela uppgifter</translation>
    </message>
    <message>
        <source>Organisation (empty: the whole sector)</source>
        <translation>Organisation (tomt: hela sektorn)</translation>
    </message>
    <message>
        <source>Organisation within %1</source>
        <translation>Organisation inom %1</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Information covered</source>
        <translation>Uppgifter som omfattas</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>None attached</source>
        <translation>Ingen bifogad</translation>
    </message>
    <message>
        <source>&amp;Attach signed form…</source>
        <translation>&amp;Bifoga undertecknad blankett…</translation>
    </message>
    <message>
        <source>Attach a scan of the signed form</source>
        <translation>Bifoga en skannad, undertecknad blankett</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>Undertecknad blankett</translation>
    </message>
    <message>
        <source>Attached; choosing a file replaces it</source>
        <translation>Bifogad; en ny fil ersätter den</translation>
    </message>
    <message>
        <source>Choose who gives the consent.</source>
        <translation>Välj vem som lämnar samtycket.</translation>
    </message>
    <message>
        <source>Write the first day the consent applies.</source>
        <translation>Skriv första dagen samtycket gäller.</translation>
    </message>
</context>
<context>
    <name>ConsentFormDialog</name>
    <message>
        <source>Print consent form</source>
        <translation>Skriv ut samtyckesblankett</translation>
    </message>
    <message>
        <source>The form describes this consent in plain Swedish, with lines for the signature. The coordinator&apos;s contact details tell how to withdraw it.</source>
        <translation>Blanketten beskriver samtycket på enkel svenska, med rader för underskrift. Samordnarens kontaktuppgifter visar hur samtycket kan återkallas.</translation>
    </message>
    <message>
        <source>&amp;Standard</source>
        <translation>&amp;Vanlig</translation>
    </message>
    <message>
        <source>&amp;Easy-read (for the young person)</source>
        <translation>&amp;Lättläst (för den unge)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommun</translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation>Kontakt&amp;person</translation>
    </message>
    <message>
        <source>Phone or &amp;e-mail of the contact person</source>
        <translation>Kontaktpersonens telefon eller &amp;e-post</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Spara &amp;PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Write the municipality.</source>
        <translation>Skriv kommunen.</translation>
    </message>
    <message>
        <source>Write who to contact to withdraw consent.</source>
        <translation>Skriv vem man kontaktar för att återkalla samtycket.</translation>
    </message>
    <message>
        <source>Write a phone number or e-mail address.</source>
        <translation>Skriv ett telefonnummer eller en e-postadress.</translation>
    </message>
    <message>
        <source>Save consent form</source>
        <translation>Spara samtyckesblankett</translation>
    </message>
    <message>
        <source>consent-form.pdf</source>
        <translation>samtyckesblankett.pdf</translation>
    </message>
    <message>
        <source>The consent form could not be saved.</source>
        <translation>Samtyckesblanketten kunde inte sparas.</translation>
    </message>
    <message>
        <source>The consent form was saved as a PDF.</source>
        <translation>Samtyckesblanketten sparades som PDF.</translation>
    </message>
</context>
<context>
    <name>ConsentsModel</name>
    <message>
        <source>Given by</source>
        <translation>Lämnat av</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <translation>Återkallat %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Gäller ännu inte</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Har gått ut</translation>
    </message>
    <message>
        <source>until withdrawn</source>
        <translation>tills vidare</translation>
    </message>
    <message>
        <source>(person removed)</source>
        <translation>(personen borttagen)</translation>
    </message>
    <message>
        <source>%1, form attached</source>
        <translation>%1, blankett bifogad</translation>
    </message>
    <message>
        <source>%1, form missing</source>
        <translation>%1, blankett saknas</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>Selected consent</source>
        <translation>Valt samtycke</translation>
    </message>
    <message>
        <source>&amp;New consent…</source>
        <translation>&amp;Nytt samtycke…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Än&amp;dra…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Åter&amp;kalla…</translation>
    </message>
    <message>
        <source>&amp;Attach signed form…</source>
        <translation>&amp;Bifoga undertecknad blankett…</translation>
    </message>
    <message>
        <source>&amp;Show signed form…</source>
        <translation>V&amp;isa undertecknad blankett…</translation>
    </message>
    <message>
        <source>&amp;Print consent form…</source>
        <translation>Skriv ut sa&amp;mtyckesblankett…</translation>
    </message>
    <message>
        <source>Consents given by the young person and the guardians</source>
        <translation>Samtycken från den unge och vårdnadshavarna</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Syfte: %1</translation>
    </message>
    <message>
        <source>Withdrawn %1, received: %2</source>
        <translation>Återkallat %1, kom in: %2</translation>
    </message>
</context>
<context>
    <name>CreateVaultForm</name>
    <message>
        <source>New vault file</source>
        <translation>Ny valvfil</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Choose where to save the new vault</source>
        <translation>Välj var det nya valvet ska sparas</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Skapa valv</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>Your na&amp;me</source>
        <translation>&amp;Ditt namn</translation>
    </message>
    <message>
        <source>Save new vault as</source>
        <translation>Spara nytt valv som</translation>
    </message>
    <message>
        <source>Choose where to save the vault.</source>
        <translation>Välj var valvet ska sparas.</translation>
    </message>
    <message>
        <source>The file already exists. Choose a new name.</source>
        <translation>Filen finns redan. Välj ett nytt namn.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>Mappen finns inte.</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>Skriv ditt namn.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Choose a date in the calendar</source>
        <translation>Välj ett datum i kalendern</translation>
    </message>
    <message>
        <source>Calendar for %1</source>
        <translation>Kalender för %1</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>Skriv datumet som ÅÅÅÅ-MM-DD.</translation>
    </message>
</context>
<context>
    <name>DecisionList</name>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>New &amp;decision</source>
        <translation>Nytt &amp;beslut</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>Ta bort beslut</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>Person- eller samordningsnummer</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <source>Class or programme</source>
        <translation>Klass eller program</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Home municipality</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <source>Interpreter needed for language</source>
        <translation>Behöver tolk för språk</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>Ä&amp;ndra uppgifter…</translation>
    </message>
    <message>
        <source>Edit the young person&apos;s details</source>
        <translation>Ändra den unges uppgifter</translation>
    </message>
    <message>
        <source>A&amp;nonymise…</source>
        <translation>A&amp;nonymisera…</translation>
    </message>
    <message>
        <source>Anonymise the young person</source>
        <translation>Anonymisera ungdomen</translation>
    </message>
    <message>
        <source>The young person&apos;s data has been anonymised. Names, identity number and other identifying details are gone for good; the cases, concerns and consents are kept without them, for the statistics.</source>
        <translation>Ungdomens uppgifter är anonymiserade. Namn, personnummer och andra uppgifter som kan identifiera ungdomen är borta för gott; ärenden, orosignaler och samtycken finns kvar utan dem, för statistiken.</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymiserad</translation>
    </message>
    <message>
        <source>Not shown (protected identity)</source>
        <translation>Visas inte (skyddad identitet)</translation>
    </message>
    <message>
        <source>%1 (%2 years)</source>
        <translation>%1 (%2 år)</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>Inget nummer</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
</context>
<context>
    <name>ExcerptDialog</name>
    <message>
        <source>Print an excerpt</source>
        <extracomment>The sectors an excerpt can be made for (the parties of a consent).</extracomment>
        <translation>Skriv ut utdrag</translation>
    </message>
    <message>
        <source>A party&apos;s excerpt holds only the items that party may see under the consent rule on the meeting&apos;s day. A young person&apos;s excerpt holds only the items about them.</source>
        <translation>Ett utdrag för en part innehåller bara de punkter som parten får ta del av enligt samtyckesregeln på mötesdagen. Ett utdrag för en ungdom innehåller bara punkterna om den ungdomen.</translation>
    </message>
    <message>
        <source>For a &amp;party</source>
        <translation>För en &amp;part</translation>
    </message>
    <message>
        <source>For a &amp;young person</source>
        <translation>För en &amp;ungdom</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Organisation (optional)</source>
        <translation>Organisation (frivillig)</translation>
    </message>
    <message>
        <source>Empty: the whole sector</source>
        <translation>Tomt: hela sektorn</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Ungdom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Spara PDF…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Spara PDF</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>FamilyDialog</name>
    <message>
        <source>Add the young person and guardians</source>
        <translation>Lägg till den unge och vårdnadshavare</translation>
    </message>
    <message>
        <source>&amp;Young person</source>
        <translation>&amp;Ungdom</translation>
    </message>
    <message>
        <source>Who attends</source>
        <translation>Vem deltar</translation>
    </message>
    <message>
        <source>The young person</source>
        <translation>Den unge</translation>
    </message>
    <message>
        <source>Guardians with custody are ticked. Family attendees may hear the items about their own young person; every item about someone else is then discussed anonymised or left out.</source>
        <translation>Vårdnadshavare med vårdnad är förvalda. Familjen får höra punkterna om sin egen ungdom; alla punkter om någon annan tas då upp avidentifierat eller lämnas utanför.</translation>
    </message>
    <message>
        <source>Choose the young person.</source>
        <translation>Välj ungdom.</translation>
    </message>
    <message>
        <source>Tick at least one person who attends.</source>
        <translation>Markera minst en person som deltar.</translation>
    </message>
</context>
<context>
    <name>FileExport</name>
    <message>
        <source>Save calendar file</source>
        <translation>Spara kalenderfil</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>Saving the file…</source>
        <translation>Sparar filen…</translation>
    </message>
    <message>
        <source>The file is saved.</source>
        <translation>Filen är sparad.</translation>
    </message>
    <message>
        <source>The file could not be written: the folder may be missing or read-only, or the disk is full.</source>
        <translation>Det gick inte att skriva filen: mappen finns inte eller är skrivskyddad, eller så är disken full.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the list</source>
        <translation>Välj lista</translation>
    </message>
    <message>
        <source>A CSV or Excel file (.xlsx) with a row of column titles and then one row per young person or concern. Nothing is saved until you confirm the import.</source>
        <translation>En CSV- eller Excelfil (.xlsx) med en rad med kolumnrubriker och sedan en rad per ungdom eller orosignal. Ingenting sparas förrän du bekräftar importen.</translation>
    </message>
    <message>
        <source>What the rows are</source>
        <translation>Vad raderna är</translation>
    </message>
    <message>
        <source>Chosen file</source>
        <translation>Vald fil</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Välj fil…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Välj filen som ska importeras</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <source>&amp;Import as</source>
        <translation>&amp;Importera som</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation>&amp;Blad</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.xlsm *.csv *.txt *.tsv)</source>
        <translation>Listor (*.xlsx *.xlsm *.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Läser listan…</translation>
    </message>
    <message>
        <source>%1 rows and %2 columns read; the column titles are on line %3.</source>
        <translation>Lästa rader: %1, kolumner: %2. Kolumnrubrikerna står på rad %3.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sp&amp;ara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Discard the changes in this form?</source>
        <translation>Vill du kasta ändringarna i formuläret?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kasta ändringarna</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Fortsätt redigera</translation>
    </message>
</context>
<context>
    <name>GateChoiceDialog</name>
    <message>
        <source>Not everyone present may receive this information</source>
        <extracomment>Called with the user&apos;s choice for one blocked item.</extracomment>
        <translation>Alla närvarande får inte ta del av uppgifterna</translation>
    </message>
    <message>
        <source>%1 cannot be discussed by name: these parties present are not covered by a consent or another legal ground: %2.</source>
        <translation>%1 kan inte tas upp med namn: dessa närvarande parter omfattas inte av samtycke eller annan rättslig grund: %2.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Discuss anonymised: the item stays on the agenda without the name or other identifying details (do not write them in the notes either).
Leave out: the item is not discussed and appears in no minutes.
Cancel: nothing changes now; a blocked item cannot stay named when the minutes are finalized.</source>
        <translation>Diskutera avidentifierat: punkten står kvar på dagordningen utan namn och andra identifierande uppgifter (skriv inte heller sådana i anteckningarna).
Lämna utanför: punkten tas inte upp och kommer inte med i något protokoll.
Avbryt: inget ändras nu; en spärrad punkt kan inte stå kvar med namn när protokollet färdigställs.</translation>
    </message>
    <message>
        <source>Discuss &amp;anonymised</source>
        <translation>Diskutera &amp;avidentifierat</translation>
    </message>
    <message>
        <source>&amp;Leave out</source>
        <translation>&amp;Lämna utanför</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>GroupLevelPage</name>
    <message>
        <source>Search name or area</source>
        <translation>Sök namn eller område</translation>
    </message>
    <message>
        <source>Search places and groups</source>
        <translation>Sök platser och grupper</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>Visa &amp;inaktiva</translation>
    </message>
    <message>
        <source>Show places and groups no longer followed</source>
        <translation>Visa platser och grupper som inte längre följs</translation>
    </message>
    <message>
        <source>&amp;New place or group…</source>
        <translation>&amp;Ny plats eller grupp…</translation>
    </message>
    <message>
        <source>New place or group</source>
        <translation>Ny plats eller grupp</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Open the selected site</source>
        <translation>Öppna den valda platsen eller gruppen</translation>
    </message>
    <message>
        <source>New o&amp;bservation…</source>
        <translation>Ny i&amp;akttagelse…</translation>
    </message>
    <message>
        <source>New observation at the selected site</source>
        <translation>Ny iakttagelse vid den valda platsen eller gruppen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Delete the selected site</source>
        <translation>Ta bort den valda platsen eller gruppen</translation>
    </message>
    <message>
        <source>Places and groups</source>
        <translation>Platser och grupper</translation>
    </message>
    <message>
        <source>Delete place or group</source>
        <translation>Ta bort plats eller grupp</translation>
    </message>
    <message>
        <source>Delete “%1” with all its observations (%2) and measures? This cannot be undone. A site no longer followed can instead be marked inactive.</source>
        <translation>Ta bort ”%1” med alla dess iakttagelser (%2) och åtgärder? Det går inte att ångra. En plats eller grupp som inte längre följs kan i stället markeras som inaktiv.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behåll</translation>
    </message>
    <message>
        <source>Number of places and groups: %1</source>
        <translation>Antal platser och grupper: %1</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 av %2 visas</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Young persons, with up to two guardians each</source>
        <translation>Ungdomar, med upp till två vårdnadshavare var</translation>
    </message>
    <message>
        <source>Concerns, one per row (the young persons must be in the vault)</source>
        <translation>Orosignaler, en per rad (ungdomarna måste finnas i valvet)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Name (first and last)</source>
        <translation>Namn (för- och efternamn)</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation>Skyddad identitet</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <source>Class or programme</source>
        <translation>Klass eller program</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Home municipality</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation>Tolkspråk</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Datum då oron kom in</translation>
    </message>
    <message>
        <source>Sector (source)</source>
        <translation>Sektor (källa)</translation>
    </message>
    <message>
        <source>Reporter&apos;s role</source>
        <translation>Uppgiftslämnarens roll</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Risk categories</source>
        <translation>Riskkategorier</translation>
    </message>
    <message>
        <source>Observation (facts)</source>
        <translation>Iakttagelse (fakta)</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Brådska</translation>
    </message>
    <message>
        <source>Mandatory report</source>
        <translation>Orosanmälan</translation>
    </message>
    <message>
        <source>Report – agency</source>
        <translation>Orosanmälan – myndighet</translation>
    </message>
    <message>
        <source>Report – reporter</source>
        <translation>Orosanmälan – anmälare</translation>
    </message>
    <message>
        <source>Report – date</source>
        <translation>Orosanmälan – datum</translation>
    </message>
    <message>
        <source>Report – reference</source>
        <translation>Orosanmälan – diarienummer</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Guardian %1 – name</source>
        <translation>Vårdnadshavare %1 – namn</translation>
    </message>
    <message>
        <source>Guardian %1 – identity number</source>
        <translation>Vårdnadshavare %1 – personnummer</translation>
    </message>
    <message>
        <source>Guardian %1 – phone</source>
        <translation>Vårdnadshavare %1 – telefon</translation>
    </message>
    <message>
        <source>Guardian %1 – custody</source>
        <translation>Vårdnadshavare %1 – vårdnad</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Import</source>
        <translation>Läses in</translation>
    </message>
    <message>
        <source>Skip (problems)</source>
        <translation>Hoppas över (fel)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dubblett</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meddelanden</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a list</source>
        <translation>Importera lista</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>Agenda item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>&amp;Save item</source>
        <translation>&amp;Spara punkten</translation>
    </message>
    <message>
        <source>Save the agenda item</source>
        <translation>Spara punkten</translation>
    </message>
    <message>
        <source>Item title</source>
        <translation>Punktens rubrik</translation>
    </message>
    <message>
        <source>How the young person is shown</source>
        <translation>Hur ungdomen visas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Background and what was said (no facts about others)</source>
        <translation>Bakgrund och vad som sades (inga uppgifter om andra)</translation>
    </message>
    <message>
        <source>Follow up again on</source>
        <translation>Följ upp igen den</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>R&amp;ubrik</translation>
    </message>
    <message>
        <source>Sho&amp;wn as</source>
        <translation>&amp;Visas som</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>&amp;Följ upp den</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <source>Decisions (&amp;beslut)</source>
        <translation>&amp;Beslut</translation>
    </message>
    <message>
        <source>Actions (åtgärder)</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>No item chosen</source>
        <translation>Ingen punkt vald</translation>
    </message>
    <message>
        <source>The item is about no single young person.</source>
        <translation>Punkten gäller ingen enskild ungdom.</translation>
    </message>
    <message>
        <source>Actions are kept in the minutes.</source>
        <translation>Åtgärderna förs in i protokollet.</translation>
    </message>
    <message>
        <source>About %1, named in the minutes.</source>
        <translation>Gäller %1, med namn i protokollet.</translation>
    </message>
    <message>
        <source>About %1 – discussed anonymised: the name and identifying details stay out of the notes and the minutes.</source>
        <translation>Gäller %1 – tas upp avidentifierat: namn och identifierande uppgifter hålls utanför anteckningarna och protokollet.</translation>
    </message>
    <message>
        <source>About %1 – left out: not discussed, in no minutes.</source>
        <translation>Gäller %1 – lämnas utanför: tas inte upp och kommer inte med i något protokoll.</translation>
    </message>
    <message>
        <source>Actions also go into the young person&apos;s action plan (open case).</source>
        <translation>Åtgärderna förs också in i ungdomens åtagandeplan (öppet ärende).</translation>
    </message>
    <message>
        <source>The young person has no open case: actions stay in the minutes.</source>
        <translation>Ungdomen har inget öppet ärende: åtgärderna finns bara i protokollet.</translation>
    </message>
    <message>
        <source>Not everyone present may receive this information:</source>
        <translation>Alla närvarande får inte ta del av uppgifterna:</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>Beslut %1</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Åtgärd %1</translation>
    </message>
</context>
<context>
    <name>KeyActions</name>
    <message>
        <source>New &amp;passphrase…</source>
        <translation>Ny &amp;lösenfras…</translation>
    </message>
    <message>
        <source>New &amp;recovery key…</source>
        <translation>Ny å&amp;terställningsnyckel…</translation>
    </message>
    <message>
        <source>The vault has no active user to set a passphrase for.</source>
        <translation>Valvet har ingen aktiv användare att sätta en lösenfras för.</translation>
    </message>
    <message>
        <source>The new passphrase is set. Use it the next time you unlock the vault. The recovery key still works as before.</source>
        <translation>Den nya lösenfrasen är satt. Använd den nästa gång du låser upp valvet. Återställningsnyckeln fungerar som förut.</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Ny återställningsnyckel</translation>
    </message>
    <message>
        <source>Create a new recovery key? The current recovery key stops working at once. The new key is shown only once: have paper or a printer ready.</source>
        <translation>Skapa en ny återställningsnyckel? Den nuvarande återställningsnyckeln slutar gälla direkt. Den nya nyckeln visas bara en gång: ha papper eller en skrivare redo.</translation>
    </message>
    <message>
        <source>&amp;Create new key</source>
        <translation>&amp;Skapa ny nyckel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>LegalGroundGroup</name>
    <message>
        <source>Consent or legal ground</source>
        <translation>Samtycke eller rättslig grund</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Consent reference</source>
        <translation>Hänvisning till samtycke</translation>
    </message>
    <message>
        <source>e.g. signed 2025-03-01 by both guardians</source>
        <translation>t.ex. undertecknat 2025-03-01 av båda vårdnadshavarna</translation>
    </message>
    <message>
        <source>The ground on which information about the young person was shared in the talk. Consent is recorded in the young person&apos;s record.</source>
        <translation>Den grund som uppgifter om den unge delades på i samtalet. Samtycken registreras i den unges akt.</translation>
    </message>
    <message>
        <source>&amp;Ground</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Consent &amp;reference</source>
        <translation>&amp;Hänvisning till samtycke</translation>
    </message>
</context>
<context>
    <name>LifecycleBar</name>
    <message>
        <source>Status of the minutes</source>
        <translation>Protokollets status</translation>
    </message>
    <message>
        <source>The minutes are read-only. To change them, reopen them (with a reason): the present version is kept.</source>
        <translation>Protokollet är skrivskyddat. För att ändra det öppnar du det igen (med en motivering): den nuvarande versionen sparas.</translation>
    </message>
    <message>
        <source>Mark as &amp;held</source>
        <translation>Markera som &amp;hållet</translation>
    </message>
    <message>
        <source>&amp;Finalize…</source>
        <translation>&amp;Färdigställ…</translation>
    </message>
    <message>
        <source>A&amp;pprove (justera)…</source>
        <translation>&amp;Justera…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>&amp;Öppna igen…</translation>
    </message>
    <message>
        <source>Print &amp;minutes…</source>
        <translation>Skriv ut &amp;protokoll…</translation>
    </message>
    <message>
        <source>E&amp;xcerpt…</source>
        <translation>&amp;Utdrag…</translation>
    </message>
    <message>
        <source>Status: %1 · version %2</source>
        <translation>Status: %1 · version %2</translation>
    </message>
    <message>
        <source>approved %1</source>
        <translation>justerat %1</translation>
    </message>
</context>
<context>
    <name>ListFieldErrors</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
</context>
<context>
    <name>LockReport</name>
    <message>
        <source>A form with invalid input was open when the program locked. Its changes were not saved.</source>
        <translation>Ett formulär med ogiltiga uppgifter var öppet när programmet låstes. Ändringarna i det sparades inte.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Orosignaler</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Concern conversations</source>
        <translation>Bekymringssamtal</translation>
    </message>
    <message>
        <source>Situation picture</source>
        <translation>Lägesbild</translation>
    </message>
    <message>
        <source>Citizen promises</source>
        <translation>Medborgarlöften</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>The audit trail is already kept: every view, change and export of a young person&apos;s record is recorded in the vault, with who and when. Coming here: a page to read and search it.</source>
        <translation>Loggen förs redan: varje gång en ungdoms uppgifter läses, ändras eller lämnar programmet sparas det i valvet, med vem och när. Kommer här: en sida där du kan läsa och söka i loggen.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Young persons and cases</source>
        <translation>Ungdomar och ärenden</translation>
    </message>
    <message>
        <source>Places and groups</source>
        <translation>Platser och grupper</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Lås nu</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>&amp;Importera lista…</translation>
    </message>
    <message>
        <source>Standing &amp;agendas…</source>
        <translation>Stående &amp;dagordningar…</translation>
    </message>
    <message>
        <source>The standing agenda of each meeting type</source>
        <translation>Den stående dagordningen för varje mötestyp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About SSPF Desk</source>
        <translation>&amp;Om SSPF Desk</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Användare: %1</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Inloggad användare</translation>
    </message>
    <message>
        <source>Unlocked with the recovery key.</source>
        <translation>Upplåst med återställningsnyckeln.</translation>
    </message>
    <message>
        <source>Recovery key notice</source>
        <translation>Meddelande om återställningsnyckeln</translation>
    </message>
    <message>
        <source>Unlocked with the recovery key. A new passphrase is set.</source>
        <translation>Upplåst med återställningsnyckeln. En ny lösenfras är satt.</translation>
    </message>
    <message>
        <source>Overview (%1)</source>
        <translation>Översikt (%1)</translation>
    </message>
    <message>
        <source>For SSPF coordinators: school, social services, police and leisure working together around young people. All data is stored encrypted on this computer.</source>
        <translation>För SSPF-samordnare: skola, socialtjänst, polis och fritid i samverkan kring unga. Alla uppgifter lagras krypterade på den här datorn.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Koppla kolumnerna</translation>
    </message>
    <message>
        <source>Choose the column of the list that holds each field. The choices are guessed from the column titles; fields left as “(not imported)” are not imported.</source>
        <translation>Välj den kolumn i listan som innehåller varje uppgift. Valen är gissade utifrån kolumnrubrikerna; uppgifter som står kvar på ”(importeras inte)” läses inte in.</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>&amp;Läs in mappning…</translation>
    </message>
    <message>
        <source>Load a mapping file</source>
        <translation>Läs in en mappningsfil</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Spara mappning…</translation>
    </message>
    <message>
        <source>Save the mapping as a file</source>
        <translation>Spara mappningen som fil</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(importeras inte)</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Kolumn %1: %2</translation>
    </message>
    <message>
        <source>Always: %1</source>
        <translation>Alltid: %1</translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation>Läs in mappning</translation>
    </message>
    <message>
        <source>Mapping (*.json)</source>
        <translation>Mappning (*.json)</translation>
    </message>
    <message>
        <source>Columns named in the file are not in the list: %1</source>
        <translation>Kolumner som filen nämner finns inte i listan: %1</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Spara mappning</translation>
    </message>
</context>
<context>
    <name>MeasureEditor</name>
    <message>
        <source>New measure – %1</source>
        <translation>Ny åtgärd – %1</translation>
    </message>
    <message>
        <source>Measure – %1</source>
        <translation>Åtgärd – %1</translation>
    </message>
    <message>
        <source>Kind of measure</source>
        <translation>Typ av åtgärd</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Åtgärd</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>What is done, e.g. evening field walks on Fridays and Saturdays.</source>
        <translation>Vad som görs, t.ex. fältvandringar fredag och lördag kväll.</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beskrivning</translation>
    </message>
    <message>
        <source>Responsible sector</source>
        <translation>Ansvarig sektor</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Sektor</translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation>Ansvarig organisation</translation>
    </message>
    <message>
        <source>Organisation or function, e.g. the field workers, the local police</source>
        <translation>Organisation eller funktion, t.ex. fältgruppen, lokalpolisen</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>A&amp;nsvarig</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Planerat datum</translation>
    </message>
    <message>
        <source>&amp;Planned</source>
        <translation>&amp;Planerad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Date done</source>
        <translation>Datum då åtgärden genomfördes</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>&amp;Genomförd</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>T&amp;immar</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum för uppföljning</translation>
    </message>
    <message>
        <source>&amp;Follow-up date</source>
        <translation>&amp;Uppföljningsdatum</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>What the measure led to, found at the follow-up.</source>
        <translation>Vad åtgärden ledde till, enligt uppföljningen.</translation>
    </message>
    <message>
        <source>Follow-up &amp;result</source>
        <translation>Uppföljningens &amp;resultat</translation>
    </message>
    <message>
        <source>Hours of police presence count toward the citizen promise.</source>
        <translation>Timmar med polisnärvaro räknas in i medborgarlöftet.</translation>
    </message>
    <message>
        <source>e.g. 4</source>
        <translation>t.ex. 4</translation>
    </message>
    <message>
        <source>If recorded (optional).</source>
        <translation>Om de har registrerats (frivilligt).</translation>
    </message>
    <message>
        <source>Write the hours as a number, e.g. 2,5.</source>
        <translation>Skriv timmarna som ett tal, t.ex. 2,5.</translation>
    </message>
</context>
<context>
    <name>MeasuresModel</name>
    <message>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>The follow-up is due</source>
        <translation>Det är dags för uppföljning</translation>
    </message>
</context>
<context>
    <name>MeasuresTab</name>
    <message>
        <source>Measures</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>&amp;New measure…</source>
        <translation>&amp;Ny åtgärd…</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <source>Edit the selected measure</source>
        <translation>Ändra den valda åtgärden</translation>
    </message>
    <message>
        <source>Delete the selected measure</source>
        <translation>Ta bort den valda åtgärden</translation>
    </message>
    <message>
        <source>Delete measure</source>
        <translation>Ta bort åtgärd</translation>
    </message>
    <message>
        <source>Delete the measure “%1”? This cannot be undone.</source>
        <translation>Ta bort åtgärden ”%1”? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Number of measures: %1</source>
        <translation>Antal åtgärder: %1</translation>
    </message>
</context>
<context>
    <name>MeetingActionsModel</name>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
</context>
<context>
    <name>MeetingAgendaModel</name>
    <message>
        <source>young person</source>
        <translation>ungdom</translation>
    </message>
    <message>
        <source>young person (anonymised)</source>
        <translation>ungdom (avidentifierad)</translation>
    </message>
    <message>
        <source>left out of the minutes</source>
        <translation>utanför protokollet</translation>
    </message>
    <message>
        <source>Named – all present covered</source>
        <translation>Med namn – alla omfattas</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Spärrad: %1</translation>
    </message>
    <message>
        <source>§</source>
        <translation>§</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Consent gate</source>
        <translation>Samtyckeskontroll</translation>
    </message>
    <message>
        <source>%1 (carried over)</source>
        <translation>%1 (överförd)</translation>
    </message>
    <message>
        <source>Not every party present may receive this young person&apos;s information:</source>
        <translation>Alla närvarande parter får inte ta del av uppgifterna om ungdomen:</translation>
    </message>
</context>
<context>
    <name>MeetingAttendeesModel</name>
    <message>
        <source>Not recorded</source>
        <translation>Inte angiven</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
</context>
<context>
    <name>MeetingDetailsForm</name>
    <message>
        <source>Meeting type</source>
        <translation>Mötestyp</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>R&amp;ubrik</translation>
    </message>
    <message>
        <source>No names: it goes to calendars</source>
        <translation>Inga namn: rubriken hamnar i kalendrar</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>Mötets datum</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Börjar</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Sluttid</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Slutar</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plats</translation>
    </message>
    <message>
        <source>e.g. the town hall, room 3</source>
        <translation>t.ex. stadshuset, sal 3</translation>
    </message>
    <message>
        <source>&amp;Chair</source>
        <translation>&amp;Ordförande</translation>
    </message>
    <message>
        <source>Name or role</source>
        <translation>Namn eller roll</translation>
    </message>
    <message>
        <source>Minute-ta&amp;ker</source>
        <translation>S&amp;ekreterare</translation>
    </message>
    <message>
        <source>&amp;Approver (justerare)</source>
        <translation>&amp;Justerare</translation>
    </message>
    <message>
        <source>Enter the date of the meeting.</source>
        <translation>Ange mötets datum.</translation>
    </message>
</context>
<context>
    <name>MeetingDetailsTab</name>
    <message>
        <source>&amp;Save details</source>
        <translation>&amp;Spara uppgifterna</translation>
    </message>
    <message>
        <source>Save the meeting&apos;s details</source>
        <translation>Spara mötets uppgifter</translation>
    </message>
    <message>
        <source>Export to &amp;calendar (.ics)…</source>
        <translation>Exportera till &amp;kalender (.ics)…</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Exportera till kalender</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Meeting – SSPF Desk</source>
        <extracomment>Record types whose changes can change the consent gate&apos;s answers (or the names shown); the editor never writes them itself. Which tab shows a refused step&apos;s message about each field.</extracomment>
        <translation>Möte – SSPF Desk</translation>
    </message>
    <message>
        <source>Parts of the meeting</source>
        <translation>Mötets delar</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Uppgifter</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>&amp;Närvaro</translation>
    </message>
    <message>
        <source>A&amp;genda and minutes</source>
        <translation>&amp;Dagordning och protokoll</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versioner</translation>
    </message>
    <message>
        <source>1 item carried over from the previous meeting</source>
        <translation>1 punkt överförd från föregående möte</translation>
    </message>
    <message>
        <source>%1 items carried over from the previous meeting</source>
        <translation>%1 punkter överförda från föregående möte</translation>
    </message>
    <message>
        <source>Finalize the minutes</source>
        <translation>Färdigställ protokollet</translation>
    </message>
    <message>
        <source>Finalize the minutes? They become read-only; changing them later needs reopening with a reason. Named items are checked against the attendance once more.</source>
        <translation>Färdigställa protokollet? Det blir skrivskyddat; för att ändra det senare måste det öppnas igen med en motivering. Punkter med namn kontrolleras mot närvaron en gång till.</translation>
    </message>
    <message>
        <source>&amp;Finalize</source>
        <translation>&amp;Färdigställ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Some changes cannot be saved as they stand (see the messages). Close and discard them?</source>
        <translation>Vissa ändringar kan inte sparas som de är (se meddelandena). Stänga och kasta dem?</translation>
    </message>
    <message>
        <source>&amp;Discard and close</source>
        <translation>&amp;Kasta och stäng</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Fortsätt redigera</translation>
    </message>
</context>
<context>
    <name>MeetingSeriesDialog</name>
    <message>
        <source>Plan a meeting series</source>
        <translation>Planera en mötesserie</translation>
    </message>
    <message>
        <source>What will be planned</source>
        <translation>Vad som planeras</translation>
    </message>
    <message>
        <source>Meeting type</source>
        <translation>Mötestyp</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>R&amp;ubrik</translation>
    </message>
    <message>
        <source>No names: it goes to calendars</source>
        <translation>Inga namn: rubriken hamnar i kalendrar</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plats</translation>
    </message>
    <message>
        <source>e.g. the town hall, room 3</source>
        <translation>t.ex. stadshuset, sal 3</translation>
    </message>
    <message>
        <source>Date of the first meeting</source>
        <translation>Datum för första mötet</translation>
    </message>
    <message>
        <source>&amp;First meeting</source>
        <translation>&amp;Första mötet</translation>
    </message>
    <message>
        <source>Every &amp;n weeks</source>
        <translation>Var &amp;n:e vecka</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Börjar</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Sluttid</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Slutar</translation>
    </message>
    <message>
        <source>&amp;Number of meetings</source>
        <translation>&amp;Antal möten</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>varje vecka</translation>
    </message>
    <message>
        <source>every %1 weeks</source>
        <translation>var %1:e vecka</translation>
    </message>
    <message>
        <source>%1 meetings, %2 on %3 at %4, from %5 to %6.</source>
        <translation>%1 möten, %2 på %3 kl. %4, från %5 till %6.</translation>
    </message>
    <message>
        <source>Enter the date of the first meeting.</source>
        <translation>Ange datum för första mötet.</translation>
    </message>
    <message>
        <source>Enter the start time.</source>
        <translation>Ange starttid.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>Sluttiden måste ligga efter starttiden.</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation>måndagar</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>tisdagar</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>onsdagar</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>torsdagar</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>fredagar</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>lördagar</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>söndagar</translation>
    </message>
</context>
<context>
    <name>MeetingSuggestionsModel</name>
    <message>
        <source>New case</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Proposal to close</source>
        <translation>Förslag till avslut</translation>
    </message>
    <message>
        <source>Group and area level</source>
        <translation>Grupp- och områdesnivå</translation>
    </message>
    <message>
        <source>Everyone present is covered</source>
        <translation>Alla närvarande omfattas</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Spärrad: %1</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Ungdom</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Consent gate</source>
        <translation>Samtyckeskontroll</translation>
    </message>
    <message>
        <source>Place or group</source>
        <translation>Plats eller grupp</translation>
    </message>
</context>
<context>
    <name>MeetingVersionsModel</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Öppnades igen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
</context>
<context>
    <name>MeetingVersionsTab</name>
    <message>
        <source>Earlier versions</source>
        <translation>Tidigare versioner</translation>
    </message>
    <message>
        <source>&amp;Print this version…</source>
        <translation>Skriv ut &amp;versionen…</translation>
    </message>
    <message>
        <source>Print the selected version</source>
        <translation>Skriv ut den valda versionen</translation>
    </message>
    <message>
        <source>Each reopening kept the version before it. The minutes are now version %1.</source>
        <translation>Vid varje ny öppning sparades versionen före. Protokollet är nu version %1.</translation>
    </message>
    <message>
        <source>The minutes have not been reopened: there are no earlier versions.</source>
        <translation>Protokollet har inte öppnats igen: det finns inga tidigare versioner.</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <source>%1 (%2 named)</source>
        <translation>%1 (%2 med namn)</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nytt möte…</translation>
    </message>
    <message>
        <source>New &amp;series…</source>
        <translation>Ny möte&amp;sserie…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Export to &amp;calendar (.ics)…</source>
        <translation>Exportera till &amp;kalender (.ics)…</translation>
    </message>
    <message>
        <source>Show meeting type</source>
        <translation>Visa mötestyp</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alla mötestyper</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>Visa status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Number of meetings: %1</source>
        <translation>Antal möten: %1</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Ta bort möte</translation>
    </message>
    <message>
        <source>Delete this planned meeting with its agenda and attendees?</source>
        <translation>Ta bort det planerade mötet med dagordning och deltagare?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Exportera till kalender</translation>
    </message>
    <message>
        <source>The meeting belongs to a series. Export the whole series or only this one?</source>
        <translation>Mötet ingår i en serie. Exportera hela serien eller bara det här mötet?</translation>
    </message>
    <message>
        <source>The whole &amp;series</source>
        <translation>Hela &amp;serien</translation>
    </message>
    <message>
        <source>&amp;Only this meeting</source>
        <translation>&amp;Bara det här mötet</translation>
    </message>
</context>
<context>
    <name>MinutesPrint</name>
    <message>
        <source>Save the minutes</source>
        <translation>Spara protokollet</translation>
    </message>
    <message>
        <source>Save the excerpt</source>
        <translation>Spara utdraget</translation>
    </message>
</context>
<context>
    <name>NewAgendaItemDialog</name>
    <message>
        <source>New agenda item</source>
        <extracomment>The order sections follow on a standing agenda (&quot;any other business&quot; before closing).</extracomment>
        <translation>Ny punkt på dagordningen</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Avsnitt</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>R&amp;ubrik</translation>
    </message>
    <message>
        <source>e.g. Follow-up of the action plan</source>
        <translation>t.ex. Uppföljning av åtagandeplan</translation>
    </message>
    <message>
        <source>&amp;Young person (optional)</source>
        <translation>&amp;Ungdom (frivilligt)</translation>
    </message>
    <message>
        <source>Paragraph number</source>
        <translation>Paragrafnummer</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Placering</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>Plan a meeting</source>
        <translation>Planera ett möte</translation>
    </message>
    <message>
        <source>Start from the standing &amp;agenda</source>
        <translation>Utgå från den stående &amp;dagordningen</translation>
    </message>
    <message>
        <source>Start from the standing agenda</source>
        <translation>Utgå från den stående dagordningen</translation>
    </message>
    <message>
        <source>Open actions and follow-ups due from the previous meeting of this type are carried over. Attendees and agenda items are added in the meeting editor.</source>
        <translation>Öppna åtgärder och förfallna uppföljningar från föregående möte av samma typ förs över. Deltagare och punkter läggs till i mötesfönstret.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Upprepa lösenfrasen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Lösenfrasens styrka</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Lösenfras</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>&amp;Upprepa lösenfrasen</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>Lösenfrasen måste ha minst %1 tecken.</translation>
    </message>
    <message>
        <source>The passphrase must not consist of spaces only.</source>
        <translation>Lösenfrasen får inte bestå av bara blanksteg.</translation>
    </message>
    <message>
        <source>The passphrases are not the same.</source>
        <translation>Lösenfraserna är inte likadana.</translation>
    </message>
    <message>
        <source>At least %1 characters. A sentence of four or five words is easy to remember and hard to guess.</source>
        <translation>Minst %1 tecken. En mening med fyra eller fem ord är lätt att komma ihåg och svår att gissa.</translation>
    </message>
    <message>
        <source>Long enough, but it repeats the same few characters. Four or five words are better.</source>
        <translation>Tillräckligt lång, men den upprepar några få tecken. Fyra eller fem ord är bättre.</translation>
    </message>
    <message>
        <source>Acceptable. Longer is better, e.g. four or five words.</source>
        <translation>Godtagbar. Längre är bättre, till exempel fyra eller fem ord.</translation>
    </message>
    <message>
        <source>Strong passphrase.</source>
        <translation>Stark lösenfras.</translation>
    </message>
</context>
<context>
    <name>ObservationEditor</name>
    <message>
        <source>New observation – %1</source>
        <translation>Ny iakttagelse – %1</translation>
    </message>
    <message>
        <source>Observation – %1</source>
        <translation>Iakttagelse – %1</translation>
    </message>
    <message>
        <source>Date of the observation</source>
        <translation>Datum för iakttagelsen</translation>
    </message>
    <message>
        <source>Sector that observed</source>
        <translation>Sektor som gjorde iakttagelsen</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Iakttagelse</translation>
    </message>
    <message>
        <source>What was seen, e.g. a large gathering in the evenings, vandalism, visitors feeling unsafe.</source>
        <translation>Vad som iakttogs, t.ex. större samlingar på kvällarna, skadegörelse, besökare som känner sig otrygga.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Sektor</translation>
    </message>
    <message>
        <source>&amp;Observation</source>
        <translation>&amp;Iakttagelse</translation>
    </message>
    <message>
        <source>Save and &amp;next</source>
        <translation>Spara och &amp;nästa</translation>
    </message>
    <message>
        <source>Save and record another observation</source>
        <translation>Spara och skriv nästa iakttagelse</translation>
    </message>
    <message>
        <source>Enter the day of the observation.</source>
        <translation>Ange dagen för iakttagelsen.</translation>
    </message>
    <message>
        <source>Observation saved (%1 in this window). Write the next one.</source>
        <translation>Iakttagelsen är sparad (%1 i det här fönstret). Skriv nästa.</translation>
    </message>
</context>
<context>
    <name>ObservationsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Iakttagelse</translation>
    </message>
</context>
<context>
    <name>ObservationsTab</name>
    <message>
        <source>Observations</source>
        <translation>Iakttagelser</translation>
    </message>
    <message>
        <source>&amp;New observation…</source>
        <translation>&amp;Ny iakttagelse…</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>Ny iakttagelse</translation>
    </message>
    <message>
        <source>Edit the selected observation</source>
        <translation>Ändra den valda iakttagelsen</translation>
    </message>
    <message>
        <source>Delete the selected observation</source>
        <translation>Ta bort den valda iakttagelsen</translation>
    </message>
    <message>
        <source>Delete observation</source>
        <translation>Ta bort iakttagelse</translation>
    </message>
    <message>
        <source>Delete the observation of %1? This cannot be undone.</source>
        <translation>Ta bort iakttagelsen från %1? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Number of observations: %1</source>
        <translation>Antal iakttagelser: %1</translation>
    </message>
</context>
<context>
    <name>OpenVaultForm</name>
    <message>
        <source>Recent vaults</source>
        <translation>Senaste valv</translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation>Valvfil</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Browse for a vault file</source>
        <translation>Bläddra efter en valvfil</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Lösenfras</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>&amp;Återställningsnyckel</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase</source>
        <translation>Lösen&amp;fras</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;upp</translation>
    </message>
    <message>
        <source>Re&amp;cent vaults</source>
        <translation>&amp;Senaste valv</translation>
    </message>
    <message>
        <source>&amp;Vault file</source>
        <translation>&amp;Valvfil</translation>
    </message>
    <message>
        <source>Unlock with</source>
        <translation>Lås upp med</translation>
    </message>
    <message>
        <source>Open vault</source>
        <translation>Öppna valv</translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation>Åters&amp;tällningsnyckel</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <source>Choose a vault file.</source>
        <translation>Välj en valvfil.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Filen finns inte.</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>Skriv återställningsnyckeln.</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Skriv lösenfrasen.</translation>
    </message>
</context>
<context>
    <name>OutcomeGroup</name>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Inte beslutad ännu</translation>
    </message>
    <message>
        <source>Taken up as an SSPF case</source>
        <translation>Tas upp som SSPF-ärende</translation>
    </message>
    <message>
        <source>Not suitable for SSPF</source>
        <translation>Inte lämplig för SSPF</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Hänvisad vidare</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Datum för beslutet</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Skäl för beslutet</translation>
    </message>
    <message>
        <source>Short reason; required when not suitable or referred</source>
        <translation>Kort skäl; krävs vid inte lämplig eller hänvisad</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Decided &amp;on</source>
        <translation>Beslutsd&amp;atum</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>Sk&amp;äl</translation>
    </message>
    <message>
        <source>Saving opens an SSPF case for the young person, starting in the status %1 (or links the case the young person already has open).</source>
        <translation>När du sparar öppnas ett SSPF-ärende för ungdomen med status %1 (eller kopplas orosignalen till ungdomens pågående ärende).</translation>
    </message>
    <message>
        <source>This concern has become an SSPF case; the decision can no longer be changed.</source>
        <translation>Orosignalen har blivit ett SSPF-ärende; beslutet kan inte längre ändras.</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>%1 day</source>
        <translation>%1 dag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagar</translation>
    </message>
    <message>
        <source>Consent given by %1</source>
        <translation>Samtycke från %1</translation>
    </message>
    <message>
        <source>Consent given by another person concerned</source>
        <translation>Samtycke från annan berörd person</translation>
    </message>
    <message>
        <source>Ends today</source>
        <translation>Upphör i dag</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 kvar</translation>
    </message>
    <message>
        <source>No consent covering: %1</source>
        <translation>Samtycke saknas för: %1</translation>
    </message>
    <message>
        <source>Consent from only one of the guardians</source>
        <translation>Samtycke från bara en av vårdnadshavarna</translation>
    </message>
    <message>
        <source>%1: %2, %3 overdue</source>
        <translation>%1: %2, %3 över tiden</translation>
    </message>
    <message>
        <source>Concern from %1</source>
        <translation>Orosignal från %1</translation>
    </message>
    <message>
        <source>Urgency: %1</source>
        <translation>Prioritet: %1</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Ungdom</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Refresh the overview</source>
        <translation>Uppdatera översikten</translation>
    </message>
    <message>
        <source>&amp;Plan operational group…</source>
        <translation>&amp;Planera operativ grupp…</translation>
    </message>
    <message>
        <source>Plan an operational group meeting</source>
        <translation>Planera ett möte i operativa gruppen</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Det som behöver uppmärksamhet</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Uppföljningar att göra</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>No follow-ups are due this week.</source>
        <translation>Inga uppföljningar den närmaste veckan.</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Försenade åtgärder</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>No actions are overdue.</source>
        <translation>Inga åtgärder är försenade.</translation>
    </message>
    <message>
        <source>Consents expiring</source>
        <translation>Samtycken som löper ut</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Giltigt till</translation>
    </message>
    <message>
        <source>No consents expire soon.</source>
        <translation>Inga samtycken löper ut snart.</translation>
    </message>
    <message>
        <source>Consent missing or from one guardian only</source>
        <translation>Samtycke saknas eller bara från en vårdnadshavare</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Ärendestatus</translation>
    </message>
    <message>
        <source>Every open case of a minor has the consents it needs.</source>
        <translation>Alla pågående ärenden för minderåriga har de samtycken som behövs.</translation>
    </message>
    <message>
        <source>Concerns awaiting a decision</source>
        <translation>Orosignaler som väntar på beslut</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Inkom</translation>
    </message>
    <message>
        <source>Every concern has a decision.</source>
        <translation>Alla orosignaler har ett beslut.</translation>
    </message>
    <message>
        <source>Mandatory report not answered</source>
        <translation>Orosanmälan obesvarad</translation>
    </message>
    <message>
        <source>Every concern has an answer on the mandatory report.</source>
        <translation>Alla orosignaler har svar på frågan om orosanmälan.</translation>
    </message>
    <message>
        <source>%1: nothing needs your attention.</source>
        <translation>%1: inget behöver din uppmärksamhet.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n thing(s) to look at.</source>
        <translation>
            <numerusform>%1: %n sak att se över.</numerusform>
            <numerusform>%1: %n saker att se över.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>New young person</source>
        <translation>Ny ungdom</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Förnamn</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Efternamn</translation>
    </message>
    <message>
        <source>&amp;Personal identity or coordination number</source>
        <translation>&amp;Personnummer eller samordningsnummer</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Fö&amp;delsedatum</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>&amp;Skola</translation>
    </message>
    <message>
        <source>&amp;Class or programme</source>
        <translation>&amp;Klass eller program</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Område</translation>
    </message>
    <message>
        <source>&amp;Home municipality</source>
        <translation>&amp;Hemkommun</translation>
    </message>
    <message>
        <source>&amp;Interpreter needed for language</source>
        <translation>&amp;Tolk behövs för språk</translation>
    </message>
    <message>
        <source>P&amp;rotected identity</source>
        <translation>Skyddad &amp;identitet</translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation>Skyddad identitet</translation>
    </message>
    <message>
        <source>The identity number, school, class, area and home municipality are not shown. Clear the box to see or change them.</source>
        <translation>Personnummer, skola, klass, område och hemkommun visas inte. Avmarkera rutan för att se eller ändra dem.</translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN</source>
        <translation>ÅÅÅÅMMDD-NNNN</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>K&amp;ön</translation>
    </message>
    <message>
        <source>Derived from the identity number</source>
        <translation>Hämtat från personnumret</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>Skriv datumet som ÅÅÅÅ-MM-DD.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Type a name, identity number or school</source>
        <translation>Skriv namn, personnummer eller skola</translation>
    </message>
    <message>
        <source>Search for the young person</source>
        <translation>Sök ungdomen</translation>
    </message>
    <message>
        <source>New young &amp;person…</source>
        <translation>&amp;Lägg till ny ungdom…</translation>
    </message>
    <message>
        <source>Add a new young person</source>
        <translation>Lägg till en ny ungdom</translation>
    </message>
    <message>
        <source>No young person chosen yet: type and pick a suggestion.</source>
        <translation>Ingen ungdom vald ännu: skriv och välj ett förslag.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Vald: %1</translation>
    </message>
</context>
<context>
    <name>PersonSearchModel</name>
    <message>
        <source>protected identity</source>
        <translation>skyddad identitet</translation>
    </message>
</context>
<context>
    <name>PersonsModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klass</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Vårdnadshavare</translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation>Skyddad identitet</translation>
    </message>
</context>
<context>
    <name>PersonsView</name>
    <message>
        <source>Search name, identity number, school or area</source>
        <translation>Sök på namn, personnummer, skola eller område</translation>
    </message>
    <message>
        <source>Search young persons</source>
        <translation>Sök ungdomar</translation>
    </message>
    <message>
        <source>Young persons</source>
        <translation>Ungdomar</translation>
    </message>
    <message>
        <source>&amp;New young person</source>
        <translation>&amp;Ny ungdom</translation>
    </message>
    <message>
        <source>New young person</source>
        <translation>Ny ungdom</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>Edit the selected young person</source>
        <translation>Redigera den valda ungdomen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Delete the selected young person</source>
        <translation>Ta bort den markerade ungdomen</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Öppna akt</translation>
    </message>
    <message>
        <source>Open the selected young person&apos;s record</source>
        <translation>Öppna den valda ungdomens akt</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Ta bort %1?</translation>
    </message>
    <message>
        <source>The record of the young person is removed, and so are the links to their guardians and other related persons. Guardians and related persons who are not linked to any other young person are removed too.</source>
        <translation>Uppgifterna om ungdomen tas bort, och likaså kopplingarna till vårdnadshavare och andra närstående. Vårdnadshavare och närstående som inte är kopplade till någon annan ungdom tas också bort.</translation>
    </message>
    <message>
        <source>The deletion is recorded in the vault&apos;s log, with who deleted and when (the deleted details themselves are not kept there). It cannot be undone.</source>
        <translation>Borttagningen loggas i valvet, med vem som tog bort och när (de borttagna uppgifterna sparas inte i loggen). Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Delete young person</source>
        <translation>Ta bort ungdom</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Number of young persons: %1</source>
        <translation>Antal ungdomar: %1</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 av %2 visas</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Action plan</source>
        <translation>Åtagandeplan</translation>
    </message>
    <message>
        <source>Goals in the young person&apos;s own words</source>
        <translation>Mål med den unges egna ord</translation>
    </message>
    <message>
        <source>What does the young person want to achieve? Use their own words.</source>
        <translation>Vad vill den unge uppnå? Använd den unges egna ord.</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Styrkor</translation>
    </message>
    <message>
        <source>What works well? Interests, people who matter, what protects.</source>
        <translation>Vad fungerar bra? Intressen, viktiga personer, det som skyddar.</translation>
    </message>
    <message>
        <source>Save &amp;plan</source>
        <translation>Spara &amp;planen</translation>
    </message>
    <message>
        <source>Save goals and strengths</source>
        <translation>Spara mål och styrkor</translation>
    </message>
    <message>
        <source>&amp;New action…</source>
        <translation>N&amp;y insats…</translation>
    </message>
    <message>
        <source>Edit ac&amp;tion…</source>
        <translation>Ändra &amp;insats…</translation>
    </message>
    <message>
        <source>Remo&amp;ve action</source>
        <translation>Ta &amp;bort insats</translation>
    </message>
    <message>
        <source>Actions of the action plan</source>
        <translation>Åtagandeplanens insatser</translation>
    </message>
    <message>
        <source>&amp;Goals (the young person&apos;s own words)</source>
        <translation>&amp;Mål (med den unges egna ord)</translation>
    </message>
    <message>
        <source>&amp;Strengths</source>
        <translation>Styr&amp;kor</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Insatser</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) overdue</source>
        <translation>
            <numerusform>%n insats är försenad</numerusform>
            <numerusform>%n insatser är försenade</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan is saved.</source>
        <translation>Planen är sparad.</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Ta bort insats</translation>
    </message>
    <message>
        <source>Remove this action from the plan?</source>
        <translation>Ta bort insatsen från planen?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Kontrollera raderna</translation>
    </message>
    <message>
        <source>Nothing has been saved yet. Red rows have problems and are skipped; yellow rows are already in the vault or repeated in the list. Point at a red cell to see its message.</source>
        <translation>Ingenting är sparat ännu. Röda rader har fel och hoppas över; gula rader finns redan i valvet eller förekommer flera gånger i listan. Peka på en röd cell för att se meddelandet.</translation>
    </message>
    <message>
        <source>Rows of the list</source>
        <translation>Listans rader</translation>
    </message>
    <message>
        <source>Show only rows that will &amp;not be imported</source>
        <translation>Visa bara rader som &amp;inte läses in</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Kontrollerar varje rad…</translation>
    </message>
    <message>
        <source>Rows: %1. To import: %2. With problems: %3. Duplicates: %4.</source>
        <translation>Rader: %1. Läses in: %2. Med fel: %3. Dubbletter: %4.</translation>
    </message>
</context>
<context>
    <name>ProgressEditor</name>
    <message>
        <source>Record a result</source>
        <translation>Registrera resultat</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>%1 – target %2 %3 in %4</source>
        <translation>%1 – mål %2 %3 under %4</translation>
    </message>
    <message>
        <source>Amount done</source>
        <translation>Utfört</translation>
    </message>
    <message>
        <source>e.g. 12 or 2,5</source>
        <translation>t.ex. 12 eller 2,5</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Utfört</translation>
    </message>
    <message>
        <source>Date of the result</source>
        <translation>Datum för resultatet</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>e.g. where, with whom (no names).</source>
        <translation>t.ex. var, tillsammans med vem (inga namn).</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>A&amp;nteckning</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Ange datumet.</translation>
    </message>
</context>
<context>
    <name>ProgressSection</name>
    <message>
        <source>Recorded results</source>
        <translation>Registrerade resultat</translation>
    </message>
    <message>
        <source>&amp;Record result…</source>
        <translation>&amp;Registrera resultat…</translation>
    </message>
    <message>
        <source>Record a result</source>
        <translation>Registrera resultat</translation>
    </message>
    <message>
        <source>Change the result</source>
        <translation>Ändra resultatet</translation>
    </message>
    <message>
        <source>C&amp;hange result…</source>
        <translation>Ändra resul&amp;tat…</translation>
    </message>
    <message>
        <source>Delete resul&amp;t…</source>
        <translation>Ta b&amp;ort resultat…</translation>
    </message>
    <message>
        <source>Delete the result</source>
        <translation>Ta bort resultatet</translation>
    </message>
    <message>
        <source>Re&amp;sults recorded for %1</source>
        <translation>Re&amp;gistrerade resultat för %1</translation>
    </message>
    <message>
        <source>Delete result</source>
        <translation>Ta bort resultat</translation>
    </message>
    <message>
        <source>Delete the result %1 of %2?</source>
        <translation>Ta bort resultatet %1 den %2?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behåll</translation>
    </message>
</context>
<context>
    <name>PromiseActivitiesModel</name>
    <message>
        <source>Only the results recorded here</source>
        <translation>Bara resultat som registreras här</translation>
    </message>
    <message>
        <source>Meetings held of a type</source>
        <translation>Hållna möten av en mötestyp</translation>
    </message>
    <message>
        <source>Number of group-level measures done</source>
        <translation>Antal genomförda åtgärder på grupp- och områdesnivå</translation>
    </message>
    <message>
        <source>Hours of group-level measures done</source>
        <translation>Timmar för genomförda åtgärder på grupp- och områdesnivå</translation>
    </message>
    <message>
        <source>Meetings held: %1</source>
        <translation>Hållna möten: %1</translation>
    </message>
    <message>
        <source>Measures done: %1</source>
        <translation>Genomförda åtgärder: %1</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Timmar: %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Räknas</translation>
    </message>
    <message>
        <source>Yearly target</source>
        <translation>Årsmål</translation>
    </message>
    <message>
        <source>Due by Q%1</source>
        <translation>Delmål t.o.m. kv %1</translation>
    </message>
    <message>
        <source>Result by Q%1</source>
        <translation>Resultat t.o.m. kv %1</translation>
    </message>
    <message>
        <source>Q%1 fulfilled</source>
        <translation>Uppfyllt kv %1</translation>
    </message>
    <message>
        <source>Recorded here</source>
        <translation>Registreras här</translation>
    </message>
    <message>
        <source>Recorded here: %1</source>
        <translation>Registrerat: %1</translation>
    </message>
    <message>
        <source>Counted in SSPF Desk: %1</source>
        <translation>Räknat i SSPF Desk: %1</translation>
    </message>
    <message>
        <source>By the end of Q%1: %2</source>
        <translation>Vid slutet av kv %1: %2</translation>
    </message>
    <message>
        <source>Yes: the result reaches the part of the target due by the end of the quarter (a quarter of the yearly target per quarter). Partly: some result, but less. No: no result yet.</source>
        <translation>Ja: resultatet når delmålet vid kvartalets slut (en fjärdedel av årsmålet per kvartal). Delvis: något resultat, men mindre. Nej: inget resultat ännu.</translation>
    </message>
</context>
<context>
    <name>PromiseEditor</name>
    <message>
        <source>New medborgarlöfte</source>
        <translation>Nytt medborgarlöfte</translation>
    </message>
    <message>
        <source>Medborgarlöfte %1</source>
        <translation>Medborgarlöfte %1</translation>
    </message>
    <message>
        <source>&amp;Heading</source>
        <translation>&amp;Rubrik</translation>
    </message>
    <message>
        <source>e.g. Medborgarlöfte 2026 – Tryggare centrum</source>
        <translation>t.ex. Medborgarlöfte 2026 – Tryggare centrum</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;År</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommun</translation>
    </message>
    <message>
        <source>Local &amp;police area</source>
        <translation>&amp;Lokalpolisområde</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problembild</translation>
    </message>
    <message>
        <source>The local problem, drawn from the lägesbild.</source>
        <translation>Det lokala problemet, hämtat ur lägesbilden.</translation>
    </message>
    <message>
        <source>P&amp;roblem</source>
        <translation>&amp;Problembild</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Fokusområden</translation>
    </message>
    <message>
        <source>&amp;Add focus area</source>
        <translation>Lägg till &amp;fokusområde</translation>
    </message>
    <message>
        <source>Remove focus area</source>
        <translation>Ta bort fokusområde</translation>
    </message>
    <message>
        <source>&amp;Focus areas</source>
        <translation>F&amp;okusområden</translation>
    </message>
    <message>
        <source>Intended effects</source>
        <translation>Det här ska vi åstadkomma</translation>
    </message>
    <message>
        <source>What we want to achieve (Det här ska vi åstadkomma).</source>
        <translation>De effekter löftet ska leda till.</translation>
    </message>
    <message>
        <source>Intended &amp;effects</source>
        <translation>Det här ska vi å&amp;stadkomma</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <source>Add &amp;signatory</source>
        <translation>Lägg till un&amp;dertecknare</translation>
    </message>
    <message>
        <source>Remove signatory</source>
        <translation>Ta bort undertecknare</translation>
    </message>
    <message>
        <source>Si&amp;gnatories</source>
        <translation>Under&amp;tecknare</translation>
    </message>
</context>
<context>
    <name>PromiseFields</name>
    <message>
        <source>Write a number, e.g. 12 or 12,5.</source>
        <translation>Skriv ett tal, t.ex. 12 eller 12,5.</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>PromisePanel</name>
    <message>
        <source>Follow-up quarter</source>
        <translation>Uppföljningskvartal</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Kvartal %1</translation>
    </message>
    <message>
        <source>Follow-up &amp;at</source>
        <translation>&amp;Uppföljning</translation>
    </message>
    <message>
        <source>&amp;Print follow-up…</source>
        <translation>&amp;Skriv ut uppföljning…</translation>
    </message>
    <message>
        <source>Save the quarterly follow-up as PDF</source>
        <translation>Spara kvartalsuppföljningen som PDF</translation>
    </message>
    <message>
        <source>New acti&amp;vity…</source>
        <translation>Ny a&amp;ktivitet…</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <source>&amp;Edit activity…</source>
        <translation>Än&amp;dra aktivitet…</translation>
    </message>
    <message>
        <source>Edit the activity</source>
        <translation>Ändra aktiviteten</translation>
    </message>
    <message>
        <source>Delete activit&amp;y…</source>
        <translation>Ta bort akti&amp;vitet…</translation>
    </message>
    <message>
        <source>Delete the selected activity</source>
        <translation>Ta bort den valda aktiviteten</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Flytta upp</translation>
    </message>
    <message>
        <source>Move the activity up</source>
        <translation>Flytta aktiviteten uppåt</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta n&amp;ed</translation>
    </message>
    <message>
        <source>Move the activity down</source>
        <translation>Flytta aktiviteten nedåt</translation>
    </message>
    <message>
        <source>Activities and their follow-up</source>
        <translation>Aktiviteter och deras uppföljning</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No promise chosen</source>
        <translation>Inget medborgarlöfte valt</translation>
    </message>
    <message>
        <source>Choose a promise in the list, or write a new one.</source>
        <translation>Välj ett medborgarlöfte i listan, eller skriv ett nytt.</translation>
    </message>
    <message>
        <source>Result by the end of quarter %1: %2, all recorded here.</source>
        <translation>Resultat vid slutet av kvartal %1: %2, allt registrerat här.</translation>
    </message>
    <message>
        <source>Result by the end of quarter %1: %2, of which %3 counted in SSPF Desk and %4 recorded here.</source>
        <translation>Resultat vid slutet av kvartal %1: %2, varav %3 räknat i SSPF Desk och %4 registrerat här.</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Ta bort aktivitet</translation>
    </message>
    <message>
        <source>Delete the activity “%1” with its recorded results? This cannot be undone.</source>
        <translation>Ta bort aktiviteten ”%1” med dess registrerade resultat? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behåll</translation>
    </message>
    <message>
        <source>Save the follow-up</source>
        <translation>Spara uppföljningen</translation>
    </message>
</context>
<context>
    <name>PromiseProgressModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utfört</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>PromisesModel</name>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Medborgarlöfte</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Local police area</source>
        <translation>Lokalpolisområde</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
</context>
<context>
    <name>PromisesPage</name>
    <message>
        <source>&amp;New medborgarlöfte…</source>
        <translation>&amp;Nytt medborgarlöfte…</translation>
    </message>
    <message>
        <source>New medborgarlöfte</source>
        <translation>Nytt medborgarlöfte</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ppna…</translation>
    </message>
    <message>
        <source>Open the selected promise</source>
        <translation>Öppna det valda medborgarlöftet</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Ta &amp;bort…</translation>
    </message>
    <message>
        <source>Delete the selected promise</source>
        <translation>Ta bort det valda medborgarlöftet</translation>
    </message>
    <message>
        <source>Medborgarlöften</source>
        <translation>Medborgarlöften</translation>
    </message>
    <message>
        <source>&amp;Medborgarlöften</source>
        <translation>&amp;Medborgarlöften</translation>
    </message>
    <message>
        <source>Delete medborgarlöfte</source>
        <translation>Ta bort medborgarlöfte</translation>
    </message>
    <message>
        <source>Delete the medborgarlöfte “%1” (%2) with its %3 activities and their recorded results? This cannot be undone.</source>
        <translation>Ta bort medborgarlöftet ”%1” (%2) med dess %3 aktiviteter och deras registrerade resultat? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behåll</translation>
    </message>
    <message>
        <source>Number of promises: %1</source>
        <translation>Antal medborgarlöften: %1</translation>
    </message>
</context>
<context>
    <name>RecordTexts</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>Skriv datumet som ÅÅÅÅ-MM-DD.</translation>
    </message>
</context>
<context>
    <name>RecordWindow</name>
    <message>
        <source>Young person&apos;s record – SSPF Desk</source>
        <translation>Ungdomens akt – SSPF Desk</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Ungdom</translation>
    </message>
    <message>
        <source>Birth date and identity</source>
        <translation>Födelsedatum och identitet</translation>
    </message>
    <message>
        <source>Parts of the record</source>
        <translation>Aktens delar</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Uppgifter</translation>
    </message>
    <message>
        <source>&amp;Guardians</source>
        <translation>&amp;Vårdnadshavare</translation>
    </message>
    <message>
        <source>C&amp;onsents</source>
        <translation>&amp;Samtycken</translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation>Ä&amp;renden</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Tidslinje</translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation>Skyddad identitet</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <source>The data is already anonymised.</source>
        <translation>Uppgifterna är redan anonymiserade.</translation>
    </message>
    <message>
        <source>Close the case before anonymising.</source>
        <translation>Avsluta ärendet innan uppgifterna anonymiseras.</translation>
    </message>
    <message>
        <source>Remove everything that identifies the young person</source>
        <translation>Ta bort allt som identifierar ungdomen</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>Än&amp;dra…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Ta &amp;bort…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behåll</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Ny återställningsnyckel</translation>
    </message>
    <message>
        <source>This is the vault&apos;s new recovery key. The previous recovery key no longer works. With the new key the vault can be opened if the passphrase is forgotten. It is shown only now.</source>
        <translation>Det här är valvets nya återställningsnyckel. Den tidigare återställningsnyckeln gäller inte längre. Med den nya nyckeln kan valvet öppnas om lösenfrasen glöms bort. Den visas bara nu.</translation>
    </message>
    <message>
        <source>This is the vault&apos;s recovery key. With it the vault can be opened if the passphrase is forgotten. It is shown only now.</source>
        <translation>Det här är valvets återställningsnyckel. Med den kan valvet öppnas om lösenfrasen glöms bort. Den visas bara nu.</translation>
    </message>
    <message>
        <source>Write it down or print it and keep it locked away, apart from the computer. Do not save it in a file or take a photo of it.</source>
        <translation>Skriv ner eller skriv ut den och förvara den inlåst, åtskild från datorn. Spara den inte i en fil och fotografera den inte.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>Kopiera återställningsnyckeln</translation>
    </message>
    <message>
        <source>Print as &amp;PDF…</source>
        <translation>Skriv ut som &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the recovery key as a printable PDF</source>
        <translation>Spara återställningsnyckeln som en utskrivbar PDF</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation>Jag har &amp;skrivit ner eller skrivit ut återställningsnyckeln</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Fortsätt</translation>
    </message>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation>Spara återställningsnyckeln som PDF</translation>
    </message>
    <message>
        <source>The PDF could not be written. Choose another folder.</source>
        <translation>PDF-filen kunde inte skrivas. Välj en annan mapp.</translation>
    </message>
    <message>
        <source>The recovery key was saved as a PDF in %1. Print it, keep the printout locked away, and then delete the file.</source>
        <translation>Återställningsnyckeln är sparad som PDF i %1. Skriv ut den, förvara utskriften inlåst och radera sedan filen.</translation>
    </message>
    <message>
        <source>The program locked before the new recovery key was confirmed. If it was not written down, create a new recovery key after unlocking.</source>
        <translation>Programmet låstes innan den nya återställningsnyckeln hade bekräftats. Om den inte skrevs ner: skapa en ny återställningsnyckel när du har låst upp.</translation>
    </message>
</context>
<context>
    <name>RelatedPersonEditor</name>
    <message>
        <source>New guardian or related person</source>
        <translation>Ny vårdnadshavare eller närstående</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Relation</translation>
    </message>
    <message>
        <source>C&amp;ustody</source>
        <translation>&amp;Vårdnad</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Förnamn</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Efternamn</translation>
    </message>
    <message>
        <source>&amp;Personal identity number</source>
        <translation>&amp;Personnummer</translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN</source>
        <translation>ÅÅÅÅMMDD-NNNN</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>E-p&amp;ost</translation>
    </message>
    <message>
        <source>Protected &amp;address</source>
        <translation>S&amp;kyddad adress</translation>
    </message>
    <message>
        <source>Protected address</source>
        <translation>Skyddad adress</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;dress</translation>
    </message>
    <message>
        <source>&amp;Interpreter needed for language</source>
        <translation>To&amp;lk behövs för språk</translation>
    </message>
</context>
<context>
    <name>RelatedPersonsModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Vårdnad</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Protected address</source>
        <translation>Skyddad adress</translation>
    </message>
</context>
<context>
    <name>RelatedPersonsPanel</name>
    <message>
        <source>Guardians and other related persons</source>
        <translation>Vårdnadshavare och andra närstående</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>Add a guardian or related person</source>
        <translation>Lägg till en vårdnadshavare eller närstående</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Edit the selected related person</source>
        <translation>Redigera den valda närstående</translation>
    </message>
    <message>
        <source>Re&amp;move link</source>
        <translation>Ta &amp;bort koppling</translation>
    </message>
    <message>
        <source>Remove the link to the selected person</source>
        <translation>Ta bort kopplingen till den valda personen</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Ta bort koppling</translation>
    </message>
    <message>
        <source>Remove the link to this person? A person who is not linked to any other young person is deleted.</source>
        <translation>Vill du ta bort kopplingen till den här personen? En person som inte är kopplad till någon annan ungdom tas bort helt.</translation>
    </message>
    <message>
        <source>&amp;Remove link</source>
        <translation>&amp;Ta bort koppling</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ReopenCaseDialog</name>
    <message>
        <source>Reopen case</source>
        <translation>Öppna ärendet igen</translation>
    </message>
    <message>
        <source>The case returns to the status “%1”. The reason is kept in its history.</source>
        <translation>Ärendet går tillbaka till statusen ”%1”. Skälet sparas i historiken.</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Skäl till att öppna igen</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>Sk&amp;äl</translation>
    </message>
    <message>
        <source>&amp;Reopen case</source>
        <translation>&amp;Öppna ärendet igen</translation>
    </message>
    <message>
        <source>A case was not reopened: the program locked before you confirmed it.</source>
        <translation>Ett ärende öppnades inte igen: programmet låstes innan du bekräftade.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen the minutes</source>
        <translation>Öppna protokollet igen</translation>
    </message>
    <message>
        <source>The present version is kept as it is and can still be printed; the minutes get a new version number and can be changed again.</source>
        <translation>Den nuvarande versionen sparas som den är och kan fortfarande skrivas ut; protokollet får ett nytt versionsnummer och kan ändras igen.</translation>
    </message>
    <message>
        <source>Why the minutes are reopened</source>
        <translation>Varför protokollet öppnas igen</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Skäl</translation>
    </message>
    <message>
        <source>Write why the minutes are reopened.</source>
        <translation>Skriv varför protokollet öppnas igen.</translation>
    </message>
</context>
<context>
    <name>ReportGroup</name>
    <message>
        <source>Mandatory report to social services (orosanmälan)</source>
        <translation>Orosanmälan till socialtjänsten</translation>
    </message>
    <message>
        <source>Agency that made the report</source>
        <translation>Myndighet som gjorde anmälan</translation>
    </message>
    <message>
        <source>Person who made the report</source>
        <translation>Person som gjorde anmälan</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>Datum för anmälan</translation>
    </message>
    <message>
        <source>Social services&apos; reference</source>
        <translation>Socialtjänstens diarienummer</translation>
    </message>
    <message>
        <source>Feedback received from social services</source>
        <translation>Återkoppling från socialtjänsten har kommit</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>Återkoppling har kommit</translation>
    </message>
    <message>
        <source>Date of the feedback</source>
        <translation>Datum för återkopplingen</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>&amp;Myndighet</translation>
    </message>
    <message>
        <source>Re&amp;ported by</source>
        <translation>Anmäld a&amp;v</translation>
    </message>
    <message>
        <source>Report &amp;date</source>
        <translation>Anmälnings&amp;datum</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>Diarie&amp;nummer</translation>
    </message>
    <message>
        <source>Feedback &amp;date</source>
        <translation>Åt&amp;erkopplingsdatum</translation>
    </message>
    <message>
        <source>SSPF consent never replaces a mandatory report. Reports go to social services&apos; own reception, not through SSPF Desk; record here what was done.</source>
        <translation>Samtycke inom SSPF ersätter aldrig en orosanmälan. Anmälan görs till socialtjänstens mottagning, inte via SSPF Desk; här antecknar du vad som har gjorts.</translation>
    </message>
</context>
<context>
    <name>RiskCategoriesModel</name>
    <message>
        <source>Risk category</source>
        <translation>Riskkategori</translation>
    </message>
    <message>
        <source>In use for new concerns</source>
        <translation>Används för nya orosignaler</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No (inactive)</source>
        <translation>Nej (inaktiv)</translation>
    </message>
</context>
<context>
    <name>RiskCategoriesPanel</name>
    <message>
        <source>Risk categories</source>
        <translation>Riskkategorier</translation>
    </message>
    <message>
        <source>Changes to the list are saved at once. A category that concerns already use cannot be deleted; take it out of use instead.</source>
        <translation>Ändringar i listan sparas direkt. En kategori som orosignaler redan använder kan inte tas bort; sluta använda den i stället.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Byt namn…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ner</translation>
    </message>
    <message>
        <source>Take out of &amp;use</source>
        <translation>Sluta &amp;använda</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Put back in &amp;use</source>
        <translation>&amp;Använd igen</translation>
    </message>
    <message>
        <source>Name of the risk category:</source>
        <translation>Riskkategorins namn:</translation>
    </message>
    <message>
        <source>New risk category</source>
        <translation>Ny riskkategori</translation>
    </message>
    <message>
        <source>Rename risk category</source>
        <translation>Byt namn på riskkategori</translation>
    </message>
</context>
<context>
    <name>RiskChoiceModel</name>
    <message>
        <source>%1 (no longer offered)</source>
        <translation>%1 (erbjuds inte längre)</translation>
    </message>
</context>
<context>
    <name>RowListEditor</name>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move the selected row up</source>
        <translation>Flytta den markerade raden uppåt</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ner</translation>
    </message>
    <message>
        <source>Move the selected row down</source>
        <translation>Flytta den markerade raden nedåt</translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <source>Save status</source>
        <translation>Sparstatus</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alla ändringar är sparade</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sparat %1</translation>
    </message>
</context>
<context>
    <name>ScanFiles</name>
    <message>
        <source>%1 MB</source>
        <extracomment>File name endings accepted for a scan, with their media types.</extracomment>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>Choose a PDF or an image (PNG, JPEG, TIFF).</source>
        <translation>Välj en PDF eller en bild (PNG, JPEG, TIFF).</translation>
    </message>
    <message>
        <source>The file is too large (at most 50 MB).</source>
        <translation>Filen är för stor (högst 50 MB).</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Filen kunde inte läsas.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>Choose the scanned, signed form</source>
        <translation>Välj den skannade, undertecknade blanketten</translation>
    </message>
    <message>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>PDF eller bild (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>The scan could not be shown.</source>
        <translation>Blanketten kunde inte visas.</translation>
    </message>
    <message>
        <source>Save a copy of the signed form</source>
        <translation>Spara en kopia av den undertecknade blanketten</translation>
    </message>
    <message>
        <source>signed-form.pdf</source>
        <translation>undertecknad-blankett.pdf</translation>
    </message>
    <message>
        <source>The copy could not be saved.</source>
        <translation>Kopian kunde inte sparas.</translation>
    </message>
    <message>
        <source>The copy was saved.</source>
        <translation>Kopian sparades.</translation>
    </message>
    <message>
        <source>Signed form (PDF)</source>
        <translation>Undertecknad blankett (PDF)</translation>
    </message>
    <message>
        <source>A PDF cannot be shown inside SSPF Desk. You can save a copy and open it in another program.

The copy is not encrypted: keep it only where personal data about children may be kept, and delete it when you are done.</source>
        <translation>En PDF kan inte visas i SSPF Desk. Du kan spara en kopia och öppna den i ett annat program.

Kopian är inte krypterad: spara den bara där personuppgifter om barn får förvaras, och ta bort den när du är klar.</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Spara en kopia…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ScanViewer</name>
    <message>
        <source>Signed form</source>
        <translation>Undertecknad blankett</translation>
    </message>
    <message>
        <source>Scan of the signed form</source>
        <translation>Skannad, undertecknad blankett</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>The latest changes could not be saved.</source>
        <translation>De senaste ändringarna kunde inte sparas.</translation>
    </message>
    <message>
        <source>Quit anyway? The changes that were not saved will be lost.</source>
        <translation>Vill du avsluta ändå? Ändringarna som inte sparades går förlorade.</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Avsluta ändå</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;vbryt</translation>
    </message>
</context>
<context>
    <name>SetPassphraseDialog</name>
    <message>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <source>You unlocked the vault with the recovery key. Choose a new passphrase, so that the vault can be unlocked without the recovery key from now on.</source>
        <translation>Du låste upp valvet med återställningsnyckeln. Välj en ny lösenfras, så att valvet kan låsas upp utan återställningsnyckeln från och med nu.</translation>
    </message>
    <message>
        <source>Choose a new passphrase for unlocking the vault.</source>
        <translation>Välj en ny lösenfras för att låsa upp valvet.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Sätt lösenfras</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Setting the passphrase</source>
        <translation>Lösenfrasen sätts</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Användare</translation>
    </message>
    <message>
        <source>Choose a user.</source>
        <translation>Välj en användare.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Lås efter så här många minuter utan aktivitet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Lås efter</translation>
    </message>
    <message>
        <source>Without keyboard or mouse activity for this long, the program locks.</source>
        <translation>Utan aktivitet med tangentbord eller mus så här länge låses programmet.</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <source>A new language is used the next time the program is locked or started.</source>
        <translation>Ett nytt språk används nästa gång programmet låses eller startas.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sp&amp;ara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>SharingPanel</name>
    <message>
        <source>Allowed</source>
        <translation>Tillåtet</translation>
    </message>
    <message>
        <source>Ground: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Inte tillåtet</translation>
    </message>
    <message>
        <source>Sharing today</source>
        <translation>Delning i dag</translation>
    </message>
    <message>
        <source>May the young person be discussed by name with each SSPF party today? Decided by the recorded consents and legal grounds.</source>
        <translation>Får den unge i dag diskuteras med namn med var och en av SSPF-parterna? Avgörs av registrerade samtycken och rättsliga grunder.</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Place or group</source>
        <translation>Plats eller grupp</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>&amp;Uppgifter</translation>
    </message>
    <message>
        <source>&amp;Observations</source>
        <translation>&amp;Iakttagelser</translation>
    </message>
    <message>
        <source>&amp;Measures</source>
        <translation>Å&amp;tgärder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>e.g. The square in the centre, The group at the skate park</source>
        <translation>t.ex. Torget i centrum, Gruppen vid skateparken</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>The district, e.g. Centrum</source>
        <translation>Stadsdelen, t.ex. Centrum</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Område</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>e.g. Friday evenings, after school</source>
        <translation>t.ex. fredagskvällar, efter skolan</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>Nä&amp;r</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>The place or the group and what the concern is about, without names.</source>
        <translation>Platsen eller gruppen och vad oron gäller, utan namn.</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beskrivning</translation>
    </message>
    <message>
        <source>Still &amp;followed (active)</source>
        <translation>&amp;Följs fortfarande (aktiv)</translation>
    </message>
    <message>
        <source>Still followed</source>
        <translation>Följs fortfarande</translation>
    </message>
    <message>
        <source>New place or group</source>
        <translation>Ny plats eller grupp</translation>
    </message>
    <message>
        <source>Save the details first.</source>
        <translation>Spara uppgifterna först.</translation>
    </message>
    <message>
        <source>Saved. You can now record observations and measures in their tabs.</source>
        <translation>Sparat. Nu kan du registrera iakttagelser och åtgärder under deras flikar.</translation>
    </message>
</context>
<context>
    <name>SiteParts</name>
    <message>
        <source>Write no names or personal identity numbers: the group and area level holds no person data.</source>
        <translation>Skriv inga namn eller personnummer: grupp- och områdesnivån innehåller inga personuppgifter.</translation>
    </message>
</context>
<context>
    <name>SitesModel</name>
    <message>
        <source>Place or group</source>
        <translation>Plats eller grupp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Iakttagelser</translation>
    </message>
    <message>
        <source>Last observed</source>
        <translation>Senaste iakttagelse</translation>
    </message>
    <message>
        <source>Open measures</source>
        <translation>Öppna åtgärder</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nästa uppföljning</translation>
    </message>
    <message>
        <source>No longer followed (inactive)</source>
        <translation>Följs inte längre (inaktiv)</translation>
    </message>
    <message>
        <source>The follow-up is due</source>
        <translation>Det är dags för uppföljning</translation>
    </message>
</context>
<context>
    <name>SituationExport</name>
    <message>
        <source>Save the situation picture as PDF</source>
        <translation>Spara lägesbilden som PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the situation picture as CSV</source>
        <translation>Spara lägesbilden som CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>SituationPage</name>
    <message>
        <source>Situation picture</source>
        <translation>Lägesbild</translation>
    </message>
    <message>
        <source>Choose a period and press Show.</source>
        <translation>Välj en period och tryck på Visa.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Indelning</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Whole municipality</source>
        <translation>Hela kommunen</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Show the situation picture</source>
        <translation>Visa lägesbilden</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Spara som &amp;CSV…</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Spara som CSV</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Indelning</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Område</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabeller</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Write both dates as YYYY-MM-DD.</source>
        <translation>Skriv båda datumen som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>The end of the period cannot be before its start.</source>
        <translation>Periodens slut kan inte ligga före dess början.</translation>
    </message>
    <message>
        <source>Computing the situation picture…</source>
        <translation>Lägesbilden räknas fram…</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>per månad</translation>
    </message>
    <message>
        <source>by quarter</source>
        <translation>per kvartal</translation>
    </message>
    <message>
        <source>by year</source>
        <translation>per år</translation>
    </message>
    <message>
        <source>%1, %2 – %3, %4. Made %5.</source>
        <translation>%1, %2 – %3, %4. Sammanställd %5.</translation>
    </message>
</context>
<context>
    <name>SituationTableModel</name>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
</context>
<context>
    <name>StatChart</name>
    <message>
        <source>Chart</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Hidden figures (..) are not drawn.</source>
        <translation>Dolda uppgifter (..) ritas inte.</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Diagram: %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <source>Suggested agenda items</source>
        <translation>Förslag till punkter</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Individual level</source>
        <translation>Individnivå</translation>
    </message>
    <message>
        <source>Suggestions at group and area level</source>
        <translation>Förslag på grupp- och områdesnivå</translation>
    </message>
    <message>
        <source>Group and area level</source>
        <translation>Grupp- och områdesnivå</translation>
    </message>
    <message>
        <source>Looking for items that are due…</source>
        <translation>Letar efter ärenden som ska tas upp…</translation>
    </message>
    <message>
        <source>&amp;Add the ticked items</source>
        <translation>&amp;Lägg till de markerade</translation>
    </message>
    <message>
        <source>Add the ticked items</source>
        <translation>Lägg till de markerade</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Untick what should not be taken up. Names are shown here for you only: on the agenda an item names the young person only if everyone present may receive the information.</source>
        <translation>Avmarkera det som inte ska tas upp. Namnen visas här bara för dig: på dagordningen står ungdomens namn bara om alla närvarande får ta del av uppgifterna.</translation>
    </message>
    <message>
        <source>Untick what should not be taken up.</source>
        <translation>Avmarkera det som inte ska tas upp.</translation>
    </message>
    <message>
        <source>Nothing is due for this meeting.</source>
        <translation>Inget behöver tas upp på det här mötet.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Import finished</source>
        <translation>Importen är klar</translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation>Överhoppade rader</translation>
    </message>
    <message>
        <source>Concerns imported: %1. Rows skipped: %2.</source>
        <translation>Inlästa orosignaler: %1. Överhoppade rader: %2.</translation>
    </message>
    <message>
        <source>Young persons imported: %1. New guardians: %2. Links between young persons and guardians: %3. Rows skipped: %4.</source>
        <translation>Inlästa ungdomar: %1. Nya vårdnadshavare: %2. Kopplingar mellan ungdomar och vårdnadshavare: %3. Överhoppade rader: %4.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
</context>
<context>
    <name>TalkParts</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Title or function</source>
        <translation>Titel eller funktion</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
</context>
<context>
    <name>TalksModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Ungdom</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Mandatory report</source>
        <translation>Orosanmälan</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
</context>
<context>
    <name>TalksPage</name>
    <message>
        <source>Search name or place</source>
        <translation>Sök namn eller plats</translation>
    </message>
    <message>
        <source>Search concern conversations</source>
        <translation>Sök bland bekymringssamtal</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>&amp;New concern conversation…</source>
        <translation>&amp;Nytt bekymringssamtal…</translation>
    </message>
    <message>
        <source>New concern conversation</source>
        <translation>Nytt bekymringssamtal</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Open the selected talk</source>
        <translation>Öppna det markerade samtalet</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Delete the selected talk</source>
        <translation>Ta bort det markerade samtalet</translation>
    </message>
    <message>
        <source>Open young &amp;person</source>
        <translation>Öppna &amp;ungdomen</translation>
    </message>
    <message>
        <source>Open the young person of the talk</source>
        <translation>Öppna ungdomen som samtalet gäller</translation>
    </message>
    <message>
        <source>Concern conversations</source>
        <translation>Bekymringssamtal</translation>
    </message>
    <message>
        <source>Delete concern conversation</source>
        <translation>Ta bort bekymringssamtal</translation>
    </message>
    <message>
        <source>Delete the concern conversation with %1 on %2, with its participants and agreements? This cannot be undone.</source>
        <translation>Ta bort bekymringssamtalet med %1 den %2, med deltagare och överenskommelser? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behåll</translation>
    </message>
    <message>
        <source>Number of talks: %1</source>
        <translation>Antal samtal: %1</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 av %2 visas</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>HH:MM</source>
        <translation>TT:MM</translation>
    </message>
    <message>
        <source>Write the time as HH:MM, e.g. 13:00.</source>
        <translation>Skriv tiden som TT:MM, t.ex. 13:00.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Concern</source>
        <translation>Orosignal</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Samtycke återkallat</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Åtagandeplan</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Nothing has been recorded about the young person yet.</source>
        <translation>Inget har registrerats om den unge ännu.</translation>
    </message>
    <message>
        <source>Double-click a consent or a case to open it.</source>
        <translation>Dubbelklicka på ett samtycke eller ett ärende för att öppna det.</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>SSPF Desk – Locked</source>
        <translation>SSPF Desk – Låst</translation>
    </message>
    <message>
        <source>&amp;Open vault</source>
        <translation>&amp;Öppna valv</translation>
    </message>
    <message>
        <source>Create &amp;new vault</source>
        <translation>Skapa &amp;nytt valv</translation>
    </message>
    <message>
        <source>Open or create a vault</source>
        <translation>Öppna eller skapa ett valv</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The program is locked. Unlock to continue.</source>
        <translation>Programmet är låst. Lås upp för att fortsätta.</translation>
    </message>
    <message>
        <source>School, social services, police and leisure – working together.</source>
        <translation>Skola, socialtjänst, polis och fritid – i samverkan.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Låser upp…</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Skapar valvet…</translation>
    </message>
    <message>
        <source>Newest backup: %1</source>
        <translation>Senaste säkerhetskopian: %1</translation>
    </message>
</context>
<context>
    <name>VaultForms</name>
    <message>
        <source>SSPF vaults (*.%1)</source>
        <translation>SSPF-valv (*.%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>VaultSettingsDialog</name>
    <message>
        <source>Vault settings</source>
        <translation>Inställningar för valvet</translation>
    </message>
    <message>
        <source>Consent rules</source>
        <translation>Regler för samtycke</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Risk categories</source>
        <translation>Riskkategorier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Sa&amp;ve settings</source>
        <translation>Spara &amp;inställningarna</translation>
    </message>
    <message>
        <source>The settings are saved.</source>
        <translation>Inställningarna är sparade.</translation>
    </message>
    <message>
        <source>years</source>
        <translation>år</translation>
    </message>
    <message>
        <source>Own consent from age</source>
        <translation>Eget samtycke från ålder</translation>
    </message>
    <message>
        <source>Only own consent from age</source>
        <translation>Bara eget samtycke från ålder</translation>
    </message>
    <message>
        <source>Warn before a consent expires</source>
        <translation>Varna innan ett samtycke går ut</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagar</translation>
    </message>
    <message>
        <source>Who consents depends on the young person&apos;s age. Below the first age the guardians consent; from it the young person consents as well; from the second age only the young person consents.</source>
        <translation>Vem som samtycker beror på den unges ålder. Under den första åldern samtycker vårdnadshavarna; från den samtycker även den unge; från den andra åldern samtycker bara den unge.</translation>
    </message>
    <message>
        <source>The young person&apos;s own consent from</source>
        <translation>Den unges eget samtycke från</translation>
    </message>
    <message>
        <source>Only the young person consents from</source>
        <translation>Bara den unge samtycker från</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>e.g. Norrby kommun</source>
        <translation>t.ex. Norrby kommun</translation>
    </message>
    <message>
        <source>Secrecy marking</source>
        <translation>Sekretessmarkering</translation>
    </message>
    <message>
        <source>Printed in the header of every page of the minutes and of the excerpts. The municipality is also named in the meeting facts.</source>
        <translation>Skrivs ut i sidhuvudet på varje sida av protokollen och utdragen. Kommunen anges också bland uppgifterna om mötet.</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommun</translation>
    </message>
    <message>
        <source>&amp;Secrecy marking</source>
        <translation>&amp;Sekretessmarkering</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The changed settings are not saved. Close without saving?</source>
        <translation>De ändrade inställningarna är inte sparade. Stänga utan att spara?</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>&amp;Stäng utan att spara</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Fortsätt redigera</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Återkalla samtycke</translation>
    </message>
    <message>
        <source>Consent given by %1. The withdrawal takes effect on its date: from then on nothing about the young person may be shared on this consent.</source>
        <translation>Samtycke lämnat av %1. Återkallelsen gäller från sitt datum: från då får inget om den unge delas med stöd av det här samtycket.</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on</source>
        <translation>&amp;Återkallat den</translation>
    </message>
    <message>
        <source>&amp;How it was received</source>
        <translation>&amp;Hur det kom in</translation>
    </message>
    <message>
        <source>E.g. phone call, letter, at a meeting</source>
        <translation>T.ex. telefonsamtal, brev, vid ett möte</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>Åter&amp;kalla</translation>
    </message>
    <message>
        <source>Write the date the withdrawal was received.</source>
        <translation>Skriv datumet då återkallelsen kom in.</translation>
    </message>
    <message>
        <source>Write how the withdrawal was received (e.g. orally, by letter).</source>
        <translation>Skriv hur återkallelsen kom in (t.ex. muntligt, brev).</translation>
    </message>
    <message>
        <source>A withdrawal of consent was not recorded: the program locked before you confirmed it. Record it again.</source>
        <translation>En återkallelse av samtycke registrerades inte: programmet låstes innan du bekräftade. Registrera den igen.</translation>
    </message>
</context>
<context>
    <name>WithdrawalEffectsDialog</name>
    <message>
        <source>Consent withdrawn</source>
        <translation>Samtycket är återkallat</translation>
    </message>
    <message>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonymisera…</translation>
    </message>
    <message>
        <source>Anonymise the young person</source>
        <translation>Anonymisera ungdomen</translation>
    </message>
    <message>
        <source>Close the open cases first.</source>
        <translation>Avsluta de öppna ärendena först.</translation>
    </message>
    <message>
        <source>The consent is withdrawn from %1.</source>
        <translation>Samtycket är återkallat från %1.</translation>
    </message>
    <message>
        <source>No longer allowed to receive information: %1.</source>
        <translation>Får inte längre ta emot uppgifter: %1.</translation>
    </message>
    <message>
        <source>Still covered by another consent or a legal ground: %1.</source>
        <translation>Omfattas fortfarande av ett annat samtycke eller en rättslig grund: %1.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>The young person has open cases. Close them, or discuss them from now on only without names and without details that identify the young person.</source>
        <translation>Den unge har öppna ärenden. Avsluta dem, eller diskutera dem från och med nu bara utan namn och utan detaljer som pekar ut den unge.</translation>
    </message>
    <message>
        <source>Case opened %1, status: %2</source>
        <translation>Ärende öppnat %1, status: %2</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>Avsluta ärendet…</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Girl</source>
        <translation>Flicka</translation>
    </message>
    <message>
        <source>Boy</source>
        <translation>Pojke</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Vårdnadshavare</translation>
    </message>
    <message>
        <source>Parent (no custody)</source>
        <translation>Förälder (utan vårdnad)</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Syskon</translation>
    </message>
    <message>
        <source>Other related person</source>
        <translation>Annan närstående</translation>
    </message>
    <message>
        <source>Sole custody</source>
        <translation>Ensam vårdnad</translation>
    </message>
    <message>
        <source>Joint custody</source>
        <translation>Gemensam vårdnad</translation>
    </message>
    <message>
        <source>No custody</source>
        <translation>Ingen vårdnad</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>An unexpected error occurred. The details have been written to the log file.</source>
        <translation>Ett oväntat fel inträffade. Detaljerna har skrivits till loggfilen.</translation>
    </message>
    <message>
        <source>SSPF Desk – error</source>
        <translation>SSPF Desk – fel</translation>
    </message>
    <message>
        <source>SSPF Desk</source>
        <translation>SSPF Desk</translation>
    </message>
</context>
</TS>
