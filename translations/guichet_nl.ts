<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>AbsenceService</name>
    <message>
        <source>The absence needs a start and an end.</source>
        <translation>De afwezigheid heeft een begin en een einde nodig.</translation>
    </message>
    <message>
        <source>The absence must end after it starts.</source>
        <translation>De afwezigheid moet eindigen na het begin.</translation>
    </message>
    <message>
        <source>An absence lasts at most a year; declare a longer one in parts.</source>
        <translation>Een afwezigheid duurt hoogstens een jaar; geef een langere in delen op.</translation>
    </message>
    <message>
        <source>The reason of the absence is at most 200 characters.</source>
        <translation>De reden van de afwezigheid telt hoogstens 200 tekens.</translation>
    </message>
</context>
<context>
    <name>AgendaPrint</name>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Visit reason</source>
        <translation>Reden van bezoek</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>van %1 tot %2</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>pagina %1</translation>
    </message>
    <message>
        <source>No appointment these days.</source>
        <translation>Geen afspraken op deze dagen.</translation>
    </message>
    <message>
        <source>No appointment this day.</source>
        <translation>Geen afspraken op deze dag.</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notitie: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n afspraak</numerusform>
            <numerusform>%n afspraken</numerusform>
        </translation>
    </message>
    <message>
        <source>No appointment from %1 to %2.</source>
        <translation>Geen afspraken van %1 tot %2.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Tel.: %1</translation>
    </message>
    <message>
        <source>Appointment for %1</source>
        <translation>Afspraak voor %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <source>video consultation: the link comes by e-mail</source>
        <translation>videoconsultatie: de link komt per e-mail</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Bij %1</translation>
    </message>
    <message>
        <source>Getting there: %1</source>
        <translation>Bereikbaarheid: %1</translation>
    </message>
    <message>
        <source>Before you come: %1</source>
        <translation>Vóór uw komst: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cannot come? Please cancel at least %n hour(s) before, so that the slot goes to another patient: call %1 or use your patient area.</source>
        <translation>
            <numerusform>Verhinderd? Annuleer minstens %n uur vooraf, zodat een andere patiënt het tijdstip krijgt: bel %1 of gebruik uw patiëntenruimte.</numerusform>
            <numerusform>Verhinderd? Annuleer minstens %n uur vooraf, zodat een andere patiënt het tijdstip krijgt: bel %1 of gebruik uw patiëntenruimte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Afgedrukt op %1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (vervolg)</translation>
    </message>
</context>
<context>
    <name>AppointmentDetailsReader</name>
    <message>
        <source>Given to another patient</source>
        <translation>Aan een andere patiënt gegeven</translation>
    </message>
    <message>
        <source>Visit reason changed</source>
        <translation>Reden van bezoek gewijzigd</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Geboekt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Booked again</source>
        <translation>Opnieuw geboekt</translation>
    </message>
    <message>
        <source>Message from the desk</source>
        <translation>Bericht van het onthaal</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>verzonden</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>to send</source>
        <translation>te verzenden</translation>
    </message>
    <message>
        <source>the patient, online</source>
        <translation>de patiënt, online</translation>
    </message>
    <message>
        <source>the practitioner</source>
        <translation>de zorgverlener</translation>
    </message>
    <message>
        <source>the secretariat</source>
        <translation>het secretariaat</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>verontschuldigd</translation>
    </message>
    <message>
        <source>not excused</source>
        <translation>niet verontschuldigd</translation>
    </message>
</context>
<context>
    <name>AppointmentRepository</name>
    <message>
        <source>The history of appointment %1 holds an unknown status &quot;%2&quot;.</source>
        <translation>De geschiedenis van afspraak %1 bevat een onbekende status &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>AppointmentSeries</name>
    <message>
        <source>A series repeats every N days or every N weeks (one of the two).</source>
        <translation>Een reeks herhaalt zich om de N dagen of om de N weken (een van beide).</translation>
    </message>
    <message>
        <source>A series repeats at most once a day and at least once a year.</source>
        <translation>Een reeks herhaalt zich hoogstens eenmaal per dag en minstens eenmaal per jaar.</translation>
    </message>
    <message>
        <source>Give either the number of appointments or the last day of the series.</source>
        <translation>Geef het aantal afspraken of de laatste dag van de reeks.</translation>
    </message>
    <message>
        <source>A series holds at most %1 appointments.</source>
        <translation>Een reeks telt hoogstens %1 afspraken.</translation>
    </message>
    <message>
        <source>The appointment needs a start date and time.</source>
        <translation>De afspraak heeft een begindatum en -uur nodig.</translation>
    </message>
    <message>
        <source>The last day of the series comes before its first appointment.</source>
        <translation>De laatste dag van de reeks valt vóór de eerste afspraak.</translation>
    </message>
    <message>
        <source>A series holds at most %1 appointments: choose an earlier last day.</source>
        <translation>Een reeks telt hoogstens %1 afspraken: kies een vroegere laatste dag.</translation>
    </message>
    <message>
        <source>%1 booked, %2 refused</source>
        <translation>%1 geboekt, %2 geweigerd</translation>
    </message>
    <message>
        <source>This appointment is not part of a series.</source>
        <translation>Deze afspraak hoort niet bij een reeks.</translation>
    </message>
    <message>
        <source>Only a booked appointment of the series can move the rest of it.</source>
        <translation>Alleen een geboekte afspraak van de reeks kan de rest verplaatsen.</translation>
    </message>
</context>
<context>
    <name>AppointmentService</name>
    <message>
        <source>This patient record was merged into another one; book on the surviving record.</source>
        <translation>Dit dossier werd samengevoegd met een ander: boek op het behouden dossier.</translation>
    </message>
    <message>
        <source>This patient is recorded as deceased.</source>
        <translation>Deze patiënt staat geregistreerd als overleden.</translation>
    </message>
    <message>
        <source>The visit reason &quot;%1&quot; is not one of %2&apos;s.</source>
        <translation>De reden „%1” hoort niet bij %2.</translation>
    </message>
    <message>
        <source>An appointment lasts between 1 minute and 12 hours.</source>
        <translation>Een afspraak duurt tussen 1 minuut en 12 uur.</translation>
    </message>
    <message>
        <source>The appointment needs a start date and time.</source>
        <translation>De afspraak heeft een begindatum en -uur nodig.</translation>
    </message>
    <message>
        <source>An appointment that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>Een afspraak „%1” kan niet „%2” worden.</translation>
    </message>
    <message>
        <source>A cancellation needs a reason.</source>
        <translation>Een annulering heeft een reden nodig.</translation>
    </message>
    <message>
        <source>Say why this appointment was entered in error.</source>
        <translation>Geef aan waarom deze afspraak foutief werd ingevoerd.</translation>
    </message>
    <message>
        <source>Only the desk may book over a taken slot.</source>
        <translation>Enkel het onthaal mag op een bezet tijdslot boeken.</translation>
    </message>
    <message>
        <source>Replaced by the appointment of %1</source>
        <translation>Vervangen door de afspraak van %1</translation>
    </message>
    <message>
        <source>Only a booked appointment can be moved; this one is &quot;%1&quot;.</source>
        <translation>Enkel een geboekte afspraak kan verplaatst worden; deze is „%1”.</translation>
    </message>
    <message>
        <source>moved from %1</source>
        <translation>verplaatst van %1</translation>
    </message>
    <message>
        <source>The end of the appointment must come after its start.</source>
        <translation>Het einde van de afspraak moet na het begin komen.</translation>
    </message>
    <message>
        <source>An appointment lasts at most 12 hours.</source>
        <translation>Een afspraak duurt hoogstens 12 uur.</translation>
    </message>
    <message>
        <source>length %1 min instead of %2</source>
        <translation>duur %1 min in plaats van %2</translation>
    </message>
    <message>
        <source>Only a cancelled appointment can be booked again; this one is &quot;%1&quot;.</source>
        <translation>Alleen een geannuleerde afspraak kan opnieuw geboekt worden; deze is &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The end of the search must come after its start.</source>
        <translation>Het einde van de zoekopdracht moet na het begin komen.</translation>
    </message>
    <message>
        <source>kept despite the spacing rule: %1</source>
        <translation>behouden ondanks de spreidingsregel: %1</translation>
    </message>
    <message>
        <source>Only a booked appointment can be given to another patient; this one is &quot;%1&quot;.</source>
        <translation>Alleen een geboekte afspraak kan aan een andere patiënt gegeven worden; deze is &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Say why the appointment goes to another patient.</source>
        <translation>Zeg waarom de afspraak naar een andere patiënt gaat.</translation>
    </message>
    <message>
        <source>The appointment is already this patient&apos;s.</source>
        <translation>De afspraak is al van deze patiënt.</translation>
    </message>
    <message>
        <source>This patient record was merged into another one; choose the surviving record.</source>
        <translation>Dit dossier werd samengevoegd met een ander; kies het behouden dossier.</translation>
    </message>
    <message>
        <source>patient changed (was %1): %2</source>
        <translation>patiënt gewijzigd (was %1): %2</translation>
    </message>
    <message>
        <source>Only a booked appointment can change its visit reason; this one is &quot;%1&quot;.</source>
        <translation>Alleen een geboekte afspraak kan van reden veranderen; deze is &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>visit reason: %1 instead of %2</source>
        <translation>reden: %1 in plaats van %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>A note holds at most 2000 characters.</source>
        <translation>Een notitie telt hoogstens 2000 tekens.</translation>
    </message>
    <message>
        <source>note removed</source>
        <translation>notitie verwijderd</translation>
    </message>
    <message>
        <source>note changed</source>
        <translation>notitie gewijzigd</translation>
    </message>
</context>
<context>
    <name>AppointmentStatuses</name>
    <message>
        <source>Booked</source>
        <translation>Geboekt</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Aangekomen</translation>
    </message>
    <message>
        <source>In consultation</source>
        <translation>In consultatie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Not honoured</source>
        <extracomment>The patient did not come to the appointment</extracomment>
        <translation>Niet nagekomen</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>Foutief ingevoerd</translation>
    </message>
</context>
<context>
    <name>AppointmentWrite</name>
    <message>
        <source>The site&apos;s time zone &quot;%1&quot; is not known.</source>
        <translation>De tijdzone &quot;%1&quot; van de vestiging is onbekend.</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Aanmelding geweigerd</translation>
    </message>
    <message>
        <source>Account made to wait after wrong passwords</source>
        <translation>Account laten wachten na verkeerde wachtwoorden</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Gebruiker aangemaakt</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Gebruiker geactiveerd</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Gebruiker gedeactiveerd</translation>
    </message>
    <message>
        <source>User&apos;s role changed</source>
        <translation>Rol van de gebruiker gewijzigd</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Eigen wachtwoord gewijzigd</translation>
    </message>
    <message>
        <source>Password set by an administrator</source>
        <translation>Wachtwoord ingesteld door een beheerder</translation>
    </message>
    <message>
        <source>Practice rule changed</source>
        <translation>Praktijkregel gewijzigd</translation>
    </message>
    <message>
        <source>Site added</source>
        <translation>Vestiging toegevoegd</translation>
    </message>
    <message>
        <source>Site changed</source>
        <translation>Vestiging gewijzigd</translation>
    </message>
    <message>
        <source>Practitioner added</source>
        <translation>Zorgverlener toegevoegd</translation>
    </message>
    <message>
        <source>Practitioner changed</source>
        <translation>Zorgverlener gewijzigd</translation>
    </message>
    <message>
        <source>Practitioner reactivated</source>
        <translation>Zorgverlener opnieuw geactiveerd</translation>
    </message>
    <message>
        <source>Practitioner deactivated</source>
        <translation>Zorgverlener gedeactiveerd</translation>
    </message>
    <message>
        <source>Visit reason added</source>
        <translation>Reden van bezoek toegevoegd</translation>
    </message>
    <message>
        <source>Visit reason changed</source>
        <translation>Reden van bezoek gewijzigd</translation>
    </message>
    <message>
        <source>Visit reason reactivated</source>
        <translation>Reden van bezoek opnieuw geactiveerd</translation>
    </message>
    <message>
        <source>Visit reason deactivated</source>
        <translation>Reden van bezoek gedeactiveerd</translation>
    </message>
    <message>
        <source>Absence declared</source>
        <translation>Afwezigheid gemeld</translation>
    </message>
    <message>
        <source>Absence changed</source>
        <translation>Afwezigheid gewijzigd</translation>
    </message>
    <message>
        <source>Absence removed</source>
        <translation>Afwezigheid verwijderd</translation>
    </message>
    <message>
        <source>No-show erased</source>
        <translation>Niet-opdagen gewist</translation>
    </message>
    <message>
        <source>Online booking blocked</source>
        <translation>Online boeken geblokkeerd</translation>
    </message>
    <message>
        <source>Online booking block lifted</source>
        <translation>Blokkering van online boeken opgeheven</translation>
    </message>
    <message>
        <source>Records merged</source>
        <translation>Dossiers samengevoegd</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>Samenvoeging ongedaan gemaakt</translation>
    </message>
    <message>
        <source>Record split</source>
        <translation>Dossier gesplitst</translation>
    </message>
    <message>
        <source>Marked as not duplicates</source>
        <translation>Gemarkeerd als geen dubbels</translation>
    </message>
    <message>
        <source>Identity checked</source>
        <translation>Identiteit gecontroleerd</translation>
    </message>
    <message>
        <source>Strict identity traits changed</source>
        <translation>Strikte identiteitskenmerken gewijzigd</translation>
    </message>
    <message>
        <source>Document removed</source>
        <translation>Document verwijderd</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <source>Agenda exported (iCalendar)</source>
        <translation>Agenda geëxporteerd (iCalendar)</translation>
    </message>
    <message>
        <source>Waiting-list offer accepted</source>
        <translation>Aanbod van de wachtlijst aanvaard</translation>
    </message>
    <message>
        <source>Sync conflict settled</source>
        <translation>Synchronisatieconflict opgelost</translation>
    </message>
    <message>
        <source>Signed in to the central agenda</source>
        <translation>Aangemeld bij de centrale agenda</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Auditlogboek geëxporteerd</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Scherm vergrendeld</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>Scherm ontgrendeld</translation>
    </message>
    <message>
        <source>Wrong password at the lock screen</source>
        <translation>Verkeerd wachtwoord op het vergrendelscherm</translation>
    </message>
    <message>
        <source>User&apos;s name changed</source>
        <translation>Naam van de gebruiker gewijzigd</translation>
    </message>
    <message>
        <source>Signed out of the central agenda</source>
        <translation>Afgemeld bij de centrale agenda</translation>
    </message>
    <message>
        <source>Document key exported</source>
        <translation>Documentsleutel geëxporteerd</translation>
    </message>
    <message>
        <source>Document key imported</source>
        <translation>Documentsleutel geïmporteerd</translation>
    </message>
    <message>
        <source>Appointment given to another patient</source>
        <translation>Afspraak aan een andere patiënt gegeven</translation>
    </message>
    <message>
        <source>Appointment entered in error</source>
        <translation>Afspraak per vergissing ingevoerd</translation>
    </message>
    <message>
        <source>Appointment kept despite the spacing rule</source>
        <translation>Afspraak behouden ondanks de spreidingsregel</translation>
    </message>
    <message>
        <source>Series of appointments booked</source>
        <translation>Reeks afspraken geboekt</translation>
    </message>
    <message>
        <source>Running-late message sent</source>
        <translation>Bericht over vertraging verzonden</translation>
    </message>
    <message>
        <source>Message sent to a patient</source>
        <translation>Bericht aan een patiënt verzonden</translation>
    </message>
    <message>
        <source>Relative linked to an account holder</source>
        <translation>Familielid gekoppeld aan een accounthouder</translation>
    </message>
    <message>
        <source>Relative made their own account holder</source>
        <translation>Familielid werd eigen accounthouder</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Afwezigheden</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Booking rules</source>
        <translation>Boekingsregels</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>Visit reasons</source>
        <translation>Consultatieredenen</translation>
    </message>
    <message>
        <source>Appointments not honoured</source>
        <translation>Niet nagekomen afspraken</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patiënten</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Zorgverleners</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Schermvergrendeling</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Aanmeldingen</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>Document vault</source>
        <translation>Documentenkluis</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>Other acts</source>
        <translation>Andere handelingen</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>het systeem</translation>
    </message>
    <message>
        <source>the patient, online</source>
        <translation>de patiënt, online</translation>
    </message>
    <message>
        <source>the central agenda</source>
        <translation>de centrale agenda</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <source>Appointment of</source>
        <translation>Afspraak van</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Zorgverlener</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Visit reason</source>
        <translation>Consultatiereden</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Afwezigheid</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>%1 (no longer in the practice)</source>
        <translation>%1 (niet meer in de praktijk)</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reden</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>status before</source>
        <translation>status ervoor</translation>
    </message>
    <message>
        <source>status after</source>
        <translation>status erna</translation>
    </message>
    <message>
        <source>start</source>
        <translation>begin</translation>
    </message>
    <message>
        <source>end</source>
        <translation>einde</translation>
    </message>
    <message>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>patiënt</translation>
    </message>
    <message>
        <source>to the patient</source>
        <translation>naar de patiënt</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation>zorgverlener</translation>
    </message>
    <message>
        <source>visit reason</source>
        <translation>consultatiereden</translation>
    </message>
    <message>
        <source>site</source>
        <translation>locatie</translation>
    </message>
    <message>
        <source>record kept</source>
        <translation>behouden dossier</translation>
    </message>
    <message>
        <source>record merged</source>
        <translation>samengevoegd dossier</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>verontschuldigd</translation>
    </message>
    <message>
        <source>late</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>late cancellation</source>
        <translation>late annulering</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>label</source>
        <translation>omschrijving</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>voornaam</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>familienaam</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>size</source>
        <translation>grootte</translation>
    </message>
    <message>
        <source>number</source>
        <translation>aantal</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rijen</translation>
    </message>
    <message>
        <source>patients</source>
        <translation>patiënten</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>afspraken</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documenten</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <source>closeness</source>
        <translation>gelijkenis</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>kept as</source>
        <translation>bewaard als</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>tijdzone</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>kleur</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>(no longer in the practice)</source>
        <translation>(niet meer in de praktijk)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n other detail(s) in the export</source>
        <translation>
            <numerusform>%n ander detail in de export</numerusform>
            <numerusform>%n andere details in de export</numerusform>
        </translation>
    </message>
    <message>
        <source>Address updated from the eID card</source>
        <translation>Adres bijgewerkt vanaf de eID-kaart</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>city</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <source>card number</source>
        <translation>kaartnummer</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup &quot;%1&quot; does not exist.</source>
        <translation>De back-up „%1” bestaat niet.</translation>
    </message>
    <message>
        <source>The backup is damaged: %1</source>
        <translation>De back-up is beschadigd: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose a new file name for the backup.</source>
        <translation>„%1” bestaat al; kies een nieuwe bestandsnaam voor de back-up.</translation>
    </message>
    <message>
        <source>The backup to &quot;%1&quot; failed: %2</source>
        <translation>De back-up naar „%1” is mislukt: %2</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; could not be written to disk.</source>
        <translation>De back-up „%1” kon niet naar de schijf worden geschreven.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; could not be read back.</source>
        <translation>De back-up „%1” kon niet worden teruggelezen.</translation>
    </message>
    <message>
        <source>The documents could not be copied beside the backup (%1).</source>
        <translation>De documenten konden niet naast de back-up worden gekopieerd (%1).</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; could not be put in place.</source>
        <translation>De back-up „%1” kon niet op zijn plaats worden gezet.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; could not be completed (its manifest).</source>
        <translation>De back-up „%1” kon niet worden voltooid (het manifest).</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; is incomplete: its manifest (%2) is missing. It was interrupted, or copied without it; nothing was changed.</source>
        <translation>De back-up „%1” is onvolledig: het manifest (%2) ontbreekt. Ze werd onderbroken, of zonder manifest gekopieerd; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The manifest of the backup &quot;%1&quot; is damaged or of an unknown format; nothing was changed.</source>
        <translation>Het manifest van de back-up „%1” is beschadigd of van een onbekend formaat; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; is not the file that was written (truncated or altered); nothing was changed.</source>
        <translation>De back-up „%1” is niet meer het geschreven bestand (afgekapt of gewijzigd); er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The manifest of the backup &quot;%1&quot; is damaged; nothing was changed.</source>
        <translation>Het manifest van de back-up „%1” is beschadigd; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; is incomplete: the document file %2 is missing; nothing was changed.</source>
        <translation>De back-up „%1” is onvolledig: het documentbestand %2 ontbreekt; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The document file %1 of the backup &quot;%2&quot; was altered; nothing was changed.</source>
        <translation>Het documentbestand %1 van de back-up „%2” werd gewijzigd; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; is another practice&apos;s (or another database&apos;s): it would replace this practice&apos;s records. Nothing was changed.</source>
        <translation>De back-up „%1” is van een andere praktijk (of een andere database): ze zou de dossiers van deze praktijk vervangen. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The backup could not be copied next to the database; nothing was changed.</source>
        <translation>De back-up kon niet naast de database worden gekopieerd; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; does not hold what its manifest counts; nothing was changed.</source>
        <translation>De back-up „%1” bevat niet wat het manifest telt; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; is incomplete: %2 documents are recorded but %3 document files were saved; nothing was changed.</source>
        <translation>De back-up „%1” is onvolledig: %2 documenten zijn geregistreerd maar %3 documentbestanden werden bewaard; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The documents could not be copied back; nothing was changed.</source>
        <translation>De documenten konden niet worden teruggekopieerd; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The document %1 could not be copied back; nothing was changed.</source>
        <translation>Het document %1 kon niet worden teruggekopieerd; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>patients</source>
        <translation>patiënten</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>afspraken</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documenten</translation>
    </message>
    <message>
        <source>The database holds %1 %2; the last backup (%3, %4) held %5. Records were lost: restore that backup, or find out why.</source>
        <translation>De database bevat %1 %2; de laatste back-up (%3, %4) bevatte er %5. Er gingen gegevens verloren: zet die back-up terug, of zoek uit waarom.</translation>
    </message>
    <message>
        <source>The restore could not be prepared next to the database; nothing was changed.</source>
        <translation>Het terugzetten kon niet naast de database worden voorbereid; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>An interrupted restore of %1 could not be read (%2).</source>
        <translation>Een onderbroken terugzetting van %1 kon niet gelezen worden (%2).</translation>
    </message>
    <message>
        <source>The restore of %1 could not be finished; it will be tried again when Guichet next opens this database. Nothing is lost: the previous database is %2.</source>
        <translation>Het terugzetten van %1 kon niet worden voltooid; het wordt opnieuw geprobeerd wanneer Guichet deze database opnieuw opent. Er gaat niets verloren: de vorige database is %2.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>Give the backup folder&apos;s full path (for example /srv/guichet/sauvegardes).</source>
        <translation>Geef het volledige pad van de back-upmap (bijvoorbeeld /srv/guichet/sauvegardes).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Guichet cannot write in %1.</source>
        <translation>Guichet kan niet schrijven in %1.</translation>
    </message>
    <message>
        <source>Guichet could not remove the old backup %1.</source>
        <translation>Guichet kon de oude back-up %1 niet verwijderen.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Choose where to write the backup.</source>
        <translation>Kies waar de back-up moet worden geschreven.</translation>
    </message>
    <message>
        <source>No practice is open.</source>
        <translation>Er is geen praktijk geopend.</translation>
    </message>
</context>
<context>
    <name>BookCommand</name>
    <message>
        <source>booking</source>
        <translation>boeking</translation>
    </message>
    <message>
        <source>Booking undone at the desk</source>
        <translation>Boeking ongedaan gemaakt aan de balie</translation>
    </message>
    <message>
        <source>Booking undone: %1 is no longer booked (kept as entered in error). Ctrl+Y books it again.</source>
        <translation>Boeking ongedaan: %1 is niet meer geboekt (bewaard als foutief ingevoerd). Ctrl+Y boekt opnieuw.</translation>
    </message>
    <message>
        <source>Booked again: %1.</source>
        <translation>Opnieuw geboekt: %1.</translation>
    </message>
</context>
<context>
    <name>BookingChannels</name>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Telefonisch</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>Aan het onthaal</translation>
    </message>
</context>
<context>
    <name>BookingRules</name>
    <message>
        <source>Unknown practitioner or patient.</source>
        <translation>Onbekende zorgverlener of patiënt.</translation>
    </message>
    <message>
        <source>The appointment must end after it starts.</source>
        <translation>De afspraak moet eindigen na het begin.</translation>
    </message>
    <message>
        <source>This time has passed.</source>
        <translation>Dit tijdstip is voorbij.</translation>
    </message>
    <message>
        <source>The slot of %1 is already taken by another appointment (%2 to %3). The desk may book over it only with a reason.</source>
        <translation>Het tijdslot van %1 is al bezet door een andere afspraak (%2 tot %3). Het onthaal mag er enkel met een reden overheen boeken.</translation>
    </message>
    <message>
        <source>Booked over another appointment: %1.</source>
        <translation>Over een andere afspraak heen geboekt: %1.</translation>
    </message>
    <message>
        <source>This slot is held for a patient who is confirming online; it frees up within 15 minutes.</source>
        <translation>Dit tijdslot wordt vastgehouden voor een patiënt die online bevestigt; het komt binnen 15 minuten vrij.</translation>
    </message>
    <message>
        <source>%1 does not consult at this time.</source>
        <translation>%1 houdt op dit uur geen consultatie.</translation>
    </message>
    <message>
        <source>Outside %1&apos;s opening hours.</source>
        <translation>Buiten de consultatie-uren van %1.</translation>
    </message>
    <message>
        <source>This visit reason is not offered at this time.</source>
        <translation>Deze reden wordt op dit uur niet aangeboden.</translation>
    </message>
    <message>
        <source>This visit reason is not planned at this time.</source>
        <translation>Deze reden is op dit uur niet gepland.</translation>
    </message>
    <message>
        <source>absence</source>
        <translation>afwezigheid</translation>
    </message>
    <message>
        <source>%1 is absent (%2).</source>
        <translation>%1 is afwezig (%2).</translation>
    </message>
    <message>
        <source>%1 is absent then (%2).</source>
        <translation>%1 is dan afwezig (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is booked by phone only.</source>
        <translation>„%1” wordt enkel telefonisch geboekt.</translation>
    </message>
    <message>
        <source>%1 does not take new patients online: the patient must phone the practice.</source>
        <translation>%1 neemt online geen nieuwe patiënten aan: de patiënt moet de praktijk bellen.</translation>
    </message>
    <message numerus="yes">
        <source>The last visit with %1 was more than %n month(s) ago: the patient must phone the practice.</source>
        <translation>
            <numerusform>Het laatste bezoek bij %1 is meer dan %n maand geleden: de patiënt moet de praktijk bellen.</numerusform>
            <numerusform>Het laatste bezoek bij %1 is meer dan %n maanden geleden: de patiënt moet de praktijk bellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This patient already has an appointment on %1, less than %2 days away (same practitioner or specialty). Keep the first one, or replace it.</source>
        <translation>Deze patiënt heeft al een afspraak op %1, minder dan %2 dagen ervandaan (zelfde zorgverlener of specialisme). Behoud de eerste of vervang ze.</translation>
    </message>
    <message numerus="yes">
        <source>Online cancellation closes %n hour(s) before the appointment: the patient must phone the practice.</source>
        <translation>
            <numerusform>Online annuleren sluit %n uur vóór de afspraak: de patiënt moet de praktijk bellen.</numerusform>
            <numerusform>Online annuleren sluit %n uur vóór de afspraak: de patiënt moet de praktijk bellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Guichet could not read the agenda to check this slot (%1). Nothing was booked; try again.</source>
        <translation>Guichet kon de agenda niet lezen om dit tijdslot te controleren (%1). Er werd niets geboekt; probeer opnieuw.</translation>
    </message>
    <message>
        <source>Guichet could not read the slots held online (%1). Nothing was booked; try again.</source>
        <translation>Guichet kon de online vastgehouden tijdslots niet lezen (%1). Er werd niets geboekt; probeer opnieuw.</translation>
    </message>
    <message>
        <source>Guichet could not read the opening hours to check this slot (%1). Nothing was booked; try again.</source>
        <translation>Guichet kon de openingsuren niet lezen om dit tijdslot te controleren (%1). Er werd niets geboekt; probeer opnieuw.</translation>
    </message>
    <message>
        <source>Guichet could not read the absences to check this slot (%1). Nothing was booked; try again.</source>
        <translation>Guichet kon de afwezigheden niet lezen om dit tijdslot te controleren (%1). Er werd niets geboekt; probeer opnieuw.</translation>
    </message>
    <message>
        <source>%1 no longer takes appointments here (deactivated in the administration).</source>
        <translation>%1 neemt hier geen afspraken meer (gedeactiveerd in het beheer).</translation>
    </message>
    <message>
        <source>The visit reason &quot;%1&quot; is no longer offered (deactivated in the administration).</source>
        <translation>De reden van bezoek &quot;%1&quot; wordt niet meer aangeboden (gedeactiveerd in het beheer).</translation>
    </message>
    <message numerus="yes">
        <source>%1 can be booked online at most %n day(s) ahead: the patient must phone the practice for a later date.</source>
        <translation>
            <numerusform>%1 kan online ten hoogste %n dag vooraf geboekt worden: voor een latere datum moet de patiënt de praktijk bellen.</numerusform>
            <numerusform>%1 kan online ten hoogste %n dagen vooraf geboekt worden: voor een latere datum moet de patiënt de praktijk bellen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must be booked online at least %n hour(s) before the appointment: the patient must phone the practice.</source>
        <translation>
            <numerusform>%1 moet online minstens %n uur vóór de afspraak geboekt worden: de patiënt moet de praktijk bellen.</numerusform>
            <numerusform>%1 moet online minstens %n uur vóór de afspraak geboekt worden: de patiënt moet de praktijk bellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is booked at the desk only, in person.</source>
        <translation>&quot;%1&quot; wordt alleen aan het onthaal geboekt, ter plaatse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is booked by phone only: call %2.</source>
        <translation>&quot;%1&quot; wordt alleen telefonisch geboekt: bel %2.</translation>
    </message>
    <message>
        <source>Kept despite the %1-day spacing rule: %2.</source>
        <translation>Behouden ondanks de spreidingsregel van %1 dagen: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is for patients aged %2 to %3</source>
        <translation>&quot;%1&quot; is voor patiënten van %2 tot %3 jaar</translation>
    </message>
    <message>
        <source>%1; this patient is %2.</source>
        <translation>%1; deze patiënt is %2.</translation>
    </message>
    <message>
        <source>%1; this patient&apos;s age cannot be told from the birth date %2.</source>
        <translation>%1; de leeftijd van deze patiënt valt niet af te leiden uit de geboortedatum %2.</translation>
    </message>
    <message>
        <source>%1; this patient&apos;s birth date is not known.</source>
        <translation>%1; de geboortedatum van deze patiënt is niet bekend.</translation>
    </message>
</context>
<context>
    <name>CancelCommand</name>
    <message>
        <source>cancellation</source>
        <translation>annulering</translation>
    </message>
    <message>
        <source>Cancellation undone at the desk</source>
        <translation>Annulering ongedaan gemaakt aan de balie</translation>
    </message>
    <message>
        <source>Cancellation undone: %1 is booked again.</source>
        <translation>Annulering ongedaan: %1 is opnieuw geboekt.</translation>
    </message>
    <message>
        <source>Cancelled again: %1.</source>
        <translation>Opnieuw geannuleerd: %1.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>No database: give --db PATH or set GUICHET_DB.</source>
        <translation>Geen databank: geef --db PAD op of stel GUICHET_DB in.</translation>
    </message>
    <message>
        <source>The folder of &quot;%1&quot; does not exist.</source>
        <translation>De map van „%1” bestaat niet.</translation>
    </message>
    <message>
        <source>[rule: %1]</source>
        <translation>[regel: %1]</translation>
    </message>
    <message>
        <source>Guichet from the command line: the same rules as the desktop program.</source>
        <translation>Guichet via de opdrachtregel: dezelfde regels als het bureaubladprogramma.</translation>
    </message>
    <message>
        <source>The database file (or GUICHET_DB).</source>
        <translation>Het databankbestand (of GUICHET_DB).</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>JSON voor machines afdrukken.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>De versie tonen.</translation>
    </message>
    <message>
        <source>Print this help.</source>
        <translation>Deze hulp tonen.</translation>
    </message>
    <message>
        <source>--now &quot;%1&quot; is not an ISO 8601 date and time, such as 2026-11-23T09:30:00+01:00.</source>
        <translation>--now „%1” is geen ISO 8601-datum en -tijd, zoals 2026-11-23T09:30:00+01:00.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Try --help.</source>
        <translation>Onbekende opdracht „%1”. Probeer --help.</translation>
    </message>
    <message>
        <source>Creates a demo clinic in a new database.</source>
        <translation>Maakt een demopraktijk in een nieuwe databank.</translation>
    </message>
    <message>
        <source>Number of patients (default 2000).</source>
        <translation>Aantal patiënten (standaard 2000).</translation>
    </message>
    <message>
        <source>Number of practitioners (default 6).</source>
        <translation>Aantal zorgverleners (standaard 6).</translation>
    </message>
    <message>
        <source>Weeks of appointments before and after today (default 4).</source>
        <translation>Weken afspraken voor en na vandaag (standaard 4).</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same clinic.</source>
        <translation>Willekeurige seed: dezelfde seed geeft dezelfde praktijk.</translation>
    </message>
    <message>
        <source>--patients, --practitioners, --weeks and --seed are whole numbers.</source>
        <translation>--patients, --practitioners, --weeks en --seed zijn gehele getallen.</translation>
    </message>
    <message>
        <source>%1 / %2 patients</source>
        <translation>%1 / %2 patiënten</translation>
    </message>
    <message>
        <source>Demo clinic created in %1 s: %2 patients (%3 relatives), %4 practitioners, %5 appointments.</source>
        <translation>Demopraktijk aangemaakt in %1 s: %2 patiënten (%3 verwanten), %4 zorgverleners, %5 afspraken.</translation>
    </message>
    <message>
        <source>Users: %1 — demo password: %2</source>
        <translation>Gebruikers: %1 — demowachtwoord: %2</translation>
    </message>
    <message>
        <source>Checks that the database is sound.</source>
        <translation>Controleert of de databank gezond is.</translation>
    </message>
    <message>
        <source>The database is sound (schema %1, %2 patients, %3 appointments).</source>
        <translation>De databank is gezond (schema %1, %2 patiënten, %3 afspraken).</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database, even while in use.</source>
        <translation>Schrijft een consistente kopie van de databank, ook tijdens gebruik.</translation>
    </message>
    <message>
        <source>The new backup file.</source>
        <translation>Het nieuwe back-upbestand.</translation>
    </message>
    <message>
        <source>Usage: backup FILE</source>
        <translation>Gebruik: backup BESTAND</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Back-up geschreven naar %1.</translation>
    </message>
    <message>
        <source>Replaces the database by a backup; the current one is kept beside it.</source>
        <translation>Vervangt de databank door een back-up; de huidige wordt ernaast bewaard.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Het back-upbestand.</translation>
    </message>
    <message>
        <source>Usage: restore FILE</source>
        <translation>Gebruik: restore BESTAND</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Back-up teruggezet.</translation>
    </message>
    <message>
        <source>Backup restored; the previous database is kept as %1.</source>
        <translation>Back-up teruggezet; de vorige databank wordt bewaard als %1.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Adds a user; the password is read from standard input.</source>
        <translation>Voegt een gebruiker toe; het wachtwoord wordt van de standaardinvoer gelezen.</translation>
    </message>
    <message>
        <source>The login.</source>
        <translation>De login.</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>Volledige naam.</translation>
    </message>
    <message>
        <source>Linked practitioner ID.</source>
        <translation>ID van de gekoppelde zorgverlener.</translation>
    </message>
    <message>
        <source>Usage: user add LOGIN --name NAME --role ROLE</source>
        <translation>Gebruik: user add LOGIN --name NAAM --role ROL</translation>
    </message>
    <message>
        <source>The role is secretary, practitioner or administrator.</source>
        <translation>De rol is secretary (secretariaat), practitioner (zorgverlener) of administrator (beheerder).</translation>
    </message>
    <message>
        <source>Checks an identifier and prints it normalised.</source>
        <translation>Controleert een identificatienummer en toont het genormaliseerd.</translation>
    </message>
    <message>
        <source>The value to check.</source>
        <translation>De te controleren waarde.</translation>
    </message>
    <message>
        <source>Country of a phone number typed without +prefix (default FR).</source>
        <translation>Land van een telefoonnummer zonder +prefix (standaard FR).</translation>
    </message>
    <message>
        <source>Usage: check-id niss|nir|phone|email VALUE</source>
        <translation>Gebruik: check-id niss|nir|phone|email WAARDE</translation>
    </message>
    <message>
        <source>Unknown identifier kind &quot;%1&quot;: niss, nir, phone or email.</source>
        <translation>Onbekend soort nummer „%1”: niss, nir, phone of email.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>NISS/NIR</source>
        <translation>INSZ/NIR</translation>
    </message>
    <message>
        <source>Adds a patient after checking every field.</source>
        <translation>Voegt een patiënt toe na controle van elk veld.</translation>
    </message>
    <message>
        <source>Birth name (required).</source>
        <translation>Geboortenaam (verplicht).</translation>
    </message>
    <message>
        <source>First names as given at birth (required).</source>
        <translation>Voornamen bij geboorte (verplicht).</translation>
    </message>
    <message>
        <source>Birth date, 1980-03-12 or 12/03/1980 (required).</source>
        <translation>Geboortedatum, 1980-03-12 of 12/03/1980 (verplicht).</translation>
    </message>
    <message>
        <source>female, male, other or unknown (required).</source>
        <translation>female, male, other of unknown (verplicht).</translation>
    </message>
    <message>
        <source>Usage name.</source>
        <translation>Gebruiksnaam.</translation>
    </message>
    <message>
        <source>First name used.</source>
        <translation>Roepnaam.</translation>
    </message>
    <message>
        <source>Birth place code.</source>
        <translation>Code van de geboorteplaats.</translation>
    </message>
    <message>
        <source>Belgian national register number.</source>
        <translation>Belgisch rijksregisternummer (INSZ).</translation>
    </message>
    <message>
        <source>French social security number.</source>
        <translation>Frans socialezekerheidsnummer (NIR).</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>E-mailadres.</translation>
    </message>
    <message>
        <source>Street and number.</source>
        <translation>Straat en nummer.</translation>
    </message>
    <message>
        <source>Postcode.</source>
        <translation>Postcode.</translation>
    </message>
    <message>
        <source>City.</source>
        <translation>Gemeente.</translation>
    </message>
    <message>
        <source>Country code (FR, BE, ...).</source>
        <translation>Landcode (FR, BE, ...).</translation>
    </message>
    <message>
        <source>fr, nl or en.</source>
        <translation>fr, nl of en.</translation>
    </message>
    <message>
        <source>ID of the account holder this patient is a relative of.</source>
        <translation>ID van de accounthouder van wie deze patiënt een verwant is.</translation>
    </message>
    <message>
        <source>child, spouse, parent or other.</source>
        <translation>child (kind), spouse (partner), parent (ouder) of other (ander).</translation>
    </message>
    <message>
        <source>Phone number (repeat for several).</source>
        <translation>Telefoonnummer (herhalen voor meerdere).</translation>
    </message>
    <message>
        <source>patient add takes options only, such as --birth-name DUPONT.</source>
        <translation>patient add neemt enkel opties, zoals --birth-name DUPONT.</translation>
    </message>
    <message>
        <source>The patient&apos;s ID.</source>
        <translation>Het ID van de patiënt.</translation>
    </message>
    <message>
        <source>Usage: patient show ID</source>
        <translation>Gebruik: patient show ID</translation>
    </message>
    <message>
        <source>Name, birth date, phone, NISS or NIR (prefixes).</source>
        <translation>Naam, geboortedatum, telefoon, INSZ of NIR (begin).</translation>
    </message>
    <message>
        <source>At most this many (default 50).</source>
        <translation>Hoogstens dit aantal (standaard 50).</translation>
    </message>
    <message>
        <source>Skip this many first.</source>
        <translation>Dit aantal eerste overslaan.</translation>
    </message>
    <message>
        <source>--limit is between 1 and 10000 and --offset is 0 or more.</source>
        <translation>--limit ligt tussen 1 en 10000 en --offset is 0 of meer.</translation>
    </message>
    <message>
        <source>Usage: patient search TEXT</source>
        <translation>Gebruik: patient search TEKST</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Specialisme</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>RIZIV/RPPS-nr.</translation>
    </message>
    <message>
        <source>Only this practitioner&apos;s.</source>
        <translation>Enkel die van deze zorgverlener.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>phone only</source>
        <translation>enkel telefonisch</translation>
    </message>
    <message>
        <source>Visit reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Boeking</translation>
    </message>
    <message>
        <source>First day (default today).</source>
        <translation>Eerste dag (standaard vandaag).</translation>
    </message>
    <message>
        <source>Last day, included (default the first day).</source>
        <translation>Laatste dag, inbegrepen (standaard de eerste dag).</translation>
    </message>
    <message>
        <source>--from and --to are dates such as 2026-11-23, --to not before --from.</source>
        <translation>--from en --to zijn datums zoals 2026-11-23, --to niet vóór --from.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Zorgverlener</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The identifier.</source>
        <translation>Het ID.</translation>
    </message>
    <message>
        <source>Usage: %1 ID</source>
        <translation>Gebruik: %1 ID</translation>
    </message>
    <message>
        <source>Books an appointment, with the practice&apos;s rules.</source>
        <translation>Boekt een afspraak, met de regels van de praktijk.</translation>
    </message>
    <message>
        <source>The practitioner&apos;s ID.</source>
        <translation>Het ID van de zorgverlener.</translation>
    </message>
    <message>
        <source>The visit reason&apos;s ID.</source>
        <translation>Het ID van de reden.</translation>
    </message>
    <message>
        <source>Start, ISO 8601 (site time when no offset).</source>
        <translation>Begin, ISO 8601 (tijd van de vestiging zonder verschuiving).</translation>
    </message>
    <message>
        <source>Minutes (default: the visit reason&apos;s).</source>
        <translation>Minuten (standaard: die van de reden).</translation>
    </message>
    <message>
        <source>A note for the desk.</source>
        <translation>Een notitie voor het onthaal.</translation>
    </message>
    <message>
        <source>Usage: appointment book --patient ID --practitioner ID --start TIME [--motif ID] [--duration N] [--channel desk|phone|online]</source>
        <translation>Gebruik: appointment book --patient ID --practitioner ID --start TIJD [--motif ID] [--duration N] [--channel desk|phone|online]</translation>
    </message>
    <message>
        <source>--duration is a number of minutes.</source>
        <translation>--duration is een aantal minuten.</translation>
    </message>
    <message>
        <source>The patient excused themselves: it does not count.</source>
        <translation>De patiënt heeft zich verontschuldigd: dit telt niet.</translation>
    </message>
    <message>
        <source>--by is patient or practice.</source>
        <translation>--by is patient of practice (praktijk).</translation>
    </message>
    <message>
        <source>Blocks a patient&apos;s online booking with a practitioner.</source>
        <translation>Blokkeert het online boeken van een patiënt bij een zorgverlener.</translation>
    </message>
    <message>
        <source>Why (kept in the audit log).</source>
        <translation>Waarom (bewaard in het auditlogboek).</translation>
    </message>
    <message>
        <source>Online booking blocked.</source>
        <translation>Online boeken geblokkeerd.</translation>
    </message>
    <message>
        <source>%1 of %2 no-shows; %3</source>
        <translation>%1 van %2 niet-nagekomen; %3</translation>
    </message>
    <message>
        <source>online booking blocked</source>
        <translation>online boeken geblokkeerd</translation>
    </message>
    <message>
        <source>online booking allowed</source>
        <translation>online boeken toegelaten</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>geblokkeerd</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Online booking allowed again.</source>
        <translation>Online boeken opnieuw toegelaten.</translation>
    </message>
    <message>
        <source>Usage: noshow status PATIENT [--practitioner ID] | noshow erase APPOINTMENT --reason TEXT | noshow unblock PATIENT --practitioner ID --reason TEXT</source>
        <translation>Gebruik: noshow status PATIËNT [--practitioner ID] | noshow erase AFSPRAAK --reason TEKST | noshow unblock PATIËNT --practitioner ID --reason TEKST</translation>
    </message>
    <message>
        <source>Usage: stats noshow --from DATE --to DATE [--csv FILE]</source>
        <translation>Gebruik: stats noshow --from DATUM --to DATUM [--csv BESTAND]</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>Eerste dag.</translation>
    </message>
    <message>
        <source>Last day, included.</source>
        <translation>Laatste dag, inbegrepen.</translation>
    </message>
    <message>
        <source>Also write the figures to this CSV file.</source>
        <translation>De cijfers ook naar dit CSV-bestand schrijven.</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Niet nagekomen</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>Late cancellations</source>
        <translation>Laattijdige annuleringen</translation>
    </message>
    <message>
        <source>Minutes lost</source>
        <translation>Verloren minuten</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Onbekende instelling „%1”.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>let op: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time such as 2026-11-23T09:30 (a date that exists, in the site&apos;s time or with an offset).</source>
        <translation>„%1” is geen datum en tijd zoals 2026-11-23T09:30 (een bestaande datum, in de tijd van de vestiging of met een verschuiving).</translation>
    </message>
    <message>
        <source>The patient&apos;s ID (the account holder with --relative).</source>
        <translation>Het ID van de patiënt (de accounthouder met --relative).</translation>
    </message>
    <message>
        <source>Book for this relative of the account holder.</source>
        <translation>Boeken voor deze verwant van de accounthouder.</translation>
    </message>
    <message>
        <source>Spacing rule: cancel the appointment that is too close and book this one.</source>
        <translation>Spreidingsregel: de te dichte afspraak annuleren en deze boeken.</translation>
    </message>
    <message>
        <source>The online hold this booking confirms.</source>
        <translation>Het online vastgehouden tijdslot dat deze boeking bevestigt.</translation>
    </message>
    <message>
        <source>%1 is not a relative of this account holder.</source>
        <translation>%1 is geen verwant van deze accounthouder.</translation>
    </message>
    <message>
        <source>the appointment %1 was cancelled and replaced</source>
        <translation>de afspraak %1 werd geannuleerd en vervangen</translation>
    </message>
    <message>
        <source>The new start.</source>
        <translation>Het nieuwe begin.</translation>
    </message>
    <message>
        <source>Move over a taken slot, for this reason.</source>
        <translation>Verplaatsen naar een bezet tijdslot, om deze reden.</translation>
    </message>
    <message>
        <source>Usage: appointment move ID --start TIME</source>
        <translation>Gebruik: appointment move ID --start TIJD</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>Waarom.</translation>
    </message>
    <message>
        <source>desk (default) or online: online, the practitioner&apos;s deadline applies.</source>
        <translation>desk (standaard) of online: online geldt de termijn van de zorgverlener.</translation>
    </message>
    <message>
        <source>--channel is desk, phone or online.</source>
        <translation>--channel is desk, phone of online.</translation>
    </message>
    <message>
        <source>Cancelled by the patient</source>
        <translation>Geannuleerd door de patiënt</translation>
    </message>
    <message>
        <source>Cancelled by the practice</source>
        <translation>Geannuleerd door de praktijk</translation>
    </message>
    <message>
        <source>Holds a slot while a patient confirms online.</source>
        <translation>Houdt een tijdslot vast terwijl een patiënt online bevestigt.</translation>
    </message>
    <message>
        <source>Lists the next free slots for a visit reason.</source>
        <translation>Toont de volgende vrije tijdsloten voor een reden.</translation>
    </message>
    <message>
        <source>Last day (default four weeks later).</source>
        <translation>Laatste dag (standaard vier weken later).</translation>
    </message>
    <message>
        <source>How many (default 10).</source>
        <translation>Hoeveel (standaard 10).</translation>
    </message>
    <message>
        <source>Start of the slot to hold.</source>
        <translation>Begin van het vast te houden tijdslot.</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Start (a date means midnight, site time).</source>
        <translation>Begin (een datum betekent middernacht, tijd van de vestiging).</translation>
    </message>
    <message>
        <source>End (a date means midnight, site time).</source>
        <translation>Einde (een datum betekent middernacht, tijd van de vestiging).</translation>
    </message>
    <message>
        <source>Holidays, training, ...</source>
        <translation>Vakantie, opleiding, ...</translation>
    </message>
    <message numerus="yes">
        <source>%n booked appointment(s) to move.</source>
        <translation>
            <numerusform>%n geboekte afspraak te verplaatsen.</numerusform>
            <numerusform>%n geboekte afspraken te verplaatsen.</numerusform>
        </translation>
    </message>
    <message>
        <source>One day (default today).</source>
        <translation>Eén dag (standaard vandaag).</translation>
    </message>
    <message>
        <source>Exports a practitioner&apos;s agenda as an iCalendar file.</source>
        <translation>Exporteert de agenda van een zorgverlener als iCalendar-bestand.</translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation>Het te schrijven .ics-bestand.</translation>
    </message>
    <message>
        <source>Usage: export-ics --practitioner ID --from DATE --to DATE FILE</source>
        <translation>Gebruik: export-ics --practitioner ID --from DATUM --to DATUM BESTAND</translation>
    </message>
    <message>
        <source>--from and --to are dates such as 2026-11-23.</source>
        <translation>--from en --to zijn datums zoals 2026-11-23.</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) exported to %1.</source>
        <translation>
            <numerusform>%n afspraak geëxporteerd naar %1.</numerusform>
            <numerusform>%n afspraken geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new end (changes the length; default: the same length).</source>
        <translation>Het nieuwe einde (wijzigt de duur; standaard: dezelfde duur).</translation>
    </message>
    <message>
        <source>Kept by the patient after all</source>
        <translation>Toch behouden door de patiënt</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Patient A</source>
        <translation>Patiënt A</translation>
    </message>
    <message>
        <source>Patient B</source>
        <translation>Patiënt B</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Imports patients from a CSV file (UTF-8, with a header).</source>
        <translation>Importeert patiënten uit een CSV-bestand (UTF-8, met een kopregel).</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>Het CSV-bestand.</translation>
    </message>
    <message>
        <source>Refuse the whole file at the first invalid value.</source>
        <translation>Het hele bestand weigeren bij de eerste ongeldige waarde.</translation>
    </message>
    <message>
        <source>Usage: import-patients FILE.csv [--strict]</source>
        <translation>Gebruik: import-patients BESTAND.csv [--strict]</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>regel %1</translation>
    </message>
    <message>
        <source> (row not imported)</source>
        <translation> (regel niet geïmporteerd)</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Het te schrijven CSV-bestand.</translation>
    </message>
    <message>
        <source>Usage: export-patients FILE.csv</source>
        <translation>Gebruik: export-patients BESTAND.csv</translation>
    </message>
    <message>
        <source>%1 patient(s) written.</source>
        <translation>%1 patiënt(en) geschreven.</translation>
    </message>
    <message>
        <source>Lists the records that may be this patient.</source>
        <translation>Toont de dossiers die deze patiënt kunnen zijn.</translation>
    </message>
    <message>
        <source>Lists likely duplicate patient records.</source>
        <translation>Toont waarschijnlijk dubbele patiëntendossiers.</translation>
    </message>
    <message>
        <source>The weakest band listed: certain, probable or possible (default).</source>
        <translation>Het zwakste niveau in de lijst: certain, probable of possible (standaard).</translation>
    </message>
    <message>
        <source>The patient&apos;s ID or external ID.</source>
        <translation>De ID of externe ID van de patiënt.</translation>
    </message>
    <message>
        <source>--band is certain, probable or possible.</source>
        <translation>--band is certain, probable of possible.</translation>
    </message>
    <message>
        <source>Usage: duplicates check PATIENT [--band BAND]</source>
        <translation>Gebruik: duplicates check PATIËNT [--band NIVEAU]</translation>
    </message>
    <message>
        <source>Merges two records of the same patient (the survivor is chosen by the rules).</source>
        <translation>Voegt twee dossiers van dezelfde patiënt samen (het behouden dossier volgt de regels).</translation>
    </message>
    <message>
        <source>A patient&apos;s ID or external ID.</source>
        <translation>De ID of externe ID van een patiënt.</translation>
    </message>
    <message>
        <source>The other patient&apos;s ID or external ID.</source>
        <translation>De ID of externe ID van de andere patiënt.</translation>
    </message>
    <message>
        <source>Why they are the same person (required).</source>
        <translation>Waarom het dezelfde persoon is (verplicht).</translation>
    </message>
    <message>
        <source>Fields taken from the merged record, comma separated (default: the plan&apos;s choices).</source>
        <translation>Velden uit het samengevoegde dossier, gescheiden door komma&apos;s (standaard: de voorgestelde keuzes).</translation>
    </message>
    <message>
        <source>Usage: merge [plan] A B --reason TEXT [--take FIELD,...]</source>
        <translation>Gebruik: merge [plan] A B --reason TEKST [--take VELD,...]</translation>
    </message>
    <message>
        <source>Merge %1 undone.</source>
        <translation>Samenvoeging %1 ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>Usage: not-duplicate A B</source>
        <translation>Gebruik: not-duplicate A B</translation>
    </message>
    <message numerus="yes">
        <source>%n booked appointment(s) now outside the hours, to move.</source>
        <translation>
            <numerusform>%n geboekte afspraak nu buiten de openingsuren, te verplaatsen.</numerusform>
            <numerusform>%n geboekte afspraken nu buiten de openingsuren, te verplaatsen.</numerusform>
        </translation>
    </message>
    <message>
        <source>--from and --to are dates such as 2026-11-23, at most a year apart, the first before the last.</source>
        <translation>--from en --to zijn datums zoals 2026-11-23, hoogstens een jaar uit elkaar, de eerste vóór de laatste.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>uitzondering</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Openingsuren</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Uitzondering</translation>
    </message>
    <message>
        <source>1 Monday ... 7 Sunday.</source>
        <translation>1 maandag … 7 zondag.</translation>
    </message>
    <message>
        <source>Such as &quot;08:30-12:30, 14:00-18:00&quot;; empty: closed.</source>
        <translation>Bijvoorbeeld &quot;08:30-12:30, 14:00-18:00&quot;; leeg: gesloten.</translation>
    </message>
    <message>
        <source>Usage: hours set --practitioner ID --weekday N --ranges RANGES</source>
        <translation>Gebruik: hours set --practitioner ID --weekday N --ranges BEREIKEN</translation>
    </message>
    <message>
        <source>--weekday is a number from 1 (Monday) to 7 (Sunday).</source>
        <translation>--weekday is een getal van 1 (maandag) tot 7 (zondag).</translation>
    </message>
    <message>
        <source>The day.</source>
        <translation>De dag.</translation>
    </message>
    <message>
        <source>That day&apos;s hours, such as &quot;09:00-12:00&quot;.</source>
        <translation>De openingsuren van die dag, bijvoorbeeld &quot;09:00-12:00&quot;.</translation>
    </message>
    <message>
        <source>Closed all day.</source>
        <translation>De hele dag gesloten.</translation>
    </message>
    <message>
        <source>Public holiday, ...</source>
        <translation>Feestdag, …</translation>
    </message>
    <message>
        <source>Usage: hours exception --practitioner ID --date DATE (--ranges RANGES | --closed) [--reason TEXT]</source>
        <translation>Gebruik: hours exception --practitioner ID --date DATUM (--ranges BEREIKEN | --closed) [--reason TEKST]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date such as 2026-12-24.</source>
        <translation>&quot;%1&quot; is geen datum zoals 2026-12-24.</translation>
    </message>
    <message>
        <source>--ranges is empty: say --closed for a day without hours.</source>
        <translation>--ranges is leeg: gebruik --closed voor een dag zonder openingsuren.</translation>
    </message>
    <message>
        <source>Corrects a patient&apos;s record: the options given replace those traits, the others stay.</source>
        <translation>Verbetert de fiche van een patiënt: de opgegeven opties vervangen die kenmerken, de rest blijft.</translation>
    </message>
    <message>
        <source>Reminders by SMS: yes or no.</source>
        <translation>Herinneringen per sms: yes of no.</translation>
    </message>
    <message>
        <source>Reminders by e-mail: yes or no.</source>
        <translation>Herinneringen per e-mail: yes of no.</translation>
    </message>
    <message>
        <source>A known homonym: yes or no.</source>
        <translation>Gekende naamgenoot: yes of no.</translation>
    </message>
    <message>
        <source>A doubtful identity: yes or no.</source>
        <translation>Twijfelachtige identiteit: yes of no.</translation>
    </message>
    <message>
        <source>Usage: patient edit ID [--usage-name NAME] [--phone NUMBER] ...</source>
        <translation>Gebruik: patient edit ID [--usage-name NAAM] [--phone NUMMER] …</translation>
    </message>
    <message>
        <source>--%1 is yes or no.</source>
        <translation>--%1 is yes of no.</translation>
    </message>
    <message>
        <source>id-card, eid, passport, residence-permit or family-record-book.</source>
        <translation>id-card, eid, passport, residence-permit of family-record-book.</translation>
    </message>
    <message>
        <source>The patient&apos;s ID (or external ID).</source>
        <translation>De identificatie van de patiënt (of de externe identificatie).</translation>
    </message>
    <message>
        <source>A PDF, JPEG or PNG file.</source>
        <translation>Een PDF-, JPEG- of PNG-bestand.</translation>
    </message>
    <message>
        <source>The appointment it belongs to.</source>
        <translation>De afspraak waartoe het behoort.</translation>
    </message>
    <message>
        <source>prescription, report, administrative or other.</source>
        <translation>prescription, report, administrative of other.</translation>
    </message>
    <message>
        <source>Usage: document add PATIENT FILE [--appointment ID] [--type TYPE]</source>
        <translation>Gebruik: document add PATIËNT BESTAND [--appointment ID] [--type TYPE]</translation>
    </message>
    <message>
        <source>The archived documents instead.</source>
        <translation>In de plaats de gearchiveerde documenten.</translation>
    </message>
    <message>
        <source>Usage: document list PATIENT [--archived]</source>
        <translation>Gebruik: document list PATIËNT [--archived]</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>The document&apos;s ID.</source>
        <translation>De identificatie van het document.</translation>
    </message>
    <message>
        <source>Where to write the copy.</source>
        <translation>Waar de kopie te schrijven.</translation>
    </message>
    <message>
        <source>Usage: document export ID FILE</source>
        <translation>Gebruik: document export ID BESTAND</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) archived.</source>
        <translation>
            <numerusform>%n document gearchiveerd.</numerusform>
            <numerusform>%n documenten gearchiveerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the merges of this patient (ID or external ID).</source>
        <translation>Enkel de samenvoegingen van deze patiënt (identificatie of externe identificatie).</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>ongedaan</translation>
    </message>
    <message>
        <source>done</source>
        <translation>uitgevoerd</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Samengevoegd</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>set URL, or show.</source>
        <translation>set URL, of show.</translation>
    </message>
    <message>
        <source>The account name on that server.</source>
        <translation>De accountnaam op die server.</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>aangemeld</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>niet aangemeld</translation>
    </message>
    <message>
        <source>Usage: logout</source>
        <translation>Gebruik: logout</translation>
    </message>
    <message>
        <source>One exchange, then exit.</source>
        <translation>Eén uitwisseling, dan stoppen.</translation>
    </message>
    <message>
        <source>Resources asked per page (default 200).</source>
        <translation>Gevraagde resources per pagina (standaard 200).</translation>
    </message>
    <message>
        <source>--page-size must be between 1 and 1000.</source>
        <translation>--page-size moet tussen 1 en 1000 liggen.</translation>
    </message>
    <message>
        <source>Nothing to list; resolve ID --keep local|remote|both.</source>
        <translation>Niets om op te sommen; resolve ID --keep local|remote|both.</translation>
    </message>
    <message>
        <source>Settled conflicts too.</source>
        <translation>Ook de opgeloste conflicten.</translation>
    </message>
    <message>
        <source>local, remote or both (two bookings of one slot).</source>
        <translation>local, remote of both (twee boekingen van één tijdslot).</translation>
    </message>
    <message>
        <source>Usage: conflicts resolve ID --keep local|remote|both</source>
        <translation>Gebruik: conflicts resolve ID --keep local|remote|both</translation>
    </message>
    <message>
        <source>Conflict settled.</source>
        <translation>Conflict opgelost.</translation>
    </message>
    <message>
        <source>Usage: conflicts [--all] | conflicts resolve ID --keep local|remote|both</source>
        <translation>Gebruik: conflicts [--all] | conflicts resolve ID --keep local|remote|both</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Velden</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Usage: document share ID</source>
        <translation>Gebruik: document share ID</translation>
    </message>
    <message>
        <source>Shared with the patient: sent at the next synchronisation.</source>
        <translation>Gedeeld met de patiënt: verzonden bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Usage: document add|list|export|share|archive-expired ...</source>
        <translation>Gebruik: document add|list|export|share|archive-expired ...</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1 verwacht een datum JJJJ-MM-DD, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The new text.</source>
        <translation>De nieuwe tekst.</translation>
    </message>
    <message>
        <source>Read the new text from a UTF-8 file.</source>
        <translation>De nieuwe tekst uit een UTF-8-bestand lezen.</translation>
    </message>
    <message>
        <source>KIND CHANNEL LANGUAGE</source>
        <translation>SOORT KANAAL TAAL</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>praktijk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Usage: reminders templates show|set|reset KIND CHANNEL LANGUAGE [--text T | --file F]</source>
        <translation>Gebruik: reminders templates show|set|reset SOORT KANAAL TAAL [--text T | --file F]</translation>
    </message>
    <message>
        <source>Give the text with --text or --file, not both.</source>
        <translation>Geef de tekst met --text of --file, niet allebei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Usage: reminders templates list|show|set|reset</source>
        <translation>Gebruik: reminders templates list|show|set|reset</translation>
    </message>
    <message>
        <source>First day of the appointments (default today).</source>
        <translation>Eerste dag van de afspraken (standaard vandaag).</translation>
    </message>
    <message>
        <source>Last day of the appointments (default 60 days later).</source>
        <translation>Laatste dag van de afspraken (standaard 60 dagen later).</translation>
    </message>
    <message>
        <source>--to comes before --from.</source>
        <translation>--to komt vóór --from.</translation>
    </message>
    <message>
        <source>%1 created, %2 withdrawn, %3 unchanged</source>
        <translation>%1 aangemaakt, %2 ingetrokken, %3 ongewijzigd</translation>
    </message>
    <message numerus="yes">
        <source>%n message change(s) sent</source>
        <translation>
            <numerusform>%n berichtwijziging verzonden</numerusform>
            <numerusform>%n berichtwijzigingen verzonden</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: reminders plan [--from D --to D] | show APPOINTMENT | push | templates ...</source>
        <translation>Gebruik: reminders plan [--from D --to D] | show AFSPRAAK | push | templates ...</translation>
    </message>
    <message>
        <source>Why the patient leaves the list.</source>
        <translation>Waarom de patiënt de lijst verlaat.</translation>
    </message>
    <message>
        <source>On the waiting list: %1</source>
        <translation>Op de wachtlijst: %1</translation>
    </message>
    <message>
        <source>Off the waiting list: %1</source>
        <translation>Van de wachtlijst gehaald: %1</translation>
    </message>
    <message>
        <source>Offer declined; the patient stays on the list.</source>
        <translation>Voorstel geweigerd; de patiënt blijft op de lijst.</translation>
    </message>
    <message>
        <source>Entries no longer waiting too.</source>
        <translation>Ook de inschrijvingen die niet meer wachten.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Inschrijving</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Ingeschreven op</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Voorstellen</translation>
    </message>
    <message>
        <source>Look now, even if the last look is recent.</source>
        <translation>Nu zoeken, ook als de laatste zoektocht recent is.</translation>
    </message>
    <message>
        <source>Looked less than %1 minutes ago; use --force to look now.</source>
        <translation>Minder dan %1 minuten geleden gezocht; gebruik --force om nu te zoeken.</translation>
    </message>
    <message>
        <source>%1 offers made, %2 expired, %3 patients left the list</source>
        <translation>%1 voorstellen gedaan, %2 vervallen, %3 patiënten van de lijst</translation>
    </message>
    <message>
        <source>Usage: waitlist add APPOINTMENT | list [--all] | offer [--force] | accept OFFER | decline OFFER | leave ENTRY [--reason T]</source>
        <translation>Gebruik: waitlist add AFSPRAAK | list [--all] | offer [--force] | accept VOORSTEL | decline VOORSTEL | leave INSCHRIJVING [--reason T]</translation>
    </message>
    <message>
        <source>csv or json: the pairs as id_a, id_b, score, band, each record named by its external id where it has one.</source>
        <translation>csv of json: de paren als id_a, id_b, score, band, elk dossier aangeduid met zijn externe identificatie als het er een heeft.</translation>
    </message>
    <message>
        <source>--format is csv or json.</source>
        <translation>--format is csv of json.</translation>
    </message>
    <message>
        <source>Usage: user check-password LOGIN (password on standard input)</source>
        <translation>Gebruik: user check-password LOGIN (wachtwoord op standaardinvoer)</translation>
    </message>
    <message>
        <source>Disables, enables, gives a role to or sets a new password (read from standard input) for a user.</source>
        <translation>Schakelt een gebruiker uit of in, geeft een rol of een nieuw wachtwoord (gelezen van standaardinvoer).</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: gedaan.</translation>
    </message>
    <message>
        <source>Usage: user add LOGIN --name NAME --role ROLE | user list | user disable|enable|passwd|check-password LOGIN | user role LOGIN ROLE</source>
        <translation>Gebruik: user add LOGIN --name NAAM --role ROL | user list | user disable|enable|passwd|check-password LOGIN | user role LOGIN ROL</translation>
    </message>
    <message>
        <source>Why it is removed.</source>
        <translation>Waarom ze verwijderd wordt.</translation>
    </message>
    <message>
        <source>Holidays, ...</source>
        <translation>Vakantie, ...</translation>
    </message>
    <message numerus="yes">
        <source>Absence removed; %n booked appointment(s) in it no longer need moving.</source>
        <translation>
            <numerusform>Afwezigheid verwijderd; %n geboekte afspraak erin hoeft niet meer verplaatst te worden.</numerusform>
            <numerusform>Afwezigheid verwijderd; %n geboekte afspraken erin hoeven niet meer verplaatst te worden.</numerusform>
        </translation>
    </message>
    <message>
        <source>From (default today).</source>
        <translation>Vanaf (standaard vandaag).</translation>
    </message>
    <message>
        <source>To (default in a year).</source>
        <translation>Tot (standaard over een jaar).</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Usage: absence add --practitioner ID --from TIME --to TIME [--reason TEXT] | absence edit ID [--from --to --reason] | absence remove ID [--reason TEXT] | absence list [--practitioner ID --from --to]</source>
        <translation>Gebruik: absence add --practitioner ID --from TIJD --to TIJD [--reason TEKST] | absence edit ID [--from --to --reason] | absence remove ID [--reason TEKST] | absence list [--practitioner ID --from --to]</translation>
    </message>
    <message>
        <source>0 or 1</source>
        <translation>0 of 1</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Bounds</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Betekenis</translation>
    </message>
    <message>
        <source>Usage: settings list | settings describe | settings get KEY | settings set KEY VALUE</source>
        <translation>Gebruik: settings list | settings describe | settings get SLEUTEL | settings set SLEUTEL WAARDE</translation>
    </message>
    <message>
        <source>--%1 takes a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 verwacht een geheel getal, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--%1 takes yes or no, not &quot;%2&quot;.</source>
        <translation>--%1 verwacht yes of no, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The site&apos;s name.</source>
        <translation>De naam van de vestiging.</translation>
    </message>
    <message>
        <source>BE or FR (default BE).</source>
        <translation>BE of FR (standaard BE).</translation>
    </message>
    <message>
        <source>The public phone number.</source>
        <translation>Het openbare telefoonnummer.</translation>
    </message>
    <message>
        <source>IANA time zone (default by the country).</source>
        <translation>IANA-tijdzone (standaard volgens het land).</translation>
    </message>
    <message>
        <source>For patients: floor, parking, transport.</source>
        <translation>Voor patiënten: verdieping, parkeren, vervoer.</translation>
    </message>
    <message>
        <source>Dr, Mme, M. ...</source>
        <translation>Dr, Mevr., Dhr. ...</translation>
    </message>
    <message>
        <source>First name.</source>
        <translation>Voornaam.</translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation>Achternaam.</translation>
    </message>
    <message>
        <source>Specialty code (general-practice, dermatology, ...).</source>
        <translation>Code van het specialisme (general-practice, dermatology, ...).</translation>
    </message>
    <message>
        <source>RPPS number (France, 11 digits).</source>
        <translation>RPPS-nummer (Frankrijk, 11 cijfers).</translation>
    </message>
    <message>
        <source>INAMI/RIZIV number (Belgium, 11 digits).</source>
        <translation>RIZIV-nummer (België, 11 cijfers).</translation>
    </message>
    <message>
        <source>Colour in the agenda, #rrggbb.</source>
        <translation>Kleur in de agenda, #rrggbb.</translation>
    </message>
    <message>
        <source>A site&apos;s ID; repeat for several, the first is the main one.</source>
        <translation>De ID van een vestiging; herhaal voor meerdere, de eerste is de hoofdvestiging.</translation>
    </message>
    <message>
        <source>Online cancellation closes this many hours before.</source>
        <translation>Online annuleren sluit zoveel uur vooraf.</translation>
    </message>
    <message>
        <source>The same in days.</source>
        <translation>Hetzelfde in dagen.</translation>
    </message>
    <message>
        <source>Online booking window, days ahead (0: no limit).</source>
        <translation>Online boeken tot zoveel dagen vooraf (0: geen grens).</translation>
    </message>
    <message>
        <source>Minimum notice for online bookings, hours.</source>
        <translation>Minimale termijn voor online boekingen, in uren.</translation>
    </message>
    <message>
        <source>A last visit older than this means a phone booking (0: never).</source>
        <translation>Een laatste bezoek dat ouder is, vereist telefonisch boeken (0: nooit).</translation>
    </message>
    <message>
        <source>New patients online: yes or no.</source>
        <translation>Nieuwe patiënten online: yes of no.</translation>
    </message>
    <message>
        <source>Reminders and notices: yes or no.</source>
        <translation>Herinneringen en berichten: yes of no.</translation>
    </message>
    <message>
        <source>Give --rpps (France) or --inami (Belgium), not both.</source>
        <translation>Geef --rpps (Frankrijk) of --inami (België), niet beide.</translation>
    </message>
    <message>
        <source>This practitioner&apos;s site is in Belgium: give the INAMI number with --inami.</source>
        <translation>De vestiging van deze zorgverlener ligt in België: geef het RIZIV-nummer met --inami.</translation>
    </message>
    <message>
        <source>This practitioner&apos;s site is in France: give the RPPS number with --rpps.</source>
        <translation>De vestiging van deze zorgverlener ligt in Frankrijk: geef het RPPS-nummer met --rpps.</translation>
    </message>
    <message numerus="yes">
        <source>%n booked appointment(s) ahead stay in the agenda: move or cancel them.</source>
        <translation>
            <numerusform>%n geboekte afspraak blijft in de agenda: verplaats of annuleer ze.</numerusform>
            <numerusform>%n geboekte afspraken blijven in de agenda: verplaats of annuleer ze.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also the deactivated ones.</source>
        <translation>Ook de gedeactiveerde.</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>gedeactiveerd</translation>
    </message>
    <message>
        <source>The practitioner&apos;s ID; repeat to add the reason to several.</source>
        <translation>De ID van de zorgverlener; herhaal om de reden aan meerdere toe te voegen.</translation>
    </message>
    <message>
        <source>What patients read.</source>
        <translation>Wat patiënten lezen.</translation>
    </message>
    <message>
        <source>Minutes.</source>
        <translation>Minuten.</translation>
    </message>
    <message>
        <source>online, phone-only or desk-only.</source>
        <translation>online, phone-only of desk-only.</translation>
    </message>
    <message>
        <source>Phone-only: the number patients must call (default the site&apos;s).</source>
        <translation>Alleen telefonisch: het nummer dat patiënten moeten bellen (standaard dat van de vestiging).</translation>
    </message>
    <message>
        <source>A video consultation: yes or no.</source>
        <translation>Een videoconsultatie: yes of no.</translation>
    </message>
    <message>
        <source>Minimum age in years (0: none).</source>
        <translation>Minimumleeftijd in jaren (0: geen).</translation>
    </message>
    <message>
        <source>Maximum age in years (0: none).</source>
        <translation>Maximumleeftijd in jaren (0: geen).</translation>
    </message>
    <message>
        <source>A last visit older than this means a phone booking (0: the practitioner&apos;s rule).</source>
        <translation>Een laatste bezoek dat ouder is, vereist telefonisch boeken (0: de regel van de zorgverlener).</translation>
    </message>
    <message>
        <source>The minimum spacing rule applies: yes or no.</source>
        <translation>De regel van minimale tussenruimte geldt: yes of no.</translation>
    </message>
    <message>
        <source>For the patient, sent with the confirmation.</source>
        <translation>Voor de patiënt, meegestuurd met de bevestiging.</translation>
    </message>
    <message>
        <source>--booking takes online, phone-only or desk-only, not &quot;%1&quot;.</source>
        <translation>--booking verwacht online, phone-only of desk-only, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A visit reason belongs to one practitioner: give one --practitioner to move it.</source>
        <translation>Een reden van bezoek hoort bij één zorgverlener: geef één --practitioner om ze te verplaatsen.</translation>
    </message>
    <message>
        <source>desk only</source>
        <translation>alleen aan het onthaal</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Vestiging</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Usage: site add|edit ID|list [--name --address --postcode --city --country --phone --time-zone --access-info]</source>
        <translation>Gebruik: site add|edit ID|list [--name --address --postcode --city --country --phone --time-zone --access-info]</translation>
    </message>
    <message>
        <source>Usage: practitioner add|edit ID|deactivate ID|activate ID|list [--all]</source>
        <translation>Gebruik: practitioner add|edit ID|deactivate ID|activate ID|list [--all]</translation>
    </message>
    <message>
        <source>Usage: motif add|edit ID|deactivate ID|activate ID|list [--practitioner ID]</source>
        <translation>Gebruik: motif add|edit ID|deactivate ID|activate ID|list [--practitioner ID]</translation>
    </message>
    <message>
        <source>Usage: audit list [--from DATE] [--to DATE] [--user LOGIN] [--patient ID] [--kind ACTION] [--limit N] [--csv FILE]</source>
        <translation>Gebruik: audit list [--from DATUM] [--to DATUM] [--user LOGIN] [--patient ID] [--kind HANDELING] [--limit N] [--csv BESTAND]</translation>
    </message>
    <message>
        <source>First day (site time).</source>
        <translation>Eerste dag (tijd van de vestiging).</translation>
    </message>
    <message>
        <source>Acts of this login.</source>
        <translation>Handelingen van deze login.</translation>
    </message>
    <message>
        <source>Acts on this patient.</source>
        <translation>Handelingen over deze patiënt.</translation>
    </message>
    <message>
        <source>An action (user.create) or its family (user).</source>
        <translation>Een handeling (user.create) of haar familie (user).</translation>
    </message>
    <message>
        <source>At most this many, newest first (default 5000).</source>
        <translation>Ten hoogste zoveel, nieuwste eerst (standaard 5000).</translation>
    </message>
    <message>
        <source>Write them to this CSV file instead.</source>
        <translation>Schrijf ze in plaats daarvan naar dit CSV-bestand.</translation>
    </message>
    <message>
        <source>--%1 is a date such as 2026-11-23.</source>
        <translation>--%1 is een datum zoals 2026-11-23.</translation>
    </message>
    <message numerus="yes">
        <source>%n act(s) written.</source>
        <translation>
            <numerusform>%n handeling geschreven.</numerusform>
            <numerusform>%n handelingen geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>The range, such as 08:30-12:30.</source>
        <translation>Het tijdvak, bijvoorbeeld 08:30-12:30.</translation>
    </message>
    <message>
        <source>A visit reason it offers; repeat; none: every reason.</source>
        <translation>Een reden van bezoek die het aanbiedt; herhaal; geen: alle redenen.</translation>
    </message>
    <message>
        <source>Usage: hours reasons --practitioner ID --weekday N --range 08:30-12:30 [--motif ID ...]</source>
        <translation>Gebruik: hours reasons --practitioner ID --weekday N --range 08:30-12:30 [--motif ID ...]</translation>
    </message>
    <message>
        <source>--range is one range, such as 08:30-12:30.</source>
        <translation>--range is één tijdvak, bijvoorbeeld 08:30-12:30.</translation>
    </message>
    <message>
        <source>Usage: hours show|set|reasons|exception|remove-exception ...</source>
        <translation>Gebruik: hours show|set|reasons|exception|remove-exception ...</translation>
    </message>
    <message>
        <source>Stay connected until stopped (SIGTERM, Ctrl+C): push every change at once, receive the central agenda&apos;s changes as they happen; one JSON line per event.</source>
        <translation>Verbonden blijven tot het stopt (SIGTERM, Ctrl+C): elke wijziging meteen versturen, die van de centrale agenda ontvangen zodra ze gebeuren; één JSON-regel per gebeurtenis.</translation>
    </message>
    <message>
        <source>Usage: sync --once|--live [--page-size N]</source>
        <translation>Gebruik: sync --once|--live [--page-size N]</translation>
    </message>
    <message>
        <source>Usage: vault export-key FILE | vault import-key FILE (the passphrase on standard input)</source>
        <translation>Gebruik: vault export-key BESTAND | vault import-key BESTAND (de wachtzin op de standaardinvoer)</translation>
    </message>
    <message>
        <source>The vault&apos;s key is sealed in %1: keep it apart from the backups.</source>
        <translation>De sleutel van de kluis is verzegeld in %1: bewaar ze apart van de back-ups.</translation>
    </message>
    <message>
        <source>The vault&apos;s key is in this computer&apos;s keychain: the documents read here.</source>
        <translation>De sleutel van de kluis zit in de sleutelhanger van deze computer: de documenten zijn hier leesbaar.</translation>
    </message>
    <message>
        <source>Usage: user disable|enable|passwd LOGIN, user role LOGIN ROLE [--practitioner ID], user rename LOGIN &quot;FULL NAME&quot;</source>
        <translation>Gebruik: user disable|enable|passwd LOGIN, user role LOGIN ROL [--practitioner ID], user rename LOGIN &quot;VOLLEDIGE NAAM&quot;</translation>
    </message>
    <message>
        <source>The desk&apos;s OAuth2 client identifier on that server (sign-in in the browser).</source>
        <translation>De OAuth2-clientidentificatie van deze post op die server (aanmelden in de browser).</translation>
    </message>
    <message>
        <source>Usage: server set URL [--account NAME] [--oauth-client ID] | server show</source>
        <translation>Gebruik: server set URL [--account NAAM] [--oauth-client ID] | server show</translation>
    </message>
    <message>
        <source>Read a bearer token from standard input (servers without OAuth2).</source>
        <translation>Een toegangstoken lezen van de standaardinvoer (servers zonder OAuth2).</translation>
    </message>
    <message>
        <source>Sign in as this OAuth2 client (client credentials).</source>
        <translation>Aanmelden als deze OAuth2-client (clientgegevens).</translation>
    </message>
    <message>
        <source>Read the OAuth2 client secret from standard input.</source>
        <translation>Het OAuth2-clientgeheim lezen van de standaardinvoer.</translation>
    </message>
    <message>
        <source>Usage: login --client-id ID --client-secret-stdin | login --token-stdin (secrets are read from standard input, never given on the command line)</source>
        <translation>Gebruik: login --client-id ID --client-secret-stdin | login --token-stdin (geheimen worden van de standaardinvoer gelezen, nooit op de opdrachtregel gegeven)</translation>
    </message>
    <message>
        <source>Signed in: the tokens are in the system keychain.</source>
        <translation>Aangemeld: de tokens staan in de sleutelhanger van het systeem.</translation>
    </message>
    <message>
        <source>Signed out: the central agenda revoked the tokens and they were removed from the system keychain.</source>
        <translation>Afgemeld: de centrale agenda heeft de tokens ingetrokken en ze zijn uit de sleutelhanger van het systeem verwijderd.</translation>
    </message>
    <message>
        <source>Signed out here, but the central agenda could not be told: ask its administrator to withdraw this desk&apos;s access.</source>
        <translation>Hier afgemeld, maar de centrale agenda kon niet worden verwittigd: vraag de beheerder ervan de toegang van deze post in te trekken.</translation>
    </message>
    <message>
        <source>%1 rows: %2 imported (%3 incomplete identities to complete: patient incomplete), %4 already imported before, %5 unreadable; %6 problem(s) reported.</source>
        <translation>%1 rijen: %2 geïmporteerd (%3 onvolledige identiteiten aan te vullen: patient incomplete), %4 eerder al geïmporteerd, %5 onleesbaar; %6 probleem/problemen gemeld.</translation>
    </message>
    <message>
        <source>At most N records (default 1000).</source>
        <translation>Hoogstens N dossiers (standaard 1000).</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>twijfelachtig</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>externe id</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ontbrekend</translation>
    </message>
    <message>
        <source>Read the Belgian eID in the reader and compare it.</source>
        <translation>De Belgische eID in de lezer lezen en vergelijken.</translation>
    </message>
    <message>
        <source>The card reader (default: the first with a card).</source>
        <translation>De kaartlezer (standaard: de eerste met een kaart).</translation>
    </message>
    <message>
        <source>Usage: patient check-identity ID --document KIND | --eid [--reader NAME]</source>
        <translation>Gebruik: patient check-identity ID --document SOORT | --eid [--reader NAAM]</translation>
    </message>
    <message>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <source>Usage: eid read [--reader NAME]</source>
        <translation>Gebruik: eid read [--reader NAAM]</translation>
    </message>
    <message>
        <source>A series: again every N days.</source>
        <translation>Een reeks: opnieuw om de N dagen.</translation>
    </message>
    <message>
        <source>A series: again every N weeks.</source>
        <translation>Een reeks: opnieuw om de N weken.</translation>
    </message>
    <message>
        <source>A series of this many appointments.</source>
        <translation>Een reeks van zoveel afspraken.</translation>
    </message>
    <message>
        <source>A series up to this day, included.</source>
        <translation>Een reeks tot en met deze dag.</translation>
    </message>
    <message>
        <source>--%1 is a whole number from 1.</source>
        <translation>--%1 is een geheel getal vanaf 1.</translation>
    </message>
    <message>
        <source>--until is a date such as 2027-03-31.</source>
        <translation>--until is een datum zoals 2027-03-31.</translation>
    </message>
    <message>
        <source>Usage: appointment list|search|book|show|move|arrive|start|finish|cancel|reinstate|no-show|undo-no-show|change-patient|set-motif|note|entered-in-error|cancel-series|move-series ...</source>
        <translation>Gebruik: appointment list|search|book|show|move|arrive|start|finish|cancel|reinstate|no-show|undo-no-show|change-patient|set-motif|note|entered-in-error|cancel-series|move-series ...</translation>
    </message>
    <message>
        <source>morning or afternoon.</source>
        <translation>morning (voormiddag) of afternoon (namiddag).</translation>
    </message>
    <message>
        <source>Only these weekdays, 1 (Monday) to 7 (repeatable).</source>
        <translation>Alleen deze weekdagen, 1 (maandag) tot 7 (herhaalbaar).</translation>
    </message>
    <message>
        <source>Every practitioner of this specialty (--motif: an ID or the visit reason&apos;s name).</source>
        <translation>Alle zorgverleners van dit specialisme (--motif: een ID of de naam van de reden).</translation>
    </message>
    <message>
        <source>Skip this many slots first (paging).</source>
        <translation>Eerst zoveel tijdstippen overslaan (paginering).</translation>
    </message>
    <message>
        <source>Usage: slots --practitioner ID|--specialty S --motif ID [--from DATE] [--to DATE] [--half morning|afternoon] [--weekday 1..7] [--count N] [--offset N]</source>
        <translation>Gebruik: slots --practitioner ID|--specialty S --motif ID [--from DATE] [--to DATE] [--half morning|afternoon] [--weekday 1..7] [--count N] [--offset N]</translation>
    </message>
    <message>
        <source>--from and --to are dates such as 2026-11-23; --count is between 1 and 1000, --offset between 0 and 10000.</source>
        <translation>--from en --to zijn datums zoals 2026-11-23; --count ligt tussen 1 en 1000, --offset tussen 0 en 10000.</translation>
    </message>
    <message>
        <source>--half is morning or afternoon.</source>
        <translation>--half is morning of afternoon.</translation>
    </message>
    <message>
        <source>The right patient&apos;s ID.</source>
        <translation>Het ID van de juiste patiënt.</translation>
    </message>
    <message>
        <source>The note (empty removes it).</source>
        <translation>De notitie (leeg: verwijdert ze).</translation>
    </message>
    <message>
        <source>Usage: appointment change-patient ID --patient P --reason T | set-motif ID --motif M | note ID --text T | entered-in-error ID --reason T</source>
        <translation>Gebruik: appointment change-patient ID --patient P --reason T | set-motif ID --motif M | note ID --text T | entered-in-error ID --reason T</translation>
    </message>
    <message numerus="yes">
        <source>Series %1: %n appointment(s) booked</source>
        <translation>
            <numerusform>Reeks %1: %n afspraak geboekt</numerusform>
            <numerusform>Reeks %1: %n afspraken geboekt</numerusform>
        </translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>nearest free: %1</source>
        <translation>dichtstbijzijnde vrije: %1</translation>
    </message>
    <message>
        <source>This appointment&apos;s new start; the later ones move by as much.</source>
        <translation>Het nieuwe begin van deze afspraak; de volgende schuiven evenveel op.</translation>
    </message>
    <message>
        <source>Series stopped</source>
        <translation>Reeks stopgezet</translation>
    </message>
    <message>
        <source>Usage: appointment move-series ID --start TIME</source>
        <translation>Gebruik: appointment move-series ID --start TIJD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time such as 2026-11-23T09:30.</source>
        <translation>&quot;%1&quot; is geen datum en uur zoals 2026-11-23T09:30.</translation>
    </message>
    <message>
        <source>From (a date means midnight, site time).</source>
        <translation>Vanaf (een datum betekent middernacht, tijd van de vestiging).</translation>
    </message>
    <message>
        <source>Before (a date means midnight, site time).</source>
        <translation>Vóór (een datum betekent middernacht, tijd van de vestiging).</translation>
    </message>
    <message>
        <source>booked, arrived, cancelled, noshow, ... (repeatable).</source>
        <translation>booked, arrived, cancelled, noshow, ... (herhaalbaar).</translation>
    </message>
    <message>
        <source>At most this many (default 500).</source>
        <translation>Hoogstens zoveel (standaard 500).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or a date and time such as 2026-11-23T09:30.</source>
        <translation>&quot;%1&quot; is geen datum of datum en uur zoals 2026-11-23T09:30.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Onbekende status &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--limit is between 1 and 100000.</source>
        <translation>--limit ligt tussen 1 en 100000.</translation>
    </message>
    <message>
        <source>How late, in minutes.</source>
        <translation>De vertraging, in minuten.</translation>
    </message>
    <message>
        <source>The day (default today).</source>
        <translation>De dag (standaard vandaag).</translation>
    </message>
    <message>
        <source>Show the messages without sending them.</source>
        <translation>De berichten tonen zonder ze te verzenden.</translation>
    </message>
    <message>
        <source>The message.</source>
        <translation>Het bericht.</translation>
    </message>
    <message>
        <source>sms or email (default: SMS to a mobile, else e-mail).</source>
        <translation>sms of email (standaard: sms naar een gsm, anders e-mail).</translation>
    </message>
    <message>
        <source>The appointment it is about.</source>
        <translation>De betrokken afspraak.</translation>
    </message>
    <message>
        <source>Usage: message late --practitioner P --minutes N [--date D] [--preview] | message send --patient P --text T [--channel sms|email] [--appointment A]</source>
        <translation>Gebruik: message late --practitioner P --minutes N [--date D] [--preview] | message send --patient P --text T [--channel sms|email] [--appointment A]</translation>
    </message>
    <message>
        <source>Usage: message send --patient P --text T [--channel sms|email] [--appointment A]</source>
        <translation>Gebruik: message send --patient P --text T [--channel sms|email] [--appointment A]</translation>
    </message>
    <message>
        <source>Usage: message late --practitioner P --minutes N [--date D] [--preview]</source>
        <translation>Gebruik: message late --practitioner P --minutes N [--date D] [--preview]</translation>
    </message>
    <message>
        <source>--minutes is a number of minutes.</source>
        <translation>--minutes is een aantal minuten.</translation>
    </message>
    <message>
        <source>--date is a date such as 2026-11-23.</source>
        <translation>--date is een datum zoals 2026-11-23.</translation>
    </message>
    <message>
        <source>no mobile nor e-mail: phone them</source>
        <translation>geen gsm of e-mail: opbellen</translation>
    </message>
    <message>
        <source>The account holder&apos;s ID.</source>
        <translation>Het ID van de accounthouder.</translation>
    </message>
    <message>
        <source>Usage: patient link ID --holder H [--relationship child|spouse|parent|other]</source>
        <translation>Gebruik: patient link ID --holder H [--relationship child|spouse|parent|other]</translation>
    </message>
    <message>
        <source>warning: %1 has no mobile and no e-mail of their own: no message will reach them.</source>
        <translation>let op: %1 heeft geen eigen gsm of e-mail: geen enkel bericht zal hem of haar bereiken.</translation>
    </message>
    <message>
        <source>own account holder</source>
        <translation>eigen accounthouder</translation>
    </message>
    <message>
        <source>relative of %1</source>
        <translation>familielid van %1</translation>
    </message>
    <message>
        <source>Book over a taken slot, or keep two appointments closer than the spacing rule, for this reason (desk only).</source>
        <translation>Boeken op een bezet tijdstip, of twee afspraken dichter dan de spreidingsregel behouden, om deze reden (enkel onthaal).</translation>
    </message>
    <message>
        <source>Sign in first: give --user LOGIN (or GUICHET_USER) and the password on standard input with --password-stdin, or in the file named by GUICHET_PASSWORD_FILE.</source>
        <translation>Meld u eerst aan: geef --user LOGIN (of GUICHET_USER) en het wachtwoord op standaardinvoer met --password-stdin, of in het bestand genoemd door GUICHET_PASSWORD_FILE.</translation>
    </message>
    <message>
        <source>The password file &quot;%1&quot; (GUICHET_PASSWORD_FILE) does not exist.</source>
        <translation>Het wachtwoordbestand „%1” (GUICHET_PASSWORD_FILE) bestaat niet.</translation>
    </message>
    <message>
        <source>The password file &quot;%1&quot; can be read by other accounts of this computer: make it readable by its owner only (chmod 600).</source>
        <translation>Het wachtwoordbestand „%1” is leesbaar voor andere accounts van deze computer: maak het alleen leesbaar voor de eigenaar (chmod 600).</translation>
    </message>
    <message>
        <source>The password file &quot;%1&quot; cannot be read: %2</source>
        <translation>Het wachtwoordbestand „%1” kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>--now (or GUICHET_NOW) moves the clock of the rules: it is accepted only on a demo clinic or on a database created for tests (init --test), not on a practice&apos;s database.</source>
        <translation>--now (of GUICHET_NOW) verzet de klok van de regels: alleen toegestaan op een demopraktijk of een testdatabase (init --test), niet op de database van een praktijk.</translation>
    </message>
    <message>
        <source>Creates a new database with its first administrator (password on standard input).</source>
        <translation>Maakt een nieuwe database met haar eerste beheerder (wachtwoord op standaardinvoer).</translation>
    </message>
    <message>
        <source>The practice&apos;s sites.</source>
        <translation>De vestigingen van de praktijk.</translation>
    </message>
    <message>
        <source>The practitioners and their online rules.</source>
        <translation>De zorgverleners en hun onlineregels.</translation>
    </message>
    <message>
        <source>Visit reasons.</source>
        <translation>Consultatieredenen.</translation>
    </message>
    <message>
        <source>A practitioner&apos;s usual week and its exceptions.</source>
        <translation>De gewone week van een zorgverlener en de uitzonderingen.</translation>
    </message>
    <message>
        <source>Absences, and the booked patients they affect.</source>
        <translation>Afwezigheden, en de patiënten met een afspraak die ze raken.</translation>
    </message>
    <message>
        <source>Patient records.</source>
        <translation>Patiëntendossiers.</translation>
    </message>
    <message>
        <source>Reads a Belgian eID card.</source>
        <translation>Leest een Belgische eID-kaart.</translation>
    </message>
    <message>
        <source>Appointments.</source>
        <translation>Afspraken.</translation>
    </message>
    <message>
        <source>Free slots.</source>
        <translation>Vrije tijdstippen.</translation>
    </message>
    <message>
        <source>Messages now: running late, a free message to a patient.</source>
        <translation>Berichten nu: vertraging, een vrij bericht aan een patiënt.</translation>
    </message>
    <message>
        <source>No-shows and online-booking blocks.</source>
        <translation>Niet-nagekomen afspraken en blokkeringen van online boeken.</translation>
    </message>
    <message>
        <source>No-show and late-cancellation statistics.</source>
        <translation>Statistieken van niet-nagekomen afspraken en late annuleringen.</translation>
    </message>
    <message>
        <source>The waiting list.</source>
        <translation>De wachtlijst.</translation>
    </message>
    <message>
        <source>Planned messages and their templates.</source>
        <translation>Geplande berichten en hun sjablonen.</translation>
    </message>
    <message>
        <source>Patients&apos; documents.</source>
        <translation>Documenten van patiënten.</translation>
    </message>
    <message>
        <source>The documents&apos; key, saved or brought back.</source>
        <translation>De sleutel van de documenten, bewaard of teruggezet.</translation>
    </message>
    <message>
        <source>A practitioner&apos;s agenda as iCalendar.</source>
        <translation>De agenda van een zorgverlener als iCalendar.</translation>
    </message>
    <message>
        <source>Imports patients from a CSV file.</source>
        <translation>Importeert patiënten uit een CSV-bestand.</translation>
    </message>
    <message>
        <source>Writes every patient to a CSV file (administrators; audited).</source>
        <translation>Schrijft alle patiënten naar een CSV-bestand (beheerders; in het auditlogboek).</translation>
    </message>
    <message>
        <source>Likely duplicate patient records.</source>
        <translation>Waarschijnlijke dubbele patiëntendossiers.</translation>
    </message>
    <message>
        <source>Merges two patient records.</source>
        <translation>Voegt twee patiëntendossiers samen.</translation>
    </message>
    <message>
        <source>Undoes a merge.</source>
        <translation>Maakt een samenvoeging ongedaan.</translation>
    </message>
    <message>
        <source>The merges made.</source>
        <translation>De gemaakte samenvoegingen.</translation>
    </message>
    <message>
        <source>Records that two records are different people.</source>
        <translation>Noteert dat twee dossiers verschillende personen zijn.</translation>
    </message>
    <message>
        <source>Users and their roles.</source>
        <translation>Gebruikers en hun rollen.</translation>
    </message>
    <message>
        <source>The audit log (administrators).</source>
        <translation>Het auditlogboek (beheerders).</translation>
    </message>
    <message>
        <source>The practice&apos;s rules.</source>
        <translation>De regels van de praktijk.</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database.</source>
        <translation>Schrijft een consistente kopie van de database.</translation>
    </message>
    <message>
        <source>Replaces the database by a backup.</source>
        <translation>Vervangt de database door een back-up.</translation>
    </message>
    <message>
        <source>The central agenda&apos;s address (administrators; audited).</source>
        <translation>Het adres van de centrale agenda (beheerders; in het auditlogboek).</translation>
    </message>
    <message>
        <source>Signs this desk in to the central agenda.</source>
        <translation>Meldt deze balie aan bij de centrale agenda.</translation>
    </message>
    <message>
        <source>Signs this desk out of the central agenda.</source>
        <translation>Meldt deze balie af bij de centrale agenda.</translation>
    </message>
    <message>
        <source>Synchronises with the central agenda.</source>
        <translation>Synchroniseert met de centrale agenda.</translation>
    </message>
    <message>
        <source>Changes made on both sides, to settle.</source>
        <translation>Wijzigingen aan beide kanten, te beslechten.</translation>
    </message>
    <message>
        <source>Fix the clock of the rules (ISO 8601; or GUICHET_NOW): demo and test databases only. Audit times always follow the real clock.</source>
        <translation>Zet de klok van de regels vast (ISO 8601; of GUICHET_NOW): alleen demo- en testdatabases. Tijden in het auditlogboek volgen altijd de echte klok.</translation>
    </message>
    <message>
        <source>Sign in as this Guichet user (or GUICHET_USER).</source>
        <translation>Aanmelden als deze Guichet-gebruiker (of GUICHET_USER).</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input (otherwise from the owner-only file named by GUICHET_PASSWORD_FILE).</source>
        <translation>Lees het wachtwoord van de eerste regel van standaardinvoer (anders uit het alleen voor de eigenaar leesbare bestand genoemd door GUICHET_PASSWORD_FILE).</translation>
    </message>
    <message>
        <source>One of the commands below; COMMAND --help tells more.</source>
        <translation>Een van de opdrachten hieronder; OPDRACHT --help vertelt meer.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>Every command but init and demo needs a signed-in user: --user LOGIN (or GUICHET_USER) and --password-stdin, or GUICHET_PASSWORD_FILE.</source>
        <translation>Elke opdracht behalve init en demo vraagt een aangemelde gebruiker: --user LOGIN (of GUICHET_USER) en --password-stdin, of GUICHET_PASSWORD_FILE.</translation>
    </message>
    <message>
        <source>Usage: guichet-cli [--db PATH] [--user LOGIN --password-stdin] %1</source>
        <translation>Gebruik: guichet-cli [--db PAD] [--user LOGIN --password-stdin] %1</translation>
    </message>
    <message>
        <source>Creates a new database with its first administrator; the password is read from standard input.</source>
        <translation>Maakt een nieuwe database met haar eerste beheerder; het wachtwoord wordt van standaardinvoer gelezen.</translation>
    </message>
    <message>
        <source>The first administrator&apos;s login.</source>
        <translation>De login van de eerste beheerder.</translation>
    </message>
    <message>
        <source>The administrator&apos;s full name (default: the login).</source>
        <translation>De volledige naam van de beheerder (standaard: de login).</translation>
    </message>
    <message>
        <source>A database for tests, marked so for good: it accepts --now and the desktop&apos;s title says so.</source>
        <translation>Een testdatabase, voorgoed zo gemarkeerd: ze aanvaardt --now en de titel van het programma zegt het.</translation>
    </message>
    <message>
        <source>Usage: init --admin LOGIN [--name NAME] [--test] (password on standard input)</source>
        <translation>Gebruik: init --admin LOGIN [--name NAAM] [--test] (wachtwoord op standaardinvoer)</translation>
    </message>
    <message>
        <source>--now is accepted only on a database created for tests (init --test) or a demo clinic.</source>
        <translation>--now is alleen toegestaan op een testdatabase (init --test) of een demopraktijk.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has users: sign in as one of its administrators to add others (user add).</source>
        <translation>„%1” heeft al gebruikers: meld u aan als een van de beheerders om er andere toe te voegen (user add).</translation>
    </message>
    <message>
        <source>Database created in %1; administrator: %2.</source>
        <translation>Database aangemaakt in %1; beheerder: %2.</translation>
    </message>
    <message>
        <source>No user &quot;%1&quot;.</source>
        <translation>Geen gebruiker „%1”.</translation>
    </message>
    <message>
        <source>Nothing to list; settle ID to settle one.</source>
        <translation>Zonder argument: de lijst; settle ID om er één af te handelen.</translation>
    </message>
    <message>
        <source>Settled items too.</source>
        <translation>Ook de afgehandelde items.</translation>
    </message>
    <message>
        <source>Keep the appointment despite the rule (with --reason).</source>
        <translation>De afspraak behouden ondanks de regel (met --reason).</translation>
    </message>
    <message>
        <source>Cancel the appointment; the patient is sent the cancellation message (with --reason).</source>
        <translation>De afspraak annuleren; de patiënt krijgt het annuleringsbericht (met --reason).</translation>
    </message>
    <message>
        <source>The patient was called; --reason says what was agreed.</source>
        <translation>De patiënt werd gebeld; --reason zegt wat werd afgesproken.</translation>
    </message>
    <message>
        <source>Usage: sync review [--all] | sync review settle ID --keep|--cancel|--called [--reason TEXT]</source>
        <translation>Gebruik: sync review [--all] | sync review settle ID --keep|--cancel|--called [--reason TEKST]</translation>
    </message>
    <message>
        <source>Settled: %1.</source>
        <translation>Afgehandeld: %1.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>pushed %1, pulled %2, conflicts %3, to check %4, pending %5, parked %6</source>
        <translation>verzonden %1, ontvangen %2, conflicten %3, na te kijken %4, wachtend %5, geparkeerd %6</translation>
    </message>
    <message>
        <source>A visit at the patient&apos;s home: yes or no.</source>
        <translation>Een bezoek bij de patiënt thuis: yes of no.</translation>
    </message>
    <message>
        <source>The scheduled backups: their folder (administrators, audited) and where they stand.</source>
        <translation>De automatische back-ups: hun map (beheerders, in het auditlogboek) en hun stand.</translation>
    </message>
    <message>
        <source>The backup folder (full path); &quot;&quot; stops them.</source>
        <translation>De back-upmap (volledig pad); &quot;&quot; stopt ze.</translation>
    </message>
    <message>
        <source>Usage: backup schedule [--folder FOLDER]</source>
        <translation>Gebruik: backup schedule [--folder MAP]</translation>
    </message>
    <message>
        <source>No scheduled backup (no folder set).</source>
        <translation>Geen automatische back-up (geen map ingesteld).</translation>
    </message>
    <message>
        <source>Every day after %1:00 into %2; %3 daily and %4 weekly kept.</source>
        <translation>Elke dag na %1:00 in %2; %3 dagelijkse en %4 wekelijkse bewaard.</translation>
    </message>
    <message>
        <source>Last good backup: %1 (%2).</source>
        <translation>Laatste volledige back-up: %1 (%2).</translation>
    </message>
    <message>
        <source>No backup made yet.</source>
        <translation>Nog geen back-up gemaakt.</translation>
    </message>
    <message>
        <source>Warning: no backup for more than two days.</source>
        <translation>Opgelet: al meer dan twee dagen geen back-up.</translation>
    </message>
    <message>
        <source>withheld (practitioners only)</source>
        <translation>verborgen (enkel voor zorgverleners)</translation>
    </message>
    <message>
        <source>The new text (empty: none).</source>
        <translation>De nieuwe tekst (leeg: geen).</translation>
    </message>
    <message>
        <source>Usage: patient medication ID [--set TEXT]</source>
        <translation>Gebruik: patient medication ID [--set TEKST]</translation>
    </message>
    <message>
        <source>Usage: patient add|edit|check-identity|show|medication|list|search|incomplete|block|link|unlink ...</source>
        <translation>Gebruik: patient add|edit|check-identity|show|medication|list|search|incomplete|block|link|unlink ...</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>Clear the field</source>
        <translation>Het veld leegmaken</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No appointment has the identifier %1.</source>
        <translation>Geen afspraak heeft het ID %1.</translation>
    </message>
    <message>
        <source>The database could not be written or read (%1).</source>
        <translation>De databank kon niet gelezen of geschreven worden (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a database file.</source>
        <translation>„%1” is een map, geen databankbestand.</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; cannot be read: %2</source>
        <translation>Het databankbestand „%1” kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Guichet database (it is not an SQLite file). It was left untouched.</source>
        <translation>„%1” is geen Guichet-databank (het is geen SQLite-bestand). Het werd niet gewijzigd.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database of another program, not of Guichet. It was left untouched.</source>
        <translation>„%1” is een SQLite-databank van een ander programma, niet van Guichet. Ze werd niet gewijzigd.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Er werd geen databankbestand opgegeven.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; cannot be opened: %2</source>
        <translation>De databank „%1” kan niet geopend worden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a readable Guichet database: %2. It was left untouched.</source>
        <translation>„%1” is geen leesbare Guichet-databank: %2. Ze werd niet gewijzigd.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Guichet (schema %1; this version knows up to %2). Install the newer Guichet; the database was left untouched.</source>
        <translation>Deze databank werd geschreven door een nieuwere versie van Guichet (schema %1; deze versie kent tot %2). Installeer de nieuwere Guichet; de databank werd niet gewijzigd.</translation>
    </message>
    <message>
        <source>Row %1 of table %2 points to a missing row of %3.</source>
        <translation>Rij %1 van tabel %2 verwijst naar een ontbrekende rij van %3.</translation>
    </message>
    <message>
        <source>The patient search index does not match the patients: %1</source>
        <translation>De zoekindex van de patiënten komt niet overeen met de patiënten: %1</translation>
    </message>
    <message>
        <source>The schema version is %1 instead of %2.</source>
        <translation>De schemaversie is %1 in plaats van %2.</translation>
    </message>
    <message>
        <source>The patient %1 could not be written: %2</source>
        <translation>De patiënt %1 kon niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <source>No patient has the identifier %1.</source>
        <translation>Geen patiënt heeft het ID %1.</translation>
    </message>
    <message>
        <source>No site has the identifier %1.</source>
        <translation>Geen vestiging heeft het ID %1.</translation>
    </message>
    <message>
        <source>No practitioner has the identifier %1.</source>
        <translation>Geen zorgverlener heeft het ID %1.</translation>
    </message>
    <message>
        <source>No visit reason has the identifier %1.</source>
        <translation>Geen reden heeft het ID %1.</translation>
    </message>
    <message>
        <source>No user is called &quot;%1&quot;.</source>
        <translation>Geen gebruiker heet „%1”.</translation>
    </message>
    <message>
        <source>No opening exception has the identifier %1.</source>
        <translation>Geen uitzonderingsdag heeft de identificatie %1.</translation>
    </message>
    <message>
        <source>No notification request has the identifier %1.</source>
        <translation>Geen berichtaanvraag heeft het id %1.</translation>
    </message>
    <message>
        <source>No absence has the identifier %1.</source>
        <translation>Geen afwezigheid heeft de identificatie %1.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; cannot be created: %2</source>
        <translation>De database „%1” kan niet worden aangemaakt: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can be read by other accounts of this computer (mode %2); it should be 0600 (chmod 600).</source>
        <translation>„%1” is leesbaar voor andere accounts van deze computer (modus %2); het zou 0600 moeten zijn (chmod 600).</translation>
    </message>
    <message>
        <source>The permissions of &quot;%1&quot; could not be restricted to its owner.</source>
        <translation>De rechten van „%1” konden niet tot de eigenaar worden beperkt.</translation>
    </message>
    <message>
        <source>This Guichet does not know how to bring the database to schema %1; nothing was changed.</source>
        <translation>Deze Guichet weet niet hoe de database naar schema %1 te brengen; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>Guichet is waiting for the end of a large change (an import, or another desk&apos;s): nothing was written. Try again in a moment.</source>
        <translation>Guichet wacht op het einde van een grote wijziging (een import, of die van een andere balie): er werd niets geschreven. Probeer het zo meteen opnieuw.</translation>
    </message>
</context>
<context>
    <name>DemoClinic</name>
    <message>
        <source>The number of demo patients is between 1 and 5,000,000.</source>
        <translation>Het aantal demopatiënten ligt tussen 1 en 5.000.000.</translation>
    </message>
    <message>
        <source>The number of demo practitioners is between 1 and 60.</source>
        <translation>Het aantal demozorgverleners ligt tussen 1 en 60.</translation>
    </message>
    <message>
        <source>Parallel demo bookings are between 1 and 4.</source>
        <translation>Parallelle demoboekingen liggen tussen 1 en 4.</translation>
    </message>
    <message>
        <source>The number of demo weeks is between 0 and 520.</source>
        <translation>Het aantal demoweken ligt tussen 0 en 520.</translation>
    </message>
    <message>
        <source>This database already holds data; the demo clinic is created only in a new, empty database.</source>
        <translation>Deze databank bevat al gegevens; de demopraktijk wordt enkel in een nieuwe, lege databank aangemaakt.</translation>
    </message>
</context>
<context>
    <name>DeskMessages</name>
    <message>
        <source>Give the delay in minutes, from 5 to %1.</source>
        <translation>Geef de vertraging in minuten, van 5 tot %1.</translation>
    </message>
    <message>
        <source>Give the day of the delay.</source>
        <translation>Geef de dag van de vertraging.</translation>
    </message>
    <message>
        <source>Messages to patients are switched off for %1 (Administration, Messages).</source>
        <translation>Berichten aan patiënten staan uit voor %1 (Beheer, Berichten).</translation>
    </message>
    <message>
        <source>%1 minutes late, %2 patient(s) told</source>
        <translation>%1 minuten vertraging, %2 patiënt(en) verwittigd</translation>
    </message>
    <message>
        <source>The channel is sms or email.</source>
        <translation>Het kanaal is sms of email.</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Schrijf eerst het bericht.</translation>
    </message>
    <message>
        <source>This record is merged or the patient is deceased: no message.</source>
        <translation>Dit dossier is samengevoegd of de patiënt is overleden: geen bericht.</translation>
    </message>
    <message>
        <source>This appointment is not this patient&apos;s.</source>
        <translation>Deze afspraak is niet van deze patiënt.</translation>
    </message>
    <message>
        <source>Messages to patients are switched off for the practice (Administration, Messages).</source>
        <translation>Berichten aan patiënten staan uit voor de praktijk (Beheer, Berichten).</translation>
    </message>
    <message>
        <source>Nobody can receive this SMS: no mobile number, or SMS switched off for this patient.</source>
        <translation>Niemand kan deze sms ontvangen: geen gsm-nummer, of sms uitgeschakeld voor deze patiënt.</translation>
    </message>
    <message>
        <source>Nobody can receive this e-mail: no address, or e-mails switched off for this patient.</source>
        <translation>Niemand kan deze e-mail ontvangen: geen adres, of e-mails uitgeschakeld voor deze patiënt.</translation>
    </message>
    <message>
        <source>This patient can be reached neither by SMS nor by e-mail.</source>
        <translation>Deze patiënt is noch per sms noch per e-mail bereikbaar.</translation>
    </message>
    <message>
        <source>The message is too long: %1 characters at most.</source>
        <translation>Het bericht is te lang: hoogstens %1 tekens.</translation>
    </message>
</context>
<context>
    <name>DocumentVault</name>
    <message>
        <source>This database has no document vault yet.</source>
        <translation>Deze databank heeft nog geen documentenkluis.</translation>
    </message>
    <message>
        <source>The document vault&apos;s key in the system keychain is damaged.</source>
        <translation>De sleutel van de documentenkluis in de sleutelbos van het systeem is beschadigd.</translation>
    </message>
    <message>
        <source>The document vault&apos;s key is not in this computer&apos;s system keychain: the documents cannot be read here.</source>
        <translation>De sleutel van de documentenkluis zit niet in de sleutelbos van deze computer: de documenten kunnen hier niet gelezen worden.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>The file weighs %1 MB; documents are limited to 50 MB.</source>
        <translation>Het bestand weegt %1 MB; documenten zijn beperkt tot 50 MB.</translation>
    </message>
    <message>
        <source>The PDF is incomplete (cut short during a download or a copy?).</source>
        <translation>De PDF is onvolledig (afgebroken tijdens een download of een kopie?).</translation>
    </message>
    <message>
        <source>The PDF is damaged or protected by a password; it cannot be read.</source>
        <translation>De PDF is beschadigd of met een wachtwoord beveiligd; hij kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>The PNG image is incomplete (cut short during a download or a copy?).</source>
        <translation>De PNG-afbeelding is onvolledig (afgebroken tijdens een download of een kopie?).</translation>
    </message>
    <message>
        <source>The JPEG image is incomplete (cut short during a download or a copy?).</source>
        <translation>De JPEG-afbeelding is onvolledig (afgebroken tijdens een download of een kopie?).</translation>
    </message>
    <message>
        <source>The image is damaged; it cannot be read (%1).</source>
        <translation>De afbeelding is beschadigd; ze kan niet gelezen worden (%1).</translation>
    </message>
    <message>
        <source>Only PDF documents and JPEG or PNG images are accepted; this file is something else, whatever its name says.</source>
        <translation>Enkel PDF-documenten en JPEG- of PNG-afbeeldingen worden aanvaard; dit bestand is iets anders, wat de naam ook zegt.</translation>
    </message>
    <message>
        <source>The document type is prescription, report, administrative or other.</source>
        <translation>Het documenttype is prescription, report, administrative of other.</translation>
    </message>
    <message>
        <source>No appointment has the identifier %1.</source>
        <translation>Geen afspraak heeft de identificatie %1.</translation>
    </message>
    <message>
        <source>This appointment is another patient&apos;s.</source>
        <translation>Deze afspraak is van een andere patiënt.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist or is not a file.</source>
        <translation>Het bestand &quot;%1&quot; bestaat niet of is geen bestand.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>Het bestand &quot;%1&quot; kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>The encryption library cannot start.</source>
        <translation>De versleutelingsbibliotheek kan niet starten.</translation>
    </message>
    <message>
        <source>The document vault&apos;s folder cannot be made beside the database.</source>
        <translation>De map van de documentenkluis kan niet naast de databank gemaakt worden.</translation>
    </message>
    <message>
        <source>The document cannot be written into the vault: %1</source>
        <translation>Het document kan niet in de kluis geschreven worden: %1</translation>
    </message>
    <message>
        <source>No document has the identifier %1.</source>
        <translation>Geen document heeft de identificatie %1.</translation>
    </message>
    <message>
        <source>The document&apos;s file is missing from the vault.</source>
        <translation>Het bestand van het document ontbreekt in de kluis.</translation>
    </message>
    <message>
        <source>The document&apos;s file in the vault is damaged: it no longer matches what was stored.</source>
        <translation>Het bestand van het document in de kluis is beschadigd: het komt niet meer overeen met wat bewaard werd.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written: %2</source>
        <translation>&quot;%1&quot; kan niet geschreven worden: %2</translation>
    </message>
    <message>
        <source>The retention delay of documents is a whole number of months, at least 1.</source>
        <translation>De bewaartermijn van documenten is een geheel aantal maanden, minstens 1.</translation>
    </message>
    <message>
        <source>Document %1: its file is missing from the vault.</source>
        <translation>Document %1: het bestand ontbreekt in de kluis.</translation>
    </message>
    <message>
        <source>Document %1: its file does not decrypt to what was stored.</source>
        <translation>Document %1: het bestand ontsleutelt niet tot wat bewaard werd.</translation>
    </message>
    <message>
        <source>The patient added this document online: only the patient can remove it.</source>
        <translation>De patiënt voegde dit document online toe: enkel de patiënt kan het verwijderen.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Onvoldoende geheugen om de sleutel uit de wachtzin af te leiden.</translation>
    </message>
    <message>
        <source>The passphrase protecting the key has at least 12 characters.</source>
        <translation>De wachtzin die de sleutel beschermt, heeft minstens 12 tekens.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is not a key exported by Guichet, or it is damaged.</source>
        <translation>%1 is geen door Guichet geëxporteerde sleutel, of het is beschadigd.</translation>
    </message>
    <message>
        <source>This key belongs to another database: import it beside the backup it was exported with.</source>
        <translation>Deze sleutel hoort bij een andere databank: importeer ze bij de back-up waarmee ze werd geëxporteerd.</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the key file is damaged: nothing was changed.</source>
        <translation>Verkeerde wachtzin, of het sleutelbestand is beschadigd: er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>This key does not open the documents stored beside this database: nothing was changed.</source>
        <translation>Deze sleutel opent de documenten naast deze databank niet: er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain already holds another key for this database: nothing was changed.</source>
        <translation>De sleutelhanger van deze computer bevat al een andere sleutel voor deze databank: er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>contains JavaScript</source>
        <translation>bevat JavaScript</translation>
    </message>
    <message>
        <source>starts programs or sends data when opened or clicked</source>
        <translation>start programma’s of verstuurt gegevens bij openen of aanklikken</translation>
    </message>
    <message>
        <source>runs actions by itself (when opened, closed or printed)</source>
        <translation>voert zelf acties uit (bij openen, sluiten of afdrukken)</translation>
    </message>
    <message>
        <source>carries other files inside it</source>
        <translation>bevat andere bestanden</translation>
    </message>
    <message>
        <source>is an XFA form</source>
        <translation>is een XFA-formulier</translation>
    </message>
    <message>
        <source>carries rich media (video, Flash)</source>
        <translation>bevat rich media (video, Flash)</translation>
    </message>
    <message>
        <source>runs an action when it is opened</source>
        <translation>voert een actie uit bij het openen</translation>
    </message>
    <message>
        <source>is also a ZIP archive</source>
        <translation>is ook een ZIP-archief</translation>
    </message>
    <message>
        <source>is also a web page</source>
        <translation>is ook een webpagina</translation>
    </message>
    <message>
        <source>cannot be read to the end by a PDF library</source>
        <translation>kan niet tot het einde gelezen worden door een PDF-bibliotheek</translation>
    </message>
    <message>
        <source>This PDF cannot be kept: it %1. Ask for a plain PDF (printed again to PDF, or scanned).</source>
        <translation>Deze PDF kan niet bewaard worden: hij %1. Vraag een gewone PDF (opnieuw als PDF afgedrukt, of gescand).</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>Certain</source>
        <translation>Zeker</translation>
    </message>
    <message>
        <source>Probable</source>
        <translation>Waarschijnlijk</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Mogelijk</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Verschillend</translation>
    </message>
    <message>
        <source>same NISS</source>
        <translation>zelfde INSZ</translation>
    </message>
    <message>
        <source>same NIR</source>
        <translation>zelfde NIR</translation>
    </message>
    <message>
        <source>different NISS numbers</source>
        <translation>verschillende INSZ-nummers</translation>
    </message>
    <message>
        <source>different NIR numbers</source>
        <translation>verschillende NIR-nummers</translation>
    </message>
    <message>
        <source>different sexes</source>
        <translation>verschillend geslacht</translation>
    </message>
    <message>
        <source>same name and birth date but different first names: possible twins</source>
        <translation>zelfde naam en geboortedatum maar andere voornamen: mogelijk tweelingen</translation>
    </message>
    <message>
        <source>birth dates too far apart for a typo</source>
        <translation>geboortedata te ver uiteen voor een tikfout</translation>
    </message>
    <message>
        <source>a record is marked deceased, homonym or doubtful</source>
        <translation>een dossier is gemarkeerd als overleden, naamgenoot of twijfelachtig</translation>
    </message>
    <message>
        <source>same surname</source>
        <translation>zelfde naam</translation>
    </message>
    <message>
        <source>close surnames</source>
        <translation>gelijkende namen</translation>
    </message>
    <message>
        <source>same first names</source>
        <translation>zelfde voornamen</translation>
    </message>
    <message>
        <source>close first names</source>
        <translation>gelijkende voornamen</translation>
    </message>
    <message>
        <source>same birth date</source>
        <translation>zelfde geboortedatum</translation>
    </message>
    <message>
        <source>birth date with day and month swapped</source>
        <translation>geboortedatum met dag en maand omgewisseld</translation>
    </message>
    <message>
        <source>birth date one digit apart</source>
        <translation>geboortedatum op één cijfer na</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>zelfde telefoon</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>zelfde e-mail</translation>
    </message>
    <message>
        <source>different contact details</source>
        <translation>verschillende contactgegevens</translation>
    </message>
    <message>
        <source>first name and surname crossed</source>
        <translation>voornaam en familienaam verwisseld</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>zelfde adres</translation>
    </message>
    <message>
        <source>The patient records could not be read: %1</source>
        <translation>De patiëntendossiers konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>identical traits</source>
        <translation>identieke kenmerken</translation>
    </message>
    <message>
        <source>very close</source>
        <translation>zeer gelijkend</translation>
    </message>
    <message>
        <source>close</source>
        <translation>gelijkend</translation>
    </message>
    <message>
        <source>partly alike</source>
        <translation>deels gelijkend</translation>
    </message>
    <message>
        <source>The pairs marked as different people could not be read: %1</source>
        <translation>De paren gemarkeerd als verschillende personen konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>birth dates agree as far as they are known</source>
        <translation>geboortedata kloppen voor zover bekend</translation>
    </message>
</context>
<context>
    <name>EidIdentity</name>
    <message>
        <source>The card&apos;s data cannot be read (%1): nothing was taken from it.</source>
        <translation>De gegevens van de kaart zijn onleesbaar (%1): er werd niets van overgenomen.</translation>
    </message>
    <message>
        <source>field %1 of the identity file is missing</source>
        <translation>veld %1 van het identiteitsbestand ontbreekt</translation>
    </message>
    <message>
        <source>the card&apos;s end of validity is not a date</source>
        <translation>het einde van de geldigheid van de kaart is geen datum</translation>
    </message>
    <message>
        <source>the birth date &quot;%1&quot; is not a date</source>
        <translation>de geboortedatum &quot;%1&quot; is geen datum</translation>
    </message>
    <message>
        <source>the birth date is in the future</source>
        <translation>de geboortedatum ligt in de toekomst</translation>
    </message>
    <message>
        <source>the national number is not valid</source>
        <translation>het rijksregisternummer is niet geldig</translation>
    </message>
    <message>
        <source>a name or the address is longer than a card holds</source>
        <translation>een naam of het adres is langer dan een kaart kan bevatten</translation>
    </message>
    <message>
        <source>This eID card expired on %1: its data may be out of date. Ask for a valid card or another identity document.</source>
        <translation>Deze eID-kaart is vervallen op %1: de gegevens kunnen verouderd zijn. Vraag een geldige kaart of een ander identiteitsbewijs.</translation>
    </message>
</context>
<context>
    <name>EidReader</name>
    <message>
        <source>The smart card service is not running (pcscd on Linux): ask IT to start it.</source>
        <translation>De chipkaartdienst draait niet (pcscd onder Linux): vraag IT om hem te starten.</translation>
    </message>
    <message>
        <source>No card reader is connected: plug in the eID reader and try again.</source>
        <translation>Er is geen kaartlezer aangesloten: sluit de eID-lezer aan en probeer opnieuw.</translation>
    </message>
    <message>
        <source>There is no card in the reader: insert the eID card, chip first.</source>
        <translation>Er zit geen kaart in de lezer: steek de eID-kaart in, chip eerst.</translation>
    </message>
    <message>
        <source>The card does not answer: check that it is inserted chip first, then try again.</source>
        <translation>De kaart antwoordt niet: controleer of ze met de chip eerst is ingestoken en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The card reader failed (PC/SC error 0x%1).</source>
        <translation>De kaartlezer faalde (PC/SC-fout 0x%1).</translation>
    </message>
    <message>
        <source>The card was taken out while it was read: nothing was kept. Insert it again and try again.</source>
        <translation>De kaart werd tijdens het lezen verwijderd: er werd niets bewaard. Steek ze opnieuw in en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The card gave an answer too short to be read.</source>
        <translation>De kaart gaf een te kort antwoord om te lezen.</translation>
    </message>
    <message>
        <source>The card in the reader is not a Belgian eID (or its identity file cannot be opened).</source>
        <translation>De kaart in de lezer is geen Belgische eID (of het identiteitsbestand kan niet worden geopend).</translation>
    </message>
    <message>
        <source>The card refused to give its data (status %1).</source>
        <translation>De kaart weigerde haar gegevens te geven (status %1).</translation>
    </message>
    <message>
        <source>There is no card reader named &quot;%1&quot; (connected: %2).</source>
        <translation>Er is geen kaartlezer met de naam &quot;%1&quot; (aangesloten: %2).</translation>
    </message>
</context>
<context>
    <name>EidTlv</name>
    <message>
        <source>The card&apos;s file is larger than an eID&apos;s (%1 bytes).</source>
        <translation>Het bestand van de kaart is groter dan dat van een eID (%1 bytes).</translation>
    </message>
    <message>
        <source>the length of field %1 is cut short</source>
        <translation>de lengte van veld %1 is afgebroken</translation>
    </message>
    <message>
        <source>field %1 is longer than the file</source>
        <translation>veld %1 is langer dan het bestand</translation>
    </message>
    <message>
        <source>field %1 appears twice</source>
        <translation>veld %1 komt twee keer voor</translation>
    </message>
</context>
<context>
    <name>Email</name>
    <message>
        <source>The e-mail address is empty.</source>
        <translation>Het e-mailadres is leeg.</translation>
    </message>
    <message>
        <source>This e-mail address is too long.</source>
        <translation>Dit e-mailadres is te lang.</translation>
    </message>
    <message>
        <source>An e-mail address contains exactly one @, as in marie.dupont@example.fr.</source>
        <translation>Een e-mailadres bevat precies één @, zoals marie.dupont@example.be.</translation>
    </message>
    <message>
        <source>The part before the @ is missing.</source>
        <translation>Het deel vóór de @ ontbreekt.</translation>
    </message>
    <message>
        <source>The part before the @ is too long.</source>
        <translation>Het deel vóór de @ is te lang.</translation>
    </message>
    <message>
        <source>The part before the @ cannot start or end with a dot, nor contain two dots in a row.</source>
        <translation>Het deel vóór de @ mag niet met een punt beginnen of eindigen, noch twee punten na elkaar bevatten.</translation>
    </message>
    <message>
        <source>The part before the @ contains a character that is not allowed (&quot;%1&quot;).</source>
        <translation>Het deel vóór de @ bevat een niet-toegelaten teken („%1”).</translation>
    </message>
    <message>
        <source>The domain after the @ is missing.</source>
        <translation>Het domein na de @ ontbreekt.</translation>
    </message>
    <message>
        <source>The domain after the @ is not valid.</source>
        <translation>Het domein na de @ is niet geldig.</translation>
    </message>
    <message>
        <source>The domain after the @ needs a dot, as in example.fr.</source>
        <translation>Het domein na de @ heeft een punt nodig, zoals example.be.</translation>
    </message>
    <message>
        <source>The domain after the @ contains a character that is not allowed.</source>
        <translation>Het domein na de @ bevat een niet-toegelaten teken.</translation>
    </message>
    <message>
        <source>The domain after the @ does not end with a valid extension (.fr, .be, .com, ...).</source>
        <translation>Het domein na de @ eindigt niet op een geldige extensie (.be, .fr, .com, ...).</translation>
    </message>
</context>
<context>
    <name>FhirClient</name>
    <message>
        <source>refused a link to another server: %1</source>
        <translation>link naar een andere server geweigerd: %1</translation>
    </message>
    <message>
        <source>unreadable answer from the central agenda (HTTP %1): %2</source>
        <translation>onleesbaar antwoord van de centrale agenda (HTTP %1): %2</translation>
    </message>
    <message>
        <source>the central agenda answered HTTP %1 %2</source>
        <translation>de centrale agenda antwoordde HTTP %1 %2</translation>
    </message>
    <message>
        <source>The central agenda refused this desk&apos;s sign-in: sign in again (File, Central agenda).</source>
        <translation>De centrale agenda heeft de aanmelding van deze post geweigerd: meld u opnieuw aan (Bestand, Centrale agenda).</translation>
    </message>
    <message>
        <source>the server sent this desk to another address (%1): it was not followed, and neither the sign-in nor any data was sent there</source>
        <translation>de server stuurde deze balie naar een ander adres (%1): dat werd niet gevolgd, en noch de aanmelding noch enig gegeven werd erheen gestuurd</translation>
    </message>
    <message>
        <source>the central agenda answers too slowly: this exchange stopped at its time limit; nothing is lost, the next one goes on</source>
        <translation>de centrale agenda antwoordt te traag: deze uitwisseling stopte aan haar tijdslimiet; er gaat niets verloren, de volgende gaat verder</translation>
    </message>
    <message>
        <source>the central agenda sent an answer larger than %1 MB; it was not read (nothing is lost)</source>
        <translation>de centrale agenda stuurde een antwoord van meer dan %1 MB; het werd niet gelezen (er gaat niets verloren)</translation>
    </message>
    <message>
        <source>no answer from the central agenda within %1 s</source>
        <translation>geen antwoord van de centrale agenda binnen %1 s</translation>
    </message>
    <message>
        <source>the link with the central agenda was stopped</source>
        <translation>de verbinding met de centrale agenda werd gestopt</translation>
    </message>
</context>
<context>
    <name>FhirMapping</name>
    <message>
        <source>%1 received from the server refused: %2 (%3).</source>
        <translation>%1 ontvangen van de server geweigerd: %2 (%3).</translation>
    </message>
    <message>
        <source>not a Location with an id</source>
        <translation>geen locatie met een id</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>verkeerd type</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>not a two-letter country code</source>
        <translation>geen landcode van twee letters</translation>
    </message>
    <message>
        <source>unknown time zone</source>
        <translation>onbekende tijdzone</translation>
    </message>
    <message>
        <source>not a Practitioner with an id</source>
        <translation>geen zorgverlener met een id</translation>
    </message>
    <message>
        <source>not a number of hours</source>
        <translation>geen aantal uren</translation>
    </message>
    <message>
        <source>not a PractitionerRole with an id</source>
        <translation>geen zorgverlenersrol met een id</translation>
    </message>
    <message>
        <source>not a Patient with an id</source>
        <translation>geen patiënt met een id</translation>
    </message>
    <message>
        <source>unknown code &apos;%1&apos;</source>
        <translation>onbekende code &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not an Appointment with an id</source>
        <translation>geen afspraak met een id</translation>
    </message>
    <message>
        <source>unknown or unsupported status &apos;%1&apos;</source>
        <translation>onbekende of niet ondersteunde status &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing or not a time with its offset</source>
        <translation>ontbreekt of is geen tijd met tijdverschil</translation>
    </message>
    <message>
        <source>the end is not after the start, or the visit lasts more than a day</source>
        <translation>het einde ligt niet na het begin, of het bezoek duurt langer dan een dag</translation>
    </message>
    <message>
        <source>no patient</source>
        <translation>geen patiënt</translation>
    </message>
    <message>
        <source>no practitioner</source>
        <translation>geen zorgverlener</translation>
    </message>
    <message>
        <source>the visit reason&apos;s code is not Guichet&apos;s</source>
        <translation>de code van de reden is niet die van Guichet</translation>
    </message>
    <message>
        <source>not a Flag with an id</source>
        <translation>geen markering met een id</translation>
    </message>
    <message>
        <source>not an online-booking block</source>
        <translation>geen blokkering van online boeken</translation>
    </message>
    <message>
        <source>not a DocumentReference with an id</source>
        <translation>geen documentverwijzing met een id</translation>
    </message>
    <message>
        <source>not a Binary on this server</source>
        <translation>geen inhoud op deze server</translation>
    </message>
    <message>
        <source>larger than 50 MB</source>
        <translation>groter dan 50 MB</translation>
    </message>
    <message>
        <source>not base64</source>
        <translation>geen base64</translation>
    </message>
    <message>
        <source>not a number in range</source>
        <translation>geen getal binnen de grenzen</translation>
    </message>
    <message>
        <source>not a HealthcareService with an id</source>
        <translation>geen HealthcareService met een id</translation>
    </message>
    <message>
        <source>unknown code</source>
        <translation>onbekende code</translation>
    </message>
    <message>
        <source>no name at all</source>
        <translation>helemaal geen naam</translation>
    </message>
    <message>
        <source>not a hold</source>
        <translation>geen vastgehouden tijdslot</translation>
    </message>
    <message>
        <source>not a hold of Guichet&apos;s</source>
        <translation>geen door Guichet vastgehouden tijdslot</translation>
    </message>
    <message>
        <source>not a time range</source>
        <translation>geen tijdsbestek</translation>
    </message>
    <message>
        <source>not a date (a year, a year and month, or a full date)</source>
        <translation>geen datum (een jaar, een jaar en maand, of een volledige datum)</translation>
    </message>
    <message>
        <source>not a possible birth date (before 1890 or in the future)</source>
        <translation>geen mogelijke geboortedatum (vóór 1890 of in de toekomst)</translation>
    </message>
</context>
<context>
    <name>FreeSlots</name>
    <message>
        <source>This visit reason is not one of this practitioner&apos;s.</source>
        <translation>Deze reden hoort niet bij deze zorgverlener.</translation>
    </message>
    <message>
        <source>The last day cannot come before the first.</source>
        <translation>De laatste dag kan niet vóór de eerste liggen.</translation>
    </message>
    <message>
        <source>Look for free slots over a year at most.</source>
        <translation>Zoek vrije tijdsloten over hoogstens een jaar.</translation>
    </message>
    <message>
        <source>This slot is already taken.</source>
        <translation>Dit tijdslot is al bezet.</translation>
    </message>
    <message>
        <source>This slot is held for a patient who is confirming online; it frees up within 15 minutes.</source>
        <translation>Dit tijdslot wordt vastgehouden voor een patiënt die online bevestigt; het komt binnen 15 minuten vrij.</translation>
    </message>
    <message>
        <source>Ask for at least one free slot.</source>
        <translation>Vraag minstens één vrij tijdstip.</translation>
    </message>
    <message>
        <source>Weekdays go from 1 (Monday) to 7 (Sunday).</source>
        <translation>Weekdagen gaan van 1 (maandag) tot 7 (zondag).</translation>
    </message>
    <message>
        <source>No practitioner of the specialty &quot;%1&quot; offers the visit reason &quot;%2&quot;.</source>
        <translation>Geen zorgverlener van het specialisme &quot;%1&quot; biedt de reden &quot;%2&quot; aan.</translation>
    </message>
    <message>
        <source>No practitioner offers the visit reason &quot;%1&quot;.</source>
        <translation>Geen enkele zorgverlener biedt de reden &quot;%1&quot; aan.</translation>
    </message>
</context>
<context>
    <name>Housekeeping</name>
    <message>
        <source>Guichet (housekeeping)</source>
        <translation>Guichet (onderhoud)</translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message>
        <source>The last day cannot come before the first.</source>
        <translation>De laatste dag kan niet vóór de eerste liggen.</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>Het bestand %1 kon niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>IdentityStatuses</name>
    <message>
        <source>Provisional</source>
        <translation>Voorlopig</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Opgehaald</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Gevalideerd</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Gekwalificeerd</translation>
    </message>
</context>
<context>
    <name>MergeService</name>
    <message>
        <source>No patient has the identifier %1.</source>
        <translation>Geen patiënt heeft de identificatie %1.</translation>
    </message>
    <message>
        <source>a record cannot be merged with itself</source>
        <translation>een dossier kan niet met zichzelf samengevoegd worden</translation>
    </message>
    <message>
        <source>a record was already merged into another one</source>
        <translation>een dossier werd al in een ander samengevoegd</translation>
    </message>
    <message>
        <source>one record is a relative of the other</source>
        <translation>het ene dossier is een naaste van het andere</translation>
    </message>
    <message>
        <source>These records must not be merged: %1.</source>
        <translation>Deze dossiers mogen niet samengevoegd worden: %1.</translation>
    </message>
    <message>
        <source>The surviving record is the one with the stronger identity, then the older one: merge the other way round.</source>
        <translation>Het behouden dossier is dat met de sterkste identiteit, dan het oudste: voeg andersom samen.</translation>
    </message>
    <message>
        <source>Say why these records are the same person.</source>
        <translation>Zeg waarom deze dossiers dezelfde persoon zijn.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>Onbekend veld &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Strict identity traits never come from a record created online (%1).</source>
        <translation>Strikte identiteitskenmerken komen nooit uit een online aangemaakt dossier (%1).</translation>
    </message>
    <message>
        <source>The NISS kept gives the birth date %1, not %2: take the birth date and the NISS from the same record.</source>
        <translation>Het behouden INSZ geeft geboortedatum %1, niet %2: neem geboortedatum en INSZ uit hetzelfde dossier.</translation>
    </message>
    <message>
        <source>The NISS kept does not match the sex kept.</source>
        <translation>Het behouden INSZ past niet bij het behouden geslacht.</translation>
    </message>
    <message>
        <source>The NIR kept does not match the birth date kept: take them from the same record.</source>
        <translation>Het behouden NIR past niet bij de behouden geboortedatum: neem ze uit hetzelfde dossier.</translation>
    </message>
    <message>
        <source>No merge has the identifier %1.</source>
        <translation>Geen samenvoeging heeft de identificatie %1.</translation>
    </message>
    <message>
        <source>This merge was already undone.</source>
        <translation>Deze samenvoeging werd al ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>A later merge involves these records (%1): undo it first.</source>
        <translation>Een latere samenvoeging betreft deze dossiers (%1): maak die eerst ongedaan.</translation>
    </message>
    <message>
        <source>The surviving record was changed after the merge (%1). Undo those changes first, or split the record instead.</source>
        <translation>Het behouden dossier werd na de samenvoeging gewijzigd (%1). Maak die wijzigingen eerst ongedaan, of splits het dossier.</translation>
    </message>
    <message>
        <source>A row moved by the merge changed since (%1 %2). Split the record instead.</source>
        <translation>Een door de samenvoeging verplaatste rij is sindsdien gewijzigd (%1 %2). Splits het dossier.</translation>
    </message>
    <message>
        <source>Choose two different records.</source>
        <translation>Kies twee verschillende dossiers.</translation>
    </message>
    <message>
        <source>Choose the appointments or documents that belong to the other person.</source>
        <translation>Kies de afspraken of documenten die bij de andere persoon horen.</translation>
    </message>
    <message>
        <source>%1 does not belong to this record.</source>
        <translation>%1 hoort niet bij dit dossier.</translation>
    </message>
    <message>
        <source>(medical content: practitioners only)</source>
        <translation>(medische inhoud: enkel voor zorgverleners)</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <source>The message is empty.</source>
        <translation>Het bericht is leeg.</translation>
    </message>
    <message>
        <source>Booking confirmation</source>
        <translation>Bevestiging van de afspraak</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Herinnering</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Annulering</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verplaatsing</translation>
    </message>
    <message>
        <source>Missed appointment notice</source>
        <translation>Bericht gemiste afspraak</translation>
    </message>
    <message>
        <source>Document available</source>
        <translation>Document beschikbaar</translation>
    </message>
    <message>
        <source>Waiting list offer</source>
        <translation>Voorstel van de wachtlijst</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Unknown kind of message &quot;%1&quot;. Known: %2.</source>
        <translation>Onbekende soort bericht &quot;%1&quot;. Gekend: %2.</translation>
    </message>
    <message>
        <source>A message goes by &quot;email&quot; or &quot;sms&quot;, not &quot;%1&quot;.</source>
        <translation>Een bericht gaat via &quot;email&quot; of &quot;sms&quot;, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Messages are written in fr, nl or en, not &quot;%1&quot;.</source>
        <translation>Berichten worden geschreven in fr, nl of en, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The message is %1 characters long; at most %2 for this channel.</source>
        <translation>Het bericht telt %1 tekens; hoogstens %2 voor dit kanaal.</translation>
    </message>
    <message>
        <source>A &quot;}&quot; has no &quot;{&quot; before it, at character %1.</source>
        <translation>Een &quot;}&quot; heeft geen &quot;{&quot; ervoor, op teken %1.</translation>
    </message>
    <message>
        <source>A &quot;{&quot; is not closed, at character %1.</source>
        <translation>Een &quot;{&quot; wordt niet gesloten, op teken %1.</translation>
    </message>
    <message>
        <source>Unknown field {%1}. The fields are: %2.</source>
        <translation>Onbekend veld {%1}. De velden zijn: %2.</translation>
    </message>
    <message>
        <source>An SMS must not name the visit reason (health detail): remove {motif}, or allow it in the practice settings.</source>
        <translation>Een sms mag de reden van het bezoek niet noemen (gezondheidsgegeven): verwijder {motif}, of sta het toe in de instellingen van de praktijk.</translation>
    </message>
    <message>
        <source>Running late</source>
        <translation>Vertraging</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Late cancellation notice</source>
        <translation>Bericht over late annulering</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>%1 is required.</source>
        <translation>Vul %1 in.</translation>
    </message>
    <message>
        <source>%1 is too long (100 characters at most).</source>
        <translation>Te lang voor %1 (hoogstens 100 tekens).</translation>
    </message>
    <message>
        <source>%1 contains a character that is not allowed in a name (&quot;%2&quot;).</source>
        <translation>Niet-toegelaten teken in %1: „%2”.</translation>
    </message>
    <message>
        <source>%1 must start with a letter.</source>
        <translation>Begin %1 met een letter.</translation>
    </message>
</context>
<context>
    <name>Nir</name>
    <message>
        <source>The social security number is empty.</source>
        <translation>Het socialezekerheidsnummer is leeg.</translation>
    </message>
    <message>
        <source>The social security number needs its 2-digit key (15 characters in all).</source>
        <translation>De sleutel van 2 cijfers van het socialezekerheidsnummer ontbreekt (15 tekens in totaal).</translation>
    </message>
    <message numerus="yes">
        <source>A social security number has 15 characters (13 and a 2-digit key); this one has %n.</source>
        <translation>
            <numerusform>Een socialezekerheidsnummer heeft 15 tekens (13 en een sleutel van 2 cijfers); dit heeft er %n.</numerusform>
            <numerusform>Een socialezekerheidsnummer heeft 15 tekens (13 en een sleutel van 2 cijfers); dit heeft er %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>A social security number contains only digits, apart from 2A or 2B for Corsica.</source>
        <translation>Een socialezekerheidsnummer bevat enkel cijfers, behalve 2A of 2B voor Corsica.</translation>
    </message>
    <message>
        <source>A social security number starts with 1 (man) or 2 (woman).</source>
        <translation>Een socialezekerheidsnummer begint met 1 (man) of 2 (vrouw).</translation>
    </message>
    <message>
        <source>The birth month in this social security number does not exist.</source>
        <translation>De geboortemaand in dit socialezekerheidsnummer bestaat niet.</translation>
    </message>
    <message>
        <source>The department of birth in this social security number does not exist.</source>
        <translation>Het geboortedepartement in dit socialezekerheidsnummer bestaat niet.</translation>
    </message>
    <message>
        <source>The birth certificate number (digits 11 to 13) cannot be 000.</source>
        <translation>Het nummer van de geboorteakte (cijfers 11 tot 13) kan geen 000 zijn.</translation>
    </message>
    <message>
        <source>The key of this social security number is wrong: probably a typing error.</source>
        <translation>De sleutel van dit socialezekerheidsnummer klopt niet: waarschijnlijk een tikfout.</translation>
    </message>
</context>
<context>
    <name>Niss</name>
    <message>
        <source>The national register number is empty.</source>
        <translation>Het rijksregisternummer is leeg.</translation>
    </message>
    <message>
        <source>A national register number contains only digits.</source>
        <translation>Een rijksregisternummer bevat enkel cijfers.</translation>
    </message>
    <message numerus="yes">
        <source>A national register number has 11 digits; this one has %n.</source>
        <translation>
            <numerusform>Een rijksregisternummer heeft 11 cijfers; dit heeft er %n.</numerusform>
            <numerusform>Een rijksregisternummer heeft 11 cijfers; dit heeft er %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check digits of this national register number are wrong: probably a typing error.</source>
        <translation>De controlecijfers van dit rijksregisternummer kloppen niet: waarschijnlijk een tikfout.</translation>
    </message>
    <message>
        <source>The month in this national register number does not exist.</source>
        <translation>De maand in dit rijksregisternummer bestaat niet.</translation>
    </message>
    <message>
        <source>The day in this national register number does not exist.</source>
        <translation>De dag in dit rijksregisternummer bestaat niet.</translation>
    </message>
    <message>
        <source>The birth date in this national register number does not exist.</source>
        <translation>De geboortedatum in dit rijksregisternummer bestaat niet.</translation>
    </message>
    <message>
        <source>The serial number (digits 7 to 9) of this national register number is not possible.</source>
        <translation>Het volgnummer (cijfers 7 tot 9) van dit rijksregisternummer is niet mogelijk.</translation>
    </message>
    <message>
        <source>The birth date in this national register number is in the future.</source>
        <translation>De geboortedatum in dit rijksregisternummer ligt in de toekomst.</translation>
    </message>
</context>
<context>
    <name>NoShowPolicy</name>
    <message>
        <source>Give the reason: it is kept in the audit log.</source>
        <translation>Geef de reden op: ze wordt bewaard in het auditlogboek.</translation>
    </message>
    <message>
        <source>This patient is not blocked with this practitioner.</source>
        <translation>Deze patiënt is niet geblokkeerd bij deze zorgverlener.</translation>
    </message>
    <message>
        <source>This patient is already blocked with this practitioner.</source>
        <translation>Deze patiënt is al geblokkeerd bij deze zorgverlener.</translation>
    </message>
    <message>
        <source>The practice has blocked this patient&apos;s online booking with this practitioner: the patient must phone the practice.</source>
        <translation>De praktijk heeft het online boeken van deze patiënt bij deze zorgverlener geblokkeerd: de patiënt moet de praktijk bellen.</translation>
    </message>
    <message>
        <source>This patient has %1 appointments not honoured with this practitioner (limit %2): online booking is blocked, the patient must phone the practice.</source>
        <translation>Deze patiënt heeft %1 niet-nagekomen afspraken bij deze zorgverlener (limiet %2): online boeken is geblokkeerd, de patiënt moet de praktijk bellen.</translation>
    </message>
    <message>
        <source>Warning: the practice has blocked this patient&apos;s online booking with this practitioner.</source>
        <translation>Let op: de praktijk heeft het online boeken van deze patiënt bij deze zorgverlener geblokkeerd.</translation>
    </message>
    <message>
        <source>Warning: %1 appointments not honoured with this practitioner; online booking is blocked.</source>
        <translation>Let op: %1 niet-nagekomen afspraken bij deze zorgverlener; online boeken is geblokkeerd.</translation>
    </message>
</context>
<context>
    <name>NoShowService</name>
    <message>
        <source>This appointment is already marked as not honoured.</source>
        <translation>Deze afspraak is al als niet nagekomen gemarkeerd.</translation>
    </message>
    <message>
        <source>An appointment cannot be marked as not honoured before it starts.</source>
        <translation>Een afspraak kan pas na het beginuur als niet nagekomen worden gemarkeerd.</translation>
    </message>
    <message>
        <source>An appointment that is &quot;%1&quot; cannot be marked as not honoured.</source>
        <translation>Een afspraak „%1” kan niet als niet nagekomen worden gemarkeerd.</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>verontschuldigd</translation>
    </message>
    <message>
        <source>This appointment is not marked as not honoured.</source>
        <translation>Deze afspraak is niet als niet nagekomen gemarkeerd.</translation>
    </message>
    <message>
        <source>A no-show can be undone only on the day it was marked. After that, a practitioner or an administrator can erase it with a reason.</source>
        <translation>Een niet-nagekomen afspraak kan enkel op de dag zelf ongedaan worden gemaakt. Daarna kan een zorgverlener of beheerder ze met een reden wissen.</translation>
    </message>
    <message>
        <source>Give the reason for erasing this no-show: it is kept in the audit log.</source>
        <translation>Geef de reden om deze niet-nagekomen afspraak te wissen: ze wordt bewaard in het auditlogboek.</translation>
    </message>
    <message>
        <source>This no-show is already erased.</source>
        <translation>Deze niet-nagekomen afspraak is al gewist.</translation>
    </message>
</context>
<context>
    <name>NoShowStats</name>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>Het bestand %1 kon niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>OAuth</name>
    <message>
        <source>The central agenda&apos;s sign-in service cannot be reached: %1</source>
        <translation>De aanmeldingsdienst van de centrale agenda is niet bereikbaar: %1</translation>
    </message>
    <message>
        <source>The central agenda&apos;s sign-in description gives no usable %1.</source>
        <translation>De aanmeldingsbeschrijving van de centrale agenda geeft geen bruikbare %1.</translation>
    </message>
    <message>
        <source>The sign-in kept in the system keychain is damaged: sign in again.</source>
        <translation>De aanmelding in de sleutelhanger van het systeem is beschadigd: meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>The central agenda does not offer OAuth2 sign-in (HTTP %1): sign in with a token instead.</source>
        <translation>De centrale agenda biedt geen OAuth2-aanmelding aan (HTTP %1): meld u in de plaats aan met een token.</translation>
    </message>
    <message>
        <source>The client identifier is empty: IT finds it in the central agenda&apos;s settings.</source>
        <translation>De clientidentificatie is leeg: IT vindt ze in de instellingen van de centrale agenda.</translation>
    </message>
    <message>
        <source>The client identifier is too long (more than 200 characters).</source>
        <translation>De clientidentificatie is te lang (meer dan 200 tekens).</translation>
    </message>
    <message>
        <source>The client identifier contains spaces or characters it cannot hold: copy it exactly as the central agenda shows it.</source>
        <translation>De clientidentificatie bevat spaties of tekens die niet mogen: kopieer ze precies zoals de centrale agenda ze toont.</translation>
    </message>
    <message>
        <source>The central agenda refused the sign-in (%1): sign in again.</source>
        <translation>De centrale agenda heeft de aanmelding geweigerd (%1): meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>The central agenda&apos;s sign-in service failed (HTTP %1).</source>
        <translation>De aanmeldingsdienst van de centrale agenda is mislukt (HTTP %1).</translation>
    </message>
    <message>
        <source>The central agenda&apos;s sign-in answer holds no bearer token.</source>
        <translation>Het aanmeldingsantwoord van de centrale agenda bevat geen toegangstoken.</translation>
    </message>
    <message>
        <source>The client secret is empty.</source>
        <translation>Het clientgeheim is leeg.</translation>
    </message>
    <message>
        <source>The sign-in to the central agenda has ended: sign in again.</source>
        <translation>De aanmelding bij de centrale agenda is beëindigd: meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>The central agenda did not revoke the sign-in (HTTP %1).</source>
        <translation>De centrale agenda heeft de aanmelding niet ingetrokken (HTTP %1).</translation>
    </message>
    <message>
        <source>The central agenda refused this desk&apos;s token: sign in again (File, Central agenda).</source>
        <translation>De centrale agenda heeft het token van deze post geweigerd: meld u opnieuw aan (Bestand, Centrale agenda).</translation>
    </message>
</context>
<context>
    <name>OpeningHoursService</name>
    <message>
        <source>&quot;%1&quot; is not a time range: write it as 08:30-12:30.</source>
        <translation>&quot;%1&quot; is geen tijdsbereik: schrijf het als 08:30-12:30.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a time that does not exist.</source>
        <translation>&quot;%1&quot; bevat een tijdstip dat niet bestaat.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: opening hours go by steps of 5 minutes.</source>
        <translation>&quot;%1&quot;: openingsuren gaan per 5 minuten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends before it starts.</source>
        <translation>&quot;%1&quot; eindigt voor het begint.</translation>
    </message>
    <message>
        <source>%1-%2 and %3-%4 overlap.</source>
        <translation>%1-%2 en %3-%4 overlappen.</translation>
    </message>
    <message>
        <source>At most %1 ranges a day.</source>
        <translation>Hoogstens %1 bereiken per dag.</translation>
    </message>
    <message>
        <source>The day of the week goes from 1 (Monday) to 7 (Sunday).</source>
        <translation>De dag van de week gaat van 1 (maandag) tot 7 (zondag).</translation>
    </message>
    <message>
        <source>The day of the exception is missing or does not exist.</source>
        <translation>De uitzonderingsdag ontbreekt of bestaat niet.</translation>
    </message>
    <message>
        <source>The reason of the exception is at most 200 characters.</source>
        <translation>De reden van de uitzondering is hoogstens 200 tekens.</translation>
    </message>
    <message>
        <source>The %1 is past: its hours can no longer change.</source>
        <translation>%1 is voorbij: de openingsuren kunnen niet meer veranderen.</translation>
    </message>
    <message>
        <source>No range of the usual week starts at %1 that day.</source>
        <translation>Geen tijdvak van de gewone week begint die dag om %1.</translation>
    </message>
    <message>
        <source>The visit reason %1 is not one of this practitioner&apos;s.</source>
        <translation>De reden van bezoek %1 hoort niet bij deze zorgverlener.</translation>
    </message>
</context>
<context>
    <name>PartialDates</name>
    <message>
        <source>%1 (day and month unknown)</source>
        <translation>%1 (dag en maand onbekend)</translation>
    </message>
    <message>
        <source>%1 (day unknown)</source>
        <translation>%1 (dag onbekend)</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 or %2 years</source>
        <translation>%1 of %2 jaar</translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message>
        <source>The password is too long (256 characters at most).</source>
        <translation>Het wachtwoord is te lang (hoogstens 256 tekens).</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>De cryptografiebibliotheek kon niet starten.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>Onvoldoende geheugen om het wachtwoord te beveiligen.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters; several words make one easy to remember (for instance four words with spaces).</source>
        <translation>Het wachtwoord heeft minstens %1 tekens nodig; meerdere woorden maken het makkelijk te onthouden (bijvoorbeeld vier woorden met spaties).</translation>
    </message>
    <message>
        <source>The password must not contain the name &quot;%1&quot;: it is the first thing tried.</source>
        <translation>Het wachtwoord mag de naam „%1” niet bevatten: dat wordt als eerste geprobeerd.</translation>
    </message>
    <message>
        <source>This password is too easy to guess (a common word, a name, a keyboard row or a year with a few changes). Choose a longer one, for instance four unrelated words.</source>
        <translation>Dit wachtwoord is te makkelijk te raden (een gewoon woord, een naam, een toetsenbordreeks of een jaartal met enkele wijzigingen). Kies een langer, bijvoorbeeld vier losse woorden.</translation>
    </message>
</context>
<context>
    <name>PatientCsv</name>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>Het bestand &quot;%1&quot; kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>The file is not in UTF-8 (first bad character on line %1). Save it as CSV UTF-8 and try again; nothing was imported.</source>
        <translation>Het bestand is niet in UTF-8 (eerste foutief teken op regel %1). Sla het op als CSV UTF-8 en probeer opnieuw; er werd niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Line %1 opens a quote that is never closed; nothing was imported.</source>
        <translation>Regel %1 opent een aanhalingsteken dat nooit sluit; er werd niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The file is empty; nothing was imported.</source>
        <translation>Het bestand is leeg; er werd niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The header lacks the required column(s) %1 (the first line must name the columns: %2). Nothing was imported.</source>
        <translation>De kopregel mist de verplichte kolom(men) %1 (de eerste regel noemt de kolommen: %2). Er werd niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The external identifier %1 is already known.</source>
        <translation>De externe identificatie %1 is al bekend.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file; with --strict nothing was imported. The first: line %1, %2</source>
        <translation>
            <numerusform>%n probleem in het bestand; met --strict werd niets geïmporteerd. Het eerste: regel %1, %2</numerusform>
            <numerusform>%n problemen in het bestand; met --strict werd niets geïmporteerd. Het eerste: regel %1, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be written: %2</source>
        <translation>Het bestand &quot;%1&quot; kan niet geschreven worden: %2</translation>
    </message>
    <message>
        <source>The row cannot be read: %1 fields where the header names %2 (a comma inside a value that is not in quotes?).</source>
        <translation>De rij is onleesbaar: %1 velden terwijl de kop er %2 noemt (een komma in een waarde zonder aanhalingstekens?).</translation>
    </message>
    <message>
        <source>The external identifier is empty: the person is imported without it.</source>
        <translation>De externe identificatie is leeg: de persoon wordt zonder geïmporteerd.</translation>
    </message>
    <message>
        <source>The external identifier is longer than 64 characters: the person is imported without it.</source>
        <translation>De externe identificatie is langer dan 64 tekens: de persoon wordt zonder geïmporteerd.</translation>
    </message>
    <message>
        <source>%1 The person is imported as an incomplete identity (doubtful), to complete.</source>
        <translation>%1 De persoon wordt geïmporteerd als onvolledige identiteit (twijfelachtig), aan te vullen.</translation>
    </message>
    <message>
        <source>The external identifier %1 was imported before: the person is already here, not imported again.</source>
        <translation>De externe identificatie %1 werd al eerder geïmporteerd: de persoon is er al en wordt niet opnieuw geïmporteerd.</translation>
    </message>
    <message>
        <source>The external identifier %1 is on an earlier line too: this person is imported without it.</source>
        <translation>De externe identificatie %1 staat ook op een eerdere regel: deze persoon wordt zonder geïmporteerd.</translation>
    </message>
    <message numerus="yes">
        <source>%1 The import stopped there: the %n person(s) written before are kept; import the same file again to add the others (those already here are recognised by their external identifier).</source>
        <translation>
            <numerusform>%1 De import is daar gestopt: de persoon die ervoor werd geschreven blijft bewaard; importeer hetzelfde bestand opnieuw om de anderen toe te voegen (wie er al is, wordt herkend aan de externe identificatie).</numerusform>
            <numerusform>%1 De import is daar gestopt: de %n personen die ervoor werden geschreven blijven bewaard; importeer hetzelfde bestand opnieuw om de anderen toe te voegen (wie er al is, wordt herkend aan de externe identificatie).</numerusform>
        </translation>
    </message>
    <message>
        <source>The import could not write to the database: %1</source>
        <translation>De import kon niet naar de databank schrijven: %1</translation>
    </message>
</context>
<context>
    <name>PatientFields</name>
    <message>
        <source>Birth name</source>
        <translation>Geboortenaam</translation>
    </message>
    <message>
        <source>Usage name</source>
        <translation>Gebruiksnaam</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <source>First name used</source>
        <translation>Gebruikte voornaam</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Geboorteplaats</translation>
    </message>
    <message>
        <source>NISS</source>
        <translation>INSZ</translation>
    </message>
    <message>
        <source>NIR</source>
        <translation>NIR</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Gsm</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Andere telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Treating physician</source>
        <translation>Behandelend arts</translation>
    </message>
    <message>
        <source>Usual medication</source>
        <translation>Gebruikelijke medicatie</translation>
    </message>
    <message>
        <source>Identity status</source>
        <translation>Identiteitsstatus</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Overleden</translation>
    </message>
    <message>
        <source>Homonym</source>
        <translation>Naamgenoot</translation>
    </message>
    <message>
        <source>Doubtful identity</source>
        <translation>Twijfelachtige identiteit</translation>
    </message>
    <message>
        <source>SMS reminders</source>
        <translation>Herinneringen per sms</translation>
    </message>
    <message>
        <source>E-mail reminders</source>
        <translation>Herinneringen per e-mail</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Rekeninghouder</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Verwantschap</translation>
    </message>
    <message>
        <source>Active record</source>
        <translation>Actief dossier</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Samengevoegd met</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankrijk</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Duitsland</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Zwitserland</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Verenigd Koninkrijk</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanje</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italië</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Marokko</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Vrouwelijk</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Mannelijk</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Ander</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>PatientService</name>
    <message>
        <source>The account holder %1 does not exist.</source>
        <translation>De accounthouder %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is already a relative of another account holder; a relative cannot hold relatives.</source>
        <translation>%1 is al een verwant van een andere accounthouder; een verwant kan geen verwanten hebben.</translation>
    </message>
    <message>
        <source>This record was merged into another one; correct the record that replaced it.</source>
        <translation>Deze fiche is samengevoegd met een andere; verbeter de fiche die haar vervangt.</translation>
    </message>
    <message>
        <source>A patient cannot be their own account holder.</source>
        <translation>Een patiënt kan niet zijn eigen rekeninghouder zijn.</translation>
    </message>
    <message>
        <source>Strict traits corrected: the identity is provisional again.</source>
        <translation>Strikte kenmerken verbeterd: de identiteit is opnieuw voorlopig.</translation>
    </message>
    <message>
        <source>Strict traits corrected.</source>
        <translation>Strikte kenmerken verbeterd.</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Identiteitskaart</translation>
    </message>
    <message>
        <source>Belgian eID card (read)</source>
        <translation>Belgische eID-kaart (gelezen)</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Paspoort</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Verblijfstitel</translation>
    </message>
    <message>
        <source>Family record book (minor)</source>
        <translation>Trouwboekje (minderjarige)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identity document that validates an identity: an identity card, a passport, a residence permit or, for a minor, the family record book.</source>
        <translation>&quot;%1&quot; is geen document dat een identiteit valideert: een identiteitskaart, een paspoort, een verblijfstitel of, voor een minderjarige, het trouwboekje.</translation>
    </message>
    <message>
        <source>This record was merged into another one; check the identity on the record that replaced it.</source>
        <translation>Deze fiche is samengevoegd met een andere; controleer de identiteit op de fiche die haar vervangt.</translation>
    </message>
    <message>
        <source>The family record book validates the identity of a minor only; for an adult, check an identity card, a passport or a residence permit.</source>
        <translation>Het trouwboekje valideert enkel de identiteit van een minderjarige; controleer voor een volwassene een identiteitskaart, een paspoort of een verblijfstitel.</translation>
    </message>
    <message>
        <source>This identity is marked doubtful: clear the doubt on the record before validating it.</source>
        <translation>Deze identiteit is als twijfelachtig gemarkeerd: neem de twijfel weg op de fiche voor ze te valideren.</translation>
    </message>
    <message>
        <source>This patient holds relatives; an account holder cannot become a relative.</source>
        <translation>Deze patiënt heeft verwanten; een rekeninghouder kan geen verwante worden.</translation>
    </message>
    <message>
        <source>%1: %2 on the card, %3 on the record</source>
        <translation>%1: %2 op de kaart, %3 in het dossier</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>The eID card and the record differ; nothing was changed. Check who is at the desk, then correct the record if it is wrong: %1.</source>
        <translation>De eID-kaart en het dossier verschillen; er werd niets gewijzigd. Controleer wie aan het loket staat en verbeter dan het dossier als het fout is: %1.</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Ander familielid</translation>
    </message>
    <message>
        <source>The relationship is child, spouse, parent or other.</source>
        <translation>De relatie is child (kind), spouse (partner), parent (ouder) of other (ander).</translation>
    </message>
    <message>
        <source>This record was merged into another one.</source>
        <translation>Dit dossier werd samengevoegd met een ander.</translation>
    </message>
    <message>
        <source>%1 is already their own account holder.</source>
        <translation>%1 is al zijn of haar eigen accounthouder.</translation>
    </message>
    <message>
        <source>The eID card is not this record&apos;s (%1): the address was not changed.</source>
        <translation>De eID-kaart hoort niet bij dit dossier (%1): het adres werd niet gewijzigd.</translation>
    </message>
    <message>
        <source>The usual medication is limited to 2,000 characters (%1 given).</source>
        <translation>De gebruikelijke medicatie is beperkt tot 2.000 tekens (%1 ingegeven).</translation>
    </message>
    <message>
        <source>The usual medication contains a control character: type it again as text.</source>
        <translation>De gebruikelijke medicatie bevat een stuurteken: typ ze opnieuw als tekst.</translation>
    </message>
    <message>
        <source>Usual medication changed.</source>
        <translation>Gebruikelijke medicatie gewijzigd.</translation>
    </message>
</context>
<context>
    <name>PatientValidator</name>
    <message>
        <source>The birth date is required.</source>
        <translation>De geboortedatum is verplicht.</translation>
    </message>
    <message>
        <source>The birth date %1 does not exist in the calendar.</source>
        <translation>De geboortedatum %1 bestaat niet in de kalender.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>De geboortedatum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>The birth date is before 1890: probably a typing error.</source>
        <translation>De geboortedatum ligt vóór 1890: waarschijnlijk een tikfout.</translation>
    </message>
    <message>
        <source>A French postcode has 5 digits.</source>
        <translation>Een Franse postcode heeft 5 cijfers.</translation>
    </message>
    <message>
        <source>A Belgian postcode has 4 digits and does not start with 0.</source>
        <translation>Een Belgische postcode heeft 4 cijfers en begint niet met 0.</translation>
    </message>
    <message>
        <source>This postcode is not valid.</source>
        <translation>Deze postcode is niet geldig.</translation>
    </message>
    <message>
        <source>The birth name</source>
        <translation>de geboortenaam</translation>
    </message>
    <message>
        <source>The first names</source>
        <translation>de voornamen</translation>
    </message>
    <message>
        <source>The sex is required.</source>
        <translation>Het geslacht is verplicht.</translation>
    </message>
    <message>
        <source>The sex is female, male, other or unknown.</source>
        <translation>Het geslacht is: female (vrouw), male (man), other (ander) of unknown (onbekend).</translation>
    </message>
    <message>
        <source>The usage name</source>
        <translation>de gebruiksnaam</translation>
    </message>
    <message>
        <source>The first name used</source>
        <translation>de roepnaam</translation>
    </message>
    <message>
        <source>The birth place code</source>
        <translation>de code van de geboorteplaats</translation>
    </message>
    <message>
        <source>The national register number gives the birth date %1, not %2.</source>
        <translation>Het rijksregisternummer geeft de geboortedatum %1, niet %2.</translation>
    </message>
    <message>
        <source>The national register number does not match the sex given.</source>
        <translation>Het rijksregisternummer komt niet overeen met het opgegeven geslacht.</translation>
    </message>
    <message>
        <source>The social security number does not match the sex given.</source>
        <translation>Het socialezekerheidsnummer komt niet overeen met het opgegeven geslacht.</translation>
    </message>
    <message>
        <source>The social security number does not match the birth date (year and month).</source>
        <translation>Het socialezekerheidsnummer komt niet overeen met de geboortedatum (jaar en maand).</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>het adres</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>de gemeente</translation>
    </message>
    <message>
        <source>The language is fr, nl or en.</source>
        <translation>De taal is fr, nl of en.</translation>
    </message>
    <message>
        <source>The birth date %1 gives a day without its month.</source>
        <translation>De geboortedatum %1 geeft een dag zonder maand.</translation>
    </message>
    <message>
        <source>The birth date &quot;%1&quot; is not a date; type it as 31/12/1980 (or 12/1980, or 1980 when the day or the month is unknown).</source>
        <translation>De geboortedatum &quot;%1&quot; is geen datum; typ ze als 31/12/1980 (of 12/1980, of 1980 als de dag of de maand onbekend is).</translation>
    </message>
    <message>
        <source>The country is given by its two-letter code (BE, FR, NL…), not &quot;%1&quot;.</source>
        <translation>Het land wordt aangegeven met zijn tweelettercode (BE, FR, NL…), niet &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>Het telefoonnummer is leeg.</translation>
    </message>
    <message>
        <source>A phone number contains only digits, spaces, dots, hyphens and a leading +.</source>
        <translation>Een telefoonnummer bevat enkel cijfers, spaties, punten, streepjes en een + vooraan.</translation>
    </message>
    <message>
        <source>This phone number is too short.</source>
        <translation>Dit telefoonnummer is te kort.</translation>
    </message>
    <message>
        <source>This phone number is too long.</source>
        <translation>Dit telefoonnummer is te lang.</translation>
    </message>
    <message>
        <source>The country code of this phone number is unknown.</source>
        <translation>De landcode van dit telefoonnummer is onbekend.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Dit is geen telefoonnummer.</translation>
    </message>
    <message>
        <source>This number does not exist in France: a French number has 10 digits and starts with 0.</source>
        <translation>Dit nummer bestaat niet in Frankrijk: een Frans nummer heeft 10 cijfers en begint met 0.</translation>
    </message>
    <message>
        <source>This number does not exist in Belgium: check the zone prefix and the number of digits.</source>
        <translation>Dit nummer bestaat niet in België: controleer het zonenummer en het aantal cijfers.</translation>
    </message>
    <message>
        <source>This phone number does not exist.</source>
        <translation>Dit telefoonnummer bestaat niet.</translation>
    </message>
</context>
<context>
    <name>PracticeRules</name>
    <message>
        <source>Unknown setting &quot;%1&quot;. Known: %2.</source>
        <translation>Onbekende instelling „%1”. Bekend: %2.</translation>
    </message>
</context>
<context>
    <name>PracticeSettings</name>
    <message>
        <source>The setting %1 takes a whole number from %2 to %3.</source>
        <translation>De instelling %1 neemt een geheel getal van %2 tot %3.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;. Known: %2.</source>
        <translation>Onbekende instelling „%1”. Bekend: %2.</translation>
    </message>
    <message>
        <source>Unexcused no-shows with one practitioner after which the patient may no longer book that practitioner online</source>
        <translation>Niet-verontschuldigde afwezigheden bij één zorgverlener waarna de patiënt die zorgverlener niet meer online kan boeken</translation>
    </message>
    <message>
        <source>no-shows</source>
        <translation>afwezigheden</translation>
    </message>
    <message>
        <source>A late cancellation counts as a no-show toward the block</source>
        <translation>Een late annulering telt als afwezigheid voor de blokkering</translation>
    </message>
    <message>
        <source>Time to undo a mistaken no-show before the &quot;did you miss your appointment?&quot; notice leaves</source>
        <translation>Tijd om een verkeerd genoteerde afwezigheid ongedaan te maken vóór het bericht &quot;hebt u uw afspraak gemist?&quot; vertrekt</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <source>Minimum days between two appointments with the same practitioner or specialty, for the visit reasons that apply the spacing rule</source>
        <translation>Minimum aantal dagen tussen twee afspraken bij dezelfde zorgverlener of hetzelfde specialisme, voor de redenen die de regel van tussenruimte toepassen</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>How long a slot chosen online is held while the patient confirms</source>
        <translation>Hoelang een online gekozen tijdslot wordt vastgehouden terwijl de patiënt bevestigt</translation>
    </message>
    <message>
        <source>Confirmations, reminders and notices are sent to patients</source>
        <translation>Bevestigingen, herinneringen en berichten worden naar patiënten gestuurd</translation>
    </message>
    <message>
        <source>The visit reason (a health detail) may appear in an SMS</source>
        <translation>De reden van bezoek (een gezondheidsgegeven) mag in een sms staan</translation>
    </message>
    <message>
        <source>Cancellations and moves are also told by SMS</source>
        <translation>Annuleringen en verplaatsingen worden ook per sms gemeld</translation>
    </message>
    <message>
        <source>The waiting list is offered for appointments further away than this, when nothing is free before</source>
        <translation>De wachtlijst wordt aangeboden voor afspraken die verder weg liggen, als er eerder niets vrij is</translation>
    </message>
    <message>
        <source>Patients of the waiting list offered a freed slot, first come first</source>
        <translation>Patiënten van de wachtlijst die een vrijgekomen tijdslot krijgen aangeboden, in volgorde van inschrijving</translation>
    </message>
    <message>
        <source>patients</source>
        <translation>patiënten</translation>
    </message>
    <message>
        <source>How often freed slots are looked for</source>
        <translation>Hoe vaak naar vrijgekomen tijdslots wordt gezocht</translation>
    </message>
    <message>
        <source>Unaccepted offers after which a patient leaves the waiting list</source>
        <translation>Niet-aanvaarde aanbiedingen waarna een patiënt de wachtlijst verlaat</translation>
    </message>
    <message>
        <source>offers</source>
        <translation>aanbiedingen</translation>
    </message>
    <message>
        <source>Documents are listed this long after being added, then archived (kept, retrievable)</source>
        <translation>Documenten worden zolang na toevoegen getoond, daarna gearchiveerd (bewaard, terug te halen)</translation>
    </message>
    <message>
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <source>Days of free slots this desk publishes online (0: another desk publishes them)</source>
        <translation>Dagen vrije tijdslots die deze post online publiceert (0: een andere post publiceert ze)</translation>
    </message>
    <message>
        <source>Time between two exchanges with the central agenda</source>
        <translation>Tijd tussen twee uitwisselingen met de centrale agenda</translation>
    </message>
    <message>
        <source>This desk plans the messages of bookings made online</source>
        <translation>Deze post plant de berichten van online boekingen</translation>
    </message>
    <message>
        <source>Longest time a desk stays unlocked without use; each desk may choose a shorter one, never a longer one nor none</source>
        <translation>Langste tijd dat een balie ontgrendeld blijft zonder gebruik; elke balie mag een kortere kiezen, nooit een langere en nooit geen</translation>
    </message>
    <message>
        <source>Hour of the day after which the day&apos;s backup is made into the backup folder</source>
        <translation>Uur waarna de back-up van de dag in de back-upmap wordt gemaakt</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>uur</translation>
    </message>
    <message>
        <source>Daily backups kept (the latest of each day)</source>
        <translation>Bewaarde dagelijkse back-ups (de laatste van elke dag)</translation>
    </message>
    <message>
        <source>Weekly backups kept beyond the daily ones (the latest of each week)</source>
        <translation>Wekelijkse back-ups bewaard naast de dagelijkse (de laatste van elke week)</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>weken</translation>
    </message>
    <message>
        <source>The practice&apos;s administrators also read medical content (the usual medication); practitioners always do, secretaries never</source>
        <translation>De beheerders van de praktijk lezen ook de medische inhoud (de gebruikelijke medicatie); zorgverleners altijd, secretariaatsmedewerkers nooit</translation>
    </message>
</context>
<context>
    <name>PracticeSetup</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is verplicht.</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1 is te lang (ten hoogste %2 tekens).</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 moet tussen %2 en %3 liggen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The site&apos;s name</source>
        <translation>De naam van de vestiging</translation>
    </message>
    <message>
        <source>Guichet serves practices in Belgium (BE) and France (FR); &quot;%1&quot; is neither.</source>
        <translation>Guichet bedient praktijken in België (BE) en Frankrijk (FR); &quot;%1&quot; is geen van beide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone (for example Europe/Brussels).</source>
        <translation>&quot;%1&quot; is geen tijdzone (bijvoorbeeld Europe/Brussels).</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Het adres</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>De gemeente</translation>
    </message>
    <message>
        <source>A Belgian postcode has 4 digits (for example 1000); &quot;%1&quot; does not.</source>
        <translation>Een Belgische postcode heeft 4 cijfers (bijvoorbeeld 1000); &quot;%1&quot; niet.</translation>
    </message>
    <message>
        <source>A French postcode has 5 digits (for example 75011); &quot;%1&quot; does not.</source>
        <translation>Een Franse postcode heeft 5 cijfers (bijvoorbeeld 75011); &quot;%1&quot; niet.</translation>
    </message>
    <message>
        <source>The site&apos;s phone</source>
        <translation>De telefoon van de vestiging</translation>
    </message>
    <message>
        <source>The access information</source>
        <translation>De toegangsinformatie</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>De titel</translation>
    </message>
    <message>
        <source>The first name</source>
        <translation>De voornaam</translation>
    </message>
    <message>
        <source>The last name</source>
        <translation>De achternaam</translation>
    </message>
    <message>
        <source>The specialty</source>
        <translation>Het specialisme</translation>
    </message>
    <message>
        <source>Choose the site where the practitioner consults.</source>
        <translation>Kies de vestiging waar de zorgverlener consulteert.</translation>
    </message>
    <message>
        <source>No site has the identifier %1.</source>
        <translation>Geen vestiging heeft de identificatie %1.</translation>
    </message>
    <message>
        <source>The colour is written #rrggbb (for example #4a90d9); &quot;%1&quot; is not.</source>
        <translation>De kleur wordt geschreven als #rrggbb (bijvoorbeeld #4a90d9); &quot;%1&quot; niet.</translation>
    </message>
    <message>
        <source>The online cancellation deadline (hours)</source>
        <translation>De termijn voor online annuleren (uren)</translation>
    </message>
    <message>
        <source>The online booking window (days ahead)</source>
        <translation>De periode voor online boeken (dagen vooraf)</translation>
    </message>
    <message>
        <source>The minimum notice for online bookings (hours)</source>
        <translation>De minimale termijn voor online boekingen (uren)</translation>
    </message>
    <message>
        <source>The months after the last visit</source>
        <translation>De maanden sinds het laatste bezoek</translation>
    </message>
    <message>
        <source>Choose the practitioner of this visit reason.</source>
        <translation>Kies de zorgverlener van deze reden van bezoek.</translation>
    </message>
    <message>
        <source>No practitioner has the identifier %1.</source>
        <translation>Geen zorgverlener heeft de identificatie %1.</translation>
    </message>
    <message>
        <source>The visit reason&apos;s label</source>
        <translation>De omschrijving van de reden van bezoek</translation>
    </message>
    <message>
        <source>The duration (minutes)</source>
        <translation>De duur (minuten)</translation>
    </message>
    <message>
        <source>The colour is written #rrggbb (for example #7fb3e6); &quot;%1&quot; is not.</source>
        <translation>De kleur wordt geschreven als #rrggbb (bijvoorbeeld #7fb3e6); &quot;%1&quot; niet.</translation>
    </message>
    <message>
        <source>The number patients must call</source>
        <translation>Het nummer dat patiënten moeten bellen</translation>
    </message>
    <message>
        <source>The minimum age</source>
        <translation>De minimumleeftijd</translation>
    </message>
    <message>
        <source>The maximum age</source>
        <translation>De maximumleeftijd</translation>
    </message>
    <message>
        <source>The maximum age (%1) is below the minimum age (%2).</source>
        <translation>De maximumleeftijd (%1) ligt onder de minimumleeftijd (%2).</translation>
    </message>
    <message>
        <source>The instructions</source>
        <translation>De instructies</translation>
    </message>
    <message>
        <source>A visit is either by video or at the patient&apos;s home, not both.</source>
        <translation>Een bezoek is ofwel via video, ofwel bij de patiënt thuis, niet beide.</translation>
    </message>
</context>
<context>
    <name>PractitionersPage</name>
    <message>
        <source>General practice</source>
        <translation>Huisartsgeneeskunde</translation>
    </message>
    <message>
        <source>Paediatrics</source>
        <translation>Pediatrie</translation>
    </message>
    <message>
        <source>Dermatology</source>
        <translation>Dermatologie</translation>
    </message>
    <message>
        <source>Gynaecology</source>
        <translation>Gynaecologie</translation>
    </message>
    <message>
        <source>Cardiology</source>
        <translation>Cardiologie</translation>
    </message>
    <message>
        <source>Ophthalmology</source>
        <translation>Oftalmologie</translation>
    </message>
    <message>
        <source>Dentistry</source>
        <translation>Tandheelkunde</translation>
    </message>
    <message>
        <source>Physiotherapy</source>
        <translation>Kinesitherapie</translation>
    </message>
    <message>
        <source>Speech therapy</source>
        <translation>Logopedie</translation>
    </message>
    <message>
        <source>Psychology</source>
        <translation>Psychologie</translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message>
        <source>An RPPS number has 11 digits; &quot;%1&quot; does not.</source>
        <translation>Een RPPS-nummer heeft 11 cijfers; &quot;%1&quot; niet.</translation>
    </message>
    <message>
        <source>The RPPS number %1 is not valid (its last digit does not match): check it on the practitioner&apos;s card.</source>
        <translation>Het RPPS-nummer %1 is niet geldig (het laatste cijfer klopt niet): controleer het op de kaart van de zorgverlener.</translation>
    </message>
    <message>
        <source>An INAMI number has 11 digits (1-23456-78-901); &quot;%1&quot; does not.</source>
        <translation>Een RIZIV-nummer heeft 11 cijfers (1-23456-78-901); &quot;%1&quot; niet.</translation>
    </message>
    <message>
        <source>The INAMI number %1 is not valid (its check digits do not match): check it on the practitioner&apos;s documents.</source>
        <translation>Het RIZIV-nummer %1 is niet geldig (de controlecijfers kloppen niet): controleer het op de documenten van de zorgverlener.</translation>
    </message>
</context>
<context>
    <name>RescheduleCommand</name>
    <message>
        <source>move</source>
        <translation>verplaatsing</translation>
    </message>
    <message>
        <source>change of length</source>
        <translation>wijziging van de duur</translation>
    </message>
    <message>
        <source>Move undone: back to %1.</source>
        <translation>Verplaatsing ongedaan: terug naar %1.</translation>
    </message>
    <message>
        <source>Moved again: %1.</source>
        <translation>Opnieuw verplaatst: %1.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Secretary</source>
        <translation>Secretariaat</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Zorgverlener</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>view the agenda</source>
        <translation>de agenda raadplegen</translation>
    </message>
    <message>
        <source>book appointments</source>
        <translation>afspraken boeken</translation>
    </message>
    <message>
        <source>edit patient records</source>
        <translation>patiëntendossiers wijzigen</translation>
    </message>
    <message>
        <source>merge patient records</source>
        <translation>patiëntendossiers samenvoegen</translation>
    </message>
    <message>
        <source>erase a no-show</source>
        <translation>een niet-nagekomen afspraak wissen</translation>
    </message>
    <message>
        <source>lift an online-booking block</source>
        <translation>een blokkering van online boeken opheffen</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>gebruikers beheren</translation>
    </message>
    <message>
        <source>change the practice settings</source>
        <translation>de instellingen van de praktijk wijzigen</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>een back-up terugzetten</translation>
    </message>
    <message>
        <source>change a practitioner&apos;s usual week</source>
        <translation>de gewone week van een zorgverlener wijzigen</translation>
    </message>
    <message>
        <source>export patient data to a file</source>
        <translation>patiëntgegevens naar een bestand exporteren</translation>
    </message>
    <message>
        <source>change the central agenda or its sign-in</source>
        <translation>de centrale agenda of de aanmelding ervan wijzigen</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>het auditlogboek lezen</translation>
    </message>
    <message>
        <source>read medical content</source>
        <translation>medische inhoud lezen</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>De map %1 kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>The tour stopped: %1</source>
        <translation>De rondleiding is gestopt: %1</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 kon niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keychain is available (on Linux, the Secret Service: GNOME Keyring or KWallet). Guichet keeps its secrets nowhere else; ask IT to start one.</source>
        <translation>Er is geen sleutelbos van het systeem beschikbaar (onder Linux de Secret Service: GNOME Keyring of KWallet). Guichet bewaart zijn geheimen nergens anders; vraag IT er een te starten.</translation>
    </message>
    <message>
        <source>The system keychain refused access; unlock it and try again.</source>
        <translation>De sleutelbos van het systeem weigerde de toegang; ontgrendel hem en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The secret is not in the system keychain.</source>
        <translation>Het geheim zit niet in de sleutelbos van het systeem.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>De sleutelbos van het systeem faalde: %1</translation>
    </message>
    <message>
        <source>The system keychain did not answer within 30 seconds.</source>
        <translation>De sleutelbos van het systeem antwoordde niet binnen 30 seconden.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>The server address is not a web address (for example https://agenda.example.be/fhir).</source>
        <translation>Het serveradres is geen webadres (bijvoorbeeld https://agenda.voorbeeld.be/fhir).</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http is only accepted for this computer).</source>
        <translation>Het serveradres moet met https:// beginnen (gewoon http wordt alleen voor deze computer aanvaard).</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password: sign in with a token instead.</source>
        <translation>Het serveradres mag geen gebruikersnaam of wachtwoord bevatten: meld u aan met een token.</translation>
    </message>
    <message>
        <source>The server address must not contain &apos;?&apos; or &apos;#&apos;.</source>
        <translation>Het serveradres mag geen &apos;?&apos; of &apos;#&apos; bevatten.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>As %1, %2 may not %3. Ask an administrator.</source>
        <translation>Als %1 mag %2 niet %3. Vraag het aan een beheerder.</translation>
    </message>
    <message>
        <source>%1 may %2 only for their own patients: ask the practitioner concerned or an administrator.</source>
        <translation>%1 mag alleen voor de eigen patiënten %2: vraag het de betrokken zorgverlener of een beheerder.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Sending changes</source>
        <translation>Wijzigingen verzenden</translation>
    </message>
    <message>
        <source>The central agenda cannot be reached: %1</source>
        <translation>De centrale agenda is onbereikbaar: %1</translation>
    </message>
    <message>
        <source>%1 %2 not sent: %3</source>
        <translation>%1 %2 niet verzonden: %3</translation>
    </message>
    <message>
        <source>Receiving %1</source>
        <translation>Ontvangen: %1</translation>
    </message>
    <message>
        <source>Receiving %1 failed: %2</source>
        <translation>Ontvangen van %1 mislukt: %2</translation>
    </message>
    <message>
        <source>%1/%2 refused: %3</source>
        <translation>%1/%2 geweigerd: %3</translation>
    </message>
    <message>
        <source>references nested too deeply</source>
        <translation>verwijzingen te diep genest</translation>
    </message>
    <message>
        <source>%1/%2 could not be read: %3</source>
        <translation>%1/%2 kon niet gelezen worden: %3</translation>
    </message>
    <message>
        <source>%1/%2 could not be linked</source>
        <translation>%1/%2 kon niet gekoppeld worden</translation>
    </message>
    <message>
        <source>resource type %1 is not synchronised</source>
        <translation>resourcetype %1 wordt niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praktijk</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Consultatie</translation>
    </message>
    <message>
        <source>central agenda</source>
        <translation>centrale agenda</translation>
    </message>
    <message>
        <source>No synchronisation conflict has the identifier %1.</source>
        <translation>Geen synchronisatieconflict heeft het id %1.</translation>
    </message>
    <message>
        <source>This conflict was already settled (%1).</source>
        <translation>Dit conflict is al opgelost (%1).</translation>
    </message>
    <message>
        <source>Choose %1.</source>
        <translation>Kies %1.</translation>
    </message>
    <message>
        <source>Two bookings of the same slot</source>
        <translation>Twee boekingen van hetzelfde tijdslot</translation>
    </message>
    <message>
        <source>The server&apos;s version refers to a patient or practitioner not received yet: synchronise first.</source>
        <translation>De versie van de server verwijst naar een patiënt of zorgverlener die nog niet ontvangen is: synchroniseer eerst.</translation>
    </message>
    <message>
        <source>Conflict settled: the central agenda&apos;s version</source>
        <translation>Conflict opgelost: versie van de centrale agenda</translation>
    </message>
    <message>
        <source>Decided on the central agenda</source>
        <translation>Beslist in de centrale agenda</translation>
    </message>
    <message>
        <source>Binary/%1 could not be read: %2</source>
        <translation>Binary/%1 kon niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>the document&apos;s size does not match its description</source>
        <translation>de grootte van het document komt niet overeen met de beschrijving</translation>
    </message>
    <message>
        <source>the document&apos;s content does not match its hash</source>
        <translation>de inhoud van het document komt niet overeen met de hash</translation>
    </message>
    <message>
        <source>patient (online)</source>
        <translation>patiënt (online)</translation>
    </message>
    <message>
        <source>Free slots of %1 not sent: %2</source>
        <translation>Vrije tijdslots van %1 niet verzonden: %2</translation>
    </message>
    <message>
        <source>Free slots of %1 not checked: %2</source>
        <translation>Vrije tijdslots van %1 niet gecontroleerd: %2</translation>
    </message>
    <message>
        <source>the document&apos;s content is not on the central agenda yet</source>
        <translation>de inhoud van het document staat nog niet in de centrale agenda</translation>
    </message>
    <message>
        <source>the central agenda&apos;s answer has no identifier</source>
        <translation>het antwoord van de centrale agenda heeft geen id</translation>
    </message>
    <message>
        <source>Waiting list not checked: %1</source>
        <translation>Wachtlijst niet nagekeken: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting-list offer(s) made</source>
        <translation>
            <numerusform>%n wachtlijstvoorstel gedaan</numerusform>
            <numerusform>%n wachtlijstvoorstellen gedaan</numerusform>
        </translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verplaatst</translation>
    </message>
    <message>
        <source>Messages not planned: %1</source>
        <translation>Berichten niet gepland: %1</translation>
    </message>
    <message>
        <source>The central agenda no longer accepts this desk&apos;s sign-in: nothing is lost, the changes wait here. Sign in again (File, Central agenda).</source>
        <translation>De centrale agenda aanvaardt de aanmelding van deze post niet meer: niets gaat verloren, de wijzigingen wachten hier. Meld u opnieuw aan (Bestand, Centrale agenda).</translation>
    </message>
    <message>
        <source>the hold has ended</source>
        <translation>het tijdslot wordt niet meer vastgehouden</translation>
    </message>
    <message>
        <source>Patient %1 received: %2 not kept (%3).</source>
        <translation>Patiënt %1 ontvangen: %2 niet behouden (%3).</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>het telefoonnummer</translation>
    </message>
</context>
<context>
    <name>SyncReview</name>
    <message>
        <source>another desk</source>
        <translation>een andere balie</translation>
    </message>
    <message>
        <source>Give the item&apos;s identifier (at least its first eight characters).</source>
        <translation>Geef de identificatie van het item (minstens de eerste acht tekens).</translation>
    </message>
    <message>
        <source>No item to check has the identifier %1.</source>
        <translation>Geen na te kijken item heeft de identificatie %1.</translation>
    </message>
    <message>
        <source>Several items to check start with %1: give more characters.</source>
        <translation>Meerdere na te kijken items beginnen met %1: geef meer tekens.</translation>
    </message>
    <message>
        <source>This item was already settled (%1).</source>
        <translation>Dit item werd al afgehandeld (%1).</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>De reden</translation>
    </message>
    <message>
        <source>Say why the appointment is kept despite the rule.</source>
        <translation>Zeg waarom de afspraak behouden blijft ondanks de regel.</translation>
    </message>
    <message>
        <source>A cancellation needs a reason.</source>
        <translation>Een annulering heeft een reden nodig.</translation>
    </message>
    <message>
        <source>This appointment is no longer booked (%1): there is nothing to cancel.</source>
        <translation>Deze afspraak is niet meer geboekt (%1): er is niets te annuleren.</translation>
    </message>
    <message>
        <source>Booked online</source>
        <translation>Online geboekt</translation>
    </message>
    <message>
        <source>Moved online</source>
        <translation>Online verplaatst</translation>
    </message>
    <message>
        <source>Booked again online</source>
        <translation>Online opnieuw geboekt</translation>
    </message>
    <message>
        <source>Cancelled online</source>
        <translation>Online geannuleerd</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>na te kijken</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>behouden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>patient called</source>
        <translation>patiënt gebeld</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>The account name must be at most 100 characters, without &apos;@&apos; or &apos;:&apos;.</source>
        <translation>De accountnaam telt hoogstens 100 tekens, zonder &apos;@&apos; of &apos;:&apos;.</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>Het token is leeg.</translation>
    </message>
    <message>
        <source>The token is too long (more than 16 KB).</source>
        <translation>Het token is te lang (meer dan 16 KB).</translation>
    </message>
    <message>
        <source>The token contains spaces or characters a token cannot hold: paste it exactly as the central agenda gave it.</source>
        <translation>Het token bevat spaties of tekens die een token niet kan bevatten: plak het precies zoals de centrale agenda het gaf.</translation>
    </message>
    <message>
        <source>No central agenda is set: give its address first (File, Central agenda).</source>
        <translation>Er is geen centrale agenda ingesteld: geef eerst het adres op (Bestand, Centrale agenda).</translation>
    </message>
    <message>
        <source>Not signed in to the central agenda: sign in first (File, Central agenda).</source>
        <translation>Niet aangemeld bij de centrale agenda: meld u eerst aan (Bestand, Centrale agenda).</translation>
    </message>
    <message>
        <source>The state of the link with the central agenda could not be read: %1</source>
        <translation>De toestand van de verbinding met de centrale agenda kon niet worden gelezen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will leave with the next exchange with the central agenda.</source>
        <translation>
            <numerusform>%n bericht vertrekt bij de volgende uitwisseling met de centrale agenda.</numerusform>
            <numerusform>%n berichten vertrekken bij de volgende uitwisseling met de centrale agenda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) ready — they will leave as soon as the central agenda can be reached (it cannot now): phone the patients who must know at once.</source>
        <translation>
            <numerusform>%n bericht klaar — het vertrekt zodra de centrale agenda bereikbaar is (nu niet): bel de patiënten die het meteen moeten weten.</numerusform>
            <numerusform>%n berichten klaar — ze vertrekken zodra de centrale agenda bereikbaar is (nu niet): bel de patiënten die het meteen moeten weten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) ready — they will leave once this desk signs in to the central agenda again (File, Central agenda): phone the patients who must know at once.</source>
        <translation>
            <numerusform>%n bericht klaar — het vertrekt zodra deze post opnieuw aangemeld is bij de centrale agenda (Bestand, Centrale agenda): bel de patiënten die het meteen moeten weten.</numerusform>
            <numerusform>%n berichten klaar — ze vertrekken zodra deze post opnieuw aangemeld is bij de centrale agenda (Bestand, Centrale agenda): bel de patiënten die het meteen moeten weten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) ready, but none can leave before a central agenda is set up (File, Central agenda): phone the patients.</source>
        <translation>
            <numerusform>%n bericht klaar, maar niets kan vertrekken voordat een centrale agenda is ingesteld (Bestand, Centrale agenda): bel de patiënten.</numerusform>
            <numerusform>%n berichten klaar, maar niets kan vertrekken voordat een centrale agenda is ingesteld (Bestand, Centrale agenda): bel de patiënten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared: the patient will find it in the online agenda after the next synchronisation.</source>
        <translation>Gedeeld: de patiënt vindt het in de online agenda na de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Marked as shared: it will reach the patient&apos;s online space as soon as the central agenda can be reached (it cannot now).</source>
        <translation>Gemarkeerd als gedeeld: het komt in de online ruimte van de patiënt zodra de centrale agenda bereikbaar is (nu niet).</translation>
    </message>
    <message>
        <source>Marked as shared: it will reach the patient&apos;s online space once this desk signs in to the central agenda again (File, Central agenda).</source>
        <translation>Gemarkeerd als gedeeld: het komt in de online ruimte van de patiënt zodra deze post opnieuw aangemeld is bij de centrale agenda (Bestand, Centrale agenda).</translation>
    </message>
    <message>
        <source>Marked as shared: it will reach the patient&apos;s online space once a central agenda is set up (File, Central agenda); nothing can leave before.</source>
        <translation>Gemarkeerd als gedeeld: het komt in de online ruimte van de patiënt zodra een centrale agenda is ingesteld (Bestand, Centrale agenda); niets kan eerder vertrekken.</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>%1 is too long (%2 characters at most).</source>
        <translation>%1: te lang (hoogstens %2 tekens).</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>The user&apos;s full name is required.</source>
        <translation>De volledige naam van de gebruiker is verplicht.</translation>
    </message>
    <message>
        <source>A user is already called &quot;%1&quot;.</source>
        <translation>Er bestaat al een gebruiker „%1”.</translation>
    </message>
    <message>
        <source>A login has 2 to 32 characters: letters without accents, digits, dots, hyphens or underscores.</source>
        <translation>Een login heeft 2 tot 32 tekens: letters zonder accenten, cijfers, punten, streepjes of underscores.</translation>
    </message>
    <message>
        <source>This installation already has users; an administrator must create new ones.</source>
        <translation>Deze installatie heeft al gebruikers; een beheerder moet nieuwe aanmaken.</translation>
    </message>
    <message>
        <source>Unknown login or wrong password.</source>
        <translation>Onbekende login of verkeerd wachtwoord.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Het huidige wachtwoord is verkeerd.</translation>
    </message>
    <message>
        <source>The sign-in could not be recorded in the audit log: %1</source>
        <translation>De aanmelding kon niet in het auditlogboek worden opgenomen: %1</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account waits until %1. Try again then, or ask an administrator to set a new password.</source>
        <translation>Te veel verkeerde wachtwoorden: deze account wacht tot %1. Probeer dan opnieuw, of vraag een beheerder een nieuw wachtwoord in te stellen.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>Deze account is uitgeschakeld. Vraag het aan een beheerder.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>U kunt uw eigen account niet uitschakelen.</translation>
    </message>
    <message>
        <source>This is the last active administrator: name another one first.</source>
        <translation>Dit is de laatste actieve beheerder: duid eerst een andere aan.</translation>
    </message>
    <message>
        <source>You cannot remove your own administrator role.</source>
        <translation>U kunt uw eigen beheerdersrol niet intrekken.</translation>
    </message>
    <message>
        <source>No practitioner has the identifier %1.</source>
        <translation>Geen zorgverlener heeft het ID %1.</translation>
    </message>
    <message>
        <source>The full name is required (at most 120 characters).</source>
        <translation>De volledige naam is verplicht (ten hoogste 120 tekens).</translation>
    </message>
</context>
<context>
    <name>WaitingList</name>
    <message>
        <source>earlier slot taken</source>
        <translation>vroeger tijdslot aanvaard</translation>
    </message>
    <message>
        <source>Only a booked appointment can go on the waiting list.</source>
        <translation>Enkel een geboekte afspraak kan op de wachtlijst.</translation>
    </message>
    <message>
        <source>The appointment needs a visit reason to look for an earlier slot.</source>
        <translation>De afspraak heeft een reden van bezoek nodig om een vroeger tijdslot te zoeken.</translation>
    </message>
    <message numerus="yes">
        <source>The waiting list is offered only for an appointment more than %n days away.</source>
        <translation>
            <numerusform>De wachtlijst wordt enkel aangeboden voor een afspraak over meer dan %n dag.</numerusform>
            <numerusform>De wachtlijst wordt enkel aangeboden voor een afspraak over meer dan %n dagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A slot is free sooner, on %1: offer it to the patient rather than the waiting list.</source>
        <translation>Er is eerder een tijdslot vrij, op %1: stel dat voor in plaats van de wachtlijst.</translation>
    </message>
    <message>
        <source>This appointment is already on the waiting list.</source>
        <translation>Deze afspraak staat al op de wachtlijst.</translation>
    </message>
    <message>
        <source>This patient is no longer on the waiting list.</source>
        <translation>Deze patiënt staat niet meer op de wachtlijst.</translation>
    </message>
    <message>
        <source>left at the patient&apos;s request</source>
        <translation>verwijderd op vraag van de patiënt</translation>
    </message>
    <message>
        <source>No waiting-list entry has the identifier %1.</source>
        <translation>Geen inschrijving op de wachtlijst heeft het id %1.</translation>
    </message>
    <message>
        <source>No waiting-list offer has the identifier %1.</source>
        <translation>Geen wachtlijstvoorstel heeft het id %1.</translation>
    </message>
    <message>
        <source>the appointment is no longer to come</source>
        <translation>de afspraak komt er niet meer aan</translation>
    </message>
    <message numerus="yes">
        <source>%n offers not taken</source>
        <translation>
            <numerusform>%n voorstel niet aanvaard</numerusform>
            <numerusform>%n voorstellen niet aanvaard</numerusform>
        </translation>
    </message>
    <message>
        <source>This offer is closed (%1): the slot was taken, has passed or was refused.</source>
        <translation>Dit voorstel is afgesloten (%1): het tijdslot is ingenomen, voorbij of geweigerd.</translation>
    </message>
    <message>
        <source>Replaced by an earlier slot offered from the waiting list</source>
        <translation>Vervangen door een vroeger tijdslot van de wachtlijst</translation>
    </message>
    <message>
        <source>central agenda</source>
        <translation>centrale agenda</translation>
    </message>
</context>
<context>
    <name>guichet::AbsenceDialog</name>
    <message>
        <source>Declare an absence</source>
        <translation>Afwezigheid opgeven</translation>
    </message>
    <message>
        <source>Holidays, training, illness…</source>
        <translation>Verlof, opleiding, ziekte…</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Zorgverlener:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Tot:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <source>Declare</source>
        <translation>Opgeven</translation>
    </message>
    <message>
        <source>Absence declared. No booked patient is affected.</source>
        <translation>Afwezigheid opgegeven. Geen patiënt met een afspraak is getroffen.</translation>
    </message>
    <message numerus="yes">
        <source>Absence declared. %n booked patient(s) must be called and moved:</source>
        <translation>
            <numerusform>Afwezigheid opgegeven. %n patiënt met een afspraak moet gebeld en verplaatst worden:</numerusform>
            <numerusform>Afwezigheid opgegeven. %n patiënten met een afspraak moeten gebeld en verplaatst worden:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::AdministrationDialog</name>
    <message>
        <source>Administration of the practice</source>
        <translation>Beheer van de praktijk</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Vestigingen</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Zorgverleners</translation>
    </message>
    <message>
        <source>Visit reasons</source>
        <translation>Redenen van bezoek</translation>
    </message>
    <message>
        <source>Hours and absences</source>
        <translation>Uren en afwezigheden</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>Practice rules</source>
        <translation>Praktijkregels</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>guichet::AgendaGrid</name>
    <message>
        <source>Opening hours or absences could not be read: %1</source>
        <translation>De openingsuren of afwezigheden konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notitie: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>van %1 tot %2</translation>
    </message>
    <message>
        <source>with a note</source>
        <translation>met een notitie</translation>
    </message>
    <message>
        <source>Free time at %1, %2</source>
        <translation>Vrij om %1, %2</translation>
    </message>
    <message>
        <source>Open the appointment</source>
        <translation>De afspraak openen</translation>
    </message>
    <message>
        <source>Book here</source>
        <translation>Hier boeken</translation>
    </message>
    <message>
        <source>Agenda of the week of %1</source>
        <translation>Agenda van de week van %1</translation>
    </message>
    <message>
        <source>Agenda of %1</source>
        <translation>Agenda van %1</translation>
    </message>
    <message>
        <source>Arrows move between the practitioners and along the day; Enter opens the appointment or books the free time.</source>
        <translation>De pijltjes gaan van de ene zorgverlener naar de andere en door de dag; Enter opent de afspraak of boekt de vrije tijd.</translation>
    </message>
</context>
<context>
    <name>guichet::AgendaView</name>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>Geannuleerde tonen</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n afspraak</numerusform>
            <numerusform>%n afspraken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the waiting room</source>
        <translation>
            <numerusform>%n in de wachtzaal</numerusform>
            <numerusform>%n in de wachtzaal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still expected</source>
        <translation>
            <numerusform>%n nog verwacht</numerusform>
            <numerusform>%n nog verwacht</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient has &amp;arrived</source>
        <translation>Patiënt is &amp;aangekomen</translation>
    </message>
    <message>
        <source>Mark as &amp;not honoured</source>
        <translation>Markeren als &amp;niet nagekomen</translation>
    </message>
    <message>
        <source>Mark as not honoured, &amp;excused</source>
        <translation>Markeren als niet nagekomen, &amp;verontschuldigd</translation>
    </message>
    <message>
        <source>&amp;Undo the no-show</source>
        <translation>Niet-nagekomen &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>%1 has arrived.</source>
        <translation>%1 is aangekomen.</translation>
    </message>
    <message>
        <source>The no-show of %1 is undone; no notice will be sent.</source>
        <translation>De niet-nagekomen afspraak van %1 is ongedaan gemaakt; er wordt geen bericht verstuurd.</translation>
    </message>
    <message>
        <source>%1: not honoured, excused.</source>
        <translation>%1: niet nagekomen, verontschuldigd.</translation>
    </message>
    <message>
        <source>%1: not honoured. The patient will get a neutral notice unless you undo it today.</source>
        <translation>%1: niet nagekomen. De patiënt krijgt een neutraal bericht, tenzij u het vandaag ongedaan maakt.</translation>
    </message>
    <message>
        <source>Day list</source>
        <translation>Daglijst</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>All practitioners</source>
        <translation>Alle zorgverleners</translation>
    </message>
    <message>
        <source>New appointment…</source>
        <translation>Nieuwe afspraak…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Volgende ▶</translation>
    </message>
    <message>
        <source>Ctrl+N; or click and drag on the day or week grid</source>
        <translation>Ctrl+N; of klikken en slepen in het dag- of weekrooster</translation>
    </message>
    <message>
        <source>Absence…</source>
        <translation>Afwezigheid…</translation>
    </message>
    <message>
        <source>Declare a practitioner&apos;s absence and see the booked patients to move</source>
        <translation>De afwezigheid van een zorgverlener opgeven en de te verplaatsen patiënten zien</translation>
    </message>
    <message>
        <source>&amp;In consultation</source>
        <translation>&amp;In consultatie</translation>
    </message>
    <message>
        <source>Consultation &amp;done</source>
        <translation>Consultatie &amp;afgerond</translation>
    </message>
    <message>
        <source>&amp;Move or change the length…</source>
        <translation>&amp;Verplaatsen of duur wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Cancel the appointment…</source>
        <translation>Afspraak &amp;annuleren…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>New appointment: Ctrl+N, or click and drag on free time in the day or week grid. Drag an appointment to move it, its lower edge to change its length. Undo: Ctrl+Z.</source>
        <translation>Nieuwe afspraak: Ctrl+N, of klikken en slepen over vrije tijd in het dag- of weekrooster. Een afspraak slepen verplaatst ze, de onderrand slepen wijzigt de duur. Ongedaan maken: Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>%n practitioner(s)</source>
        <translation>
            <numerusform>%n zorgverlener</numerusform>
            <numerusform>%n zorgverleners</numerusform>
        </translation>
    </message>
    <message>
        <source>Done. Ctrl+Z undoes it.</source>
        <translation>Gedaan. Ctrl+Z maakt het ongedaan.</translation>
    </message>
    <message>
        <source>Appointment booked. Ctrl+Z undoes it.</source>
        <translation>Afspraak geboekt. Ctrl+Z maakt het ongedaan.</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Verplaatst naar %1.</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Ctrl+Z maakt het ongedaan.</translation>
    </message>
    <message>
        <source>Cancelled, late: the patient will get a neutral notice. Ctrl+Z undoes it.</source>
        <translation>Laattijdig geannuleerd: de patiënt krijgt een neutraal bericht. Ctrl+Z maakt het ongedaan.</translation>
    </message>
    <message>
        <source>Cancelled. Ctrl+Z undoes it.</source>
        <translation>Geannuleerd. Ctrl+Z maakt het ongedaan.</translation>
    </message>
    <message>
        <source>Move the appointment</source>
        <translation>Afspraak verplaatsen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <source>New start:</source>
        <translation>Nieuw begin:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Duur:</translation>
    </message>
    <message>
        <source>%1 is in consultation.</source>
        <translation>%1 is in consultatie.</translation>
    </message>
    <message>
        <source>%1: consultation done.</source>
        <translation>%1: consultatie afgerond.</translation>
    </message>
    <message>
        <source>Hours…</source>
        <translation>Openingsuren…</translation>
    </message>
    <message>
        <source>A practitioner&apos;s usual week and the days that differ (public holidays, exceptional hours)</source>
        <translation>De gewone week van een zorgverlener en de afwijkende dagen (feestdagen, uitzonderlijke uren)</translation>
    </message>
    <message>
        <source>D&amp;ocuments of the appointment…</source>
        <translation>D&amp;ocumenten van de afspraak…</translation>
    </message>
    <message>
        <source>Documents — %1, %2</source>
        <translation>Documenten — %1, %2</translation>
    </message>
    <message>
        <source>Messages to the &amp;patient…</source>
        <translation>Berichten aan de &amp;patiënt…</translation>
    </message>
    <message>
        <source>&amp;Erase the no-show (unjustified)…</source>
        <translation>Afwezigheid &amp;wissen (onterecht)…</translation>
    </message>
    <message>
        <source>&amp;Block online booking…</source>
        <translation>Online boeken &amp;blokkeren…</translation>
    </message>
    <message>
        <source>Erase the no-show</source>
        <translation>Afwezigheid wissen</translation>
    </message>
    <message>
        <source>Why is this no-show unjustified? (kept in the audit log)</source>
        <translation>Waarom is deze afwezigheid onterecht? (bewaard in het auditlogboek)</translation>
    </message>
    <message>
        <source>Block online booking</source>
        <translation>Online boeken blokkeren</translation>
    </message>
    <message>
        <source>Lift the online block</source>
        <translation>Online blokkering opheffen</translation>
    </message>
    <message>
        <source>Why is online booking blocked? (kept in the audit log)</source>
        <translation>Waarom wordt online boeken geblokkeerd? (bewaard in het auditlogboek)</translation>
    </message>
    <message>
        <source>Why is the block lifted? (kept in the audit log)</source>
        <translation>Waarom wordt de blokkering opgeheven? (bewaard in het auditlogboek)</translation>
    </message>
    <message>
        <source>&amp;Lift the online block…</source>
        <translation>Online blokkering &amp;opheffen…</translation>
    </message>
    <message>
        <source>The no-show is erased: it stays in the history and no longer counts.</source>
        <translation>De afwezigheid is gewist: ze blijft in de geschiedenis en telt niet meer.</translation>
    </message>
    <message>
        <source>This patient can no longer book this practitioner online; the desk still can.</source>
        <translation>Deze patiënt kan deze zorgverlener niet meer online boeken; het onthaal kan dat nog wel.</translation>
    </message>
    <message>
        <source>The block is lifted: the patient may book online again.</source>
        <translation>De blokkering is opgeheven: de patiënt kan weer online boeken.</translation>
    </message>
    <message>
        <source>Declare an absence…</source>
        <translation>Een afwezigheid melden…</translation>
    </message>
    <message>
        <source>Change or remove an absence…</source>
        <translation>Een afwezigheid wijzigen of verwijderen…</translation>
    </message>
    <message>
        <source>Absences and usual week</source>
        <translation>Afwezigheden en gewone week</translation>
    </message>
    <message>
        <source>Running late…</source>
        <translation>Vertraging…</translation>
    </message>
    <message>
        <source>Tell the patients still expected today that the practitioner is running late</source>
        <translation>De patiënten die vandaag nog verwacht worden laten weten dat de zorgverlener vertraging heeft</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>Ctrl+F; a patient&apos;s appointments, or by date, practitioner and status</source>
        <translation>Ctrl+F; de afspraken van een patiënt, of op datum, zorgverlener en status</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Nearest free slot: %1.</source>
        <translation>Dichtstbijzijnde vrije tijdstip: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Series: %n appointment(s) booked.</source>
        <translation>
            <numerusform>Reeks: %n afspraak geboekt.</numerusform>
            <numerusform>Reeks: %n afspraken geboekt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not booked: %1</source>
        <translation>Niet geboekt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) booked one after the other for the family.</source>
        <translation>
            <numerusform>%n afspraak na elkaar geboekt voor het gezin.</numerusform>
            <numerusform>%n afspraken na elkaar geboekt voor het gezin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) told that the practitioner is running late.</source>
        <translation>
            <numerusform>%n patiënt verwittigd over de vertraging.</numerusform>
            <numerusform>%n patiënten verwittigd over de vertraging.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the agenda</source>
        <translation>Agenda afdrukken</translation>
    </message>
    <message>
        <source>The day (%1)</source>
        <translation>De dag (%1)</translation>
    </message>
    <message>
        <source>The week from Monday %1</source>
        <translation>De week vanaf maandag %1</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <source>Practitioners:</source>
        <translation>Zorgverleners:</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>Afdrukken:</translation>
    </message>
    <message>
        <source>Tick at least one practitioner to print.</source>
        <translation>Vink minstens één zorgverlener aan om af te drukken.</translation>
    </message>
    <message>
        <source>Save the agenda as PDF</source>
        <translation>Agenda opslaan als pdf</translation>
    </message>
    <message>
        <source>agenda-%1.pdf</source>
        <translation>agenda-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Agenda printed.</source>
        <translation>Agenda afgedrukt.</translation>
    </message>
    <message>
        <source>The agenda could not be printed.</source>
        <translation>De agenda kon niet worden afgedrukt.</translation>
    </message>
    <message>
        <source>Appointment slip</source>
        <translation>Afspraakkaart</translation>
    </message>
    <message>
        <source>Slip printed.</source>
        <translation>Afspraakkaart afgedrukt.</translation>
    </message>
    <message>
        <source>The slip could not be printed.</source>
        <translation>De afspraakkaart kon niet worden afgedrukt.</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Nieuwe afspraak</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Pijltjes</translation>
    </message>
    <message>
        <source>On the grid: move between slots and appointments (Left/Right: the next column)</source>
        <translation>Op het rooster: tussen tijdstippen en afspraken bewegen (Links/Rechts: volgende kolom)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>On the grid: book the free slot, or open the appointment</source>
        <translation>Op het rooster: het vrije tijdstip boeken, of de afspraak openen</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Deze lijst</translation>
    </message>
    <message>
        <source>Keyboard shortcuts of the agenda</source>
        <translation>Sneltoetsen van de agenda</translation>
    </message>
    <message>
        <source>&amp;Print the agenda (days or week)…</source>
        <translation>&amp;Agenda afdrukken (dagen of week)…</translation>
    </message>
    <message>
        <source>Find appointments</source>
        <translation>Afspraken zoeken</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) ready — they will leave once a central agenda is set up; phone the patients meanwhile.</source>
        <translation>
            <numerusform>%n bericht klaar — het vertrekt zodra een centrale agenda is ingesteld; bel de patiënten intussen.</numerusform>
            <numerusform>%n berichten klaar — ze vertrekken zodra een centrale agenda is ingesteld; bel de patiënten intussen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Alles aanvinken</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>Niets aanvinken</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Tekens</translation>
    </message>
    <message>
        <source>☎ booked by phone · @ online · ✎ with a note · %1 arrived · %2 in consultation · %3 done · %4 not honoured · struck out: cancelled</source>
        <translation>☎ telefonisch geboekt · @ online · ✎ met een notitie · %1 aangekomen · %2 in consultatie · %3 afgerond · %4 niet nagekomen · doorgestreept: geannuleerd</translation>
    </message>
</context>
<context>
    <name>guichet::AppointmentMessagesDialog</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n teken</numerusform>
            <numerusform>%n tekens</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Onderwerp:</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>Wordt verzonden</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>As the patient reads it</source>
        <translation>Zoals de patiënt het leest</translation>
    </message>
    <message>
        <source>Messages — %1</source>
        <translation>Berichten — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2 — %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2 — %3</translation>
    </message>
    <message>
        <source>Nothing is sent for this appointment: messages are off for this visit reason or this patient, or no e-mail address or mobile number is known.</source>
        <translation>Voor deze afspraak wordt niets verzonden: berichten staan uit voor deze reden of deze patiënt, of er is geen e-mailadres of gsm-nummer gekend.</translation>
    </message>
    <message numerus="yes">
        <source>On the waiting list since %1; %n offer(s) made.</source>
        <translation>
            <numerusform>Op de wachtlijst sinds %1; %n voorstel gedaan.</numerusform>
            <numerusform>Op de wachtlijst sinds %1; %n voorstellen gedaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take off the waiting list</source>
        <translation>Van de wachtlijst halen</translation>
    </message>
    <message>
        <source>Put on the waiting list</source>
        <translation>Op de wachtlijst zetten</translation>
    </message>
    <message>
        <source>Nothing is free sooner: the patient can be told when an earlier slot frees up.</source>
        <translation>Er is niets eerder vrij: de patiënt kan verwittigd worden als er eerder een tijdslot vrijkomt.</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>Why does the patient leave the list?</source>
        <translation>Waarom verlaat de patiënt de lijst?</translation>
    </message>
    <message>
        <source>At the patient&apos;s request</source>
        <translation>Op vraag van de patiënt</translation>
    </message>
</context>
<context>
    <name>guichet::AppointmentPanel</name>
    <message>
        <source>Select an appointment to see everything about it here.</source>
        <translation>Selecteer een afspraak om er hier alles over te zien.</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wanneer:</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>Bij:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <source>Booked:</source>
        <translation>Geboekt:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Reeks:</translation>
    </message>
    <message>
        <source>Waiting list:</source>
        <translation>Wachtlijst:</translation>
    </message>
    <message>
        <source>A note for the desk and the practitioner</source>
        <translation>Een notitie voor het onthaal en de zorgverlener</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Notitie opslaan</translation>
    </message>
    <message>
        <source>Keeps the note with the appointment (history)</source>
        <translation>Bewaart de notitie bij de afspraak (geschiedenis)</translation>
    </message>
    <message>
        <source>Other patient…</source>
        <translation>Andere patiënt…</translation>
    </message>
    <message>
        <source>The appointment was given to the wrong patient: give it to the right one</source>
        <translation>De afspraak werd aan de verkeerde patiënt gegeven: geef ze aan de juiste</translation>
    </message>
    <message>
        <source>Other reason…</source>
        <translation>Andere reden…</translation>
    </message>
    <message>
        <source>Change the visit reason (the rules are checked again)</source>
        <translation>De reden wijzigen (de regels worden opnieuw gecontroleerd)</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>Bericht…</translation>
    </message>
    <message>
        <source>Send an SMS or an e-mail to the patient now</source>
        <translation>Nu een sms of e-mail naar de patiënt sturen</translation>
    </message>
    <message>
        <source>Appointment slip…</source>
        <translation>Afspraakkaart…</translation>
    </message>
    <message>
        <source>Print the slip to hand to the patient</source>
        <translation>De afspraakkaart voor de patiënt afdrukken</translation>
    </message>
    <message>
        <source>Documents…</source>
        <translation>Documenten…</translation>
    </message>
    <message>
        <source>The appointment&apos;s documents</source>
        <translation>De documenten van de afspraak</translation>
    </message>
    <message>
        <source>Book again</source>
        <translation>Opnieuw boeken</translation>
    </message>
    <message>
        <source>The patient keeps this cancelled appointment after all</source>
        <translation>De patiënt houdt deze geannuleerde afspraak toch</translation>
    </message>
    <message>
        <source>Entered in error…</source>
        <translation>Per vergissing ingevoerd…</translation>
    </message>
    <message>
        <source>This appointment never existed (a mistake): nothing is sent to the patient</source>
        <translation>Deze afspraak heeft nooit bestaan (een vergissing): er wordt niets naar de patiënt gestuurd</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>Through the account holder %1: %2</source>
        <translation>Via de accounthouder %1: %2</translation>
    </message>
    <message>
        <source>no contact</source>
        <translation>geen contact</translation>
    </message>
    <message>
        <source>No phone and no e-mail: no message can reach this patient.</source>
        <translation>Geen telefoon en geen e-mail: geen enkel bericht kan deze patiënt bereiken.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>video consultation</source>
        <translation>videoconsultatie</translation>
    </message>
    <message>
        <source>%1, on %2</source>
        <translation>%1, op %2</translation>
    </message>
    <message>
        <source>%1, by %2 on %3</source>
        <translation>%1, door %2 op %3</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>appointment %1 of %2</source>
        <translation>afspraak %1 van %2</translation>
    </message>
    <message numerus="yes">
        <source>waiting for an earlier slot, %n offer(s) sent</source>
        <translation>
            <numerusform>wacht op een vroeger tijdstip, %n aanbod verzonden</numerusform>
            <numerusform>wacht op een vroeger tijdstip, %n aanbiedingen verzonden</numerusform>
        </translation>
    </message>
    <message>
        <source>an earlier slot was accepted</source>
        <translation>een vroeger tijdstip werd aanvaard</translation>
    </message>
    <message>
        <source>no longer waiting</source>
        <translation>wacht niet meer</translation>
    </message>
    <message>
        <source>No message for this appointment.</source>
        <translation>Geen berichten voor deze afspraak.</translation>
    </message>
    <message>
        <source>Documents (%1)…</source>
        <translation>Documenten (%1)…</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notitie opgeslagen.</translation>
    </message>
    <message>
        <source>The appointment is now this patient&apos;s; the first patient&apos;s messages are withdrawn.</source>
        <translation>De afspraak is nu van deze patiënt; de berichten aan de eerste patiënt zijn ingetrokken.</translation>
    </message>
    <message>
        <source>Visit reason changed.</source>
        <translation>Reden gewijzigd.</translation>
    </message>
    <message>
        <source>Marked as entered in error; nothing is sent to the patient.</source>
        <translation>Gemarkeerd als per vergissing ingevoerd; er wordt niets naar de patiënt gestuurd.</translation>
    </message>
    <message>
        <source>Booked again; the patient gets a confirmation.</source>
        <translation>Opnieuw geboekt; de patiënt krijgt een bevestiging.</translation>
    </message>
    <message>
        <source>Message handed to the central agenda to send (%1 to %2).</source>
        <translation>Bericht aan de centrale agenda bezorgd om te verzenden (%1 naar %2).</translation>
    </message>
    <message>
        <source>Give the appointment to another patient</source>
        <translation>De afspraak aan een andere patiënt geven</translation>
    </message>
    <message>
        <source>Why (kept in the history):</source>
        <translation>Waarom (bewaard in de geschiedenis):</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>Change the visit reason</source>
        <translation>De reden wijzigen</translation>
    </message>
    <message>
        <source>Visit reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>Per vergissing ingevoerd</translation>
    </message>
    <message>
        <source>This appointment never existed: it leaves the agenda and nothing is sent to the patient.
Why?</source>
        <translation>Deze afspraak heeft nooit bestaan: ze verdwijnt uit de agenda en er wordt niets naar de patiënt gestuurd.
Waarom?</translation>
    </message>
    <message>
        <source>Kept by the patient after all</source>
        <translation>Toch behouden door de patiënt</translation>
    </message>
    <message>
        <source>Message to the patient</source>
        <translation>Bericht aan de patiënt</translation>
    </message>
    <message>
        <source>SMS to a mobile, otherwise e-mail</source>
        <translation>Sms naar een gsm, anders e-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>%1 characters (an SMS holds %2 at most)</source>
        <translation>%1 tekens (een sms telt er hoogstens %2)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Verzenden</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Via:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Bericht:</translation>
    </message>
    <message>
        <source>Rest of the series…</source>
        <translation>Rest van de reeks…</translation>
    </message>
    <message>
        <source>Move or cancel this appointment and the later ones of its series</source>
        <translation>Deze afspraak en de volgende van de reeks verplaatsen of annuleren</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) of the series cancelled.</source>
        <translation>
            <numerusform>%n afspraak van de reeks geannuleerd.</numerusform>
            <numerusform>%n afspraken van de reeks geannuleerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) of the series moved.</source>
        <translation>
            <numerusform>%n afspraak van de reeks verplaatst.</numerusform>
            <numerusform>%n afspraken van de reeks verplaatst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not moved: %1 (%2)</source>
        <translation>Niet verplaatst: %1 (%2)</translation>
    </message>
    <message>
        <source>Rest of the series</source>
        <translation>Rest van de reeks</translation>
    </message>
    <message>
        <source>Move this one and the later ones</source>
        <translation>Deze en de volgende verplaatsen</translation>
    </message>
    <message>
        <source>Cancel this one and the later ones</source>
        <translation>Deze en de volgende annuleren</translation>
    </message>
    <message>
        <source>Why (for a cancellation)</source>
        <translation>Waarom (bij een annulering)</translation>
    </message>
    <message>
        <source>Appointment %1 of %2 of the series.</source>
        <translation>Afspraak %1 van %2 van de reeks.</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Wat:</translation>
    </message>
    <message>
        <source>This one now at:</source>
        <translation>Deze nu op:</translation>
    </message>
    <message>
        <source>Unsaved note</source>
        <translation>Notitie niet bewaard</translation>
    </message>
    <message>
        <source>The note of this appointment is not saved. Save it before going on?</source>
        <translation>De notitie bij deze afspraak is niet bewaard. Eerst bewaren?</translation>
    </message>
</context>
<context>
    <name>guichet::AppointmentSearchDialog</name>
    <message>
        <source>Find appointments</source>
        <translation>Afspraken zoeken</translation>
    </message>
    <message>
        <source>Every patient</source>
        <translation>Alle patiënten</translation>
    </message>
    <message>
        <source>Patient…</source>
        <translation>Patiënt…</translation>
    </message>
    <message>
        <source>Every practitioner</source>
        <translation>Alle zorgverleners</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Zorgverlener</translation>
    </message>
    <message>
        <source>Visit reason</source>
        <translation>Reden van bezoek</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Patiënt:</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Zorgverlener:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <source>Open in the agenda</source>
        <translation>Openen in de agenda</translation>
    </message>
    <message>
        <source>Whose appointments?</source>
        <translation>Wiens afspraken?</translation>
    </message>
    <message>
        <source>The first %1 appointments: narrow the search.</source>
        <translation>De eerste %1 afspraken: verfijn de zoekopdracht.</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n afspraak</numerusform>
            <numerusform>%n afspraken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::AuditPage</name>
    <message>
        <source>Everybody</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID van de patiënt</translation>
    </message>
    <message>
        <source>Every act</source>
        <translation>Alle handelingen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Het auditlogboek exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n act(s), newest first.</source>
        <translation>
            <numerusform>%n handeling, nieuwste eerst.</numerusform>
            <numerusform>%n handelingen, nieuwste eerst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n act(s) exported to %1.</source>
        <translation>
            <numerusform>%n handeling geëxporteerd naar %1.</numerusform>
            <numerusform>%n handelingen geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::BackupDialog</name>
    <message>
        <source>Backup and vault key</source>
        <translation>Back-up en sleutel van de kluis</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>A consistent copy of the database and of the sealed documents, even while the desks work. Restoring one is IT&apos;s: guichet-cli restore.</source>
        <translation>Een consistente kopie van de databank en van de verzegelde documenten, ook terwijl de posten werken. Terugzetten is voor IT: guichet-cli restore.</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>Een back-up maken…</translation>
    </message>
    <message>
        <source>The documents&apos; key</source>
        <translation>De sleutel van de documenten</translation>
    </message>
    <message>
        <source>The documents are sealed with a key kept in this computer&apos;s keychain. To move the practice to a new computer, export it sealed with a passphrase (at least 12 characters), keep the file apart from the backups, and import it there after the restore.</source>
        <translation>De documenten zijn verzegeld met een sleutel in de sleutelhanger van deze computer. Om de praktijk naar een nieuwe computer te verhuizen: exporteer ze verzegeld met een wachtzin (minstens 12 tekens), bewaar het bestand apart van de back-ups en importeer het daar na het terugzetten.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Wachtzin:</translation>
    </message>
    <message>
        <source>Passphrase again (export):</source>
        <translation>Wachtzin opnieuw (export):</translation>
    </message>
    <message>
        <source>Export the key…</source>
        <translation>De sleutel exporteren…</translation>
    </message>
    <message>
        <source>Import a key…</source>
        <translation>Een sleutel importeren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Een back-up maken</translation>
    </message>
    <message>
        <source>Guichet databases (*.db)</source>
        <translation>Guichet-databanken (*.db)</translation>
    </message>
    <message>
        <source>Export the key</source>
        <translation>De sleutel exporteren</translation>
    </message>
    <message>
        <source>Guichet keys (*.guichet)</source>
        <translation>Guichet-sleutels (*.guichet)</translation>
    </message>
    <message>
        <source>Import a key</source>
        <translation>Een sleutel importeren</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Back-up geschreven naar %1.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtzinnen verschillen.</translation>
    </message>
    <message>
        <source>The key is sealed in %1: keep it apart from the backups, and the passphrase apart from both.</source>
        <translation>De sleutel is verzegeld in %1: bewaar ze apart van de back-ups, en de wachtzin apart van beide.</translation>
    </message>
    <message>
        <source>The key is in this computer&apos;s keychain: the documents read here.</source>
        <translation>De sleutel zit in de sleutelhanger van deze computer: de documenten zijn hier leesbaar.</translation>
    </message>
</context>
<context>
    <name>guichet::BookingDialog</name>
    <message>
        <source>New appointment</source>
        <translation>Nieuwe afspraak</translation>
    </message>
    <message>
        <source>Patient: name, birth date, phone, NISS or NIR…</source>
        <translation>Patiënt: naam, geboortedatum, telefoon, INSZ of NIR…</translation>
    </message>
    <message>
        <source>Only to book over a taken slot: why</source>
        <translation>Enkel om over een bezet tijdslot te boeken: waarom</translation>
    </message>
    <message>
        <source>Replace the appointment that is too close (spacing rule)</source>
        <translation>De te dichte afspraak vervangen (spreidingsregel)</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Voor:</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Zorgverlener:</translation>
    </message>
    <message>
        <source>Visit reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanaal:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
    <message>
        <source>Override:</source>
        <translation>Forceren:</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Boeken</translation>
    </message>
    <message>
        <source>%1 (relative)</source>
        <translation>%1 (verwant)</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>Appointments not honoured: %1</source>
        <translation>Niet-nagekomen afspraken: %1</translation>
    </message>
    <message>
        <source>Choose the patient first.</source>
        <translation>Kies eerst de patiënt.</translation>
    </message>
    <message>
        <source>Choose a slot.</source>
        <translation>Kies een tijdslot.</translation>
    </message>
    <message>
        <source>Chosen on the grid: %1</source>
        <translation>Gekozen in het rooster: %1</translation>
    </message>
    <message>
        <source>Any practitioner (first free slots)</source>
        <translation>Eender welke zorgverlener (eerste vrije tijdstippen)</translation>
    </message>
    <message>
        <source>Waiting list: tell the patient when an earlier slot frees up</source>
        <translation>Wachtlijst: de patiënt verwittigen als er eerder een tijdslot vrijkomt</translation>
    </message>
    <message>
        <source>Booked, but not put on the waiting list: %1</source>
        <translation>Geboekt, maar niet op de wachtlijst gezet: %1</translation>
    </message>
    <message>
        <source>Every practitioner: %1</source>
        <translation>Alle zorgverleners: %1</translation>
    </message>
    <message>
        <source>Or keep both appointments despite the spacing rule: why</source>
        <translation>Of beide afspraken behouden ondanks de spreidingsregel: waarom</translation>
    </message>
    <message>
        <source>The first day to look at</source>
        <translation>De eerste dag om te bekijken</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Hele dag</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Voormiddag</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Namiddag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Only these weekdays (none ticked: every day)</source>
        <translation>Alleen deze weekdagen (niets aangevinkt: elke dag)</translation>
    </message>
    <message>
        <source>More slots</source>
        <translation>Meer tijdstippen</translation>
    </message>
    <message>
        <source>The next free slots (Ctrl+Page Down)</source>
        <translation>De volgende vrije tijdstippen (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Herhalen om de</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>week/weken</translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation>dag(en)</translation>
    </message>
    <message>
        <source> appointments</source>
        <translation> afspraken</translation>
    </message>
    <message>
        <source>in all:</source>
        <translation>in totaal:</translation>
    </message>
    <message>
        <source>Also for (the slots right after):</source>
        <translation>Ook voor (de tijdstippen direct erna):</translation>
    </message>
    <message>
        <source>New patient…</source>
        <translation>Nieuwe patiënt…</translation>
    </message>
    <message>
        <source>Create the patient&apos;s record, after checking they are not known already</source>
        <translation>Het dossier van de patiënt aanmaken, na controle dat hij of zij nog niet gekend is</translation>
    </message>
    <message>
        <source>Look:</source>
        <translation>Zoeken:</translation>
    </message>
    <message>
        <source>Free slots:</source>
        <translation>Vrije tijdstippen:</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Reeks:</translation>
    </message>
    <message>
        <source>Spacing rule:</source>
        <translation>Spreidingsregel:</translation>
    </message>
    <message>
        <source>No free slot for this search: look from a later date, or on other days.</source>
        <translation>Geen vrij tijdstip voor deze zoekopdracht: zoek vanaf een latere datum, of op andere dagen.</translation>
    </message>
    <message>
        <source>No appointment of the series could be booked: %1</source>
        <translation>Geen enkele afspraak van de reeks kon geboekt worden: %1</translation>
    </message>
    <message>
        <source>Tick &quot;Replace&quot; to replace it, give a reason to keep both, or choose another slot.</source>
        <translation>Vink &quot;Vervangen&quot; aan om ze te vervangen, geef een reden om beide te behouden, of kies een ander tijdstip.</translation>
    </message>
    <message>
        <source>until:</source>
        <translation>tot:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Dagen:</translation>
    </message>
</context>
<context>
    <name>guichet::BrowserSignIn</name>
    <message>
        <source>The central agenda offers no sign-in in the browser: use a client secret or a token.</source>
        <translation>De centrale agenda biedt geen aanmelding in de browser aan: gebruik een clientgeheim of een token.</translation>
    </message>
    <message>
        <source>Guichet could not open a local port to receive the sign-in.</source>
        <translation>Guichet kon geen lokale poort openen om de aanmelding te ontvangen.</translation>
    </message>
    <message>
        <source>Guichet is now signed in to the central agenda. You can close this page and go back to Guichet.</source>
        <translation>Guichet is nu aangemeld bij de centrale agenda. U kunt deze pagina sluiten en naar Guichet terugkeren.</translation>
    </message>
    <message>
        <source>The central agenda refused the sign-in: %1</source>
        <translation>De centrale agenda heeft de aanmelding geweigerd: %1</translation>
    </message>
    <message>
        <source>The central agenda&apos;s sign-in service cannot be reached: %1</source>
        <translation>De aanmeldingsdienst van de centrale agenda is niet bereikbaar: %1</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>De aanmelding werd geannuleerd.</translation>
    </message>
</context>
<context>
    <name>guichet::CancelDialog</name>
    <message>
        <source>Cancel the appointment</source>
        <translation>De afspraak annuleren</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 with %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 bij %3</translation>
    </message>
    <message>
        <source>(unknown patient)</source>
        <translation>(onbekende patiënt)</translation>
    </message>
    <message>
        <source>At the patient&apos;s request</source>
        <translation>Op vraag van de patiënt</translation>
    </message>
    <message>
        <source>By the practice</source>
        <translation>Door de praktijk</translation>
    </message>
    <message>
        <source>For instance: ill, a clash at work, seen elsewhere</source>
        <translation>Bijvoorbeeld: ziek, verhinderd door het werk, elders gezien</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>Reason for the cancellation:</source>
        <translation>Reden van de annulering:</translation>
    </message>
    <message>
        <source>Give the reason for the cancellation: it is kept in the appointment&apos;s history.</source>
        <translation>Geef de reden van de annulering: ze wordt bewaard in de geschiedenis van de afspraak.</translation>
    </message>
</context>
<context>
    <name>guichet::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Mijn wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Huidig wachtwoord:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>Nieuw wachtwoord (opnieuw):</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>De twee nieuwe wachtwoorden verschillen.</translation>
    </message>
    <message>
        <source>At least 12 characters, hard to guess: a phrase of four or more words is easy to remember.</source>
        <translation>Minstens 12 tekens, moeilijk te raden: een zin van vier of meer woorden onthoudt u makkelijk.</translation>
    </message>
</context>
<context>
    <name>guichet::ConflictDialog</name>
    <message>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Zorgverlener</translation>
    </message>
    <message>
        <source>Visit reason</source>
        <translation>Reden van bezoek</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cancelled by</source>
        <translation>Geannuleerd door</translation>
    </message>
    <message>
        <source>Late cancellation</source>
        <translation>Late annulering</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Verontschuldigd</translation>
    </message>
    <message>
        <source>No-show erased</source>
        <translation>Afwezigheid gewist</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Booked through</source>
        <translation>Geboekt via</translation>
    </message>
    <message>
        <source>Two bookings of the same slot</source>
        <translation>Twee boekingen van hetzelfde tijdslot</translation>
    </message>
    <message>
        <source>Cancelled online while moved at the desk</source>
        <translation>Online geannuleerd terwijl het onthaal het verplaatste</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>Aan beide kanten gewijzigd</translation>
    </message>
    <message>
        <source>Synchronisation conflict</source>
        <translation>Synchronisatieconflict</translation>
    </message>
    <message>
        <source>The central agenda gave this slot to %1 while the desk had already booked it. Both bookings are kept until you choose.</source>
        <translation>De centrale agenda gaf dit tijdslot aan %1 terwijl het onthaal het al geboekt had. Beide boekingen blijven bestaan tot u kiest.</translation>
    </message>
    <message>
        <source>%1: the desk and the central agenda changed the same information since the last synchronisation. Nothing was overwritten; choose the version to keep.</source>
        <translation>%1: het onthaal en de centrale agenda wijzigden dezelfde gegevens sinds de laatste synchronisatie. Niets werd overschreven; kies de versie die u behoudt.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Booked at the desk</source>
        <translation>Geboekt aan het onthaal</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>Aan het onthaal</translation>
    </message>
    <message>
        <source>Booked online</source>
        <translation>Online geboekt</translation>
    </message>
    <message>
        <source>Central agenda</source>
        <translation>Centrale agenda</translation>
    </message>
    <message>
        <source>Keep the desk&apos;s booking</source>
        <translation>De boeking van het onthaal behouden</translation>
    </message>
    <message>
        <source>Keep the online booking</source>
        <translation>De online boeking behouden</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behouden</translation>
    </message>
    <message>
        <source>Keep the desk&apos;s version</source>
        <translation>De versie van het onthaal behouden</translation>
    </message>
    <message>
        <source>Take the central agenda&apos;s version</source>
        <translation>De versie van de centrale agenda nemen</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Later beslissen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>at the desk</source>
        <translation>aan het onthaal</translation>
    </message>
    <message>
        <source>female</source>
        <translation>vrouwelijk</translation>
    </message>
    <message>
        <source>male</source>
        <translation>mannelijk</translation>
    </message>
    <message>
        <source>other or unknown</source>
        <translation>ander of onbekend</translation>
    </message>
</context>
<context>
    <name>guichet::DayListModel</name>
    <message>
        <source>(late)</source>
        <translation>(laattijdig)</translation>
    </message>
    <message>
        <source>(excused)</source>
        <translation>(verontschuldigd)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uur</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Zorgverlener</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <source>Visit reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waited %n min</source>
        <translation>
            <numerusform>wachtte %n min</numerusform>
            <numerusform>wachtte %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <source>Missed</source>
        <extracomment>Column: how many appointments this patient did not honour</extracomment>
        <translation>Gemist</translation>
    </message>
    <message>
        <source>Docs</source>
        <extracomment>Column: the patient&apos;s documents in the vault (not archived)</extracomment>
        <translation>Docs</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>Booked by phone</source>
        <translation>Telefonisch geboekt</translation>
    </message>
    <message>
        <source>Booked online</source>
        <translation>Online geboekt</translation>
    </message>
    <message>
        <source>Booked at the desk</source>
        <translation>Aan het onthaal geboekt</translation>
    </message>
    <message>
        <source>This appointment has a note: select it to read it in the panel.</source>
        <translation>Deze afspraak heeft een notitie: selecteer ze om ze in het paneel te lezen.</translation>
    </message>
</context>
<context>
    <name>guichet::DocumentPreview</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ Vorige pagina</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Volgende pagina ▶</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Een kopie opslaan…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Een kopie opslaan</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>guichet::DocumentsPanel</name>
    <message>
        <source>Prescription</source>
        <translation>Voorschrift</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation>Administratief</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Ander</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gedeeld</translation>
    </message>
    <message>
        <source>The type given to the documents added or dropped here</source>
        <translation>Het type van de documenten die hier toegevoegd of neergezet worden</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>A PDF, JPEG or PNG file; or drop files here from the file manager</source>
        <translation>Een PDF-, JPEG- of PNG-bestand; of zet hier bestanden neer vanuit de bestandsbeheerder</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Documenten toevoegen</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Documenten (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Een kopie opslaan…</translation>
    </message>
    <message>
        <source>Share with the patient</source>
        <translation>Delen met de patiënt</translation>
    </message>
    <message>
        <source>Sent through the online agenda with the next synchronisation; the patient gets a notice, never the document by e-mail</source>
        <translation>Verstuurd via de online agenda bij de volgende synchronisatie; de patiënt krijgt een bericht, nooit het document per e-mail</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Documents older than the retention delay: kept, no longer listed</source>
        <translation>Documenten ouder dan de bewaartermijn: bewaard, niet meer opgelijst</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Added by the patient online</source>
        <translation>Online toegevoegd door de patiënt</translation>
    </message>
    <message>
        <source>Choose a patient first.</source>
        <translation>Kies eerst een patiënt.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added.</source>
        <translation>
            <numerusform>%n document toegevoegd.</numerusform>
            <numerusform>%n documenten toegevoegd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a document in the list.</source>
        <translation>Kies een document in de lijst.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Een kopie opslaan</translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation>Kopie opgeslagen: %1</translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation>Het document verwijderen</translation>
    </message>
    <message>
        <source>Remove this document from the patient&apos;s record? The removal is recorded.</source>
        <translation>Dit document uit het dossier van de patiënt verwijderen? De verwijdering wordt vastgelegd.</translation>
    </message>
    <message>
        <source>Document removed.</source>
        <translation>Document verwijderd.</translation>
    </message>
</context>
<context>
    <name>guichet::DocumentsView</name>
    <message>
        <source>The practice&apos;s latest documents</source>
        <translation>De laatste documenten van de praktijk</translation>
    </message>
    <message>
        <source>Encrypted on this computer. A patient&apos;s documents are added on their record (Patients), by the Add button or by dropping files.</source>
        <translation>Versleuteld op deze computer. De documenten van een patiënt worden op de fiche toegevoegd (Patiënten), met de knop Toevoegen of door bestanden neer te zetten.</translation>
    </message>
</context>
<context>
    <name>guichet::DuplicatesView</name>
    <message>
        <source>Certain and probable</source>
        <translation>Zeker en waarschijnlijk</translation>
    </message>
    <message>
        <source>Also possible</source>
        <translation>Ook mogelijke</translation>
    </message>
    <message>
        <source>Certain only</source>
        <translation>Alleen zekere</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Opnieuw zoeken</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>Ander dossier</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Record kept</source>
        <translation>Behouden dossier</translation>
    </message>
    <message>
        <source>Merged record (tick to take)</source>
        <translation>Samengevoegd dossier (aanvinken om over te nemen)</translation>
    </message>
    <message>
        <source>Why they are the same person (identity document seen, phone call…)</source>
        <translation>Waarom het dezelfde persoon is (identiteitsbewijs gezien, telefoongesprek…)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Niet dezelfde persoon</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <source>No likely duplicate at this level.</source>
        <translation>Geen waarschijnlijke dubbels op dit niveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) to review.</source>
        <translation>
            <numerusform>%n paar na te kijken.</numerusform>
            <numerusform>%n paren na te kijken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strict identity traits never come from a record created online.</source>
        <translation>Strikte identiteitskenmerken komen nooit uit een online aangemaakt dossier.</translation>
    </message>
    <message>
        <source>Must not be merged: %1.</source>
        <translation>Niet samenvoegen: %1.</translation>
    </message>
    <message>
        <source>Remembered: these two records will not be proposed again.</source>
        <translation>Onthouden: deze twee dossiers worden niet meer voorgesteld.</translation>
    </message>
    <message>
        <source>The merge is undone: the two records are separate again.</source>
        <translation>De samenvoeging is ongedaan: de twee dossiers zijn weer gescheiden.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Record merged</source>
        <translation>Samengevoegde fiche</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Undo this merge</source>
        <translation>Deze samenvoeging ongedaan maken</translation>
    </message>
    <message>
        <source>Merges made:</source>
        <translation>Uitgevoerde samenvoegingen:</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>ongedaan</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>samengevoegd</translation>
    </message>
    <message>
        <source>Choose a merge in the list.</source>
        <translation>Kies een samenvoeging in de lijst.</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
    <message>
        <source>Double-click a record to complete it</source>
        <translation>Dubbelklik op een dossier om het aan te vullen</translation>
    </message>
    <message>
        <source>Identities to complete:</source>
        <translation>Aan te vullen identiteiten:</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>Doubtful identity</source>
        <translation>Twijfelachtige identiteit</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Gelijkenis</translation>
    </message>
    <message>
        <source>Score %1 of 1</source>
        <translation>Score %1 op 1</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Samenvoegen…</translation>
    </message>
    <message>
        <source>Looking for likely duplicates…</source>
        <translation>Waarschijnlijke dubbels worden gezocht…</translation>
    </message>
    <message>
        <source>%1 is kept; %2 is merged into it and will no longer be offered.</source>
        <translation>%1 blijft behouden; %2 wordt erin samengevoegd en wordt niet meer voorgesteld.</translation>
    </message>
    <message>
        <source>Every trait of the record kept stays as it is.</source>
        <translation>Alle kenmerken van het behouden dossier blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>Taken from the merged record:</source>
        <translation>Overgenomen uit het samengevoegde dossier:</translation>
    </message>
    <message>
        <source>Its appointments, documents and messages move to the record kept. The merge can be undone (« Undo this merge ») as long as neither record changes.</source>
        <translation>Zijn afspraken, documenten en berichten gaan naar het behouden dossier. De samenvoeging kan ongedaan worden gemaakt (« Deze samenvoeging ongedaan maken ») zolang geen van beide dossiers wijzigt.</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>Twee dossiers samenvoegen</translation>
    </message>
    <message>
        <source>Merged. « Undo this merge » (chosen in the merges made) separates the two records again while nothing has changed.</source>
        <translation>Samengevoegd. « Deze samenvoeging ongedaan maken » (gekozen bij de gemaakte samenvoegingen) scheidt de twee dossiers weer zolang er niets veranderd is.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — the record kept (stronger identity, then older) — and %2.
%3.</source>
        <translation>%1 — het behouden dossier (sterkste identiteit, dan het oudste) — en %2.
%3.</translation>
    </message>
    <message>
        <source>%1 and %2.
%3.</source>
        <translation>%1 en %2.
%3.</translation>
    </message>
</context>
<context>
    <name>guichet::HoursPage</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Visit reasons offered</source>
        <translation>Aangeboden redenen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Change the usual week…</source>
        <translation>De gewone week wijzigen…</translation>
    </message>
    <message>
        <source>Declare an absence…</source>
        <translation>Een afwezigheid melden…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Usual week</source>
        <translation>Gewone week</translation>
    </message>
    <message>
        <source>Absences (from today, one year)</source>
        <translation>Afwezigheden (vanaf vandaag, één jaar)</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Zorgverlener:</translation>
    </message>
    <message>
        <source>Add a practitioner first.</source>
        <translation>Voeg eerst een zorgverlener toe.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message numerus="yes">
        <source>Absence changed; %n booked appointment(s) in it to move:</source>
        <translation>
            <numerusform>Afwezigheid gewijzigd; %n afspraak te verplaatsen:</numerusform>
            <numerusform>Afwezigheid gewijzigd; %n afspraken te verplaatsen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Absence removed: the slots are free again. %n booked appointment(s) in it no longer need moving:</source>
        <translation>
            <numerusform>Afwezigheid verwijderd: de tijdslots zijn weer vrij. %n afspraak hoeft niet meer verplaatst te worden:</numerusform>
            <numerusform>Afwezigheid verwijderd: de tijdslots zijn weer vrij. %n afspraken hoeven niet meer verplaatst te worden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an absence in the list.</source>
        <translation>Kies een afwezigheid in de lijst.</translation>
    </message>
    <message>
        <source>Change the absence</source>
        <translation>De afwezigheid wijzigen</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Tot:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <source>Remove the absence</source>
        <translation>De afwezigheid verwijderen</translation>
    </message>
    <message>
        <source>Why is it removed (kept in the audit log)?</source>
        <translation>Waarom wordt ze verwijderd (bewaard in het auditlogboek)?</translation>
    </message>
    <message>
        <source>Visit reasons of this range…</source>
        <translation>Redenen van dit tijdvak…</translation>
    </message>
    <message>
        <source>Choose a range of the usual week.</source>
        <translation>Kies een tijdvak van de gewone week.</translation>
    </message>
    <message>
        <source>This range offers every visit reason.</source>
        <translation>Dit tijdvak biedt alle redenen van bezoek aan.</translation>
    </message>
    <message numerus="yes">
        <source>This range offers %n visit reason(s).</source>
        <translation>
            <numerusform>Dit tijdvak biedt %n reden van bezoek aan.</numerusform>
            <numerusform>Dit tijdvak biedt %n redenen van bezoek aan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visit reasons of this range</source>
        <translation>Redenen van dit tijdvak</translation>
    </message>
    <message>
        <source>Every reason checked: the range offers every reason, also those added later.</source>
        <translation>Alle redenen aangevinkt: het tijdvak biedt alle redenen aan, ook die later worden toegevoegd.</translation>
    </message>
</context>
<context>
    <name>guichet::LiveSync</name>
    <message>
        <source>no heartbeat from the central agenda</source>
        <translation>geen levensteken meer van de centrale agenda</translation>
    </message>
    <message>
        <source>subscriptions refused (%1)</source>
        <translation>abonnementen geweigerd (%1)</translation>
    </message>
    <message>
        <source>no subscription binding</source>
        <translation>geen koppeling voor abonnementen</translation>
    </message>
    <message>
        <source>no secure WebSocket address</source>
        <translation>geen beveiligd WebSocket-adres</translation>
    </message>
    <message>
        <source>the connection to the central agenda closed</source>
        <translation>de verbinding met de centrale agenda werd gesloten</translation>
    </message>
    <message>
        <source>the central agenda refused the subscriptions</source>
        <translation>de centrale agenda weigerde de abonnementen</translation>
    </message>
</context>
<context>
    <name>guichet::LockScreen</name>
    <message>
        <source>Guichet is locked</source>
        <translation>Guichet is vergrendeld</translation>
    </message>
    <message>
        <source>Signed in: %1. Type your password to go on.</source>
        <translation>Aangemeld: %1. Typ uw wachtwoord om verder te gaan.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Verkeerd wachtwoord.</translation>
    </message>
    <message>
        <source>The lock could not be recorded in the audit log: %1</source>
        <translation>De vergrendeling kon niet in het auditlogboek worden opgenomen: %1</translation>
    </message>
    <message>
        <source>Wrong password. (It could not be recorded in the audit log: %1)</source>
        <translation>Verkeerd wachtwoord. (Dit kon niet in het auditlogboek worden opgenomen: %1)</translation>
    </message>
    <message>
        <source>The unlock could not be recorded in the audit log: %1</source>
        <translation>De ontgrendeling kon niet in het auditlogboek worden opgenomen: %1</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Mijn wachtwoord wijzigen…</translation>
    </message>
    <message>
        <source>Your password is changed: unlock with the new one.</source>
        <translation>Uw wachtwoord is gewijzigd: ontgrendel met het nieuwe.</translation>
    </message>
    <message>
        <source>Change user…</source>
        <translation>Andere gebruiker…</translation>
    </message>
    <message>
        <source>Another person signs in; what %1 typed and did not save is saved under their name first.</source>
        <translation>Iemand anders meldt zich aan; wat %1 typte zonder te bewaren, wordt eerst op diens naam bewaard.</translation>
    </message>
</context>
<context>
    <name>guichet::MainWindow</name>
    <message>
        <source>Guichet — %1</source>
        <translation>Guichet — %1</translation>
    </message>
    <message>
        <source>front desk</source>
        <translation>onthaal</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patiënten</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>Scherm &amp;vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>&amp;Patiënten</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documenten</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisatie</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Guichet</source>
        <translation>&amp;Over Guichet</translation>
    </message>
    <message>
        <source>Database %1 · %L2 patients</source>
        <translation>Databank %1 · %L2 patiënten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>About Guichet</source>
        <translation>Over Guichet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Guichet %1&lt;/h3&gt;&lt;p&gt;The front desk of medical practices: agenda, patients, documents, synchronised with the practice&apos;s central agenda.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite database %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Guichet %1&lt;/h3&gt;&lt;p&gt;Het onthaal van medische praktijken: agenda, patiënten, documenten, gesynchroniseerd met de centrale agenda van de praktijk.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite-databank %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistieken</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistieken</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubbels</translation>
    </message>
    <message>
        <source>D&amp;uplicates</source>
        <translation>D&amp;ubbels</translation>
    </message>
    <message>
        <source>S&amp;ynchronise now</source>
        <translation>Nu s&amp;ynchroniseren</translation>
    </message>
    <message>
        <source>&amp;Central agenda…</source>
        <translation>&amp;Centrale agenda…</translation>
    </message>
    <message>
        <source>&amp;Messages to patients…</source>
        <translation>&amp;Berichten aan patiënten…</translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation>&amp;Beheer…</translation>
    </message>
    <message>
        <source>For the practice&apos;s administrators.</source>
        <translation>Voor de beheerders van de praktijk.</translation>
    </message>
    <message>
        <source>&amp;Waiting list: patients to phone…</source>
        <translation>&amp;Wachtlijst: te bellen patiënten…</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) to phone (waiting list)</source>
        <translation>
            <numerusform>%n patiënt te bellen (wachtlijst)</numerusform>
            <numerusform>%n patiënten te bellen (wachtlijst)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Backup and vault key…</source>
        <translation>&amp;Back-up en sleutel van de kluis…</translation>
    </message>
    <message>
        <source> (test database)</source>
        <translation> (testdatabase)</translation>
    </message>
    <message>
        <source>No backup made yet into %1 — tell the administrator</source>
        <translation>Nog geen back-up gemaakt in %1 — verwittig de beheerder</translation>
    </message>
    <message>
        <source>No backup since %1 — tell the administrator</source>
        <translation>Geen back-up sinds %1 — verwittig de beheerder</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Een back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Een back-up terugzetten</translation>
    </message>
    <message>
        <source>Guichet backups (*.db)</source>
        <translation>Guichet-back-ups (*.db)</translation>
    </message>
    <message>
        <source>Guichet will close this practice&apos;s database, check the backup %1 whole, put it in place and open it again. Everything recorded since that backup will no longer be in the agenda (the current database is kept beside it, untouched). Other desks using this same file must be closed first.

Restore it?</source>
        <translation>Guichet sluit de database van de praktijk, controleert de back-up %1 volledig, zet hem op zijn plaats en opent hem opnieuw. Alles wat sinds die back-up werd geregistreerd, staat niet meer in de agenda (de huidige database blijft ernaast bewaard, onaangeroerd). Andere balies die hetzelfde bestand gebruiken, moeten eerst gesloten worden.

Terugzetten?</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Change &amp;user…</source>
        <translation>Andere &amp;gebruiker…</translation>
    </message>
    <message>
        <source>%1&apos;s note could not be saved: they must unlock to keep it.</source>
        <translation>De notitie van %1 kon niet worden bewaard: %1 moet ontgrendelen om ze te behouden.</translation>
    </message>
    <message>
        <source>Page, %1</source>
        <translation>Pagina, %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>Guichet&apos;s pages: the arrows choose one, or Ctrl and its number.</source>
        <translation>De pagina&apos;s van Guichet: kies er een met de pijltjes, of met Ctrl en het nummer.</translation>
    </message>
    <message>
        <source>The practice&apos;s database and its number of patients</source>
        <translation>De databank van de praktijk en het aantal patiënten</translation>
    </message>
    <message>
        <source>The exchange with the central agenda</source>
        <translation>De uitwisseling met de centrale agenda</translation>
    </message>
    <message>
        <source>Who is signed in on this desk</source>
        <translation>Wie op deze post is aangemeld</translation>
    </message>
    <message>
        <source>Warning about the daily backup</source>
        <translation>Waarschuwing over de dagelijkse back-up</translation>
    </message>
</context>
<context>
    <name>guichet::MessageTemplatesDialog</name>
    <message>
        <source>Messages to patients</source>
        <translation>Berichten aan patiënten</translation>
    </message>
    <message>
        <source>Send confirmations, reminders and notices</source>
        <translation>Bevestigingen, herinneringen en berichten versturen</translation>
    </message>
    <message>
        <source>Allow the visit reason in SMS (health detail: off by default)</source>
        <translation>De reden van het bezoek toestaan in sms (gezondheidsgegeven: standaard uit)</translation>
    </message>
    <message>
        <source>Also tell cancellations and moves by SMS</source>
        <translation>Annuleringen en verplaatsingen ook per sms melden</translation>
    </message>
    <message>
        <source>Insert:</source>
        <translation>Invoegen:</translation>
    </message>
    <message>
        <source>Save this text</source>
        <translation>Deze tekst bewaren</translation>
    </message>
    <message>
        <source>Back to Guichet&apos;s text</source>
        <translation>Terug naar de tekst van Guichet</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>As the patient reads it (sample appointment)</source>
        <translation>Zoals de patiënt het leest (voorbeeldafspraak)</translation>
    </message>
    <message>
        <source>For the whole practice</source>
        <translation>Voor de hele praktijk</translation>
    </message>
    <message>
        <source>The central agenda sends what Guichet plans: one confirmation at booking, reminder e-mails 7 days (when booked more than a week ahead) and 1 day before, one SMS 2 days or 1 day before, at the appointment&apos;s time of day. Never a document, never a diagnosis.</source>
        <translation>De centrale agenda verstuurt wat Guichet plant: een bevestiging bij het boeken, herinneringen per e-mail 7 dagen (bij boeking meer dan een week vooraf) en 1 dag vooraf, één sms 2 dagen of 1 dag vooraf, op het uur van de afspraak. Nooit een document, nooit een diagnose.</translation>
    </message>
    <message>
        <source>Ready to send (%1 of %2 characters before the fields are filled).</source>
        <translation>Klaar om te versturen (%1 van %2 tekens voor de velden ingevuld zijn).</translation>
    </message>
    <message>
        <source>Ready to send. The first line is the e-mail&apos;s subject.</source>
        <translation>Klaar om te versturen. De eerste regel is het onderwerp van de e-mail.</translation>
    </message>
</context>
<context>
    <name>guichet::MonthView</name>
    <message numerus="yes">
        <source>%n appt.</source>
        <translation>
            <numerusform>%n afspr.</numerusform>
            <numerusform>%n afspr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not honoured</source>
        <translation>
            <numerusform>%n niet nagekomen</numerusform>
            <numerusform>%n niet nagekomen</numerusform>
        </translation>
    </message>
    <message>
        <source>The month could not be read: %1</source>
        <translation>De maand kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Month at a glance</source>
        <translation>De maand in één oogopslag</translation>
    </message>
    <message>
        <source>Arrows move from day to day; Enter opens the day.</source>
        <translation>De pijltjes gaan van dag tot dag; Enter opent de dag.</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n afspraak</numerusform>
            <numerusform>%n afspraken</numerusform>
        </translation>
    </message>
    <message>
        <source>no appointment</source>
        <translation>geen afspraak</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open the day</source>
        <translation>De dag openen</translation>
    </message>
</context>
<context>
    <name>guichet::MotifsPage</name>
    <message>
        <source>Consultation, vaccination, certificate…</source>
        <translation>Consultatie, vaccinatie, attest…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Online, by phone and at the desk</source>
        <translation>Online, telefonisch en aan het onthaal</translation>
    </message>
    <message>
        <source>By phone only</source>
        <translation>Alleen telefonisch</translation>
    </message>
    <message>
        <source>At the desk only</source>
        <translation>Alleen aan het onthaal</translation>
    </message>
    <message>
        <source>The number patients must call (default: the site&apos;s)</source>
        <translation>Het nummer dat patiënten moeten bellen (standaard: dat van de vestiging)</translation>
    </message>
    <message>
        <source>Video consultation</source>
        <translation>Videoconsultatie</translation>
    </message>
    <message>
        <source>New patients may book it online</source>
        <translation>Nieuwe patiënten kunnen dit online boeken</translation>
    </message>
    <message>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>the practitioner&apos;s rule</source>
        <translation>de regel van de zorgverlener</translation>
    </message>
    <message>
        <source>The minimum spacing between appointments applies</source>
        <translation>De minimale tussenruimte tussen afspraken geldt</translation>
    </message>
    <message>
        <source>Reminders and notices are sent</source>
        <translation>Herinneringen en berichten worden verstuurd</translation>
    </message>
    <message>
        <source>Sent with the confirmation: fasting, documents to bring…</source>
        <translation>Meegestuurd met de bevestiging: nuchter komen, mee te brengen documenten…</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Zorgverlener:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Omschrijving:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duur:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Kleur:</translation>
    </message>
    <message>
        <source>Booked:</source>
        <translation>Boeken:</translation>
    </message>
    <message>
        <source>Phone to call:</source>
        <translation>Te bellen nummer:</translation>
    </message>
    <message>
        <source>Patients&apos; age:</source>
        <translation>Leeftijd van de patiënten:</translation>
    </message>
    <message>
        <source>Phone booking when the last visit is older than:</source>
        <translation>Telefonisch boeken als het laatste bezoek ouder is dan:</translation>
    </message>
    <message>
        <source>Instructions for the patient:</source>
        <translation>Instructies voor de patiënt:</translation>
    </message>
    <message>
        <source>New visit reason</source>
        <translation>Nieuwe reden van bezoek</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactiveren</translation>
    </message>
    <message>
        <source>Visit reason</source>
        <translation>Reden van bezoek</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Zorgverlener</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Boeken</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Every practitioner</source>
        <translation>Alle zorgverleners</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>no new patients online</source>
        <translation>geen nieuwe patiënten online</translation>
    </message>
    <message>
        <source>ages %1–%2</source>
        <translation>leeftijd %1–%2</translation>
    </message>
    <message>
        <source>spacing</source>
        <translation>tussenruimte</translation>
    </message>
    <message>
        <source>no messages</source>
        <translation>geen berichten</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>gedeactiveerd</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Opnieuw activeren</translation>
    </message>
    <message>
        <source>Visit reason &quot;%1&quot; added.</source>
        <translation>Reden van bezoek &quot;%1&quot; toegevoegd.</translation>
    </message>
    <message>
        <source>Visit reason &quot;%1&quot; saved.</source>
        <translation>Reden van bezoek &quot;%1&quot; opgeslagen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can be booked again.</source>
        <translation>&quot;%1&quot; kan weer geboekt worden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is deactivated: no longer bookable, kept for the history.</source>
        <translation>&quot;%1&quot; is gedeactiveerd: niet meer te boeken, bewaard voor de geschiedenis.</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>onthaal</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>Home visit (the messages give the patient&apos;s address)</source>
        <translation>Huisbezoek (de berichten geven het adres van de patiënt)</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>huisbezoek</translation>
    </message>
</context>
<context>
    <name>guichet::NewPatientDialog</name>
    <message>
        <source>New patient</source>
        <translation>Nieuwe patiënt</translation>
    </message>
    <message>
        <source>Birth name:</source>
        <translation>Geboortenaam:</translation>
    </message>
    <message>
        <source>Usage name:</source>
        <translation>Gebruiksnaam:</translation>
    </message>
    <message>
        <source>First names:</source>
        <translation>Voornamen:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Geboortedatum:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>NISS (Belgium):</source>
        <translation>INSZ (België):</translation>
    </message>
    <message>
        <source>NIR (France):</source>
        <translation>NIR (Frankrijk):</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Vrouwelijk</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Mannelijk</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Ander</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>31/12/1980</source>
        <translation>31/12/1980</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Geslacht:</translation>
    </message>
    <message>
        <source>Create the record</source>
        <translation>Dossier aanmaken</translation>
    </message>
    <message>
        <source>Already known? Check these records before creating a new one:</source>
        <translation>Al bekend? Bekijk deze dossiers voor u een nieuw aanmaakt:</translation>
    </message>
    <message>
        <source>Patient record</source>
        <translation>Patiëntenfiche</translation>
    </message>
    <message>
        <source>First name used:</source>
        <translation>Roepnaam:</translation>
    </message>
    <message>
        <source>Other phone:</source>
        <translation>Andere telefoon:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Gemeente:</translation>
    </message>
    <message>
        <source>Reminders by SMS</source>
        <translation>Herinneringen per sms</translation>
    </message>
    <message>
        <source>Reminders by e-mail</source>
        <translation>Herinneringen per e-mail</translation>
    </message>
    <message>
        <source>Known homonym (never merged)</source>
        <translation>Gekende naamgenoot (nooit samengevoegd)</translation>
    </message>
    <message>
        <source>Doubtful identity</source>
        <translation>Twijfelachtige identiteit</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opties:</translation>
    </message>
    <message>
        <source>Document checked</source>
        <translation>Document gecontroleerd</translation>
    </message>
    <message>
        <source>The patient showed this document at the desk: the identity is validated</source>
        <translation>De patiënt toonde dit document aan het onthaal: de identiteit is gevalideerd</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Identiteit:</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Wijzigingen opslaan</translation>
    </message>
    <message>
        <source>Read the eID card</source>
        <translation>eID-kaart lezen</translation>
    </message>
    <message>
        <source>Fills the record from the Belgian identity card in the reader</source>
        <translation>Vult het dossier in vanuit de Belgische identiteitskaart in de lezer</translation>
    </message>
    <message>
        <source>Compares the record with the Belgian identity card in the reader</source>
        <translation>Vergelijkt het dossier met de Belgische identiteitskaart in de lezer</translation>
    </message>
    <message>
        <source>The eID card and the record differ; nothing was changed. Check who is at the desk, then correct the record if it is wrong:
%1</source>
        <translation>De eID-kaart en het dossier verschillen; er werd niets gewijzigd. Controleer wie aan het loket staat en verbeter dan het dossier als het fout is:
%1</translation>
    </message>
    <message>
        <source>Double-click a record to use it rather than create a new one</source>
        <translation>Dubbelklik op een dossier om het te gebruiken in plaats van een nieuw aan te maken</translation>
    </message>
    <message>
        <source>This patient may be known already (list above). Double-click their record to use it, or Save again to create a new record anyway.</source>
        <translation>Deze patiënt is misschien al gekend (lijst hierboven). Dubbelklik op het dossier om het te gebruiken, of klik opnieuw op Opslaan om toch een nieuw dossier aan te maken.</translation>
    </message>
    <message>
        <source>Unsaved record</source>
        <translation>Fiche niet bewaard</translation>
    </message>
    <message>
        <source>What was typed in this record is not saved. Save it before closing?</source>
        <translation>Wat in deze fiche werd getypt, is niet bewaard. Eerst bewaren?</translation>
    </message>
    <message>
        <source>31/12/1980; 12/1980 when the day is unknown; 1980 when the month is unknown too</source>
        <translation>31/12/1980; 12/1980 als de dag onbekend is; 1980 als ook de maand onbekend is</translation>
    </message>
    <message>
        <source>day unknown</source>
        <translation>dag onbekend</translation>
    </message>
    <message>
        <source>month unknown</source>
        <translation>maand onbekend</translation>
    </message>
    <message>
        <source>Update the address from the card</source>
        <translation>Adres bijwerken vanaf de kaart</translation>
    </message>
    <message>
        <source>The address is now the card&apos;s (recorded in the record&apos;s history).</source>
        <translation>Het adres is nu dat van de kaart (opgenomen in de geschiedenis van het dossier).</translation>
    </message>
    <message>
        <source>On the card: %1, %2 %3</source>
        <translation>Op de kaart: %1, %2 %3</translation>
    </message>
</context>
<context>
    <name>guichet::NoShowChart</name>
    <message>
        <source>Not honoured</source>
        <translation>Niet nagekomen</translation>
    </message>
    <message>
        <source>Late cancellations</source>
        <translation>Laattijdige annuleringen</translation>
    </message>
    <message>
        <source>No appointment in this range.</source>
        <translation>Geen afspraken in deze periode.</translation>
    </message>
</context>
<context>
    <name>guichet::NoShowStatsModel</name>
    <message>
        <source>whole range</source>
        <translation>hele periode</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 u %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Zorgverlener</translation>
    </message>
    <message>
        <source>Visit reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Not honoured</source>
        <translation>Niet nagekomen</translation>
    </message>
    <message>
        <source>Late cancellations</source>
        <translation>Laattijdige annuleringen</translation>
    </message>
    <message>
        <source>Time lost</source>
        <translation>Verloren tijd</translation>
    </message>
    <message>
        <source>% not honoured</source>
        <translation>% niet nagekomen</translation>
    </message>
    <message>
        <source>% late</source>
        <translation>% laattijdig</translation>
    </message>
</context>
<context>
    <name>guichet::NoShowStatsView</name>
    <message>
        <source>Appointments not honoured and late cancellations</source>
        <translation>Niet-nagekomen afspraken en laattijdige annuleringen</translation>
    </message>
    <message>
        <source>By month and visit reason</source>
        <translation>Per maand en per reden</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporteren als CSV…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Export the figures</source>
        <translation>De cijfers exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>%1 appointments, %2 not honoured (%3 %), %4 late cancellations; %5 h of consultation lost.</source>
        <translation>%1 afspraken, %2 niet nagekomen (%3 %), %4 laattijdige annuleringen; %5 u consultatie verloren.</translation>
    </message>
    <message>
        <source>Figures exported to %1.</source>
        <translation>Cijfers geëxporteerd naar %1.</translation>
    </message>
</context>
<context>
    <name>guichet::OpeningHoursDialog</name>
    <message>
        <source>Opening hours</source>
        <translation>Openingsuren</translation>
    </message>
    <message>
        <source>Usual week</source>
        <translation>Gewone week</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>Such as 08:30-12:30, 14:00-18:00; empty: closed</source>
        <translation>Bijvoorbeeld 08:30-12:30, 14:00-18:00; leeg: gesloten</translation>
    </message>
    <message>
        <source>Save the week</source>
        <translation>Week opslaan</translation>
    </message>
    <message>
        <source>Days that differ (public holidays, exceptional hours)</source>
        <translation>Afwijkende dagen (feestdagen, uitzonderlijke uren)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Hours (empty: closed)</source>
        <translation>Uren (leeg: gesloten)</translation>
    </message>
    <message>
        <source>Such as 09:00-12:00; empty: closed all day</source>
        <translation>Bijvoorbeeld 09:00-12:00; leeg: de hele dag gesloten</translation>
    </message>
    <message>
        <source>Public holiday, training…</source>
        <translation>Feestdag, opleiding…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Zorgverlener:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing changed in the week.</source>
        <translation>Er is niets veranderd in de week.</translation>
    </message>
    <message>
        <source>Week saved.</source>
        <translation>Week opgeslagen.</translation>
    </message>
    <message>
        <source>Closed on %1.</source>
        <translation>Gesloten op %1.</translation>
    </message>
    <message>
        <source>Hours of %1 saved.</source>
        <translation>Openingsuren van %1 opgeslagen.</translation>
    </message>
    <message>
        <source>Choose the day to remove in the list.</source>
        <translation>Kies in de lijst de dag om te verwijderen.</translation>
    </message>
    <message>
        <source>The usual week applies again on that day.</source>
        <translation>De gewone week geldt opnieuw op die dag.</translation>
    </message>
    <message>
        <source>No booked patient is left outside the hours.</source>
        <translation>Geen geboekte patiënt valt buiten de openingsuren.</translation>
    </message>
    <message numerus="yes">
        <source>%n booked patient(s) now outside the hours must be called and moved:</source>
        <translation>
            <numerusform>%n geboekte patiënt nu buiten de openingsuren moet gebeld en verplaatst worden:</numerusform>
            <numerusform>%n geboekte patiënten nu buiten de openingsuren moeten gebeld en verplaatst worden:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::PatientPickerDialog</name>
    <message>
        <source>Patient: name, birth date, phone, NISS or NIR…</source>
        <translation>Patiënt: naam, geboortedatum, telefoon, INSZ of NIR…</translation>
    </message>
    <message>
        <source>Choose the patient in the list.</source>
        <translation>Kies de patiënt in de lijst.</translation>
    </message>
    <message>
        <source>Say why.</source>
        <translation>Zeg waarom.</translation>
    </message>
</context>
<context>
    <name>guichet::PatientSearchModel</name>
    <message>
        <source>Deceased</source>
        <translation>Overleden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>NISS / NIR</source>
        <translation>INSZ / NIR</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message numerus="yes">
        <source>blocked online (%n practitioner(s))</source>
        <translation>
            <numerusform>online geblokkeerd (%n zorgverlener)</numerusform>
            <numerusform>online geblokkeerd (%n zorgverleners)</numerusform>
        </translation>
    </message>
    <message>
        <source>No-shows</source>
        <extracomment>Column header: count of appointments not honoured</extracomment>
        <translation>Niet nagekomen</translation>
    </message>
</context>
<context>
    <name>guichet::PatientsView</name>
    <message>
        <source>Name, birth date (12/03/1980), phone, NISS or NIR…</source>
        <translation>Naam, geboortedatum (12/03/1980), telefoon, INSZ of NIR…</translation>
    </message>
    <message>
        <source>Type at least two letters of a name, or a birth date, a phone number, a NISS or a NIR.</source>
        <translation>Typ minstens twee letters van een naam, of een geboortedatum, een telefoonnummer, een INSZ of een NIR.</translation>
    </message>
    <message>
        <source>No patient found.</source>
        <translation>Geen patiënt gevonden.</translation>
    </message>
    <message>
        <source>The first 50 patients found; type more to narrow down.</source>
        <translation>De eerste 50 gevonden patiënten; typ meer om te verfijnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) found.</source>
        <translation>
            <numerusform>%n patiënt gevonden.</numerusform>
            <numerusform>%n patiënten gevonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>overleden</translation>
    </message>
    <message>
        <source>homonym</source>
        <translation>naamgenoot</translation>
    </message>
    <message>
        <source>doubtful identity</source>
        <translation>twijfelachtige identiteit</translation>
    </message>
    <message>
        <source>Identity: %1</source>
        <translation>Identiteit: %1</translation>
    </message>
    <message>
        <source>Strict identity traits</source>
        <translation>Strikte identiteitskenmerken</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Geboortenaam</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Vrouwelijk</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Mannelijk</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Ander</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Geboorteplaats</translation>
    </message>
    <message>
        <source>Contact and other traits</source>
        <translation>Contact en andere kenmerken</translation>
    </message>
    <message>
        <source>Usage name</source>
        <translation>Gebruiksnaam</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Gsm</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Andere telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>NISS</source>
        <translation>INSZ</translation>
    </message>
    <message>
        <source>NIR</source>
        <translation>NIR</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>sms</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>Relatives</source>
        <translation>Verwanten</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Appointments not honoured</source>
        <translation>Niet-nagekomen afspraken</translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>%n in totaal</numerusform>
            <numerusform>%n in totaal</numerusform>
        </translation>
    </message>
    <message>
        <source>blocked online by the practice</source>
        <translation>online geblokkeerd door de praktijk</translation>
    </message>
    <message>
        <source>blocked online</source>
        <translation>online geblokkeerd</translation>
    </message>
    <message>
        <source>(excused)</source>
        <translation>(verontschuldigd)</translation>
    </message>
    <message>
        <source>(erased by the practice)</source>
        <translation>(gewist door de praktijk)</translation>
    </message>
    <message>
        <source>(late)</source>
        <translation>(laattijdig)</translation>
    </message>
    <message>
        <source>%1 (limit %2)</source>
        <translation>%1 (limiet %2)</translation>
    </message>
    <message>
        <source>mark not honoured</source>
        <translation>markeren als niet nagekomen</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>ongedaan maken</translation>
    </message>
    <message>
        <source>New patient…</source>
        <translation>Nieuwe patiënt…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P; the records already known are shown while you type</source>
        <translation>Ctrl+Shift+P; bekende dossiers verschijnen tijdens het typen</translation>
    </message>
    <message>
        <source>Edit the record…</source>
        <translation>Fiche wijzigen…</translation>
    </message>
    <message>
        <source>Ctrl+E; correct the record shown, check an identity document</source>
        <translation>Ctrl+E; de getoonde fiche verbeteren, een identiteitsdocument controleren</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>Splitsen…</translation>
    </message>
    <message>
        <source>Two people share the record shown: move one person&apos;s appointments and documents to a new record</source>
        <translation>Twee personen delen de getoonde fiche: de afspraken en documenten van één van hen naar een nieuwe fiche verplaatsen</translation>
    </message>
    <message>
        <source>The appointments could not be read: %1</source>
        <translation>De afspraken konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Why is this no-show unjustified? (kept in the audit log)</source>
        <translation>Waarom is deze afwezigheid onterecht? (bewaard in het auditlogboek)</translation>
    </message>
    <message>
        <source>Why is online booking blocked? (kept in the audit log)</source>
        <translation>Waarom wordt online boeken geblokkeerd? (bewaard in het auditlogboek)</translation>
    </message>
    <message>
        <source>Why is the block lifted? (kept in the audit log)</source>
        <translation>Waarom wordt de blokkering opgeheven? (bewaard in het auditlogboek)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>lift the block</source>
        <translation>blokkering opheffen</translation>
    </message>
    <message>
        <source>block online</source>
        <translation>online blokkeren</translation>
    </message>
    <message>
        <source>Block online booking with:</source>
        <translation>Online boeken blokkeren bij:</translation>
    </message>
    <message>
        <source>erase (unjustified)</source>
        <translation>wissen (onterecht)</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Afspraak…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B; an appointment for the patient shown (or one of their relatives)</source>
        <translation>Ctrl+Shift+B; een afspraak voor de getoonde patiënt (of een familielid)</translation>
    </message>
    <message>
        <source>Add a relative to the account holder shown, attach the record to a holder, or detach it</source>
        <translation>Een familielid toevoegen aan de getoonde accounthouder, het dossier aan een accounthouder koppelen, of het loskoppelen</translation>
    </message>
    <message>
        <source>New relative of this holder…</source>
        <translation>Nieuw familielid van deze accounthouder…</translation>
    </message>
    <message>
        <source>New relative</source>
        <translation>Nieuw familielid</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>Relatie:</translation>
    </message>
    <message>
        <source>Attach to an account holder…</source>
        <translation>Koppelen aan een accounthouder…</translation>
    </message>
    <message>
        <source>Attach to an account holder</source>
        <translation>Koppelen aan een accounthouder</translation>
    </message>
    <message>
        <source>Detach: their own account holder…</source>
        <translation>Loskoppelen: eigen accounthouder…</translation>
    </message>
    <message>
        <source>Their own account holder</source>
        <translation>Eigen accounthouder</translation>
    </message>
    <message>
        <source>The relative will be reached only by their own phone and e-mail. Why? (kept in the audit log)</source>
        <translation>Het familielid wordt enkel nog via de eigen telefoon en e-mail bereikt. Waarom? (bewaard in het auditlogboek)</translation>
    </message>
    <message>
        <source>%1 of the account holder %2.</source>
        <translation>%1 van de accounthouder %2.</translation>
    </message>
    <message>
        <source>Under 18: messages go to the account holder only (%1).</source>
        <translation>Jonger dan 18: de berichten gaan enkel naar de accounthouder (%1).</translation>
    </message>
    <message>
        <source>Messages go to the account holder (%1).</source>
        <translation>De berichten gaan naar de accounthouder (%1).</translation>
    </message>
    <message>
        <source>no contact</source>
        <translation>geen contact</translation>
    </message>
    <message>
        <source>Usual medication</source>
        <translation>Gebruikelijke medicatie</translation>
    </message>
    <message>
        <source>The patient&apos;s usual medication (practitioners only; the audit log keeps that it changed, not the text):</source>
        <translation>De gebruikelijke medicatie van de patiënt (enkel voor zorgverleners; het auditlogboek bewaart dat ze gewijzigd is, niet de tekst):</translation>
    </message>
    <message>
        <source>Medical (practitioners only)</source>
        <translation>Medisch (enkel voor zorgverleners)</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>niets ingevuld</translation>
    </message>
    <message>
        <source>change the usual medication</source>
        <translation>gebruikelijke medicatie wijzigen</translation>
    </message>
    <message>
        <source>Medical content is recorded: practitioners only.</source>
        <translation>Er is medische inhoud ingevuld: enkel voor zorgverleners.</translation>
    </message>
</context>
<context>
    <name>guichet::PractitionersPage</name>
    <message>
        <source>Dr</source>
        <translation>Dr</translation>
    </message>
    <message>
        <source>INAMI 1-23456-78-901 or RPPS 10001234567</source>
        <translation>RIZIV 1-23456-78-901 of RPPS 10001234567</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Colour in the agenda</source>
        <translation>Kleur in de agenda</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>uur</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>geen grens</translation>
    </message>
    <message>
        <source> h</source>
        <translation> u</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>New patients may book online</source>
        <translation>Nieuwe patiënten kunnen online boeken</translation>
    </message>
    <message>
        <source>Reminders and notices are sent</source>
        <translation>Herinneringen en berichten worden verstuurd</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Voornaam:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Achternaam:</translation>
    </message>
    <message>
        <source>Specialty:</source>
        <translation>Specialisme:</translation>
    </message>
    <message>
        <source>INAMI / RPPS:</source>
        <translation>RIZIV / RPPS:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Kleur:</translation>
    </message>
    <message>
        <source>Main site:</source>
        <translation>Hoofdvestiging:</translation>
    </message>
    <message>
        <source>Also consults at:</source>
        <translation>Consulteert ook in:</translation>
    </message>
    <message>
        <source>Online cancellation until:</source>
        <translation>Online annuleren tot:</translation>
    </message>
    <message>
        <source>Online booking up to:</source>
        <translation>Online boeken tot:</translation>
    </message>
    <message>
        <source>Minimum notice online:</source>
        <translation>Minimale termijn online:</translation>
    </message>
    <message>
        <source>Phone booking when the last visit is older than:</source>
        <translation>Telefonisch boeken als het laatste bezoek ouder is dan:</translation>
    </message>
    <message>
        <source>New practitioner</source>
        <translation>Nieuwe zorgverlener</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactiveren</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Zorgverlener</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Specialisme</translation>
    </message>
    <message>
        <source>INAMI / RPPS</source>
        <translation>RIZIV / RPPS</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>cancel %1 h before</source>
        <translation>annuleren %1 u vooraf</translation>
    </message>
    <message>
        <source>no new patients</source>
        <translation>geen nieuwe patiënten</translation>
    </message>
    <message>
        <source>%1 days ahead</source>
        <translation>%1 dagen vooraf</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>gedeactiveerd</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Opnieuw activeren</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 toegevoegd.</translation>
    </message>
    <message>
        <source>%1 can be booked again.</source>
        <translation>%1 kan weer geboekt worden.</translation>
    </message>
    <message>
        <source>%1 is deactivated: no longer bookable, kept for the history.</source>
        <translation>%1 is gedeactiveerd: niet meer te boeken, bewaard voor de geschiedenis.</translation>
    </message>
    <message numerus="yes">
        <source>%n booked appointment(s) ahead stay in the agenda: move or cancel them.</source>
        <translation>
            <numerusform>%n geboekte afspraak blijft in de agenda: verplaats of annuleer ze.</numerusform>
            <numerusform>%n geboekte afspraken blijven in de agenda: verplaats of annuleer ze.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::RulesPage</name>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Bounds</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>The rules every desk of the practice applies. Each change is recorded in the audit log; messages not sent yet follow it at once.</source>
        <translation>De regels die elke post van de praktijk toepast. Elke wijziging wordt in het auditlogboek opgenomen; berichten die nog niet verstuurd zijn, volgen ze meteen.</translation>
    </message>
    <message>
        <source>Save the rules</source>
        <translation>De regels opslaan</translation>
    </message>
    <message>
        <source>Undo my changes</source>
        <translation>Mijn wijzigingen ongedaan maken</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>ja of nee</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) changed.</source>
        <translation>
            <numerusform>%n regel gewijzigd.</numerusform>
            <numerusform>%n regels gewijzigd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Niets gewijzigd.</translation>
    </message>
    <message>
        <source>No scheduled backup: choose a folder (a network share or an external disk)</source>
        <translation>Geen automatische back-up: kies een map (een netwerkshare of een externe schijf)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Save the folder</source>
        <translation>De map opslaan</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Back-upmap</translation>
    </message>
    <message>
        <source>Daily backups into:</source>
        <translation>Dagelijkse back-ups in:</translation>
    </message>
    <message>
        <source>Last good backup: %1 (%2).</source>
        <translation>Laatste volledige back-up: %1 (%2).</translation>
    </message>
    <message>
        <source>No backup made yet.</source>
        <translation>Nog geen back-up gemaakt.</translation>
    </message>
    <message>
        <source>The last attempt failed on %1: %2</source>
        <translation>De laatste poging mislukte op %1: %2</translation>
    </message>
</context>
<context>
    <name>guichet::RunningLateDialog</name>
    <message>
        <source>Running late</source>
        <translation>Vertraging</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Send to these patients</source>
        <translation>Naar deze patiënten sturen</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Zorgverlener:</translation>
    </message>
    <message>
        <source>Late by about:</source>
        <translation>Vertraging van ongeveer:</translation>
    </message>
    <message>
        <source>The patients still expected today, and what each will read:</source>
        <translation>De patiënten die vandaag nog verwacht worden, en wat elk zal lezen:</translation>
    </message>
    <message>
        <source>No mobile and no e-mail: phone them</source>
        <translation>Geen gsm en geen e-mail: opbellen</translation>
    </message>
    <message>
        <source>Nobody is still expected today by this practitioner.</source>
        <translation>Niemand wordt vandaag nog verwacht door deze zorgverlener.</translation>
    </message>
</context>
<context>
    <name>guichet::ServerDialog</name>
    <message>
        <source>Central agenda</source>
        <translation>Centrale agenda</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>No central agenda yet: the desk works on its own and keeps every change.</source>
        <translation>Nog geen centrale agenda: het onthaal werkt zelfstandig en bewaart elke wijziging.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Niet aangemeld.</translation>
    </message>
    <message>
        <source>Given by the central agenda&apos;s administrator</source>
        <translation>Gegeven door de beheerder van de centrale agenda</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Aanmelden…</translation>
    </message>
    <message>
        <source>Opens the central agenda&apos;s sign-in page in the browser</source>
        <translation>Opent de aanmeldingspagina van de centrale agenda in de browser</translation>
    </message>
    <message>
        <source>Only for a central agenda without sign-in page</source>
        <translation>Alleen voor een centrale agenda zonder aanmeldingspagina</translation>
    </message>
    <message>
        <source>Client identifier:</source>
        <translation>Clientidentificatie:</translation>
    </message>
    <message>
        <source>Or token:</source>
        <translation>Of token:</translation>
    </message>
    <message>
        <source>Signing in happens on the central agenda&apos;s page, in the browser; Guichet keeps what it receives only in this computer&apos;s keychain. The address must start with https://.</source>
        <translation>Aanmelden gebeurt op de pagina van de centrale agenda, in de browser; Guichet bewaart wat het ontvangt alleen in de sleutelhanger van deze computer. Het adres moet met https:// beginnen.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser… (the button cancels)</source>
        <translation>Wachten op de aanmelding in de browser… (de knop annuleert)</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Aanmelding annuleren</translation>
    </message>
    <message>
        <source>Signed in as the client &quot;%1&quot; (unattended desk).</source>
        <translation>Aangemeld als de client &quot;%1&quot; (onbemande post).</translation>
    </message>
    <message>
        <source>Signed in through the central agenda&apos;s page.</source>
        <translation>Aangemeld via de pagina van de centrale agenda.</translation>
    </message>
    <message>
        <source>Signed in with a token.</source>
        <translation>Aangemeld met een token.</translation>
    </message>
    <message>
        <source>Give the client identifier first: the central agenda&apos;s administrator knows it.</source>
        <translation>Geef eerst de clientidentificatie: de beheerder van de centrale agenda kent ze.</translation>
    </message>
    <message>
        <source>Signed out here, but the central agenda could not be told: ask its administrator to withdraw this desk&apos;s access.</source>
        <translation>Hier afgemeld, maar de centrale agenda kon niet worden verwittigd: vraag de beheerder ervan de toegang van deze post in te trekken.</translation>
    </message>
</context>
<context>
    <name>guichet::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>As the system (French when unsure)</source>
        <translation>Zoals het systeem (Frans bij twijfel)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>Lock the screen after:</source>
        <translation>Scherm vergrendelen na:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>High contrast (white on black)</source>
        <translation>Hoog contrast (wit op zwart)</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Kleuren:</translation>
    </message>
    <message numerus="yes">
        <source>The front-desk screen faces the waiting room: lock it after a few minutes without use. The practice allows at most %n minute(s) (its administrator sets it in the practice rules). A new language or colours apply at the next start.</source>
        <translation>
            <numerusform>Het baliescherm staat naar de wachtzaal gericht: vergrendel het na enkele minuten zonder gebruik. De praktijk staat hoogstens %n minuut toe (de beheerder stelt dat in bij de regels van de praktijk). Een nieuwe taal of nieuwe kleuren gelden vanaf de volgende start.</numerusform>
            <numerusform>Het baliescherm staat naar de wachtzaal gericht: vergrendel het na enkele minuten zonder gebruik. De praktijk staat hoogstens %n minuten toe (de beheerder stelt dat in bij de regels van de praktijk). Een nieuwe taal of nieuwe kleuren gelden vanaf de volgende start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::SetupAssistant</name>
    <message>
        <source>Setting up the practice</source>
        <translation>De praktijk instellen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Voltooien</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Guichet now has its administrator. Describe the practice in a few steps: its site, its practitioners and their online rules, the visit reasons, the usual week and the people who use Guichet.

Every step can be skipped and done later from File ▸ Administration.</source>
        <translation>Guichet heeft nu zijn beheerder. Beschrijf de praktijk in enkele stappen: de vestiging, de zorgverleners en hun online regels, de redenen van bezoek, de gewone week en de mensen die Guichet gebruiken.

Elke stap kan worden overgeslagen en later gedaan via Bestand ▸ Beheer.</translation>
    </message>
    <message>
        <source>Take the practice from a central agenda…</source>
        <translation>De praktijk overnemen uit een centrale agenda…</translation>
    </message>
    <message>
        <source>If the practice already has its online agenda, Guichet can sign in to it and take its sites, practitioners and visit reasons.</source>
        <translation>Als de praktijk al een online agenda heeft, kan Guichet zich daarbij aanmelden en de vestigingen, zorgverleners en redenen van bezoek overnemen.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>A practice set up in a few minutes.</source>
        <translation>Een praktijk ingesteld in enkele minuten.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Vestiging</translation>
    </message>
    <message>
        <source>Where patients come: the address and access information appear in their messages.</source>
        <translation>Waar patiënten naartoe komen: het adres en de toegangsinformatie staan in hun berichten.</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Zorgverleners</translation>
    </message>
    <message>
        <source>Each with their INAMI (Belgium) or RPPS (France) number and their online rules.</source>
        <translation>Elk met hun RIZIV- (België) of RPPS-nummer (Frankrijk) en hun online regels.</translation>
    </message>
    <message>
        <source>Visit reasons</source>
        <translation>Redenen van bezoek</translation>
    </message>
    <message>
        <source>What patients may book, how long it lasts, and who may book it where.</source>
        <translation>Wat patiënten kunnen boeken, hoelang het duurt, en wie het waar kan boeken.</translation>
    </message>
    <message>
        <source>Usual week</source>
        <translation>Gewone week</translation>
    </message>
    <message>
        <source>The hours of each practitioner and the reasons each range offers.</source>
        <translation>De uren van elke zorgverlener en de redenen die elk tijdvak aanbiedt.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>The secretaries and practitioners who sign in to Guichet.</source>
        <translation>De secretariaatsmedewerkers en zorgverleners die zich bij Guichet aanmelden.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>The practice has %1 site(s), %2 practitioner(s), %3 visit reason(s) and %4 user(s).

Everything can be changed at any time in File ▸ Administration.</source>
        <translation>De praktijk heeft %1 vestiging(en), %2 zorgverlener(s), %3 reden(en) van bezoek en %4 gebruiker(s).

Alles kan op elk moment worden gewijzigd in Bestand ▸ Beheer.</translation>
    </message>
    <message>
        <source>Taken from the central agenda: check each step, then finish.</source>
        <translation>Overgenomen uit de centrale agenda: controleer elke stap en voltooi dan.</translation>
    </message>
</context>
<context>
    <name>guichet::SignInDialog</name>
    <message>
        <source>Guichet — first start</source>
        <translation>Guichet — eerste start</translation>
    </message>
    <message>
        <source>Guichet — sign in</source>
        <translation>Guichet — aanmelden</translation>
    </message>
    <message>
        <source>Create the administrator of this installation</source>
        <translation>Maak de beheerder van deze installatie aan</translation>
    </message>
    <message>
        <source>Sign in to Guichet</source>
        <translation>Aanmelden bij Guichet</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Databank: %1</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Volledige naam:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Wachtwoord (opnieuw):</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Mijn wachtwoord wijzigen…</translation>
    </message>
    <message>
        <source>Your password is changed: sign in with the new one.</source>
        <translation>Uw wachtwoord is gewijzigd: meld u aan met het nieuwe.</translation>
    </message>
    <message>
        <source>At least 12 characters, hard to guess: a phrase of four or more words is easy to remember.</source>
        <translation>Minstens 12 tekens, moeilijk te raden: een zin van vier of meer woorden onthoudt u makkelijk.</translation>
    </message>
</context>
<context>
    <name>guichet::SitesPage</name>
    <message>
        <source>Centre médical du Parc</source>
        <translation>Medisch centrum van het Park</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straat en nummer</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankrijk</translation>
    </message>
    <message>
        <source>02 538 12 00</source>
        <translation>02 538 12 00</translation>
    </message>
    <message>
        <source>Floor, lift, parking, public transport, access for wheelchairs…</source>
        <translation>Verdieping, lift, parkeren, openbaar vervoer, toegang met rolstoel…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Gemeente:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Tijdzone:</translation>
    </message>
    <message>
        <source>Access for patients:</source>
        <translation>Toegang voor patiënten:</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Nieuwe vestiging</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Vestiging</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <source>Site &quot;%1&quot; added.</source>
        <translation>Vestiging &quot;%1&quot; toegevoegd.</translation>
    </message>
    <message>
        <source>Site &quot;%1&quot; saved.</source>
        <translation>Vestiging &quot;%1&quot; opgeslagen.</translation>
    </message>
</context>
<context>
    <name>guichet::SplitDialog</name>
    <message>
        <source>Split a record shared by two people</source>
        <translation>Een fiche splitsen die door twee personen gedeeld wordt</translation>
    </message>
    <message>
        <source>%1&apos;s record holds another person&apos;s visits. Type the other person&apos;s identity and tick what is theirs: it moves to a new record.</source>
        <translation>De fiche van %1 bevat de bezoeken van een andere persoon. Typ de identiteit van die persoon en vink aan wat van haar is: het gaat naar een nieuwe fiche.</translation>
    </message>
    <message>
        <source>Birth name:</source>
        <translation>Geboortenaam:</translation>
    </message>
    <message>
        <source>First names:</source>
        <translation>Voornamen:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Geboortedatum:</translation>
    </message>
    <message>
        <source>31/12/1980</source>
        <translation>31/12/1980</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Vrouwelijk</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Mannelijk</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Ander</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Geslacht:</translation>
    </message>
    <message>
        <source>Appointment %1 — %2, %3 (%4)</source>
        <translation>Afspraak %1 — %2, %3 (%4)</translation>
    </message>
    <message>
        <source>Document %1 — %2</source>
        <translation>Document %1 — %2</translation>
    </message>
    <message>
        <source>Create the record and move</source>
        <translation>De fiche maken en verplaatsen</translation>
    </message>
    <message>
        <source>What belongs to the other person:</source>
        <translation>Wat van de andere persoon is:</translation>
    </message>
    <message>
        <source>The appointments could not be read: %1</source>
        <translation>De afspraken konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The documents could not be read: %1</source>
        <translation>De documenten konden niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>guichet::SyncController</name>
    <message numerus="yes">
        <source>Sync: not configured — %n change(s) pending</source>
        <translation>
            <numerusform>Synchronisatie: niet ingesteld — %n wijziging wacht</numerusform>
            <numerusform>Synchronisatie: niet ingesteld — %n wijzigingen wachten</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: not yet run</source>
        <translation>Synchronisatie: nog niet uitgevoerd</translation>
    </message>
    <message>
        <source>Sync: in progress…</source>
        <translation>Synchronisatie: bezig…</translation>
    </message>
    <message>
        <source>Sync: up to date (%1)</source>
        <translation>Synchronisatie: bijgewerkt (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n change(s) pending</source>
        <translation>
            <numerusform>Synchronisatie: %n wijziging wacht</numerusform>
            <numerusform>Synchronisatie: %n wijzigingen wachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync: offline — %n change(s) kept here</source>
        <translation>
            <numerusform>Synchronisatie: offline — %n wijziging hier bewaard</numerusform>
            <numerusform>Synchronisatie: offline — %n wijzigingen hier bewaard</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: error — see the Sync page</source>
        <translation>Synchronisatie: fout — zie de pagina Synchronisatie</translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n conflict(s) to settle</source>
        <translation>
            <numerusform>Synchronisatie: %n conflict op te lossen</numerusform>
            <numerusform>Synchronisatie: %n conflicten op te lossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync: sign in again (File, Central agenda) — %n change(s) kept here</source>
        <translation>
            <numerusform>Synchronisatie: meld u opnieuw aan (Bestand, Centrale agenda) — %n wijziging hier bewaard</numerusform>
            <numerusform>Synchronisatie: meld u opnieuw aan (Bestand, Centrale agenda) — %n wijzigingen hier bewaard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received booking(s) to check</source>
        <translation>
            <numerusform>%n ontvangen boeking na te kijken</numerusform>
            <numerusform>%n ontvangen boekingen na te kijken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::SyncView</name>
    <message>
        <source>Synchronisation with the central agenda</source>
        <translation>Synchronisatie met de centrale agenda</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Vastgelegd op</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>status gewijzigd</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>samengevoegd</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wacht</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Central agenda…</source>
        <translation>Centrale agenda…</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Fields changed on both sides</source>
        <translation>Aan beide kanten gewijzigde velden</translation>
    </message>
    <message>
        <source>Settle…</source>
        <translation>Oplossen…</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Laatste fout</translation>
    </message>
    <message>
        <source>Conflicts to settle</source>
        <translation>Op te lossen conflicten</translation>
    </message>
    <message>
        <source>Changes not sent yet</source>
        <translation>Nog niet verzonden wijzigingen</translation>
    </message>
    <message>
        <source>Central agenda: %1 (account %2).</source>
        <translation>Centrale agenda: %1 (account %2).</translation>
    </message>
    <message>
        <source>Last exchange at %1: %2 sent, %3 received, %4 refused.</source>
        <translation>Laatste uitwisseling om %1: %2 verzonden, %3 ontvangen, %4 geweigerd.</translation>
    </message>
    <message>
        <source>No central agenda is set up: every change is kept in the local journal and will be sent once its address is given (Central agenda…).</source>
        <translation>Er is geen centrale agenda ingesteld: elke wijziging blijft in het lokale journaal en wordt verzonden zodra het adres is opgegeven (Centrale agenda…).</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Openingsuren</translation>
    </message>
    <message>
        <source>Day with other hours</source>
        <translation>Dag met andere uren</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Afwezigheid</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>parked: refused by the central agenda</source>
        <translation>geparkeerd: geweigerd door de centrale agenda</translation>
    </message>
    <message>
        <source>Online booking block</source>
        <translation>Blokkering van online boeken</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Rule not met</source>
        <translation>Regel niet nageleefd</translation>
    </message>
    <message>
        <source>Keep…</source>
        <translation>Behouden…</translation>
    </message>
    <message>
        <source>The appointment stays as booked; say why (recorded in the audit log).</source>
        <translation>De afspraak blijft zoals geboekt; zeg waarom (in het auditlogboek opgenomen).</translation>
    </message>
    <message>
        <source>Cancel the appointment…</source>
        <translation>De afspraak annuleren…</translation>
    </message>
    <message>
        <source>The patient is sent the cancellation message.</source>
        <translation>De patiënt krijgt het annuleringsbericht.</translation>
    </message>
    <message>
        <source>Patient called…</source>
        <translation>Patiënt gebeld…</translation>
    </message>
    <message>
        <source>Received from the central agenda, to check</source>
        <translation>Ontvangen van de centrale agenda, na te kijken</translation>
    </message>
    <message>
        <source>Received from the central agenda, to check (%1)</source>
        <translation>Ontvangen van de centrale agenda, na te kijken (%1)</translation>
    </message>
    <message>
        <source>(unknown patient)</source>
        <translation>(onbekende patiënt)</translation>
    </message>
    <message>
        <source>Choose an item in the list first.</source>
        <translation>Kies eerst een item in de lijst.</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Na te kijken</translation>
    </message>
    <message>
        <source>Keep the appointment</source>
        <translation>De afspraak behouden</translation>
    </message>
    <message>
        <source>Why is it kept despite the rule?</source>
        <translation>Waarom blijft ze behouden ondanks de regel?</translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation>De afspraak annuleren</translation>
    </message>
    <message>
        <source>Reason for the cancellation (the patient is sent the cancellation message):</source>
        <translation>Reden van de annulering (de patiënt krijgt het annuleringsbericht):</translation>
    </message>
    <message>
        <source>Patient called</source>
        <translation>Patiënt gebeld</translation>
    </message>
    <message>
        <source>What was agreed with the patient (optional):</source>
        <translation>Wat met de patiënt werd afgesproken (facultatief):</translation>
    </message>
    <message>
        <source>Slot held while a patient confirms online</source>
        <translation>Tijdslot vastgehouden terwijl een patiënt online bevestigt</translation>
    </message>
</context>
<context>
    <name>guichet::UsersPage</name>
    <message>
        <source>marie.dubois</source>
        <translation>marie.dubois</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Volledige naam:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Zorgverlener:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nieuwe gebruiker</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deactiveren</translation>
    </message>
    <message>
        <source>Set this password</source>
        <translation>Dit wachtwoord instellen</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Zorgverlener</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>gedeactiveerd</translation>
    </message>
    <message>
        <source>waits after wrong passwords</source>
        <translation>wacht na verkeerde wachtwoorden</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activeren</translation>
    </message>
    <message>
        <source>%1 can sign in now.</source>
        <translation>%1 kan zich nu aanmelden.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is nu %2.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 kan zich weer aanmelden.</translation>
    </message>
    <message>
        <source>%1 is disabled: the account can no longer sign in; its history stays.</source>
        <translation>%1 is gedeactiveerd: het account kan zich niet meer aanmelden; de geschiedenis blijft.</translation>
    </message>
    <message>
        <source>New password set for %1: tell it to them in person.</source>
        <translation>Nieuw wachtwoord ingesteld voor %1: deel het persoonlijk mee.</translation>
    </message>
    <message>
        <source>At least 12 characters, hard to guess: a phrase of four or more words is easy to remember.</source>
        <translation>Minstens 12 tekens, moeilijk te raden: een zin van vier of meer woorden onthoudt u makkelijk.</translation>
    </message>
</context>
<context>
    <name>guichet::WaitlistCallsDialog</name>
    <message>
        <source>Waiting list: patients to phone</source>
        <translation>Wachtlijst: te bellen patiënten</translation>
    </message>
    <message>
        <source>An earlier slot freed up for these patients. Phone them and note their answer: accepted, the appointment moves to the earlier slot.</source>
        <translation>Er is een vroeger tijdslot vrijgekomen voor deze patiënten. Bel hen en noteer hun antwoord: aanvaard, dan verhuist de afspraak naar het vroegere tijdslot.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Current appointment</source>
        <translation>Huidige afspraak</translation>
    </message>
    <message>
        <source>Earlier slot offered</source>
        <translation>Aangeboden vroeger tijdslot</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Aangeboden op</translation>
    </message>
    <message>
        <source>The patient takes the slot</source>
        <translation>De patiënt neemt het tijdslot</translation>
    </message>
    <message>
        <source>The patient keeps their appointment</source>
        <translation>De patiënt houdt zijn afspraak</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Nobody to phone.</source>
        <translation>Niemand te bellen.</translation>
    </message>
    <message>
        <source>The appointment moved to the earlier slot.</source>
        <translation>De afspraak is verplaatst naar het vroegere tijdslot.</translation>
    </message>
    <message>
        <source>Noted: the patient keeps their appointment and stays on the list.</source>
        <translation>Genoteerd: de patiënt houdt zijn afspraak en blijft op de lijst.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Guichet</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>--now &quot;%1&quot; is not an ISO 8601 date.</source>
        <translation>--now „%1” is geen ISO 8601-datum.</translation>
    </message>
    <message>
        <source>Database file (or GUICHET_DB).</source>
        <translation>Databankbestand (of GUICHET_DB).</translation>
    </message>
    <message>
        <source>fr, nl or en (default: the settings, then the system).</source>
        <translation>fr, nl of en (standaard: de instellingen, dan het systeem).</translation>
    </message>
    <message>
        <source>Fix the clock (ISO 8601; or GUICHET_NOW).</source>
        <translation>De klok vastzetten (ISO 8601; of GUICHET_NOW).</translation>
    </message>
    <message>
        <source>--now (or GUICHET_NOW) is accepted only on a demo clinic or a database created for tests, not on a practice&apos;s database.</source>
        <translation>--now (of GUICHET_NOW) is alleen toegestaan op een demopraktijk of een testdatabase, niet op de database van een praktijk.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Een back-up terugzetten</translation>
    </message>
    <message>
        <source>The backup is in place. The database it replaced is kept as %1. Sign in again.</source>
        <translation>De back-up staat op zijn plaats. De vervangen database wordt bewaard als %1. Meld u opnieuw aan.</translation>
    </message>
</context>
</TS>
