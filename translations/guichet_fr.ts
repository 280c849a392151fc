<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AbsenceService</name>
    <message>
        <source>The absence needs a start and an end.</source>
        <translation>L&apos;absence doit avoir un début et une fin.</translation>
    </message>
    <message>
        <source>The absence must end after it starts.</source>
        <translation>L&apos;absence doit finir après son début.</translation>
    </message>
    <message>
        <source>An absence lasts at most a year; declare a longer one in parts.</source>
        <translation>Une absence dure au plus un an ; déclarez une absence plus longue en plusieurs fois.</translation>
    </message>
    <message>
        <source>The reason of the absence is at most 200 characters.</source>
        <translation>Le motif de l&apos;absence compte au plus 200 caractères.</translation>
    </message>
</context>
<context>
    <name>AgendaPrint</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Visit reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>No appointment these days.</source>
        <translation>Aucun rendez-vous ces jours-là.</translation>
    </message>
    <message>
        <source>No appointment this day.</source>
        <translation>Aucun rendez-vous ce jour-là.</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n rendez-vous</numerusform>
            <numerusform>%n rendez-vous</numerusform>
        </translation>
    </message>
    <message>
        <source>No appointment from %1 to %2.</source>
        <translation>Aucun rendez-vous du %1 au %2.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Tél. : %1</translation>
    </message>
    <message>
        <source>Appointment for %1</source>
        <translation>Rendez-vous de %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>video consultation: the link comes by e-mail</source>
        <translation>téléconsultation : le lien arrive par e-mail</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Avec %1</translation>
    </message>
    <message>
        <source>Getting there: %1</source>
        <translation>Accès : %1</translation>
    </message>
    <message>
        <source>Before you come: %1</source>
        <translation>Avant de venir : %1</translation>
    </message>
    <message numerus="yes">
        <source>Cannot come? Please cancel at least %n hour(s) before, so that the slot goes to another patient: call %1 or use your patient area.</source>
        <translation>
            <numerusform>Un empêchement ? Merci d&apos;annuler au moins %n heure à l&apos;avance, pour que le créneau serve à un autre patient : appelez le %1 ou passez par votre espace patient.</numerusform>
            <numerusform>Un empêchement ? Merci d&apos;annuler au moins %n heures à l&apos;avance, pour que le créneau serve à un autre patient : appelez le %1 ou passez par votre espace patient.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
</context>
<context>
    <name>AppointmentDetailsReader</name>
    <message>
        <source>Given to another patient</source>
        <translation>Donné à un autre patient</translation>
    </message>
    <message>
        <source>Visit reason changed</source>
        <translation>Motif changé</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Booked again</source>
        <translation>Réservé à nouveau</translation>
    </message>
    <message>
        <source>Message from the desk</source>
        <translation>Message de l&apos;accueil</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>to send</source>
        <translation>à envoyer</translation>
    </message>
    <message>
        <source>the patient, online</source>
        <translation>le patient, en ligne</translation>
    </message>
    <message>
        <source>the practitioner</source>
        <translation>le praticien</translation>
    </message>
    <message>
        <source>the secretariat</source>
        <translation>le secrétariat</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>excusé</translation>
    </message>
    <message>
        <source>not excused</source>
        <translation>non excusé</translation>
    </message>
</context>
<context>
    <name>AppointmentRepository</name>
    <message>
        <source>The history of appointment %1 holds an unknown status &quot;%2&quot;.</source>
        <translation>L&apos;historique du rendez-vous %1 contient un statut inconnu « %2 ».</translation>
    </message>
</context>
<context>
    <name>AppointmentSeries</name>
    <message>
        <source>A series repeats every N days or every N weeks (one of the two).</source>
        <translation>Une série se répète tous les N jours ou toutes les N semaines (l&apos;un des deux).</translation>
    </message>
    <message>
        <source>A series repeats at most once a day and at least once a year.</source>
        <translation>Une série se répète au plus une fois par jour et au moins une fois par an.</translation>
    </message>
    <message>
        <source>Give either the number of appointments or the last day of the series.</source>
        <translation>Indiquez soit le nombre de rendez-vous, soit le dernier jour de la série.</translation>
    </message>
    <message>
        <source>A series holds at most %1 appointments.</source>
        <translation>Une série compte au plus %1 rendez-vous.</translation>
    </message>
    <message>
        <source>The appointment needs a start date and time.</source>
        <translation>Le rendez-vous doit avoir une date et une heure de début.</translation>
    </message>
    <message>
        <source>The last day of the series comes before its first appointment.</source>
        <translation>Le dernier jour de la série précède son premier rendez-vous.</translation>
    </message>
    <message>
        <source>A series holds at most %1 appointments: choose an earlier last day.</source>
        <translation>Une série compte au plus %1 rendez-vous : choisissez un dernier jour plus proche.</translation>
    </message>
    <message>
        <source>%1 booked, %2 refused</source>
        <translation>%1 réservé(s), %2 refusé(s)</translation>
    </message>
    <message>
        <source>This appointment is not part of a series.</source>
        <translation>Ce rendez-vous ne fait pas partie d&apos;une série.</translation>
    </message>
    <message>
        <source>Only a booked appointment of the series can move the rest of it.</source>
        <translation>Seul un rendez-vous réservé de la série peut déplacer la suite.</translation>
    </message>
</context>
<context>
    <name>AppointmentService</name>
    <message>
        <source>This patient record was merged into another one; book on the surviving record.</source>
        <translation>Ce dossier a été fusionné dans un autre : prenez le rendez-vous sur le dossier conservé.</translation>
    </message>
    <message>
        <source>This patient is recorded as deceased.</source>
        <translation>Ce patient est enregistré comme décédé.</translation>
    </message>
    <message>
        <source>The visit reason &quot;%1&quot; is not one of %2&apos;s.</source>
        <translation>Le motif « %1 » n&apos;appartient pas à %2.</translation>
    </message>
    <message>
        <source>An appointment lasts between 1 minute and 12 hours.</source>
        <translation>Un rendez-vous dure entre 1 minute et 12 heures.</translation>
    </message>
    <message>
        <source>The appointment needs a start date and time.</source>
        <translation>Le rendez-vous doit avoir une date et une heure de début.</translation>
    </message>
    <message>
        <source>An appointment that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>Un rendez-vous « %1 » ne peut pas passer à « %2 ».</translation>
    </message>
    <message>
        <source>A cancellation needs a reason.</source>
        <translation>Une annulation doit avoir un motif.</translation>
    </message>
    <message>
        <source>Say why this appointment was entered in error.</source>
        <translation>Indiquez pourquoi ce rendez-vous a été saisi par erreur.</translation>
    </message>
    <message>
        <source>Only the desk may book over a taken slot.</source>
        <translation>Seul l&apos;accueil peut réserver sur un créneau déjà pris.</translation>
    </message>
    <message>
        <source>Replaced by the appointment of %1</source>
        <translation>Remplacé par le rendez-vous du %1</translation>
    </message>
    <message>
        <source>Only a booked appointment can be moved; this one is &quot;%1&quot;.</source>
        <translation>Seul un rendez-vous réservé peut être déplacé ; celui-ci est « %1 ».</translation>
    </message>
    <message>
        <source>moved from %1</source>
        <translation>déplacé depuis le %1</translation>
    </message>
    <message>
        <source>The end of the appointment must come after its start.</source>
        <translation>La fin du rendez-vous doit venir après son début.</translation>
    </message>
    <message>
        <source>An appointment lasts at most 12 hours.</source>
        <translation>Un rendez-vous dure au plus 12 heures.</translation>
    </message>
    <message>
        <source>length %1 min instead of %2</source>
        <translation>durée %1 min au lieu de %2</translation>
    </message>
    <message>
        <source>Only a cancelled appointment can be booked again; this one is &quot;%1&quot;.</source>
        <translation>Seul un rendez-vous annulé peut être repris ; celui-ci est « %1 ».</translation>
    </message>
    <message>
        <source>The end of the search must come after its start.</source>
        <translation>La fin de la recherche doit suivre son début.</translation>
    </message>
    <message>
        <source>kept despite the spacing rule: %1</source>
        <translation>gardé malgré la règle d&apos;espacement : %1</translation>
    </message>
    <message>
        <source>Only a booked appointment can be given to another patient; this one is &quot;%1&quot;.</source>
        <translation>Seul un rendez-vous réservé peut être donné à un autre patient ; celui-ci est « %1 ».</translation>
    </message>
    <message>
        <source>Say why the appointment goes to another patient.</source>
        <translation>Indiquez pourquoi le rendez-vous passe à un autre patient.</translation>
    </message>
    <message>
        <source>The appointment is already this patient&apos;s.</source>
        <translation>Le rendez-vous est déjà celui de ce patient.</translation>
    </message>
    <message>
        <source>This patient record was merged into another one; choose the surviving record.</source>
        <translation>Ce dossier a été fusionné dans un autre ; choisissez le dossier conservé.</translation>
    </message>
    <message>
        <source>patient changed (was %1): %2</source>
        <translation>patient changé (était %1) : %2</translation>
    </message>
    <message>
        <source>Only a booked appointment can change its visit reason; this one is &quot;%1&quot;.</source>
        <translation>Seul un rendez-vous réservé peut changer de motif ; celui-ci est « %1 ».</translation>
    </message>
    <message>
        <source>visit reason: %1 instead of %2</source>
        <translation>motif : %1 au lieu de %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>A note holds at most 2000 characters.</source>
        <translation>Une note compte au plus 2000 caractères.</translation>
    </message>
    <message>
        <source>note removed</source>
        <translation>note supprimée</translation>
    </message>
    <message>
        <source>note changed</source>
        <translation>note modifiée</translation>
    </message>
</context>
<context>
    <name>AppointmentStatuses</name>
    <message>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>In consultation</source>
        <translation>En consultation</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Not honoured</source>
        <extracomment>The patient did not come to the appointment</extracomment>
        <translation>Non honoré</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>Saisi par erreur</translation>
    </message>
</context>
<context>
    <name>AppointmentWrite</name>
    <message>
        <source>The site&apos;s time zone &quot;%1&quot; is not known.</source>
        <translation>Le fuseau horaire « %1 » du site est inconnu.</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Account made to wait after wrong passwords</source>
        <translation>Compte mis en attente après de mauvais mots de passe</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Utilisateur créé</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Utilisateur réactivé</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Utilisateur désactivé</translation>
    </message>
    <message>
        <source>User&apos;s role changed</source>
        <translation>Rôle de l&apos;utilisateur modifié</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Mot de passe personnel changé</translation>
    </message>
    <message>
        <source>Password set by an administrator</source>
        <translation>Mot de passe défini par un administrateur</translation>
    </message>
    <message>
        <source>Practice rule changed</source>
        <translation>Règle du cabinet modifiée</translation>
    </message>
    <message>
        <source>Site added</source>
        <translation>Site ajouté</translation>
    </message>
    <message>
        <source>Site changed</source>
        <translation>Site modifié</translation>
    </message>
    <message>
        <source>Practitioner added</source>
        <translation>Praticien ajouté</translation>
    </message>
    <message>
        <source>Practitioner changed</source>
        <translation>Praticien modifié</translation>
    </message>
    <message>
        <source>Practitioner reactivated</source>
        <translation>Praticien réactivé</translation>
    </message>
    <message>
        <source>Practitioner deactivated</source>
        <translation>Praticien désactivé</translation>
    </message>
    <message>
        <source>Visit reason added</source>
        <translation>Motif ajouté</translation>
    </message>
    <message>
        <source>Visit reason changed</source>
        <translation>Motif modifié</translation>
    </message>
    <message>
        <source>Visit reason reactivated</source>
        <translation>Motif réactivé</translation>
    </message>
    <message>
        <source>Visit reason deactivated</source>
        <translation>Motif désactivé</translation>
    </message>
    <message>
        <source>Absence declared</source>
        <translation>Absence déclarée</translation>
    </message>
    <message>
        <source>Absence changed</source>
        <translation>Absence modifiée</translation>
    </message>
    <message>
        <source>Absence removed</source>
        <translation>Absence supprimée</translation>
    </message>
    <message>
        <source>No-show erased</source>
        <translation>Absence au rendez-vous effacée</translation>
    </message>
    <message>
        <source>Online booking blocked</source>
        <translation>Réservation en ligne bloquée</translation>
    </message>
    <message>
        <source>Online booking block lifted</source>
        <translation>Blocage de la réservation en ligne levé</translation>
    </message>
    <message>
        <source>Records merged</source>
        <translation>Dossiers fusionnés</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>Fusion annulée</translation>
    </message>
    <message>
        <source>Record split</source>
        <translation>Dossier scindé</translation>
    </message>
    <message>
        <source>Marked as not duplicates</source>
        <translation>Marqués comme non doublons</translation>
    </message>
    <message>
        <source>Identity checked</source>
        <translation>Identité vérifiée</translation>
    </message>
    <message>
        <source>Strict identity traits changed</source>
        <translation>Traits stricts d&apos;identité modifiés</translation>
    </message>
    <message>
        <source>Document removed</source>
        <translation>Document supprimé</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sauvegarde faite</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Agenda exported (iCalendar)</source>
        <translation>Agenda exporté (iCalendar)</translation>
    </message>
    <message>
        <source>Waiting-list offer accepted</source>
        <translation>Proposition de la liste d&apos;attente acceptée</translation>
    </message>
    <message>
        <source>Sync conflict settled</source>
        <translation>Conflit de synchronisation réglé</translation>
    </message>
    <message>
        <source>Signed in to the central agenda</source>
        <translation>Connexion à l&apos;agenda central</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Journal d&apos;audit exporté</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Écran verrouillé</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>Écran déverrouillé</translation>
    </message>
    <message>
        <source>Wrong password at the lock screen</source>
        <translation>Mauvais mot de passe à l&apos;écran verrouillé</translation>
    </message>
    <message>
        <source>User&apos;s name changed</source>
        <translation>Nom de l&apos;utilisateur modifié</translation>
    </message>
    <message>
        <source>Signed out of the central agenda</source>
        <translation>Déconnexion de l&apos;agenda central</translation>
    </message>
    <message>
        <source>Document key exported</source>
        <translation>Clé des documents exportée</translation>
    </message>
    <message>
        <source>Document key imported</source>
        <translation>Clé des documents importée</translation>
    </message>
    <message>
        <source>Appointment given to another patient</source>
        <translation>Rendez-vous donné à un autre patient</translation>
    </message>
    <message>
        <source>Appointment entered in error</source>
        <translation>Rendez-vous saisi par erreur</translation>
    </message>
    <message>
        <source>Appointment kept despite the spacing rule</source>
        <translation>Rendez-vous gardé malgré la règle d&apos;espacement</translation>
    </message>
    <message>
        <source>Series of appointments booked</source>
        <translation>Série de rendez-vous réservée</translation>
    </message>
    <message>
        <source>Running-late message sent</source>
        <translation>Message de retard envoyé</translation>
    </message>
    <message>
        <source>Message sent to a patient</source>
        <translation>Message envoyé à un patient</translation>
    </message>
    <message>
        <source>Relative linked to an account holder</source>
        <translation>Proche rattaché à un titulaire</translation>
    </message>
    <message>
        <source>Relative made their own account holder</source>
        <translation>Proche devenu son propre titulaire</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Booking rules</source>
        <translation>Règles de réservation</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Visit reasons</source>
        <translation>Motifs de consultation</translation>
    </message>
    <message>
        <source>Appointments not honoured</source>
        <translation>Rendez-vous non honorés</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Praticiens</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Verrouillage de l&apos;écran</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Document vault</source>
        <translation>Coffre des documents</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <source>Other acts</source>
        <translation>Autres actes</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>le système</translation>
    </message>
    <message>
        <source>the patient, online</source>
        <translation>le patient, en ligne</translation>
    </message>
    <message>
        <source>the central agenda</source>
        <translation>l&apos;agenda central</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Appointment of</source>
        <translation>Rendez-vous du</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Visit reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>%1 (no longer in the practice)</source>
        <translation>%1 (plus dans le cabinet)</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>raison</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>status before</source>
        <translation>état avant</translation>
    </message>
    <message>
        <source>status after</source>
        <translation>état après</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message>
        <source>to the patient</source>
        <translation>vers le patient</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation>praticien</translation>
    </message>
    <message>
        <source>visit reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>record kept</source>
        <translation>dossier conservé</translation>
    </message>
    <message>
        <source>record merged</source>
        <translation>dossier fusionné</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>excusé</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>late cancellation</source>
        <translation>annulation tardive</translation>
    </message>
    <message>
        <source>login</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>patients</source>
        <translation>patients</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>rendez-vous</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>closeness</source>
        <translation>proximité</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>kept as</source>
        <translation>conservée sous</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>(no longer in the practice)</source>
        <translation>(plus dans le cabinet)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n other detail(s) in the export</source>
        <translation>
            <numerusform>%n autre détail dans l&apos;export</numerusform>
            <numerusform>%n autres détails dans l&apos;export</numerusform>
        </translation>
    </message>
    <message>
        <source>Address updated from the eID card</source>
        <translation>Adresse mise à jour depuis la carte eID</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>city</source>
        <translation>localité</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>card number</source>
        <translation>numéro de carte</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup &quot;%1&quot; does not exist.</source>
        <translation>La sauvegarde « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The backup is damaged: %1</source>
        <translation>La sauvegarde est endommagée : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose a new file name for the backup.</source>
        <translation>« %1 » existe déjà ; choisissez un nouveau nom de fichier pour la sauvegarde.</translation>
    </message>
    <message>
        <source>The backup to &quot;%1&quot; failed: %2</source>
        <translation>La sauvegarde vers « %1 » a échoué : %2</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; could not be written to disk.</source>
        <translation>La sauvegarde « %1 » n’a pas pu être écrite sur le disque.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; could not be read back.</source>
        <translation>La sauvegarde « %1 » n’a pas pu être relue.</translation>
    </message>
    <message>
        <source>The documents could not be copied beside the backup (%1).</source>
        <translation>Les documents n’ont pas pu être copiés à côté de la sauvegarde (%1).</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; could not be put in place.</source>
        <translation>La sauvegarde « %1 » n’a pas pu être mise en place.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; could not be completed (its manifest).</source>
        <translation>La sauvegarde « %1 » n’a pas pu être terminée (son manifeste).</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; is incomplete: its manifest (%2) is missing. It was interrupted, or copied without it; nothing was changed.</source>
        <translation>La sauvegarde « %1 » est incomplète : son manifeste (%2) manque. Elle a été interrompue, ou copiée sans lui ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The manifest of the backup &quot;%1&quot; is damaged or of an unknown format; nothing was changed.</source>
        <translation>Le manifeste de la sauvegarde « %1 » est abîmé ou d’un format inconnu ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; is not the file that was written (truncated or altered); nothing was changed.</source>
        <translation>La sauvegarde « %1 » n’est plus le fichier écrit (tronqué ou modifié) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The manifest of the backup &quot;%1&quot; is damaged; nothing was changed.</source>
        <translation>Le manifeste de la sauvegarde « %1 » est abîmé ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; is incomplete: the document file %2 is missing; nothing was changed.</source>
        <translation>La sauvegarde « %1 » est incomplète : le fichier de document %2 manque ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The document file %1 of the backup &quot;%2&quot; was altered; nothing was changed.</source>
        <translation>Le fichier de document %1 de la sauvegarde « %2 » a été modifié ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; is another practice&apos;s (or another database&apos;s): it would replace this practice&apos;s records. Nothing was changed.</source>
        <translation>La sauvegarde « %1 » est celle d’un autre cabinet (ou d’une autre base) : elle remplacerait les dossiers de ce cabinet. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The backup could not be copied next to the database; nothing was changed.</source>
        <translation>La sauvegarde n’a pas pu être copiée à côté de la base ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; does not hold what its manifest counts; nothing was changed.</source>
        <translation>La sauvegarde « %1 » ne contient pas ce que son manifeste compte ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; is incomplete: %2 documents are recorded but %3 document files were saved; nothing was changed.</source>
        <translation>La sauvegarde « %1 » est incomplète : %2 documents sont enregistrés mais %3 fichiers de documents ont été sauvegardés ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The documents could not be copied back; nothing was changed.</source>
        <translation>Les documents n’ont pas pu être recopiés ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The document %1 could not be copied back; nothing was changed.</source>
        <translation>Le document %1 n’a pas pu être recopié ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>patients</source>
        <translation>patients</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>rendez-vous</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>The database holds %1 %2; the last backup (%3, %4) held %5. Records were lost: restore that backup, or find out why.</source>
        <translation>La base contient %1 %2 ; la dernière sauvegarde (%3, %4) en contenait %5. Des dossiers ont été perdus : restaurez cette sauvegarde, ou cherchez pourquoi.</translation>
    </message>
    <message>
        <source>The restore could not be prepared next to the database; nothing was changed.</source>
        <translation>La restauration n&apos;a pas pu être préparée à côté de la base ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>An interrupted restore of %1 could not be read (%2).</source>
        <translation>Une restauration interrompue de %1 n&apos;a pas pu être lue (%2).</translation>
    </message>
    <message>
        <source>The restore of %1 could not be finished; it will be tried again when Guichet next opens this database. Nothing is lost: the previous database is %2.</source>
        <translation>La restauration de %1 n&apos;a pas pu être terminée ; elle sera reprise à la prochaine ouverture de cette base par Guichet. Rien n&apos;est perdu : la base précédente est %2.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>Give the backup folder&apos;s full path (for example /srv/guichet/sauvegardes).</source>
        <translation>Indiquez le chemin complet du dossier des sauvegardes (par exemple /srv/guichet/sauvegardes).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Guichet cannot write in %1.</source>
        <translation>Guichet ne peut pas écrire dans %1.</translation>
    </message>
    <message>
        <source>Guichet could not remove the old backup %1.</source>
        <translation>Guichet n&apos;a pas pu supprimer l&apos;ancienne sauvegarde %1.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Choose where to write the backup.</source>
        <translation>Choisissez où écrire la sauvegarde.</translation>
    </message>
    <message>
        <source>No practice is open.</source>
        <translation>Aucun cabinet n&apos;est ouvert.</translation>
    </message>
</context>
<context>
    <name>BookCommand</name>
    <message>
        <source>booking</source>
        <translation>prise de rendez-vous</translation>
    </message>
    <message>
        <source>Booking undone at the desk</source>
        <translation>Prise de rendez-vous annulée au secrétariat</translation>
    </message>
    <message>
        <source>Booking undone: %1 is no longer booked (kept as entered in error). Ctrl+Y books it again.</source>
        <translation>Prise de rendez-vous défaite : %1 n&apos;est plus réservé (gardé comme saisi par erreur). Ctrl+Y le reprend.</translation>
    </message>
    <message>
        <source>Booked again: %1.</source>
        <translation>Repris : %1.</translation>
    </message>
</context>
<context>
    <name>BookingChannels</name>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Par téléphone</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>Au guichet</translation>
    </message>
</context>
<context>
    <name>BookingRules</name>
    <message>
        <source>Unknown practitioner or patient.</source>
        <translation>Praticien ou patient inconnu.</translation>
    </message>
    <message>
        <source>The appointment must end after it starts.</source>
        <translation>Le rendez-vous doit finir après son début.</translation>
    </message>
    <message>
        <source>This time has passed.</source>
        <translation>Cette heure est passée.</translation>
    </message>
    <message>
        <source>The slot of %1 is already taken by another appointment (%2 to %3). The desk may book over it only with a reason.</source>
        <translation>Le créneau du %1 est déjà pris par un autre rendez-vous (%2 à %3). L&apos;accueil ne peut le doubler qu&apos;en donnant un motif.</translation>
    </message>
    <message>
        <source>Booked over another appointment: %1.</source>
        <translation>Réservé par-dessus un autre rendez-vous : %1.</translation>
    </message>
    <message>
        <source>This slot is held for a patient who is confirming online; it frees up within 15 minutes.</source>
        <translation>Ce créneau est retenu pour un patient qui confirme en ligne ; il se libère dans 15 minutes au plus.</translation>
    </message>
    <message>
        <source>%1 does not consult at this time.</source>
        <translation>%1 ne consulte pas à cette heure.</translation>
    </message>
    <message>
        <source>Outside %1&apos;s opening hours.</source>
        <translation>En dehors des heures de consultation de %1.</translation>
    </message>
    <message>
        <source>This visit reason is not offered at this time.</source>
        <translation>Ce motif n&apos;est pas proposé à cette heure.</translation>
    </message>
    <message>
        <source>This visit reason is not planned at this time.</source>
        <translation>Ce motif n&apos;est pas prévu à cette heure.</translation>
    </message>
    <message>
        <source>absence</source>
        <translation>absence</translation>
    </message>
    <message>
        <source>%1 is absent (%2).</source>
        <translation>%1 est absent(e) (%2).</translation>
    </message>
    <message>
        <source>%1 is absent then (%2).</source>
        <translation>%1 est absent(e) à ce moment (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is booked by phone only.</source>
        <translation>« %1 » se réserve uniquement par téléphone.</translation>
    </message>
    <message>
        <source>%1 does not take new patients online: the patient must phone the practice.</source>
        <translation>%1 n&apos;accepte pas de nouveaux patients en ligne : le patient doit appeler le cabinet.</translation>
    </message>
    <message numerus="yes">
        <source>The last visit with %1 was more than %n month(s) ago: the patient must phone the practice.</source>
        <translation>
            <numerusform>La dernière visite chez %1 remonte à plus de %n mois : le patient doit appeler le cabinet.</numerusform>
            <numerusform>La dernière visite chez %1 remonte à plus de %n mois : le patient doit appeler le cabinet.</numerusform>
        </translation>
    </message>
    <message>
        <source>This patient already has an appointment on %1, less than %2 days away (same practitioner or specialty). Keep the first one, or replace it.</source>
        <translation>Ce patient a déjà un rendez-vous le %1, à moins de %2 jours (même praticien ou même spécialité). Gardez le premier, ou remplacez-le.</translation>
    </message>
    <message numerus="yes">
        <source>Online cancellation closes %n hour(s) before the appointment: the patient must phone the practice.</source>
        <translation>
            <numerusform>L&apos;annulation en ligne ferme %n heure avant le rendez-vous : le patient doit appeler le cabinet.</numerusform>
            <numerusform>L&apos;annulation en ligne ferme %n heures avant le rendez-vous : le patient doit appeler le cabinet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Guichet could not read the agenda to check this slot (%1). Nothing was booked; try again.</source>
        <translation>Guichet n&apos;a pas pu lire l&apos;agenda pour vérifier ce créneau (%1). Rien n&apos;a été réservé ; réessayez.</translation>
    </message>
    <message>
        <source>Guichet could not read the slots held online (%1). Nothing was booked; try again.</source>
        <translation>Guichet n&apos;a pas pu lire les créneaux retenus en ligne (%1). Rien n&apos;a été réservé ; réessayez.</translation>
    </message>
    <message>
        <source>Guichet could not read the opening hours to check this slot (%1). Nothing was booked; try again.</source>
        <translation>Guichet n&apos;a pas pu lire les heures d&apos;ouverture pour vérifier ce créneau (%1). Rien n&apos;a été réservé ; réessayez.</translation>
    </message>
    <message>
        <source>Guichet could not read the absences to check this slot (%1). Nothing was booked; try again.</source>
        <translation>Guichet n&apos;a pas pu lire les absences pour vérifier ce créneau (%1). Rien n&apos;a été réservé ; réessayez.</translation>
    </message>
    <message>
        <source>%1 no longer takes appointments here (deactivated in the administration).</source>
        <translation>%1 ne prend plus de rendez-vous ici (désactivé dans l&apos;administration).</translation>
    </message>
    <message>
        <source>The visit reason &quot;%1&quot; is no longer offered (deactivated in the administration).</source>
        <translation>Le motif « %1 » n&apos;est plus proposé (désactivé dans l&apos;administration).</translation>
    </message>
    <message numerus="yes">
        <source>%1 can be booked online at most %n day(s) ahead: the patient must phone the practice for a later date.</source>
        <translation>
            <numerusform>%1 se réserve en ligne au plus %n jour à l&apos;avance : pour une date plus lointaine, le patient doit appeler le cabinet.</numerusform>
            <numerusform>%1 se réserve en ligne au plus %n jours à l&apos;avance : pour une date plus lointaine, le patient doit appeler le cabinet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must be booked online at least %n hour(s) before the appointment: the patient must phone the practice.</source>
        <translation>
            <numerusform>%1 se réserve en ligne au moins %n heure avant le rendez-vous : le patient doit appeler le cabinet.</numerusform>
            <numerusform>%1 se réserve en ligne au moins %n heures avant le rendez-vous : le patient doit appeler le cabinet.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is booked at the desk only, in person.</source>
        <translation>« %1 » se réserve uniquement à l&apos;accueil, sur place.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is booked by phone only: call %2.</source>
        <translation>« %1 » se réserve uniquement par téléphone : appelez le %2.</translation>
    </message>
    <message>
        <source>Kept despite the %1-day spacing rule: %2.</source>
        <translation>Gardé malgré la règle d&apos;espacement de %1 jours : %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is for patients aged %2 to %3</source>
        <translation>« %1 » est pour les patients de %2 à %3 ans</translation>
    </message>
    <message>
        <source>%1; this patient is %2.</source>
        <translation>%1 ; ce patient a %2.</translation>
    </message>
    <message>
        <source>%1; this patient&apos;s age cannot be told from the birth date %2.</source>
        <translation>%1 ; l&apos;âge de ce patient ne peut pas être déduit de la date de naissance %2.</translation>
    </message>
    <message>
        <source>%1; this patient&apos;s birth date is not known.</source>
        <translation>%1 ; la date de naissance de ce patient n&apos;est pas connue.</translation>
    </message>
</context>
<context>
    <name>CancelCommand</name>
    <message>
        <source>cancellation</source>
        <translation>annulation du rendez-vous</translation>
    </message>
    <message>
        <source>Cancellation undone at the desk</source>
        <translation>Annulation défaite au secrétariat</translation>
    </message>
    <message>
        <source>Cancellation undone: %1 is booked again.</source>
        <translation>Annulation défaite : %1 est de nouveau réservé.</translation>
    </message>
    <message>
        <source>Cancelled again: %1.</source>
        <translation>De nouveau annulé : %1.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>No database: give --db PATH or set GUICHET_DB.</source>
        <translation>Aucune base de données : indiquez --db CHEMIN ou définissez GUICHET_DB.</translation>
    </message>
    <message>
        <source>The folder of &quot;%1&quot; does not exist.</source>
        <translation>Le dossier de « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>[rule: %1]</source>
        <translation>[règle : %1]</translation>
    </message>
    <message>
        <source>Guichet from the command line: the same rules as the desktop program.</source>
        <translation>Guichet en ligne de commande : les mêmes règles que le programme de bureau.</translation>
    </message>
    <message>
        <source>The database file (or GUICHET_DB).</source>
        <translation>Le fichier de base de données (ou GUICHET_DB).</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Afficher du JSON lisible par une machine.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Print this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>--now &quot;%1&quot; is not an ISO 8601 date and time, such as 2026-11-23T09:30:00+01:00.</source>
        <translation>--now « %1 » n&apos;est pas une date et heure ISO 8601, comme 2026-11-23T09:30:00+01:00.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Try --help.</source>
        <translation>Commande inconnue « %1 ». Essayez --help.</translation>
    </message>
    <message>
        <source>Creates a demo clinic in a new database.</source>
        <translation>Crée un cabinet de démonstration dans une nouvelle base de données.</translation>
    </message>
    <message>
        <source>Number of patients (default 2000).</source>
        <translation>Nombre de patients (2000 par défaut).</translation>
    </message>
    <message>
        <source>Number of practitioners (default 6).</source>
        <translation>Nombre de praticiens (6 par défaut).</translation>
    </message>
    <message>
        <source>Weeks of appointments before and after today (default 4).</source>
        <translation>Semaines de rendez-vous avant et après aujourd&apos;hui (4 par défaut).</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same clinic.</source>
        <translation>Graine aléatoire : la même graine donne le même cabinet.</translation>
    </message>
    <message>
        <source>--patients, --practitioners, --weeks and --seed are whole numbers.</source>
        <translation>--patients, --practitioners, --weeks et --seed sont des nombres entiers.</translation>
    </message>
    <message>
        <source>%1 / %2 patients</source>
        <translation>%1 / %2 patients</translation>
    </message>
    <message>
        <source>Demo clinic created in %1 s: %2 patients (%3 relatives), %4 practitioners, %5 appointments.</source>
        <translation>Cabinet de démonstration créé en %1 s : %2 patients (dont %3 proches), %4 praticiens, %5 rendez-vous.</translation>
    </message>
    <message>
        <source>Users: %1 — demo password: %2</source>
        <translation>Utilisateurs : %1 — mot de passe de démonstration : %2</translation>
    </message>
    <message>
        <source>Checks that the database is sound.</source>
        <translation>Vérifie que la base de données est saine.</translation>
    </message>
    <message>
        <source>The database is sound (schema %1, %2 patients, %3 appointments).</source>
        <translation>La base de données est saine (schéma %1, %2 patients, %3 rendez-vous).</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database, even while in use.</source>
        <translation>Écrit une copie cohérente de la base de données, même pendant son utilisation.</translation>
    </message>
    <message>
        <source>The new backup file.</source>
        <translation>Le nouveau fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>Usage: backup FILE</source>
        <translation>Utilisation : backup FICHIER</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Sauvegarde écrite dans %1.</translation>
    </message>
    <message>
        <source>Replaces the database by a backup; the current one is kept beside it.</source>
        <translation>Remplace la base de données par une sauvegarde ; l&apos;actuelle est conservée à côté.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Le fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>Usage: restore FILE</source>
        <translation>Utilisation : restore FICHIER</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Sauvegarde restaurée.</translation>
    </message>
    <message>
        <source>Backup restored; the previous database is kept as %1.</source>
        <translation>Sauvegarde restaurée ; l&apos;ancienne base de données est conservée sous %1.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Adds a user; the password is read from standard input.</source>
        <translation>Ajoute un utilisateur ; le mot de passe est lu sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>The login.</source>
        <translation>L&apos;identifiant.</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>Nom complet.</translation>
    </message>
    <message>
        <source>Linked practitioner ID.</source>
        <translation>Identifiant du praticien associé.</translation>
    </message>
    <message>
        <source>Usage: user add LOGIN --name NAME --role ROLE</source>
        <translation>Utilisation : user add IDENTIFIANT --name NOM --role RÔLE</translation>
    </message>
    <message>
        <source>The role is secretary, practitioner or administrator.</source>
        <translation>Le rôle est secretary (secrétaire), practitioner (praticien) ou administrator (administrateur).</translation>
    </message>
    <message>
        <source>Checks an identifier and prints it normalised.</source>
        <translation>Vérifie un identifiant et l&apos;affiche normalisé.</translation>
    </message>
    <message>
        <source>The value to check.</source>
        <translation>La valeur à vérifier.</translation>
    </message>
    <message>
        <source>Country of a phone number typed without +prefix (default FR).</source>
        <translation>Pays d&apos;un numéro de téléphone saisi sans préfixe + (FR par défaut).</translation>
    </message>
    <message>
        <source>Usage: check-id niss|nir|phone|email VALUE</source>
        <translation>Utilisation : check-id niss|nir|phone|email VALEUR</translation>
    </message>
    <message>
        <source>Unknown identifier kind &quot;%1&quot;: niss, nir, phone or email.</source>
        <translation>Type d&apos;identifiant inconnu « %1 » : niss, nir, phone ou email.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>NISS/NIR</source>
        <translation>NISS/NIR</translation>
    </message>
    <message>
        <source>Adds a patient after checking every field.</source>
        <translation>Ajoute un patient après avoir vérifié chaque champ.</translation>
    </message>
    <message>
        <source>Birth name (required).</source>
        <translation>Nom de naissance (obligatoire).</translation>
    </message>
    <message>
        <source>First names as given at birth (required).</source>
        <translation>Prénoms de naissance (obligatoire).</translation>
    </message>
    <message>
        <source>Birth date, 1980-03-12 or 12/03/1980 (required).</source>
        <translation>Date de naissance, 1980-03-12 ou 12/03/1980 (obligatoire).</translation>
    </message>
    <message>
        <source>female, male, other or unknown (required).</source>
        <translation>female, male, other ou unknown (obligatoire).</translation>
    </message>
    <message>
        <source>Usage name.</source>
        <translation>Nom d&apos;usage.</translation>
    </message>
    <message>
        <source>First name used.</source>
        <translation>Prénom usuel.</translation>
    </message>
    <message>
        <source>Birth place code.</source>
        <translation>Code du lieu de naissance.</translation>
    </message>
    <message>
        <source>Belgian national register number.</source>
        <translation>Numéro de registre national belge (NISS).</translation>
    </message>
    <message>
        <source>French social security number.</source>
        <translation>Numéro de sécurité sociale français (NIR).</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>Adresse e-mail.</translation>
    </message>
    <message>
        <source>Street and number.</source>
        <translation>Rue et numéro.</translation>
    </message>
    <message>
        <source>Postcode.</source>
        <translation>Code postal.</translation>
    </message>
    <message>
        <source>City.</source>
        <translation>Ville.</translation>
    </message>
    <message>
        <source>Country code (FR, BE, ...).</source>
        <translation>Code pays (FR, BE, ...).</translation>
    </message>
    <message>
        <source>fr, nl or en.</source>
        <translation>fr, nl ou en.</translation>
    </message>
    <message>
        <source>ID of the account holder this patient is a relative of.</source>
        <translation>ID du titulaire du compte dont ce patient est un proche.</translation>
    </message>
    <message>
        <source>child, spouse, parent or other.</source>
        <translation>child (enfant), spouse (conjoint), parent ou other (autre).</translation>
    </message>
    <message>
        <source>Phone number (repeat for several).</source>
        <translation>Numéro de téléphone (répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>patient add takes options only, such as --birth-name DUPONT.</source>
        <translation>patient add ne prend que des options, comme --birth-name DUPONT.</translation>
    </message>
    <message>
        <source>The patient&apos;s ID.</source>
        <translation>L&apos;ID du patient.</translation>
    </message>
    <message>
        <source>Usage: patient show ID</source>
        <translation>Utilisation : patient show ID</translation>
    </message>
    <message>
        <source>Name, birth date, phone, NISS or NIR (prefixes).</source>
        <translation>Nom, date de naissance, téléphone, NISS ou NIR (débuts).</translation>
    </message>
    <message>
        <source>At most this many (default 50).</source>
        <translation>Au plus ce nombre (50 par défaut).</translation>
    </message>
    <message>
        <source>Skip this many first.</source>
        <translation>Sauter ce nombre de premiers.</translation>
    </message>
    <message>
        <source>--limit is between 1 and 10000 and --offset is 0 or more.</source>
        <translation>--limit est entre 1 et 10000 et --offset vaut 0 ou plus.</translation>
    </message>
    <message>
        <source>Usage: patient search TEXT</source>
        <translation>Utilisation : patient search TEXTE</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>N° RPPS/INAMI</translation>
    </message>
    <message>
        <source>Only this practitioner&apos;s.</source>
        <translation>Seulement ceux de ce praticien.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>phone only</source>
        <translation>par téléphone uniquement</translation>
    </message>
    <message>
        <source>Visit reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>First day (default today).</source>
        <translation>Premier jour (aujourd&apos;hui par défaut).</translation>
    </message>
    <message>
        <source>Last day, included (default the first day).</source>
        <translation>Dernier jour, inclus (par défaut le premier jour).</translation>
    </message>
    <message>
        <source>--from and --to are dates such as 2026-11-23, --to not before --from.</source>
        <translation>--from et --to sont des dates comme 2026-11-23, --to pas avant --from.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>The identifier.</source>
        <translation>L&apos;identifiant.</translation>
    </message>
    <message>
        <source>Usage: %1 ID</source>
        <translation>Utilisation : %1 ID</translation>
    </message>
    <message>
        <source>Books an appointment, with the practice&apos;s rules.</source>
        <translation>Prend un rendez-vous, avec les règles du cabinet.</translation>
    </message>
    <message>
        <source>The practitioner&apos;s ID.</source>
        <translation>L&apos;ID du praticien.</translation>
    </message>
    <message>
        <source>The visit reason&apos;s ID.</source>
        <translation>L&apos;ID du motif.</translation>
    </message>
    <message>
        <source>Start, ISO 8601 (site time when no offset).</source>
        <translation>Début, ISO 8601 (heure du site sans décalage).</translation>
    </message>
    <message>
        <source>Minutes (default: the visit reason&apos;s).</source>
        <translation>Minutes (par défaut : celles du motif).</translation>
    </message>
    <message>
        <source>A note for the desk.</source>
        <translation>Une note pour l&apos;accueil.</translation>
    </message>
    <message>
        <source>Usage: appointment book --patient ID --practitioner ID --start TIME [--motif ID] [--duration N] [--channel desk|phone|online]</source>
        <translation>Utilisation : appointment book --patient ID --practitioner ID --start HEURE [--motif ID] [--duration N] [--channel desk|phone|online]</translation>
    </message>
    <message>
        <source>--duration is a number of minutes.</source>
        <translation>--duration est un nombre de minutes.</translation>
    </message>
    <message>
        <source>The patient excused themselves: it does not count.</source>
        <translation>Le patient s&apos;est excusé : cela ne compte pas.</translation>
    </message>
    <message>
        <source>--by is patient or practice.</source>
        <translation>--by vaut patient ou practice (cabinet).</translation>
    </message>
    <message>
        <source>Blocks a patient&apos;s online booking with a practitioner.</source>
        <translation>Bloque la prise de rendez-vous en ligne d&apos;un patient chez un praticien.</translation>
    </message>
    <message>
        <source>Why (kept in the audit log).</source>
        <translation>Pourquoi (gardé dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <source>Online booking blocked.</source>
        <translation>Prise de rendez-vous en ligne bloquée.</translation>
    </message>
    <message>
        <source>%1 of %2 no-shows; %3</source>
        <translation>%1 non honorés sur %2 ; %3</translation>
    </message>
    <message>
        <source>online booking blocked</source>
        <translation>rendez-vous en ligne bloqués</translation>
    </message>
    <message>
        <source>online booking allowed</source>
        <translation>rendez-vous en ligne permis</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Online booking allowed again.</source>
        <translation>Prise de rendez-vous en ligne de nouveau permise.</translation>
    </message>
    <message>
        <source>Usage: noshow status PATIENT [--practitioner ID] | noshow erase APPOINTMENT --reason TEXT | noshow unblock PATIENT --practitioner ID --reason TEXT</source>
        <translation>Utilisation : noshow status PATIENT [--practitioner ID] | noshow erase RENDEZ-VOUS --reason TEXTE | noshow unblock PATIENT --practitioner ID --reason TEXTE</translation>
    </message>
    <message>
        <source>Usage: stats noshow --from DATE --to DATE [--csv FILE]</source>
        <translation>Utilisation : stats noshow --from DATE --to DATE [--csv FICHIER]</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>Premier jour.</translation>
    </message>
    <message>
        <source>Last day, included.</source>
        <translation>Dernier jour, inclus.</translation>
    </message>
    <message>
        <source>Also write the figures to this CSV file.</source>
        <translation>Écrire aussi les chiffres dans ce fichier CSV.</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Non honorés</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Late cancellations</source>
        <translation>Annulations tardives</translation>
    </message>
    <message>
        <source>Minutes lost</source>
        <translation>Minutes perdues</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Réglage inconnu « %1 ».</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>attention : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time such as 2026-11-23T09:30 (a date that exists, in the site&apos;s time or with an offset).</source>
        <translation>« %1 » n&apos;est pas une date et heure comme 2026-11-23T09:30 (une date qui existe, à l&apos;heure du site ou avec un décalage).</translation>
    </message>
    <message>
        <source>The patient&apos;s ID (the account holder with --relative).</source>
        <translation>L&apos;ID du patient (le titulaire du compte avec --relative).</translation>
    </message>
    <message>
        <source>Book for this relative of the account holder.</source>
        <translation>Réserver pour ce proche du titulaire du compte.</translation>
    </message>
    <message>
        <source>Spacing rule: cancel the appointment that is too close and book this one.</source>
        <translation>Règle d&apos;espacement : annuler le rendez-vous trop proche et réserver celui-ci.</translation>
    </message>
    <message>
        <source>The online hold this booking confirms.</source>
        <translation>Le créneau retenu en ligne que cette réservation confirme.</translation>
    </message>
    <message>
        <source>%1 is not a relative of this account holder.</source>
        <translation>%1 n&apos;est pas un proche de ce titulaire de compte.</translation>
    </message>
    <message>
        <source>the appointment %1 was cancelled and replaced</source>
        <translation>le rendez-vous %1 a été annulé et remplacé</translation>
    </message>
    <message>
        <source>The new start.</source>
        <translation>Le nouveau début.</translation>
    </message>
    <message>
        <source>Move over a taken slot, for this reason.</source>
        <translation>Déplacer sur un créneau pris, pour ce motif.</translation>
    </message>
    <message>
        <source>Usage: appointment move ID --start TIME</source>
        <translation>Utilisation : appointment move ID --start HEURE</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>Pourquoi.</translation>
    </message>
    <message>
        <source>desk (default) or online: online, the practitioner&apos;s deadline applies.</source>
        <translation>desk (par défaut) ou online : en ligne, le délai du praticien s&apos;applique.</translation>
    </message>
    <message>
        <source>--channel is desk, phone or online.</source>
        <translation>--channel vaut desk, phone ou online.</translation>
    </message>
    <message>
        <source>Cancelled by the patient</source>
        <translation>Annulé par le patient</translation>
    </message>
    <message>
        <source>Cancelled by the practice</source>
        <translation>Annulé par le cabinet</translation>
    </message>
    <message>
        <source>Holds a slot while a patient confirms online.</source>
        <translation>Retient un créneau pendant qu&apos;un patient confirme en ligne.</translation>
    </message>
    <message>
        <source>Lists the next free slots for a visit reason.</source>
        <translation>Liste les prochains créneaux libres pour un motif.</translation>
    </message>
    <message>
        <source>Last day (default four weeks later).</source>
        <translation>Dernier jour (par défaut quatre semaines plus tard).</translation>
    </message>
    <message>
        <source>How many (default 10).</source>
        <translation>Combien (10 par défaut).</translation>
    </message>
    <message>
        <source>Start of the slot to hold.</source>
        <translation>Début du créneau à retenir.</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Start (a date means midnight, site time).</source>
        <translation>Début (une date signifie minuit, heure du site).</translation>
    </message>
    <message>
        <source>End (a date means midnight, site time).</source>
        <translation>Fin (une date signifie minuit, heure du site).</translation>
    </message>
    <message>
        <source>Holidays, training, ...</source>
        <translation>Congés, formation, ...</translation>
    </message>
    <message numerus="yes">
        <source>%n booked appointment(s) to move.</source>
        <translation>
            <numerusform>%n rendez-vous réservé à déplacer.</numerusform>
            <numerusform>%n rendez-vous réservés à déplacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>One day (default today).</source>
        <translation>Un jour (aujourd&apos;hui par défaut).</translation>
    </message>
    <message>
        <source>Exports a practitioner&apos;s agenda as an iCalendar file.</source>
        <translation>Exporte l&apos;agenda d&apos;un praticien en fichier iCalendar.</translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation>Le fichier .ics à écrire.</translation>
    </message>
    <message>
        <source>Usage: export-ics --practitioner ID --from DATE --to DATE FILE</source>
        <translation>Utilisation : export-ics --practitioner ID --from DATE --to DATE FICHIER</translation>
    </message>
    <message>
        <source>--from and --to are dates such as 2026-11-23.</source>
        <translation>--from et --to sont des dates comme 2026-11-23.</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) exported to %1.</source>
        <translation>
            <numerusform>%n rendez-vous exporté dans %1.</numerusform>
            <numerusform>%n rendez-vous exportés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new end (changes the length; default: the same length).</source>
        <translation>La nouvelle fin (change la durée ; par défaut : la même durée).</translation>
    </message>
    <message>
        <source>Kept by the patient after all</source>
        <translation>Finalement maintenu par le patient</translation>
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
        <translation>Patient A</translation>
    </message>
    <message>
        <source>Patient B</source>
        <translation>Patient B</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Imports patients from a CSV file (UTF-8, with a header).</source>
        <translation>Importe des patients depuis un fichier CSV (UTF-8, avec une ligne d&apos;en-tête).</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>Le fichier CSV.</translation>
    </message>
    <message>
        <source>Refuse the whole file at the first invalid value.</source>
        <translation>Refuser tout le fichier à la première valeur invalide.</translation>
    </message>
    <message>
        <source>Usage: import-patients FILE.csv [--strict]</source>
        <translation>Utilisation : import-patients FICHIER.csv [--strict]</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source> (row not imported)</source>
        <translation> (ligne non importée)</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Le fichier CSV à écrire.</translation>
    </message>
    <message>
        <source>Usage: export-patients FILE.csv</source>
        <translation>Utilisation : export-patients FICHIER.csv</translation>
    </message>
    <message>
        <source>%1 patient(s) written.</source>
        <translation>%1 patient(s) écrit(s).</translation>
    </message>
    <message>
        <source>Lists the records that may be this patient.</source>
        <translation>Liste les dossiers qui pourraient être ce patient.</translation>
    </message>
    <message>
        <source>Lists likely duplicate patient records.</source>
        <translation>Liste les dossiers patients probablement en double.</translation>
    </message>
    <message>
        <source>The weakest band listed: certain, probable or possible (default).</source>
        <translation>Le niveau le plus faible listé : certain, probable ou possible (par défaut).</translation>
    </message>
    <message>
        <source>The patient&apos;s ID or external ID.</source>
        <translation>L&apos;ID du patient ou son identifiant externe.</translation>
    </message>
    <message>
        <source>--band is certain, probable or possible.</source>
        <translation>--band vaut certain, probable ou possible.</translation>
    </message>
    <message>
        <source>Usage: duplicates check PATIENT [--band BAND]</source>
        <translation>Utilisation : duplicates check PATIENT [--band NIVEAU]</translation>
    </message>
    <message>
        <source>Merges two records of the same patient (the survivor is chosen by the rules).</source>
        <translation>Fusionne deux dossiers du même patient (le dossier conservé est choisi par les règles).</translation>
    </message>
    <message>
        <source>A patient&apos;s ID or external ID.</source>
        <translation>L&apos;ID d&apos;un patient ou son identifiant externe.</translation>
    </message>
    <message>
        <source>The other patient&apos;s ID or external ID.</source>
        <translation>L&apos;ID de l&apos;autre patient ou son identifiant externe.</translation>
    </message>
    <message>
        <source>Why they are the same person (required).</source>
        <translation>Pourquoi il s&apos;agit de la même personne (obligatoire).</translation>
    </message>
    <message>
        <source>Fields taken from the merged record, comma separated (default: the plan&apos;s choices).</source>
        <translation>Champs repris du dossier fusionné, séparés par des virgules (par défaut : les choix proposés).</translation>
    </message>
    <message>
        <source>Usage: merge [plan] A B --reason TEXT [--take FIELD,...]</source>
        <translation>Utilisation : merge [plan] A B --reason TEXTE [--take CHAMP,...]</translation>
    </message>
    <message>
        <source>Merge %1 undone.</source>
        <translation>Fusion %1 défaite.</translation>
    </message>
    <message>
        <source>Usage: not-duplicate A B</source>
        <translation>Utilisation : not-duplicate A B</translation>
    </message>
    <message numerus="yes">
        <source>%n booked appointment(s) now outside the hours, to move.</source>
        <translation>
            <numerusform>%n rendez-vous pris désormais hors des horaires, à déplacer.</numerusform>
            <numerusform>%n rendez-vous pris désormais hors des horaires, à déplacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>--from and --to are dates such as 2026-11-23, at most a year apart, the first before the last.</source>
        <translation>--from et --to sont des dates comme 2026-11-23, à un an d’écart au plus, la première avant la dernière.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>exception</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <source>1 Monday ... 7 Sunday.</source>
        <translation>1 lundi … 7 dimanche.</translation>
    </message>
    <message>
        <source>Such as &quot;08:30-12:30, 14:00-18:00&quot;; empty: closed.</source>
        <translation>Par exemple « 08:30-12:30, 14:00-18:00 » ; vide : fermé.</translation>
    </message>
    <message>
        <source>Usage: hours set --practitioner ID --weekday N --ranges RANGES</source>
        <translation>Usage : hours set --practitioner ID --weekday N --ranges PLAGES</translation>
    </message>
    <message>
        <source>--weekday is a number from 1 (Monday) to 7 (Sunday).</source>
        <translation>--weekday est un nombre de 1 (lundi) à 7 (dimanche).</translation>
    </message>
    <message>
        <source>The day.</source>
        <translation>Le jour.</translation>
    </message>
    <message>
        <source>That day&apos;s hours, such as &quot;09:00-12:00&quot;.</source>
        <translation>Les horaires de ce jour, par exemple « 09:00-12:00 ».</translation>
    </message>
    <message>
        <source>Closed all day.</source>
        <translation>Fermé toute la journée.</translation>
    </message>
    <message>
        <source>Public holiday, ...</source>
        <translation>Jour férié, …</translation>
    </message>
    <message>
        <source>Usage: hours exception --practitioner ID --date DATE (--ranges RANGES | --closed) [--reason TEXT]</source>
        <translation>Usage : hours exception --practitioner ID --date DATE (--ranges PLAGES | --closed) [--reason TEXTE]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date such as 2026-12-24.</source>
        <translation>« %1 » n’est pas une date comme 2026-12-24.</translation>
    </message>
    <message>
        <source>--ranges is empty: say --closed for a day without hours.</source>
        <translation>--ranges est vide : indiquez --closed pour un jour sans horaires.</translation>
    </message>
    <message>
        <source>Corrects a patient&apos;s record: the options given replace those traits, the others stay.</source>
        <translation>Corrige la fiche d’un patient : les options données remplacent ces traits, les autres restent.</translation>
    </message>
    <message>
        <source>Reminders by SMS: yes or no.</source>
        <translation>Rappels par SMS : yes ou no.</translation>
    </message>
    <message>
        <source>Reminders by e-mail: yes or no.</source>
        <translation>Rappels par e-mail : yes ou no.</translation>
    </message>
    <message>
        <source>A known homonym: yes or no.</source>
        <translation>Homonyme connu : yes ou no.</translation>
    </message>
    <message>
        <source>A doubtful identity: yes or no.</source>
        <translation>Identité douteuse : yes ou no.</translation>
    </message>
    <message>
        <source>Usage: patient edit ID [--usage-name NAME] [--phone NUMBER] ...</source>
        <translation>Usage : patient edit ID [--usage-name NOM] [--phone NUMÉRO] …</translation>
    </message>
    <message>
        <source>--%1 is yes or no.</source>
        <translation>--%1 vaut yes ou no.</translation>
    </message>
    <message>
        <source>id-card, eid, passport, residence-permit or family-record-book.</source>
        <translation>id-card, eid, passport, residence-permit ou family-record-book.</translation>
    </message>
    <message>
        <source>The patient&apos;s ID (or external ID).</source>
        <translation>L’identifiant du patient (ou son identifiant externe).</translation>
    </message>
    <message>
        <source>A PDF, JPEG or PNG file.</source>
        <translation>Un fichier PDF, JPEG ou PNG.</translation>
    </message>
    <message>
        <source>The appointment it belongs to.</source>
        <translation>Le rendez-vous auquel il se rattache.</translation>
    </message>
    <message>
        <source>prescription, report, administrative or other.</source>
        <translation>prescription, report, administrative ou other.</translation>
    </message>
    <message>
        <source>Usage: document add PATIENT FILE [--appointment ID] [--type TYPE]</source>
        <translation>Usage : document add PATIENT FICHIER [--appointment ID] [--type TYPE]</translation>
    </message>
    <message>
        <source>The archived documents instead.</source>
        <translation>Les documents archivés à la place.</translation>
    </message>
    <message>
        <source>Usage: document list PATIENT [--archived]</source>
        <translation>Usage : document list PATIENT [--archived]</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>The document&apos;s ID.</source>
        <translation>L’identifiant du document.</translation>
    </message>
    <message>
        <source>Where to write the copy.</source>
        <translation>Où écrire la copie.</translation>
    </message>
    <message>
        <source>Usage: document export ID FILE</source>
        <translation>Usage : document export ID FICHIER</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) archived.</source>
        <translation>
            <numerusform>%n document archivé.</numerusform>
            <numerusform>%n documents archivés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the merges of this patient (ID or external ID).</source>
        <translation>Seulement les fusions de ce patient (identifiant ou identifiant externe).</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gardée</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionnée</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>set URL, or show.</source>
        <translation>set URL, ou show.</translation>
    </message>
    <message>
        <source>The account name on that server.</source>
        <translation>Le nom du compte sur ce serveur.</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>Usage: logout</source>
        <translation>Utilisation : logout</translation>
    </message>
    <message>
        <source>One exchange, then exit.</source>
        <translation>Un seul échange, puis quitter.</translation>
    </message>
    <message>
        <source>Resources asked per page (default 200).</source>
        <translation>Ressources demandées par page (200 par défaut).</translation>
    </message>
    <message>
        <source>--page-size must be between 1 and 1000.</source>
        <translation>--page-size doit être compris entre 1 et 1000.</translation>
    </message>
    <message>
        <source>Nothing to list; resolve ID --keep local|remote|both.</source>
        <translation>Rien pour lister ; resolve ID --keep local|remote|both.</translation>
    </message>
    <message>
        <source>Settled conflicts too.</source>
        <translation>Les conflits réglés aussi.</translation>
    </message>
    <message>
        <source>local, remote or both (two bookings of one slot).</source>
        <translation>local, remote ou both (deux réservations d&apos;un même créneau).</translation>
    </message>
    <message>
        <source>Usage: conflicts resolve ID --keep local|remote|both</source>
        <translation>Utilisation : conflicts resolve ID --keep local|remote|both</translation>
    </message>
    <message>
        <source>Conflict settled.</source>
        <translation>Conflit réglé.</translation>
    </message>
    <message>
        <source>Usage: conflicts [--all] | conflicts resolve ID --keep local|remote|both</source>
        <translation>Utilisation : conflicts [--all] | conflicts resolve ID --keep local|remote|both</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Réglé</translation>
    </message>
    <message>
        <source>Usage: document share ID</source>
        <translation>Utilisation : document share ID</translation>
    </message>
    <message>
        <source>Shared with the patient: sent at the next synchronisation.</source>
        <translation>Partagé avec le patient : envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Usage: document add|list|export|share|archive-expired ...</source>
        <translation>Utilisation : document add|list|export|share|archive-expired ...</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1 attend une date AAAA-MM-JJ, pas « %2 ».</translation>
    </message>
    <message>
        <source>The new text.</source>
        <translation>Le nouveau texte.</translation>
    </message>
    <message>
        <source>Read the new text from a UTF-8 file.</source>
        <translation>Lire le nouveau texte dans un fichier UTF-8.</translation>
    </message>
    <message>
        <source>KIND CHANNEL LANGUAGE</source>
        <translation>TYPE CANAL LANGUE</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>cabinet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Usage: reminders templates show|set|reset KIND CHANNEL LANGUAGE [--text T | --file F]</source>
        <translation>Usage : reminders templates show|set|reset TYPE CANAL LANGUE [--text T | --file F]</translation>
    </message>
    <message>
        <source>Give the text with --text or --file, not both.</source>
        <translation>Donnez le texte avec --text ou --file, pas les deux.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Usage: reminders templates list|show|set|reset</source>
        <translation>Usage : reminders templates list|show|set|reset</translation>
    </message>
    <message>
        <source>First day of the appointments (default today).</source>
        <translation>Premier jour des rendez-vous (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Last day of the appointments (default 60 days later).</source>
        <translation>Dernier jour des rendez-vous (par défaut 60 jours plus tard).</translation>
    </message>
    <message>
        <source>--to comes before --from.</source>
        <translation>--to précède --from.</translation>
    </message>
    <message>
        <source>%1 created, %2 withdrawn, %3 unchanged</source>
        <translation>%1 créés, %2 retirés, %3 inchangés</translation>
    </message>
    <message numerus="yes">
        <source>%n message change(s) sent</source>
        <translation>
            <numerusform>%n changement de message envoyé</numerusform>
            <numerusform>%n changements de messages envoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: reminders plan [--from D --to D] | show APPOINTMENT | push | templates ...</source>
        <translation>Usage : reminders plan [--from D --to D] | show RENDEZ-VOUS | push | templates ...</translation>
    </message>
    <message>
        <source>Why the patient leaves the list.</source>
        <translation>Pourquoi le patient quitte la liste.</translation>
    </message>
    <message>
        <source>On the waiting list: %1</source>
        <translation>Sur la liste d&apos;attente : %1</translation>
    </message>
    <message>
        <source>Off the waiting list: %1</source>
        <translation>Retiré de la liste d&apos;attente : %1</translation>
    </message>
    <message>
        <source>Offer declined; the patient stays on the list.</source>
        <translation>Proposition refusée ; le patient reste sur la liste.</translation>
    </message>
    <message>
        <source>Entries no longer waiting too.</source>
        <translation>Aussi les inscriptions qui n&apos;attendent plus.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>Look now, even if the last look is recent.</source>
        <translation>Chercher maintenant, même si la dernière recherche est récente.</translation>
    </message>
    <message>
        <source>Looked less than %1 minutes ago; use --force to look now.</source>
        <translation>Recherche faite il y a moins de %1 minutes ; --force pour chercher maintenant.</translation>
    </message>
    <message>
        <source>%1 offers made, %2 expired, %3 patients left the list</source>
        <translation>%1 propositions faites, %2 expirées, %3 patients sortis de la liste</translation>
    </message>
    <message>
        <source>Usage: waitlist add APPOINTMENT | list [--all] | offer [--force] | accept OFFER | decline OFFER | leave ENTRY [--reason T]</source>
        <translation>Usage : waitlist add RENDEZ-VOUS | list [--all] | offer [--force] | accept PROPOSITION | decline PROPOSITION | leave INSCRIPTION [--reason T]</translation>
    </message>
    <message>
        <source>csv or json: the pairs as id_a, id_b, score, band, each record named by its external id where it has one.</source>
        <translation>csv ou json : les paires sous la forme id_a, id_b, score, bande, chaque dossier désigné par son identifiant externe s&apos;il en a un.</translation>
    </message>
    <message>
        <source>--format is csv or json.</source>
        <translation>--format vaut csv ou json.</translation>
    </message>
    <message>
        <source>Usage: user check-password LOGIN (password on standard input)</source>
        <translation>Usage : user check-password IDENTIFIANT (mot de passe sur l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>Disables, enables, gives a role to or sets a new password (read from standard input) for a user.</source>
        <translation>Désactive, réactive, donne un rôle ou un nouveau mot de passe (lu sur l&apos;entrée standard) à un utilisateur.</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1 : fait.</translation>
    </message>
    <message>
        <source>Usage: user add LOGIN --name NAME --role ROLE | user list | user disable|enable|passwd|check-password LOGIN | user role LOGIN ROLE</source>
        <translation>Usage : user add IDENTIFIANT --name NOM --role RÔLE | user list | user disable|enable|passwd|check-password IDENTIFIANT | user role IDENTIFIANT RÔLE</translation>
    </message>
    <message>
        <source>Why it is removed.</source>
        <translation>Pourquoi elle est supprimée.</translation>
    </message>
    <message>
        <source>Holidays, ...</source>
        <translation>Congés, ...</translation>
    </message>
    <message numerus="yes">
        <source>Absence removed; %n booked appointment(s) in it no longer need moving.</source>
        <translation>
            <numerusform>Absence supprimée ; %n rendez-vous qu&apos;elle couvrait n&apos;a plus à être déplacé.</numerusform>
            <numerusform>Absence supprimée ; %n rendez-vous qu&apos;elle couvrait n&apos;ont plus à être déplacés.</numerusform>
        </translation>
    </message>
    <message>
        <source>From (default today).</source>
        <translation>Du (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>To (default in a year).</source>
        <translation>Au (par défaut dans un an).</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Usage: absence add --practitioner ID --from TIME --to TIME [--reason TEXT] | absence edit ID [--from --to --reason] | absence remove ID [--reason TEXT] | absence list [--practitioner ID --from --to]</source>
        <translation>Utilisation : absence add --practitioner ID --from HEURE --to HEURE [--reason TEXTE] | absence edit ID [--from --to --reason] | absence remove ID [--reason TEXTE] | absence list [--practitioner ID --from --to]</translation>
    </message>
    <message>
        <source>0 or 1</source>
        <translation>0 ou 1</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Bounds</source>
        <translation>Bornes</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Usage: settings list | settings describe | settings get KEY | settings set KEY VALUE</source>
        <translation>Utilisation : settings list | settings describe | settings get CLÉ | settings set CLÉ VALEUR</translation>
    </message>
    <message>
        <source>--%1 takes a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 attend un nombre entier, pas « %2 ».</translation>
    </message>
    <message>
        <source>--%1 takes yes or no, not &quot;%2&quot;.</source>
        <translation>--%1 attend yes ou no, pas « %2 ».</translation>
    </message>
    <message>
        <source>The site&apos;s name.</source>
        <translation>Le nom du site.</translation>
    </message>
    <message>
        <source>BE or FR (default BE).</source>
        <translation>BE ou FR (par défaut BE).</translation>
    </message>
    <message>
        <source>The public phone number.</source>
        <translation>Le numéro de téléphone public.</translation>
    </message>
    <message>
        <source>IANA time zone (default by the country).</source>
        <translation>Fuseau horaire IANA (par défaut selon le pays).</translation>
    </message>
    <message>
        <source>For patients: floor, parking, transport.</source>
        <translation>Pour les patients : étage, stationnement, transports.</translation>
    </message>
    <message>
        <source>Dr, Mme, M. ...</source>
        <translation>Dr, Mme, M. ...</translation>
    </message>
    <message>
        <source>First name.</source>
        <translation>Prénom.</translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation>Nom.</translation>
    </message>
    <message>
        <source>Specialty code (general-practice, dermatology, ...).</source>
        <translation>Code de la spécialité (general-practice, dermatology, ...).</translation>
    </message>
    <message>
        <source>RPPS number (France, 11 digits).</source>
        <translation>Numéro RPPS (France, 11 chiffres).</translation>
    </message>
    <message>
        <source>INAMI/RIZIV number (Belgium, 11 digits).</source>
        <translation>Numéro INAMI (Belgique, 11 chiffres).</translation>
    </message>
    <message>
        <source>Colour in the agenda, #rrggbb.</source>
        <translation>Couleur dans l&apos;agenda, #rrggbb.</translation>
    </message>
    <message>
        <source>A site&apos;s ID; repeat for several, the first is the main one.</source>
        <translation>L&apos;ID d&apos;un site ; à répéter pour plusieurs, le premier est le site principal.</translation>
    </message>
    <message>
        <source>Online cancellation closes this many hours before.</source>
        <translation>L&apos;annulation en ligne ferme ce nombre d&apos;heures avant.</translation>
    </message>
    <message>
        <source>The same in days.</source>
        <translation>La même chose en jours.</translation>
    </message>
    <message>
        <source>Online booking window, days ahead (0: no limit).</source>
        <translation>Réservation en ligne jusqu&apos;à ce nombre de jours à l&apos;avance (0 : sans limite).</translation>
    </message>
    <message>
        <source>Minimum notice for online bookings, hours.</source>
        <translation>Délai minimum des réservations en ligne, en heures.</translation>
    </message>
    <message>
        <source>A last visit older than this means a phone booking (0: never).</source>
        <translation>Une dernière visite plus ancienne impose une réservation par téléphone (0 : jamais).</translation>
    </message>
    <message>
        <source>New patients online: yes or no.</source>
        <translation>Nouveaux patients en ligne : yes ou no.</translation>
    </message>
    <message>
        <source>Reminders and notices: yes or no.</source>
        <translation>Rappels et avis : yes ou no.</translation>
    </message>
    <message>
        <source>Give --rpps (France) or --inami (Belgium), not both.</source>
        <translation>Donnez --rpps (France) ou --inami (Belgique), pas les deux.</translation>
    </message>
    <message>
        <source>This practitioner&apos;s site is in Belgium: give the INAMI number with --inami.</source>
        <translation>Le site de ce praticien est en Belgique : donnez le numéro INAMI avec --inami.</translation>
    </message>
    <message>
        <source>This practitioner&apos;s site is in France: give the RPPS number with --rpps.</source>
        <translation>Le site de ce praticien est en France : donnez le numéro RPPS avec --rpps.</translation>
    </message>
    <message numerus="yes">
        <source>%n booked appointment(s) ahead stay in the agenda: move or cancel them.</source>
        <translation>
            <numerusform>%n rendez-vous à venir reste dans l&apos;agenda : déplacez-le ou annulez-le.</numerusform>
            <numerusform>%n rendez-vous à venir restent dans l&apos;agenda : déplacez-les ou annulez-les.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also the deactivated ones.</source>
        <translation>Aussi ceux qui sont désactivés.</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>The practitioner&apos;s ID; repeat to add the reason to several.</source>
        <translation>L&apos;ID du praticien ; à répéter pour ajouter le motif à plusieurs.</translation>
    </message>
    <message>
        <source>What patients read.</source>
        <translation>Ce que lisent les patients.</translation>
    </message>
    <message>
        <source>Minutes.</source>
        <translation>Minutes.</translation>
    </message>
    <message>
        <source>online, phone-only or desk-only.</source>
        <translation>online, phone-only ou desk-only.</translation>
    </message>
    <message>
        <source>Phone-only: the number patients must call (default the site&apos;s).</source>
        <translation>Par téléphone uniquement : le numéro que les patients doivent appeler (par défaut celui du site).</translation>
    </message>
    <message>
        <source>A video consultation: yes or no.</source>
        <translation>Une téléconsultation : yes ou no.</translation>
    </message>
    <message>
        <source>Minimum age in years (0: none).</source>
        <translation>Âge minimum en années (0 : aucun).</translation>
    </message>
    <message>
        <source>Maximum age in years (0: none).</source>
        <translation>Âge maximum en années (0 : aucun).</translation>
    </message>
    <message>
        <source>A last visit older than this means a phone booking (0: the practitioner&apos;s rule).</source>
        <translation>Une dernière visite plus ancienne impose une réservation par téléphone (0 : la règle du praticien).</translation>
    </message>
    <message>
        <source>The minimum spacing rule applies: yes or no.</source>
        <translation>La règle d&apos;espacement minimum s&apos;applique : yes ou no.</translation>
    </message>
    <message>
        <source>For the patient, sent with the confirmation.</source>
        <translation>Pour le patient, envoyé avec la confirmation.</translation>
    </message>
    <message>
        <source>--booking takes online, phone-only or desk-only, not &quot;%1&quot;.</source>
        <translation>--booking attend online, phone-only ou desk-only, pas « %1 ».</translation>
    </message>
    <message>
        <source>A visit reason belongs to one practitioner: give one --practitioner to move it.</source>
        <translation>Un motif appartient à un seul praticien : donnez un seul --practitioner pour le déplacer.</translation>
    </message>
    <message>
        <source>desk only</source>
        <translation>à l&apos;accueil uniquement</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Usage: site add|edit ID|list [--name --address --postcode --city --country --phone --time-zone --access-info]</source>
        <translation>Utilisation : site add|edit ID|list [--name --address --postcode --city --country --phone --time-zone --access-info]</translation>
    </message>
    <message>
        <source>Usage: practitioner add|edit ID|deactivate ID|activate ID|list [--all]</source>
        <translation>Utilisation : practitioner add|edit ID|deactivate ID|activate ID|list [--all]</translation>
    </message>
    <message>
        <source>Usage: motif add|edit ID|deactivate ID|activate ID|list [--practitioner ID]</source>
        <translation>Utilisation : motif add|edit ID|deactivate ID|activate ID|list [--practitioner ID]</translation>
    </message>
    <message>
        <source>Usage: audit list [--from DATE] [--to DATE] [--user LOGIN] [--patient ID] [--kind ACTION] [--limit N] [--csv FILE]</source>
        <translation>Utilisation : audit list [--from DATE] [--to DATE] [--user IDENTIFIANT] [--patient ID] [--kind ACTE] [--limit N] [--csv FICHIER]</translation>
    </message>
    <message>
        <source>First day (site time).</source>
        <translation>Premier jour (heure du site).</translation>
    </message>
    <message>
        <source>Acts of this login.</source>
        <translation>Actes de cet identifiant.</translation>
    </message>
    <message>
        <source>Acts on this patient.</source>
        <translation>Actes sur ce patient.</translation>
    </message>
    <message>
        <source>An action (user.create) or its family (user).</source>
        <translation>Un acte (user.create) ou sa famille (user).</translation>
    </message>
    <message>
        <source>At most this many, newest first (default 5000).</source>
        <translation>Au plus ce nombre, les plus récents d&apos;abord (5000 par défaut).</translation>
    </message>
    <message>
        <source>Write them to this CSV file instead.</source>
        <translation>Les écrire plutôt dans ce fichier CSV.</translation>
    </message>
    <message>
        <source>--%1 is a date such as 2026-11-23.</source>
        <translation>--%1 est une date comme 2026-11-23.</translation>
    </message>
    <message numerus="yes">
        <source>%n act(s) written.</source>
        <translation>
            <numerusform>%n acte écrit.</numerusform>
            <numerusform>%n actes écrits.</numerusform>
        </translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Acte</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>The range, such as 08:30-12:30.</source>
        <translation>La plage, par exemple 08:30-12:30.</translation>
    </message>
    <message>
        <source>A visit reason it offers; repeat; none: every reason.</source>
        <translation>Un motif qu&apos;elle propose ; à répéter ; aucun : tous les motifs.</translation>
    </message>
    <message>
        <source>Usage: hours reasons --practitioner ID --weekday N --range 08:30-12:30 [--motif ID ...]</source>
        <translation>Utilisation : hours reasons --practitioner ID --weekday N --range 08:30-12:30 [--motif ID ...]</translation>
    </message>
    <message>
        <source>--range is one range, such as 08:30-12:30.</source>
        <translation>--range est une seule plage, par exemple 08:30-12:30.</translation>
    </message>
    <message>
        <source>Usage: hours show|set|reasons|exception|remove-exception ...</source>
        <translation>Utilisation : hours show|set|reasons|exception|remove-exception ...</translation>
    </message>
    <message>
        <source>Stay connected until stopped (SIGTERM, Ctrl+C): push every change at once, receive the central agenda&apos;s changes as they happen; one JSON line per event.</source>
        <translation>Rester connecté jusqu&apos;à l&apos;arrêt (SIGTERM, Ctrl+C) : envoyer chaque changement aussitôt, recevoir ceux de l&apos;agenda central dès qu&apos;ils arrivent ; une ligne JSON par événement.</translation>
    </message>
    <message>
        <source>Usage: sync --once|--live [--page-size N]</source>
        <translation>Utilisation : sync --once|--live [--page-size N]</translation>
    </message>
    <message>
        <source>Usage: vault export-key FILE | vault import-key FILE (the passphrase on standard input)</source>
        <translation>Utilisation : vault export-key FICHIER | vault import-key FICHIER (la phrase secrète sur l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>The vault&apos;s key is sealed in %1: keep it apart from the backups.</source>
        <translation>La clé du coffre est scellée dans %1 : conservez-la à part des sauvegardes.</translation>
    </message>
    <message>
        <source>The vault&apos;s key is in this computer&apos;s keychain: the documents read here.</source>
        <translation>La clé du coffre est dans le trousseau de cet ordinateur : les documents s&apos;y lisent.</translation>
    </message>
    <message>
        <source>Usage: user disable|enable|passwd LOGIN, user role LOGIN ROLE [--practitioner ID], user rename LOGIN &quot;FULL NAME&quot;</source>
        <translation>Utilisation : user disable|enable|passwd IDENTIFIANT, user role IDENTIFIANT RÔLE [--practitioner ID], user rename IDENTIFIANT &quot;NOM COMPLET&quot;</translation>
    </message>
    <message>
        <source>The desk&apos;s OAuth2 client identifier on that server (sign-in in the browser).</source>
        <translation>L&apos;identifiant client OAuth2 du poste sur ce serveur (connexion dans le navigateur).</translation>
    </message>
    <message>
        <source>Usage: server set URL [--account NAME] [--oauth-client ID] | server show</source>
        <translation>Usage : server set URL [--account NOM] [--oauth-client ID] | server show</translation>
    </message>
    <message>
        <source>Read a bearer token from standard input (servers without OAuth2).</source>
        <translation>Lire un jeton d&apos;accès sur l&apos;entrée standard (serveurs sans OAuth2).</translation>
    </message>
    <message>
        <source>Sign in as this OAuth2 client (client credentials).</source>
        <translation>Se connecter comme ce client OAuth2 (identifiants du client).</translation>
    </message>
    <message>
        <source>Read the OAuth2 client secret from standard input.</source>
        <translation>Lire le secret du client OAuth2 sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Usage: login --client-id ID --client-secret-stdin | login --token-stdin (secrets are read from standard input, never given on the command line)</source>
        <translation>Usage : login --client-id ID --client-secret-stdin | login --token-stdin (les secrets sont lus sur l&apos;entrée standard, jamais donnés sur la ligne de commande)</translation>
    </message>
    <message>
        <source>Signed in: the tokens are in the system keychain.</source>
        <translation>Connecté : les jetons sont dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Signed out: the central agenda revoked the tokens and they were removed from the system keychain.</source>
        <translation>Déconnecté : l&apos;agenda central a révoqué les jetons et ils ont été retirés du trousseau du système.</translation>
    </message>
    <message>
        <source>Signed out here, but the central agenda could not be told: ask its administrator to withdraw this desk&apos;s access.</source>
        <translation>Déconnecté ici, mais l&apos;agenda central n&apos;a pas pu être prévenu : demandez à son administrateur de retirer l&apos;accès de ce poste.</translation>
    </message>
    <message>
        <source>%1 rows: %2 imported (%3 incomplete identities to complete: patient incomplete), %4 already imported before, %5 unreadable; %6 problem(s) reported.</source>
        <translation>%1 lignes : %2 importées (%3 identités incomplètes à compléter : patient incomplete), %4 déjà importées auparavant, %5 illisibles ; %6 problème(s) signalé(s).</translation>
    </message>
    <message>
        <source>At most N records (default 1000).</source>
        <translation>Au plus N fiches (1000 par défaut).</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>douteuse</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>id externe</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>Read the Belgian eID in the reader and compare it.</source>
        <translation>Lire l&apos;eID belge dans le lecteur et la comparer.</translation>
    </message>
    <message>
        <source>The card reader (default: the first with a card).</source>
        <translation>Le lecteur de cartes (par défaut : le premier qui contient une carte).</translation>
    </message>
    <message>
        <source>Usage: patient check-identity ID --document KIND | --eid [--reader NAME]</source>
        <translation>Usage : patient check-identity ID --document TYPE | --eid [--reader NOM]</translation>
    </message>
    <message>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <source>Usage: eid read [--reader NAME]</source>
        <translation>Usage : eid read [--reader NOM]</translation>
    </message>
    <message>
        <source>A series: again every N days.</source>
        <translation>Une série : à nouveau tous les N jours.</translation>
    </message>
    <message>
        <source>A series: again every N weeks.</source>
        <translation>Une série : à nouveau toutes les N semaines.</translation>
    </message>
    <message>
        <source>A series of this many appointments.</source>
        <translation>Une série de ce nombre de rendez-vous.</translation>
    </message>
    <message>
        <source>A series up to this day, included.</source>
        <translation>Une série jusqu&apos;à ce jour inclus.</translation>
    </message>
    <message>
        <source>--%1 is a whole number from 1.</source>
        <translation>--%1 est un nombre entier à partir de 1.</translation>
    </message>
    <message>
        <source>--until is a date such as 2027-03-31.</source>
        <translation>--until est une date comme 2027-03-31.</translation>
    </message>
    <message>
        <source>Usage: appointment list|search|book|show|move|arrive|start|finish|cancel|reinstate|no-show|undo-no-show|change-patient|set-motif|note|entered-in-error|cancel-series|move-series ...</source>
        <translation>Usage : appointment list|search|book|show|move|arrive|start|finish|cancel|reinstate|no-show|undo-no-show|change-patient|set-motif|note|entered-in-error|cancel-series|move-series ...</translation>
    </message>
    <message>
        <source>morning or afternoon.</source>
        <translation>morning (matin) ou afternoon (après-midi).</translation>
    </message>
    <message>
        <source>Only these weekdays, 1 (Monday) to 7 (repeatable).</source>
        <translation>Seulement ces jours, de 1 (lundi) à 7 (répétable).</translation>
    </message>
    <message>
        <source>Every practitioner of this specialty (--motif: an ID or the visit reason&apos;s name).</source>
        <translation>Tous les praticiens de cette spécialité (--motif : un identifiant ou le nom du motif).</translation>
    </message>
    <message>
        <source>Skip this many slots first (paging).</source>
        <translation>Passer d&apos;abord ce nombre de créneaux (pagination).</translation>
    </message>
    <message>
        <source>Usage: slots --practitioner ID|--specialty S --motif ID [--from DATE] [--to DATE] [--half morning|afternoon] [--weekday 1..7] [--count N] [--offset N]</source>
        <translation>Usage : slots --practitioner ID|--specialty S --motif ID [--from DATE] [--to DATE] [--half morning|afternoon] [--weekday 1..7] [--count N] [--offset N]</translation>
    </message>
    <message>
        <source>--from and --to are dates such as 2026-11-23; --count is between 1 and 1000, --offset between 0 and 10000.</source>
        <translation>--from et --to sont des dates comme 2026-11-23 ; --count va de 1 à 1000, --offset de 0 à 10000.</translation>
    </message>
    <message>
        <source>--half is morning or afternoon.</source>
        <translation>--half vaut morning ou afternoon.</translation>
    </message>
    <message>
        <source>The right patient&apos;s ID.</source>
        <translation>L&apos;identifiant du bon patient.</translation>
    </message>
    <message>
        <source>The note (empty removes it).</source>
        <translation>La note (vide : la supprime).</translation>
    </message>
    <message>
        <source>Usage: appointment change-patient ID --patient P --reason T | set-motif ID --motif M | note ID --text T | entered-in-error ID --reason T</source>
        <translation>Usage : appointment change-patient ID --patient P --reason T | set-motif ID --motif M | note ID --text T | entered-in-error ID --reason T</translation>
    </message>
    <message numerus="yes">
        <source>Series %1: %n appointment(s) booked</source>
        <translation>
            <numerusform>Série %1 : %n rendez-vous réservé</numerusform>
            <numerusform>Série %1 : %n rendez-vous réservés</numerusform>
        </translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>nearest free: %1</source>
        <translation>libre le plus proche : %1</translation>
    </message>
    <message>
        <source>This appointment&apos;s new start; the later ones move by as much.</source>
        <translation>Le nouveau début de ce rendez-vous ; les suivants se décalent d&apos;autant.</translation>
    </message>
    <message>
        <source>Series stopped</source>
        <translation>Série arrêtée</translation>
    </message>
    <message>
        <source>Usage: appointment move-series ID --start TIME</source>
        <translation>Usage : appointment move-series ID --start HEURE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time such as 2026-11-23T09:30.</source>
        <translation>« %1 » n&apos;est pas une date et une heure comme 2026-11-23T09:30.</translation>
    </message>
    <message>
        <source>From (a date means midnight, site time).</source>
        <translation>À partir de (une date signifie minuit, heure du site).</translation>
    </message>
    <message>
        <source>Before (a date means midnight, site time).</source>
        <translation>Avant (une date signifie minuit, heure du site).</translation>
    </message>
    <message>
        <source>booked, arrived, cancelled, noshow, ... (repeatable).</source>
        <translation>booked, arrived, cancelled, noshow, ... (répétable).</translation>
    </message>
    <message>
        <source>At most this many (default 500).</source>
        <translation>Au plus ce nombre (500 par défaut).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or a date and time such as 2026-11-23T09:30.</source>
        <translation>« %1 » n&apos;est ni une date ni une date et une heure comme 2026-11-23T09:30.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>État inconnu « %1 ».</translation>
    </message>
    <message>
        <source>--limit is between 1 and 100000.</source>
        <translation>--limit va de 1 à 100000.</translation>
    </message>
    <message>
        <source>How late, in minutes.</source>
        <translation>Le retard, en minutes.</translation>
    </message>
    <message>
        <source>The day (default today).</source>
        <translation>Le jour (aujourd&apos;hui par défaut).</translation>
    </message>
    <message>
        <source>Show the messages without sending them.</source>
        <translation>Montrer les messages sans les envoyer.</translation>
    </message>
    <message>
        <source>The message.</source>
        <translation>Le message.</translation>
    </message>
    <message>
        <source>sms or email (default: SMS to a mobile, else e-mail).</source>
        <translation>sms ou email (par défaut : SMS vers un mobile, sinon e-mail).</translation>
    </message>
    <message>
        <source>The appointment it is about.</source>
        <translation>Le rendez-vous concerné.</translation>
    </message>
    <message>
        <source>Usage: message late --practitioner P --minutes N [--date D] [--preview] | message send --patient P --text T [--channel sms|email] [--appointment A]</source>
        <translation>Usage : message late --practitioner P --minutes N [--date D] [--preview] | message send --patient P --text T [--channel sms|email] [--appointment A]</translation>
    </message>
    <message>
        <source>Usage: message send --patient P --text T [--channel sms|email] [--appointment A]</source>
        <translation>Usage : message send --patient P --text T [--channel sms|email] [--appointment A]</translation>
    </message>
    <message>
        <source>Usage: message late --practitioner P --minutes N [--date D] [--preview]</source>
        <translation>Usage : message late --practitioner P --minutes N [--date D] [--preview]</translation>
    </message>
    <message>
        <source>--minutes is a number of minutes.</source>
        <translation>--minutes est un nombre de minutes.</translation>
    </message>
    <message>
        <source>--date is a date such as 2026-11-23.</source>
        <translation>--date est une date comme 2026-11-23.</translation>
    </message>
    <message>
        <source>no mobile nor e-mail: phone them</source>
        <translation>ni mobile ni e-mail : à appeler</translation>
    </message>
    <message>
        <source>The account holder&apos;s ID.</source>
        <translation>L&apos;identifiant du titulaire.</translation>
    </message>
    <message>
        <source>Usage: patient link ID --holder H [--relationship child|spouse|parent|other]</source>
        <translation>Usage : patient link ID --holder H [--relationship child|spouse|parent|other]</translation>
    </message>
    <message>
        <source>warning: %1 has no mobile and no e-mail of their own: no message will reach them.</source>
        <translation>attention : %1 n&apos;a ni mobile ni e-mail : aucun message ne lui parviendra.</translation>
    </message>
    <message>
        <source>own account holder</source>
        <translation>son propre titulaire</translation>
    </message>
    <message>
        <source>relative of %1</source>
        <translation>proche de %1</translation>
    </message>
    <message>
        <source>Book over a taken slot, or keep two appointments closer than the spacing rule, for this reason (desk only).</source>
        <translation>Réserver sur un créneau pris, ou garder deux rendez-vous plus proches que la règle d&apos;espacement, pour cette raison (accueil seulement).</translation>
    </message>
    <message>
        <source>Sign in first: give --user LOGIN (or GUICHET_USER) and the password on standard input with --password-stdin, or in the file named by GUICHET_PASSWORD_FILE.</source>
        <translation>Connectez-vous d’abord : donnez --user IDENTIFIANT (ou GUICHET_USER) et le mot de passe sur l’entrée standard avec --password-stdin, ou dans le fichier nommé par GUICHET_PASSWORD_FILE.</translation>
    </message>
    <message>
        <source>The password file &quot;%1&quot; (GUICHET_PASSWORD_FILE) does not exist.</source>
        <translation>Le fichier de mot de passe « %1 » (GUICHET_PASSWORD_FILE) n’existe pas.</translation>
    </message>
    <message>
        <source>The password file &quot;%1&quot; can be read by other accounts of this computer: make it readable by its owner only (chmod 600).</source>
        <translation>Le fichier de mot de passe « %1 » peut être lu par d’autres comptes de cet ordinateur : rendez-le lisible par son seul propriétaire (chmod 600).</translation>
    </message>
    <message>
        <source>The password file &quot;%1&quot; cannot be read: %2</source>
        <translation>Le fichier de mot de passe « %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>--now (or GUICHET_NOW) moves the clock of the rules: it is accepted only on a demo clinic or on a database created for tests (init --test), not on a practice&apos;s database.</source>
        <translation>--now (ou GUICHET_NOW) déplace l’horloge des règles : il n’est accepté que sur un cabinet de démonstration ou une base créée pour les tests (init --test), jamais sur la base d’un cabinet.</translation>
    </message>
    <message>
        <source>Creates a new database with its first administrator (password on standard input).</source>
        <translation>Crée une nouvelle base avec son premier administrateur (mot de passe sur l’entrée standard).</translation>
    </message>
    <message>
        <source>The practice&apos;s sites.</source>
        <translation>Les sites du cabinet.</translation>
    </message>
    <message>
        <source>The practitioners and their online rules.</source>
        <translation>Les praticiens et leurs règles en ligne.</translation>
    </message>
    <message>
        <source>Visit reasons.</source>
        <translation>Les motifs de consultation.</translation>
    </message>
    <message>
        <source>A practitioner&apos;s usual week and its exceptions.</source>
        <translation>La semaine type d’un praticien et ses exceptions.</translation>
    </message>
    <message>
        <source>Absences, and the booked patients they affect.</source>
        <translation>Les absences, et les patients dont le rendez-vous est touché.</translation>
    </message>
    <message>
        <source>Patient records.</source>
        <translation>Les dossiers patients.</translation>
    </message>
    <message>
        <source>Reads a Belgian eID card.</source>
        <translation>Lit une carte eID belge.</translation>
    </message>
    <message>
        <source>Appointments.</source>
        <translation>Les rendez-vous.</translation>
    </message>
    <message>
        <source>Free slots.</source>
        <translation>Les créneaux libres.</translation>
    </message>
    <message>
        <source>Messages now: running late, a free message to a patient.</source>
        <translation>Messages immédiats : retard, message libre à un patient.</translation>
    </message>
    <message>
        <source>No-shows and online-booking blocks.</source>
        <translation>Rendez-vous non honorés et blocages de la réservation en ligne.</translation>
    </message>
    <message>
        <source>No-show and late-cancellation statistics.</source>
        <translation>Statistiques des rendez-vous non honorés et des annulations tardives.</translation>
    </message>
    <message>
        <source>The waiting list.</source>
        <translation>La liste d’attente.</translation>
    </message>
    <message>
        <source>Planned messages and their templates.</source>
        <translation>Les messages planifiés et leurs modèles.</translation>
    </message>
    <message>
        <source>Patients&apos; documents.</source>
        <translation>Les documents des patients.</translation>
    </message>
    <message>
        <source>The documents&apos; key, saved or brought back.</source>
        <translation>La clé des documents, sauvegardée ou restaurée.</translation>
    </message>
    <message>
        <source>A practitioner&apos;s agenda as iCalendar.</source>
        <translation>L’agenda d’un praticien au format iCalendar.</translation>
    </message>
    <message>
        <source>Imports patients from a CSV file.</source>
        <translation>Importe des patients depuis un fichier CSV.</translation>
    </message>
    <message>
        <source>Writes every patient to a CSV file (administrators; audited).</source>
        <translation>Écrit tous les patients dans un fichier CSV (administrateurs ; journalisé).</translation>
    </message>
    <message>
        <source>Likely duplicate patient records.</source>
        <translation>Les doublons probables de dossiers patients.</translation>
    </message>
    <message>
        <source>Merges two patient records.</source>
        <translation>Fusionne deux dossiers patients.</translation>
    </message>
    <message>
        <source>Undoes a merge.</source>
        <translation>Annule une fusion.</translation>
    </message>
    <message>
        <source>The merges made.</source>
        <translation>Les fusions effectuées.</translation>
    </message>
    <message>
        <source>Records that two records are different people.</source>
        <translation>Note que deux dossiers sont deux personnes différentes.</translation>
    </message>
    <message>
        <source>Users and their roles.</source>
        <translation>Les utilisateurs et leurs rôles.</translation>
    </message>
    <message>
        <source>The audit log (administrators).</source>
        <translation>Le journal d’audit (administrateurs).</translation>
    </message>
    <message>
        <source>The practice&apos;s rules.</source>
        <translation>Les règles du cabinet.</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database.</source>
        <translation>Écrit une copie cohérente de la base.</translation>
    </message>
    <message>
        <source>Replaces the database by a backup.</source>
        <translation>Remplace la base par une sauvegarde.</translation>
    </message>
    <message>
        <source>The central agenda&apos;s address (administrators; audited).</source>
        <translation>L’adresse de l’agenda central (administrateurs ; journalisé).</translation>
    </message>
    <message>
        <source>Signs this desk in to the central agenda.</source>
        <translation>Connecte ce poste à l’agenda central.</translation>
    </message>
    <message>
        <source>Signs this desk out of the central agenda.</source>
        <translation>Déconnecte ce poste de l’agenda central.</translation>
    </message>
    <message>
        <source>Synchronises with the central agenda.</source>
        <translation>Synchronise avec l’agenda central.</translation>
    </message>
    <message>
        <source>Changes made on both sides, to settle.</source>
        <translation>Les modifications faites des deux côtés, à trancher.</translation>
    </message>
    <message>
        <source>Fix the clock of the rules (ISO 8601; or GUICHET_NOW): demo and test databases only. Audit times always follow the real clock.</source>
        <translation>Fixe l’horloge des règles (ISO 8601 ; ou GUICHET_NOW) : bases de démonstration et de test uniquement. Les heures du journal d’audit suivent toujours l’horloge réelle.</translation>
    </message>
    <message>
        <source>Sign in as this Guichet user (or GUICHET_USER).</source>
        <translation>Se connecter avec cet utilisateur de Guichet (ou GUICHET_USER).</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input (otherwise from the owner-only file named by GUICHET_PASSWORD_FILE).</source>
        <translation>Lire le mot de passe sur la première ligne de l’entrée standard (sinon dans le fichier, lisible par son seul propriétaire, nommé par GUICHET_PASSWORD_FILE).</translation>
    </message>
    <message>
        <source>One of the commands below; COMMAND --help tells more.</source>
        <translation>Une des commandes ci-dessous ; COMMANDE --help en dit plus.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Every command but init and demo needs a signed-in user: --user LOGIN (or GUICHET_USER) and --password-stdin, or GUICHET_PASSWORD_FILE.</source>
        <translation>Toute commande sauf init et demo demande un utilisateur connecté : --user IDENTIFIANT (ou GUICHET_USER) et --password-stdin, ou GUICHET_PASSWORD_FILE.</translation>
    </message>
    <message>
        <source>Usage: guichet-cli [--db PATH] [--user LOGIN --password-stdin] %1</source>
        <translation>Utilisation : guichet-cli [--db CHEMIN] [--user IDENTIFIANT --password-stdin] %1</translation>
    </message>
    <message>
        <source>Creates a new database with its first administrator; the password is read from standard input.</source>
        <translation>Crée une nouvelle base avec son premier administrateur ; le mot de passe est lu sur l’entrée standard.</translation>
    </message>
    <message>
        <source>The first administrator&apos;s login.</source>
        <translation>L’identifiant du premier administrateur.</translation>
    </message>
    <message>
        <source>The administrator&apos;s full name (default: the login).</source>
        <translation>Le nom complet de l’administrateur (par défaut : l’identifiant).</translation>
    </message>
    <message>
        <source>A database for tests, marked so for good: it accepts --now and the desktop&apos;s title says so.</source>
        <translation>Une base pour les tests, marquée comme telle pour toujours : elle accepte --now et le titre de la fenêtre le dit.</translation>
    </message>
    <message>
        <source>Usage: init --admin LOGIN [--name NAME] [--test] (password on standard input)</source>
        <translation>Utilisation : init --admin IDENTIFIANT [--name NOM] [--test] (mot de passe sur l’entrée standard)</translation>
    </message>
    <message>
        <source>--now is accepted only on a database created for tests (init --test) or a demo clinic.</source>
        <translation>--now n’est accepté que sur une base créée pour les tests (init --test) ou un cabinet de démonstration.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has users: sign in as one of its administrators to add others (user add).</source>
        <translation>« %1 » a déjà des utilisateurs : connectez-vous comme l’un de ses administrateurs pour en ajouter (user add).</translation>
    </message>
    <message>
        <source>Database created in %1; administrator: %2.</source>
        <translation>Base créée dans %1 ; administrateur : %2.</translation>
    </message>
    <message>
        <source>No user &quot;%1&quot;.</source>
        <translation>Aucun utilisateur « %1 ».</translation>
    </message>
    <message>
        <source>Nothing to list; settle ID to settle one.</source>
        <translation>Sans argument : la liste ; settle ID pour en régler un.</translation>
    </message>
    <message>
        <source>Settled items too.</source>
        <translation>Les éléments réglés aussi.</translation>
    </message>
    <message>
        <source>Keep the appointment despite the rule (with --reason).</source>
        <translation>Garder le rendez-vous malgré la règle (avec --reason).</translation>
    </message>
    <message>
        <source>Cancel the appointment; the patient is sent the cancellation message (with --reason).</source>
        <translation>Annuler le rendez-vous ; le patient reçoit le message d&apos;annulation (avec --reason).</translation>
    </message>
    <message>
        <source>The patient was called; --reason says what was agreed.</source>
        <translation>Le patient a été appelé ; --reason dit ce qui a été convenu.</translation>
    </message>
    <message>
        <source>Usage: sync review [--all] | sync review settle ID --keep|--cancel|--called [--reason TEXT]</source>
        <translation>Usage : sync review [--all] | sync review settle ID --keep|--cancel|--called [--reason TEXTE]</translation>
    </message>
    <message>
        <source>Settled: %1.</source>
        <translation>Réglé : %1.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>pushed %1, pulled %2, conflicts %3, to check %4, pending %5, parked %6</source>
        <translation>envoyés %1, reçus %2, conflits %3, à vérifier %4, en attente %5, mis de côté %6</translation>
    </message>
    <message>
        <source>A visit at the patient&apos;s home: yes or no.</source>
        <translation>Une visite au domicile du patient : yes ou no.</translation>
    </message>
    <message>
        <source>The scheduled backups: their folder (administrators, audited) and where they stand.</source>
        <translation>Les sauvegardes automatiques : leur dossier (administrateurs, journalisé) et leur état.</translation>
    </message>
    <message>
        <source>The backup folder (full path); &quot;&quot; stops them.</source>
        <translation>Le dossier des sauvegardes (chemin complet) ; &quot;&quot; les arrête.</translation>
    </message>
    <message>
        <source>Usage: backup schedule [--folder FOLDER]</source>
        <translation>Usage : backup schedule [--folder DOSSIER]</translation>
    </message>
    <message>
        <source>No scheduled backup (no folder set).</source>
        <translation>Aucune sauvegarde automatique (aucun dossier choisi).</translation>
    </message>
    <message>
        <source>Every day after %1:00 into %2; %3 daily and %4 weekly kept.</source>
        <translation>Chaque jour après %1 h dans %2 ; %3 quotidiennes et %4 hebdomadaires gardées.</translation>
    </message>
    <message>
        <source>Last good backup: %1 (%2).</source>
        <translation>Dernière sauvegarde complète : %1 (%2).</translation>
    </message>
    <message>
        <source>No backup made yet.</source>
        <translation>Aucune sauvegarde faite pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Warning: no backup for more than two days.</source>
        <translation>Attention : aucune sauvegarde depuis plus de deux jours.</translation>
    </message>
    <message>
        <source>withheld (practitioners only)</source>
        <translation>masqué (réservé aux praticiens)</translation>
    </message>
    <message>
        <source>The new text (empty: none).</source>
        <translation>Le nouveau texte (vide : aucun).</translation>
    </message>
    <message>
        <source>Usage: patient medication ID [--set TEXT]</source>
        <translation>Usage : patient medication ID [--set TEXTE]</translation>
    </message>
    <message>
        <source>Usage: patient add|edit|check-identity|show|medication|list|search|incomplete|block|link|unlink ...</source>
        <translation>Usage : patient add|edit|check-identity|show|medication|list|search|incomplete|block|link|unlink ...</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>Clear the field</source>
        <translation>Vider le champ</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No appointment has the identifier %1.</source>
        <translation>Aucun rendez-vous n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The database could not be written or read (%1).</source>
        <translation>La base de données n&apos;a pas pu être lue ou écrite (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a database file.</source>
        <translation>« %1 » est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; cannot be read: %2</source>
        <translation>Le fichier de base de données « %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Guichet database (it is not an SQLite file). It was left untouched.</source>
        <translation>« %1 » n&apos;est pas une base de données Guichet (ce n&apos;est pas un fichier SQLite). Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database of another program, not of Guichet. It was left untouched.</source>
        <translation>« %1 » est une base SQLite d&apos;un autre programme, pas de Guichet. Elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Aucun fichier de base de données n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; cannot be opened: %2</source>
        <translation>La base de données « %1 » ne peut pas être ouverte : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a readable Guichet database: %2. It was left untouched.</source>
        <translation>« %1 » n&apos;est pas une base Guichet lisible : %2. Elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Guichet (schema %1; this version knows up to %2). Install the newer Guichet; the database was left untouched.</source>
        <translation>Cette base de données a été écrite par une version plus récente de Guichet (schéma %1 ; cette version connaît jusqu&apos;au schéma %2). Installez la version récente ; la base n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Row %1 of table %2 points to a missing row of %3.</source>
        <translation>La ligne %1 de la table %2 pointe vers une ligne manquante de %3.</translation>
    </message>
    <message>
        <source>The patient search index does not match the patients: %1</source>
        <translation>L&apos;index de recherche des patients ne correspond pas aux patients : %1</translation>
    </message>
    <message>
        <source>The schema version is %1 instead of %2.</source>
        <translation>La version du schéma est %1 au lieu de %2.</translation>
    </message>
    <message>
        <source>The patient %1 could not be written: %2</source>
        <translation>Le patient %1 n&apos;a pas pu être enregistré : %2</translation>
    </message>
    <message>
        <source>No patient has the identifier %1.</source>
        <translation>Aucun patient n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>No site has the identifier %1.</source>
        <translation>Aucun site n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>No practitioner has the identifier %1.</source>
        <translation>Aucun praticien n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>No visit reason has the identifier %1.</source>
        <translation>Aucun motif n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>No user is called &quot;%1&quot;.</source>
        <translation>Aucun utilisateur ne s&apos;appelle « %1 ».</translation>
    </message>
    <message>
        <source>No opening exception has the identifier %1.</source>
        <translation>Aucun jour particulier n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>No notification request has the identifier %1.</source>
        <translation>Aucune demande de message n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>No absence has the identifier %1.</source>
        <translation>Aucune absence n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; cannot be created: %2</source>
        <translation>La base « %1 » ne peut pas être créée : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can be read by other accounts of this computer (mode %2); it should be 0600 (chmod 600).</source>
        <translation>« %1 » peut être lu par d’autres comptes de cet ordinateur (mode %2) ; il devrait être en 0600 (chmod 600).</translation>
    </message>
    <message>
        <source>The permissions of &quot;%1&quot; could not be restricted to its owner.</source>
        <translation>Les droits de « %1 » n’ont pas pu être limités à son propriétaire.</translation>
    </message>
    <message>
        <source>This Guichet does not know how to bring the database to schema %1; nothing was changed.</source>
        <translation>Ce Guichet ne sait pas amener la base au schéma %1 ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Guichet is waiting for the end of a large change (an import, or another desk&apos;s): nothing was written. Try again in a moment.</source>
        <translation>Guichet attend la fin d’une grosse modification (un import, ou celle d’un autre poste) : rien n’a été écrit. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>DemoClinic</name>
    <message>
        <source>The number of demo patients is between 1 and 5,000,000.</source>
        <translation>Le nombre de patients de démonstration est compris entre 1 et 5 000 000.</translation>
    </message>
    <message>
        <source>The number of demo practitioners is between 1 and 60.</source>
        <translation>Le nombre de praticiens de démonstration est compris entre 1 et 60.</translation>
    </message>
    <message>
        <source>Parallel demo bookings are between 1 and 4.</source>
        <translation>Les réservations parallèles de démonstration sont comprises entre 1 et 4.</translation>
    </message>
    <message>
        <source>The number of demo weeks is between 0 and 520.</source>
        <translation>Le nombre de semaines de démonstration est compris entre 0 et 520.</translation>
    </message>
    <message>
        <source>This database already holds data; the demo clinic is created only in a new, empty database.</source>
        <translation>Cette base contient déjà des données ; le cabinet de démonstration ne se crée que dans une base neuve et vide.</translation>
    </message>
</context>
<context>
    <name>DeskMessages</name>
    <message>
        <source>Give the delay in minutes, from 5 to %1.</source>
        <translation>Indiquez le retard en minutes, de 5 à %1.</translation>
    </message>
    <message>
        <source>Give the day of the delay.</source>
        <translation>Indiquez le jour du retard.</translation>
    </message>
    <message>
        <source>Messages to patients are switched off for %1 (Administration, Messages).</source>
        <translation>Les messages aux patients sont désactivés pour %1 (Administration, Messages).</translation>
    </message>
    <message>
        <source>%1 minutes late, %2 patient(s) told</source>
        <translation>%1 minutes de retard, %2 patient(s) prévenu(s)</translation>
    </message>
    <message>
        <source>The channel is sms or email.</source>
        <translation>Le canal est sms ou email.</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Écrivez d&apos;abord le message.</translation>
    </message>
    <message>
        <source>This record is merged or the patient is deceased: no message.</source>
        <translation>Ce dossier est fusionné ou le patient est décédé : pas de message.</translation>
    </message>
    <message>
        <source>This appointment is not this patient&apos;s.</source>
        <translation>Ce rendez-vous n&apos;est pas celui de ce patient.</translation>
    </message>
    <message>
        <source>Messages to patients are switched off for the practice (Administration, Messages).</source>
        <translation>Les messages aux patients sont désactivés pour le cabinet (Administration, Messages).</translation>
    </message>
    <message>
        <source>Nobody can receive this SMS: no mobile number, or SMS switched off for this patient.</source>
        <translation>Personne ne peut recevoir ce SMS : pas de numéro de mobile, ou SMS désactivés pour ce patient.</translation>
    </message>
    <message>
        <source>Nobody can receive this e-mail: no address, or e-mails switched off for this patient.</source>
        <translation>Personne ne peut recevoir cet e-mail : pas d&apos;adresse, ou e-mails désactivés pour ce patient.</translation>
    </message>
    <message>
        <source>This patient can be reached neither by SMS nor by e-mail.</source>
        <translation>Ce patient ne peut être joint ni par SMS ni par e-mail.</translation>
    </message>
    <message>
        <source>The message is too long: %1 characters at most.</source>
        <translation>Le message est trop long : %1 caractères au plus.</translation>
    </message>
</context>
<context>
    <name>DocumentVault</name>
    <message>
        <source>This database has no document vault yet.</source>
        <translation>Cette base n’a pas encore de coffre de documents.</translation>
    </message>
    <message>
        <source>The document vault&apos;s key in the system keychain is damaged.</source>
        <translation>La clé du coffre de documents dans le trousseau du système est abîmée.</translation>
    </message>
    <message>
        <source>The document vault&apos;s key is not in this computer&apos;s system keychain: the documents cannot be read here.</source>
        <translation>La clé du coffre de documents n’est pas dans le trousseau de cet ordinateur : les documents ne peuvent pas être lus ici.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file weighs %1 MB; documents are limited to 50 MB.</source>
        <translation>Le fichier pèse %1 Mo ; les documents sont limités à 50 Mo.</translation>
    </message>
    <message>
        <source>The PDF is incomplete (cut short during a download or a copy?).</source>
        <translation>Le PDF est incomplet (coupé pendant un téléchargement ou une copie ?).</translation>
    </message>
    <message>
        <source>The PDF is damaged or protected by a password; it cannot be read.</source>
        <translation>Le PDF est abîmé ou protégé par un mot de passe ; il ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The PNG image is incomplete (cut short during a download or a copy?).</source>
        <translation>L’image PNG est incomplète (coupée pendant un téléchargement ou une copie ?).</translation>
    </message>
    <message>
        <source>The JPEG image is incomplete (cut short during a download or a copy?).</source>
        <translation>L’image JPEG est incomplète (coupée pendant un téléchargement ou une copie ?).</translation>
    </message>
    <message>
        <source>The image is damaged; it cannot be read (%1).</source>
        <translation>L’image est abîmée ; elle ne peut pas être lue (%1).</translation>
    </message>
    <message>
        <source>Only PDF documents and JPEG or PNG images are accepted; this file is something else, whatever its name says.</source>
        <translation>Seuls les documents PDF et les images JPEG ou PNG sont acceptés ; ce fichier est autre chose, quoi qu’en dise son nom.</translation>
    </message>
    <message>
        <source>The document type is prescription, report, administrative or other.</source>
        <translation>Le type de document est prescription, report, administrative ou other.</translation>
    </message>
    <message>
        <source>No appointment has the identifier %1.</source>
        <translation>Aucun rendez-vous n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>This appointment is another patient&apos;s.</source>
        <translation>Ce rendez-vous est celui d’un autre patient.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist or is not a file.</source>
        <translation>Le fichier « %1 » n’existe pas ou n’est pas un fichier.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>Le fichier « %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The encryption library cannot start.</source>
        <translation>La bibliothèque de chiffrement ne peut pas démarrer.</translation>
    </message>
    <message>
        <source>The document vault&apos;s folder cannot be made beside the database.</source>
        <translation>Le dossier du coffre de documents ne peut pas être créé à côté de la base.</translation>
    </message>
    <message>
        <source>The document cannot be written into the vault: %1</source>
        <translation>Le document ne peut pas être écrit dans le coffre : %1</translation>
    </message>
    <message>
        <source>No document has the identifier %1.</source>
        <translation>Aucun document n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>The document&apos;s file is missing from the vault.</source>
        <translation>Le fichier du document manque dans le coffre.</translation>
    </message>
    <message>
        <source>The document&apos;s file in the vault is damaged: it no longer matches what was stored.</source>
        <translation>Le fichier du document dans le coffre est abîmé : il ne correspond plus à ce qui a été enregistré.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written: %2</source>
        <translation>« %1 » ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>The retention delay of documents is a whole number of months, at least 1.</source>
        <translation>La durée de conservation des documents est un nombre entier de mois, au moins 1.</translation>
    </message>
    <message>
        <source>Document %1: its file is missing from the vault.</source>
        <translation>Document %1 : son fichier manque dans le coffre.</translation>
    </message>
    <message>
        <source>Document %1: its file does not decrypt to what was stored.</source>
        <translation>Document %1 : son fichier ne se déchiffre pas en ce qui a été enregistré.</translation>
    </message>
    <message>
        <source>The patient added this document online: only the patient can remove it.</source>
        <translation>Le patient a ajouté ce document en ligne : lui seul peut le retirer.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Pas assez de mémoire pour dériver la clé de la phrase secrète.</translation>
    </message>
    <message>
        <source>The passphrase protecting the key has at least 12 characters.</source>
        <translation>La phrase secrète qui protège la clé compte au moins 12 caractères.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a key exported by Guichet, or it is damaged.</source>
        <translation>%1 n&apos;est pas une clé exportée par Guichet, ou il est endommagé.</translation>
    </message>
    <message>
        <source>This key belongs to another database: import it beside the backup it was exported with.</source>
        <translation>Cette clé appartient à une autre base : importez-la à côté de la sauvegarde avec laquelle elle a été exportée.</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the key file is damaged: nothing was changed.</source>
        <translation>Phrase secrète incorrecte, ou fichier de clé endommagé : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This key does not open the documents stored beside this database: nothing was changed.</source>
        <translation>Cette clé n&apos;ouvre pas les documents conservés à côté de cette base : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain already holds another key for this database: nothing was changed.</source>
        <translation>Le trousseau de cet ordinateur contient déjà une autre clé pour cette base : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>contains JavaScript</source>
        <translation>contient du JavaScript</translation>
    </message>
    <message>
        <source>starts programs or sends data when opened or clicked</source>
        <translation>lance des programmes ou envoie des données quand on l’ouvre ou qu’on clique</translation>
    </message>
    <message>
        <source>runs actions by itself (when opened, closed or printed)</source>
        <translation>exécute des actions de lui-même (à l’ouverture, à la fermeture ou à l’impression)</translation>
    </message>
    <message>
        <source>carries other files inside it</source>
        <translation>transporte d’autres fichiers</translation>
    </message>
    <message>
        <source>is an XFA form</source>
        <translation>est un formulaire XFA</translation>
    </message>
    <message>
        <source>carries rich media (video, Flash)</source>
        <translation>contient des médias enrichis (vidéo, Flash)</translation>
    </message>
    <message>
        <source>runs an action when it is opened</source>
        <translation>exécute une action à l’ouverture</translation>
    </message>
    <message>
        <source>is also a ZIP archive</source>
        <translation>est aussi une archive ZIP</translation>
    </message>
    <message>
        <source>is also a web page</source>
        <translation>est aussi une page web</translation>
    </message>
    <message>
        <source>cannot be read to the end by a PDF library</source>
        <translation>ne peut pas être lu jusqu’au bout par une bibliothèque PDF</translation>
    </message>
    <message>
        <source>This PDF cannot be kept: it %1. Ask for a plain PDF (printed again to PDF, or scanned).</source>
        <translation>Ce PDF ne peut pas être gardé : il %1. Demandez un PDF simple (réimprimé en PDF, ou scanné).</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>Certain</source>
        <translation>Certain</translation>
    </message>
    <message>
        <source>Probable</source>
        <translation>Probable</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Possible</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Différents</translation>
    </message>
    <message>
        <source>same NISS</source>
        <translation>même NISS</translation>
    </message>
    <message>
        <source>same NIR</source>
        <translation>même NIR</translation>
    </message>
    <message>
        <source>different NISS numbers</source>
        <translation>NISS différents</translation>
    </message>
    <message>
        <source>different NIR numbers</source>
        <translation>NIR différents</translation>
    </message>
    <message>
        <source>different sexes</source>
        <translation>sexes différents</translation>
    </message>
    <message>
        <source>same name and birth date but different first names: possible twins</source>
        <translation>même nom et même date de naissance mais prénoms différents : jumeaux possibles</translation>
    </message>
    <message>
        <source>birth dates too far apart for a typo</source>
        <translation>dates de naissance trop différentes pour une faute de frappe</translation>
    </message>
    <message>
        <source>a record is marked deceased, homonym or doubtful</source>
        <translation>un dossier est marqué décédé, homonyme ou douteux</translation>
    </message>
    <message>
        <source>same surname</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>close surnames</source>
        <translation>noms proches</translation>
    </message>
    <message>
        <source>same first names</source>
        <translation>mêmes prénoms</translation>
    </message>
    <message>
        <source>close first names</source>
        <translation>prénoms proches</translation>
    </message>
    <message>
        <source>same birth date</source>
        <translation>même date de naissance</translation>
    </message>
    <message>
        <source>birth date with day and month swapped</source>
        <translation>date de naissance avec jour et mois inversés</translation>
    </message>
    <message>
        <source>birth date one digit apart</source>
        <translation>date de naissance à un chiffre près</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>même téléphone</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <source>different contact details</source>
        <translation>coordonnées différentes</translation>
    </message>
    <message>
        <source>first name and surname crossed</source>
        <translation>prénom et nom inversés</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>même adresse</translation>
    </message>
    <message>
        <source>The patient records could not be read: %1</source>
        <translation>Les fiches des patients n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>identical traits</source>
        <translation>traits identiques</translation>
    </message>
    <message>
        <source>very close</source>
        <translation>très proches</translation>
    </message>
    <message>
        <source>close</source>
        <translation>proches</translation>
    </message>
    <message>
        <source>partly alike</source>
        <translation>en partie semblables</translation>
    </message>
    <message>
        <source>The pairs marked as different people could not be read: %1</source>
        <translation>Les paires marquées comme personnes différentes n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>birth dates agree as far as they are known</source>
        <translation>dates de naissance concordantes pour ce qui en est connu</translation>
    </message>
</context>
<context>
    <name>EidIdentity</name>
    <message>
        <source>The card&apos;s data cannot be read (%1): nothing was taken from it.</source>
        <translation>Les données de la carte sont illisibles (%1) : rien n&apos;en a été repris.</translation>
    </message>
    <message>
        <source>field %1 of the identity file is missing</source>
        <translation>le champ %1 du fichier d&apos;identité manque</translation>
    </message>
    <message>
        <source>the card&apos;s end of validity is not a date</source>
        <translation>la fin de validité de la carte n&apos;est pas une date</translation>
    </message>
    <message>
        <source>the birth date &quot;%1&quot; is not a date</source>
        <translation>la date de naissance « %1 » n&apos;est pas une date</translation>
    </message>
    <message>
        <source>the birth date is in the future</source>
        <translation>la date de naissance est dans le futur</translation>
    </message>
    <message>
        <source>the national number is not valid</source>
        <translation>le numéro national n&apos;est pas valide</translation>
    </message>
    <message>
        <source>a name or the address is longer than a card holds</source>
        <translation>un nom ou l&apos;adresse est plus long qu&apos;une carte ne peut en contenir</translation>
    </message>
    <message>
        <source>This eID card expired on %1: its data may be out of date. Ask for a valid card or another identity document.</source>
        <translation>Cette carte eID a expiré le %1 : ses données peuvent être dépassées. Demandez une carte valide ou une autre pièce d&apos;identité.</translation>
    </message>
</context>
<context>
    <name>EidReader</name>
    <message>
        <source>The smart card service is not running (pcscd on Linux): ask IT to start it.</source>
        <translation>Le service des cartes à puce ne tourne pas (pcscd sous Linux) : demandez à l&apos;informaticien de le démarrer.</translation>
    </message>
    <message>
        <source>No card reader is connected: plug in the eID reader and try again.</source>
        <translation>Aucun lecteur de cartes n&apos;est branché : branchez le lecteur eID et réessayez.</translation>
    </message>
    <message>
        <source>There is no card in the reader: insert the eID card, chip first.</source>
        <translation>Il n&apos;y a pas de carte dans le lecteur : insérez la carte eID, puce en premier.</translation>
    </message>
    <message>
        <source>The card does not answer: check that it is inserted chip first, then try again.</source>
        <translation>La carte ne répond pas : vérifiez qu&apos;elle est insérée puce en premier, puis réessayez.</translation>
    </message>
    <message>
        <source>The card reader failed (PC/SC error 0x%1).</source>
        <translation>Le lecteur de cartes a échoué (erreur PC/SC 0x%1).</translation>
    </message>
    <message>
        <source>The card was taken out while it was read: nothing was kept. Insert it again and try again.</source>
        <translation>La carte a été retirée pendant la lecture : rien n&apos;a été gardé. Réinsérez-la et recommencez.</translation>
    </message>
    <message>
        <source>The card gave an answer too short to be read.</source>
        <translation>La carte a donné une réponse trop courte pour être lue.</translation>
    </message>
    <message>
        <source>The card in the reader is not a Belgian eID (or its identity file cannot be opened).</source>
        <translation>La carte dans le lecteur n&apos;est pas une eID belge (ou son fichier d&apos;identité ne s&apos;ouvre pas).</translation>
    </message>
    <message>
        <source>The card refused to give its data (status %1).</source>
        <translation>La carte a refusé de donner ses données (statut %1).</translation>
    </message>
    <message>
        <source>There is no card reader named &quot;%1&quot; (connected: %2).</source>
        <translation>Aucun lecteur de cartes ne s&apos;appelle « %1 » (branchés : %2).</translation>
    </message>
</context>
<context>
    <name>EidTlv</name>
    <message>
        <source>The card&apos;s file is larger than an eID&apos;s (%1 bytes).</source>
        <translation>Le fichier de la carte est plus grand que celui d&apos;une eID (%1 octets).</translation>
    </message>
    <message>
        <source>the length of field %1 is cut short</source>
        <translation>la longueur du champ %1 est tronquée</translation>
    </message>
    <message>
        <source>field %1 is longer than the file</source>
        <translation>le champ %1 dépasse la fin du fichier</translation>
    </message>
    <message>
        <source>field %1 appears twice</source>
        <translation>le champ %1 apparaît deux fois</translation>
    </message>
</context>
<context>
    <name>Email</name>
    <message>
        <source>The e-mail address is empty.</source>
        <translation>L&apos;adresse e-mail est vide.</translation>
    </message>
    <message>
        <source>This e-mail address is too long.</source>
        <translation>Cette adresse e-mail est trop longue.</translation>
    </message>
    <message>
        <source>An e-mail address contains exactly one @, as in marie.dupont@example.fr.</source>
        <translation>Une adresse e-mail contient un seul @, comme marie.dupont@example.fr.</translation>
    </message>
    <message>
        <source>The part before the @ is missing.</source>
        <translation>La partie avant le @ manque.</translation>
    </message>
    <message>
        <source>The part before the @ is too long.</source>
        <translation>La partie avant le @ est trop longue.</translation>
    </message>
    <message>
        <source>The part before the @ cannot start or end with a dot, nor contain two dots in a row.</source>
        <translation>La partie avant le @ ne peut ni commencer ni finir par un point, ni contenir deux points à la suite.</translation>
    </message>
    <message>
        <source>The part before the @ contains a character that is not allowed (&quot;%1&quot;).</source>
        <translation>La partie avant le @ contient un caractère non autorisé (« %1 »).</translation>
    </message>
    <message>
        <source>The domain after the @ is missing.</source>
        <translation>Le domaine après le @ manque.</translation>
    </message>
    <message>
        <source>The domain after the @ is not valid.</source>
        <translation>Le domaine après le @ n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The domain after the @ needs a dot, as in example.fr.</source>
        <translation>Le domaine après le @ doit contenir un point, comme example.fr.</translation>
    </message>
    <message>
        <source>The domain after the @ contains a character that is not allowed.</source>
        <translation>Le domaine après le @ contient un caractère non autorisé.</translation>
    </message>
    <message>
        <source>The domain after the @ does not end with a valid extension (.fr, .be, .com, ...).</source>
        <translation>Le domaine après le @ ne se termine pas par une extension valide (.fr, .be, .com, ...).</translation>
    </message>
</context>
<context>
    <name>FhirClient</name>
    <message>
        <source>refused a link to another server: %1</source>
        <translation>lien vers un autre serveur refusé : %1</translation>
    </message>
    <message>
        <source>unreadable answer from the central agenda (HTTP %1): %2</source>
        <translation>réponse illisible de l&apos;agenda central (HTTP %1) : %2</translation>
    </message>
    <message>
        <source>the central agenda answered HTTP %1 %2</source>
        <translation>l&apos;agenda central a répondu HTTP %1 %2</translation>
    </message>
    <message>
        <source>The central agenda refused this desk&apos;s sign-in: sign in again (File, Central agenda).</source>
        <translation>L&apos;agenda central a refusé la connexion de ce poste : reconnectez-vous (Fichier, Agenda central).</translation>
    </message>
    <message>
        <source>the server sent this desk to another address (%1): it was not followed, and neither the sign-in nor any data was sent there</source>
        <translation>le serveur a renvoyé ce poste vers une autre adresse (%1) : elle n’a pas été suivie, et ni la connexion ni aucune donnée n’y ont été envoyées</translation>
    </message>
    <message>
        <source>the central agenda answers too slowly: this exchange stopped at its time limit; nothing is lost, the next one goes on</source>
        <translation>l’agenda central répond trop lentement : cet échange s’est arrêté à sa limite de temps ; rien n’est perdu, le suivant reprendra</translation>
    </message>
    <message>
        <source>the central agenda sent an answer larger than %1 MB; it was not read (nothing is lost)</source>
        <translation>l’agenda central a envoyé une réponse de plus de %1 Mo ; elle n’a pas été lue (rien n’est perdu)</translation>
    </message>
    <message>
        <source>no answer from the central agenda within %1 s</source>
        <translation>pas de réponse de l’agenda central en %1 s</translation>
    </message>
    <message>
        <source>the link with the central agenda was stopped</source>
        <translation>le lien avec l&apos;agenda central a été arrêté</translation>
    </message>
</context>
<context>
    <name>FhirMapping</name>
    <message>
        <source>%1 received from the server refused: %2 (%3).</source>
        <translation>%1 reçu du serveur refusé : %2 (%3).</translation>
    </message>
    <message>
        <source>not a Location with an id</source>
        <translation>ce n&apos;est pas un lieu avec un identifiant</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>mauvais type</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>not a two-letter country code</source>
        <translation>ce n&apos;est pas un code pays à deux lettres</translation>
    </message>
    <message>
        <source>unknown time zone</source>
        <translation>fuseau horaire inconnu</translation>
    </message>
    <message>
        <source>not a Practitioner with an id</source>
        <translation>ce n&apos;est pas un praticien avec un identifiant</translation>
    </message>
    <message>
        <source>not a number of hours</source>
        <translation>ce n&apos;est pas un nombre d&apos;heures</translation>
    </message>
    <message>
        <source>not a PractitionerRole with an id</source>
        <translation>ce n&apos;est pas un rôle de praticien avec un identifiant</translation>
    </message>
    <message>
        <source>not a Patient with an id</source>
        <translation>ce n&apos;est pas un patient avec un identifiant</translation>
    </message>
    <message>
        <source>unknown code &apos;%1&apos;</source>
        <translation>code inconnu « %1 »</translation>
    </message>
    <message>
        <source>not an Appointment with an id</source>
        <translation>ce n&apos;est pas un rendez-vous avec un identifiant</translation>
    </message>
    <message>
        <source>unknown or unsupported status &apos;%1&apos;</source>
        <translation>statut inconnu ou non pris en charge « %1 »</translation>
    </message>
    <message>
        <source>missing or not a time with its offset</source>
        <translation>manquante ou sans décalage horaire</translation>
    </message>
    <message>
        <source>the end is not after the start, or the visit lasts more than a day</source>
        <translation>la fin ne suit pas le début, ou la visite dure plus d&apos;un jour</translation>
    </message>
    <message>
        <source>no patient</source>
        <translation>aucun patient</translation>
    </message>
    <message>
        <source>no practitioner</source>
        <translation>aucun praticien</translation>
    </message>
    <message>
        <source>the visit reason&apos;s code is not Guichet&apos;s</source>
        <translation>le code du motif n&apos;est pas celui de Guichet</translation>
    </message>
    <message>
        <source>not a Flag with an id</source>
        <translation>ce n&apos;est pas un signalement avec un identifiant</translation>
    </message>
    <message>
        <source>not an online-booking block</source>
        <translation>ce n&apos;est pas un blocage de la réservation en ligne</translation>
    </message>
    <message>
        <source>not a DocumentReference with an id</source>
        <translation>ce n&apos;est pas une référence de document avec un identifiant</translation>
    </message>
    <message>
        <source>not a Binary on this server</source>
        <translation>ce n&apos;est pas un contenu de ce serveur</translation>
    </message>
    <message>
        <source>larger than 50 MB</source>
        <translation>plus de 50 Mo</translation>
    </message>
    <message>
        <source>not base64</source>
        <translation>ce n&apos;est pas du base64</translation>
    </message>
    <message>
        <source>not a number in range</source>
        <translation>pas un nombre dans les bornes</translation>
    </message>
    <message>
        <source>not a HealthcareService with an id</source>
        <translation>pas un HealthcareService avec un id</translation>
    </message>
    <message>
        <source>unknown code</source>
        <translation>code inconnu</translation>
    </message>
    <message>
        <source>no name at all</source>
        <translation>aucun nom</translation>
    </message>
    <message>
        <source>not a hold</source>
        <translation>pas un créneau retenu</translation>
    </message>
    <message>
        <source>not a hold of Guichet&apos;s</source>
        <translation>pas un créneau retenu par Guichet</translation>
    </message>
    <message>
        <source>not a time range</source>
        <translation>pas une plage horaire</translation>
    </message>
    <message>
        <source>not a date (a year, a year and month, or a full date)</source>
        <translation>pas une date (une année, une année et un mois, ou une date complète)</translation>
    </message>
    <message>
        <source>not a possible birth date (before 1890 or in the future)</source>
        <translation>pas une date de naissance possible (avant 1890 ou dans le futur)</translation>
    </message>
</context>
<context>
    <name>FreeSlots</name>
    <message>
        <source>This visit reason is not one of this practitioner&apos;s.</source>
        <translation>Ce motif n&apos;appartient pas à ce praticien.</translation>
    </message>
    <message>
        <source>The last day cannot come before the first.</source>
        <translation>Le dernier jour ne peut pas précéder le premier.</translation>
    </message>
    <message>
        <source>Look for free slots over a year at most.</source>
        <translation>Cherchez des créneaux libres sur un an au plus.</translation>
    </message>
    <message>
        <source>This slot is already taken.</source>
        <translation>Ce créneau est déjà pris.</translation>
    </message>
    <message>
        <source>This slot is held for a patient who is confirming online; it frees up within 15 minutes.</source>
        <translation>Ce créneau est retenu pour un patient qui confirme en ligne ; il se libère dans 15 minutes au plus.</translation>
    </message>
    <message>
        <source>Ask for at least one free slot.</source>
        <translation>Demandez au moins un créneau libre.</translation>
    </message>
    <message>
        <source>Weekdays go from 1 (Monday) to 7 (Sunday).</source>
        <translation>Les jours vont de 1 (lundi) à 7 (dimanche).</translation>
    </message>
    <message>
        <source>No practitioner of the specialty &quot;%1&quot; offers the visit reason &quot;%2&quot;.</source>
        <translation>Aucun praticien de la spécialité « %1 » ne propose le motif « %2 ».</translation>
    </message>
    <message>
        <source>No practitioner offers the visit reason &quot;%1&quot;.</source>
        <translation>Aucun praticien ne propose le motif « %1 ».</translation>
    </message>
</context>
<context>
    <name>Housekeeping</name>
    <message>
        <source>Guichet (housekeeping)</source>
        <translation>Guichet (entretien)</translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message>
        <source>The last day cannot come before the first.</source>
        <translation>Le dernier jour ne peut pas précéder le premier.</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>IdentityStatuses</name>
    <message>
        <source>Provisional</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Récupérée</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiée</translation>
    </message>
</context>
<context>
    <name>MergeService</name>
    <message>
        <source>No patient has the identifier %1.</source>
        <translation>Aucun patient n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>a record cannot be merged with itself</source>
        <translation>un dossier ne peut pas être fusionné avec lui-même</translation>
    </message>
    <message>
        <source>a record was already merged into another one</source>
        <translation>un dossier a déjà été fusionné dans un autre</translation>
    </message>
    <message>
        <source>one record is a relative of the other</source>
        <translation>un dossier est un proche de l&apos;autre</translation>
    </message>
    <message>
        <source>These records must not be merged: %1.</source>
        <translation>Ces dossiers ne doivent pas être fusionnés : %1.</translation>
    </message>
    <message>
        <source>The surviving record is the one with the stronger identity, then the older one: merge the other way round.</source>
        <translation>Le dossier conservé est celui dont l&apos;identité est la plus sûre, puis le plus ancien : fusionnez dans l&apos;autre sens.</translation>
    </message>
    <message>
        <source>Say why these records are the same person.</source>
        <translation>Indiquez pourquoi ces dossiers sont la même personne.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>Champ inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Strict identity traits never come from a record created online (%1).</source>
        <translation>Les traits stricts d&apos;identité ne viennent jamais d&apos;un dossier créé en ligne (%1).</translation>
    </message>
    <message>
        <source>The NISS kept gives the birth date %1, not %2: take the birth date and the NISS from the same record.</source>
        <translation>Le NISS conservé donne la date de naissance %1, pas %2 : prenez la date de naissance et le NISS du même dossier.</translation>
    </message>
    <message>
        <source>The NISS kept does not match the sex kept.</source>
        <translation>Le NISS conservé ne correspond pas au sexe conservé.</translation>
    </message>
    <message>
        <source>The NIR kept does not match the birth date kept: take them from the same record.</source>
        <translation>Le NIR conservé ne correspond pas à la date de naissance conservée : prenez-les du même dossier.</translation>
    </message>
    <message>
        <source>No merge has the identifier %1.</source>
        <translation>Aucune fusion n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>This merge was already undone.</source>
        <translation>Cette fusion a déjà été défaite.</translation>
    </message>
    <message>
        <source>A later merge involves these records (%1): undo it first.</source>
        <translation>Une fusion plus récente concerne ces dossiers (%1) : défaites-la d&apos;abord.</translation>
    </message>
    <message>
        <source>The surviving record was changed after the merge (%1). Undo those changes first, or split the record instead.</source>
        <translation>Le dossier conservé a été modifié après la fusion (%1). Annulez d&apos;abord ces modifications, ou scindez plutôt le dossier.</translation>
    </message>
    <message>
        <source>A row moved by the merge changed since (%1 %2). Split the record instead.</source>
        <translation>Une ligne déplacée par la fusion a changé depuis (%1 %2). Scindez plutôt le dossier.</translation>
    </message>
    <message>
        <source>Choose two different records.</source>
        <translation>Choisissez deux dossiers différents.</translation>
    </message>
    <message>
        <source>Choose the appointments or documents that belong to the other person.</source>
        <translation>Choisissez les rendez-vous ou documents qui appartiennent à l&apos;autre personne.</translation>
    </message>
    <message>
        <source>%1 does not belong to this record.</source>
        <translation>%1 n&apos;appartient pas à ce dossier.</translation>
    </message>
    <message>
        <source>(medical content: practitioners only)</source>
        <translation>(contenu médical : réservé aux praticiens)</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>Booking confirmation</source>
        <translation>Confirmation de rendez-vous</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <source>Missed appointment notice</source>
        <translation>Avis de rendez-vous manqué</translation>
    </message>
    <message>
        <source>Document available</source>
        <translation>Document disponible</translation>
    </message>
    <message>
        <source>Waiting list offer</source>
        <translation>Proposition de la liste d&apos;attente</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Unknown kind of message &quot;%1&quot;. Known: %2.</source>
        <translation>Type de message inconnu « %1 ». Types connus : %2.</translation>
    </message>
    <message>
        <source>A message goes by &quot;email&quot; or &quot;sms&quot;, not &quot;%1&quot;.</source>
        <translation>Un message part par « email » ou « sms », pas « %1 ».</translation>
    </message>
    <message>
        <source>Messages are written in fr, nl or en, not &quot;%1&quot;.</source>
        <translation>Les messages sont rédigés en fr, nl ou en, pas « %1 ».</translation>
    </message>
    <message>
        <source>The message is %1 characters long; at most %2 for this channel.</source>
        <translation>Le message fait %1 caractères ; %2 au plus pour ce canal.</translation>
    </message>
    <message>
        <source>A &quot;}&quot; has no &quot;{&quot; before it, at character %1.</source>
        <translation>Une « } » n&apos;a pas de « { » avant elle, au caractère %1.</translation>
    </message>
    <message>
        <source>A &quot;{&quot; is not closed, at character %1.</source>
        <translation>Une « { » n&apos;est pas refermée, au caractère %1.</translation>
    </message>
    <message>
        <source>Unknown field {%1}. The fields are: %2.</source>
        <translation>Champ inconnu {%1}. Les champs sont : %2.</translation>
    </message>
    <message>
        <source>An SMS must not name the visit reason (health detail): remove {motif}, or allow it in the practice settings.</source>
        <translation>Un SMS ne doit pas citer le motif (donnée de santé) : retirez {motif}, ou autorisez-le dans les réglages du cabinet.</translation>
    </message>
    <message>
        <source>Running late</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Late cancellation notice</source>
        <translation>Avis d&apos;annulation tardive</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>%1 is required.</source>
        <translation>Indiquez %1.</translation>
    </message>
    <message>
        <source>%1 is too long (100 characters at most).</source>
        <translation>Trop long pour %1 (100 caractères au maximum).</translation>
    </message>
    <message>
        <source>%1 contains a character that is not allowed in a name (&quot;%2&quot;).</source>
        <translation>Caractère non autorisé dans %1 : « %2 ».</translation>
    </message>
    <message>
        <source>%1 must start with a letter.</source>
        <translation>Commencez %1 par une lettre.</translation>
    </message>
</context>
<context>
    <name>Nir</name>
    <message>
        <source>The social security number is empty.</source>
        <translation>Le numéro de sécurité sociale est vide.</translation>
    </message>
    <message>
        <source>The social security number needs its 2-digit key (15 characters in all).</source>
        <translation>Il manque la clé de 2 chiffres du numéro de sécurité sociale (15 caractères en tout).</translation>
    </message>
    <message numerus="yes">
        <source>A social security number has 15 characters (13 and a 2-digit key); this one has %n.</source>
        <translation>
            <numerusform>Un numéro de sécurité sociale a 15 caractères (13 et une clé de 2 chiffres) ; celui-ci en a %n.</numerusform>
            <numerusform>Un numéro de sécurité sociale a 15 caractères (13 et une clé de 2 chiffres) ; celui-ci en a %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>A social security number contains only digits, apart from 2A or 2B for Corsica.</source>
        <translation>Un numéro de sécurité sociale ne contient que des chiffres, sauf 2A ou 2B pour la Corse.</translation>
    </message>
    <message>
        <source>A social security number starts with 1 (man) or 2 (woman).</source>
        <translation>Un numéro de sécurité sociale commence par 1 (homme) ou 2 (femme).</translation>
    </message>
    <message>
        <source>The birth month in this social security number does not exist.</source>
        <translation>Le mois de naissance de ce numéro de sécurité sociale n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The department of birth in this social security number does not exist.</source>
        <translation>Le département de naissance de ce numéro de sécurité sociale n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The birth certificate number (digits 11 to 13) cannot be 000.</source>
        <translation>Le numéro d&apos;acte de naissance (chiffres 11 à 13) ne peut pas être 000.</translation>
    </message>
    <message>
        <source>The key of this social security number is wrong: probably a typing error.</source>
        <translation>La clé de ce numéro de sécurité sociale est fausse : probablement une faute de frappe.</translation>
    </message>
</context>
<context>
    <name>Niss</name>
    <message>
        <source>The national register number is empty.</source>
        <translation>Le numéro de registre national est vide.</translation>
    </message>
    <message>
        <source>A national register number contains only digits.</source>
        <translation>Un numéro de registre national ne contient que des chiffres.</translation>
    </message>
    <message numerus="yes">
        <source>A national register number has 11 digits; this one has %n.</source>
        <translation>
            <numerusform>Un numéro de registre national a 11 chiffres ; celui-ci en a %n.</numerusform>
            <numerusform>Un numéro de registre national a 11 chiffres ; celui-ci en a %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check digits of this national register number are wrong: probably a typing error.</source>
        <translation>Les chiffres de contrôle de ce numéro de registre national sont faux : probablement une faute de frappe.</translation>
    </message>
    <message>
        <source>The month in this national register number does not exist.</source>
        <translation>Le mois de ce numéro de registre national n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The day in this national register number does not exist.</source>
        <translation>Le jour de ce numéro de registre national n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The birth date in this national register number does not exist.</source>
        <translation>La date de naissance de ce numéro de registre national n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The serial number (digits 7 to 9) of this national register number is not possible.</source>
        <translation>Le numéro d&apos;ordre (chiffres 7 à 9) de ce numéro de registre national n&apos;est pas possible.</translation>
    </message>
    <message>
        <source>The birth date in this national register number is in the future.</source>
        <translation>La date de naissance de ce numéro de registre national est dans le futur.</translation>
    </message>
</context>
<context>
    <name>NoShowPolicy</name>
    <message>
        <source>Give the reason: it is kept in the audit log.</source>
        <translation>Indiquez le motif : il est gardé dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>This patient is not blocked with this practitioner.</source>
        <translation>Ce patient n&apos;est pas bloqué chez ce praticien.</translation>
    </message>
    <message>
        <source>This patient is already blocked with this practitioner.</source>
        <translation>Ce patient est déjà bloqué chez ce praticien.</translation>
    </message>
    <message>
        <source>The practice has blocked this patient&apos;s online booking with this practitioner: the patient must phone the practice.</source>
        <translation>Le cabinet a bloqué la prise de rendez-vous en ligne de ce patient chez ce praticien : le patient doit appeler le cabinet.</translation>
    </message>
    <message>
        <source>This patient has %1 appointments not honoured with this practitioner (limit %2): online booking is blocked, the patient must phone the practice.</source>
        <translation>Ce patient a %1 rendez-vous non honorés chez ce praticien (limite %2) : la prise de rendez-vous en ligne est bloquée, le patient doit appeler le cabinet.</translation>
    </message>
    <message>
        <source>Warning: the practice has blocked this patient&apos;s online booking with this practitioner.</source>
        <translation>Attention : le cabinet a bloqué la prise de rendez-vous en ligne de ce patient chez ce praticien.</translation>
    </message>
    <message>
        <source>Warning: %1 appointments not honoured with this practitioner; online booking is blocked.</source>
        <translation>Attention : %1 rendez-vous non honorés chez ce praticien ; la prise de rendez-vous en ligne est bloquée.</translation>
    </message>
</context>
<context>
    <name>NoShowService</name>
    <message>
        <source>This appointment is already marked as not honoured.</source>
        <translation>Ce rendez-vous est déjà marqué non honoré.</translation>
    </message>
    <message>
        <source>An appointment cannot be marked as not honoured before it starts.</source>
        <translation>Un rendez-vous ne peut pas être marqué non honoré avant son heure de début.</translation>
    </message>
    <message>
        <source>An appointment that is &quot;%1&quot; cannot be marked as not honoured.</source>
        <translation>Un rendez-vous « %1 » ne peut pas être marqué non honoré.</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>excusé</translation>
    </message>
    <message>
        <source>This appointment is not marked as not honoured.</source>
        <translation>Ce rendez-vous n&apos;est pas marqué non honoré.</translation>
    </message>
    <message>
        <source>A no-show can be undone only on the day it was marked. After that, a practitioner or an administrator can erase it with a reason.</source>
        <translation>Un « non honoré » ne s&apos;annule que le jour même. Ensuite, un praticien ou un administrateur peut l&apos;effacer en indiquant un motif.</translation>
    </message>
    <message>
        <source>Give the reason for erasing this no-show: it is kept in the audit log.</source>
        <translation>Indiquez pourquoi vous effacez ce « non honoré » : le motif est gardé dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>This no-show is already erased.</source>
        <translation>Ce « non honoré » est déjà effacé.</translation>
    </message>
</context>
<context>
    <name>NoShowStats</name>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>OAuth</name>
    <message>
        <source>The central agenda&apos;s sign-in service cannot be reached: %1</source>
        <translation>Le service de connexion de l&apos;agenda central est injoignable : %1</translation>
    </message>
    <message>
        <source>The central agenda&apos;s sign-in description gives no usable %1.</source>
        <translation>La description de connexion de l&apos;agenda central ne donne pas de %1 utilisable.</translation>
    </message>
    <message>
        <source>The sign-in kept in the system keychain is damaged: sign in again.</source>
        <translation>La connexion conservée dans le trousseau du système est abîmée : reconnectez-vous.</translation>
    </message>
    <message>
        <source>The central agenda does not offer OAuth2 sign-in (HTTP %1): sign in with a token instead.</source>
        <translation>L&apos;agenda central ne propose pas de connexion OAuth2 (HTTP %1) : connectez-vous plutôt avec un jeton.</translation>
    </message>
    <message>
        <source>The client identifier is empty: IT finds it in the central agenda&apos;s settings.</source>
        <translation>L&apos;identifiant client est vide : l&apos;informaticien le trouve dans les réglages de l&apos;agenda central.</translation>
    </message>
    <message>
        <source>The client identifier is too long (more than 200 characters).</source>
        <translation>L&apos;identifiant client est trop long (plus de 200 caractères).</translation>
    </message>
    <message>
        <source>The client identifier contains spaces or characters it cannot hold: copy it exactly as the central agenda shows it.</source>
        <translation>L&apos;identifiant client contient des espaces ou des caractères interdits : copiez-le exactement tel que l&apos;agenda central l&apos;affiche.</translation>
    </message>
    <message>
        <source>The central agenda refused the sign-in (%1): sign in again.</source>
        <translation>L&apos;agenda central a refusé la connexion (%1) : reconnectez-vous.</translation>
    </message>
    <message>
        <source>The central agenda&apos;s sign-in service failed (HTTP %1).</source>
        <translation>Le service de connexion de l&apos;agenda central a échoué (HTTP %1).</translation>
    </message>
    <message>
        <source>The central agenda&apos;s sign-in answer holds no bearer token.</source>
        <translation>La réponse de connexion de l&apos;agenda central ne contient pas de jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>The client secret is empty.</source>
        <translation>Le secret du client est vide.</translation>
    </message>
    <message>
        <source>The sign-in to the central agenda has ended: sign in again.</source>
        <translation>La connexion à l&apos;agenda central a pris fin : reconnectez-vous.</translation>
    </message>
    <message>
        <source>The central agenda did not revoke the sign-in (HTTP %1).</source>
        <translation>L&apos;agenda central n&apos;a pas révoqué la connexion (HTTP %1).</translation>
    </message>
    <message>
        <source>The central agenda refused this desk&apos;s token: sign in again (File, Central agenda).</source>
        <translation>L&apos;agenda central a refusé le jeton de ce poste : reconnectez-vous (Fichier, Agenda central).</translation>
    </message>
</context>
<context>
    <name>OpeningHoursService</name>
    <message>
        <source>&quot;%1&quot; is not a time range: write it as 08:30-12:30.</source>
        <translation>« %1 » n’est pas une plage horaire : écrivez-la comme 08:30-12:30.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a time that does not exist.</source>
        <translation>« %1 » contient une heure qui n’existe pas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: opening hours go by steps of 5 minutes.</source>
        <translation>« %1 » : les horaires vont par pas de 5 minutes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends before it starts.</source>
        <translation>« %1 » finit avant de commencer.</translation>
    </message>
    <message>
        <source>%1-%2 and %3-%4 overlap.</source>
        <translation>%1-%2 et %3-%4 se chevauchent.</translation>
    </message>
    <message>
        <source>At most %1 ranges a day.</source>
        <translation>Au plus %1 plages par jour.</translation>
    </message>
    <message>
        <source>The day of the week goes from 1 (Monday) to 7 (Sunday).</source>
        <translation>Le jour de la semaine va de 1 (lundi) à 7 (dimanche).</translation>
    </message>
    <message>
        <source>The day of the exception is missing or does not exist.</source>
        <translation>Le jour particulier manque ou n’existe pas.</translation>
    </message>
    <message>
        <source>The reason of the exception is at most 200 characters.</source>
        <translation>Le motif du jour particulier fait au plus 200 caractères.</translation>
    </message>
    <message>
        <source>The %1 is past: its hours can no longer change.</source>
        <translation>Le %1 est passé : ses horaires ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>No range of the usual week starts at %1 that day.</source>
        <translation>Aucune plage de la semaine type ne commence à %1 ce jour-là.</translation>
    </message>
    <message>
        <source>The visit reason %1 is not one of this practitioner&apos;s.</source>
        <translation>Le motif %1 n&apos;est pas un motif de ce praticien.</translation>
    </message>
</context>
<context>
    <name>PartialDates</name>
    <message>
        <source>%1 (day and month unknown)</source>
        <translation>%1 (jour et mois inconnus)</translation>
    </message>
    <message>
        <source>%1 (day unknown)</source>
        <translation>%1 (jour inconnu)</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 or %2 years</source>
        <translation>%1 ou %2 ans</translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message>
        <source>The password is too long (256 characters at most).</source>
        <translation>Le mot de passe est trop long (256 caractères au maximum).</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>La bibliothèque de chiffrement n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>Mémoire insuffisante pour protéger le mot de passe.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters; several words make one easy to remember (for instance four words with spaces).</source>
        <translation>Le mot de passe doit compter au moins %1 caractères ; plusieurs mots le rendent facile à retenir (par exemple quatre mots séparés par des espaces).</translation>
    </message>
    <message>
        <source>The password must not contain the name &quot;%1&quot;: it is the first thing tried.</source>
        <translation>Le mot de passe ne doit pas contenir le nom « %1 » : c’est la première chose essayée.</translation>
    </message>
    <message>
        <source>This password is too easy to guess (a common word, a name, a keyboard row or a year with a few changes). Choose a longer one, for instance four unrelated words.</source>
        <translation>Ce mot de passe est trop facile à deviner (un mot courant, un nom, une suite de touches ou une année à peine modifiés). Choisissez-en un plus long, par exemple quatre mots sans rapport entre eux.</translation>
    </message>
</context>
<context>
    <name>PatientCsv</name>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>Le fichier « %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The file is not in UTF-8 (first bad character on line %1). Save it as CSV UTF-8 and try again; nothing was imported.</source>
        <translation>Le fichier n&apos;est pas en UTF-8 (premier caractère invalide à la ligne %1). Enregistrez-le en CSV UTF-8 et recommencez ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Line %1 opens a quote that is never closed; nothing was imported.</source>
        <translation>La ligne %1 ouvre un guillemet jamais refermé ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file is empty; nothing was imported.</source>
        <translation>Le fichier est vide ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The header lacks the required column(s) %1 (the first line must name the columns: %2). Nothing was imported.</source>
        <translation>Il manque à l&apos;en-tête la ou les colonnes obligatoires %1 (la première ligne doit nommer les colonnes : %2). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The external identifier %1 is already known.</source>
        <translation>L&apos;identifiant externe %1 est déjà connu.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file; with --strict nothing was imported. The first: line %1, %2</source>
        <translation>
            <numerusform>%n problème dans le fichier ; avec --strict rien n&apos;a été importé. Le premier : ligne %1, %2</numerusform>
            <numerusform>%n problèmes dans le fichier ; avec --strict rien n&apos;a été importé. Le premier : ligne %1, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be written: %2</source>
        <translation>Le fichier « %1 » ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>The row cannot be read: %1 fields where the header names %2 (a comma inside a value that is not in quotes?).</source>
        <translation>La ligne est illisible : %1 champs alors que l&apos;en-tête en nomme %2 (une virgule dans une valeur sans guillemets ?).</translation>
    </message>
    <message>
        <source>The external identifier is empty: the person is imported without it.</source>
        <translation>L&apos;identifiant externe est vide : la personne est importée sans lui.</translation>
    </message>
    <message>
        <source>The external identifier is longer than 64 characters: the person is imported without it.</source>
        <translation>L&apos;identifiant externe dépasse 64 caractères : la personne est importée sans lui.</translation>
    </message>
    <message>
        <source>%1 The person is imported as an incomplete identity (doubtful), to complete.</source>
        <translation>%1 La personne est importée comme identité incomplète (douteuse), à compléter.</translation>
    </message>
    <message>
        <source>The external identifier %1 was imported before: the person is already here, not imported again.</source>
        <translation>L&apos;identifiant externe %1 a déjà été importé : la personne est déjà là, elle n&apos;est pas importée à nouveau.</translation>
    </message>
    <message>
        <source>The external identifier %1 is on an earlier line too: this person is imported without it.</source>
        <translation>L&apos;identifiant externe %1 figure aussi sur une ligne précédente : cette personne est importée sans lui.</translation>
    </message>
    <message numerus="yes">
        <source>%1 The import stopped there: the %n person(s) written before are kept; import the same file again to add the others (those already here are recognised by their external identifier).</source>
        <translation>
            <numerusform>%1 L&apos;import s&apos;est arrêté là : la personne écrite avant est gardée ; importez à nouveau le même fichier pour ajouter les autres (celles déjà présentes sont reconnues par leur identifiant externe).</numerusform>
            <numerusform>%1 L&apos;import s&apos;est arrêté là : les %n personnes écrites avant sont gardées ; importez à nouveau le même fichier pour ajouter les autres (celles déjà présentes sont reconnues par leur identifiant externe).</numerusform>
        </translation>
    </message>
    <message>
        <source>The import could not write to the database: %1</source>
        <translation>L&apos;import n&apos;a pas pu écrire dans la base de données : %1</translation>
    </message>
</context>
<context>
    <name>PatientFields</name>
    <message>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>Usage name</source>
        <translation>Nom d&apos;usage</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>First name used</source>
        <translation>Prénom utilisé</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <source>NISS</source>
        <translation>NISS</translation>
    </message>
    <message>
        <source>NIR</source>
        <translation>NIR</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Téléphone portable</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Autre téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Localité</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Treating physician</source>
        <translation>Médecin traitant</translation>
    </message>
    <message>
        <source>Usual medication</source>
        <translation>Traitement habituel</translation>
    </message>
    <message>
        <source>Identity status</source>
        <translation>Statut de l&apos;identité</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Décédé(e)</translation>
    </message>
    <message>
        <source>Homonym</source>
        <translation>Homonyme</translation>
    </message>
    <message>
        <source>Doubtful identity</source>
        <translation>Identité douteuse</translation>
    </message>
    <message>
        <source>SMS reminders</source>
        <translation>Rappels par SMS</translation>
    </message>
    <message>
        <source>E-mail reminders</source>
        <translation>Rappels par e-mail</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Titulaire du compte</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien de parenté</translation>
    </message>
    <message>
        <source>Active record</source>
        <translation>Dossier actif</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Fusionné dans</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Maroc</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>PatientService</name>
    <message>
        <source>The account holder %1 does not exist.</source>
        <translation>Le titulaire du compte %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is already a relative of another account holder; a relative cannot hold relatives.</source>
        <translation>%1 est déjà le proche d&apos;un autre titulaire de compte ; un proche ne peut pas avoir de proches.</translation>
    </message>
    <message>
        <source>This record was merged into another one; correct the record that replaced it.</source>
        <translation>Cette fiche a été fusionnée dans une autre ; corrigez la fiche qui la remplace.</translation>
    </message>
    <message>
        <source>A patient cannot be their own account holder.</source>
        <translation>Un patient ne peut pas être son propre titulaire de compte.</translation>
    </message>
    <message>
        <source>Strict traits corrected: the identity is provisional again.</source>
        <translation>Traits stricts corrigés : l’identité redevient provisoire.</translation>
    </message>
    <message>
        <source>Strict traits corrected.</source>
        <translation>Traits stricts corrigés.</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Carte d’identité</translation>
    </message>
    <message>
        <source>Belgian eID card (read)</source>
        <translation>Carte eID belge (lue)</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Titre de séjour</translation>
    </message>
    <message>
        <source>Family record book (minor)</source>
        <translation>Livret de famille (mineur)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identity document that validates an identity: an identity card, a passport, a residence permit or, for a minor, the family record book.</source>
        <translation>« %1 » n’est pas une pièce qui valide une identité : une carte d’identité, un passeport, un titre de séjour ou, pour un mineur, le livret de famille.</translation>
    </message>
    <message>
        <source>This record was merged into another one; check the identity on the record that replaced it.</source>
        <translation>Cette fiche a été fusionnée dans une autre ; vérifiez l’identité sur la fiche qui la remplace.</translation>
    </message>
    <message>
        <source>The family record book validates the identity of a minor only; for an adult, check an identity card, a passport or a residence permit.</source>
        <translation>Le livret de famille ne valide que l’identité d’un mineur ; pour un adulte, vérifiez une carte d’identité, un passeport ou un titre de séjour.</translation>
    </message>
    <message>
        <source>This identity is marked doubtful: clear the doubt on the record before validating it.</source>
        <translation>Cette identité est marquée douteuse : levez le doute sur la fiche avant de la valider.</translation>
    </message>
    <message>
        <source>This patient holds relatives; an account holder cannot become a relative.</source>
        <translation>Ce patient a des proches rattachés ; un titulaire de compte ne peut pas devenir un proche.</translation>
    </message>
    <message>
        <source>%1: %2 on the card, %3 on the record</source>
        <translation>%1 : %2 sur la carte, %3 sur la fiche</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>The eID card and the record differ; nothing was changed. Check who is at the desk, then correct the record if it is wrong: %1.</source>
        <translation>La carte eID et la fiche diffèrent ; rien n&apos;a été modifié. Vérifiez qui est au guichet, puis corrigez la fiche si elle est fausse : %1.</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Conjoint(e)</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Autre proche</translation>
    </message>
    <message>
        <source>The relationship is child, spouse, parent or other.</source>
        <translation>Le lien est child (enfant), spouse (conjoint), parent ou other (autre).</translation>
    </message>
    <message>
        <source>This record was merged into another one.</source>
        <translation>Ce dossier a été fusionné dans un autre.</translation>
    </message>
    <message>
        <source>%1 is already their own account holder.</source>
        <translation>%1 est déjà son propre titulaire.</translation>
    </message>
    <message>
        <source>The eID card is not this record&apos;s (%1): the address was not changed.</source>
        <translation>La carte eID n&apos;est pas celle de ce dossier (%1) : l&apos;adresse n&apos;a pas été changée.</translation>
    </message>
    <message>
        <source>The usual medication is limited to 2,000 characters (%1 given).</source>
        <translation>Le traitement habituel est limité à 2 000 caractères (%1 saisis).</translation>
    </message>
    <message>
        <source>The usual medication contains a control character: type it again as text.</source>
        <translation>Le traitement habituel contient un caractère de contrôle : saisissez-le à nouveau comme du texte.</translation>
    </message>
    <message>
        <source>Usual medication changed.</source>
        <translation>Traitement habituel modifié.</translation>
    </message>
</context>
<context>
    <name>PatientValidator</name>
    <message>
        <source>The birth date is required.</source>
        <translation>La date de naissance est obligatoire.</translation>
    </message>
    <message>
        <source>The birth date %1 does not exist in the calendar.</source>
        <translation>La date de naissance %1 n&apos;existe pas dans le calendrier.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>La date de naissance ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The birth date is before 1890: probably a typing error.</source>
        <translation>La date de naissance est antérieure à 1890 : probablement une faute de frappe.</translation>
    </message>
    <message>
        <source>A French postcode has 5 digits.</source>
        <translation>Un code postal français a 5 chiffres.</translation>
    </message>
    <message>
        <source>A Belgian postcode has 4 digits and does not start with 0.</source>
        <translation>Un code postal belge a 4 chiffres et ne commence pas par 0.</translation>
    </message>
    <message>
        <source>This postcode is not valid.</source>
        <translation>Ce code postal n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The birth name</source>
        <translation>le nom de naissance</translation>
    </message>
    <message>
        <source>The first names</source>
        <translation>les prénoms</translation>
    </message>
    <message>
        <source>The sex is required.</source>
        <translation>Le sexe est obligatoire.</translation>
    </message>
    <message>
        <source>The sex is female, male, other or unknown.</source>
        <translation>Le sexe est : female (femme), male (homme), other (autre) ou unknown (inconnu).</translation>
    </message>
    <message>
        <source>The usage name</source>
        <translation>le nom d&apos;usage</translation>
    </message>
    <message>
        <source>The first name used</source>
        <translation>le prénom usuel</translation>
    </message>
    <message>
        <source>The birth place code</source>
        <translation>le code du lieu de naissance</translation>
    </message>
    <message>
        <source>The national register number gives the birth date %1, not %2.</source>
        <translation>Le numéro de registre national donne la date de naissance %1, pas %2.</translation>
    </message>
    <message>
        <source>The national register number does not match the sex given.</source>
        <translation>Le numéro de registre national ne correspond pas au sexe indiqué.</translation>
    </message>
    <message>
        <source>The social security number does not match the sex given.</source>
        <translation>Le numéro de sécurité sociale ne correspond pas au sexe indiqué.</translation>
    </message>
    <message>
        <source>The social security number does not match the birth date (year and month).</source>
        <translation>Le numéro de sécurité sociale ne correspond pas à la date de naissance (année et mois).</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>l&apos;adresse</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>la ville</translation>
    </message>
    <message>
        <source>The language is fr, nl or en.</source>
        <translation>La langue est fr, nl ou en.</translation>
    </message>
    <message>
        <source>The birth date %1 gives a day without its month.</source>
        <translation>La date de naissance %1 donne un jour sans son mois.</translation>
    </message>
    <message>
        <source>The birth date &quot;%1&quot; is not a date; type it as 31/12/1980 (or 12/1980, or 1980 when the day or the month is unknown).</source>
        <translation>La date de naissance « %1 » n&apos;est pas une date ; tapez-la comme 31/12/1980 (ou 12/1980, ou 1980 si le jour ou le mois est inconnu).</translation>
    </message>
    <message>
        <source>The country is given by its two-letter code (BE, FR, NL…), not &quot;%1&quot;.</source>
        <translation>Le pays s&apos;indique par son code à deux lettres (BE, FR, NL…), pas « %1 ».</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>Le numéro de téléphone est vide.</translation>
    </message>
    <message>
        <source>A phone number contains only digits, spaces, dots, hyphens and a leading +.</source>
        <translation>Un numéro de téléphone ne contient que des chiffres, espaces, points, tirets et un + au début.</translation>
    </message>
    <message>
        <source>This phone number is too short.</source>
        <translation>Ce numéro de téléphone est trop court.</translation>
    </message>
    <message>
        <source>This phone number is too long.</source>
        <translation>Ce numéro de téléphone est trop long.</translation>
    </message>
    <message>
        <source>The country code of this phone number is unknown.</source>
        <translation>L&apos;indicatif de pays de ce numéro est inconnu.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Ce n&apos;est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>This number does not exist in France: a French number has 10 digits and starts with 0.</source>
        <translation>Ce numéro n&apos;existe pas en France : un numéro français a 10 chiffres et commence par 0.</translation>
    </message>
    <message>
        <source>This number does not exist in Belgium: check the zone prefix and the number of digits.</source>
        <translation>Ce numéro n&apos;existe pas en Belgique : vérifiez l&apos;indicatif de zone et le nombre de chiffres.</translation>
    </message>
    <message>
        <source>This phone number does not exist.</source>
        <translation>Ce numéro de téléphone n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>PracticeRules</name>
    <message>
        <source>Unknown setting &quot;%1&quot;. Known: %2.</source>
        <translation>Réglage inconnu « %1 ». Réglages connus : %2.</translation>
    </message>
</context>
<context>
    <name>PracticeSettings</name>
    <message>
        <source>The setting %1 takes a whole number from %2 to %3.</source>
        <translation>Le réglage %1 prend un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;. Known: %2.</source>
        <translation>Réglage inconnu « %1 ». Réglages connus : %2.</translation>
    </message>
    <message>
        <source>Unexcused no-shows with one practitioner after which the patient may no longer book that practitioner online</source>
        <translation>Absences non excusées chez un praticien après lesquelles le patient ne peut plus le réserver en ligne</translation>
    </message>
    <message>
        <source>no-shows</source>
        <translation>absences</translation>
    </message>
    <message>
        <source>A late cancellation counts as a no-show toward the block</source>
        <translation>Une annulation tardive compte comme une absence pour le blocage</translation>
    </message>
    <message>
        <source>Time to undo a mistaken no-show before the &quot;did you miss your appointment?&quot; notice leaves</source>
        <translation>Délai pour défaire une absence notée par erreur avant l&apos;envoi de l&apos;avis « avez-vous manqué votre rendez-vous ? »</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Minimum days between two appointments with the same practitioner or specialty, for the visit reasons that apply the spacing rule</source>
        <translation>Jours minimum entre deux rendez-vous chez le même praticien ou la même spécialité, pour les motifs qui appliquent la règle d&apos;espacement</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>How long a slot chosen online is held while the patient confirms</source>
        <translation>Durée pendant laquelle un créneau choisi en ligne est retenu pendant que le patient confirme</translation>
    </message>
    <message>
        <source>Confirmations, reminders and notices are sent to patients</source>
        <translation>Les confirmations, rappels et avis sont envoyés aux patients</translation>
    </message>
    <message>
        <source>The visit reason (a health detail) may appear in an SMS</source>
        <translation>Le motif (une donnée de santé) peut figurer dans un SMS</translation>
    </message>
    <message>
        <source>Cancellations and moves are also told by SMS</source>
        <translation>Les annulations et déplacements sont aussi annoncés par SMS</translation>
    </message>
    <message>
        <source>The waiting list is offered for appointments further away than this, when nothing is free before</source>
        <translation>La liste d&apos;attente est proposée pour les rendez-vous plus lointains, quand rien n&apos;est libre avant</translation>
    </message>
    <message>
        <source>Patients of the waiting list offered a freed slot, first come first</source>
        <translation>Patients de la liste d&apos;attente à qui un créneau libéré est proposé, par ordre d&apos;inscription</translation>
    </message>
    <message>
        <source>patients</source>
        <translation>patients</translation>
    </message>
    <message>
        <source>How often freed slots are looked for</source>
        <translation>Fréquence de la recherche des créneaux libérés</translation>
    </message>
    <message>
        <source>Unaccepted offers after which a patient leaves the waiting list</source>
        <translation>Propositions non acceptées après lesquelles un patient quitte la liste d&apos;attente</translation>
    </message>
    <message>
        <source>offers</source>
        <translation>propositions</translation>
    </message>
    <message>
        <source>Documents are listed this long after being added, then archived (kept, retrievable)</source>
        <translation>Les documents restent affichés ce temps après leur ajout, puis sont archivés (conservés, récupérables)</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>Days of free slots this desk publishes online (0: another desk publishes them)</source>
        <translation>Jours de créneaux libres que ce poste publie en ligne (0 : un autre poste les publie)</translation>
    </message>
    <message>
        <source>Time between two exchanges with the central agenda</source>
        <translation>Temps entre deux échanges avec l&apos;agenda central</translation>
    </message>
    <message>
        <source>This desk plans the messages of bookings made online</source>
        <translation>Ce poste planifie les messages des réservations faites en ligne</translation>
    </message>
    <message>
        <source>Longest time a desk stays unlocked without use; each desk may choose a shorter one, never a longer one nor none</source>
        <translation>Durée la plus longue pendant laquelle un poste reste déverrouillé sans utilisation ; chaque poste peut en choisir une plus courte, jamais une plus longue ni aucune</translation>
    </message>
    <message>
        <source>Hour of the day after which the day&apos;s backup is made into the backup folder</source>
        <translation>Heure après laquelle la sauvegarde du jour est faite dans le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Daily backups kept (the latest of each day)</source>
        <translation>Sauvegardes quotidiennes gardées (la dernière de chaque jour)</translation>
    </message>
    <message>
        <source>Weekly backups kept beyond the daily ones (the latest of each week)</source>
        <translation>Sauvegardes hebdomadaires gardées au-delà des quotidiennes (la dernière de chaque semaine)</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>The practice&apos;s administrators also read medical content (the usual medication); practitioners always do, secretaries never</source>
        <translation>Les administrateurs du cabinet lisent aussi le contenu médical (le traitement habituel) ; les praticiens toujours, les secrétaires jamais</translation>
    </message>
</context>
<context>
    <name>PracticeSetup</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1 est trop long (au plus %2 caractères).</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 doit être compris entre %2 et %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The site&apos;s name</source>
        <translation>Le nom du site</translation>
    </message>
    <message>
        <source>Guichet serves practices in Belgium (BE) and France (FR); &quot;%1&quot; is neither.</source>
        <translation>Guichet sert les cabinets de Belgique (BE) et de France (FR) ; « %1 » n&apos;est ni l&apos;un ni l&apos;autre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone (for example Europe/Brussels).</source>
        <translation>« %1 » n&apos;est pas un fuseau horaire (par exemple Europe/Brussels).</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>L&apos;adresse</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>La ville</translation>
    </message>
    <message>
        <source>A Belgian postcode has 4 digits (for example 1000); &quot;%1&quot; does not.</source>
        <translation>Un code postal belge a 4 chiffres (par exemple 1000) ; « %1 » non.</translation>
    </message>
    <message>
        <source>A French postcode has 5 digits (for example 75011); &quot;%1&quot; does not.</source>
        <translation>Un code postal français a 5 chiffres (par exemple 75011) ; « %1 » non.</translation>
    </message>
    <message>
        <source>The site&apos;s phone</source>
        <translation>Le téléphone du site</translation>
    </message>
    <message>
        <source>The access information</source>
        <translation>Les informations d&apos;accès</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Le titre</translation>
    </message>
    <message>
        <source>The first name</source>
        <translation>Le prénom</translation>
    </message>
    <message>
        <source>The last name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <source>The specialty</source>
        <translation>La spécialité</translation>
    </message>
    <message>
        <source>Choose the site where the practitioner consults.</source>
        <translation>Choisissez le site où consulte le praticien.</translation>
    </message>
    <message>
        <source>No site has the identifier %1.</source>
        <translation>Aucun site n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The colour is written #rrggbb (for example #4a90d9); &quot;%1&quot; is not.</source>
        <translation>La couleur s&apos;écrit #rrggbb (par exemple #4a90d9) ; « %1 » non.</translation>
    </message>
    <message>
        <source>The online cancellation deadline (hours)</source>
        <translation>Le délai d&apos;annulation en ligne (heures)</translation>
    </message>
    <message>
        <source>The online booking window (days ahead)</source>
        <translation>La période de réservation en ligne (jours à l&apos;avance)</translation>
    </message>
    <message>
        <source>The minimum notice for online bookings (hours)</source>
        <translation>Le délai minimum des réservations en ligne (heures)</translation>
    </message>
    <message>
        <source>The months after the last visit</source>
        <translation>Les mois depuis la dernière visite</translation>
    </message>
    <message>
        <source>Choose the practitioner of this visit reason.</source>
        <translation>Choisissez le praticien de ce motif.</translation>
    </message>
    <message>
        <source>No practitioner has the identifier %1.</source>
        <translation>Aucun praticien n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The visit reason&apos;s label</source>
        <translation>Le libellé du motif</translation>
    </message>
    <message>
        <source>The duration (minutes)</source>
        <translation>La durée (minutes)</translation>
    </message>
    <message>
        <source>The colour is written #rrggbb (for example #7fb3e6); &quot;%1&quot; is not.</source>
        <translation>La couleur s&apos;écrit #rrggbb (par exemple #7fb3e6) ; « %1 » non.</translation>
    </message>
    <message>
        <source>The number patients must call</source>
        <translation>Le numéro que les patients doivent appeler</translation>
    </message>
    <message>
        <source>The minimum age</source>
        <translation>L&apos;âge minimum</translation>
    </message>
    <message>
        <source>The maximum age</source>
        <translation>L&apos;âge maximum</translation>
    </message>
    <message>
        <source>The maximum age (%1) is below the minimum age (%2).</source>
        <translation>L&apos;âge maximum (%1) est inférieur à l&apos;âge minimum (%2).</translation>
    </message>
    <message>
        <source>The instructions</source>
        <translation>Les consignes</translation>
    </message>
    <message>
        <source>A visit is either by video or at the patient&apos;s home, not both.</source>
        <translation>Une visite se fait soit en vidéo, soit au domicile du patient, pas les deux.</translation>
    </message>
</context>
<context>
    <name>PractitionersPage</name>
    <message>
        <source>General practice</source>
        <translation>Médecine générale</translation>
    </message>
    <message>
        <source>Paediatrics</source>
        <translation>Pédiatrie</translation>
    </message>
    <message>
        <source>Dermatology</source>
        <translation>Dermatologie</translation>
    </message>
    <message>
        <source>Gynaecology</source>
        <translation>Gynécologie</translation>
    </message>
    <message>
        <source>Cardiology</source>
        <translation>Cardiologie</translation>
    </message>
    <message>
        <source>Ophthalmology</source>
        <translation>Ophtalmologie</translation>
    </message>
    <message>
        <source>Dentistry</source>
        <translation>Dentisterie</translation>
    </message>
    <message>
        <source>Physiotherapy</source>
        <translation>Kinésithérapie</translation>
    </message>
    <message>
        <source>Speech therapy</source>
        <translation>Logopédie</translation>
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
        <translation>Un numéro RPPS a 11 chiffres ; « %1 » non.</translation>
    </message>
    <message>
        <source>The RPPS number %1 is not valid (its last digit does not match): check it on the practitioner&apos;s card.</source>
        <translation>Le numéro RPPS %1 n&apos;est pas valide (son dernier chiffre ne correspond pas) : vérifiez-le sur la carte du praticien.</translation>
    </message>
    <message>
        <source>An INAMI number has 11 digits (1-23456-78-901); &quot;%1&quot; does not.</source>
        <translation>Un numéro INAMI a 11 chiffres (1-23456-78-901) ; « %1 » non.</translation>
    </message>
    <message>
        <source>The INAMI number %1 is not valid (its check digits do not match): check it on the practitioner&apos;s documents.</source>
        <translation>Le numéro INAMI %1 n&apos;est pas valide (ses chiffres de contrôle ne correspondent pas) : vérifiez-le sur les documents du praticien.</translation>
    </message>
</context>
<context>
    <name>RescheduleCommand</name>
    <message>
        <source>move</source>
        <translation>déplacement</translation>
    </message>
    <message>
        <source>change of length</source>
        <translation>changement de durée</translation>
    </message>
    <message>
        <source>Move undone: back to %1.</source>
        <translation>Déplacement défait : de retour à %1.</translation>
    </message>
    <message>
        <source>Moved again: %1.</source>
        <translation>De nouveau déplacé : %1.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Secretary</source>
        <translation>Secrétaire</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>view the agenda</source>
        <translation>consulter l&apos;agenda</translation>
    </message>
    <message>
        <source>book appointments</source>
        <translation>prendre des rendez-vous</translation>
    </message>
    <message>
        <source>edit patient records</source>
        <translation>modifier les dossiers patients</translation>
    </message>
    <message>
        <source>merge patient records</source>
        <translation>fusionner des dossiers patients</translation>
    </message>
    <message>
        <source>erase a no-show</source>
        <translation>effacer un rendez-vous non honoré</translation>
    </message>
    <message>
        <source>lift an online-booking block</source>
        <translation>lever un blocage de la prise de rendez-vous en ligne</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>gérer les utilisateurs</translation>
    </message>
    <message>
        <source>change the practice settings</source>
        <translation>modifier les réglages du cabinet</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>change a practitioner&apos;s usual week</source>
        <translation>modifier la semaine type d’un praticien</translation>
    </message>
    <message>
        <source>export patient data to a file</source>
        <translation>exporter des données de patients dans un fichier</translation>
    </message>
    <message>
        <source>change the central agenda or its sign-in</source>
        <translation>changer l’agenda central ou sa connexion</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>consulter le journal d’audit</translation>
    </message>
    <message>
        <source>read medical content</source>
        <translation>lire le contenu médical</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The tour stopped: %1</source>
        <translation>La visite s&apos;est arrêtée : %1</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 n&apos;a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keychain is available (on Linux, the Secret Service: GNOME Keyring or KWallet). Guichet keeps its secrets nowhere else; ask IT to start one.</source>
        <translation>Aucun trousseau système n’est disponible (sous Linux, le Secret Service : GNOME Keyring ou KWallet). Guichet ne garde ses secrets nulle part ailleurs ; demandez à l’informatique d’en démarrer un.</translation>
    </message>
    <message>
        <source>The system keychain refused access; unlock it and try again.</source>
        <translation>Le trousseau du système a refusé l’accès ; déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The secret is not in the system keychain.</source>
        <translation>Le secret n’est pas dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Le trousseau du système a échoué : %1</translation>
    </message>
    <message>
        <source>The system keychain did not answer within 30 seconds.</source>
        <translation>Le trousseau du système n’a pas répondu dans les 30 secondes.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>The server address is not a web address (for example https://agenda.example.be/fhir).</source>
        <translation>L&apos;adresse du serveur n&apos;est pas une adresse web (par exemple https://agenda.exemple.be/fhir).</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http is only accepted for this computer).</source>
        <translation>L&apos;adresse du serveur doit commencer par https:// (http simple n&apos;est accepté que pour cet ordinateur).</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password: sign in with a token instead.</source>
        <translation>L&apos;adresse du serveur ne doit contenir ni nom d&apos;utilisateur ni mot de passe : connectez-vous plutôt avec un jeton.</translation>
    </message>
    <message>
        <source>The server address must not contain &apos;?&apos; or &apos;#&apos;.</source>
        <translation>L&apos;adresse du serveur ne doit contenir ni « ? » ni « # ».</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>As %1, %2 may not %3. Ask an administrator.</source>
        <translation>En tant que %1, %2 ne peut pas %3. Demandez à un administrateur.</translation>
    </message>
    <message>
        <source>%1 may %2 only for their own patients: ask the practitioner concerned or an administrator.</source>
        <translation>%1 ne peut %2 que pour ses propres patients : demandez au praticien concerné ou à un administrateur.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Sending changes</source>
        <translation>Envoi des modifications</translation>
    </message>
    <message>
        <source>The central agenda cannot be reached: %1</source>
        <translation>L&apos;agenda central est injoignable : %1</translation>
    </message>
    <message>
        <source>%1 %2 not sent: %3</source>
        <translation>%1 %2 non envoyé : %3</translation>
    </message>
    <message>
        <source>Receiving %1</source>
        <translation>Réception : %1</translation>
    </message>
    <message>
        <source>Receiving %1 failed: %2</source>
        <translation>La réception de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1/%2 refused: %3</source>
        <translation>%1/%2 refusé : %3</translation>
    </message>
    <message>
        <source>references nested too deeply</source>
        <translation>références imbriquées trop profondément</translation>
    </message>
    <message>
        <source>%1/%2 could not be read: %3</source>
        <translation>%1/%2 illisible : %3</translation>
    </message>
    <message>
        <source>%1/%2 could not be linked</source>
        <translation>%1/%2 ne peut être relié</translation>
    </message>
    <message>
        <source>resource type %1 is not synchronised</source>
        <translation>le type de ressource %1 n&apos;est pas synchronisé</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>central agenda</source>
        <translation>agenda central</translation>
    </message>
    <message>
        <source>No synchronisation conflict has the identifier %1.</source>
        <translation>Aucun conflit de synchronisation n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>This conflict was already settled (%1).</source>
        <translation>Ce conflit a déjà été réglé (%1).</translation>
    </message>
    <message>
        <source>Choose %1.</source>
        <translation>Choisissez %1.</translation>
    </message>
    <message>
        <source>Two bookings of the same slot</source>
        <translation>Deux réservations du même créneau</translation>
    </message>
    <message>
        <source>The server&apos;s version refers to a patient or practitioner not received yet: synchronise first.</source>
        <translation>La version du serveur renvoie à un patient ou un praticien pas encore reçu : synchronisez d&apos;abord.</translation>
    </message>
    <message>
        <source>Conflict settled: the central agenda&apos;s version</source>
        <translation>Conflit réglé : version de l&apos;agenda central</translation>
    </message>
    <message>
        <source>Decided on the central agenda</source>
        <translation>Décidé sur l&apos;agenda central</translation>
    </message>
    <message>
        <source>Binary/%1 could not be read: %2</source>
        <translation>Binary/%1 illisible : %2</translation>
    </message>
    <message>
        <source>the document&apos;s size does not match its description</source>
        <translation>la taille du document ne correspond pas à sa description</translation>
    </message>
    <message>
        <source>the document&apos;s content does not match its hash</source>
        <translation>le contenu du document ne correspond pas à son empreinte</translation>
    </message>
    <message>
        <source>patient (online)</source>
        <translation>patient (en ligne)</translation>
    </message>
    <message>
        <source>Free slots of %1 not sent: %2</source>
        <translation>Créneaux libres de %1 non envoyés : %2</translation>
    </message>
    <message>
        <source>Free slots of %1 not checked: %2</source>
        <translation>Créneaux libres de %1 non vérifiés : %2</translation>
    </message>
    <message>
        <source>the document&apos;s content is not on the central agenda yet</source>
        <translation>le contenu du document n&apos;est pas encore sur l&apos;agenda central</translation>
    </message>
    <message>
        <source>the central agenda&apos;s answer has no identifier</source>
        <translation>la réponse de l&apos;agenda central n&apos;a pas d&apos;identifiant</translation>
    </message>
    <message>
        <source>Waiting list not checked: %1</source>
        <translation>Liste d&apos;attente non vérifiée : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting-list offer(s) made</source>
        <translation>
            <numerusform>%n proposition de la liste d&apos;attente envoyée</numerusform>
            <numerusform>%n propositions de la liste d&apos;attente envoyées</numerusform>
        </translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <source>Messages not planned: %1</source>
        <translation>Messages non planifiés : %1</translation>
    </message>
    <message>
        <source>The central agenda no longer accepts this desk&apos;s sign-in: nothing is lost, the changes wait here. Sign in again (File, Central agenda).</source>
        <translation>L&apos;agenda central n&apos;accepte plus la connexion de ce poste : rien n&apos;est perdu, les modifications attendent ici. Reconnectez-vous (Fichier, Agenda central).</translation>
    </message>
    <message>
        <source>the hold has ended</source>
        <translation>le créneau n&apos;est plus retenu</translation>
    </message>
    <message>
        <source>Patient %1 received: %2 not kept (%3).</source>
        <translation>Patient %1 reçu : %2 non conservé(e) (%3).</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>le numéro de téléphone</translation>
    </message>
</context>
<context>
    <name>SyncReview</name>
    <message>
        <source>another desk</source>
        <translation>un autre poste</translation>
    </message>
    <message>
        <source>Give the item&apos;s identifier (at least its first eight characters).</source>
        <translation>Indiquez l&apos;identifiant de l&apos;élément (au moins ses huit premiers caractères).</translation>
    </message>
    <message>
        <source>No item to check has the identifier %1.</source>
        <translation>Aucun élément à vérifier n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Several items to check start with %1: give more characters.</source>
        <translation>Plusieurs éléments à vérifier commencent par %1 : donnez plus de caractères.</translation>
    </message>
    <message>
        <source>This item was already settled (%1).</source>
        <translation>Cet élément a déjà été réglé (%1).</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Le motif</translation>
    </message>
    <message>
        <source>Say why the appointment is kept despite the rule.</source>
        <translation>Indiquez pourquoi le rendez-vous est gardé malgré la règle.</translation>
    </message>
    <message>
        <source>A cancellation needs a reason.</source>
        <translation>Une annulation doit avoir un motif.</translation>
    </message>
    <message>
        <source>This appointment is no longer booked (%1): there is nothing to cancel.</source>
        <translation>Ce rendez-vous n&apos;est plus réservé (%1) : il n&apos;y a rien à annuler.</translation>
    </message>
    <message>
        <source>Booked online</source>
        <translation>Réservé en ligne</translation>
    </message>
    <message>
        <source>Moved online</source>
        <translation>Déplacé en ligne</translation>
    </message>
    <message>
        <source>Booked again online</source>
        <translation>Repris en ligne</translation>
    </message>
    <message>
        <source>Cancelled online</source>
        <translation>Annulé en ligne</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>gardé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>patient called</source>
        <translation>patient appelé</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>The account name must be at most 100 characters, without &apos;@&apos; or &apos;:&apos;.</source>
        <translation>Le nom du compte fait au plus 100 caractères, sans « @ » ni « : ».</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>Le jeton est vide.</translation>
    </message>
    <message>
        <source>The token is too long (more than 16 KB).</source>
        <translation>Le jeton est trop long (plus de 16 Ko).</translation>
    </message>
    <message>
        <source>The token contains spaces or characters a token cannot hold: paste it exactly as the central agenda gave it.</source>
        <translation>Le jeton contient des espaces ou des caractères impossibles dans un jeton : collez-le tel que l&apos;agenda central l&apos;a donné.</translation>
    </message>
    <message>
        <source>No central agenda is set: give its address first (File, Central agenda).</source>
        <translation>Aucun agenda central n&apos;est configuré : indiquez d&apos;abord son adresse (Fichier, Agenda central).</translation>
    </message>
    <message>
        <source>Not signed in to the central agenda: sign in first (File, Central agenda).</source>
        <translation>Pas connecté à l&apos;agenda central : connectez-vous d&apos;abord (Fichier, Agenda central).</translation>
    </message>
    <message>
        <source>The state of the link with the central agenda could not be read: %1</source>
        <translation>L&apos;état du lien avec l&apos;agenda central n&apos;a pas pu être lu : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will leave with the next exchange with the central agenda.</source>
        <translation>
            <numerusform>%n message partira au prochain échange avec l&apos;agenda central.</numerusform>
            <numerusform>%n messages partiront au prochain échange avec l&apos;agenda central.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) ready — they will leave as soon as the central agenda can be reached (it cannot now): phone the patients who must know at once.</source>
        <translation>
            <numerusform>%n message prêt — il partira dès que l&apos;agenda central sera joignable (il ne l&apos;est pas) : téléphonez aux patients qui doivent savoir tout de suite.</numerusform>
            <numerusform>%n messages prêts — ils partiront dès que l&apos;agenda central sera joignable (il ne l&apos;est pas) : téléphonez aux patients qui doivent savoir tout de suite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) ready — they will leave once this desk signs in to the central agenda again (File, Central agenda): phone the patients who must know at once.</source>
        <translation>
            <numerusform>%n message prêt — il partira quand ce poste se sera reconnecté à l&apos;agenda central (Fichier, Agenda central) : téléphonez aux patients qui doivent savoir tout de suite.</numerusform>
            <numerusform>%n messages prêts — ils partiront quand ce poste se sera reconnecté à l&apos;agenda central (Fichier, Agenda central) : téléphonez aux patients qui doivent savoir tout de suite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) ready, but none can leave before a central agenda is set up (File, Central agenda): phone the patients.</source>
        <translation>
            <numerusform>%n message prêt, mais rien ne peut partir avant qu&apos;un agenda central soit configuré (Fichier, Agenda central) : téléphonez aux patients.</numerusform>
            <numerusform>%n messages prêts, mais rien ne peut partir avant qu&apos;un agenda central soit configuré (Fichier, Agenda central) : téléphonez aux patients.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared: the patient will find it in the online agenda after the next synchronisation.</source>
        <translation>Partagé : le patient le trouvera dans l&apos;agenda en ligne après la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Marked as shared: it will reach the patient&apos;s online space as soon as the central agenda can be reached (it cannot now).</source>
        <translation>Marqué comme partagé : il arrivera dans l&apos;espace en ligne du patient dès que l&apos;agenda central sera joignable (il ne l&apos;est pas).</translation>
    </message>
    <message>
        <source>Marked as shared: it will reach the patient&apos;s online space once this desk signs in to the central agenda again (File, Central agenda).</source>
        <translation>Marqué comme partagé : il arrivera dans l&apos;espace en ligne du patient quand ce poste se sera reconnecté à l&apos;agenda central (Fichier, Agenda central).</translation>
    </message>
    <message>
        <source>Marked as shared: it will reach the patient&apos;s online space once a central agenda is set up (File, Central agenda); nothing can leave before.</source>
        <translation>Marqué comme partagé : il arrivera dans l&apos;espace en ligne du patient quand un agenda central sera configuré (Fichier, Agenda central) ; rien ne peut partir avant.</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>%1 is too long (%2 characters at most).</source>
        <translation>%1 : trop long (%2 caractères au maximum).</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>The user&apos;s full name is required.</source>
        <translation>Le nom complet de l&apos;utilisateur est obligatoire.</translation>
    </message>
    <message>
        <source>A user is already called &quot;%1&quot;.</source>
        <translation>Un utilisateur s&apos;appelle déjà « %1 ».</translation>
    </message>
    <message>
        <source>A login has 2 to 32 characters: letters without accents, digits, dots, hyphens or underscores.</source>
        <translation>Un identifiant a 2 à 32 caractères : lettres sans accents, chiffres, points, tirets ou soulignés.</translation>
    </message>
    <message>
        <source>This installation already has users; an administrator must create new ones.</source>
        <translation>Cette installation a déjà des utilisateurs ; un administrateur doit créer les nouveaux.</translation>
    </message>
    <message>
        <source>Unknown login or wrong password.</source>
        <translation>Identifiant inconnu ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>The sign-in could not be recorded in the audit log: %1</source>
        <translation>La connexion n&apos;a pas pu être inscrite au journal d&apos;audit : %1</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account waits until %1. Try again then, or ask an administrator to set a new password.</source>
        <translation>Trop de mots de passe erronés : ce compte est en attente jusqu&apos;à %1. Réessayez à ce moment-là, ou demandez à un administrateur de définir un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>Ce compte est désactivé. Adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <source>This is the last active administrator: name another one first.</source>
        <translation>C&apos;est le dernier administrateur actif : désignez-en d&apos;abord un autre.</translation>
    </message>
    <message>
        <source>You cannot remove your own administrator role.</source>
        <translation>Vous ne pouvez pas retirer votre propre rôle d&apos;administrateur.</translation>
    </message>
    <message>
        <source>No practitioner has the identifier %1.</source>
        <translation>Aucun praticien n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The full name is required (at most 120 characters).</source>
        <translation>Le nom complet est obligatoire (au plus 120 caractères).</translation>
    </message>
</context>
<context>
    <name>WaitingList</name>
    <message>
        <source>earlier slot taken</source>
        <translation>créneau plus tôt accepté</translation>
    </message>
    <message>
        <source>Only a booked appointment can go on the waiting list.</source>
        <translation>Seul un rendez-vous réservé peut être mis sur la liste d&apos;attente.</translation>
    </message>
    <message>
        <source>The appointment needs a visit reason to look for an earlier slot.</source>
        <translation>Le rendez-vous doit avoir un motif pour chercher un créneau plus tôt.</translation>
    </message>
    <message numerus="yes">
        <source>The waiting list is offered only for an appointment more than %n days away.</source>
        <translation>
            <numerusform>La liste d&apos;attente n&apos;est proposée que pour un rendez-vous dans plus de %n jour.</numerusform>
            <numerusform>La liste d&apos;attente n&apos;est proposée que pour un rendez-vous dans plus de %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>A slot is free sooner, on %1: offer it to the patient rather than the waiting list.</source>
        <translation>Un créneau est libre plus tôt, le %1 : proposez-le au patient plutôt que la liste d&apos;attente.</translation>
    </message>
    <message>
        <source>This appointment is already on the waiting list.</source>
        <translation>Ce rendez-vous est déjà sur la liste d&apos;attente.</translation>
    </message>
    <message>
        <source>This patient is no longer on the waiting list.</source>
        <translation>Ce patient n&apos;est plus sur la liste d&apos;attente.</translation>
    </message>
    <message>
        <source>left at the patient&apos;s request</source>
        <translation>retiré à la demande du patient</translation>
    </message>
    <message>
        <source>No waiting-list entry has the identifier %1.</source>
        <translation>Aucune inscription sur la liste d&apos;attente n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>No waiting-list offer has the identifier %1.</source>
        <translation>Aucune proposition de la liste d&apos;attente n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>the appointment is no longer to come</source>
        <translation>le rendez-vous n&apos;est plus à venir</translation>
    </message>
    <message numerus="yes">
        <source>%n offers not taken</source>
        <translation>
            <numerusform>%n proposition non acceptée</numerusform>
            <numerusform>%n propositions non acceptées</numerusform>
        </translation>
    </message>
    <message>
        <source>This offer is closed (%1): the slot was taken, has passed or was refused.</source>
        <translation>Cette proposition est close (%1) : le créneau a été pris, est passé ou a été refusé.</translation>
    </message>
    <message>
        <source>Replaced by an earlier slot offered from the waiting list</source>
        <translation>Remplacé par un créneau plus tôt proposé par la liste d&apos;attente</translation>
    </message>
    <message>
        <source>central agenda</source>
        <translation>agenda central</translation>
    </message>
</context>
<context>
    <name>guichet::AbsenceDialog</name>
    <message>
        <source>Declare an absence</source>
        <translation>Déclarer une absence</translation>
    </message>
    <message>
        <source>Holidays, training, illness…</source>
        <translation>Congés, formation, maladie…</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Praticien :</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Declare</source>
        <translation>Déclarer</translation>
    </message>
    <message>
        <source>Absence declared. No booked patient is affected.</source>
        <translation>Absence déclarée. Aucun patient ayant rendez-vous n&apos;est concerné.</translation>
    </message>
    <message numerus="yes">
        <source>Absence declared. %n booked patient(s) must be called and moved:</source>
        <translation>
            <numerusform>Absence déclarée. %n patient ayant rendez-vous doit être appelé et déplacé :</numerusform>
            <numerusform>Absence déclarée. %n patients ayant rendez-vous doivent être appelés et déplacés :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::AdministrationDialog</name>
    <message>
        <source>Administration of the practice</source>
        <translation>Administration du cabinet</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Praticiens</translation>
    </message>
    <message>
        <source>Visit reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Hours and absences</source>
        <translation>Horaires et absences</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Practice rules</source>
        <translation>Règles du cabinet</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>guichet::AgendaGrid</name>
    <message>
        <source>Opening hours or absences could not be read: %1</source>
        <translation>Les heures d&apos;ouverture ou les absences n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>with a note</source>
        <translation>avec une note</translation>
    </message>
    <message>
        <source>Free time at %1, %2</source>
        <translation>Libre à %1, %2</translation>
    </message>
    <message>
        <source>Open the appointment</source>
        <translation>Ouvrir le rendez-vous</translation>
    </message>
    <message>
        <source>Book here</source>
        <translation>Réserver ici</translation>
    </message>
    <message>
        <source>Agenda of the week of %1</source>
        <translation>Agenda de la semaine du %1</translation>
    </message>
    <message>
        <source>Agenda of %1</source>
        <translation>Agenda du %1</translation>
    </message>
    <message>
        <source>Arrows move between the practitioners and along the day; Enter opens the appointment or books the free time.</source>
        <translation>Les flèches passent d&apos;un praticien à l&apos;autre et parcourent la journée ; Entrée ouvre le rendez-vous ou réserve le créneau libre.</translation>
    </message>
</context>
<context>
    <name>guichet::AgendaView</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>Afficher les annulés</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n rendez-vous</numerusform>
            <numerusform>%n rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the waiting room</source>
        <translation>
            <numerusform>%n en salle d&apos;attente</numerusform>
            <numerusform>%n en salle d&apos;attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still expected</source>
        <translation>
            <numerusform>%n encore attendu</numerusform>
            <numerusform>%n encore attendus</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient has &amp;arrived</source>
        <translation>Patient &amp;arrivé</translation>
    </message>
    <message>
        <source>Mark as &amp;not honoured</source>
        <translation>Marquer &amp;non honoré</translation>
    </message>
    <message>
        <source>Mark as not honoured, &amp;excused</source>
        <translation>Marquer non honoré, &amp;excusé</translation>
    </message>
    <message>
        <source>&amp;Undo the no-show</source>
        <translation>&amp;Retirer le « non honoré »</translation>
    </message>
    <message>
        <source>%1 has arrived.</source>
        <translation>%1 est arrivé(e).</translation>
    </message>
    <message>
        <source>The no-show of %1 is undone; no notice will be sent.</source>
        <translation>Le « non honoré » de %1 est annulé ; aucun message ne sera envoyé.</translation>
    </message>
    <message>
        <source>%1: not honoured, excused.</source>
        <translation>%1 : non honoré, excusé.</translation>
    </message>
    <message>
        <source>%1: not honoured. The patient will get a neutral notice unless you undo it today.</source>
        <translation>%1 : non honoré. Le patient recevra un message neutre, sauf si vous annulez aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Day list</source>
        <translation>Liste du jour</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>All practitioners</source>
        <translation>Tous les praticiens</translation>
    </message>
    <message>
        <source>New appointment…</source>
        <translation>Nouveau rendez-vous…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Ctrl+N; or click and drag on the day or week grid</source>
        <translation>Ctrl+N ; ou cliquer-glisser sur la grille jour ou semaine</translation>
    </message>
    <message>
        <source>Absence…</source>
        <translation>Absence…</translation>
    </message>
    <message>
        <source>Declare a practitioner&apos;s absence and see the booked patients to move</source>
        <translation>Déclarer l&apos;absence d&apos;un praticien et voir les patients à déplacer</translation>
    </message>
    <message>
        <source>&amp;In consultation</source>
        <translation>&amp;En consultation</translation>
    </message>
    <message>
        <source>Consultation &amp;done</source>
        <translation>Consultation &amp;terminée</translation>
    </message>
    <message>
        <source>&amp;Move or change the length…</source>
        <translation>&amp;Déplacer ou changer la durée…</translation>
    </message>
    <message>
        <source>&amp;Cancel the appointment…</source>
        <translation>A&amp;nnuler le rendez-vous…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Défaire</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refaire</translation>
    </message>
    <message>
        <source>New appointment: Ctrl+N, or click and drag on free time in the day or week grid. Drag an appointment to move it, its lower edge to change its length. Undo: Ctrl+Z.</source>
        <translation>Nouveau rendez-vous : Ctrl+N, ou cliquer-glisser sur un créneau libre de la grille jour ou semaine. Glisser un rendez-vous le déplace, glisser son bord inférieur change sa durée. Défaire la dernière action : Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>%n practitioner(s)</source>
        <translation>
            <numerusform>%n praticien</numerusform>
            <numerusform>%n praticiens</numerusform>
        </translation>
    </message>
    <message>
        <source>Done. Ctrl+Z undoes it.</source>
        <translation>Fait. Ctrl+Z pour défaire.</translation>
    </message>
    <message>
        <source>Appointment booked. Ctrl+Z undoes it.</source>
        <translation>Rendez-vous pris. Ctrl+Z pour défaire.</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Déplacé au %1.</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Ctrl+Z pour défaire.</translation>
    </message>
    <message>
        <source>Cancelled, late: the patient will get a neutral notice. Ctrl+Z undoes it.</source>
        <translation>Annulé tardivement : le patient recevra un message neutre. Ctrl+Z pour défaire.</translation>
    </message>
    <message>
        <source>Cancelled. Ctrl+Z undoes it.</source>
        <translation>Rendez-vous annulé. Ctrl+Z pour défaire.</translation>
    </message>
    <message>
        <source>Move the appointment</source>
        <translation>Déplacer le rendez-vous</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>New start:</source>
        <translation>Nouveau début :</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <source>%1 is in consultation.</source>
        <translation>%1 est en consultation.</translation>
    </message>
    <message>
        <source>%1: consultation done.</source>
        <translation>%1 : consultation terminée.</translation>
    </message>
    <message>
        <source>Hours…</source>
        <translation>Horaires…</translation>
    </message>
    <message>
        <source>A practitioner&apos;s usual week and the days that differ (public holidays, exceptional hours)</source>
        <translation>La semaine type d’un praticien et les jours particuliers (jours fériés, horaires exceptionnels)</translation>
    </message>
    <message>
        <source>D&amp;ocuments of the appointment…</source>
        <translation>D&amp;ocuments du rendez-vous…</translation>
    </message>
    <message>
        <source>Documents — %1, %2</source>
        <translation>Documents — %1, %2</translation>
    </message>
    <message>
        <source>Messages to the &amp;patient…</source>
        <translation>&amp;Messages au patient…</translation>
    </message>
    <message>
        <source>&amp;Erase the no-show (unjustified)…</source>
        <translation>&amp;Effacer l&apos;absence (injustifiée)…</translation>
    </message>
    <message>
        <source>&amp;Block online booking…</source>
        <translation>&amp;Bloquer la réservation en ligne…</translation>
    </message>
    <message>
        <source>Erase the no-show</source>
        <translation>Effacer l&apos;absence</translation>
    </message>
    <message>
        <source>Why is this no-show unjustified? (kept in the audit log)</source>
        <translation>Pourquoi cette absence est-elle injustifiée ? (conservé au journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Block online booking</source>
        <translation>Bloquer la réservation en ligne</translation>
    </message>
    <message>
        <source>Lift the online block</source>
        <translation>Lever le blocage en ligne</translation>
    </message>
    <message>
        <source>Why is online booking blocked? (kept in the audit log)</source>
        <translation>Pourquoi bloquer la réservation en ligne ? (conservé au journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Why is the block lifted? (kept in the audit log)</source>
        <translation>Pourquoi lever le blocage ? (conservé au journal d&apos;audit)</translation>
    </message>
    <message>
        <source>&amp;Lift the online block…</source>
        <translation>&amp;Lever le blocage en ligne…</translation>
    </message>
    <message>
        <source>The no-show is erased: it stays in the history and no longer counts.</source>
        <translation>L&apos;absence est effacée : elle reste dans l&apos;historique et ne compte plus.</translation>
    </message>
    <message>
        <source>This patient can no longer book this practitioner online; the desk still can.</source>
        <translation>Ce patient ne peut plus réserver ce praticien en ligne ; l&apos;accueil le peut toujours.</translation>
    </message>
    <message>
        <source>The block is lifted: the patient may book online again.</source>
        <translation>Le blocage est levé : le patient peut de nouveau réserver en ligne.</translation>
    </message>
    <message>
        <source>Declare an absence…</source>
        <translation>Déclarer une absence…</translation>
    </message>
    <message>
        <source>Change or remove an absence…</source>
        <translation>Modifier ou supprimer une absence…</translation>
    </message>
    <message>
        <source>Absences and usual week</source>
        <translation>Absences et semaine type</translation>
    </message>
    <message>
        <source>Running late…</source>
        <translation>Retard…</translation>
    </message>
    <message>
        <source>Tell the patients still expected today that the practitioner is running late</source>
        <translation>Prévenir les patients encore attendus aujourd&apos;hui que le praticien a du retard</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Ctrl+F; a patient&apos;s appointments, or by date, practitioner and status</source>
        <translation>Ctrl+F ; les rendez-vous d&apos;un patient, ou par date, praticien et état</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Nearest free slot: %1.</source>
        <translation>Créneau libre le plus proche : %1.</translation>
    </message>
    <message numerus="yes">
        <source>Series: %n appointment(s) booked.</source>
        <translation>
            <numerusform>Série : %n rendez-vous réservé.</numerusform>
            <numerusform>Série : %n rendez-vous réservés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not booked: %1</source>
        <translation>Non réservés : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) booked one after the other for the family.</source>
        <translation>
            <numerusform>%n rendez-vous réservé à la suite pour la famille.</numerusform>
            <numerusform>%n rendez-vous réservés à la suite pour la famille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) told that the practitioner is running late.</source>
        <translation>
            <numerusform>%n patient prévenu du retard du praticien.</numerusform>
            <numerusform>%n patients prévenus du retard du praticien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the agenda</source>
        <translation>Imprimer l&apos;agenda</translation>
    </message>
    <message>
        <source>The day (%1)</source>
        <translation>La journée (%1)</translation>
    </message>
    <message>
        <source>The week from Monday %1</source>
        <translation>La semaine du lundi %1</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Practitioners:</source>
        <translation>Praticiens :</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>Imprimer :</translation>
    </message>
    <message>
        <source>Tick at least one practitioner to print.</source>
        <translation>Cochez au moins un praticien à imprimer.</translation>
    </message>
    <message>
        <source>Save the agenda as PDF</source>
        <translation>Enregistrer l&apos;agenda en PDF</translation>
    </message>
    <message>
        <source>agenda-%1.pdf</source>
        <translation>agenda-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Agenda printed.</source>
        <translation>Agenda imprimé.</translation>
    </message>
    <message>
        <source>The agenda could not be printed.</source>
        <translation>L&apos;agenda n&apos;a pas pu être imprimé.</translation>
    </message>
    <message>
        <source>Appointment slip</source>
        <translation>Convocation</translation>
    </message>
    <message>
        <source>Slip printed.</source>
        <translation>Convocation imprimée.</translation>
    </message>
    <message>
        <source>The slip could not be printed.</source>
        <translation>La convocation n&apos;a pas pu être imprimée.</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Flèches</translation>
    </message>
    <message>
        <source>On the grid: move between slots and appointments (Left/Right: the next column)</source>
        <translation>Sur la grille : passer d&apos;un créneau ou d&apos;un rendez-vous à l&apos;autre (Gauche/Droite : colonne suivante)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>On the grid: book the free slot, or open the appointment</source>
        <translation>Sur la grille : réserver le créneau libre, ou ouvrir le rendez-vous</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <source>Keyboard shortcuts of the agenda</source>
        <translation>Raccourcis clavier de l&apos;agenda</translation>
    </message>
    <message>
        <source>&amp;Print the agenda (days or week)…</source>
        <translation>&amp;Imprimer l&apos;agenda (jours ou semaine)…</translation>
    </message>
    <message>
        <source>Find appointments</source>
        <translation>Rechercher des rendez-vous</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) ready — they will leave once a central agenda is set up; phone the patients meanwhile.</source>
        <translation>
            <numerusform>%n message prêt — il partira dès qu&apos;un agenda central sera configuré ; appelez les patients en attendant.</numerusform>
            <numerusform>%n messages prêts — ils partiront dès qu&apos;un agenda central sera configuré ; appelez les patients en attendant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marques</translation>
    </message>
    <message>
        <source>☎ booked by phone · @ online · ✎ with a note · %1 arrived · %2 in consultation · %3 done · %4 not honoured · struck out: cancelled</source>
        <translation>☎ pris par téléphone · @ en ligne · ✎ avec une note · %1 arrivé · %2 en consultation · %3 terminé · %4 non honoré · barré : annulé</translation>
    </message>
</context>
<context>
    <name>guichet::AppointmentMessagesDialog</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>En cours d&apos;envoi</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>As the patient reads it</source>
        <translation>Tel que le patient le lit</translation>
    </message>
    <message>
        <source>Messages — %1</source>
        <translation>Messages — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2 — %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2 — %3</translation>
    </message>
    <message>
        <source>Nothing is sent for this appointment: messages are off for this visit reason or this patient, or no e-mail address or mobile number is known.</source>
        <translation>Rien n&apos;est envoyé pour ce rendez-vous : les messages sont coupés pour ce motif ou ce patient, ou aucune adresse e-mail ni aucun mobile n&apos;est connu.</translation>
    </message>
    <message numerus="yes">
        <source>On the waiting list since %1; %n offer(s) made.</source>
        <translation>
            <numerusform>Sur la liste d&apos;attente depuis le %1 ; %n proposition faite.</numerusform>
            <numerusform>Sur la liste d&apos;attente depuis le %1 ; %n propositions faites.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take off the waiting list</source>
        <translation>Retirer de la liste d&apos;attente</translation>
    </message>
    <message>
        <source>Put on the waiting list</source>
        <translation>Inscrire sur la liste d&apos;attente</translation>
    </message>
    <message>
        <source>Nothing is free sooner: the patient can be told when an earlier slot frees up.</source>
        <translation>Rien n&apos;est libre plus tôt : le patient peut être prévenu si un créneau se libère avant.</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <source>Why does the patient leave the list?</source>
        <translation>Pourquoi le patient quitte-t-il la liste ?</translation>
    </message>
    <message>
        <source>At the patient&apos;s request</source>
        <translation>À la demande du patient</translation>
    </message>
</context>
<context>
    <name>guichet::AppointmentPanel</name>
    <message>
        <source>Select an appointment to see everything about it here.</source>
        <translation>Sélectionnez un rendez-vous pour tout voir de lui ici.</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand :</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>Avec :</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Booked:</source>
        <translation>Réservé :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Série :</translation>
    </message>
    <message>
        <source>Waiting list:</source>
        <translation>Liste d&apos;attente :</translation>
    </message>
    <message>
        <source>A note for the desk and the practitioner</source>
        <translation>Une note pour l&apos;accueil et le praticien</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <source>Keeps the note with the appointment (history)</source>
        <translation>Garde la note avec le rendez-vous (historique)</translation>
    </message>
    <message>
        <source>Other patient…</source>
        <translation>Autre patient…</translation>
    </message>
    <message>
        <source>The appointment was given to the wrong patient: give it to the right one</source>
        <translation>Le rendez-vous a été donné au mauvais patient : le donner au bon</translation>
    </message>
    <message>
        <source>Other reason…</source>
        <translation>Autre motif…</translation>
    </message>
    <message>
        <source>Change the visit reason (the rules are checked again)</source>
        <translation>Changer le motif (les règles sont vérifiées à nouveau)</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>Message…</translation>
    </message>
    <message>
        <source>Send an SMS or an e-mail to the patient now</source>
        <translation>Envoyer maintenant un SMS ou un e-mail au patient</translation>
    </message>
    <message>
        <source>Appointment slip…</source>
        <translation>Convocation…</translation>
    </message>
    <message>
        <source>Print the slip to hand to the patient</source>
        <translation>Imprimer la convocation à remettre au patient</translation>
    </message>
    <message>
        <source>Documents…</source>
        <translation>Documents…</translation>
    </message>
    <message>
        <source>The appointment&apos;s documents</source>
        <translation>Les documents du rendez-vous</translation>
    </message>
    <message>
        <source>Book again</source>
        <translation>Réserver à nouveau</translation>
    </message>
    <message>
        <source>The patient keeps this cancelled appointment after all</source>
        <translation>Le patient garde finalement ce rendez-vous annulé</translation>
    </message>
    <message>
        <source>Entered in error…</source>
        <translation>Saisi par erreur…</translation>
    </message>
    <message>
        <source>This appointment never existed (a mistake): nothing is sent to the patient</source>
        <translation>Ce rendez-vous n&apos;a jamais existé (une erreur) : rien n&apos;est envoyé au patient</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Through the account holder %1: %2</source>
        <translation>Via le titulaire %1 : %2</translation>
    </message>
    <message>
        <source>no contact</source>
        <translation>aucun contact</translation>
    </message>
    <message>
        <source>No phone and no e-mail: no message can reach this patient.</source>
        <translation>Ni téléphone ni e-mail : aucun message ne peut joindre ce patient.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>video consultation</source>
        <translation>téléconsultation</translation>
    </message>
    <message>
        <source>%1, on %2</source>
        <translation>%1, le %2</translation>
    </message>
    <message>
        <source>%1, by %2 on %3</source>
        <translation>%1, par %2 le %3</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>appointment %1 of %2</source>
        <translation>rendez-vous %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>waiting for an earlier slot, %n offer(s) sent</source>
        <translation>
            <numerusform>attend un créneau plus tôt, %n proposition envoyée</numerusform>
            <numerusform>attend un créneau plus tôt, %n propositions envoyées</numerusform>
        </translation>
    </message>
    <message>
        <source>an earlier slot was accepted</source>
        <translation>un créneau plus tôt a été accepté</translation>
    </message>
    <message>
        <source>no longer waiting</source>
        <translation>n&apos;attend plus</translation>
    </message>
    <message>
        <source>No message for this appointment.</source>
        <translation>Aucun message pour ce rendez-vous.</translation>
    </message>
    <message>
        <source>Documents (%1)…</source>
        <translation>Documents (%1)…</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Note enregistrée.</translation>
    </message>
    <message>
        <source>The appointment is now this patient&apos;s; the first patient&apos;s messages are withdrawn.</source>
        <translation>Le rendez-vous est maintenant celui de ce patient ; les messages du premier patient sont retirés.</translation>
    </message>
    <message>
        <source>Visit reason changed.</source>
        <translation>Motif changé.</translation>
    </message>
    <message>
        <source>Marked as entered in error; nothing is sent to the patient.</source>
        <translation>Marqué saisi par erreur ; rien n&apos;est envoyé au patient.</translation>
    </message>
    <message>
        <source>Booked again; the patient gets a confirmation.</source>
        <translation>Réservé à nouveau ; le patient reçoit une confirmation.</translation>
    </message>
    <message>
        <source>Message handed to the central agenda to send (%1 to %2).</source>
        <translation>Message confié à l&apos;agenda central pour envoi (%1 à %2).</translation>
    </message>
    <message>
        <source>Give the appointment to another patient</source>
        <translation>Donner le rendez-vous à un autre patient</translation>
    </message>
    <message>
        <source>Why (kept in the history):</source>
        <translation>Pourquoi (gardé dans l&apos;historique) :</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>Change the visit reason</source>
        <translation>Changer le motif</translation>
    </message>
    <message>
        <source>Visit reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>Saisi par erreur</translation>
    </message>
    <message>
        <source>This appointment never existed: it leaves the agenda and nothing is sent to the patient.
Why?</source>
        <translation>Ce rendez-vous n&apos;a jamais existé : il quitte l&apos;agenda et rien n&apos;est envoyé au patient.
Pourquoi ?</translation>
    </message>
    <message>
        <source>Kept by the patient after all</source>
        <translation>Gardé finalement par le patient</translation>
    </message>
    <message>
        <source>Message to the patient</source>
        <translation>Message au patient</translation>
    </message>
    <message>
        <source>SMS to a mobile, otherwise e-mail</source>
        <translation>SMS vers un mobile, sinon e-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>%1 characters (an SMS holds %2 at most)</source>
        <translation>%1 caractères (un SMS en compte %2 au plus)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Par :</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message :</translation>
    </message>
    <message>
        <source>Rest of the series…</source>
        <translation>Suite de la série…</translation>
    </message>
    <message>
        <source>Move or cancel this appointment and the later ones of its series</source>
        <translation>Déplacer ou annuler ce rendez-vous et les suivants de sa série</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) of the series cancelled.</source>
        <translation>
            <numerusform>%n rendez-vous de la série annulé.</numerusform>
            <numerusform>%n rendez-vous de la série annulés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) of the series moved.</source>
        <translation>
            <numerusform>%n rendez-vous de la série déplacé.</numerusform>
            <numerusform>%n rendez-vous de la série déplacés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not moved: %1 (%2)</source>
        <translation>Non déplacé : %1 (%2)</translation>
    </message>
    <message>
        <source>Rest of the series</source>
        <translation>Suite de la série</translation>
    </message>
    <message>
        <source>Move this one and the later ones</source>
        <translation>Déplacer celui-ci et les suivants</translation>
    </message>
    <message>
        <source>Cancel this one and the later ones</source>
        <translation>Annuler celui-ci et les suivants</translation>
    </message>
    <message>
        <source>Why (for a cancellation)</source>
        <translation>Pourquoi (pour une annulation)</translation>
    </message>
    <message>
        <source>Appointment %1 of %2 of the series.</source>
        <translation>Rendez-vous %1 sur %2 de la série.</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Quoi :</translation>
    </message>
    <message>
        <source>This one now at:</source>
        <translation>Celui-ci désormais le :</translation>
    </message>
    <message>
        <source>Unsaved note</source>
        <translation>Note non enregistrée</translation>
    </message>
    <message>
        <source>The note of this appointment is not saved. Save it before going on?</source>
        <translation>La note de ce rendez-vous n&apos;est pas enregistrée. L&apos;enregistrer avant de continuer ?</translation>
    </message>
</context>
<context>
    <name>guichet::AppointmentSearchDialog</name>
    <message>
        <source>Find appointments</source>
        <translation>Rechercher des rendez-vous</translation>
    </message>
    <message>
        <source>Every patient</source>
        <translation>Tous les patients</translation>
    </message>
    <message>
        <source>Patient…</source>
        <translation>Patient…</translation>
    </message>
    <message>
        <source>Every practitioner</source>
        <translation>Tous les praticiens</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Visit reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Patient :</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Praticien :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <source>Open in the agenda</source>
        <translation>Ouvrir dans l&apos;agenda</translation>
    </message>
    <message>
        <source>Whose appointments?</source>
        <translation>Les rendez-vous de qui ?</translation>
    </message>
    <message>
        <source>The first %1 appointments: narrow the search.</source>
        <translation>Les %1 premiers rendez-vous : affinez la recherche.</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n rendez-vous</numerusform>
            <numerusform>%n rendez-vous</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::AuditPage</name>
    <message>
        <source>Everybody</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID du patient</translation>
    </message>
    <message>
        <source>Every act</source>
        <translation>Tous les actes</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Acte</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n act(s), newest first.</source>
        <translation>
            <numerusform>%n acte, les plus récents d&apos;abord.</numerusform>
            <numerusform>%n actes, les plus récents d&apos;abord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n act(s) exported to %1.</source>
        <translation>
            <numerusform>%n acte exporté dans %1.</numerusform>
            <numerusform>%n actes exportés dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::BackupDialog</name>
    <message>
        <source>Backup and vault key</source>
        <translation>Sauvegarde et clé du coffre</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>A consistent copy of the database and of the sealed documents, even while the desks work. Restoring one is IT&apos;s: guichet-cli restore.</source>
        <translation>Une copie cohérente de la base et des documents scellés, même pendant que les postes travaillent. La restauration revient à l&apos;informatique : guichet-cli restore.</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>Faire une sauvegarde…</translation>
    </message>
    <message>
        <source>The documents&apos; key</source>
        <translation>La clé des documents</translation>
    </message>
    <message>
        <source>The documents are sealed with a key kept in this computer&apos;s keychain. To move the practice to a new computer, export it sealed with a passphrase (at least 12 characters), keep the file apart from the backups, and import it there after the restore.</source>
        <translation>Les documents sont scellés avec une clé conservée dans le trousseau de cet ordinateur. Pour installer le cabinet sur un nouvel ordinateur, exportez-la scellée par une phrase secrète (au moins 12 caractères), gardez le fichier à part des sauvegardes, et importez-la là-bas après la restauration.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <source>Passphrase again (export):</source>
        <translation>Phrase secrète (bis, pour l&apos;export) :</translation>
    </message>
    <message>
        <source>Export the key…</source>
        <translation>Exporter la clé…</translation>
    </message>
    <message>
        <source>Import a key…</source>
        <translation>Importer une clé…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Faire une sauvegarde</translation>
    </message>
    <message>
        <source>Guichet databases (*.db)</source>
        <translation>Bases Guichet (*.db)</translation>
    </message>
    <message>
        <source>Export the key</source>
        <translation>Exporter la clé</translation>
    </message>
    <message>
        <source>Guichet keys (*.guichet)</source>
        <translation>Clés Guichet (*.guichet)</translation>
    </message>
    <message>
        <source>Import a key</source>
        <translation>Importer une clé</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Sauvegarde écrite dans %1.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>The key is sealed in %1: keep it apart from the backups, and the passphrase apart from both.</source>
        <translation>La clé est scellée dans %1 : gardez-la à part des sauvegardes, et la phrase secrète à part des deux.</translation>
    </message>
    <message>
        <source>The key is in this computer&apos;s keychain: the documents read here.</source>
        <translation>La clé est dans le trousseau de cet ordinateur : les documents s&apos;y lisent.</translation>
    </message>
</context>
<context>
    <name>guichet::BookingDialog</name>
    <message>
        <source>New appointment</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <source>Patient: name, birth date, phone, NISS or NIR…</source>
        <translation>Patient : nom, date de naissance, téléphone, NISS ou NIR…</translation>
    </message>
    <message>
        <source>Only to book over a taken slot: why</source>
        <translation>Seulement pour réserver sur un créneau pris : pourquoi</translation>
    </message>
    <message>
        <source>Replace the appointment that is too close (spacing rule)</source>
        <translation>Remplacer le rendez-vous trop proche (règle d&apos;espacement)</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Pour :</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Praticien :</translation>
    </message>
    <message>
        <source>Visit reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Override:</source>
        <translation>Forcer :</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Réserver</translation>
    </message>
    <message>
        <source>%1 (relative)</source>
        <translation>%1 (proche)</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>Appointments not honoured: %1</source>
        <translation>Rendez-vous non honorés : %1</translation>
    </message>
    <message>
        <source>Choose the patient first.</source>
        <translation>Choisissez d&apos;abord le patient.</translation>
    </message>
    <message>
        <source>Choose a slot.</source>
        <translation>Choisissez un créneau.</translation>
    </message>
    <message>
        <source>Chosen on the grid: %1</source>
        <translation>Choisi sur la grille : %1</translation>
    </message>
    <message>
        <source>Any practitioner (first free slots)</source>
        <translation>Tous les praticiens (premiers créneaux libres)</translation>
    </message>
    <message>
        <source>Waiting list: tell the patient when an earlier slot frees up</source>
        <translation>Liste d&apos;attente : prévenir le patient si un créneau se libère plus tôt</translation>
    </message>
    <message>
        <source>Booked, but not put on the waiting list: %1</source>
        <translation>Rendez-vous pris, mais pas inscrit sur la liste d&apos;attente : %1</translation>
    </message>
    <message>
        <source>Every practitioner: %1</source>
        <translation>Tous les praticiens : %1</translation>
    </message>
    <message>
        <source>Or keep both appointments despite the spacing rule: why</source>
        <translation>Ou garder les deux rendez-vous malgré la règle d&apos;espacement : pourquoi</translation>
    </message>
    <message>
        <source>The first day to look at</source>
        <translation>Le premier jour à regarder</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <source>Only these weekdays (none ticked: every day)</source>
        <translation>Seulement ces jours (aucun coché : tous les jours)</translation>
    </message>
    <message>
        <source>More slots</source>
        <translation>Plus de créneaux</translation>
    </message>
    <message>
        <source>The next free slots (Ctrl+Page Down)</source>
        <translation>Les créneaux libres suivants (Ctrl+Page suiv.)</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Répéter toutes les</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>semaine(s)</translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation>jour(s)</translation>
    </message>
    <message>
        <source> appointments</source>
        <translation> rendez-vous</translation>
    </message>
    <message>
        <source>in all:</source>
        <translation>en tout :</translation>
    </message>
    <message>
        <source>Also for (the slots right after):</source>
        <translation>Aussi pour (les créneaux juste après) :</translation>
    </message>
    <message>
        <source>New patient…</source>
        <translation>Nouveau patient…</translation>
    </message>
    <message>
        <source>Create the patient&apos;s record, after checking they are not known already</source>
        <translation>Créer le dossier du patient, après avoir vérifié qu&apos;il n&apos;est pas déjà connu</translation>
    </message>
    <message>
        <source>Look:</source>
        <translation>Chercher :</translation>
    </message>
    <message>
        <source>Free slots:</source>
        <translation>Créneaux libres :</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Série :</translation>
    </message>
    <message>
        <source>Spacing rule:</source>
        <translation>Règle d&apos;espacement :</translation>
    </message>
    <message>
        <source>No free slot for this search: look from a later date, or on other days.</source>
        <translation>Aucun créneau libre pour cette recherche : cherchez à partir d&apos;une date plus tardive, ou d&apos;autres jours.</translation>
    </message>
    <message>
        <source>No appointment of the series could be booked: %1</source>
        <translation>Aucun rendez-vous de la série n&apos;a pu être réservé : %1</translation>
    </message>
    <message>
        <source>Tick &quot;Replace&quot; to replace it, give a reason to keep both, or choose another slot.</source>
        <translation>Cochez « Remplacer » pour le remplacer, donnez une raison pour garder les deux, ou choisissez un autre créneau.</translation>
    </message>
    <message>
        <source>until:</source>
        <translation>jusqu&apos;au :</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Jours :</translation>
    </message>
</context>
<context>
    <name>guichet::BrowserSignIn</name>
    <message>
        <source>The central agenda offers no sign-in in the browser: use a client secret or a token.</source>
        <translation>L&apos;agenda central ne propose pas de connexion dans le navigateur : utilisez un secret client ou un jeton.</translation>
    </message>
    <message>
        <source>Guichet could not open a local port to receive the sign-in.</source>
        <translation>Guichet n&apos;a pas pu ouvrir de port local pour recevoir la connexion.</translation>
    </message>
    <message>
        <source>Guichet is now signed in to the central agenda. You can close this page and go back to Guichet.</source>
        <translation>Guichet est maintenant connecté à l&apos;agenda central. Vous pouvez fermer cette page et revenir à Guichet.</translation>
    </message>
    <message>
        <source>The central agenda refused the sign-in: %1</source>
        <translation>L&apos;agenda central a refusé la connexion : %1</translation>
    </message>
    <message>
        <source>The central agenda&apos;s sign-in service cannot be reached: %1</source>
        <translation>Le service de connexion de l&apos;agenda central est injoignable : %1</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
</context>
<context>
    <name>guichet::CancelDialog</name>
    <message>
        <source>Cancel the appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 with %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 avec %3</translation>
    </message>
    <message>
        <source>(unknown patient)</source>
        <translation>(patient inconnu)</translation>
    </message>
    <message>
        <source>At the patient&apos;s request</source>
        <translation>À la demande du patient</translation>
    </message>
    <message>
        <source>By the practice</source>
        <translation>Par le cabinet</translation>
    </message>
    <message>
        <source>For instance: ill, a clash at work, seen elsewhere</source>
        <translation>Par exemple : malade, empêchement professionnel, vu ailleurs</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>Reason for the cancellation:</source>
        <translation>Raison de l&apos;annulation :</translation>
    </message>
    <message>
        <source>Give the reason for the cancellation: it is kept in the appointment&apos;s history.</source>
        <translation>Indiquez la raison de l&apos;annulation : elle est gardée dans l&apos;historique du rendez-vous.</translation>
    </message>
</context>
<context>
    <name>guichet::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Mot de passe actuel :</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>Nouveau mot de passe (bis) :</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>At least 12 characters, hard to guess: a phrase of four or more words is easy to remember.</source>
        <translation>Au moins 12 caractères, difficiles à deviner : une phrase de quatre mots ou plus se retient facilement.</translation>
    </message>
</context>
<context>
    <name>guichet::ConflictDialog</name>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Visit reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Cancelled by</source>
        <translation>Annulé par</translation>
    </message>
    <message>
        <source>Late cancellation</source>
        <translation>Annulation tardive</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>No-show erased</source>
        <translation>Absence effacée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif de l&apos;acte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Booked through</source>
        <translation>Réservé par</translation>
    </message>
    <message>
        <source>Two bookings of the same slot</source>
        <translation>Deux réservations du même créneau</translation>
    </message>
    <message>
        <source>Cancelled online while moved at the desk</source>
        <translation>Annulé en ligne pendant un déplacement au guichet</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>Modifié des deux côtés</translation>
    </message>
    <message>
        <source>Synchronisation conflict</source>
        <translation>Conflit de synchronisation</translation>
    </message>
    <message>
        <source>The central agenda gave this slot to %1 while the desk had already booked it. Both bookings are kept until you choose.</source>
        <translation>L&apos;agenda central a donné ce créneau à %1 alors que le guichet l&apos;avait déjà réservé. Les deux réservations sont gardées jusqu&apos;à votre choix.</translation>
    </message>
    <message>
        <source>%1: the desk and the central agenda changed the same information since the last synchronisation. Nothing was overwritten; choose the version to keep.</source>
        <translation>%1 : le guichet et l&apos;agenda central ont modifié la même information depuis la dernière synchronisation. Rien n&apos;a été écrasé ; choisissez la version à garder.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Booked at the desk</source>
        <translation>Réservé au guichet</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>Au guichet</translation>
    </message>
    <message>
        <source>Booked online</source>
        <translation>Réservé en ligne</translation>
    </message>
    <message>
        <source>Central agenda</source>
        <translation>Agenda central</translation>
    </message>
    <message>
        <source>Keep the desk&apos;s booking</source>
        <translation>Garder la réservation du guichet</translation>
    </message>
    <message>
        <source>Keep the online booking</source>
        <translation>Garder la réservation en ligne</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Keep the desk&apos;s version</source>
        <translation>Garder la version du guichet</translation>
    </message>
    <message>
        <source>Take the central agenda&apos;s version</source>
        <translation>Prendre la version de l&apos;agenda central</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>at the desk</source>
        <translation>au guichet</translation>
    </message>
    <message>
        <source>female</source>
        <translation>féminin</translation>
    </message>
    <message>
        <source>male</source>
        <translation>masculin</translation>
    </message>
    <message>
        <source>other or unknown</source>
        <translation>autre ou inconnu</translation>
    </message>
</context>
<context>
    <name>guichet::DayListModel</name>
    <message>
        <source>(late)</source>
        <translation>(tardive)</translation>
    </message>
    <message>
        <source>(excused)</source>
        <translation>(excusé)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Visit reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
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
            <numerusform>a attendu %n min</numerusform>
            <numerusform>a attendu %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Missed</source>
        <extracomment>Column: how many appointments this patient did not honour</extracomment>
        <translation>Manqués</translation>
    </message>
    <message>
        <source>Docs</source>
        <extracomment>Column: the patient&apos;s documents in the vault (not archived)</extracomment>
        <translation>Docs</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <source>Booked by phone</source>
        <translation>Réservé par téléphone</translation>
    </message>
    <message>
        <source>Booked online</source>
        <translation>Réservé en ligne</translation>
    </message>
    <message>
        <source>Booked at the desk</source>
        <translation>Réservé à l&apos;accueil</translation>
    </message>
    <message>
        <source>This appointment has a note: select it to read it in the panel.</source>
        <translation>Ce rendez-vous a une note : sélectionnez-le pour la lire dans le panneau.</translation>
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
        <translation>◀ Page précédente</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Page suivante ▶</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>guichet::DocumentsPanel</name>
    <message>
        <source>Prescription</source>
        <translation>Ordonnance</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation>Administratif</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <source>The type given to the documents added or dropped here</source>
        <translation>Le type donné aux documents ajoutés ou déposés ici</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>A PDF, JPEG or PNG file; or drop files here from the file manager</source>
        <translation>Un fichier PDF, JPEG ou PNG ; ou déposez ici des fichiers depuis le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Ajouter des documents</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Share with the patient</source>
        <translation>Partager avec le patient</translation>
    </message>
    <message>
        <source>Sent through the online agenda with the next synchronisation; the patient gets a notice, never the document by e-mail</source>
        <translation>Envoyé par l’agenda en ligne à la prochaine synchronisation ; le patient reçoit un avis, jamais le document par e-mail</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivés</translation>
    </message>
    <message>
        <source>Documents older than the retention delay: kept, no longer listed</source>
        <translation>Documents plus anciens que la durée de conservation : gardés, plus listés</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Added by the patient online</source>
        <translation>Ajouté par le patient en ligne</translation>
    </message>
    <message>
        <source>Choose a patient first.</source>
        <translation>Choisissez d’abord un patient.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added.</source>
        <translation>
            <numerusform>%n document ajouté.</numerusform>
            <numerusform>%n documents ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a document in the list.</source>
        <translation>Choisissez un document dans la liste.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation>Copie enregistrée : %1</translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation>Retirer le document</translation>
    </message>
    <message>
        <source>Remove this document from the patient&apos;s record? The removal is recorded.</source>
        <translation>Retirer ce document du dossier du patient ? Le retrait est consigné.</translation>
    </message>
    <message>
        <source>Document removed.</source>
        <translation>Document retiré.</translation>
    </message>
</context>
<context>
    <name>guichet::DocumentsView</name>
    <message>
        <source>The practice&apos;s latest documents</source>
        <translation>Les derniers documents du cabinet</translation>
    </message>
    <message>
        <source>Encrypted on this computer. A patient&apos;s documents are added on their record (Patients), by the Add button or by dropping files.</source>
        <translation>Chiffrés sur cet ordinateur. Les documents d’un patient s’ajoutent sur sa fiche (Patients), par le bouton Ajouter ou en déposant des fichiers.</translation>
    </message>
</context>
<context>
    <name>guichet::DuplicatesView</name>
    <message>
        <source>Certain and probable</source>
        <translation>Certains et probables</translation>
    </message>
    <message>
        <source>Also possible</source>
        <translation>Aussi les possibles</translation>
    </message>
    <message>
        <source>Certain only</source>
        <translation>Certains seulement</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Chercher à nouveau</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>Autre dossier</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Record kept</source>
        <translation>Dossier conservé</translation>
    </message>
    <message>
        <source>Merged record (tick to take)</source>
        <translation>Dossier fusionné (cocher pour reprendre)</translation>
    </message>
    <message>
        <source>Why they are the same person (identity document seen, phone call…)</source>
        <translation>Pourquoi c&apos;est la même personne (pièce d&apos;identité vue, appel téléphonique…)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Pas la même personne</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>No likely duplicate at this level.</source>
        <translation>Aucun doublon probable à ce niveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) to review.</source>
        <translation>
            <numerusform>%n paire à examiner.</numerusform>
            <numerusform>%n paires à examiner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strict identity traits never come from a record created online.</source>
        <translation>Les traits stricts d&apos;identité ne viennent jamais d&apos;un dossier créé en ligne.</translation>
    </message>
    <message>
        <source>Must not be merged: %1.</source>
        <translation>À ne pas fusionner : %1.</translation>
    </message>
    <message>
        <source>Remembered: these two records will not be proposed again.</source>
        <translation>Noté : ces deux dossiers ne seront plus proposés.</translation>
    </message>
    <message>
        <source>The merge is undone: the two records are separate again.</source>
        <translation>La fusion est défaite : les deux dossiers sont à nouveau séparés.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Record merged</source>
        <translation>Dossier fusionné</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Undo this merge</source>
        <translation>Défaire cette fusion</translation>
    </message>
    <message>
        <source>Merges made:</source>
        <translation>Fusions faites :</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionnée</translation>
    </message>
    <message>
        <source>Choose a merge in the list.</source>
        <translation>Choisissez une fusion dans la liste.</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manque</translation>
    </message>
    <message>
        <source>Double-click a record to complete it</source>
        <translation>Double-cliquez sur une fiche pour la compléter</translation>
    </message>
    <message>
        <source>Identities to complete:</source>
        <translation>Identités à compléter :</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Doubtful identity</source>
        <translation>Identité douteuse</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Proximité</translation>
    </message>
    <message>
        <source>Score %1 of 1</source>
        <translation>Score %1 sur 1</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Looking for likely duplicates…</source>
        <translation>Recherche des doublons probables…</translation>
    </message>
    <message>
        <source>%1 is kept; %2 is merged into it and will no longer be offered.</source>
        <translation>%1 est conservé ; %2 y est fusionné et ne sera plus proposé.</translation>
    </message>
    <message>
        <source>Every trait of the record kept stays as it is.</source>
        <translation>Tous les traits du dossier conservé restent tels quels.</translation>
    </message>
    <message>
        <source>Taken from the merged record:</source>
        <translation>Repris du dossier fusionné :</translation>
    </message>
    <message>
        <source>Its appointments, documents and messages move to the record kept. The merge can be undone (« Undo this merge ») as long as neither record changes.</source>
        <translation>Ses rendez-vous, documents et messages passent au dossier conservé. La fusion peut être défaite (« Défaire cette fusion ») tant qu&apos;aucun des deux dossiers ne change.</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>Fusionner deux dossiers</translation>
    </message>
    <message>
        <source>Merged. « Undo this merge » (chosen in the merges made) separates the two records again while nothing has changed.</source>
        <translation>Fusionné. « Défaire cette fusion » (choisie dans les fusions faites) sépare à nouveau les deux dossiers tant que rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 — the record kept (stronger identity, then older) — and %2.
%3.</source>
        <translation>%1 — le dossier conservé (identité la plus sûre, puis le plus ancien) — et %2.
%3.</translation>
    </message>
    <message>
        <source>%1 and %2.
%3.</source>
        <translation>%1 et %2.
%3.</translation>
    </message>
</context>
<context>
    <name>guichet::HoursPage</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Visit reasons offered</source>
        <translation>Motifs proposés</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Change the usual week…</source>
        <translation>Modifier la semaine type…</translation>
    </message>
    <message>
        <source>Declare an absence…</source>
        <translation>Déclarer une absence…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Usual week</source>
        <translation>Semaine type</translation>
    </message>
    <message>
        <source>Absences (from today, one year)</source>
        <translation>Absences (à partir d&apos;aujourd&apos;hui, un an)</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Praticien :</translation>
    </message>
    <message>
        <source>Add a practitioner first.</source>
        <translation>Ajoutez d&apos;abord un praticien.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message numerus="yes">
        <source>Absence changed; %n booked appointment(s) in it to move:</source>
        <translation>
            <numerusform>Absence modifiée ; %n rendez-vous à déplacer :</numerusform>
            <numerusform>Absence modifiée ; %n rendez-vous à déplacer :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Absence removed: the slots are free again. %n booked appointment(s) in it no longer need moving:</source>
        <translation>
            <numerusform>Absence supprimée : les créneaux sont de nouveau libres. %n rendez-vous n&apos;a plus à être déplacé :</numerusform>
            <numerusform>Absence supprimée : les créneaux sont de nouveau libres. %n rendez-vous n&apos;ont plus à être déplacés :</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an absence in the list.</source>
        <translation>Choisissez une absence dans la liste.</translation>
    </message>
    <message>
        <source>Change the absence</source>
        <translation>Modifier l&apos;absence</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Remove the absence</source>
        <translation>Supprimer l&apos;absence</translation>
    </message>
    <message>
        <source>Why is it removed (kept in the audit log)?</source>
        <translation>Pourquoi la supprimer (conservé au journal d&apos;audit) ?</translation>
    </message>
    <message>
        <source>Visit reasons of this range…</source>
        <translation>Motifs de cette plage…</translation>
    </message>
    <message>
        <source>Choose a range of the usual week.</source>
        <translation>Choisissez une plage de la semaine type.</translation>
    </message>
    <message>
        <source>This range offers every visit reason.</source>
        <translation>Cette plage propose tous les motifs.</translation>
    </message>
    <message numerus="yes">
        <source>This range offers %n visit reason(s).</source>
        <translation>
            <numerusform>Cette plage propose %n motif.</numerusform>
            <numerusform>Cette plage propose %n motifs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visit reasons of this range</source>
        <translation>Motifs de cette plage</translation>
    </message>
    <message>
        <source>Every reason checked: the range offers every reason, also those added later.</source>
        <translation>Tous les motifs cochés : la plage propose tous les motifs, même ceux ajoutés plus tard.</translation>
    </message>
</context>
<context>
    <name>guichet::LiveSync</name>
    <message>
        <source>no heartbeat from the central agenda</source>
        <translation>l&apos;agenda central ne donne plus signe de vie</translation>
    </message>
    <message>
        <source>subscriptions refused (%1)</source>
        <translation>abonnements refusés (%1)</translation>
    </message>
    <message>
        <source>no subscription binding</source>
        <translation>pas de liaison d&apos;abonnement</translation>
    </message>
    <message>
        <source>no secure WebSocket address</source>
        <translation>pas d&apos;adresse WebSocket sécurisée</translation>
    </message>
    <message>
        <source>the connection to the central agenda closed</source>
        <translation>la connexion à l&apos;agenda central s&apos;est fermée</translation>
    </message>
    <message>
        <source>the central agenda refused the subscriptions</source>
        <translation>l&apos;agenda central a refusé les abonnements</translation>
    </message>
</context>
<context>
    <name>guichet::LockScreen</name>
    <message>
        <source>Guichet is locked</source>
        <translation>Guichet est verrouillé</translation>
    </message>
    <message>
        <source>Signed in: %1. Type your password to go on.</source>
        <translation>Connecté : %1. Tapez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Mot de passe incorrect.</translation>
    </message>
    <message>
        <source>The lock could not be recorded in the audit log: %1</source>
        <translation>Le verrouillage n&apos;a pas pu être inscrit au journal d&apos;audit : %1</translation>
    </message>
    <message>
        <source>Wrong password. (It could not be recorded in the audit log: %1)</source>
        <translation>Mot de passe incorrect. (Il n&apos;a pas pu être inscrit au journal d&apos;audit : %1)</translation>
    </message>
    <message>
        <source>The unlock could not be recorded in the audit log: %1</source>
        <translation>Le déverrouillage n&apos;a pas pu être inscrit au journal d&apos;audit : %1</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Changer mon mot de passe…</translation>
    </message>
    <message>
        <source>Your password is changed: unlock with the new one.</source>
        <translation>Votre mot de passe est changé : déverrouillez avec le nouveau.</translation>
    </message>
    <message>
        <source>Change user…</source>
        <translation>Changer d&apos;utilisateur…</translation>
    </message>
    <message>
        <source>Another person signs in; what %1 typed and did not save is saved under their name first.</source>
        <translation>Une autre personne se connecte ; ce que %1 a tapé sans l&apos;enregistrer est d&apos;abord enregistré à son nom.</translation>
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
        <translation>accueil</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Verrouiller l&apos;écran</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>&amp;Patients</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchro</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Guichet</source>
        <translation>À &amp;propos de Guichet</translation>
    </message>
    <message>
        <source>Database %1 · %L2 patients</source>
        <translation>Base %1 · %L2 patients</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>About Guichet</source>
        <translation>À propos de Guichet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Guichet %1&lt;/h3&gt;&lt;p&gt;The front desk of medical practices: agenda, patients, documents, synchronised with the practice&apos;s central agenda.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite database %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Guichet %1&lt;/h3&gt;&lt;p&gt;L&apos;accueil des cabinets médicaux : agenda, patients, documents, synchronisés avec l&apos;agenda central du cabinet.&lt;/p&gt;&lt;p&gt;Qt %2 · base de données SQLite %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistiques</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>D&amp;uplicates</source>
        <translation>D&amp;oublons</translation>
    </message>
    <message>
        <source>S&amp;ynchronise now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Central agenda…</source>
        <translation>Agenda &amp;central…</translation>
    </message>
    <message>
        <source>&amp;Messages to patients…</source>
        <translation>&amp;Messages aux patients…</translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation>&amp;Administration…</translation>
    </message>
    <message>
        <source>For the practice&apos;s administrators.</source>
        <translation>Pour les administrateurs du cabinet.</translation>
    </message>
    <message>
        <source>&amp;Waiting list: patients to phone…</source>
        <translation>&amp;Liste d&apos;attente : patients à appeler…</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) to phone (waiting list)</source>
        <translation>
            <numerusform>%n patient à appeler (liste d&apos;attente)</numerusform>
            <numerusform>%n patients à appeler (liste d&apos;attente)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Backup and vault key…</source>
        <translation>&amp;Sauvegarde et clé du coffre…</translation>
    </message>
    <message>
        <source> (test database)</source>
        <translation> (base de test)</translation>
    </message>
    <message>
        <source>No backup made yet into %1 — tell the administrator</source>
        <translation>Aucune sauvegarde faite dans %1 — prévenez l&apos;administrateur</translation>
    </message>
    <message>
        <source>No backup since %1 — tell the administrator</source>
        <translation>Aucune sauvegarde depuis %1 — prévenez l&apos;administrateur</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Guichet backups (*.db)</source>
        <translation>Sauvegardes Guichet (*.db)</translation>
    </message>
    <message>
        <source>Guichet will close this practice&apos;s database, check the backup %1 whole, put it in place and open it again. Everything recorded since that backup will no longer be in the agenda (the current database is kept beside it, untouched). Other desks using this same file must be closed first.

Restore it?</source>
        <translation>Guichet va fermer la base du cabinet, vérifier entièrement la sauvegarde %1, la mettre en place et la rouvrir. Tout ce qui a été enregistré depuis cette sauvegarde ne sera plus dans l&apos;agenda (la base actuelle est gardée à côté, intacte). Les autres postes qui utilisent ce même fichier doivent d&apos;abord être fermés.

La restaurer ?</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Change &amp;user…</source>
        <translation>Changer d&apos;&amp;utilisateur…</translation>
    </message>
    <message>
        <source>%1&apos;s note could not be saved: they must unlock to keep it.</source>
        <translation>La note de %1 n&apos;a pas pu être enregistrée : %1 doit déverrouiller pour la garder.</translation>
    </message>
    <message>
        <source>Page, %1</source>
        <translation>Page, %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Guichet&apos;s pages: the arrows choose one, or Ctrl and its number.</source>
        <translation>Les pages de Guichet : les flèches en choisissent une, ou Ctrl et son numéro.</translation>
    </message>
    <message>
        <source>The practice&apos;s database and its number of patients</source>
        <translation>La base du cabinet et son nombre de patients</translation>
    </message>
    <message>
        <source>The exchange with the central agenda</source>
        <translation>L&apos;échange avec l&apos;agenda central</translation>
    </message>
    <message>
        <source>Who is signed in on this desk</source>
        <translation>Qui est connecté à ce poste</translation>
    </message>
    <message>
        <source>Warning about the daily backup</source>
        <translation>Alerte sur la sauvegarde quotidienne</translation>
    </message>
</context>
<context>
    <name>guichet::MessageTemplatesDialog</name>
    <message>
        <source>Messages to patients</source>
        <translation>Messages aux patients</translation>
    </message>
    <message>
        <source>Send confirmations, reminders and notices</source>
        <translation>Envoyer confirmations, rappels et avis</translation>
    </message>
    <message>
        <source>Allow the visit reason in SMS (health detail: off by default)</source>
        <translation>Autoriser le motif dans les SMS (donnée de santé : non par défaut)</translation>
    </message>
    <message>
        <source>Also tell cancellations and moves by SMS</source>
        <translation>Annoncer aussi annulations et déplacements par SMS</translation>
    </message>
    <message>
        <source>Insert:</source>
        <translation>Insérer :</translation>
    </message>
    <message>
        <source>Save this text</source>
        <translation>Enregistrer ce texte</translation>
    </message>
    <message>
        <source>Back to Guichet&apos;s text</source>
        <translation>Revenir au texte de Guichet</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>As the patient reads it (sample appointment)</source>
        <translation>Tel que le patient le lit (rendez-vous fictif)</translation>
    </message>
    <message>
        <source>For the whole practice</source>
        <translation>Pour tout le cabinet</translation>
    </message>
    <message>
        <source>The central agenda sends what Guichet plans: one confirmation at booking, reminder e-mails 7 days (when booked more than a week ahead) and 1 day before, one SMS 2 days or 1 day before, at the appointment&apos;s time of day. Never a document, never a diagnosis.</source>
        <translation>L&apos;agenda central envoie ce que Guichet prévoit : une confirmation à la prise de rendez-vous, des rappels par e-mail 7 jours avant (si le rendez-vous est pris plus d&apos;une semaine à l&apos;avance) et la veille, un SMS 2 jours ou 1 jour avant, à l&apos;heure du rendez-vous. Jamais de document, jamais de diagnostic.</translation>
    </message>
    <message>
        <source>Ready to send (%1 of %2 characters before the fields are filled).</source>
        <translation>Prêt à l&apos;envoi (%1 caractères sur %2 avant remplissage des champs).</translation>
    </message>
    <message>
        <source>Ready to send. The first line is the e-mail&apos;s subject.</source>
        <translation>Prêt à l&apos;envoi. La première ligne est l&apos;objet de l&apos;e-mail.</translation>
    </message>
</context>
<context>
    <name>guichet::MonthView</name>
    <message numerus="yes">
        <source>%n appt.</source>
        <translation>
            <numerusform>%n rdv</numerusform>
            <numerusform>%n rdv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not honoured</source>
        <translation>
            <numerusform>%n non honoré</numerusform>
            <numerusform>%n non honorés</numerusform>
        </translation>
    </message>
    <message>
        <source>The month could not be read: %1</source>
        <translation>Le mois n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Month at a glance</source>
        <translation>Le mois d&apos;un coup d&apos;œil</translation>
    </message>
    <message>
        <source>Arrows move from day to day; Enter opens the day.</source>
        <translation>Les flèches passent d&apos;un jour à l&apos;autre ; Entrée ouvre la journée.</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n rendez-vous</numerusform>
            <numerusform>%n rendez-vous</numerusform>
        </translation>
    </message>
    <message>
        <source>no appointment</source>
        <translation>aucun rendez-vous</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Open the day</source>
        <translation>Ouvrir la journée</translation>
    </message>
</context>
<context>
    <name>guichet::MotifsPage</name>
    <message>
        <source>Consultation, vaccination, certificate…</source>
        <translation>Consultation, vaccination, certificat…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Online, by phone and at the desk</source>
        <translation>En ligne, par téléphone et à l&apos;accueil</translation>
    </message>
    <message>
        <source>By phone only</source>
        <translation>Par téléphone uniquement</translation>
    </message>
    <message>
        <source>At the desk only</source>
        <translation>À l&apos;accueil uniquement</translation>
    </message>
    <message>
        <source>The number patients must call (default: the site&apos;s)</source>
        <translation>Le numéro que les patients doivent appeler (par défaut : celui du site)</translation>
    </message>
    <message>
        <source>Video consultation</source>
        <translation>Téléconsultation</translation>
    </message>
    <message>
        <source>New patients may book it online</source>
        <translation>Les nouveaux patients peuvent le réserver en ligne</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>the practitioner&apos;s rule</source>
        <translation>la règle du praticien</translation>
    </message>
    <message>
        <source>The minimum spacing between appointments applies</source>
        <translation>L&apos;espacement minimum entre rendez-vous s&apos;applique</translation>
    </message>
    <message>
        <source>Reminders and notices are sent</source>
        <translation>Les rappels et avis sont envoyés</translation>
    </message>
    <message>
        <source>Sent with the confirmation: fasting, documents to bring…</source>
        <translation>Envoyé avec la confirmation : à jeun, documents à apporter…</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Praticien :</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Libellé :</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Couleur :</translation>
    </message>
    <message>
        <source>Booked:</source>
        <translation>Réservation :</translation>
    </message>
    <message>
        <source>Phone to call:</source>
        <translation>Téléphone à appeler :</translation>
    </message>
    <message>
        <source>Patients&apos; age:</source>
        <translation>Âge des patients :</translation>
    </message>
    <message>
        <source>Phone booking when the last visit is older than:</source>
        <translation>Réservation par téléphone si la dernière visite date de plus de :</translation>
    </message>
    <message>
        <source>Instructions for the patient:</source>
        <translation>Consignes pour le patient :</translation>
    </message>
    <message>
        <source>New visit reason</source>
        <translation>Nouveau motif</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Visit reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Every practitioner</source>
        <translation>Tous les praticiens</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <source>no new patients online</source>
        <translation>pas de nouveaux patients en ligne</translation>
    </message>
    <message>
        <source>ages %1–%2</source>
        <translation>âges %1–%2</translation>
    </message>
    <message>
        <source>spacing</source>
        <translation>espacement</translation>
    </message>
    <message>
        <source>no messages</source>
        <translation>pas de messages</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Visit reason &quot;%1&quot; added.</source>
        <translation>Motif « %1 » ajouté.</translation>
    </message>
    <message>
        <source>Visit reason &quot;%1&quot; saved.</source>
        <translation>Motif « %1 » enregistré.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can be booked again.</source>
        <translation>« %1 » peut de nouveau être réservé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is deactivated: no longer bookable, kept for the history.</source>
        <translation>« %1 » est désactivé : plus réservable, conservé pour l&apos;historique.</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>accueil</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>Home visit (the messages give the patient&apos;s address)</source>
        <translation>Visite à domicile (les messages donnent l&apos;adresse du patient)</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>visite à domicile</translation>
    </message>
</context>
<context>
    <name>guichet::NewPatientDialog</name>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Birth name:</source>
        <translation>Nom de naissance :</translation>
    </message>
    <message>
        <source>Usage name:</source>
        <translation>Nom d&apos;usage :</translation>
    </message>
    <message>
        <source>First names:</source>
        <translation>Prénoms :</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Date de naissance :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>NISS (Belgium):</source>
        <translation>NISS (Belgique) :</translation>
    </message>
    <message>
        <source>NIR (France):</source>
        <translation>NIR (France) :</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>31/12/1980</source>
        <translation>31/12/1980</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sexe :</translation>
    </message>
    <message>
        <source>Create the record</source>
        <translation>Créer le dossier</translation>
    </message>
    <message>
        <source>Already known? Check these records before creating a new one:</source>
        <translation>Déjà connu ? Vérifiez ces dossiers avant d&apos;en créer un nouveau :</translation>
    </message>
    <message>
        <source>Patient record</source>
        <translation>Fiche patient</translation>
    </message>
    <message>
        <source>First name used:</source>
        <translation>Prénom usuel :</translation>
    </message>
    <message>
        <source>Other phone:</source>
        <translation>Autre téléphone :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Code postal :</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ville :</translation>
    </message>
    <message>
        <source>Reminders by SMS</source>
        <translation>Rappels par SMS</translation>
    </message>
    <message>
        <source>Reminders by e-mail</source>
        <translation>Rappels par e-mail</translation>
    </message>
    <message>
        <source>Known homonym (never merged)</source>
        <translation>Homonyme connu (jamais fusionné)</translation>
    </message>
    <message>
        <source>Doubtful identity</source>
        <translation>Identité douteuse</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Document checked</source>
        <translation>Pièce vérifiée</translation>
    </message>
    <message>
        <source>The patient showed this document at the desk: the identity is validated</source>
        <translation>Le patient a présenté cette pièce à l’accueil : l’identité est validée</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Identité :</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Read the eID card</source>
        <translation>Lire la carte eID</translation>
    </message>
    <message>
        <source>Fills the record from the Belgian identity card in the reader</source>
        <translation>Remplit la fiche à partir de la carte d&apos;identité belge dans le lecteur</translation>
    </message>
    <message>
        <source>Compares the record with the Belgian identity card in the reader</source>
        <translation>Compare la fiche avec la carte d&apos;identité belge dans le lecteur</translation>
    </message>
    <message>
        <source>The eID card and the record differ; nothing was changed. Check who is at the desk, then correct the record if it is wrong:
%1</source>
        <translation>La carte eID et la fiche diffèrent ; rien n&apos;a été modifié. Vérifiez qui est au guichet, puis corrigez la fiche si elle est fausse :
%1</translation>
    </message>
    <message>
        <source>Double-click a record to use it rather than create a new one</source>
        <translation>Double-cliquez un dossier pour l&apos;utiliser au lieu d&apos;en créer un nouveau</translation>
    </message>
    <message>
        <source>This patient may be known already (list above). Double-click their record to use it, or Save again to create a new record anyway.</source>
        <translation>Ce patient est peut-être déjà connu (liste ci-dessus). Double-cliquez son dossier pour l&apos;utiliser, ou cliquez de nouveau sur Enregistrer pour créer quand même un nouveau dossier.</translation>
    </message>
    <message>
        <source>Unsaved record</source>
        <translation>Fiche non enregistrée</translation>
    </message>
    <message>
        <source>What was typed in this record is not saved. Save it before closing?</source>
        <translation>Ce qui a été saisi dans cette fiche n&apos;est pas enregistré. L&apos;enregistrer avant de fermer ?</translation>
    </message>
    <message>
        <source>31/12/1980; 12/1980 when the day is unknown; 1980 when the month is unknown too</source>
        <translation>31/12/1980 ; 12/1980 si le jour est inconnu ; 1980 si le mois l&apos;est aussi</translation>
    </message>
    <message>
        <source>day unknown</source>
        <translation>jour inconnu</translation>
    </message>
    <message>
        <source>month unknown</source>
        <translation>mois inconnu</translation>
    </message>
    <message>
        <source>Update the address from the card</source>
        <translation>Mettre à jour l&apos;adresse depuis la carte</translation>
    </message>
    <message>
        <source>The address is now the card&apos;s (recorded in the record&apos;s history).</source>
        <translation>L&apos;adresse est maintenant celle de la carte (inscrit dans l&apos;historique du dossier).</translation>
    </message>
    <message>
        <source>On the card: %1, %2 %3</source>
        <translation>Sur la carte : %1, %2 %3</translation>
    </message>
</context>
<context>
    <name>guichet::NoShowChart</name>
    <message>
        <source>Not honoured</source>
        <translation>Non honorés</translation>
    </message>
    <message>
        <source>Late cancellations</source>
        <translation>Annulations tardives</translation>
    </message>
    <message>
        <source>No appointment in this range.</source>
        <translation>Aucun rendez-vous sur cette période.</translation>
    </message>
</context>
<context>
    <name>guichet::NoShowStatsModel</name>
    <message>
        <source>whole range</source>
        <translation>toute la période</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Visit reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Not honoured</source>
        <translation>Non honorés</translation>
    </message>
    <message>
        <source>Late cancellations</source>
        <translation>Annulations tardives</translation>
    </message>
    <message>
        <source>Time lost</source>
        <translation>Temps perdu</translation>
    </message>
    <message>
        <source>% not honoured</source>
        <translation>% non honorés</translation>
    </message>
    <message>
        <source>% late</source>
        <translation>% tardives</translation>
    </message>
</context>
<context>
    <name>guichet::NoShowStatsView</name>
    <message>
        <source>Appointments not honoured and late cancellations</source>
        <translation>Rendez-vous non honorés et annulations tardives</translation>
    </message>
    <message>
        <source>By month and visit reason</source>
        <translation>Par mois et par motif</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Export the figures</source>
        <translation>Exporter les chiffres</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 appointments, %2 not honoured (%3 %), %4 late cancellations; %5 h of consultation lost.</source>
        <translation>%1 rendez-vous, %2 non honorés (%3 %), %4 annulations tardives ; %5 h de consultation perdues.</translation>
    </message>
    <message>
        <source>Figures exported to %1.</source>
        <translation>Chiffres exportés dans %1.</translation>
    </message>
</context>
<context>
    <name>guichet::OpeningHoursDialog</name>
    <message>
        <source>Opening hours</source>
        <translation>Horaires d’ouverture</translation>
    </message>
    <message>
        <source>Usual week</source>
        <translation>Semaine type</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>Such as 08:30-12:30, 14:00-18:00; empty: closed</source>
        <translation>Par exemple 08:30-12:30, 14:00-18:00 ; vide : fermé</translation>
    </message>
    <message>
        <source>Save the week</source>
        <translation>Enregistrer la semaine</translation>
    </message>
    <message>
        <source>Days that differ (public holidays, exceptional hours)</source>
        <translation>Jours particuliers (jours fériés, horaires exceptionnels)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Hours (empty: closed)</source>
        <translation>Horaires (vide : fermé)</translation>
    </message>
    <message>
        <source>Such as 09:00-12:00; empty: closed all day</source>
        <translation>Par exemple 09:00-12:00 ; vide : fermé toute la journée</translation>
    </message>
    <message>
        <source>Public holiday, training…</source>
        <translation>Jour férié, formation…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Praticien :</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Nothing changed in the week.</source>
        <translation>Rien n’a changé dans la semaine.</translation>
    </message>
    <message>
        <source>Week saved.</source>
        <translation>Semaine enregistrée.</translation>
    </message>
    <message>
        <source>Closed on %1.</source>
        <translation>Fermé le %1.</translation>
    </message>
    <message>
        <source>Hours of %1 saved.</source>
        <translation>Horaires du %1 enregistrés.</translation>
    </message>
    <message>
        <source>Choose the day to remove in the list.</source>
        <translation>Choisissez dans la liste le jour à retirer.</translation>
    </message>
    <message>
        <source>The usual week applies again on that day.</source>
        <translation>La semaine type s’applique de nouveau ce jour-là.</translation>
    </message>
    <message>
        <source>No booked patient is left outside the hours.</source>
        <translation>Aucun patient avec rendez-vous ne se retrouve hors des horaires.</translation>
    </message>
    <message numerus="yes">
        <source>%n booked patient(s) now outside the hours must be called and moved:</source>
        <translation>
            <numerusform>%n patient avec rendez-vous désormais hors des horaires est à appeler et à déplacer :</numerusform>
            <numerusform>%n patients avec rendez-vous désormais hors des horaires sont à appeler et à déplacer :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::PatientPickerDialog</name>
    <message>
        <source>Patient: name, birth date, phone, NISS or NIR…</source>
        <translation>Patient : nom, date de naissance, téléphone, NISS ou NIR…</translation>
    </message>
    <message>
        <source>Choose the patient in the list.</source>
        <translation>Choisissez le patient dans la liste.</translation>
    </message>
    <message>
        <source>Say why.</source>
        <translation>Indiquez pourquoi.</translation>
    </message>
</context>
<context>
    <name>guichet::PatientSearchModel</name>
    <message>
        <source>Deceased</source>
        <translation>Décédé(e)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>NISS / NIR</source>
        <translation>NISS / NIR</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message numerus="yes">
        <source>blocked online (%n practitioner(s))</source>
        <translation>
            <numerusform>bloqué en ligne (%n praticien)</numerusform>
            <numerusform>bloqué en ligne (%n praticiens)</numerusform>
        </translation>
    </message>
    <message>
        <source>No-shows</source>
        <extracomment>Column header: count of appointments not honoured</extracomment>
        <translation>Non honorés</translation>
    </message>
</context>
<context>
    <name>guichet::PatientsView</name>
    <message>
        <source>Name, birth date (12/03/1980), phone, NISS or NIR…</source>
        <translation>Nom, date de naissance (12/03/1980), téléphone, NISS ou NIR…</translation>
    </message>
    <message>
        <source>Type at least two letters of a name, or a birth date, a phone number, a NISS or a NIR.</source>
        <translation>Tapez au moins deux lettres d&apos;un nom, ou une date de naissance, un numéro de téléphone, un NISS ou un NIR.</translation>
    </message>
    <message>
        <source>No patient found.</source>
        <translation>Aucun patient trouvé.</translation>
    </message>
    <message>
        <source>The first 50 patients found; type more to narrow down.</source>
        <translation>Les 50 premiers patients trouvés ; tapez davantage pour affiner.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) found.</source>
        <translation>
            <numerusform>%n patient trouvé.</numerusform>
            <numerusform>%n patients trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>décédé(e)</translation>
    </message>
    <message>
        <source>homonym</source>
        <translation>homonyme</translation>
    </message>
    <message>
        <source>doubtful identity</source>
        <translation>identité douteuse</translation>
    </message>
    <message>
        <source>Identity: %1</source>
        <translation>Identité : %1</translation>
    </message>
    <message>
        <source>Strict identity traits</source>
        <translation>Traits stricts d&apos;identité</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <source>Contact and other traits</source>
        <translation>Contact et autres traits</translation>
    </message>
    <message>
        <source>Usage name</source>
        <translation>Nom d&apos;usage</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Autre téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>NISS</source>
        <translation>NISS</translation>
    </message>
    <message>
        <source>NIR</source>
        <translation>NIR</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>Relatives</source>
        <translation>Proches</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Appointments not honoured</source>
        <translation>Rendez-vous non honorés</translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>%n au total</numerusform>
            <numerusform>%n au total</numerusform>
        </translation>
    </message>
    <message>
        <source>blocked online by the practice</source>
        <translation>bloqué en ligne par le cabinet</translation>
    </message>
    <message>
        <source>blocked online</source>
        <translation>bloqué en ligne</translation>
    </message>
    <message>
        <source>(excused)</source>
        <translation>(excusé)</translation>
    </message>
    <message>
        <source>(erased by the practice)</source>
        <translation>(effacé par le cabinet)</translation>
    </message>
    <message>
        <source>(late)</source>
        <translation>(tardive)</translation>
    </message>
    <message>
        <source>%1 (limit %2)</source>
        <translation>%1 (limite %2)</translation>
    </message>
    <message>
        <source>mark not honoured</source>
        <translation>marquer non honoré</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>annuler</translation>
    </message>
    <message>
        <source>New patient…</source>
        <translation>Nouveau patient…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P; the records already known are shown while you type</source>
        <translation>Ctrl+Maj+P ; les dossiers déjà connus s&apos;affichent pendant la saisie</translation>
    </message>
    <message>
        <source>Edit the record…</source>
        <translation>Modifier la fiche…</translation>
    </message>
    <message>
        <source>Ctrl+E; correct the record shown, check an identity document</source>
        <translation>Ctrl+E ; corriger la fiche affichée, vérifier une pièce d’identité</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>Séparer…</translation>
    </message>
    <message>
        <source>Two people share the record shown: move one person&apos;s appointments and documents to a new record</source>
        <translation>Deux personnes partagent la fiche affichée : déplacer les rendez-vous et documents de l’une vers une nouvelle fiche</translation>
    </message>
    <message>
        <source>The appointments could not be read: %1</source>
        <translation>Les rendez-vous n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Why is this no-show unjustified? (kept in the audit log)</source>
        <translation>Pourquoi cette absence est-elle injustifiée ? (conservé au journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Why is online booking blocked? (kept in the audit log)</source>
        <translation>Pourquoi bloquer la réservation en ligne ? (conservé au journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Why is the block lifted? (kept in the audit log)</source>
        <translation>Pourquoi lever le blocage ? (conservé au journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>lift the block</source>
        <translation>lever le blocage</translation>
    </message>
    <message>
        <source>block online</source>
        <translation>bloquer en ligne</translation>
    </message>
    <message>
        <source>Block online booking with:</source>
        <translation>Bloquer la réservation en ligne chez :</translation>
    </message>
    <message>
        <source>erase (unjustified)</source>
        <translation>effacer (injustifiée)</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Rendez-vous…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B; an appointment for the patient shown (or one of their relatives)</source>
        <translation>Ctrl+Maj+B ; un rendez-vous pour le patient affiché (ou l&apos;un de ses proches)</translation>
    </message>
    <message>
        <source>Add a relative to the account holder shown, attach the record to a holder, or detach it</source>
        <translation>Ajouter un proche au titulaire affiché, rattacher le dossier à un titulaire, ou le détacher</translation>
    </message>
    <message>
        <source>New relative of this holder…</source>
        <translation>Nouveau proche de ce titulaire…</translation>
    </message>
    <message>
        <source>New relative</source>
        <translation>Nouveau proche</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>Lien :</translation>
    </message>
    <message>
        <source>Attach to an account holder…</source>
        <translation>Rattacher à un titulaire…</translation>
    </message>
    <message>
        <source>Attach to an account holder</source>
        <translation>Rattacher à un titulaire</translation>
    </message>
    <message>
        <source>Detach: their own account holder…</source>
        <translation>Détacher : son propre titulaire…</translation>
    </message>
    <message>
        <source>Their own account holder</source>
        <translation>Son propre titulaire</translation>
    </message>
    <message>
        <source>The relative will be reached only by their own phone and e-mail. Why? (kept in the audit log)</source>
        <translation>Le proche ne sera plus joint que par son propre téléphone et son propre e-mail. Pourquoi ? (gardé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>%1 of the account holder %2.</source>
        <translation>%1 du titulaire %2.</translation>
    </message>
    <message>
        <source>Under 18: messages go to the account holder only (%1).</source>
        <translation>Moins de 18 ans : les messages vont au titulaire seulement (%1).</translation>
    </message>
    <message>
        <source>Messages go to the account holder (%1).</source>
        <translation>Les messages vont au titulaire (%1).</translation>
    </message>
    <message>
        <source>no contact</source>
        <translation>aucun contact</translation>
    </message>
    <message>
        <source>Usual medication</source>
        <translation>Traitement habituel</translation>
    </message>
    <message>
        <source>The patient&apos;s usual medication (practitioners only; the audit log keeps that it changed, not the text):</source>
        <translation>Le traitement habituel du patient (réservé aux praticiens ; le journal d&apos;audit garde qu&apos;il a changé, pas le texte) :</translation>
    </message>
    <message>
        <source>Medical (practitioners only)</source>
        <translation>Médical (réservé aux praticiens)</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun renseigné</translation>
    </message>
    <message>
        <source>change the usual medication</source>
        <translation>modifier le traitement habituel</translation>
    </message>
    <message>
        <source>Medical content is recorded: practitioners only.</source>
        <translation>Un contenu médical est renseigné : réservé aux praticiens.</translation>
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
        <translation>INAMI 1-23456-78-901 ou RPPS 10001234567</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Colour in the agenda</source>
        <translation>Couleur dans l&apos;agenda</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>New patients may book online</source>
        <translation>Les nouveaux patients peuvent réserver en ligne</translation>
    </message>
    <message>
        <source>Reminders and notices are sent</source>
        <translation>Les rappels et avis sont envoyés</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Prénom :</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Specialty:</source>
        <translation>Spécialité :</translation>
    </message>
    <message>
        <source>INAMI / RPPS:</source>
        <translation>INAMI / RPPS :</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Couleur :</translation>
    </message>
    <message>
        <source>Main site:</source>
        <translation>Site principal :</translation>
    </message>
    <message>
        <source>Also consults at:</source>
        <translation>Consulte aussi à :</translation>
    </message>
    <message>
        <source>Online cancellation until:</source>
        <translation>Annulation en ligne jusqu&apos;à :</translation>
    </message>
    <message>
        <source>Online booking up to:</source>
        <translation>Réservation en ligne jusqu&apos;à :</translation>
    </message>
    <message>
        <source>Minimum notice online:</source>
        <translation>Délai minimum en ligne :</translation>
    </message>
    <message>
        <source>Phone booking when the last visit is older than:</source>
        <translation>Réservation par téléphone si la dernière visite date de plus de :</translation>
    </message>
    <message>
        <source>New practitioner</source>
        <translation>Nouveau praticien</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <source>INAMI / RPPS</source>
        <translation>INAMI / RPPS</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>cancel %1 h before</source>
        <translation>annulation %1 h avant</translation>
    </message>
    <message>
        <source>no new patients</source>
        <translation>pas de nouveaux patients</translation>
    </message>
    <message>
        <source>%1 days ahead</source>
        <translation>%1 jours à l&apos;avance</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 enregistré(e).</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 ajouté(e).</translation>
    </message>
    <message>
        <source>%1 can be booked again.</source>
        <translation>%1 peut de nouveau être réservé(e).</translation>
    </message>
    <message>
        <source>%1 is deactivated: no longer bookable, kept for the history.</source>
        <translation>%1 est désactivé(e) : plus réservable, conservé(e) pour l&apos;historique.</translation>
    </message>
    <message numerus="yes">
        <source>%n booked appointment(s) ahead stay in the agenda: move or cancel them.</source>
        <translation>
            <numerusform>%n rendez-vous à venir reste dans l&apos;agenda : déplacez-le ou annulez-le.</numerusform>
            <numerusform>%n rendez-vous à venir restent dans l&apos;agenda : déplacez-les ou annulez-les.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::RulesPage</name>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Bounds</source>
        <translation>Bornes</translation>
    </message>
    <message>
        <source>The rules every desk of the practice applies. Each change is recorded in the audit log; messages not sent yet follow it at once.</source>
        <translation>Les règles que tous les postes du cabinet appliquent. Chaque modification est inscrite au journal d&apos;audit ; les messages pas encore envoyés la suivent aussitôt.</translation>
    </message>
    <message>
        <source>Save the rules</source>
        <translation>Enregistrer les règles</translation>
    </message>
    <message>
        <source>Undo my changes</source>
        <translation>Annuler mes modifications</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>oui ou non</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) changed.</source>
        <translation>
            <numerusform>%n règle modifiée.</numerusform>
            <numerusform>%n règles modifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>No scheduled backup: choose a folder (a network share or an external disk)</source>
        <translation>Pas de sauvegarde automatique : choisissez un dossier (un partage réseau ou un disque externe)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Save the folder</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Daily backups into:</source>
        <translation>Sauvegardes quotidiennes dans :</translation>
    </message>
    <message>
        <source>Last good backup: %1 (%2).</source>
        <translation>Dernière sauvegarde complète : %1 (%2).</translation>
    </message>
    <message>
        <source>No backup made yet.</source>
        <translation>Aucune sauvegarde faite pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The last attempt failed on %1: %2</source>
        <translation>La dernière tentative a échoué le %1 : %2</translation>
    </message>
</context>
<context>
    <name>guichet::RunningLateDialog</name>
    <message>
        <source>Running late</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Send to these patients</source>
        <translation>Envoyer à ces patients</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Praticien :</translation>
    </message>
    <message>
        <source>Late by about:</source>
        <translation>Retard d&apos;environ :</translation>
    </message>
    <message>
        <source>The patients still expected today, and what each will read:</source>
        <translation>Les patients encore attendus aujourd&apos;hui, et ce que chacun lira :</translation>
    </message>
    <message>
        <source>No mobile and no e-mail: phone them</source>
        <translation>Ni mobile ni e-mail : à appeler</translation>
    </message>
    <message>
        <source>Nobody is still expected today by this practitioner.</source>
        <translation>Plus personne n&apos;est attendu aujourd&apos;hui par ce praticien.</translation>
    </message>
</context>
<context>
    <name>guichet::ServerDialog</name>
    <message>
        <source>Central agenda</source>
        <translation>Agenda central</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>No central agenda yet: the desk works on its own and keeps every change.</source>
        <translation>Pas encore d&apos;agenda central : le guichet travaille seul et garde chaque modification.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Given by the central agenda&apos;s administrator</source>
        <translation>Fourni par l&apos;administrateur de l&apos;agenda central</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Opens the central agenda&apos;s sign-in page in the browser</source>
        <translation>Ouvre la page de connexion de l&apos;agenda central dans le navigateur</translation>
    </message>
    <message>
        <source>Only for a central agenda without sign-in page</source>
        <translation>Seulement pour un agenda central sans page de connexion</translation>
    </message>
    <message>
        <source>Client identifier:</source>
        <translation>Identifiant client :</translation>
    </message>
    <message>
        <source>Or token:</source>
        <translation>Ou jeton :</translation>
    </message>
    <message>
        <source>Signing in happens on the central agenda&apos;s page, in the browser; Guichet keeps what it receives only in this computer&apos;s keychain. The address must start with https://.</source>
        <translation>La connexion se fait sur la page de l&apos;agenda central, dans le navigateur ; Guichet garde ce qu&apos;il reçoit uniquement dans le trousseau de cet ordinateur. L&apos;adresse doit commencer par https://.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser… (the button cancels)</source>
        <translation>En attente de la connexion dans le navigateur… (le bouton annule)</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Signed in as the client &quot;%1&quot; (unattended desk).</source>
        <translation>Connecté comme le client « %1 » (poste sans personne).</translation>
    </message>
    <message>
        <source>Signed in through the central agenda&apos;s page.</source>
        <translation>Connecté par la page de l&apos;agenda central.</translation>
    </message>
    <message>
        <source>Signed in with a token.</source>
        <translation>Connecté avec un jeton.</translation>
    </message>
    <message>
        <source>Give the client identifier first: the central agenda&apos;s administrator knows it.</source>
        <translation>Indiquez d&apos;abord l&apos;identifiant client : l&apos;administrateur de l&apos;agenda central le connaît.</translation>
    </message>
    <message>
        <source>Signed out here, but the central agenda could not be told: ask its administrator to withdraw this desk&apos;s access.</source>
        <translation>Déconnecté ici, mais l&apos;agenda central n&apos;a pas pu être prévenu : demandez à son administrateur de retirer l&apos;accès de ce poste.</translation>
    </message>
</context>
<context>
    <name>guichet::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>As the system (French when unsure)</source>
        <translation>Comme le système (français en cas de doute)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Lock the screen after:</source>
        <translation>Verrouiller l&apos;écran après :</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>High contrast (white on black)</source>
        <translation>Contraste élevé (blanc sur noir)</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Couleurs :</translation>
    </message>
    <message numerus="yes">
        <source>The front-desk screen faces the waiting room: lock it after a few minutes without use. The practice allows at most %n minute(s) (its administrator sets it in the practice rules). A new language or colours apply at the next start.</source>
        <translation>
            <numerusform>L’écran de l’accueil fait face à la salle d’attente : verrouillez-le après quelques minutes sans utilisation. Le cabinet autorise au plus %n minute (son administrateur la règle dans les règles du cabinet). Une nouvelle langue ou de nouvelles couleurs s’appliquent au prochain démarrage.</numerusform>
            <numerusform>L’écran de l’accueil fait face à la salle d’attente : verrouillez-le après quelques minutes sans utilisation. Le cabinet autorise au plus %n minutes (son administrateur les règle dans les règles du cabinet). Une nouvelle langue ou de nouvelles couleurs s’appliquent au prochain démarrage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::SetupAssistant</name>
    <message>
        <source>Setting up the practice</source>
        <translation>Mise en place du cabinet</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Guichet now has its administrator. Describe the practice in a few steps: its site, its practitioners and their online rules, the visit reasons, the usual week and the people who use Guichet.

Every step can be skipped and done later from File ▸ Administration.</source>
        <translation>Guichet a maintenant son administrateur. Décrivez le cabinet en quelques étapes : son site, ses praticiens et leurs règles en ligne, les motifs, la semaine type et les personnes qui utilisent Guichet.

Chaque étape peut être passée et faite plus tard depuis Fichier ▸ Administration.</translation>
    </message>
    <message>
        <source>Take the practice from a central agenda…</source>
        <translation>Reprendre le cabinet d&apos;un agenda central…</translation>
    </message>
    <message>
        <source>If the practice already has its online agenda, Guichet can sign in to it and take its sites, practitioners and visit reasons.</source>
        <translation>Si le cabinet a déjà son agenda en ligne, Guichet peut s&apos;y connecter et reprendre ses sites, praticiens et motifs.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>A practice set up in a few minutes.</source>
        <translation>Un cabinet prêt en quelques minutes.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Where patients come: the address and access information appear in their messages.</source>
        <translation>Là où viennent les patients : l&apos;adresse et les informations d&apos;accès figurent dans leurs messages.</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Praticiens</translation>
    </message>
    <message>
        <source>Each with their INAMI (Belgium) or RPPS (France) number and their online rules.</source>
        <translation>Chacun avec son numéro INAMI (Belgique) ou RPPS (France) et ses règles en ligne.</translation>
    </message>
    <message>
        <source>Visit reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>What patients may book, how long it lasts, and who may book it where.</source>
        <translation>Ce que les patients peuvent réserver, combien de temps cela dure, et qui peut le réserver où.</translation>
    </message>
    <message>
        <source>Usual week</source>
        <translation>Semaine type</translation>
    </message>
    <message>
        <source>The hours of each practitioner and the reasons each range offers.</source>
        <translation>Les horaires de chaque praticien et les motifs proposés sur chaque plage.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>The secretaries and practitioners who sign in to Guichet.</source>
        <translation>Les secrétaires et praticiens qui se connectent à Guichet.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>The practice has %1 site(s), %2 practitioner(s), %3 visit reason(s) and %4 user(s).

Everything can be changed at any time in File ▸ Administration.</source>
        <translation>Le cabinet compte %1 site(s), %2 praticien(s), %3 motif(s) et %4 utilisateur(s).

Tout peut être modifié à tout moment dans Fichier ▸ Administration.</translation>
    </message>
    <message>
        <source>Taken from the central agenda: check each step, then finish.</source>
        <translation>Repris de l&apos;agenda central : vérifiez chaque étape, puis terminez.</translation>
    </message>
</context>
<context>
    <name>guichet::SignInDialog</name>
    <message>
        <source>Guichet — first start</source>
        <translation>Guichet — premier démarrage</translation>
    </message>
    <message>
        <source>Guichet — sign in</source>
        <translation>Guichet — connexion</translation>
    </message>
    <message>
        <source>Create the administrator of this installation</source>
        <translation>Créez l&apos;administrateur de cette installation</translation>
    </message>
    <message>
        <source>Sign in to Guichet</source>
        <translation>Connexion à Guichet</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nom complet :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Mot de passe (à nouveau) :</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Changer mon mot de passe…</translation>
    </message>
    <message>
        <source>Your password is changed: sign in with the new one.</source>
        <translation>Votre mot de passe est changé : connectez-vous avec le nouveau.</translation>
    </message>
    <message>
        <source>At least 12 characters, hard to guess: a phrase of four or more words is easy to remember.</source>
        <translation>Au moins 12 caractères, difficiles à deviner : une phrase de quatre mots ou plus se retient facilement.</translation>
    </message>
</context>
<context>
    <name>guichet::SitesPage</name>
    <message>
        <source>Centre médical du Parc</source>
        <translation>Centre médical du Parc</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Rue et numéro</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>02 538 12 00</source>
        <translation>02 538 12 00</translation>
    </message>
    <message>
        <source>Floor, lift, parking, public transport, access for wheelchairs…</source>
        <translation>Étage, ascenseur, stationnement, transports en commun, accès en fauteuil roulant…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Code postal :</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ville :</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire :</translation>
    </message>
    <message>
        <source>Access for patients:</source>
        <translation>Accès pour les patients :</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Nouveau site</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Site &quot;%1&quot; added.</source>
        <translation>Site « %1 » ajouté.</translation>
    </message>
    <message>
        <source>Site &quot;%1&quot; saved.</source>
        <translation>Site « %1 » enregistré.</translation>
    </message>
</context>
<context>
    <name>guichet::SplitDialog</name>
    <message>
        <source>Split a record shared by two people</source>
        <translation>Séparer une fiche partagée par deux personnes</translation>
    </message>
    <message>
        <source>%1&apos;s record holds another person&apos;s visits. Type the other person&apos;s identity and tick what is theirs: it moves to a new record.</source>
        <translation>La fiche de %1 contient les venues d’une autre personne. Saisissez l’identité de l’autre personne et cochez ce qui est à elle : cela passe sur une nouvelle fiche.</translation>
    </message>
    <message>
        <source>Birth name:</source>
        <translation>Nom de naissance :</translation>
    </message>
    <message>
        <source>First names:</source>
        <translation>Prénoms :</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Date de naissance :</translation>
    </message>
    <message>
        <source>31/12/1980</source>
        <translation>31/12/1980</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sexe :</translation>
    </message>
    <message>
        <source>Appointment %1 — %2, %3 (%4)</source>
        <translation>Rendez-vous du %1 — %2, %3 (%4)</translation>
    </message>
    <message>
        <source>Document %1 — %2</source>
        <translation>Document du %1 — %2</translation>
    </message>
    <message>
        <source>Create the record and move</source>
        <translation>Créer la fiche et déplacer</translation>
    </message>
    <message>
        <source>What belongs to the other person:</source>
        <translation>Ce qui appartient à l’autre personne :</translation>
    </message>
    <message>
        <source>The appointments could not be read: %1</source>
        <translation>Les rendez-vous n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>The documents could not be read: %1</source>
        <translation>Les documents n’ont pas pu être lus : %1</translation>
    </message>
</context>
<context>
    <name>guichet::SyncController</name>
    <message numerus="yes">
        <source>Sync: not configured — %n change(s) pending</source>
        <translation>
            <numerusform>Synchro : non configurée — %n modification en attente</numerusform>
            <numerusform>Synchro : non configurée — %n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: not yet run</source>
        <translation>Synchro : pas encore lancée</translation>
    </message>
    <message>
        <source>Sync: in progress…</source>
        <translation>Synchro : en cours…</translation>
    </message>
    <message>
        <source>Sync: up to date (%1)</source>
        <translation>Synchro : à jour (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n change(s) pending</source>
        <translation>
            <numerusform>Synchro : %n modification en attente</numerusform>
            <numerusform>Synchro : %n modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync: offline — %n change(s) kept here</source>
        <translation>
            <numerusform>Synchro : hors ligne — %n modification gardée ici</numerusform>
            <numerusform>Synchro : hors ligne — %n modifications gardées ici</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: error — see the Sync page</source>
        <translation>Synchro : erreur — voir la page Synchro</translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n conflict(s) to settle</source>
        <translation>
            <numerusform>Synchro : %n conflit à régler</numerusform>
            <numerusform>Synchro : %n conflits à régler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync: sign in again (File, Central agenda) — %n change(s) kept here</source>
        <translation>
            <numerusform>Synchro : reconnectez-vous (Fichier, Agenda central) — %n modification gardée ici</numerusform>
            <numerusform>Synchro : reconnectez-vous (Fichier, Agenda central) — %n modifications gardées ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received booking(s) to check</source>
        <translation>
            <numerusform>%n réservation reçue à vérifier</numerusform>
            <numerusform>%n réservations reçues à vérifier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::SyncView</name>
    <message>
        <source>Synchronisation with the central agenda</source>
        <translation>Synchronisation avec l&apos;agenda central</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>statut modifié</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionné</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Central agenda…</source>
        <translation>Agenda central…</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Fields changed on both sides</source>
        <translation>Champs modifiés des deux côtés</translation>
    </message>
    <message>
        <source>Settle…</source>
        <translation>Régler…</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Conflicts to settle</source>
        <translation>Conflits à régler</translation>
    </message>
    <message>
        <source>Changes not sent yet</source>
        <translation>Modifications pas encore envoyées</translation>
    </message>
    <message>
        <source>Central agenda: %1 (account %2).</source>
        <translation>Agenda central : %1 (compte %2).</translation>
    </message>
    <message>
        <source>Last exchange at %1: %2 sent, %3 received, %4 refused.</source>
        <translation>Dernier échange à %1 : %2 envoyés, %3 reçus, %4 refusés.</translation>
    </message>
    <message>
        <source>No central agenda is set up: every change is kept in the local journal and will be sent once its address is given (Central agenda…).</source>
        <translation>Aucun agenda central n&apos;est configuré : chaque modification est gardée dans le journal local et sera envoyée dès que son adresse sera indiquée (Agenda central…).</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Day with other hours</source>
        <translation>Jour aux horaires particuliers</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>parked: refused by the central agenda</source>
        <translation>mis de côté : refusé par l&apos;agenda central</translation>
    </message>
    <message>
        <source>Online booking block</source>
        <translation>Blocage de la réservation en ligne</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Rule not met</source>
        <translation>Règle non respectée</translation>
    </message>
    <message>
        <source>Keep…</source>
        <translation>Garder…</translation>
    </message>
    <message>
        <source>The appointment stays as booked; say why (recorded in the audit log).</source>
        <translation>Le rendez-vous reste tel quel ; indiquez pourquoi (inscrit au journal d&apos;audit).</translation>
    </message>
    <message>
        <source>Cancel the appointment…</source>
        <translation>Annuler le rendez-vous…</translation>
    </message>
    <message>
        <source>The patient is sent the cancellation message.</source>
        <translation>Le patient reçoit le message d&apos;annulation.</translation>
    </message>
    <message>
        <source>Patient called…</source>
        <translation>Patient appelé…</translation>
    </message>
    <message>
        <source>Received from the central agenda, to check</source>
        <translation>Reçu de l&apos;agenda central, à vérifier</translation>
    </message>
    <message>
        <source>Received from the central agenda, to check (%1)</source>
        <translation>Reçu de l&apos;agenda central, à vérifier (%1)</translation>
    </message>
    <message>
        <source>(unknown patient)</source>
        <translation>(patient inconnu)</translation>
    </message>
    <message>
        <source>Choose an item in the list first.</source>
        <translation>Choisissez d&apos;abord un élément dans la liste.</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Keep the appointment</source>
        <translation>Garder le rendez-vous</translation>
    </message>
    <message>
        <source>Why is it kept despite the rule?</source>
        <translation>Pourquoi le garder malgré la règle ?</translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <source>Reason for the cancellation (the patient is sent the cancellation message):</source>
        <translation>Motif de l&apos;annulation (le patient reçoit le message d&apos;annulation) :</translation>
    </message>
    <message>
        <source>Patient called</source>
        <translation>Patient appelé</translation>
    </message>
    <message>
        <source>What was agreed with the patient (optional):</source>
        <translation>Ce qui a été convenu avec le patient (facultatif) :</translation>
    </message>
    <message>
        <source>Slot held while a patient confirms online</source>
        <translation>Créneau retenu pendant qu&apos;un patient confirme en ligne</translation>
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
        <translation>Identifiant :</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nom complet :</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Praticien :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Set this password</source>
        <translation>Définir ce mot de passe</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>waits after wrong passwords</source>
        <translation>en attente après de mauvais mots de passe</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>%1 can sign in now.</source>
        <translation>%1 peut se connecter dès maintenant.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 est maintenant %2.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>%1 is disabled: the account can no longer sign in; its history stays.</source>
        <translation>%1 est désactivé : le compte ne peut plus se connecter ; son historique reste.</translation>
    </message>
    <message>
        <source>New password set for %1: tell it to them in person.</source>
        <translation>Nouveau mot de passe défini pour %1 : communiquez-le en personne.</translation>
    </message>
    <message>
        <source>At least 12 characters, hard to guess: a phrase of four or more words is easy to remember.</source>
        <translation>Au moins 12 caractères, difficiles à deviner : une phrase de quatre mots ou plus se retient facilement.</translation>
    </message>
</context>
<context>
    <name>guichet::WaitlistCallsDialog</name>
    <message>
        <source>Waiting list: patients to phone</source>
        <translation>Liste d&apos;attente : patients à appeler</translation>
    </message>
    <message>
        <source>An earlier slot freed up for these patients. Phone them and note their answer: accepted, the appointment moves to the earlier slot.</source>
        <translation>Un créneau plus tôt s&apos;est libéré pour ces patients. Appelez-les et notez leur réponse : s&apos;ils acceptent, le rendez-vous passe au créneau plus tôt.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Current appointment</source>
        <translation>Rendez-vous actuel</translation>
    </message>
    <message>
        <source>Earlier slot offered</source>
        <translation>Créneau plus tôt proposé</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Proposé le</translation>
    </message>
    <message>
        <source>The patient takes the slot</source>
        <translation>Le patient prend le créneau</translation>
    </message>
    <message>
        <source>The patient keeps their appointment</source>
        <translation>Le patient garde son rendez-vous</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Nobody to phone.</source>
        <translation>Personne à appeler.</translation>
    </message>
    <message>
        <source>The appointment moved to the earlier slot.</source>
        <translation>Le rendez-vous est passé au créneau plus tôt.</translation>
    </message>
    <message>
        <source>Noted: the patient keeps their appointment and stays on the list.</source>
        <translation>C&apos;est noté : le patient garde son rendez-vous et reste sur la liste.</translation>
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
        <translation>--now « %1 » n&apos;est pas une date ISO 8601.</translation>
    </message>
    <message>
        <source>Database file (or GUICHET_DB).</source>
        <translation>Fichier de base de données (ou GUICHET_DB).</translation>
    </message>
    <message>
        <source>fr, nl or en (default: the settings, then the system).</source>
        <translation>fr, nl ou en (par défaut : les réglages, puis le système).</translation>
    </message>
    <message>
        <source>Fix the clock (ISO 8601; or GUICHET_NOW).</source>
        <translation>Fixer l&apos;horloge (ISO 8601 ; ou GUICHET_NOW).</translation>
    </message>
    <message>
        <source>--now (or GUICHET_NOW) is accepted only on a demo clinic or a database created for tests, not on a practice&apos;s database.</source>
        <translation>--now (ou GUICHET_NOW) n’est accepté que sur un cabinet de démonstration ou une base créée pour les tests, jamais sur la base d’un cabinet.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The backup is in place. The database it replaced is kept as %1. Sign in again.</source>
        <translation>La sauvegarde est en place. La base qu&apos;elle remplace est gardée sous %1. Reconnectez-vous.</translation>
    </message>
</context>
</TS>
