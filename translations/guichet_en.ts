<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AbsenceService</name>
    <message>
        <source>The absence needs a start and an end.</source>
        <translation>The absence needs a start and an end.</translation>
    </message>
    <message>
        <source>The absence must end after it starts.</source>
        <translation>The absence must end after it starts.</translation>
    </message>
    <message>
        <source>An absence lasts at most a year; declare a longer one in parts.</source>
        <translation>An absence lasts at most a year; declare a longer one in parts.</translation>
    </message>
    <message>
        <source>The reason of the absence is at most 200 characters.</source>
        <translation>The reason of the absence is at most 200 characters.</translation>
    </message>
</context>
<context>
    <name>AgendaPrint</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Visit reason</source>
        <translation>Visit reason</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>No appointment these days.</source>
        <translation>No appointment these days.</translation>
    </message>
    <message>
        <source>No appointment this day.</source>
        <translation>No appointment this day.</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message>
        <source>No appointment from %1 to %2.</source>
        <translation>No appointment from %1 to %2.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>Appointment for %1</source>
        <translation>Appointment for %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>video consultation: the link comes by e-mail</source>
        <translation>video consultation: the link comes by e-mail</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>With %1</translation>
    </message>
    <message>
        <source>Getting there: %1</source>
        <translation>Getting there: %1</translation>
    </message>
    <message>
        <source>Before you come: %1</source>
        <translation>Before you come: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cannot come? Please cancel at least %n hour(s) before, so that the slot goes to another patient: call %1 or use your patient area.</source>
        <translation>
            <numerusform>Cannot come? Please cancel at least %n hour before, so that the slot goes to another patient: call %1 or use your patient area.</numerusform>
            <numerusform>Cannot come? Please cancel at least %n hours before, so that the slot goes to another patient: call %1 or use your patient area.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Printed on %1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
</context>
<context>
    <name>AppointmentDetailsReader</name>
    <message>
        <source>Given to another patient</source>
        <translation>Given to another patient</translation>
    </message>
    <message>
        <source>Visit reason changed</source>
        <translation>Visit reason changed</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Booked again</source>
        <translation>Booked again</translation>
    </message>
    <message>
        <source>Message from the desk</source>
        <translation>Message from the desk</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>to send</source>
        <translation>to send</translation>
    </message>
    <message>
        <source>the patient, online</source>
        <translation>the patient, online</translation>
    </message>
    <message>
        <source>the practitioner</source>
        <translation>the practitioner</translation>
    </message>
    <message>
        <source>the secretariat</source>
        <translation>the secretariat</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>excused</translation>
    </message>
    <message>
        <source>not excused</source>
        <translation>not excused</translation>
    </message>
</context>
<context>
    <name>AppointmentRepository</name>
    <message>
        <source>The history of appointment %1 holds an unknown status &quot;%2&quot;.</source>
        <translation>The history of appointment %1 holds an unknown status &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>AppointmentSeries</name>
    <message>
        <source>A series repeats every N days or every N weeks (one of the two).</source>
        <translation>A series repeats every N days or every N weeks (one of the two).</translation>
    </message>
    <message>
        <source>A series repeats at most once a day and at least once a year.</source>
        <translation>A series repeats at most once a day and at least once a year.</translation>
    </message>
    <message>
        <source>Give either the number of appointments or the last day of the series.</source>
        <translation>Give either the number of appointments or the last day of the series.</translation>
    </message>
    <message>
        <source>A series holds at most %1 appointments.</source>
        <translation>A series holds at most %1 appointments.</translation>
    </message>
    <message>
        <source>The appointment needs a start date and time.</source>
        <translation>The appointment needs a start date and time.</translation>
    </message>
    <message>
        <source>The last day of the series comes before its first appointment.</source>
        <translation>The last day of the series comes before its first appointment.</translation>
    </message>
    <message>
        <source>A series holds at most %1 appointments: choose an earlier last day.</source>
        <translation>A series holds at most %1 appointments: choose an earlier last day.</translation>
    </message>
    <message>
        <source>%1 booked, %2 refused</source>
        <translation>%1 booked, %2 refused</translation>
    </message>
    <message>
        <source>This appointment is not part of a series.</source>
        <translation>This appointment is not part of a series.</translation>
    </message>
    <message>
        <source>Only a booked appointment of the series can move the rest of it.</source>
        <translation>Only a booked appointment of the series can move the rest of it.</translation>
    </message>
</context>
<context>
    <name>AppointmentService</name>
    <message>
        <source>This patient record was merged into another one; book on the surviving record.</source>
        <translation>This patient record was merged into another one; book on the surviving record.</translation>
    </message>
    <message>
        <source>This patient is recorded as deceased.</source>
        <translation>This patient is recorded as deceased.</translation>
    </message>
    <message>
        <source>The visit reason &quot;%1&quot; is not one of %2&apos;s.</source>
        <translation>The visit reason &quot;%1&quot; is not one of %2&apos;s.</translation>
    </message>
    <message>
        <source>An appointment lasts between 1 minute and 12 hours.</source>
        <translation>An appointment lasts between 1 minute and 12 hours.</translation>
    </message>
    <message>
        <source>The appointment needs a start date and time.</source>
        <translation>The appointment needs a start date and time.</translation>
    </message>
    <message>
        <source>An appointment that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>An appointment that is &quot;%1&quot; cannot become &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A cancellation needs a reason.</source>
        <translation>A cancellation needs a reason.</translation>
    </message>
    <message>
        <source>Say why this appointment was entered in error.</source>
        <translation>Say why this appointment was entered in error.</translation>
    </message>
    <message>
        <source>Only the desk may book over a taken slot.</source>
        <translation>Only the desk may book over a taken slot.</translation>
    </message>
    <message>
        <source>Replaced by the appointment of %1</source>
        <translation>Replaced by the appointment of %1</translation>
    </message>
    <message>
        <source>Only a booked appointment can be moved; this one is &quot;%1&quot;.</source>
        <translation>Only a booked appointment can be moved; this one is &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>moved from %1</source>
        <translation>moved from %1</translation>
    </message>
    <message>
        <source>The end of the appointment must come after its start.</source>
        <translation>The end of the appointment must come after its start.</translation>
    </message>
    <message>
        <source>An appointment lasts at most 12 hours.</source>
        <translation>An appointment lasts at most 12 hours.</translation>
    </message>
    <message>
        <source>length %1 min instead of %2</source>
        <translation>length %1 min instead of %2</translation>
    </message>
    <message>
        <source>Only a cancelled appointment can be booked again; this one is &quot;%1&quot;.</source>
        <translation>Only a cancelled appointment can be booked again; this one is &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The end of the search must come after its start.</source>
        <translation>The end of the search must come after its start.</translation>
    </message>
    <message>
        <source>kept despite the spacing rule: %1</source>
        <translation>kept despite the spacing rule: %1</translation>
    </message>
    <message>
        <source>Only a booked appointment can be given to another patient; this one is &quot;%1&quot;.</source>
        <translation>Only a booked appointment can be given to another patient; this one is &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Say why the appointment goes to another patient.</source>
        <translation>Say why the appointment goes to another patient.</translation>
    </message>
    <message>
        <source>The appointment is already this patient&apos;s.</source>
        <translation>The appointment is already this patient&apos;s.</translation>
    </message>
    <message>
        <source>This patient record was merged into another one; choose the surviving record.</source>
        <translation>This patient record was merged into another one; choose the surviving record.</translation>
    </message>
    <message>
        <source>patient changed (was %1): %2</source>
        <translation>patient changed (was %1): %2</translation>
    </message>
    <message>
        <source>Only a booked appointment can change its visit reason; this one is &quot;%1&quot;.</source>
        <translation>Only a booked appointment can change its visit reason; this one is &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>visit reason: %1 instead of %2</source>
        <translation>visit reason: %1 instead of %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>A note holds at most 2000 characters.</source>
        <translation>A note holds at most 2000 characters.</translation>
    </message>
    <message>
        <source>note removed</source>
        <translation>note removed</translation>
    </message>
    <message>
        <source>note changed</source>
        <translation>note changed</translation>
    </message>
</context>
<context>
    <name>AppointmentStatuses</name>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>In consultation</source>
        <translation>In consultation</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Not honoured</source>
        <extracomment>The patient did not come to the appointment</extracomment>
        <translation>Not honoured</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>Entered in error</translation>
    </message>
</context>
<context>
    <name>AppointmentWrite</name>
    <message>
        <source>The site&apos;s time zone &quot;%1&quot; is not known.</source>
        <translation>The site&apos;s time zone &quot;%1&quot; is not known.</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Sign-in refused</translation>
    </message>
    <message>
        <source>Account made to wait after wrong passwords</source>
        <translation>Account made to wait after wrong passwords</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>User created</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>User enabled</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>User disabled</translation>
    </message>
    <message>
        <source>User&apos;s role changed</source>
        <translation>User&apos;s role changed</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Own password changed</translation>
    </message>
    <message>
        <source>Password set by an administrator</source>
        <translation>Password set by an administrator</translation>
    </message>
    <message>
        <source>Practice rule changed</source>
        <translation>Practice rule changed</translation>
    </message>
    <message>
        <source>Site added</source>
        <translation>Site added</translation>
    </message>
    <message>
        <source>Site changed</source>
        <translation>Site changed</translation>
    </message>
    <message>
        <source>Practitioner added</source>
        <translation>Practitioner added</translation>
    </message>
    <message>
        <source>Practitioner changed</source>
        <translation>Practitioner changed</translation>
    </message>
    <message>
        <source>Practitioner reactivated</source>
        <translation>Practitioner reactivated</translation>
    </message>
    <message>
        <source>Practitioner deactivated</source>
        <translation>Practitioner deactivated</translation>
    </message>
    <message>
        <source>Visit reason added</source>
        <translation>Visit reason added</translation>
    </message>
    <message>
        <source>Visit reason changed</source>
        <translation>Visit reason changed</translation>
    </message>
    <message>
        <source>Visit reason reactivated</source>
        <translation>Visit reason reactivated</translation>
    </message>
    <message>
        <source>Visit reason deactivated</source>
        <translation>Visit reason deactivated</translation>
    </message>
    <message>
        <source>Absence declared</source>
        <translation>Absence declared</translation>
    </message>
    <message>
        <source>Absence changed</source>
        <translation>Absence changed</translation>
    </message>
    <message>
        <source>Absence removed</source>
        <translation>Absence removed</translation>
    </message>
    <message>
        <source>No-show erased</source>
        <translation>No-show erased</translation>
    </message>
    <message>
        <source>Online booking blocked</source>
        <translation>Online booking blocked</translation>
    </message>
    <message>
        <source>Online booking block lifted</source>
        <translation>Online booking block lifted</translation>
    </message>
    <message>
        <source>Records merged</source>
        <translation>Records merged</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>Merge undone</translation>
    </message>
    <message>
        <source>Record split</source>
        <translation>Record split</translation>
    </message>
    <message>
        <source>Marked as not duplicates</source>
        <translation>Marked as not duplicates</translation>
    </message>
    <message>
        <source>Identity checked</source>
        <translation>Identity checked</translation>
    </message>
    <message>
        <source>Strict identity traits changed</source>
        <translation>Strict identity traits changed</translation>
    </message>
    <message>
        <source>Document removed</source>
        <translation>Document removed</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Agenda exported (iCalendar)</source>
        <translation>Agenda exported (iCalendar)</translation>
    </message>
    <message>
        <source>Waiting-list offer accepted</source>
        <translation>Waiting-list offer accepted</translation>
    </message>
    <message>
        <source>Sync conflict settled</source>
        <translation>Sync conflict settled</translation>
    </message>
    <message>
        <source>Signed in to the central agenda</source>
        <translation>Signed in to the central agenda</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Audit log exported</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>Screen unlocked</translation>
    </message>
    <message>
        <source>Wrong password at the lock screen</source>
        <translation>Wrong password at the lock screen</translation>
    </message>
    <message>
        <source>User&apos;s name changed</source>
        <translation>User&apos;s name changed</translation>
    </message>
    <message>
        <source>Signed out of the central agenda</source>
        <translation>Signed out of the central agenda</translation>
    </message>
    <message>
        <source>Document key exported</source>
        <translation>Document key exported</translation>
    </message>
    <message>
        <source>Document key imported</source>
        <translation>Document key imported</translation>
    </message>
    <message>
        <source>Appointment given to another patient</source>
        <translation>Appointment given to another patient</translation>
    </message>
    <message>
        <source>Appointment entered in error</source>
        <translation>Appointment entered in error</translation>
    </message>
    <message>
        <source>Appointment kept despite the spacing rule</source>
        <translation>Appointment kept despite the spacing rule</translation>
    </message>
    <message>
        <source>Series of appointments booked</source>
        <translation>Series of appointments booked</translation>
    </message>
    <message>
        <source>Running-late message sent</source>
        <translation>Running-late message sent</translation>
    </message>
    <message>
        <source>Message sent to a patient</source>
        <translation>Message sent to a patient</translation>
    </message>
    <message>
        <source>Relative linked to an account holder</source>
        <translation>Relative linked to an account holder</translation>
    </message>
    <message>
        <source>Relative made their own account holder</source>
        <translation>Relative made their own account holder</translation>
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
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Booking rules</source>
        <translation>Booking rules</translation>
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
        <translation>Visit reasons</translation>
    </message>
    <message>
        <source>Appointments not honoured</source>
        <translation>Appointments not honoured</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Practitioners</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Screen lock</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Sign-ins</translation>
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
        <translation>Users</translation>
    </message>
    <message>
        <source>Document vault</source>
        <translation>Document vault</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Other acts</source>
        <translation>Other acts</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>the system</translation>
    </message>
    <message>
        <source>the patient, online</source>
        <translation>the patient, online</translation>
    </message>
    <message>
        <source>the central agenda</source>
        <translation>the central agenda</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Appointment of</source>
        <translation>Appointment of</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Practitioner</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Visit reason</source>
        <translation>Visit reason</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
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
        <translation>Backup</translation>
    </message>
    <message>
        <source>%1 (no longer in the practice)</source>
        <translation>%1 (no longer in the practice)</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>status before</source>
        <translation>status before</translation>
    </message>
    <message>
        <source>status after</source>
        <translation>status after</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message>
        <source>to the patient</source>
        <translation>to the patient</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation>practitioner</translation>
    </message>
    <message>
        <source>visit reason</source>
        <translation>visit reason</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>record kept</source>
        <translation>record kept</translation>
    </message>
    <message>
        <source>record merged</source>
        <translation>record merged</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>excused</translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>late cancellation</source>
        <translation>late cancellation</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>first name</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>last name</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>patients</source>
        <translation>patients</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>appointments</translation>
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
        <translation>closeness</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>kept as</source>
        <translation>kept as</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>time zone</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>colour</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(no longer in the practice)</source>
        <translation>(no longer in the practice)</translation>
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
            <numerusform>%n other detail in the export</numerusform>
            <numerusform>%n other details in the export</numerusform>
        </translation>
    </message>
    <message>
        <source>Address updated from the eID card</source>
        <translation>Address updated from the eID card</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <source>country</source>
        <translation>country</translation>
    </message>
    <message>
        <source>card number</source>
        <translation>card number</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup &quot;%1&quot; does not exist.</source>
        <translation>The backup &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>The backup is damaged: %1</source>
        <translation>The backup is damaged: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose a new file name for the backup.</source>
        <translation>&quot;%1&quot; already exists; choose a new file name for the backup.</translation>
    </message>
    <message>
        <source>The backup to &quot;%1&quot; failed: %2</source>
        <translation>The backup to &quot;%1&quot; failed: %2</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; could not be written to disk.</source>
        <translation>The backup &quot;%1&quot; could not be written to disk.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; could not be read back.</source>
        <translation>The backup &quot;%1&quot; could not be read back.</translation>
    </message>
    <message>
        <source>The documents could not be copied beside the backup (%1).</source>
        <translation>The documents could not be copied beside the backup (%1).</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; could not be put in place.</source>
        <translation>The backup &quot;%1&quot; could not be put in place.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; could not be completed (its manifest).</source>
        <translation>The backup &quot;%1&quot; could not be completed (its manifest).</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; is incomplete: its manifest (%2) is missing. It was interrupted, or copied without it; nothing was changed.</source>
        <translation>The backup &quot;%1&quot; is incomplete: its manifest (%2) is missing. It was interrupted, or copied without it; nothing was changed.</translation>
    </message>
    <message>
        <source>The manifest of the backup &quot;%1&quot; is damaged or of an unknown format; nothing was changed.</source>
        <translation>The manifest of the backup &quot;%1&quot; is damaged or of an unknown format; nothing was changed.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; is not the file that was written (truncated or altered); nothing was changed.</source>
        <translation>The backup &quot;%1&quot; is not the file that was written (truncated or altered); nothing was changed.</translation>
    </message>
    <message>
        <source>The manifest of the backup &quot;%1&quot; is damaged; nothing was changed.</source>
        <translation>The manifest of the backup &quot;%1&quot; is damaged; nothing was changed.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; is incomplete: the document file %2 is missing; nothing was changed.</source>
        <translation>The backup &quot;%1&quot; is incomplete: the document file %2 is missing; nothing was changed.</translation>
    </message>
    <message>
        <source>The document file %1 of the backup &quot;%2&quot; was altered; nothing was changed.</source>
        <translation>The document file %1 of the backup &quot;%2&quot; was altered; nothing was changed.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; is another practice&apos;s (or another database&apos;s): it would replace this practice&apos;s records. Nothing was changed.</source>
        <translation>The backup &quot;%1&quot; is another practice&apos;s (or another database&apos;s): it would replace this practice&apos;s records. Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup could not be copied next to the database; nothing was changed.</source>
        <translation>The backup could not be copied next to the database; nothing was changed.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; does not hold what its manifest counts; nothing was changed.</source>
        <translation>The backup &quot;%1&quot; does not hold what its manifest counts; nothing was changed.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; is incomplete: %2 documents are recorded but %3 document files were saved; nothing was changed.</source>
        <translation>The backup &quot;%1&quot; is incomplete: %2 documents are recorded but %3 document files were saved; nothing was changed.</translation>
    </message>
    <message>
        <source>The documents could not be copied back; nothing was changed.</source>
        <translation>The documents could not be copied back; nothing was changed.</translation>
    </message>
    <message>
        <source>The document %1 could not be copied back; nothing was changed.</source>
        <translation>The document %1 could not be copied back; nothing was changed.</translation>
    </message>
    <message>
        <source>patients</source>
        <translation>patients</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>appointments</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>The database holds %1 %2; the last backup (%3, %4) held %5. Records were lost: restore that backup, or find out why.</source>
        <translation>The database holds %1 %2; the last backup (%3, %4) held %5. Records were lost: restore that backup, or find out why.</translation>
    </message>
    <message>
        <source>The restore could not be prepared next to the database; nothing was changed.</source>
        <translation>The restore could not be prepared next to the database; nothing was changed.</translation>
    </message>
    <message>
        <source>An interrupted restore of %1 could not be read (%2).</source>
        <translation>An interrupted restore of %1 could not be read (%2).</translation>
    </message>
    <message>
        <source>The restore of %1 could not be finished; it will be tried again when Guichet next opens this database. Nothing is lost: the previous database is %2.</source>
        <translation>The restore of %1 could not be finished; it will be tried again when Guichet next opens this database. Nothing is lost: the previous database is %2.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>Give the backup folder&apos;s full path (for example /srv/guichet/sauvegardes).</source>
        <translation>Give the backup folder&apos;s full path (for example /srv/guichet/sauvegardes).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Guichet cannot write in %1.</source>
        <translation>Guichet cannot write in %1.</translation>
    </message>
    <message>
        <source>Guichet could not remove the old backup %1.</source>
        <translation>Guichet could not remove the old backup %1.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Choose where to write the backup.</source>
        <translation>Choose where to write the backup.</translation>
    </message>
    <message>
        <source>No practice is open.</source>
        <translation>No practice is open.</translation>
    </message>
</context>
<context>
    <name>BookCommand</name>
    <message>
        <source>booking</source>
        <translation>booking</translation>
    </message>
    <message>
        <source>Booking undone at the desk</source>
        <translation>Booking undone at the desk</translation>
    </message>
    <message>
        <source>Booking undone: %1 is no longer booked (kept as entered in error). Ctrl+Y books it again.</source>
        <translation>Booking undone: %1 is no longer booked (kept as entered in error). Ctrl+Y books it again.</translation>
    </message>
    <message>
        <source>Booked again: %1.</source>
        <translation>Booked again: %1.</translation>
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
        <translation>By phone</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>At the desk</translation>
    </message>
</context>
<context>
    <name>BookingRules</name>
    <message>
        <source>Unknown practitioner or patient.</source>
        <translation>Unknown practitioner or patient.</translation>
    </message>
    <message>
        <source>The appointment must end after it starts.</source>
        <translation>The appointment must end after it starts.</translation>
    </message>
    <message>
        <source>This time has passed.</source>
        <translation>This time has passed.</translation>
    </message>
    <message>
        <source>The slot of %1 is already taken by another appointment (%2 to %3). The desk may book over it only with a reason.</source>
        <translation>The slot of %1 is already taken by another appointment (%2 to %3). The desk may book over it only with a reason.</translation>
    </message>
    <message>
        <source>Booked over another appointment: %1.</source>
        <translation>Booked over another appointment: %1.</translation>
    </message>
    <message>
        <source>This slot is held for a patient who is confirming online; it frees up within 15 minutes.</source>
        <translation>This slot is held for a patient who is confirming online; it frees up within 15 minutes.</translation>
    </message>
    <message>
        <source>%1 does not consult at this time.</source>
        <translation>%1 does not consult at this time.</translation>
    </message>
    <message>
        <source>Outside %1&apos;s opening hours.</source>
        <translation>Outside %1&apos;s opening hours.</translation>
    </message>
    <message>
        <source>This visit reason is not offered at this time.</source>
        <translation>This visit reason is not offered at this time.</translation>
    </message>
    <message>
        <source>This visit reason is not planned at this time.</source>
        <translation>This visit reason is not planned at this time.</translation>
    </message>
    <message>
        <source>absence</source>
        <translation>absence</translation>
    </message>
    <message>
        <source>%1 is absent (%2).</source>
        <translation>%1 is absent (%2).</translation>
    </message>
    <message>
        <source>%1 is absent then (%2).</source>
        <translation>%1 is absent then (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is booked by phone only.</source>
        <translation>&quot;%1&quot; is booked by phone only.</translation>
    </message>
    <message>
        <source>%1 does not take new patients online: the patient must phone the practice.</source>
        <translation>%1 does not take new patients online: the patient must phone the practice.</translation>
    </message>
    <message numerus="yes">
        <source>The last visit with %1 was more than %n month(s) ago: the patient must phone the practice.</source>
        <translation>
            <numerusform>The last visit with %1 was more than %n month ago: the patient must phone the practice.</numerusform>
            <numerusform>The last visit with %1 was more than %n months ago: the patient must phone the practice.</numerusform>
        </translation>
    </message>
    <message>
        <source>This patient already has an appointment on %1, less than %2 days away (same practitioner or specialty). Keep the first one, or replace it.</source>
        <translation>This patient already has an appointment on %1, less than %2 days away (same practitioner or specialty). Keep the first one, or replace it.</translation>
    </message>
    <message numerus="yes">
        <source>Online cancellation closes %n hour(s) before the appointment: the patient must phone the practice.</source>
        <translation>
            <numerusform>Online cancellation closes %n hour before the appointment: the patient must phone the practice.</numerusform>
            <numerusform>Online cancellation closes %n hours before the appointment: the patient must phone the practice.</numerusform>
        </translation>
    </message>
    <message>
        <source>Guichet could not read the agenda to check this slot (%1). Nothing was booked; try again.</source>
        <translation>Guichet could not read the agenda to check this slot (%1). Nothing was booked; try again.</translation>
    </message>
    <message>
        <source>Guichet could not read the slots held online (%1). Nothing was booked; try again.</source>
        <translation>Guichet could not read the slots held online (%1). Nothing was booked; try again.</translation>
    </message>
    <message>
        <source>Guichet could not read the opening hours to check this slot (%1). Nothing was booked; try again.</source>
        <translation>Guichet could not read the opening hours to check this slot (%1). Nothing was booked; try again.</translation>
    </message>
    <message>
        <source>Guichet could not read the absences to check this slot (%1). Nothing was booked; try again.</source>
        <translation>Guichet could not read the absences to check this slot (%1). Nothing was booked; try again.</translation>
    </message>
    <message>
        <source>%1 no longer takes appointments here (deactivated in the administration).</source>
        <translation>%1 no longer takes appointments here (deactivated in the administration).</translation>
    </message>
    <message>
        <source>The visit reason &quot;%1&quot; is no longer offered (deactivated in the administration).</source>
        <translation>The visit reason &quot;%1&quot; is no longer offered (deactivated in the administration).</translation>
    </message>
    <message numerus="yes">
        <source>%1 can be booked online at most %n day(s) ahead: the patient must phone the practice for a later date.</source>
        <translation>
            <numerusform>%1 can be booked online at most %n day ahead: the patient must phone the practice for a later date.</numerusform>
            <numerusform>%1 can be booked online at most %n days ahead: the patient must phone the practice for a later date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must be booked online at least %n hour(s) before the appointment: the patient must phone the practice.</source>
        <translation>
            <numerusform>%1 must be booked online at least %n hour before the appointment: the patient must phone the practice.</numerusform>
            <numerusform>%1 must be booked online at least %n hours before the appointment: the patient must phone the practice.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is booked at the desk only, in person.</source>
        <translation>&quot;%1&quot; is booked at the desk only, in person.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is booked by phone only: call %2.</source>
        <translation>&quot;%1&quot; is booked by phone only: call %2.</translation>
    </message>
    <message>
        <source>Kept despite the %1-day spacing rule: %2.</source>
        <translation>Kept despite the %1-day spacing rule: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is for patients aged %2 to %3</source>
        <translation>&quot;%1&quot; is for patients aged %2 to %3</translation>
    </message>
    <message>
        <source>%1; this patient is %2.</source>
        <translation>%1; this patient is %2.</translation>
    </message>
    <message>
        <source>%1; this patient&apos;s age cannot be told from the birth date %2.</source>
        <translation>%1; this patient&apos;s age cannot be told from the birth date %2.</translation>
    </message>
    <message>
        <source>%1; this patient&apos;s birth date is not known.</source>
        <translation>%1; this patient&apos;s birth date is not known.</translation>
    </message>
</context>
<context>
    <name>CancelCommand</name>
    <message>
        <source>cancellation</source>
        <translation>cancellation</translation>
    </message>
    <message>
        <source>Cancellation undone at the desk</source>
        <translation>Cancellation undone at the desk</translation>
    </message>
    <message>
        <source>Cancellation undone: %1 is booked again.</source>
        <translation>Cancellation undone: %1 is booked again.</translation>
    </message>
    <message>
        <source>Cancelled again: %1.</source>
        <translation>Cancelled again: %1.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>No database: give --db PATH or set GUICHET_DB.</source>
        <translation>No database: give --db PATH or set GUICHET_DB.</translation>
    </message>
    <message>
        <source>The folder of &quot;%1&quot; does not exist.</source>
        <translation>The folder of &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>[rule: %1]</source>
        <translation>[rule: %1]</translation>
    </message>
    <message>
        <source>Guichet from the command line: the same rules as the desktop program.</source>
        <translation>Guichet from the command line: the same rules as the desktop program.</translation>
    </message>
    <message>
        <source>The database file (or GUICHET_DB).</source>
        <translation>The database file (or GUICHET_DB).</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Print machine-readable JSON.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Print the version.</translation>
    </message>
    <message>
        <source>Print this help.</source>
        <translation>Print this help.</translation>
    </message>
    <message>
        <source>--now &quot;%1&quot; is not an ISO 8601 date and time, such as 2026-11-23T09:30:00+01:00.</source>
        <translation>--now &quot;%1&quot; is not an ISO 8601 date and time, such as 2026-11-23T09:30:00+01:00.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Try --help.</source>
        <translation>Unknown command &quot;%1&quot;. Try --help.</translation>
    </message>
    <message>
        <source>Creates a demo clinic in a new database.</source>
        <translation>Creates a demo clinic in a new database.</translation>
    </message>
    <message>
        <source>Number of patients (default 2000).</source>
        <translation>Number of patients (default 2000).</translation>
    </message>
    <message>
        <source>Number of practitioners (default 6).</source>
        <translation>Number of practitioners (default 6).</translation>
    </message>
    <message>
        <source>Weeks of appointments before and after today (default 4).</source>
        <translation>Weeks of appointments before and after today (default 4).</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same clinic.</source>
        <translation>Random seed: the same seed gives the same clinic.</translation>
    </message>
    <message>
        <source>--patients, --practitioners, --weeks and --seed are whole numbers.</source>
        <translation>--patients, --practitioners, --weeks and --seed are whole numbers.</translation>
    </message>
    <message>
        <source>%1 / %2 patients</source>
        <translation>%1 / %2 patients</translation>
    </message>
    <message>
        <source>Demo clinic created in %1 s: %2 patients (%3 relatives), %4 practitioners, %5 appointments.</source>
        <translation>Demo clinic created in %1 s: %2 patients (%3 relatives), %4 practitioners, %5 appointments.</translation>
    </message>
    <message>
        <source>Users: %1 — demo password: %2</source>
        <translation>Users: %1 — demo password: %2</translation>
    </message>
    <message>
        <source>Checks that the database is sound.</source>
        <translation>Checks that the database is sound.</translation>
    </message>
    <message>
        <source>The database is sound (schema %1, %2 patients, %3 appointments).</source>
        <translation>The database is sound (schema %1, %2 patients, %3 appointments).</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database, even while in use.</source>
        <translation>Writes a consistent copy of the database, even while in use.</translation>
    </message>
    <message>
        <source>The new backup file.</source>
        <translation>The new backup file.</translation>
    </message>
    <message>
        <source>Usage: backup FILE</source>
        <translation>Usage: backup FILE</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Backup written to %1.</translation>
    </message>
    <message>
        <source>Replaces the database by a backup; the current one is kept beside it.</source>
        <translation>Replaces the database by a backup; the current one is kept beside it.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>The backup file.</translation>
    </message>
    <message>
        <source>Usage: restore FILE</source>
        <translation>Usage: restore FILE</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Backup restored.</translation>
    </message>
    <message>
        <source>Backup restored; the previous database is kept as %1.</source>
        <translation>Backup restored; the previous database is kept as %1.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Adds a user; the password is read from standard input.</source>
        <translation>Adds a user; the password is read from standard input.</translation>
    </message>
    <message>
        <source>The login.</source>
        <translation>The login.</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>Full name.</translation>
    </message>
    <message>
        <source>Linked practitioner ID.</source>
        <translation>Linked practitioner ID.</translation>
    </message>
    <message>
        <source>Usage: user add LOGIN --name NAME --role ROLE</source>
        <translation>Usage: user add LOGIN --name NAME --role ROLE</translation>
    </message>
    <message>
        <source>The role is secretary, practitioner or administrator.</source>
        <translation>The role is secretary, practitioner or administrator.</translation>
    </message>
    <message>
        <source>Checks an identifier and prints it normalised.</source>
        <translation>Checks an identifier and prints it normalised.</translation>
    </message>
    <message>
        <source>The value to check.</source>
        <translation>The value to check.</translation>
    </message>
    <message>
        <source>Country of a phone number typed without +prefix (default FR).</source>
        <translation>Country of a phone number typed without +prefix (default FR).</translation>
    </message>
    <message>
        <source>Usage: check-id niss|nir|phone|email VALUE</source>
        <translation>Usage: check-id niss|nir|phone|email VALUE</translation>
    </message>
    <message>
        <source>Unknown identifier kind &quot;%1&quot;: niss, nir, phone or email.</source>
        <translation>Unknown identifier kind &quot;%1&quot;: niss, nir, phone or email.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>NISS/NIR</source>
        <translation>NISS/NIR</translation>
    </message>
    <message>
        <source>Adds a patient after checking every field.</source>
        <translation>Adds a patient after checking every field.</translation>
    </message>
    <message>
        <source>Birth name (required).</source>
        <translation>Birth name (required).</translation>
    </message>
    <message>
        <source>First names as given at birth (required).</source>
        <translation>First names as given at birth (required).</translation>
    </message>
    <message>
        <source>Birth date, 1980-03-12 or 12/03/1980 (required).</source>
        <translation>Birth date, 1980-03-12 or 12/03/1980 (required).</translation>
    </message>
    <message>
        <source>female, male, other or unknown (required).</source>
        <translation>female, male, other or unknown (required).</translation>
    </message>
    <message>
        <source>Usage name.</source>
        <translation>Usage name.</translation>
    </message>
    <message>
        <source>First name used.</source>
        <translation>First name used.</translation>
    </message>
    <message>
        <source>Birth place code.</source>
        <translation>Birth place code.</translation>
    </message>
    <message>
        <source>Belgian national register number.</source>
        <translation>Belgian national register number.</translation>
    </message>
    <message>
        <source>French social security number.</source>
        <translation>French social security number.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>E-mail address.</translation>
    </message>
    <message>
        <source>Street and number.</source>
        <translation>Street and number.</translation>
    </message>
    <message>
        <source>Postcode.</source>
        <translation>Postcode.</translation>
    </message>
    <message>
        <source>City.</source>
        <translation>City.</translation>
    </message>
    <message>
        <source>Country code (FR, BE, ...).</source>
        <translation>Country code (FR, BE, ...).</translation>
    </message>
    <message>
        <source>fr, nl or en.</source>
        <translation>fr, nl or en.</translation>
    </message>
    <message>
        <source>ID of the account holder this patient is a relative of.</source>
        <translation>ID of the account holder this patient is a relative of.</translation>
    </message>
    <message>
        <source>child, spouse, parent or other.</source>
        <translation>child, spouse, parent or other.</translation>
    </message>
    <message>
        <source>Phone number (repeat for several).</source>
        <translation>Phone number (repeat for several).</translation>
    </message>
    <message>
        <source>patient add takes options only, such as --birth-name DUPONT.</source>
        <translation>patient add takes options only, such as --birth-name DUPONT.</translation>
    </message>
    <message>
        <source>The patient&apos;s ID.</source>
        <translation>The patient&apos;s ID.</translation>
    </message>
    <message>
        <source>Usage: patient show ID</source>
        <translation>Usage: patient show ID</translation>
    </message>
    <message>
        <source>Name, birth date, phone, NISS or NIR (prefixes).</source>
        <translation>Name, birth date, phone, NISS or NIR (prefixes).</translation>
    </message>
    <message>
        <source>At most this many (default 50).</source>
        <translation>At most this many (default 50).</translation>
    </message>
    <message>
        <source>Skip this many first.</source>
        <translation>Skip this many first.</translation>
    </message>
    <message>
        <source>--limit is between 1 and 10000 and --offset is 0 or more.</source>
        <translation>--limit is between 1 and 10000 and --offset is 0 or more.</translation>
    </message>
    <message>
        <source>Usage: patient search TEXT</source>
        <translation>Usage: patient search TEXT</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Only this practitioner&apos;s.</source>
        <translation>Only this practitioner&apos;s.</translation>
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
        <translation>phone only</translation>
    </message>
    <message>
        <source>Visit reason</source>
        <translation>Visit reason</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>First day (default today).</source>
        <translation>First day (default today).</translation>
    </message>
    <message>
        <source>Last day, included (default the first day).</source>
        <translation>Last day, included (default the first day).</translation>
    </message>
    <message>
        <source>--from and --to are dates such as 2026-11-23, --to not before --from.</source>
        <translation>--from and --to are dates such as 2026-11-23, --to not before --from.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Practitioner</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The identifier.</source>
        <translation>The identifier.</translation>
    </message>
    <message>
        <source>Usage: %1 ID</source>
        <translation>Usage: %1 ID</translation>
    </message>
    <message>
        <source>Books an appointment, with the practice&apos;s rules.</source>
        <translation>Books an appointment, with the practice&apos;s rules.</translation>
    </message>
    <message>
        <source>The practitioner&apos;s ID.</source>
        <translation>The practitioner&apos;s ID.</translation>
    </message>
    <message>
        <source>The visit reason&apos;s ID.</source>
        <translation>The visit reason&apos;s ID.</translation>
    </message>
    <message>
        <source>Start, ISO 8601 (site time when no offset).</source>
        <translation>Start, ISO 8601 (site time when no offset).</translation>
    </message>
    <message>
        <source>Minutes (default: the visit reason&apos;s).</source>
        <translation>Minutes (default: the visit reason&apos;s).</translation>
    </message>
    <message>
        <source>A note for the desk.</source>
        <translation>A note for the desk.</translation>
    </message>
    <message>
        <source>Usage: appointment book --patient ID --practitioner ID --start TIME [--motif ID] [--duration N] [--channel desk|phone|online]</source>
        <translation>Usage: appointment book --patient ID --practitioner ID --start TIME [--motif ID] [--duration N] [--channel desk|phone|online]</translation>
    </message>
    <message>
        <source>--duration is a number of minutes.</source>
        <translation>--duration is a number of minutes.</translation>
    </message>
    <message>
        <source>The patient excused themselves: it does not count.</source>
        <translation>The patient excused themselves: it does not count.</translation>
    </message>
    <message>
        <source>--by is patient or practice.</source>
        <translation>--by is patient or practice.</translation>
    </message>
    <message>
        <source>Blocks a patient&apos;s online booking with a practitioner.</source>
        <translation>Blocks a patient&apos;s online booking with a practitioner.</translation>
    </message>
    <message>
        <source>Why (kept in the audit log).</source>
        <translation>Why (kept in the audit log).</translation>
    </message>
    <message>
        <source>Online booking blocked.</source>
        <translation>Online booking blocked.</translation>
    </message>
    <message>
        <source>%1 of %2 no-shows; %3</source>
        <translation>%1 of %2 no-shows; %3</translation>
    </message>
    <message>
        <source>online booking blocked</source>
        <translation>online booking blocked</translation>
    </message>
    <message>
        <source>online booking allowed</source>
        <translation>online booking allowed</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Online booking allowed again.</source>
        <translation>Online booking allowed again.</translation>
    </message>
    <message>
        <source>Usage: noshow status PATIENT [--practitioner ID] | noshow erase APPOINTMENT --reason TEXT | noshow unblock PATIENT --practitioner ID --reason TEXT</source>
        <translation>Usage: noshow status PATIENT [--practitioner ID] | noshow erase APPOINTMENT --reason TEXT | noshow unblock PATIENT --practitioner ID --reason TEXT</translation>
    </message>
    <message>
        <source>Usage: stats noshow --from DATE --to DATE [--csv FILE]</source>
        <translation>Usage: stats noshow --from DATE --to DATE [--csv FILE]</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>First day.</translation>
    </message>
    <message>
        <source>Last day, included.</source>
        <translation>Last day, included.</translation>
    </message>
    <message>
        <source>Also write the figures to this CSV file.</source>
        <translation>Also write the figures to this CSV file.</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Late cancellations</source>
        <translation>Late cancellations</translation>
    </message>
    <message>
        <source>Minutes lost</source>
        <translation>Minutes lost</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Unknown setting &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time such as 2026-11-23T09:30 (a date that exists, in the site&apos;s time or with an offset).</source>
        <translation>&quot;%1&quot; is not a date and time such as 2026-11-23T09:30 (a date that exists, in the site&apos;s time or with an offset).</translation>
    </message>
    <message>
        <source>The patient&apos;s ID (the account holder with --relative).</source>
        <translation>The patient&apos;s ID (the account holder with --relative).</translation>
    </message>
    <message>
        <source>Book for this relative of the account holder.</source>
        <translation>Book for this relative of the account holder.</translation>
    </message>
    <message>
        <source>Spacing rule: cancel the appointment that is too close and book this one.</source>
        <translation>Spacing rule: cancel the appointment that is too close and book this one.</translation>
    </message>
    <message>
        <source>The online hold this booking confirms.</source>
        <translation>The online hold this booking confirms.</translation>
    </message>
    <message>
        <source>%1 is not a relative of this account holder.</source>
        <translation>%1 is not a relative of this account holder.</translation>
    </message>
    <message>
        <source>the appointment %1 was cancelled and replaced</source>
        <translation>the appointment %1 was cancelled and replaced</translation>
    </message>
    <message>
        <source>The new start.</source>
        <translation>The new start.</translation>
    </message>
    <message>
        <source>Move over a taken slot, for this reason.</source>
        <translation>Move over a taken slot, for this reason.</translation>
    </message>
    <message>
        <source>Usage: appointment move ID --start TIME</source>
        <translation>Usage: appointment move ID --start TIME</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>Why.</translation>
    </message>
    <message>
        <source>desk (default) or online: online, the practitioner&apos;s deadline applies.</source>
        <translation>desk (default) or online: online, the practitioner&apos;s deadline applies.</translation>
    </message>
    <message>
        <source>--channel is desk, phone or online.</source>
        <translation>--channel is desk, phone or online.</translation>
    </message>
    <message>
        <source>Cancelled by the patient</source>
        <translation>Cancelled by the patient</translation>
    </message>
    <message>
        <source>Cancelled by the practice</source>
        <translation>Cancelled by the practice</translation>
    </message>
    <message>
        <source>Holds a slot while a patient confirms online.</source>
        <translation>Holds a slot while a patient confirms online.</translation>
    </message>
    <message>
        <source>Lists the next free slots for a visit reason.</source>
        <translation>Lists the next free slots for a visit reason.</translation>
    </message>
    <message>
        <source>Last day (default four weeks later).</source>
        <translation>Last day (default four weeks later).</translation>
    </message>
    <message>
        <source>How many (default 10).</source>
        <translation>How many (default 10).</translation>
    </message>
    <message>
        <source>Start of the slot to hold.</source>
        <translation>Start of the slot to hold.</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Start (a date means midnight, site time).</source>
        <translation>Start (a date means midnight, site time).</translation>
    </message>
    <message>
        <source>End (a date means midnight, site time).</source>
        <translation>End (a date means midnight, site time).</translation>
    </message>
    <message>
        <source>Holidays, training, ...</source>
        <translation>Holidays, training, ...</translation>
    </message>
    <message numerus="yes">
        <source>%n booked appointment(s) to move.</source>
        <translation>
            <numerusform>%n booked appointment to move.</numerusform>
            <numerusform>%n booked appointments to move.</numerusform>
        </translation>
    </message>
    <message>
        <source>One day (default today).</source>
        <translation>One day (default today).</translation>
    </message>
    <message>
        <source>Exports a practitioner&apos;s agenda as an iCalendar file.</source>
        <translation>Exports a practitioner&apos;s agenda as an iCalendar file.</translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation>The .ics file to write.</translation>
    </message>
    <message>
        <source>Usage: export-ics --practitioner ID --from DATE --to DATE FILE</source>
        <translation>Usage: export-ics --practitioner ID --from DATE --to DATE FILE</translation>
    </message>
    <message>
        <source>--from and --to are dates such as 2026-11-23.</source>
        <translation>--from and --to are dates such as 2026-11-23.</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) exported to %1.</source>
        <translation>
            <numerusform>%n appointment exported to %1.</numerusform>
            <numerusform>%n appointments exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new end (changes the length; default: the same length).</source>
        <translation>The new end (changes the length; default: the same length).</translation>
    </message>
    <message>
        <source>Kept by the patient after all</source>
        <translation>Kept by the patient after all</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
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
        <translation>Why</translation>
    </message>
    <message>
        <source>Imports patients from a CSV file (UTF-8, with a header).</source>
        <translation>Imports patients from a CSV file (UTF-8, with a header).</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>The CSV file.</translation>
    </message>
    <message>
        <source>Refuse the whole file at the first invalid value.</source>
        <translation>Refuse the whole file at the first invalid value.</translation>
    </message>
    <message>
        <source>Usage: import-patients FILE.csv [--strict]</source>
        <translation>Usage: import-patients FILE.csv [--strict]</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source> (row not imported)</source>
        <translation> (row not imported)</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>The CSV file to write.</translation>
    </message>
    <message>
        <source>Usage: export-patients FILE.csv</source>
        <translation>Usage: export-patients FILE.csv</translation>
    </message>
    <message>
        <source>%1 patient(s) written.</source>
        <translation>%1 patient(s) written.</translation>
    </message>
    <message>
        <source>Lists the records that may be this patient.</source>
        <translation>Lists the records that may be this patient.</translation>
    </message>
    <message>
        <source>Lists likely duplicate patient records.</source>
        <translation>Lists likely duplicate patient records.</translation>
    </message>
    <message>
        <source>The weakest band listed: certain, probable or possible (default).</source>
        <translation>The weakest band listed: certain, probable or possible (default).</translation>
    </message>
    <message>
        <source>The patient&apos;s ID or external ID.</source>
        <translation>The patient&apos;s ID or external ID.</translation>
    </message>
    <message>
        <source>--band is certain, probable or possible.</source>
        <translation>--band is certain, probable or possible.</translation>
    </message>
    <message>
        <source>Usage: duplicates check PATIENT [--band BAND]</source>
        <translation>Usage: duplicates check PATIENT [--band BAND]</translation>
    </message>
    <message>
        <source>Merges two records of the same patient (the survivor is chosen by the rules).</source>
        <translation>Merges two records of the same patient (the survivor is chosen by the rules).</translation>
    </message>
    <message>
        <source>A patient&apos;s ID or external ID.</source>
        <translation>A patient&apos;s ID or external ID.</translation>
    </message>
    <message>
        <source>The other patient&apos;s ID or external ID.</source>
        <translation>The other patient&apos;s ID or external ID.</translation>
    </message>
    <message>
        <source>Why they are the same person (required).</source>
        <translation>Why they are the same person (required).</translation>
    </message>
    <message>
        <source>Fields taken from the merged record, comma separated (default: the plan&apos;s choices).</source>
        <translation>Fields taken from the merged record, comma separated (default: the plan&apos;s choices).</translation>
    </message>
    <message>
        <source>Usage: merge [plan] A B --reason TEXT [--take FIELD,...]</source>
        <translation>Usage: merge [plan] A B --reason TEXT [--take FIELD,...]</translation>
    </message>
    <message>
        <source>Merge %1 undone.</source>
        <translation>Merge %1 undone.</translation>
    </message>
    <message>
        <source>Usage: not-duplicate A B</source>
        <translation>Usage: not-duplicate A B</translation>
    </message>
    <message numerus="yes">
        <source>%n booked appointment(s) now outside the hours, to move.</source>
        <translation>
            <numerusform>%n booked appointment now outside the hours, to move.</numerusform>
            <numerusform>%n booked appointments now outside the hours, to move.</numerusform>
        </translation>
    </message>
    <message>
        <source>--from and --to are dates such as 2026-11-23, at most a year apart, the first before the last.</source>
        <translation>--from and --to are dates such as 2026-11-23, at most a year apart, the first before the last.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>exception</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <source>1 Monday ... 7 Sunday.</source>
        <translation>1 Monday ... 7 Sunday.</translation>
    </message>
    <message>
        <source>Such as &quot;08:30-12:30, 14:00-18:00&quot;; empty: closed.</source>
        <translation>Such as &quot;08:30-12:30, 14:00-18:00&quot;; empty: closed.</translation>
    </message>
    <message>
        <source>Usage: hours set --practitioner ID --weekday N --ranges RANGES</source>
        <translation>Usage: hours set --practitioner ID --weekday N --ranges RANGES</translation>
    </message>
    <message>
        <source>--weekday is a number from 1 (Monday) to 7 (Sunday).</source>
        <translation>--weekday is a number from 1 (Monday) to 7 (Sunday).</translation>
    </message>
    <message>
        <source>The day.</source>
        <translation>The day.</translation>
    </message>
    <message>
        <source>That day&apos;s hours, such as &quot;09:00-12:00&quot;.</source>
        <translation>That day&apos;s hours, such as &quot;09:00-12:00&quot;.</translation>
    </message>
    <message>
        <source>Closed all day.</source>
        <translation>Closed all day.</translation>
    </message>
    <message>
        <source>Public holiday, ...</source>
        <translation>Public holiday, ...</translation>
    </message>
    <message>
        <source>Usage: hours exception --practitioner ID --date DATE (--ranges RANGES | --closed) [--reason TEXT]</source>
        <translation>Usage: hours exception --practitioner ID --date DATE (--ranges RANGES | --closed) [--reason TEXT]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date such as 2026-12-24.</source>
        <translation>&quot;%1&quot; is not a date such as 2026-12-24.</translation>
    </message>
    <message>
        <source>--ranges is empty: say --closed for a day without hours.</source>
        <translation>--ranges is empty: say --closed for a day without hours.</translation>
    </message>
    <message>
        <source>Corrects a patient&apos;s record: the options given replace those traits, the others stay.</source>
        <translation>Corrects a patient&apos;s record: the options given replace those traits, the others stay.</translation>
    </message>
    <message>
        <source>Reminders by SMS: yes or no.</source>
        <translation>Reminders by SMS: yes or no.</translation>
    </message>
    <message>
        <source>Reminders by e-mail: yes or no.</source>
        <translation>Reminders by e-mail: yes or no.</translation>
    </message>
    <message>
        <source>A known homonym: yes or no.</source>
        <translation>A known homonym: yes or no.</translation>
    </message>
    <message>
        <source>A doubtful identity: yes or no.</source>
        <translation>A doubtful identity: yes or no.</translation>
    </message>
    <message>
        <source>Usage: patient edit ID [--usage-name NAME] [--phone NUMBER] ...</source>
        <translation>Usage: patient edit ID [--usage-name NAME] [--phone NUMBER] ...</translation>
    </message>
    <message>
        <source>--%1 is yes or no.</source>
        <translation>--%1 is yes or no.</translation>
    </message>
    <message>
        <source>id-card, eid, passport, residence-permit or family-record-book.</source>
        <translation>id-card, eid, passport, residence-permit or family-record-book.</translation>
    </message>
    <message>
        <source>The patient&apos;s ID (or external ID).</source>
        <translation>The patient&apos;s ID (or external ID).</translation>
    </message>
    <message>
        <source>A PDF, JPEG or PNG file.</source>
        <translation>A PDF, JPEG or PNG file.</translation>
    </message>
    <message>
        <source>The appointment it belongs to.</source>
        <translation>The appointment it belongs to.</translation>
    </message>
    <message>
        <source>prescription, report, administrative or other.</source>
        <translation>prescription, report, administrative or other.</translation>
    </message>
    <message>
        <source>Usage: document add PATIENT FILE [--appointment ID] [--type TYPE]</source>
        <translation>Usage: document add PATIENT FILE [--appointment ID] [--type TYPE]</translation>
    </message>
    <message>
        <source>The archived documents instead.</source>
        <translation>The archived documents instead.</translation>
    </message>
    <message>
        <source>Usage: document list PATIENT [--archived]</source>
        <translation>Usage: document list PATIENT [--archived]</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>The document&apos;s ID.</source>
        <translation>The document&apos;s ID.</translation>
    </message>
    <message>
        <source>Where to write the copy.</source>
        <translation>Where to write the copy.</translation>
    </message>
    <message>
        <source>Usage: document export ID FILE</source>
        <translation>Usage: document export ID FILE</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) archived.</source>
        <translation>
            <numerusform>%n document archived.</numerusform>
            <numerusform>%n documents archived.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the merges of this patient (ID or external ID).</source>
        <translation>Only the merges of this patient (ID or external ID).</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>undone</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>set URL, or show.</source>
        <translation>set URL, or show.</translation>
    </message>
    <message>
        <source>The account name on that server.</source>
        <translation>The account name on that server.</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>signed in</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>not signed in</translation>
    </message>
    <message>
        <source>Usage: logout</source>
        <translation>Usage: logout</translation>
    </message>
    <message>
        <source>One exchange, then exit.</source>
        <translation>One exchange, then exit.</translation>
    </message>
    <message>
        <source>Resources asked per page (default 200).</source>
        <translation>Resources asked per page (default 200).</translation>
    </message>
    <message>
        <source>--page-size must be between 1 and 1000.</source>
        <translation>--page-size must be between 1 and 1000.</translation>
    </message>
    <message>
        <source>Nothing to list; resolve ID --keep local|remote|both.</source>
        <translation>Nothing to list; resolve ID --keep local|remote|both.</translation>
    </message>
    <message>
        <source>Settled conflicts too.</source>
        <translation>Settled conflicts too.</translation>
    </message>
    <message>
        <source>local, remote or both (two bookings of one slot).</source>
        <translation>local, remote or both (two bookings of one slot).</translation>
    </message>
    <message>
        <source>Usage: conflicts resolve ID --keep local|remote|both</source>
        <translation>Usage: conflicts resolve ID --keep local|remote|both</translation>
    </message>
    <message>
        <source>Conflict settled.</source>
        <translation>Conflict settled.</translation>
    </message>
    <message>
        <source>Usage: conflicts [--all] | conflicts resolve ID --keep local|remote|both</source>
        <translation>Usage: conflicts [--all] | conflicts resolve ID --keep local|remote|both</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Usage: document share ID</source>
        <translation>Usage: document share ID</translation>
    </message>
    <message>
        <source>Shared with the patient: sent at the next synchronisation.</source>
        <translation>Shared with the patient: sent at the next synchronisation.</translation>
    </message>
    <message>
        <source>Usage: document add|list|export|share|archive-expired ...</source>
        <translation>Usage: document add|list|export|share|archive-expired ...</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The new text.</source>
        <translation>The new text.</translation>
    </message>
    <message>
        <source>Read the new text from a UTF-8 file.</source>
        <translation>Read the new text from a UTF-8 file.</translation>
    </message>
    <message>
        <source>KIND CHANNEL LANGUAGE</source>
        <translation>KIND CHANNEL LANGUAGE</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>practice</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Usage: reminders templates show|set|reset KIND CHANNEL LANGUAGE [--text T | --file F]</source>
        <translation>Usage: reminders templates show|set|reset KIND CHANNEL LANGUAGE [--text T | --file F]</translation>
    </message>
    <message>
        <source>Give the text with --text or --file, not both.</source>
        <translation>Give the text with --text or --file, not both.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Usage: reminders templates list|show|set|reset</source>
        <translation>Usage: reminders templates list|show|set|reset</translation>
    </message>
    <message>
        <source>First day of the appointments (default today).</source>
        <translation>First day of the appointments (default today).</translation>
    </message>
    <message>
        <source>Last day of the appointments (default 60 days later).</source>
        <translation>Last day of the appointments (default 60 days later).</translation>
    </message>
    <message>
        <source>--to comes before --from.</source>
        <translation>--to comes before --from.</translation>
    </message>
    <message>
        <source>%1 created, %2 withdrawn, %3 unchanged</source>
        <translation>%1 created, %2 withdrawn, %3 unchanged</translation>
    </message>
    <message numerus="yes">
        <source>%n message change(s) sent</source>
        <translation>
            <numerusform>%n message change sent</numerusform>
            <numerusform>%n message changes sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: reminders plan [--from D --to D] | show APPOINTMENT | push | templates ...</source>
        <translation>Usage: reminders plan [--from D --to D] | show APPOINTMENT | push | templates ...</translation>
    </message>
    <message>
        <source>Why the patient leaves the list.</source>
        <translation>Why the patient leaves the list.</translation>
    </message>
    <message>
        <source>On the waiting list: %1</source>
        <translation>On the waiting list: %1</translation>
    </message>
    <message>
        <source>Off the waiting list: %1</source>
        <translation>Off the waiting list: %1</translation>
    </message>
    <message>
        <source>Offer declined; the patient stays on the list.</source>
        <translation>Offer declined; the patient stays on the list.</translation>
    </message>
    <message>
        <source>Entries no longer waiting too.</source>
        <translation>Entries no longer waiting too.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offers</translation>
    </message>
    <message>
        <source>Look now, even if the last look is recent.</source>
        <translation>Look now, even if the last look is recent.</translation>
    </message>
    <message>
        <source>Looked less than %1 minutes ago; use --force to look now.</source>
        <translation>Looked less than %1 minutes ago; use --force to look now.</translation>
    </message>
    <message>
        <source>%1 offers made, %2 expired, %3 patients left the list</source>
        <translation>%1 offers made, %2 expired, %3 patients left the list</translation>
    </message>
    <message>
        <source>Usage: waitlist add APPOINTMENT | list [--all] | offer [--force] | accept OFFER | decline OFFER | leave ENTRY [--reason T]</source>
        <translation>Usage: waitlist add APPOINTMENT | list [--all] | offer [--force] | accept OFFER | decline OFFER | leave ENTRY [--reason T]</translation>
    </message>
    <message>
        <source>csv or json: the pairs as id_a, id_b, score, band, each record named by its external id where it has one.</source>
        <translation>csv or json: the pairs as id_a, id_b, score, band, each record named by its external id where it has one.</translation>
    </message>
    <message>
        <source>--format is csv or json.</source>
        <translation>--format is csv or json.</translation>
    </message>
    <message>
        <source>Usage: user check-password LOGIN (password on standard input)</source>
        <translation>Usage: user check-password LOGIN (password on standard input)</translation>
    </message>
    <message>
        <source>Disables, enables, gives a role to or sets a new password (read from standard input) for a user.</source>
        <translation>Disables, enables, gives a role to or sets a new password (read from standard input) for a user.</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: done.</translation>
    </message>
    <message>
        <source>Usage: user add LOGIN --name NAME --role ROLE | user list | user disable|enable|passwd|check-password LOGIN | user role LOGIN ROLE</source>
        <translation>Usage: user add LOGIN --name NAME --role ROLE | user list | user disable|enable|passwd|check-password LOGIN | user role LOGIN ROLE</translation>
    </message>
    <message>
        <source>Why it is removed.</source>
        <translation>Why it is removed.</translation>
    </message>
    <message>
        <source>Holidays, ...</source>
        <translation>Holidays, ...</translation>
    </message>
    <message numerus="yes">
        <source>Absence removed; %n booked appointment(s) in it no longer need moving.</source>
        <translation>
            <numerusform>Absence removed; %n booked appointment in it no longer need moving.</numerusform>
            <numerusform>Absence removed; %n booked appointments in it no longer need moving.</numerusform>
        </translation>
    </message>
    <message>
        <source>From (default today).</source>
        <translation>From (default today).</translation>
    </message>
    <message>
        <source>To (default in a year).</source>
        <translation>To (default in a year).</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Usage: absence add --practitioner ID --from TIME --to TIME [--reason TEXT] | absence edit ID [--from --to --reason] | absence remove ID [--reason TEXT] | absence list [--practitioner ID --from --to]</source>
        <translation>Usage: absence add --practitioner ID --from TIME --to TIME [--reason TEXT] | absence edit ID [--from --to --reason] | absence remove ID [--reason TEXT] | absence list [--practitioner ID --from --to]</translation>
    </message>
    <message>
        <source>0 or 1</source>
        <translation>0 or 1</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Bounds</source>
        <translation>Bounds</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Usage: settings list | settings describe | settings get KEY | settings set KEY VALUE</source>
        <translation>Usage: settings list | settings describe | settings get KEY | settings set KEY VALUE</translation>
    </message>
    <message>
        <source>--%1 takes a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 takes a whole number, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--%1 takes yes or no, not &quot;%2&quot;.</source>
        <translation>--%1 takes yes or no, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The site&apos;s name.</source>
        <translation>The site&apos;s name.</translation>
    </message>
    <message>
        <source>BE or FR (default BE).</source>
        <translation>BE or FR (default BE).</translation>
    </message>
    <message>
        <source>The public phone number.</source>
        <translation>The public phone number.</translation>
    </message>
    <message>
        <source>IANA time zone (default by the country).</source>
        <translation>IANA time zone (default by the country).</translation>
    </message>
    <message>
        <source>For patients: floor, parking, transport.</source>
        <translation>For patients: floor, parking, transport.</translation>
    </message>
    <message>
        <source>Dr, Mme, M. ...</source>
        <translation>Dr, Mme, M. ...</translation>
    </message>
    <message>
        <source>First name.</source>
        <translation>First name.</translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation>Last name.</translation>
    </message>
    <message>
        <source>Specialty code (general-practice, dermatology, ...).</source>
        <translation>Specialty code (general-practice, dermatology, ...).</translation>
    </message>
    <message>
        <source>RPPS number (France, 11 digits).</source>
        <translation>RPPS number (France, 11 digits).</translation>
    </message>
    <message>
        <source>INAMI/RIZIV number (Belgium, 11 digits).</source>
        <translation>INAMI/RIZIV number (Belgium, 11 digits).</translation>
    </message>
    <message>
        <source>Colour in the agenda, #rrggbb.</source>
        <translation>Colour in the agenda, #rrggbb.</translation>
    </message>
    <message>
        <source>A site&apos;s ID; repeat for several, the first is the main one.</source>
        <translation>A site&apos;s ID; repeat for several, the first is the main one.</translation>
    </message>
    <message>
        <source>Online cancellation closes this many hours before.</source>
        <translation>Online cancellation closes this many hours before.</translation>
    </message>
    <message>
        <source>The same in days.</source>
        <translation>The same in days.</translation>
    </message>
    <message>
        <source>Online booking window, days ahead (0: no limit).</source>
        <translation>Online booking window, days ahead (0: no limit).</translation>
    </message>
    <message>
        <source>Minimum notice for online bookings, hours.</source>
        <translation>Minimum notice for online bookings, hours.</translation>
    </message>
    <message>
        <source>A last visit older than this means a phone booking (0: never).</source>
        <translation>A last visit older than this means a phone booking (0: never).</translation>
    </message>
    <message>
        <source>New patients online: yes or no.</source>
        <translation>New patients online: yes or no.</translation>
    </message>
    <message>
        <source>Reminders and notices: yes or no.</source>
        <translation>Reminders and notices: yes or no.</translation>
    </message>
    <message>
        <source>Give --rpps (France) or --inami (Belgium), not both.</source>
        <translation>Give --rpps (France) or --inami (Belgium), not both.</translation>
    </message>
    <message>
        <source>This practitioner&apos;s site is in Belgium: give the INAMI number with --inami.</source>
        <translation>This practitioner&apos;s site is in Belgium: give the INAMI number with --inami.</translation>
    </message>
    <message>
        <source>This practitioner&apos;s site is in France: give the RPPS number with --rpps.</source>
        <translation>This practitioner&apos;s site is in France: give the RPPS number with --rpps.</translation>
    </message>
    <message numerus="yes">
        <source>%n booked appointment(s) ahead stay in the agenda: move or cancel them.</source>
        <translation>
            <numerusform>%n booked appointment ahead stay in the agenda: move or cancel them.</numerusform>
            <numerusform>%n booked appointments ahead stay in the agenda: move or cancel them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also the deactivated ones.</source>
        <translation>Also the deactivated ones.</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>The practitioner&apos;s ID; repeat to add the reason to several.</source>
        <translation>The practitioner&apos;s ID; repeat to add the reason to several.</translation>
    </message>
    <message>
        <source>What patients read.</source>
        <translation>What patients read.</translation>
    </message>
    <message>
        <source>Minutes.</source>
        <translation>Minutes.</translation>
    </message>
    <message>
        <source>online, phone-only or desk-only.</source>
        <translation>online, phone-only or desk-only.</translation>
    </message>
    <message>
        <source>Phone-only: the number patients must call (default the site&apos;s).</source>
        <translation>Phone-only: the number patients must call (default the site&apos;s).</translation>
    </message>
    <message>
        <source>A video consultation: yes or no.</source>
        <translation>A video consultation: yes or no.</translation>
    </message>
    <message>
        <source>Minimum age in years (0: none).</source>
        <translation>Minimum age in years (0: none).</translation>
    </message>
    <message>
        <source>Maximum age in years (0: none).</source>
        <translation>Maximum age in years (0: none).</translation>
    </message>
    <message>
        <source>A last visit older than this means a phone booking (0: the practitioner&apos;s rule).</source>
        <translation>A last visit older than this means a phone booking (0: the practitioner&apos;s rule).</translation>
    </message>
    <message>
        <source>The minimum spacing rule applies: yes or no.</source>
        <translation>The minimum spacing rule applies: yes or no.</translation>
    </message>
    <message>
        <source>For the patient, sent with the confirmation.</source>
        <translation>For the patient, sent with the confirmation.</translation>
    </message>
    <message>
        <source>--booking takes online, phone-only or desk-only, not &quot;%1&quot;.</source>
        <translation>--booking takes online, phone-only or desk-only, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A visit reason belongs to one practitioner: give one --practitioner to move it.</source>
        <translation>A visit reason belongs to one practitioner: give one --practitioner to move it.</translation>
    </message>
    <message>
        <source>desk only</source>
        <translation>desk only</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Usage: site add|edit ID|list [--name --address --postcode --city --country --phone --time-zone --access-info]</source>
        <translation>Usage: site add|edit ID|list [--name --address --postcode --city --country --phone --time-zone --access-info]</translation>
    </message>
    <message>
        <source>Usage: practitioner add|edit ID|deactivate ID|activate ID|list [--all]</source>
        <translation>Usage: practitioner add|edit ID|deactivate ID|activate ID|list [--all]</translation>
    </message>
    <message>
        <source>Usage: motif add|edit ID|deactivate ID|activate ID|list [--practitioner ID]</source>
        <translation>Usage: motif add|edit ID|deactivate ID|activate ID|list [--practitioner ID]</translation>
    </message>
    <message>
        <source>Usage: audit list [--from DATE] [--to DATE] [--user LOGIN] [--patient ID] [--kind ACTION] [--limit N] [--csv FILE]</source>
        <translation>Usage: audit list [--from DATE] [--to DATE] [--user LOGIN] [--patient ID] [--kind ACTION] [--limit N] [--csv FILE]</translation>
    </message>
    <message>
        <source>First day (site time).</source>
        <translation>First day (site time).</translation>
    </message>
    <message>
        <source>Acts of this login.</source>
        <translation>Acts of this login.</translation>
    </message>
    <message>
        <source>Acts on this patient.</source>
        <translation>Acts on this patient.</translation>
    </message>
    <message>
        <source>An action (user.create) or its family (user).</source>
        <translation>An action (user.create) or its family (user).</translation>
    </message>
    <message>
        <source>At most this many, newest first (default 5000).</source>
        <translation>At most this many, newest first (default 5000).</translation>
    </message>
    <message>
        <source>Write them to this CSV file instead.</source>
        <translation>Write them to this CSV file instead.</translation>
    </message>
    <message>
        <source>--%1 is a date such as 2026-11-23.</source>
        <translation>--%1 is a date such as 2026-11-23.</translation>
    </message>
    <message numerus="yes">
        <source>%n act(s) written.</source>
        <translation>
            <numerusform>%n act written.</numerusform>
            <numerusform>%n acts written.</numerusform>
        </translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Act</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>The range, such as 08:30-12:30.</source>
        <translation>The range, such as 08:30-12:30.</translation>
    </message>
    <message>
        <source>A visit reason it offers; repeat; none: every reason.</source>
        <translation>A visit reason it offers; repeat; none: every reason.</translation>
    </message>
    <message>
        <source>Usage: hours reasons --practitioner ID --weekday N --range 08:30-12:30 [--motif ID ...]</source>
        <translation>Usage: hours reasons --practitioner ID --weekday N --range 08:30-12:30 [--motif ID ...]</translation>
    </message>
    <message>
        <source>--range is one range, such as 08:30-12:30.</source>
        <translation>--range is one range, such as 08:30-12:30.</translation>
    </message>
    <message>
        <source>Usage: hours show|set|reasons|exception|remove-exception ...</source>
        <translation>Usage: hours show|set|reasons|exception|remove-exception ...</translation>
    </message>
    <message>
        <source>Stay connected until stopped (SIGTERM, Ctrl+C): push every change at once, receive the central agenda&apos;s changes as they happen; one JSON line per event.</source>
        <translation>Stay connected until stopped (SIGTERM, Ctrl+C): push every change at once, receive the central agenda&apos;s changes as they happen; one JSON line per event.</translation>
    </message>
    <message>
        <source>Usage: sync --once|--live [--page-size N]</source>
        <translation>Usage: sync --once|--live [--page-size N]</translation>
    </message>
    <message>
        <source>Usage: vault export-key FILE | vault import-key FILE (the passphrase on standard input)</source>
        <translation>Usage: vault export-key FILE | vault import-key FILE (the passphrase on standard input)</translation>
    </message>
    <message>
        <source>The vault&apos;s key is sealed in %1: keep it apart from the backups.</source>
        <translation>The vault&apos;s key is sealed in %1: keep it apart from the backups.</translation>
    </message>
    <message>
        <source>The vault&apos;s key is in this computer&apos;s keychain: the documents read here.</source>
        <translation>The vault&apos;s key is in this computer&apos;s keychain: the documents read here.</translation>
    </message>
    <message>
        <source>Usage: user disable|enable|passwd LOGIN, user role LOGIN ROLE [--practitioner ID], user rename LOGIN &quot;FULL NAME&quot;</source>
        <translation>Usage: user disable|enable|passwd LOGIN, user role LOGIN ROLE [--practitioner ID], user rename LOGIN &quot;FULL NAME&quot;</translation>
    </message>
    <message>
        <source>The desk&apos;s OAuth2 client identifier on that server (sign-in in the browser).</source>
        <translation>The desk&apos;s OAuth2 client identifier on that server (sign-in in the browser).</translation>
    </message>
    <message>
        <source>Usage: server set URL [--account NAME] [--oauth-client ID] | server show</source>
        <translation>Usage: server set URL [--account NAME] [--oauth-client ID] | server show</translation>
    </message>
    <message>
        <source>Read a bearer token from standard input (servers without OAuth2).</source>
        <translation>Read a bearer token from standard input (servers without OAuth2).</translation>
    </message>
    <message>
        <source>Sign in as this OAuth2 client (client credentials).</source>
        <translation>Sign in as this OAuth2 client (client credentials).</translation>
    </message>
    <message>
        <source>Read the OAuth2 client secret from standard input.</source>
        <translation>Read the OAuth2 client secret from standard input.</translation>
    </message>
    <message>
        <source>Usage: login --client-id ID --client-secret-stdin | login --token-stdin (secrets are read from standard input, never given on the command line)</source>
        <translation>Usage: login --client-id ID --client-secret-stdin | login --token-stdin (secrets are read from standard input, never given on the command line)</translation>
    </message>
    <message>
        <source>Signed in: the tokens are in the system keychain.</source>
        <translation>Signed in: the tokens are in the system keychain.</translation>
    </message>
    <message>
        <source>Signed out: the central agenda revoked the tokens and they were removed from the system keychain.</source>
        <translation>Signed out: the central agenda revoked the tokens and they were removed from the system keychain.</translation>
    </message>
    <message>
        <source>Signed out here, but the central agenda could not be told: ask its administrator to withdraw this desk&apos;s access.</source>
        <translation>Signed out here, but the central agenda could not be told: ask its administrator to withdraw this desk&apos;s access.</translation>
    </message>
    <message>
        <source>%1 rows: %2 imported (%3 incomplete identities to complete: patient incomplete), %4 already imported before, %5 unreadable; %6 problem(s) reported.</source>
        <translation>%1 rows: %2 imported (%3 incomplete identities to complete: patient incomplete), %4 already imported before, %5 unreadable; %6 problem(s) reported.</translation>
    </message>
    <message>
        <source>At most N records (default 1000).</source>
        <translation>At most N records (default 1000).</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>doubtful</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>external id</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Read the Belgian eID in the reader and compare it.</source>
        <translation>Read the Belgian eID in the reader and compare it.</translation>
    </message>
    <message>
        <source>The card reader (default: the first with a card).</source>
        <translation>The card reader (default: the first with a card).</translation>
    </message>
    <message>
        <source>Usage: patient check-identity ID --document KIND | --eid [--reader NAME]</source>
        <translation>Usage: patient check-identity ID --document KIND | --eid [--reader NAME]</translation>
    </message>
    <message>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <source>Usage: eid read [--reader NAME]</source>
        <translation>Usage: eid read [--reader NAME]</translation>
    </message>
    <message>
        <source>A series: again every N days.</source>
        <translation>A series: again every N days.</translation>
    </message>
    <message>
        <source>A series: again every N weeks.</source>
        <translation>A series: again every N weeks.</translation>
    </message>
    <message>
        <source>A series of this many appointments.</source>
        <translation>A series of this many appointments.</translation>
    </message>
    <message>
        <source>A series up to this day, included.</source>
        <translation>A series up to this day, included.</translation>
    </message>
    <message>
        <source>--%1 is a whole number from 1.</source>
        <translation>--%1 is a whole number from 1.</translation>
    </message>
    <message>
        <source>--until is a date such as 2027-03-31.</source>
        <translation>--until is a date such as 2027-03-31.</translation>
    </message>
    <message>
        <source>Usage: appointment list|search|book|show|move|arrive|start|finish|cancel|reinstate|no-show|undo-no-show|change-patient|set-motif|note|entered-in-error|cancel-series|move-series ...</source>
        <translation>Usage: appointment list|search|book|show|move|arrive|start|finish|cancel|reinstate|no-show|undo-no-show|change-patient|set-motif|note|entered-in-error|cancel-series|move-series ...</translation>
    </message>
    <message>
        <source>morning or afternoon.</source>
        <translation>morning or afternoon.</translation>
    </message>
    <message>
        <source>Only these weekdays, 1 (Monday) to 7 (repeatable).</source>
        <translation>Only these weekdays, 1 (Monday) to 7 (repeatable).</translation>
    </message>
    <message>
        <source>Every practitioner of this specialty (--motif: an ID or the visit reason&apos;s name).</source>
        <translation>Every practitioner of this specialty (--motif: an ID or the visit reason&apos;s name).</translation>
    </message>
    <message>
        <source>Skip this many slots first (paging).</source>
        <translation>Skip this many slots first (paging).</translation>
    </message>
    <message>
        <source>Usage: slots --practitioner ID|--specialty S --motif ID [--from DATE] [--to DATE] [--half morning|afternoon] [--weekday 1..7] [--count N] [--offset N]</source>
        <translation>Usage: slots --practitioner ID|--specialty S --motif ID [--from DATE] [--to DATE] [--half morning|afternoon] [--weekday 1..7] [--count N] [--offset N]</translation>
    </message>
    <message>
        <source>--from and --to are dates such as 2026-11-23; --count is between 1 and 1000, --offset between 0 and 10000.</source>
        <translation>--from and --to are dates such as 2026-11-23; --count is between 1 and 1000, --offset between 0 and 10000.</translation>
    </message>
    <message>
        <source>--half is morning or afternoon.</source>
        <translation>--half is morning or afternoon.</translation>
    </message>
    <message>
        <source>The right patient&apos;s ID.</source>
        <translation>The right patient&apos;s ID.</translation>
    </message>
    <message>
        <source>The note (empty removes it).</source>
        <translation>The note (empty removes it).</translation>
    </message>
    <message>
        <source>Usage: appointment change-patient ID --patient P --reason T | set-motif ID --motif M | note ID --text T | entered-in-error ID --reason T</source>
        <translation>Usage: appointment change-patient ID --patient P --reason T | set-motif ID --motif M | note ID --text T | entered-in-error ID --reason T</translation>
    </message>
    <message numerus="yes">
        <source>Series %1: %n appointment(s) booked</source>
        <translation>
            <numerusform>Series %1: %n appointment booked</numerusform>
            <numerusform>Series %1: %n appointments booked</numerusform>
        </translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>nearest free: %1</source>
        <translation>nearest free: %1</translation>
    </message>
    <message>
        <source>This appointment&apos;s new start; the later ones move by as much.</source>
        <translation>This appointment&apos;s new start; the later ones move by as much.</translation>
    </message>
    <message>
        <source>Series stopped</source>
        <translation>Series stopped</translation>
    </message>
    <message>
        <source>Usage: appointment move-series ID --start TIME</source>
        <translation>Usage: appointment move-series ID --start TIME</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time such as 2026-11-23T09:30.</source>
        <translation>&quot;%1&quot; is not a date and time such as 2026-11-23T09:30.</translation>
    </message>
    <message>
        <source>From (a date means midnight, site time).</source>
        <translation>From (a date means midnight, site time).</translation>
    </message>
    <message>
        <source>Before (a date means midnight, site time).</source>
        <translation>Before (a date means midnight, site time).</translation>
    </message>
    <message>
        <source>booked, arrived, cancelled, noshow, ... (repeatable).</source>
        <translation>booked, arrived, cancelled, noshow, ... (repeatable).</translation>
    </message>
    <message>
        <source>At most this many (default 500).</source>
        <translation>At most this many (default 500).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or a date and time such as 2026-11-23T09:30.</source>
        <translation>&quot;%1&quot; is not a date or a date and time such as 2026-11-23T09:30.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Unknown status &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--limit is between 1 and 100000.</source>
        <translation>--limit is between 1 and 100000.</translation>
    </message>
    <message>
        <source>How late, in minutes.</source>
        <translation>How late, in minutes.</translation>
    </message>
    <message>
        <source>The day (default today).</source>
        <translation>The day (default today).</translation>
    </message>
    <message>
        <source>Show the messages without sending them.</source>
        <translation>Show the messages without sending them.</translation>
    </message>
    <message>
        <source>The message.</source>
        <translation>The message.</translation>
    </message>
    <message>
        <source>sms or email (default: SMS to a mobile, else e-mail).</source>
        <translation>sms or email (default: SMS to a mobile, else e-mail).</translation>
    </message>
    <message>
        <source>The appointment it is about.</source>
        <translation>The appointment it is about.</translation>
    </message>
    <message>
        <source>Usage: message late --practitioner P --minutes N [--date D] [--preview] | message send --patient P --text T [--channel sms|email] [--appointment A]</source>
        <translation>Usage: message late --practitioner P --minutes N [--date D] [--preview] | message send --patient P --text T [--channel sms|email] [--appointment A]</translation>
    </message>
    <message>
        <source>Usage: message send --patient P --text T [--channel sms|email] [--appointment A]</source>
        <translation>Usage: message send --patient P --text T [--channel sms|email] [--appointment A]</translation>
    </message>
    <message>
        <source>Usage: message late --practitioner P --minutes N [--date D] [--preview]</source>
        <translation>Usage: message late --practitioner P --minutes N [--date D] [--preview]</translation>
    </message>
    <message>
        <source>--minutes is a number of minutes.</source>
        <translation>--minutes is a number of minutes.</translation>
    </message>
    <message>
        <source>--date is a date such as 2026-11-23.</source>
        <translation>--date is a date such as 2026-11-23.</translation>
    </message>
    <message>
        <source>no mobile nor e-mail: phone them</source>
        <translation>no mobile nor e-mail: phone them</translation>
    </message>
    <message>
        <source>The account holder&apos;s ID.</source>
        <translation>The account holder&apos;s ID.</translation>
    </message>
    <message>
        <source>Usage: patient link ID --holder H [--relationship child|spouse|parent|other]</source>
        <translation>Usage: patient link ID --holder H [--relationship child|spouse|parent|other]</translation>
    </message>
    <message>
        <source>warning: %1 has no mobile and no e-mail of their own: no message will reach them.</source>
        <translation>warning: %1 has no mobile and no e-mail of their own: no message will reach them.</translation>
    </message>
    <message>
        <source>own account holder</source>
        <translation>own account holder</translation>
    </message>
    <message>
        <source>relative of %1</source>
        <translation>relative of %1</translation>
    </message>
    <message>
        <source>Book over a taken slot, or keep two appointments closer than the spacing rule, for this reason (desk only).</source>
        <translation>Book over a taken slot, or keep two appointments closer than the spacing rule, for this reason (desk only).</translation>
    </message>
    <message>
        <source>Sign in first: give --user LOGIN (or GUICHET_USER) and the password on standard input with --password-stdin, or in the file named by GUICHET_PASSWORD_FILE.</source>
        <translation>Sign in first: give --user LOGIN (or GUICHET_USER) and the password on standard input with --password-stdin, or in the file named by GUICHET_PASSWORD_FILE.</translation>
    </message>
    <message>
        <source>The password file &quot;%1&quot; (GUICHET_PASSWORD_FILE) does not exist.</source>
        <translation>The password file &quot;%1&quot; (GUICHET_PASSWORD_FILE) does not exist.</translation>
    </message>
    <message>
        <source>The password file &quot;%1&quot; can be read by other accounts of this computer: make it readable by its owner only (chmod 600).</source>
        <translation>The password file &quot;%1&quot; can be read by other accounts of this computer: make it readable by its owner only (chmod 600).</translation>
    </message>
    <message>
        <source>The password file &quot;%1&quot; cannot be read: %2</source>
        <translation>The password file &quot;%1&quot; cannot be read: %2</translation>
    </message>
    <message>
        <source>--now (or GUICHET_NOW) moves the clock of the rules: it is accepted only on a demo clinic or on a database created for tests (init --test), not on a practice&apos;s database.</source>
        <translation>--now (or GUICHET_NOW) moves the clock of the rules: it is accepted only on a demo clinic or on a database created for tests (init --test), not on a practice&apos;s database.</translation>
    </message>
    <message>
        <source>Creates a new database with its first administrator (password on standard input).</source>
        <translation>Creates a new database with its first administrator (password on standard input).</translation>
    </message>
    <message>
        <source>The practice&apos;s sites.</source>
        <translation>The practice&apos;s sites.</translation>
    </message>
    <message>
        <source>The practitioners and their online rules.</source>
        <translation>The practitioners and their online rules.</translation>
    </message>
    <message>
        <source>Visit reasons.</source>
        <translation>Visit reasons.</translation>
    </message>
    <message>
        <source>A practitioner&apos;s usual week and its exceptions.</source>
        <translation>A practitioner&apos;s usual week and its exceptions.</translation>
    </message>
    <message>
        <source>Absences, and the booked patients they affect.</source>
        <translation>Absences, and the booked patients they affect.</translation>
    </message>
    <message>
        <source>Patient records.</source>
        <translation>Patient records.</translation>
    </message>
    <message>
        <source>Reads a Belgian eID card.</source>
        <translation>Reads a Belgian eID card.</translation>
    </message>
    <message>
        <source>Appointments.</source>
        <translation>Appointments.</translation>
    </message>
    <message>
        <source>Free slots.</source>
        <translation>Free slots.</translation>
    </message>
    <message>
        <source>Messages now: running late, a free message to a patient.</source>
        <translation>Messages now: running late, a free message to a patient.</translation>
    </message>
    <message>
        <source>No-shows and online-booking blocks.</source>
        <translation>No-shows and online-booking blocks.</translation>
    </message>
    <message>
        <source>No-show and late-cancellation statistics.</source>
        <translation>No-show and late-cancellation statistics.</translation>
    </message>
    <message>
        <source>The waiting list.</source>
        <translation>The waiting list.</translation>
    </message>
    <message>
        <source>Planned messages and their templates.</source>
        <translation>Planned messages and their templates.</translation>
    </message>
    <message>
        <source>Patients&apos; documents.</source>
        <translation>Patients&apos; documents.</translation>
    </message>
    <message>
        <source>The documents&apos; key, saved or brought back.</source>
        <translation>The documents&apos; key, saved or brought back.</translation>
    </message>
    <message>
        <source>A practitioner&apos;s agenda as iCalendar.</source>
        <translation>A practitioner&apos;s agenda as iCalendar.</translation>
    </message>
    <message>
        <source>Imports patients from a CSV file.</source>
        <translation>Imports patients from a CSV file.</translation>
    </message>
    <message>
        <source>Writes every patient to a CSV file (administrators; audited).</source>
        <translation>Writes every patient to a CSV file (administrators; audited).</translation>
    </message>
    <message>
        <source>Likely duplicate patient records.</source>
        <translation>Likely duplicate patient records.</translation>
    </message>
    <message>
        <source>Merges two patient records.</source>
        <translation>Merges two patient records.</translation>
    </message>
    <message>
        <source>Undoes a merge.</source>
        <translation>Undoes a merge.</translation>
    </message>
    <message>
        <source>The merges made.</source>
        <translation>The merges made.</translation>
    </message>
    <message>
        <source>Records that two records are different people.</source>
        <translation>Records that two records are different people.</translation>
    </message>
    <message>
        <source>Users and their roles.</source>
        <translation>Users and their roles.</translation>
    </message>
    <message>
        <source>The audit log (administrators).</source>
        <translation>The audit log (administrators).</translation>
    </message>
    <message>
        <source>The practice&apos;s rules.</source>
        <translation>The practice&apos;s rules.</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database.</source>
        <translation>Writes a consistent copy of the database.</translation>
    </message>
    <message>
        <source>Replaces the database by a backup.</source>
        <translation>Replaces the database by a backup.</translation>
    </message>
    <message>
        <source>The central agenda&apos;s address (administrators; audited).</source>
        <translation>The central agenda&apos;s address (administrators; audited).</translation>
    </message>
    <message>
        <source>Signs this desk in to the central agenda.</source>
        <translation>Signs this desk in to the central agenda.</translation>
    </message>
    <message>
        <source>Signs this desk out of the central agenda.</source>
        <translation>Signs this desk out of the central agenda.</translation>
    </message>
    <message>
        <source>Synchronises with the central agenda.</source>
        <translation>Synchronises with the central agenda.</translation>
    </message>
    <message>
        <source>Changes made on both sides, to settle.</source>
        <translation>Changes made on both sides, to settle.</translation>
    </message>
    <message>
        <source>Fix the clock of the rules (ISO 8601; or GUICHET_NOW): demo and test databases only. Audit times always follow the real clock.</source>
        <translation>Fix the clock of the rules (ISO 8601; or GUICHET_NOW): demo and test databases only. Audit times always follow the real clock.</translation>
    </message>
    <message>
        <source>Sign in as this Guichet user (or GUICHET_USER).</source>
        <translation>Sign in as this Guichet user (or GUICHET_USER).</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input (otherwise from the owner-only file named by GUICHET_PASSWORD_FILE).</source>
        <translation>Read the password from the first line of standard input (otherwise from the owner-only file named by GUICHET_PASSWORD_FILE).</translation>
    </message>
    <message>
        <source>One of the commands below; COMMAND --help tells more.</source>
        <translation>One of the commands below; COMMAND --help tells more.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Every command but init and demo needs a signed-in user: --user LOGIN (or GUICHET_USER) and --password-stdin, or GUICHET_PASSWORD_FILE.</source>
        <translation>Every command but init and demo needs a signed-in user: --user LOGIN (or GUICHET_USER) and --password-stdin, or GUICHET_PASSWORD_FILE.</translation>
    </message>
    <message>
        <source>Usage: guichet-cli [--db PATH] [--user LOGIN --password-stdin] %1</source>
        <translation>Usage: guichet-cli [--db PATH] [--user LOGIN --password-stdin] %1</translation>
    </message>
    <message>
        <source>Creates a new database with its first administrator; the password is read from standard input.</source>
        <translation>Creates a new database with its first administrator; the password is read from standard input.</translation>
    </message>
    <message>
        <source>The first administrator&apos;s login.</source>
        <translation>The first administrator&apos;s login.</translation>
    </message>
    <message>
        <source>The administrator&apos;s full name (default: the login).</source>
        <translation>The administrator&apos;s full name (default: the login).</translation>
    </message>
    <message>
        <source>A database for tests, marked so for good: it accepts --now and the desktop&apos;s title says so.</source>
        <translation>A database for tests, marked so for good: it accepts --now and the desktop&apos;s title says so.</translation>
    </message>
    <message>
        <source>Usage: init --admin LOGIN [--name NAME] [--test] (password on standard input)</source>
        <translation>Usage: init --admin LOGIN [--name NAME] [--test] (password on standard input)</translation>
    </message>
    <message>
        <source>--now is accepted only on a database created for tests (init --test) or a demo clinic.</source>
        <translation>--now is accepted only on a database created for tests (init --test) or a demo clinic.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has users: sign in as one of its administrators to add others (user add).</source>
        <translation>&quot;%1&quot; already has users: sign in as one of its administrators to add others (user add).</translation>
    </message>
    <message>
        <source>Database created in %1; administrator: %2.</source>
        <translation>Database created in %1; administrator: %2.</translation>
    </message>
    <message>
        <source>No user &quot;%1&quot;.</source>
        <translation>No user &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Nothing to list; settle ID to settle one.</source>
        <translation>Nothing to list; settle ID to settle one.</translation>
    </message>
    <message>
        <source>Settled items too.</source>
        <translation>Settled items too.</translation>
    </message>
    <message>
        <source>Keep the appointment despite the rule (with --reason).</source>
        <translation>Keep the appointment despite the rule (with --reason).</translation>
    </message>
    <message>
        <source>Cancel the appointment; the patient is sent the cancellation message (with --reason).</source>
        <translation>Cancel the appointment; the patient is sent the cancellation message (with --reason).</translation>
    </message>
    <message>
        <source>The patient was called; --reason says what was agreed.</source>
        <translation>The patient was called; --reason says what was agreed.</translation>
    </message>
    <message>
        <source>Usage: sync review [--all] | sync review settle ID --keep|--cancel|--called [--reason TEXT]</source>
        <translation>Usage: sync review [--all] | sync review settle ID --keep|--cancel|--called [--reason TEXT]</translation>
    </message>
    <message>
        <source>Settled: %1.</source>
        <translation>Settled: %1.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>pushed %1, pulled %2, conflicts %3, to check %4, pending %5, parked %6</source>
        <translation>pushed %1, pulled %2, conflicts %3, to check %4, pending %5, parked %6</translation>
    </message>
    <message>
        <source>A visit at the patient&apos;s home: yes or no.</source>
        <translation>A visit at the patient&apos;s home: yes or no.</translation>
    </message>
    <message>
        <source>The scheduled backups: their folder (administrators, audited) and where they stand.</source>
        <translation>The scheduled backups: their folder (administrators, audited) and where they stand.</translation>
    </message>
    <message>
        <source>The backup folder (full path); &quot;&quot; stops them.</source>
        <translation>The backup folder (full path); &quot;&quot; stops them.</translation>
    </message>
    <message>
        <source>Usage: backup schedule [--folder FOLDER]</source>
        <translation>Usage: backup schedule [--folder FOLDER]</translation>
    </message>
    <message>
        <source>No scheduled backup (no folder set).</source>
        <translation>No scheduled backup (no folder set).</translation>
    </message>
    <message>
        <source>Every day after %1:00 into %2; %3 daily and %4 weekly kept.</source>
        <translation>Every day after %1:00 into %2; %3 daily and %4 weekly kept.</translation>
    </message>
    <message>
        <source>Last good backup: %1 (%2).</source>
        <translation>Last good backup: %1 (%2).</translation>
    </message>
    <message>
        <source>No backup made yet.</source>
        <translation>No backup made yet.</translation>
    </message>
    <message>
        <source>Warning: no backup for more than two days.</source>
        <translation>Warning: no backup for more than two days.</translation>
    </message>
    <message>
        <source>withheld (practitioners only)</source>
        <translation>withheld (practitioners only)</translation>
    </message>
    <message>
        <source>The new text (empty: none).</source>
        <translation>The new text (empty: none).</translation>
    </message>
    <message>
        <source>Usage: patient medication ID [--set TEXT]</source>
        <translation>Usage: patient medication ID [--set TEXT]</translation>
    </message>
    <message>
        <source>Usage: patient add|edit|check-identity|show|medication|list|search|incomplete|block|link|unlink ...</source>
        <translation>Usage: patient add|edit|check-identity|show|medication|list|search|incomplete|block|link|unlink ...</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>Clear the field</source>
        <translation>Clear the field</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No appointment has the identifier %1.</source>
        <translation>No appointment has the identifier %1.</translation>
    </message>
    <message>
        <source>The database could not be written or read (%1).</source>
        <translation>The database could not be written or read (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a database file.</source>
        <translation>&quot;%1&quot; is a folder, not a database file.</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; cannot be read: %2</source>
        <translation>The database file &quot;%1&quot; cannot be read: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Guichet database (it is not an SQLite file). It was left untouched.</source>
        <translation>&quot;%1&quot; is not a Guichet database (it is not an SQLite file). It was left untouched.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database of another program, not of Guichet. It was left untouched.</source>
        <translation>&quot;%1&quot; is an SQLite database of another program, not of Guichet. It was left untouched.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>No database file was given.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; cannot be opened: %2</source>
        <translation>The database &quot;%1&quot; cannot be opened: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a readable Guichet database: %2. It was left untouched.</source>
        <translation>&quot;%1&quot; is not a readable Guichet database: %2. It was left untouched.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Guichet (schema %1; this version knows up to %2). Install the newer Guichet; the database was left untouched.</source>
        <translation>This database was written by a newer version of Guichet (schema %1; this version knows up to %2). Install the newer Guichet; the database was left untouched.</translation>
    </message>
    <message>
        <source>Row %1 of table %2 points to a missing row of %3.</source>
        <translation>Row %1 of table %2 points to a missing row of %3.</translation>
    </message>
    <message>
        <source>The patient search index does not match the patients: %1</source>
        <translation>The patient search index does not match the patients: %1</translation>
    </message>
    <message>
        <source>The schema version is %1 instead of %2.</source>
        <translation>The schema version is %1 instead of %2.</translation>
    </message>
    <message>
        <source>The patient %1 could not be written: %2</source>
        <translation>The patient %1 could not be written: %2</translation>
    </message>
    <message>
        <source>No patient has the identifier %1.</source>
        <translation>No patient has the identifier %1.</translation>
    </message>
    <message>
        <source>No site has the identifier %1.</source>
        <translation>No site has the identifier %1.</translation>
    </message>
    <message>
        <source>No practitioner has the identifier %1.</source>
        <translation>No practitioner has the identifier %1.</translation>
    </message>
    <message>
        <source>No visit reason has the identifier %1.</source>
        <translation>No visit reason has the identifier %1.</translation>
    </message>
    <message>
        <source>No user is called &quot;%1&quot;.</source>
        <translation>No user is called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No opening exception has the identifier %1.</source>
        <translation>No opening exception has the identifier %1.</translation>
    </message>
    <message>
        <source>No notification request has the identifier %1.</source>
        <translation>No notification request has the identifier %1.</translation>
    </message>
    <message>
        <source>No absence has the identifier %1.</source>
        <translation>No absence has the identifier %1.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; cannot be created: %2</source>
        <translation>The database &quot;%1&quot; cannot be created: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can be read by other accounts of this computer (mode %2); it should be 0600 (chmod 600).</source>
        <translation>&quot;%1&quot; can be read by other accounts of this computer (mode %2); it should be 0600 (chmod 600).</translation>
    </message>
    <message>
        <source>The permissions of &quot;%1&quot; could not be restricted to its owner.</source>
        <translation>The permissions of &quot;%1&quot; could not be restricted to its owner.</translation>
    </message>
    <message>
        <source>This Guichet does not know how to bring the database to schema %1; nothing was changed.</source>
        <translation>This Guichet does not know how to bring the database to schema %1; nothing was changed.</translation>
    </message>
    <message>
        <source>Guichet is waiting for the end of a large change (an import, or another desk&apos;s): nothing was written. Try again in a moment.</source>
        <translation>Guichet is waiting for the end of a large change (an import, or another desk&apos;s): nothing was written. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>DemoClinic</name>
    <message>
        <source>The number of demo patients is between 1 and 5,000,000.</source>
        <translation>The number of demo patients is between 1 and 5,000,000.</translation>
    </message>
    <message>
        <source>The number of demo practitioners is between 1 and 60.</source>
        <translation>The number of demo practitioners is between 1 and 60.</translation>
    </message>
    <message>
        <source>Parallel demo bookings are between 1 and 4.</source>
        <translation>Parallel demo bookings are between 1 and 4.</translation>
    </message>
    <message>
        <source>The number of demo weeks is between 0 and 520.</source>
        <translation>The number of demo weeks is between 0 and 520.</translation>
    </message>
    <message>
        <source>This database already holds data; the demo clinic is created only in a new, empty database.</source>
        <translation>This database already holds data; the demo clinic is created only in a new, empty database.</translation>
    </message>
</context>
<context>
    <name>DeskMessages</name>
    <message>
        <source>Give the delay in minutes, from 5 to %1.</source>
        <translation>Give the delay in minutes, from 5 to %1.</translation>
    </message>
    <message>
        <source>Give the day of the delay.</source>
        <translation>Give the day of the delay.</translation>
    </message>
    <message>
        <source>Messages to patients are switched off for %1 (Administration, Messages).</source>
        <translation>Messages to patients are switched off for %1 (Administration, Messages).</translation>
    </message>
    <message>
        <source>%1 minutes late, %2 patient(s) told</source>
        <translation>%1 minutes late, %2 patient(s) told</translation>
    </message>
    <message>
        <source>The channel is sms or email.</source>
        <translation>The channel is sms or email.</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Write the message first.</translation>
    </message>
    <message>
        <source>This record is merged or the patient is deceased: no message.</source>
        <translation>This record is merged or the patient is deceased: no message.</translation>
    </message>
    <message>
        <source>This appointment is not this patient&apos;s.</source>
        <translation>This appointment is not this patient&apos;s.</translation>
    </message>
    <message>
        <source>Messages to patients are switched off for the practice (Administration, Messages).</source>
        <translation>Messages to patients are switched off for the practice (Administration, Messages).</translation>
    </message>
    <message>
        <source>Nobody can receive this SMS: no mobile number, or SMS switched off for this patient.</source>
        <translation>Nobody can receive this SMS: no mobile number, or SMS switched off for this patient.</translation>
    </message>
    <message>
        <source>Nobody can receive this e-mail: no address, or e-mails switched off for this patient.</source>
        <translation>Nobody can receive this e-mail: no address, or e-mails switched off for this patient.</translation>
    </message>
    <message>
        <source>This patient can be reached neither by SMS nor by e-mail.</source>
        <translation>This patient can be reached neither by SMS nor by e-mail.</translation>
    </message>
    <message>
        <source>The message is too long: %1 characters at most.</source>
        <translation>The message is too long: %1 characters at most.</translation>
    </message>
</context>
<context>
    <name>DocumentVault</name>
    <message>
        <source>This database has no document vault yet.</source>
        <translation>This database has no document vault yet.</translation>
    </message>
    <message>
        <source>The document vault&apos;s key in the system keychain is damaged.</source>
        <translation>The document vault&apos;s key in the system keychain is damaged.</translation>
    </message>
    <message>
        <source>The document vault&apos;s key is not in this computer&apos;s system keychain: the documents cannot be read here.</source>
        <translation>The document vault&apos;s key is not in this computer&apos;s system keychain: the documents cannot be read here.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file weighs %1 MB; documents are limited to 50 MB.</source>
        <translation>The file weighs %1 MB; documents are limited to 50 MB.</translation>
    </message>
    <message>
        <source>The PDF is incomplete (cut short during a download or a copy?).</source>
        <translation>The PDF is incomplete (cut short during a download or a copy?).</translation>
    </message>
    <message>
        <source>The PDF is damaged or protected by a password; it cannot be read.</source>
        <translation>The PDF is damaged or protected by a password; it cannot be read.</translation>
    </message>
    <message>
        <source>The PNG image is incomplete (cut short during a download or a copy?).</source>
        <translation>The PNG image is incomplete (cut short during a download or a copy?).</translation>
    </message>
    <message>
        <source>The JPEG image is incomplete (cut short during a download or a copy?).</source>
        <translation>The JPEG image is incomplete (cut short during a download or a copy?).</translation>
    </message>
    <message>
        <source>The image is damaged; it cannot be read (%1).</source>
        <translation>The image is damaged; it cannot be read (%1).</translation>
    </message>
    <message>
        <source>Only PDF documents and JPEG or PNG images are accepted; this file is something else, whatever its name says.</source>
        <translation>Only PDF documents and JPEG or PNG images are accepted; this file is something else, whatever its name says.</translation>
    </message>
    <message>
        <source>The document type is prescription, report, administrative or other.</source>
        <translation>The document type is prescription, report, administrative or other.</translation>
    </message>
    <message>
        <source>No appointment has the identifier %1.</source>
        <translation>No appointment has the identifier %1.</translation>
    </message>
    <message>
        <source>This appointment is another patient&apos;s.</source>
        <translation>This appointment is another patient&apos;s.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist or is not a file.</source>
        <translation>The file &quot;%1&quot; does not exist or is not a file.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>The file &quot;%1&quot; cannot be read: %2</translation>
    </message>
    <message>
        <source>The encryption library cannot start.</source>
        <translation>The encryption library cannot start.</translation>
    </message>
    <message>
        <source>The document vault&apos;s folder cannot be made beside the database.</source>
        <translation>The document vault&apos;s folder cannot be made beside the database.</translation>
    </message>
    <message>
        <source>The document cannot be written into the vault: %1</source>
        <translation>The document cannot be written into the vault: %1</translation>
    </message>
    <message>
        <source>No document has the identifier %1.</source>
        <translation>No document has the identifier %1.</translation>
    </message>
    <message>
        <source>The document&apos;s file is missing from the vault.</source>
        <translation>The document&apos;s file is missing from the vault.</translation>
    </message>
    <message>
        <source>The document&apos;s file in the vault is damaged: it no longer matches what was stored.</source>
        <translation>The document&apos;s file in the vault is damaged: it no longer matches what was stored.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written: %2</source>
        <translation>&quot;%1&quot; cannot be written: %2</translation>
    </message>
    <message>
        <source>The retention delay of documents is a whole number of months, at least 1.</source>
        <translation>The retention delay of documents is a whole number of months, at least 1.</translation>
    </message>
    <message>
        <source>Document %1: its file is missing from the vault.</source>
        <translation>Document %1: its file is missing from the vault.</translation>
    </message>
    <message>
        <source>Document %1: its file does not decrypt to what was stored.</source>
        <translation>Document %1: its file does not decrypt to what was stored.</translation>
    </message>
    <message>
        <source>The patient added this document online: only the patient can remove it.</source>
        <translation>The patient added this document online: only the patient can remove it.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Not enough memory to derive the key from the passphrase.</translation>
    </message>
    <message>
        <source>The passphrase protecting the key has at least 12 characters.</source>
        <translation>The passphrase protecting the key has at least 12 characters.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a key exported by Guichet, or it is damaged.</source>
        <translation>%1 is not a key exported by Guichet, or it is damaged.</translation>
    </message>
    <message>
        <source>This key belongs to another database: import it beside the backup it was exported with.</source>
        <translation>This key belongs to another database: import it beside the backup it was exported with.</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the key file is damaged: nothing was changed.</source>
        <translation>Wrong passphrase, or the key file is damaged: nothing was changed.</translation>
    </message>
    <message>
        <source>This key does not open the documents stored beside this database: nothing was changed.</source>
        <translation>This key does not open the documents stored beside this database: nothing was changed.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain already holds another key for this database: nothing was changed.</source>
        <translation>This computer&apos;s keychain already holds another key for this database: nothing was changed.</translation>
    </message>
    <message>
        <source>contains JavaScript</source>
        <translation>contains JavaScript</translation>
    </message>
    <message>
        <source>starts programs or sends data when opened or clicked</source>
        <translation>starts programs or sends data when opened or clicked</translation>
    </message>
    <message>
        <source>runs actions by itself (when opened, closed or printed)</source>
        <translation>runs actions by itself (when opened, closed or printed)</translation>
    </message>
    <message>
        <source>carries other files inside it</source>
        <translation>carries other files inside it</translation>
    </message>
    <message>
        <source>is an XFA form</source>
        <translation>is an XFA form</translation>
    </message>
    <message>
        <source>carries rich media (video, Flash)</source>
        <translation>carries rich media (video, Flash)</translation>
    </message>
    <message>
        <source>runs an action when it is opened</source>
        <translation>runs an action when it is opened</translation>
    </message>
    <message>
        <source>is also a ZIP archive</source>
        <translation>is also a ZIP archive</translation>
    </message>
    <message>
        <source>is also a web page</source>
        <translation>is also a web page</translation>
    </message>
    <message>
        <source>cannot be read to the end by a PDF library</source>
        <translation>cannot be read to the end by a PDF library</translation>
    </message>
    <message>
        <source>This PDF cannot be kept: it %1. Ask for a plain PDF (printed again to PDF, or scanned).</source>
        <translation>This PDF cannot be kept: it %1. Ask for a plain PDF (printed again to PDF, or scanned).</translation>
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
        <translation>Different</translation>
    </message>
    <message>
        <source>same NISS</source>
        <translation>same NISS</translation>
    </message>
    <message>
        <source>same NIR</source>
        <translation>same NIR</translation>
    </message>
    <message>
        <source>different NISS numbers</source>
        <translation>different NISS numbers</translation>
    </message>
    <message>
        <source>different NIR numbers</source>
        <translation>different NIR numbers</translation>
    </message>
    <message>
        <source>different sexes</source>
        <translation>different sexes</translation>
    </message>
    <message>
        <source>same name and birth date but different first names: possible twins</source>
        <translation>same name and birth date but different first names: possible twins</translation>
    </message>
    <message>
        <source>birth dates too far apart for a typo</source>
        <translation>birth dates too far apart for a typo</translation>
    </message>
    <message>
        <source>a record is marked deceased, homonym or doubtful</source>
        <translation>a record is marked deceased, homonym or doubtful</translation>
    </message>
    <message>
        <source>same surname</source>
        <translation>same surname</translation>
    </message>
    <message>
        <source>close surnames</source>
        <translation>close surnames</translation>
    </message>
    <message>
        <source>same first names</source>
        <translation>same first names</translation>
    </message>
    <message>
        <source>close first names</source>
        <translation>close first names</translation>
    </message>
    <message>
        <source>same birth date</source>
        <translation>same birth date</translation>
    </message>
    <message>
        <source>birth date with day and month swapped</source>
        <translation>birth date with day and month swapped</translation>
    </message>
    <message>
        <source>birth date one digit apart</source>
        <translation>birth date one digit apart</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>same phone</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>same e-mail</translation>
    </message>
    <message>
        <source>different contact details</source>
        <translation>different contact details</translation>
    </message>
    <message>
        <source>first name and surname crossed</source>
        <translation>first name and surname crossed</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>same address</translation>
    </message>
    <message>
        <source>The patient records could not be read: %1</source>
        <translation>The patient records could not be read: %1</translation>
    </message>
    <message>
        <source>identical traits</source>
        <translation>identical traits</translation>
    </message>
    <message>
        <source>very close</source>
        <translation>very close</translation>
    </message>
    <message>
        <source>close</source>
        <translation>close</translation>
    </message>
    <message>
        <source>partly alike</source>
        <translation>partly alike</translation>
    </message>
    <message>
        <source>The pairs marked as different people could not be read: %1</source>
        <translation>The pairs marked as different people could not be read: %1</translation>
    </message>
    <message>
        <source>birth dates agree as far as they are known</source>
        <translation>birth dates agree as far as they are known</translation>
    </message>
</context>
<context>
    <name>EidIdentity</name>
    <message>
        <source>The card&apos;s data cannot be read (%1): nothing was taken from it.</source>
        <translation>The card&apos;s data cannot be read (%1): nothing was taken from it.</translation>
    </message>
    <message>
        <source>field %1 of the identity file is missing</source>
        <translation>field %1 of the identity file is missing</translation>
    </message>
    <message>
        <source>the card&apos;s end of validity is not a date</source>
        <translation>the card&apos;s end of validity is not a date</translation>
    </message>
    <message>
        <source>the birth date &quot;%1&quot; is not a date</source>
        <translation>the birth date &quot;%1&quot; is not a date</translation>
    </message>
    <message>
        <source>the birth date is in the future</source>
        <translation>the birth date is in the future</translation>
    </message>
    <message>
        <source>the national number is not valid</source>
        <translation>the national number is not valid</translation>
    </message>
    <message>
        <source>a name or the address is longer than a card holds</source>
        <translation>a name or the address is longer than a card holds</translation>
    </message>
    <message>
        <source>This eID card expired on %1: its data may be out of date. Ask for a valid card or another identity document.</source>
        <translation>This eID card expired on %1: its data may be out of date. Ask for a valid card or another identity document.</translation>
    </message>
</context>
<context>
    <name>EidReader</name>
    <message>
        <source>The smart card service is not running (pcscd on Linux): ask IT to start it.</source>
        <translation>The smart card service is not running (pcscd on Linux): ask IT to start it.</translation>
    </message>
    <message>
        <source>No card reader is connected: plug in the eID reader and try again.</source>
        <translation>No card reader is connected: plug in the eID reader and try again.</translation>
    </message>
    <message>
        <source>There is no card in the reader: insert the eID card, chip first.</source>
        <translation>There is no card in the reader: insert the eID card, chip first.</translation>
    </message>
    <message>
        <source>The card does not answer: check that it is inserted chip first, then try again.</source>
        <translation>The card does not answer: check that it is inserted chip first, then try again.</translation>
    </message>
    <message>
        <source>The card reader failed (PC/SC error 0x%1).</source>
        <translation>The card reader failed (PC/SC error 0x%1).</translation>
    </message>
    <message>
        <source>The card was taken out while it was read: nothing was kept. Insert it again and try again.</source>
        <translation>The card was taken out while it was read: nothing was kept. Insert it again and try again.</translation>
    </message>
    <message>
        <source>The card gave an answer too short to be read.</source>
        <translation>The card gave an answer too short to be read.</translation>
    </message>
    <message>
        <source>The card in the reader is not a Belgian eID (or its identity file cannot be opened).</source>
        <translation>The card in the reader is not a Belgian eID (or its identity file cannot be opened).</translation>
    </message>
    <message>
        <source>The card refused to give its data (status %1).</source>
        <translation>The card refused to give its data (status %1).</translation>
    </message>
    <message>
        <source>There is no card reader named &quot;%1&quot; (connected: %2).</source>
        <translation>There is no card reader named &quot;%1&quot; (connected: %2).</translation>
    </message>
</context>
<context>
    <name>EidTlv</name>
    <message>
        <source>The card&apos;s file is larger than an eID&apos;s (%1 bytes).</source>
        <translation>The card&apos;s file is larger than an eID&apos;s (%1 bytes).</translation>
    </message>
    <message>
        <source>the length of field %1 is cut short</source>
        <translation>the length of field %1 is cut short</translation>
    </message>
    <message>
        <source>field %1 is longer than the file</source>
        <translation>field %1 is longer than the file</translation>
    </message>
    <message>
        <source>field %1 appears twice</source>
        <translation>field %1 appears twice</translation>
    </message>
</context>
<context>
    <name>Email</name>
    <message>
        <source>The e-mail address is empty.</source>
        <translation>The e-mail address is empty.</translation>
    </message>
    <message>
        <source>This e-mail address is too long.</source>
        <translation>This e-mail address is too long.</translation>
    </message>
    <message>
        <source>An e-mail address contains exactly one @, as in marie.dupont@example.fr.</source>
        <translation>An e-mail address contains exactly one @, as in marie.dupont@example.fr.</translation>
    </message>
    <message>
        <source>The part before the @ is missing.</source>
        <translation>The part before the @ is missing.</translation>
    </message>
    <message>
        <source>The part before the @ is too long.</source>
        <translation>The part before the @ is too long.</translation>
    </message>
    <message>
        <source>The part before the @ cannot start or end with a dot, nor contain two dots in a row.</source>
        <translation>The part before the @ cannot start or end with a dot, nor contain two dots in a row.</translation>
    </message>
    <message>
        <source>The part before the @ contains a character that is not allowed (&quot;%1&quot;).</source>
        <translation>The part before the @ contains a character that is not allowed (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The domain after the @ is missing.</source>
        <translation>The domain after the @ is missing.</translation>
    </message>
    <message>
        <source>The domain after the @ is not valid.</source>
        <translation>The domain after the @ is not valid.</translation>
    </message>
    <message>
        <source>The domain after the @ needs a dot, as in example.fr.</source>
        <translation>The domain after the @ needs a dot, as in example.fr.</translation>
    </message>
    <message>
        <source>The domain after the @ contains a character that is not allowed.</source>
        <translation>The domain after the @ contains a character that is not allowed.</translation>
    </message>
    <message>
        <source>The domain after the @ does not end with a valid extension (.fr, .be, .com, ...).</source>
        <translation>The domain after the @ does not end with a valid extension (.fr, .be, .com, ...).</translation>
    </message>
</context>
<context>
    <name>FhirClient</name>
    <message>
        <source>refused a link to another server: %1</source>
        <translation>refused a link to another server: %1</translation>
    </message>
    <message>
        <source>unreadable answer from the central agenda (HTTP %1): %2</source>
        <translation>unreadable answer from the central agenda (HTTP %1): %2</translation>
    </message>
    <message>
        <source>the central agenda answered HTTP %1 %2</source>
        <translation>the central agenda answered HTTP %1 %2</translation>
    </message>
    <message>
        <source>The central agenda refused this desk&apos;s sign-in: sign in again (File, Central agenda).</source>
        <translation>The central agenda refused this desk&apos;s sign-in: sign in again (File, Central agenda).</translation>
    </message>
    <message>
        <source>the server sent this desk to another address (%1): it was not followed, and neither the sign-in nor any data was sent there</source>
        <translation>the server sent this desk to another address (%1): it was not followed, and neither the sign-in nor any data was sent there</translation>
    </message>
    <message>
        <source>the central agenda answers too slowly: this exchange stopped at its time limit; nothing is lost, the next one goes on</source>
        <translation>the central agenda answers too slowly: this exchange stopped at its time limit; nothing is lost, the next one goes on</translation>
    </message>
    <message>
        <source>the central agenda sent an answer larger than %1 MB; it was not read (nothing is lost)</source>
        <translation>the central agenda sent an answer larger than %1 MB; it was not read (nothing is lost)</translation>
    </message>
    <message>
        <source>no answer from the central agenda within %1 s</source>
        <translation>no answer from the central agenda within %1 s</translation>
    </message>
    <message>
        <source>the link with the central agenda was stopped</source>
        <translation>the link with the central agenda was stopped</translation>
    </message>
</context>
<context>
    <name>FhirMapping</name>
    <message>
        <source>%1 received from the server refused: %2 (%3).</source>
        <translation>%1 received from the server refused: %2 (%3).</translation>
    </message>
    <message>
        <source>not a Location with an id</source>
        <translation>not a Location with an id</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>wrong type</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>not a two-letter country code</source>
        <translation>not a two-letter country code</translation>
    </message>
    <message>
        <source>unknown time zone</source>
        <translation>unknown time zone</translation>
    </message>
    <message>
        <source>not a Practitioner with an id</source>
        <translation>not a Practitioner with an id</translation>
    </message>
    <message>
        <source>not a number of hours</source>
        <translation>not a number of hours</translation>
    </message>
    <message>
        <source>not a PractitionerRole with an id</source>
        <translation>not a PractitionerRole with an id</translation>
    </message>
    <message>
        <source>not a Patient with an id</source>
        <translation>not a Patient with an id</translation>
    </message>
    <message>
        <source>unknown code &apos;%1&apos;</source>
        <translation>unknown code &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not an Appointment with an id</source>
        <translation>not an Appointment with an id</translation>
    </message>
    <message>
        <source>unknown or unsupported status &apos;%1&apos;</source>
        <translation>unknown or unsupported status &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing or not a time with its offset</source>
        <translation>missing or not a time with its offset</translation>
    </message>
    <message>
        <source>the end is not after the start, or the visit lasts more than a day</source>
        <translation>the end is not after the start, or the visit lasts more than a day</translation>
    </message>
    <message>
        <source>no patient</source>
        <translation>no patient</translation>
    </message>
    <message>
        <source>no practitioner</source>
        <translation>no practitioner</translation>
    </message>
    <message>
        <source>the visit reason&apos;s code is not Guichet&apos;s</source>
        <translation>the visit reason&apos;s code is not Guichet&apos;s</translation>
    </message>
    <message>
        <source>not a Flag with an id</source>
        <translation>not a Flag with an id</translation>
    </message>
    <message>
        <source>not an online-booking block</source>
        <translation>not an online-booking block</translation>
    </message>
    <message>
        <source>not a DocumentReference with an id</source>
        <translation>not a DocumentReference with an id</translation>
    </message>
    <message>
        <source>not a Binary on this server</source>
        <translation>not a Binary on this server</translation>
    </message>
    <message>
        <source>larger than 50 MB</source>
        <translation>larger than 50 MB</translation>
    </message>
    <message>
        <source>not base64</source>
        <translation>not base64</translation>
    </message>
    <message>
        <source>not a number in range</source>
        <translation>not a number in range</translation>
    </message>
    <message>
        <source>not a HealthcareService with an id</source>
        <translation>not a HealthcareService with an id</translation>
    </message>
    <message>
        <source>unknown code</source>
        <translation>unknown code</translation>
    </message>
    <message>
        <source>no name at all</source>
        <translation>no name at all</translation>
    </message>
    <message>
        <source>not a hold</source>
        <translation>not a hold</translation>
    </message>
    <message>
        <source>not a hold of Guichet&apos;s</source>
        <translation>not a hold of Guichet&apos;s</translation>
    </message>
    <message>
        <source>not a time range</source>
        <translation>not a time range</translation>
    </message>
    <message>
        <source>not a date (a year, a year and month, or a full date)</source>
        <translation>not a date (a year, a year and month, or a full date)</translation>
    </message>
    <message>
        <source>not a possible birth date (before 1890 or in the future)</source>
        <translation>not a possible birth date (before 1890 or in the future)</translation>
    </message>
</context>
<context>
    <name>FreeSlots</name>
    <message>
        <source>This visit reason is not one of this practitioner&apos;s.</source>
        <translation>This visit reason is not one of this practitioner&apos;s.</translation>
    </message>
    <message>
        <source>The last day cannot come before the first.</source>
        <translation>The last day cannot come before the first.</translation>
    </message>
    <message>
        <source>Look for free slots over a year at most.</source>
        <translation>Look for free slots over a year at most.</translation>
    </message>
    <message>
        <source>This slot is already taken.</source>
        <translation>This slot is already taken.</translation>
    </message>
    <message>
        <source>This slot is held for a patient who is confirming online; it frees up within 15 minutes.</source>
        <translation>This slot is held for a patient who is confirming online; it frees up within 15 minutes.</translation>
    </message>
    <message>
        <source>Ask for at least one free slot.</source>
        <translation>Ask for at least one free slot.</translation>
    </message>
    <message>
        <source>Weekdays go from 1 (Monday) to 7 (Sunday).</source>
        <translation>Weekdays go from 1 (Monday) to 7 (Sunday).</translation>
    </message>
    <message>
        <source>No practitioner of the specialty &quot;%1&quot; offers the visit reason &quot;%2&quot;.</source>
        <translation>No practitioner of the specialty &quot;%1&quot; offers the visit reason &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>No practitioner offers the visit reason &quot;%1&quot;.</source>
        <translation>No practitioner offers the visit reason &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Housekeeping</name>
    <message>
        <source>Guichet (housekeeping)</source>
        <translation>Guichet (housekeeping)</translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message>
        <source>The last day cannot come before the first.</source>
        <translation>The last day cannot come before the first.</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>The file %1 could not be written.</translation>
    </message>
</context>
<context>
    <name>IdentityStatuses</name>
    <message>
        <source>Provisional</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Retrieved</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualified</translation>
    </message>
</context>
<context>
    <name>MergeService</name>
    <message>
        <source>No patient has the identifier %1.</source>
        <translation>No patient has the identifier %1.</translation>
    </message>
    <message>
        <source>a record cannot be merged with itself</source>
        <translation>a record cannot be merged with itself</translation>
    </message>
    <message>
        <source>a record was already merged into another one</source>
        <translation>a record was already merged into another one</translation>
    </message>
    <message>
        <source>one record is a relative of the other</source>
        <translation>one record is a relative of the other</translation>
    </message>
    <message>
        <source>These records must not be merged: %1.</source>
        <translation>These records must not be merged: %1.</translation>
    </message>
    <message>
        <source>The surviving record is the one with the stronger identity, then the older one: merge the other way round.</source>
        <translation>The surviving record is the one with the stronger identity, then the older one: merge the other way round.</translation>
    </message>
    <message>
        <source>Say why these records are the same person.</source>
        <translation>Say why these records are the same person.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>Unknown field &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Strict identity traits never come from a record created online (%1).</source>
        <translation>Strict identity traits never come from a record created online (%1).</translation>
    </message>
    <message>
        <source>The NISS kept gives the birth date %1, not %2: take the birth date and the NISS from the same record.</source>
        <translation>The NISS kept gives the birth date %1, not %2: take the birth date and the NISS from the same record.</translation>
    </message>
    <message>
        <source>The NISS kept does not match the sex kept.</source>
        <translation>The NISS kept does not match the sex kept.</translation>
    </message>
    <message>
        <source>The NIR kept does not match the birth date kept: take them from the same record.</source>
        <translation>The NIR kept does not match the birth date kept: take them from the same record.</translation>
    </message>
    <message>
        <source>No merge has the identifier %1.</source>
        <translation>No merge has the identifier %1.</translation>
    </message>
    <message>
        <source>This merge was already undone.</source>
        <translation>This merge was already undone.</translation>
    </message>
    <message>
        <source>A later merge involves these records (%1): undo it first.</source>
        <translation>A later merge involves these records (%1): undo it first.</translation>
    </message>
    <message>
        <source>The surviving record was changed after the merge (%1). Undo those changes first, or split the record instead.</source>
        <translation>The surviving record was changed after the merge (%1). Undo those changes first, or split the record instead.</translation>
    </message>
    <message>
        <source>A row moved by the merge changed since (%1 %2). Split the record instead.</source>
        <translation>A row moved by the merge changed since (%1 %2). Split the record instead.</translation>
    </message>
    <message>
        <source>Choose two different records.</source>
        <translation>Choose two different records.</translation>
    </message>
    <message>
        <source>Choose the appointments or documents that belong to the other person.</source>
        <translation>Choose the appointments or documents that belong to the other person.</translation>
    </message>
    <message>
        <source>%1 does not belong to this record.</source>
        <translation>%1 does not belong to this record.</translation>
    </message>
    <message>
        <source>(medical content: practitioners only)</source>
        <translation>(medical content: practitioners only)</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <source>The message is empty.</source>
        <translation>The message is empty.</translation>
    </message>
    <message>
        <source>Booking confirmation</source>
        <translation>Booking confirmation</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Missed appointment notice</source>
        <translation>Missed appointment notice</translation>
    </message>
    <message>
        <source>Document available</source>
        <translation>Document available</translation>
    </message>
    <message>
        <source>Waiting list offer</source>
        <translation>Waiting list offer</translation>
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
        <translation>Unknown kind of message &quot;%1&quot;. Known: %2.</translation>
    </message>
    <message>
        <source>A message goes by &quot;email&quot; or &quot;sms&quot;, not &quot;%1&quot;.</source>
        <translation>A message goes by &quot;email&quot; or &quot;sms&quot;, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Messages are written in fr, nl or en, not &quot;%1&quot;.</source>
        <translation>Messages are written in fr, nl or en, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The message is %1 characters long; at most %2 for this channel.</source>
        <translation>The message is %1 characters long; at most %2 for this channel.</translation>
    </message>
    <message>
        <source>A &quot;}&quot; has no &quot;{&quot; before it, at character %1.</source>
        <translation>A &quot;}&quot; has no &quot;{&quot; before it, at character %1.</translation>
    </message>
    <message>
        <source>A &quot;{&quot; is not closed, at character %1.</source>
        <translation>A &quot;{&quot; is not closed, at character %1.</translation>
    </message>
    <message>
        <source>Unknown field {%1}. The fields are: %2.</source>
        <translation>Unknown field {%1}. The fields are: %2.</translation>
    </message>
    <message>
        <source>An SMS must not name the visit reason (health detail): remove {motif}, or allow it in the practice settings.</source>
        <translation>An SMS must not name the visit reason (health detail): remove {motif}, or allow it in the practice settings.</translation>
    </message>
    <message>
        <source>Running late</source>
        <translation>Running late</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Late cancellation notice</source>
        <translation>Late cancellation notice</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>%1 is too long (100 characters at most).</source>
        <translation>%1 is too long (100 characters at most).</translation>
    </message>
    <message>
        <source>%1 contains a character that is not allowed in a name (&quot;%2&quot;).</source>
        <translation>%1 contains a character that is not allowed in a name (&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 must start with a letter.</source>
        <translation>%1 must start with a letter.</translation>
    </message>
</context>
<context>
    <name>Nir</name>
    <message>
        <source>The social security number is empty.</source>
        <translation>The social security number is empty.</translation>
    </message>
    <message>
        <source>The social security number needs its 2-digit key (15 characters in all).</source>
        <translation>The social security number needs its 2-digit key (15 characters in all).</translation>
    </message>
    <message numerus="yes">
        <source>A social security number has 15 characters (13 and a 2-digit key); this one has %n.</source>
        <translation>
            <numerusform>A social security number has 15 characters (13 and a 2-digit key); this one has %n.</numerusform>
            <numerusform>A social security number has 15 characters (13 and a 2-digit key); this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>A social security number contains only digits, apart from 2A or 2B for Corsica.</source>
        <translation>A social security number contains only digits, apart from 2A or 2B for Corsica.</translation>
    </message>
    <message>
        <source>A social security number starts with 1 (man) or 2 (woman).</source>
        <translation>A social security number starts with 1 (man) or 2 (woman).</translation>
    </message>
    <message>
        <source>The birth month in this social security number does not exist.</source>
        <translation>The birth month in this social security number does not exist.</translation>
    </message>
    <message>
        <source>The department of birth in this social security number does not exist.</source>
        <translation>The department of birth in this social security number does not exist.</translation>
    </message>
    <message>
        <source>The birth certificate number (digits 11 to 13) cannot be 000.</source>
        <translation>The birth certificate number (digits 11 to 13) cannot be 000.</translation>
    </message>
    <message>
        <source>The key of this social security number is wrong: probably a typing error.</source>
        <translation>The key of this social security number is wrong: probably a typing error.</translation>
    </message>
</context>
<context>
    <name>Niss</name>
    <message>
        <source>The national register number is empty.</source>
        <translation>The national register number is empty.</translation>
    </message>
    <message>
        <source>A national register number contains only digits.</source>
        <translation>A national register number contains only digits.</translation>
    </message>
    <message numerus="yes">
        <source>A national register number has 11 digits; this one has %n.</source>
        <translation>
            <numerusform>A national register number has 11 digits; this one has %n.</numerusform>
            <numerusform>A national register number has 11 digits; this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check digits of this national register number are wrong: probably a typing error.</source>
        <translation>The check digits of this national register number are wrong: probably a typing error.</translation>
    </message>
    <message>
        <source>The month in this national register number does not exist.</source>
        <translation>The month in this national register number does not exist.</translation>
    </message>
    <message>
        <source>The day in this national register number does not exist.</source>
        <translation>The day in this national register number does not exist.</translation>
    </message>
    <message>
        <source>The birth date in this national register number does not exist.</source>
        <translation>The birth date in this national register number does not exist.</translation>
    </message>
    <message>
        <source>The serial number (digits 7 to 9) of this national register number is not possible.</source>
        <translation>The serial number (digits 7 to 9) of this national register number is not possible.</translation>
    </message>
    <message>
        <source>The birth date in this national register number is in the future.</source>
        <translation>The birth date in this national register number is in the future.</translation>
    </message>
</context>
<context>
    <name>NoShowPolicy</name>
    <message>
        <source>Give the reason: it is kept in the audit log.</source>
        <translation>Give the reason: it is kept in the audit log.</translation>
    </message>
    <message>
        <source>This patient is not blocked with this practitioner.</source>
        <translation>This patient is not blocked with this practitioner.</translation>
    </message>
    <message>
        <source>This patient is already blocked with this practitioner.</source>
        <translation>This patient is already blocked with this practitioner.</translation>
    </message>
    <message>
        <source>The practice has blocked this patient&apos;s online booking with this practitioner: the patient must phone the practice.</source>
        <translation>The practice has blocked this patient&apos;s online booking with this practitioner: the patient must phone the practice.</translation>
    </message>
    <message>
        <source>This patient has %1 appointments not honoured with this practitioner (limit %2): online booking is blocked, the patient must phone the practice.</source>
        <translation>This patient has %1 appointments not honoured with this practitioner (limit %2): online booking is blocked, the patient must phone the practice.</translation>
    </message>
    <message>
        <source>Warning: the practice has blocked this patient&apos;s online booking with this practitioner.</source>
        <translation>Warning: the practice has blocked this patient&apos;s online booking with this practitioner.</translation>
    </message>
    <message>
        <source>Warning: %1 appointments not honoured with this practitioner; online booking is blocked.</source>
        <translation>Warning: %1 appointments not honoured with this practitioner; online booking is blocked.</translation>
    </message>
</context>
<context>
    <name>NoShowService</name>
    <message>
        <source>This appointment is already marked as not honoured.</source>
        <translation>This appointment is already marked as not honoured.</translation>
    </message>
    <message>
        <source>An appointment cannot be marked as not honoured before it starts.</source>
        <translation>An appointment cannot be marked as not honoured before it starts.</translation>
    </message>
    <message>
        <source>An appointment that is &quot;%1&quot; cannot be marked as not honoured.</source>
        <translation>An appointment that is &quot;%1&quot; cannot be marked as not honoured.</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>excused</translation>
    </message>
    <message>
        <source>This appointment is not marked as not honoured.</source>
        <translation>This appointment is not marked as not honoured.</translation>
    </message>
    <message>
        <source>A no-show can be undone only on the day it was marked. After that, a practitioner or an administrator can erase it with a reason.</source>
        <translation>A no-show can be undone only on the day it was marked. After that, a practitioner or an administrator can erase it with a reason.</translation>
    </message>
    <message>
        <source>Give the reason for erasing this no-show: it is kept in the audit log.</source>
        <translation>Give the reason for erasing this no-show: it is kept in the audit log.</translation>
    </message>
    <message>
        <source>This no-show is already erased.</source>
        <translation>This no-show is already erased.</translation>
    </message>
</context>
<context>
    <name>NoShowStats</name>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>The file %1 could not be written.</translation>
    </message>
</context>
<context>
    <name>OAuth</name>
    <message>
        <source>The central agenda&apos;s sign-in service cannot be reached: %1</source>
        <translation>The central agenda&apos;s sign-in service cannot be reached: %1</translation>
    </message>
    <message>
        <source>The central agenda&apos;s sign-in description gives no usable %1.</source>
        <translation>The central agenda&apos;s sign-in description gives no usable %1.</translation>
    </message>
    <message>
        <source>The sign-in kept in the system keychain is damaged: sign in again.</source>
        <translation>The sign-in kept in the system keychain is damaged: sign in again.</translation>
    </message>
    <message>
        <source>The central agenda does not offer OAuth2 sign-in (HTTP %1): sign in with a token instead.</source>
        <translation>The central agenda does not offer OAuth2 sign-in (HTTP %1): sign in with a token instead.</translation>
    </message>
    <message>
        <source>The client identifier is empty: IT finds it in the central agenda&apos;s settings.</source>
        <translation>The client identifier is empty: IT finds it in the central agenda&apos;s settings.</translation>
    </message>
    <message>
        <source>The client identifier is too long (more than 200 characters).</source>
        <translation>The client identifier is too long (more than 200 characters).</translation>
    </message>
    <message>
        <source>The client identifier contains spaces or characters it cannot hold: copy it exactly as the central agenda shows it.</source>
        <translation>The client identifier contains spaces or characters it cannot hold: copy it exactly as the central agenda shows it.</translation>
    </message>
    <message>
        <source>The central agenda refused the sign-in (%1): sign in again.</source>
        <translation>The central agenda refused the sign-in (%1): sign in again.</translation>
    </message>
    <message>
        <source>The central agenda&apos;s sign-in service failed (HTTP %1).</source>
        <translation>The central agenda&apos;s sign-in service failed (HTTP %1).</translation>
    </message>
    <message>
        <source>The central agenda&apos;s sign-in answer holds no bearer token.</source>
        <translation>The central agenda&apos;s sign-in answer holds no bearer token.</translation>
    </message>
    <message>
        <source>The client secret is empty.</source>
        <translation>The client secret is empty.</translation>
    </message>
    <message>
        <source>The sign-in to the central agenda has ended: sign in again.</source>
        <translation>The sign-in to the central agenda has ended: sign in again.</translation>
    </message>
    <message>
        <source>The central agenda did not revoke the sign-in (HTTP %1).</source>
        <translation>The central agenda did not revoke the sign-in (HTTP %1).</translation>
    </message>
    <message>
        <source>The central agenda refused this desk&apos;s token: sign in again (File, Central agenda).</source>
        <translation>The central agenda refused this desk&apos;s token: sign in again (File, Central agenda).</translation>
    </message>
</context>
<context>
    <name>OpeningHoursService</name>
    <message>
        <source>&quot;%1&quot; is not a time range: write it as 08:30-12:30.</source>
        <translation>&quot;%1&quot; is not a time range: write it as 08:30-12:30.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a time that does not exist.</source>
        <translation>&quot;%1&quot; holds a time that does not exist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: opening hours go by steps of 5 minutes.</source>
        <translation>&quot;%1&quot;: opening hours go by steps of 5 minutes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends before it starts.</source>
        <translation>&quot;%1&quot; ends before it starts.</translation>
    </message>
    <message>
        <source>%1-%2 and %3-%4 overlap.</source>
        <translation>%1-%2 and %3-%4 overlap.</translation>
    </message>
    <message>
        <source>At most %1 ranges a day.</source>
        <translation>At most %1 ranges a day.</translation>
    </message>
    <message>
        <source>The day of the week goes from 1 (Monday) to 7 (Sunday).</source>
        <translation>The day of the week goes from 1 (Monday) to 7 (Sunday).</translation>
    </message>
    <message>
        <source>The day of the exception is missing or does not exist.</source>
        <translation>The day of the exception is missing or does not exist.</translation>
    </message>
    <message>
        <source>The reason of the exception is at most 200 characters.</source>
        <translation>The reason of the exception is at most 200 characters.</translation>
    </message>
    <message>
        <source>The %1 is past: its hours can no longer change.</source>
        <translation>The %1 is past: its hours can no longer change.</translation>
    </message>
    <message>
        <source>No range of the usual week starts at %1 that day.</source>
        <translation>No range of the usual week starts at %1 that day.</translation>
    </message>
    <message>
        <source>The visit reason %1 is not one of this practitioner&apos;s.</source>
        <translation>The visit reason %1 is not one of this practitioner&apos;s.</translation>
    </message>
</context>
<context>
    <name>PartialDates</name>
    <message>
        <source>%1 (day and month unknown)</source>
        <translation>%1 (day and month unknown)</translation>
    </message>
    <message>
        <source>%1 (day unknown)</source>
        <translation>%1 (day unknown)</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 or %2 years</source>
        <translation>%1 or %2 years</translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message>
        <source>The password is too long (256 characters at most).</source>
        <translation>The password is too long (256 characters at most).</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>The cryptography library could not start.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>Not enough memory to protect the password.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters; several words make one easy to remember (for instance four words with spaces).</source>
        <translation>The password needs at least %1 characters; several words make one easy to remember (for instance four words with spaces).</translation>
    </message>
    <message>
        <source>The password must not contain the name &quot;%1&quot;: it is the first thing tried.</source>
        <translation>The password must not contain the name &quot;%1&quot;: it is the first thing tried.</translation>
    </message>
    <message>
        <source>This password is too easy to guess (a common word, a name, a keyboard row or a year with a few changes). Choose a longer one, for instance four unrelated words.</source>
        <translation>This password is too easy to guess (a common word, a name, a keyboard row or a year with a few changes). Choose a longer one, for instance four unrelated words.</translation>
    </message>
</context>
<context>
    <name>PatientCsv</name>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>The file &quot;%1&quot; cannot be read: %2</translation>
    </message>
    <message>
        <source>The file is not in UTF-8 (first bad character on line %1). Save it as CSV UTF-8 and try again; nothing was imported.</source>
        <translation>The file is not in UTF-8 (first bad character on line %1). Save it as CSV UTF-8 and try again; nothing was imported.</translation>
    </message>
    <message>
        <source>Line %1 opens a quote that is never closed; nothing was imported.</source>
        <translation>Line %1 opens a quote that is never closed; nothing was imported.</translation>
    </message>
    <message>
        <source>The file is empty; nothing was imported.</source>
        <translation>The file is empty; nothing was imported.</translation>
    </message>
    <message>
        <source>The header lacks the required column(s) %1 (the first line must name the columns: %2). Nothing was imported.</source>
        <translation>The header lacks the required column(s) %1 (the first line must name the columns: %2). Nothing was imported.</translation>
    </message>
    <message>
        <source>The external identifier %1 is already known.</source>
        <translation>The external identifier %1 is already known.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file; with --strict nothing was imported. The first: line %1, %2</source>
        <translation>
            <numerusform>%n problem in the file; with --strict nothing was imported. The first: line %1, %2</numerusform>
            <numerusform>%n problems in the file; with --strict nothing was imported. The first: line %1, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be written: %2</source>
        <translation>The file &quot;%1&quot; cannot be written: %2</translation>
    </message>
    <message>
        <source>The row cannot be read: %1 fields where the header names %2 (a comma inside a value that is not in quotes?).</source>
        <translation>The row cannot be read: %1 fields where the header names %2 (a comma inside a value that is not in quotes?).</translation>
    </message>
    <message>
        <source>The external identifier is empty: the person is imported without it.</source>
        <translation>The external identifier is empty: the person is imported without it.</translation>
    </message>
    <message>
        <source>The external identifier is longer than 64 characters: the person is imported without it.</source>
        <translation>The external identifier is longer than 64 characters: the person is imported without it.</translation>
    </message>
    <message>
        <source>%1 The person is imported as an incomplete identity (doubtful), to complete.</source>
        <translation>%1 The person is imported as an incomplete identity (doubtful), to complete.</translation>
    </message>
    <message>
        <source>The external identifier %1 was imported before: the person is already here, not imported again.</source>
        <translation>The external identifier %1 was imported before: the person is already here, not imported again.</translation>
    </message>
    <message>
        <source>The external identifier %1 is on an earlier line too: this person is imported without it.</source>
        <translation>The external identifier %1 is on an earlier line too: this person is imported without it.</translation>
    </message>
    <message numerus="yes">
        <source>%1 The import stopped there: the %n person(s) written before are kept; import the same file again to add the others (those already here are recognised by their external identifier).</source>
        <translation>
            <numerusform>%1 The import stopped there: the %n person written before are kept; import the same file again to add the others (those already here are recognised by their external identifier).</numerusform>
            <numerusform>%1 The import stopped there: the %n people written before are kept; import the same file again to add the others (those already here are recognised by their external identifier).</numerusform>
        </translation>
    </message>
    <message>
        <source>The import could not write to the database: %1</source>
        <translation>The import could not write to the database: %1</translation>
    </message>
</context>
<context>
    <name>PatientFields</name>
    <message>
        <source>Birth name</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <source>Usage name</source>
        <translation>Usage name</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>First names</translation>
    </message>
    <message>
        <source>First name used</source>
        <translation>First name used</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Birth place</translation>
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
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Other phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Treating physician</source>
        <translation>Treating physician</translation>
    </message>
    <message>
        <source>Usual medication</source>
        <translation>Usual medication</translation>
    </message>
    <message>
        <source>Identity status</source>
        <translation>Identity status</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Homonym</source>
        <translation>Homonym</translation>
    </message>
    <message>
        <source>Doubtful identity</source>
        <translation>Doubtful identity</translation>
    </message>
    <message>
        <source>SMS reminders</source>
        <translation>SMS reminders</translation>
    </message>
    <message>
        <source>E-mail reminders</source>
        <translation>E-mail reminders</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Account holder</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Active record</source>
        <translation>Active record</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgium</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Netherlands</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Germany</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Switzerland</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>United Kingdom</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spain</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italy</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Morocco</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>PatientService</name>
    <message>
        <source>The account holder %1 does not exist.</source>
        <translation>The account holder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is already a relative of another account holder; a relative cannot hold relatives.</source>
        <translation>%1 is already a relative of another account holder; a relative cannot hold relatives.</translation>
    </message>
    <message>
        <source>This record was merged into another one; correct the record that replaced it.</source>
        <translation>This record was merged into another one; correct the record that replaced it.</translation>
    </message>
    <message>
        <source>A patient cannot be their own account holder.</source>
        <translation>A patient cannot be their own account holder.</translation>
    </message>
    <message>
        <source>Strict traits corrected: the identity is provisional again.</source>
        <translation>Strict traits corrected: the identity is provisional again.</translation>
    </message>
    <message>
        <source>Strict traits corrected.</source>
        <translation>Strict traits corrected.</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Identity card</translation>
    </message>
    <message>
        <source>Belgian eID card (read)</source>
        <translation>Belgian eID card (read)</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <source>Family record book (minor)</source>
        <translation>Family record book (minor)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identity document that validates an identity: an identity card, a passport, a residence permit or, for a minor, the family record book.</source>
        <translation>&quot;%1&quot; is not an identity document that validates an identity: an identity card, a passport, a residence permit or, for a minor, the family record book.</translation>
    </message>
    <message>
        <source>This record was merged into another one; check the identity on the record that replaced it.</source>
        <translation>This record was merged into another one; check the identity on the record that replaced it.</translation>
    </message>
    <message>
        <source>The family record book validates the identity of a minor only; for an adult, check an identity card, a passport or a residence permit.</source>
        <translation>The family record book validates the identity of a minor only; for an adult, check an identity card, a passport or a residence permit.</translation>
    </message>
    <message>
        <source>This identity is marked doubtful: clear the doubt on the record before validating it.</source>
        <translation>This identity is marked doubtful: clear the doubt on the record before validating it.</translation>
    </message>
    <message>
        <source>This patient holds relatives; an account holder cannot become a relative.</source>
        <translation>This patient holds relatives; an account holder cannot become a relative.</translation>
    </message>
    <message>
        <source>%1: %2 on the card, %3 on the record</source>
        <translation>%1: %2 on the card, %3 on the record</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>The eID card and the record differ; nothing was changed. Check who is at the desk, then correct the record if it is wrong: %1.</source>
        <translation>The eID card and the record differ; nothing was changed. Check who is at the desk, then correct the record if it is wrong: %1.</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Other relative</translation>
    </message>
    <message>
        <source>The relationship is child, spouse, parent or other.</source>
        <translation>The relationship is child, spouse, parent or other.</translation>
    </message>
    <message>
        <source>This record was merged into another one.</source>
        <translation>This record was merged into another one.</translation>
    </message>
    <message>
        <source>%1 is already their own account holder.</source>
        <translation>%1 is already their own account holder.</translation>
    </message>
    <message>
        <source>The eID card is not this record&apos;s (%1): the address was not changed.</source>
        <translation>The eID card is not this record&apos;s (%1): the address was not changed.</translation>
    </message>
    <message>
        <source>The usual medication is limited to 2,000 characters (%1 given).</source>
        <translation>The usual medication is limited to 2,000 characters (%1 given).</translation>
    </message>
    <message>
        <source>The usual medication contains a control character: type it again as text.</source>
        <translation>The usual medication contains a control character: type it again as text.</translation>
    </message>
    <message>
        <source>Usual medication changed.</source>
        <translation>Usual medication changed.</translation>
    </message>
</context>
<context>
    <name>PatientValidator</name>
    <message>
        <source>The birth date is required.</source>
        <translation>The birth date is required.</translation>
    </message>
    <message>
        <source>The birth date %1 does not exist in the calendar.</source>
        <translation>The birth date %1 does not exist in the calendar.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>The birth date cannot be in the future.</translation>
    </message>
    <message>
        <source>The birth date is before 1890: probably a typing error.</source>
        <translation>The birth date is before 1890: probably a typing error.</translation>
    </message>
    <message>
        <source>A French postcode has 5 digits.</source>
        <translation>A French postcode has 5 digits.</translation>
    </message>
    <message>
        <source>A Belgian postcode has 4 digits and does not start with 0.</source>
        <translation>A Belgian postcode has 4 digits and does not start with 0.</translation>
    </message>
    <message>
        <source>This postcode is not valid.</source>
        <translation>This postcode is not valid.</translation>
    </message>
    <message>
        <source>The birth name</source>
        <translation>The birth name</translation>
    </message>
    <message>
        <source>The first names</source>
        <translation>The first names</translation>
    </message>
    <message>
        <source>The sex is required.</source>
        <translation>The sex is required.</translation>
    </message>
    <message>
        <source>The sex is female, male, other or unknown.</source>
        <translation>The sex is female, male, other or unknown.</translation>
    </message>
    <message>
        <source>The usage name</source>
        <translation>The usage name</translation>
    </message>
    <message>
        <source>The first name used</source>
        <translation>The first name used</translation>
    </message>
    <message>
        <source>The birth place code</source>
        <translation>The birth place code</translation>
    </message>
    <message>
        <source>The national register number gives the birth date %1, not %2.</source>
        <translation>The national register number gives the birth date %1, not %2.</translation>
    </message>
    <message>
        <source>The national register number does not match the sex given.</source>
        <translation>The national register number does not match the sex given.</translation>
    </message>
    <message>
        <source>The social security number does not match the sex given.</source>
        <translation>The social security number does not match the sex given.</translation>
    </message>
    <message>
        <source>The social security number does not match the birth date (year and month).</source>
        <translation>The social security number does not match the birth date (year and month).</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>The address</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>The city</translation>
    </message>
    <message>
        <source>The language is fr, nl or en.</source>
        <translation>The language is fr, nl or en.</translation>
    </message>
    <message>
        <source>The birth date %1 gives a day without its month.</source>
        <translation>The birth date %1 gives a day without its month.</translation>
    </message>
    <message>
        <source>The birth date &quot;%1&quot; is not a date; type it as 31/12/1980 (or 12/1980, or 1980 when the day or the month is unknown).</source>
        <translation>The birth date &quot;%1&quot; is not a date; type it as 31/12/1980 (or 12/1980, or 1980 when the day or the month is unknown).</translation>
    </message>
    <message>
        <source>The country is given by its two-letter code (BE, FR, NL…), not &quot;%1&quot;.</source>
        <translation>The country is given by its two-letter code (BE, FR, NL…), not &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>The phone number is empty.</translation>
    </message>
    <message>
        <source>A phone number contains only digits, spaces, dots, hyphens and a leading +.</source>
        <translation>A phone number contains only digits, spaces, dots, hyphens and a leading +.</translation>
    </message>
    <message>
        <source>This phone number is too short.</source>
        <translation>This phone number is too short.</translation>
    </message>
    <message>
        <source>This phone number is too long.</source>
        <translation>This phone number is too long.</translation>
    </message>
    <message>
        <source>The country code of this phone number is unknown.</source>
        <translation>The country code of this phone number is unknown.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>This is not a phone number.</translation>
    </message>
    <message>
        <source>This number does not exist in France: a French number has 10 digits and starts with 0.</source>
        <translation>This number does not exist in France: a French number has 10 digits and starts with 0.</translation>
    </message>
    <message>
        <source>This number does not exist in Belgium: check the zone prefix and the number of digits.</source>
        <translation>This number does not exist in Belgium: check the zone prefix and the number of digits.</translation>
    </message>
    <message>
        <source>This phone number does not exist.</source>
        <translation>This phone number does not exist.</translation>
    </message>
</context>
<context>
    <name>PracticeRules</name>
    <message>
        <source>Unknown setting &quot;%1&quot;. Known: %2.</source>
        <translation>Unknown setting &quot;%1&quot;. Known: %2.</translation>
    </message>
</context>
<context>
    <name>PracticeSettings</name>
    <message>
        <source>The setting %1 takes a whole number from %2 to %3.</source>
        <translation>The setting %1 takes a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;. Known: %2.</source>
        <translation>Unknown setting &quot;%1&quot;. Known: %2.</translation>
    </message>
    <message>
        <source>Unexcused no-shows with one practitioner after which the patient may no longer book that practitioner online</source>
        <translation>Unexcused no-shows with one practitioner after which the patient may no longer book that practitioner online</translation>
    </message>
    <message>
        <source>no-shows</source>
        <translation>no-shows</translation>
    </message>
    <message>
        <source>A late cancellation counts as a no-show toward the block</source>
        <translation>A late cancellation counts as a no-show toward the block</translation>
    </message>
    <message>
        <source>Time to undo a mistaken no-show before the &quot;did you miss your appointment?&quot; notice leaves</source>
        <translation>Time to undo a mistaken no-show before the &quot;did you miss your appointment?&quot; notice leaves</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Minimum days between two appointments with the same practitioner or specialty, for the visit reasons that apply the spacing rule</source>
        <translation>Minimum days between two appointments with the same practitioner or specialty, for the visit reasons that apply the spacing rule</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>How long a slot chosen online is held while the patient confirms</source>
        <translation>How long a slot chosen online is held while the patient confirms</translation>
    </message>
    <message>
        <source>Confirmations, reminders and notices are sent to patients</source>
        <translation>Confirmations, reminders and notices are sent to patients</translation>
    </message>
    <message>
        <source>The visit reason (a health detail) may appear in an SMS</source>
        <translation>The visit reason (a health detail) may appear in an SMS</translation>
    </message>
    <message>
        <source>Cancellations and moves are also told by SMS</source>
        <translation>Cancellations and moves are also told by SMS</translation>
    </message>
    <message>
        <source>The waiting list is offered for appointments further away than this, when nothing is free before</source>
        <translation>The waiting list is offered for appointments further away than this, when nothing is free before</translation>
    </message>
    <message>
        <source>Patients of the waiting list offered a freed slot, first come first</source>
        <translation>Patients of the waiting list offered a freed slot, first come first</translation>
    </message>
    <message>
        <source>patients</source>
        <translation>patients</translation>
    </message>
    <message>
        <source>How often freed slots are looked for</source>
        <translation>How often freed slots are looked for</translation>
    </message>
    <message>
        <source>Unaccepted offers after which a patient leaves the waiting list</source>
        <translation>Unaccepted offers after which a patient leaves the waiting list</translation>
    </message>
    <message>
        <source>offers</source>
        <translation>offers</translation>
    </message>
    <message>
        <source>Documents are listed this long after being added, then archived (kept, retrievable)</source>
        <translation>Documents are listed this long after being added, then archived (kept, retrievable)</translation>
    </message>
    <message>
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <source>Days of free slots this desk publishes online (0: another desk publishes them)</source>
        <translation>Days of free slots this desk publishes online (0: another desk publishes them)</translation>
    </message>
    <message>
        <source>Time between two exchanges with the central agenda</source>
        <translation>Time between two exchanges with the central agenda</translation>
    </message>
    <message>
        <source>This desk plans the messages of bookings made online</source>
        <translation>This desk plans the messages of bookings made online</translation>
    </message>
    <message>
        <source>Longest time a desk stays unlocked without use; each desk may choose a shorter one, never a longer one nor none</source>
        <translation>Longest time a desk stays unlocked without use; each desk may choose a shorter one, never a longer one nor none</translation>
    </message>
    <message>
        <source>Hour of the day after which the day&apos;s backup is made into the backup folder</source>
        <translation>Hour of the day after which the day&apos;s backup is made into the backup folder</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hour</translation>
    </message>
    <message>
        <source>Daily backups kept (the latest of each day)</source>
        <translation>Daily backups kept (the latest of each day)</translation>
    </message>
    <message>
        <source>Weekly backups kept beyond the daily ones (the latest of each week)</source>
        <translation>Weekly backups kept beyond the daily ones (the latest of each week)</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>weeks</translation>
    </message>
    <message>
        <source>The practice&apos;s administrators also read medical content (the usual medication); practitioners always do, secretaries never</source>
        <translation>The practice&apos;s administrators also read medical content (the usual medication); practitioners always do, secretaries never</translation>
    </message>
</context>
<context>
    <name>PracticeSetup</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1 is too long (at most %2 characters).</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 must be between %2 and %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The site&apos;s name</source>
        <translation>The site&apos;s name</translation>
    </message>
    <message>
        <source>Guichet serves practices in Belgium (BE) and France (FR); &quot;%1&quot; is neither.</source>
        <translation>Guichet serves practices in Belgium (BE) and France (FR); &quot;%1&quot; is neither.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone (for example Europe/Brussels).</source>
        <translation>&quot;%1&quot; is not a time zone (for example Europe/Brussels).</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>The address</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>The city</translation>
    </message>
    <message>
        <source>A Belgian postcode has 4 digits (for example 1000); &quot;%1&quot; does not.</source>
        <translation>A Belgian postcode has 4 digits (for example 1000); &quot;%1&quot; does not.</translation>
    </message>
    <message>
        <source>A French postcode has 5 digits (for example 75011); &quot;%1&quot; does not.</source>
        <translation>A French postcode has 5 digits (for example 75011); &quot;%1&quot; does not.</translation>
    </message>
    <message>
        <source>The site&apos;s phone</source>
        <translation>The site&apos;s phone</translation>
    </message>
    <message>
        <source>The access information</source>
        <translation>The access information</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>The title</translation>
    </message>
    <message>
        <source>The first name</source>
        <translation>The first name</translation>
    </message>
    <message>
        <source>The last name</source>
        <translation>The last name</translation>
    </message>
    <message>
        <source>The specialty</source>
        <translation>The specialty</translation>
    </message>
    <message>
        <source>Choose the site where the practitioner consults.</source>
        <translation>Choose the site where the practitioner consults.</translation>
    </message>
    <message>
        <source>No site has the identifier %1.</source>
        <translation>No site has the identifier %1.</translation>
    </message>
    <message>
        <source>The colour is written #rrggbb (for example #4a90d9); &quot;%1&quot; is not.</source>
        <translation>The colour is written #rrggbb (for example #4a90d9); &quot;%1&quot; is not.</translation>
    </message>
    <message>
        <source>The online cancellation deadline (hours)</source>
        <translation>The online cancellation deadline (hours)</translation>
    </message>
    <message>
        <source>The online booking window (days ahead)</source>
        <translation>The online booking window (days ahead)</translation>
    </message>
    <message>
        <source>The minimum notice for online bookings (hours)</source>
        <translation>The minimum notice for online bookings (hours)</translation>
    </message>
    <message>
        <source>The months after the last visit</source>
        <translation>The months after the last visit</translation>
    </message>
    <message>
        <source>Choose the practitioner of this visit reason.</source>
        <translation>Choose the practitioner of this visit reason.</translation>
    </message>
    <message>
        <source>No practitioner has the identifier %1.</source>
        <translation>No practitioner has the identifier %1.</translation>
    </message>
    <message>
        <source>The visit reason&apos;s label</source>
        <translation>The visit reason&apos;s label</translation>
    </message>
    <message>
        <source>The duration (minutes)</source>
        <translation>The duration (minutes)</translation>
    </message>
    <message>
        <source>The colour is written #rrggbb (for example #7fb3e6); &quot;%1&quot; is not.</source>
        <translation>The colour is written #rrggbb (for example #7fb3e6); &quot;%1&quot; is not.</translation>
    </message>
    <message>
        <source>The number patients must call</source>
        <translation>The number patients must call</translation>
    </message>
    <message>
        <source>The minimum age</source>
        <translation>The minimum age</translation>
    </message>
    <message>
        <source>The maximum age</source>
        <translation>The maximum age</translation>
    </message>
    <message>
        <source>The maximum age (%1) is below the minimum age (%2).</source>
        <translation>The maximum age (%1) is below the minimum age (%2).</translation>
    </message>
    <message>
        <source>The instructions</source>
        <translation>The instructions</translation>
    </message>
    <message>
        <source>A visit is either by video or at the patient&apos;s home, not both.</source>
        <translation>A visit is either by video or at the patient&apos;s home, not both.</translation>
    </message>
</context>
<context>
    <name>PractitionersPage</name>
    <message>
        <source>General practice</source>
        <translation>General practice</translation>
    </message>
    <message>
        <source>Paediatrics</source>
        <translation>Paediatrics</translation>
    </message>
    <message>
        <source>Dermatology</source>
        <translation>Dermatology</translation>
    </message>
    <message>
        <source>Gynaecology</source>
        <translation>Gynaecology</translation>
    </message>
    <message>
        <source>Cardiology</source>
        <translation>Cardiology</translation>
    </message>
    <message>
        <source>Ophthalmology</source>
        <translation>Ophthalmology</translation>
    </message>
    <message>
        <source>Dentistry</source>
        <translation>Dentistry</translation>
    </message>
    <message>
        <source>Physiotherapy</source>
        <translation>Physiotherapy</translation>
    </message>
    <message>
        <source>Speech therapy</source>
        <translation>Speech therapy</translation>
    </message>
    <message>
        <source>Psychology</source>
        <translation>Psychology</translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message>
        <source>An RPPS number has 11 digits; &quot;%1&quot; does not.</source>
        <translation>An RPPS number has 11 digits; &quot;%1&quot; does not.</translation>
    </message>
    <message>
        <source>The RPPS number %1 is not valid (its last digit does not match): check it on the practitioner&apos;s card.</source>
        <translation>The RPPS number %1 is not valid (its last digit does not match): check it on the practitioner&apos;s card.</translation>
    </message>
    <message>
        <source>An INAMI number has 11 digits (1-23456-78-901); &quot;%1&quot; does not.</source>
        <translation>An INAMI number has 11 digits (1-23456-78-901); &quot;%1&quot; does not.</translation>
    </message>
    <message>
        <source>The INAMI number %1 is not valid (its check digits do not match): check it on the practitioner&apos;s documents.</source>
        <translation>The INAMI number %1 is not valid (its check digits do not match): check it on the practitioner&apos;s documents.</translation>
    </message>
</context>
<context>
    <name>RescheduleCommand</name>
    <message>
        <source>move</source>
        <translation>move</translation>
    </message>
    <message>
        <source>change of length</source>
        <translation>change of length</translation>
    </message>
    <message>
        <source>Move undone: back to %1.</source>
        <translation>Move undone: back to %1.</translation>
    </message>
    <message>
        <source>Moved again: %1.</source>
        <translation>Moved again: %1.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Practitioner</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>view the agenda</source>
        <translation>view the agenda</translation>
    </message>
    <message>
        <source>book appointments</source>
        <translation>book appointments</translation>
    </message>
    <message>
        <source>edit patient records</source>
        <translation>edit patient records</translation>
    </message>
    <message>
        <source>merge patient records</source>
        <translation>merge patient records</translation>
    </message>
    <message>
        <source>erase a no-show</source>
        <translation>erase a no-show</translation>
    </message>
    <message>
        <source>lift an online-booking block</source>
        <translation>lift an online-booking block</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>change the practice settings</source>
        <translation>change the practice settings</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>restore a backup</translation>
    </message>
    <message>
        <source>change a practitioner&apos;s usual week</source>
        <translation>change a practitioner&apos;s usual week</translation>
    </message>
    <message>
        <source>export patient data to a file</source>
        <translation>export patient data to a file</translation>
    </message>
    <message>
        <source>change the central agenda or its sign-in</source>
        <translation>change the central agenda or its sign-in</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>read the audit log</translation>
    </message>
    <message>
        <source>read medical content</source>
        <translation>read medical content</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The tour stopped: %1</source>
        <translation>The tour stopped: %1</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 could not be written.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keychain is available (on Linux, the Secret Service: GNOME Keyring or KWallet). Guichet keeps its secrets nowhere else; ask IT to start one.</source>
        <translation>No system keychain is available (on Linux, the Secret Service: GNOME Keyring or KWallet). Guichet keeps its secrets nowhere else; ask IT to start one.</translation>
    </message>
    <message>
        <source>The system keychain refused access; unlock it and try again.</source>
        <translation>The system keychain refused access; unlock it and try again.</translation>
    </message>
    <message>
        <source>The secret is not in the system keychain.</source>
        <translation>The secret is not in the system keychain.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>The system keychain failed: %1</translation>
    </message>
    <message>
        <source>The system keychain did not answer within 30 seconds.</source>
        <translation>The system keychain did not answer within 30 seconds.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>The server address is not a web address (for example https://agenda.example.be/fhir).</source>
        <translation>The server address is not a web address (for example https://agenda.example.be/fhir).</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http is only accepted for this computer).</source>
        <translation>The server address must start with https:// (plain http is only accepted for this computer).</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password: sign in with a token instead.</source>
        <translation>The server address must not contain a user name or password: sign in with a token instead.</translation>
    </message>
    <message>
        <source>The server address must not contain &apos;?&apos; or &apos;#&apos;.</source>
        <translation>The server address must not contain &apos;?&apos; or &apos;#&apos;.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>As %1, %2 may not %3. Ask an administrator.</source>
        <translation>As %1, %2 may not %3. Ask an administrator.</translation>
    </message>
    <message>
        <source>%1 may %2 only for their own patients: ask the practitioner concerned or an administrator.</source>
        <translation>%1 may %2 only for their own patients: ask the practitioner concerned or an administrator.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Sending changes</source>
        <translation>Sending changes</translation>
    </message>
    <message>
        <source>The central agenda cannot be reached: %1</source>
        <translation>The central agenda cannot be reached: %1</translation>
    </message>
    <message>
        <source>%1 %2 not sent: %3</source>
        <translation>%1 %2 not sent: %3</translation>
    </message>
    <message>
        <source>Receiving %1</source>
        <translation>Receiving %1</translation>
    </message>
    <message>
        <source>Receiving %1 failed: %2</source>
        <translation>Receiving %1 failed: %2</translation>
    </message>
    <message>
        <source>%1/%2 refused: %3</source>
        <translation>%1/%2 refused: %3</translation>
    </message>
    <message>
        <source>references nested too deeply</source>
        <translation>references nested too deeply</translation>
    </message>
    <message>
        <source>%1/%2 could not be read: %3</source>
        <translation>%1/%2 could not be read: %3</translation>
    </message>
    <message>
        <source>%1/%2 could not be linked</source>
        <translation>%1/%2 could not be linked</translation>
    </message>
    <message>
        <source>resource type %1 is not synchronised</source>
        <translation>resource type %1 is not synchronised</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>central agenda</source>
        <translation>central agenda</translation>
    </message>
    <message>
        <source>No synchronisation conflict has the identifier %1.</source>
        <translation>No synchronisation conflict has the identifier %1.</translation>
    </message>
    <message>
        <source>This conflict was already settled (%1).</source>
        <translation>This conflict was already settled (%1).</translation>
    </message>
    <message>
        <source>Choose %1.</source>
        <translation>Choose %1.</translation>
    </message>
    <message>
        <source>Two bookings of the same slot</source>
        <translation>Two bookings of the same slot</translation>
    </message>
    <message>
        <source>The server&apos;s version refers to a patient or practitioner not received yet: synchronise first.</source>
        <translation>The server&apos;s version refers to a patient or practitioner not received yet: synchronise first.</translation>
    </message>
    <message>
        <source>Conflict settled: the central agenda&apos;s version</source>
        <translation>Conflict settled: the central agenda&apos;s version</translation>
    </message>
    <message>
        <source>Decided on the central agenda</source>
        <translation>Decided on the central agenda</translation>
    </message>
    <message>
        <source>Binary/%1 could not be read: %2</source>
        <translation>Binary/%1 could not be read: %2</translation>
    </message>
    <message>
        <source>the document&apos;s size does not match its description</source>
        <translation>the document&apos;s size does not match its description</translation>
    </message>
    <message>
        <source>the document&apos;s content does not match its hash</source>
        <translation>the document&apos;s content does not match its hash</translation>
    </message>
    <message>
        <source>patient (online)</source>
        <translation>patient (online)</translation>
    </message>
    <message>
        <source>Free slots of %1 not sent: %2</source>
        <translation>Free slots of %1 not sent: %2</translation>
    </message>
    <message>
        <source>Free slots of %1 not checked: %2</source>
        <translation>Free slots of %1 not checked: %2</translation>
    </message>
    <message>
        <source>the document&apos;s content is not on the central agenda yet</source>
        <translation>the document&apos;s content is not on the central agenda yet</translation>
    </message>
    <message>
        <source>the central agenda&apos;s answer has no identifier</source>
        <translation>the central agenda&apos;s answer has no identifier</translation>
    </message>
    <message>
        <source>Waiting list not checked: %1</source>
        <translation>Waiting list not checked: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting-list offer(s) made</source>
        <translation>
            <numerusform>%n waiting-list offer made</numerusform>
            <numerusform>%n waiting-list offers made</numerusform>
        </translation>
    </message>
    <message>
        <source>moved</source>
        <translation>moved</translation>
    </message>
    <message>
        <source>Messages not planned: %1</source>
        <translation>Messages not planned: %1</translation>
    </message>
    <message>
        <source>The central agenda no longer accepts this desk&apos;s sign-in: nothing is lost, the changes wait here. Sign in again (File, Central agenda).</source>
        <translation>The central agenda no longer accepts this desk&apos;s sign-in: nothing is lost, the changes wait here. Sign in again (File, Central agenda).</translation>
    </message>
    <message>
        <source>the hold has ended</source>
        <translation>the hold has ended</translation>
    </message>
    <message>
        <source>Patient %1 received: %2 not kept (%3).</source>
        <translation>Patient %1 received: %2 not kept (%3).</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>the phone number</translation>
    </message>
</context>
<context>
    <name>SyncReview</name>
    <message>
        <source>another desk</source>
        <translation>another desk</translation>
    </message>
    <message>
        <source>Give the item&apos;s identifier (at least its first eight characters).</source>
        <translation>Give the item&apos;s identifier (at least its first eight characters).</translation>
    </message>
    <message>
        <source>No item to check has the identifier %1.</source>
        <translation>No item to check has the identifier %1.</translation>
    </message>
    <message>
        <source>Several items to check start with %1: give more characters.</source>
        <translation>Several items to check start with %1: give more characters.</translation>
    </message>
    <message>
        <source>This item was already settled (%1).</source>
        <translation>This item was already settled (%1).</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>The reason</translation>
    </message>
    <message>
        <source>Say why the appointment is kept despite the rule.</source>
        <translation>Say why the appointment is kept despite the rule.</translation>
    </message>
    <message>
        <source>A cancellation needs a reason.</source>
        <translation>A cancellation needs a reason.</translation>
    </message>
    <message>
        <source>This appointment is no longer booked (%1): there is nothing to cancel.</source>
        <translation>This appointment is no longer booked (%1): there is nothing to cancel.</translation>
    </message>
    <message>
        <source>Booked online</source>
        <translation>Booked online</translation>
    </message>
    <message>
        <source>Moved online</source>
        <translation>Moved online</translation>
    </message>
    <message>
        <source>Booked again online</source>
        <translation>Booked again online</translation>
    </message>
    <message>
        <source>Cancelled online</source>
        <translation>Cancelled online</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>to check</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>kept</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>patient called</source>
        <translation>patient called</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>The account name must be at most 100 characters, without &apos;@&apos; or &apos;:&apos;.</source>
        <translation>The account name must be at most 100 characters, without &apos;@&apos; or &apos;:&apos;.</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>The token is empty.</translation>
    </message>
    <message>
        <source>The token is too long (more than 16 KB).</source>
        <translation>The token is too long (more than 16 KB).</translation>
    </message>
    <message>
        <source>The token contains spaces or characters a token cannot hold: paste it exactly as the central agenda gave it.</source>
        <translation>The token contains spaces or characters a token cannot hold: paste it exactly as the central agenda gave it.</translation>
    </message>
    <message>
        <source>No central agenda is set: give its address first (File, Central agenda).</source>
        <translation>No central agenda is set: give its address first (File, Central agenda).</translation>
    </message>
    <message>
        <source>Not signed in to the central agenda: sign in first (File, Central agenda).</source>
        <translation>Not signed in to the central agenda: sign in first (File, Central agenda).</translation>
    </message>
    <message>
        <source>The state of the link with the central agenda could not be read: %1</source>
        <translation>The state of the link with the central agenda could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will leave with the next exchange with the central agenda.</source>
        <translation>
            <numerusform>%n message will leave with the next exchange with the central agenda.</numerusform>
            <numerusform>%n messages will leave with the next exchange with the central agenda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) ready — they will leave as soon as the central agenda can be reached (it cannot now): phone the patients who must know at once.</source>
        <translation>
            <numerusform>%n message ready — they will leave as soon as the central agenda can be reached (it cannot now): phone the patients who must know at once.</numerusform>
            <numerusform>%n messages ready — they will leave as soon as the central agenda can be reached (it cannot now): phone the patients who must know at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) ready — they will leave once this desk signs in to the central agenda again (File, Central agenda): phone the patients who must know at once.</source>
        <translation>
            <numerusform>%n message ready — they will leave once this desk signs in to the central agenda again (File, Central agenda): phone the patients who must know at once.</numerusform>
            <numerusform>%n messages ready — they will leave once this desk signs in to the central agenda again (File, Central agenda): phone the patients who must know at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) ready, but none can leave before a central agenda is set up (File, Central agenda): phone the patients.</source>
        <translation>
            <numerusform>%n message ready, but none can leave before a central agenda is set up (File, Central agenda): phone the patients.</numerusform>
            <numerusform>%n messages ready, but none can leave before a central agenda is set up (File, Central agenda): phone the patients.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared: the patient will find it in the online agenda after the next synchronisation.</source>
        <translation>Shared: the patient will find it in the online agenda after the next synchronisation.</translation>
    </message>
    <message>
        <source>Marked as shared: it will reach the patient&apos;s online space as soon as the central agenda can be reached (it cannot now).</source>
        <translation>Marked as shared: it will reach the patient&apos;s online space as soon as the central agenda can be reached (it cannot now).</translation>
    </message>
    <message>
        <source>Marked as shared: it will reach the patient&apos;s online space once this desk signs in to the central agenda again (File, Central agenda).</source>
        <translation>Marked as shared: it will reach the patient&apos;s online space once this desk signs in to the central agenda again (File, Central agenda).</translation>
    </message>
    <message>
        <source>Marked as shared: it will reach the patient&apos;s online space once a central agenda is set up (File, Central agenda); nothing can leave before.</source>
        <translation>Marked as shared: it will reach the patient&apos;s online space once a central agenda is set up (File, Central agenda); nothing can leave before.</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>%1 is too long (%2 characters at most).</source>
        <translation>%1 is too long (%2 characters at most).</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>The user&apos;s full name is required.</source>
        <translation>The user&apos;s full name is required.</translation>
    </message>
    <message>
        <source>A user is already called &quot;%1&quot;.</source>
        <translation>A user is already called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A login has 2 to 32 characters: letters without accents, digits, dots, hyphens or underscores.</source>
        <translation>A login has 2 to 32 characters: letters without accents, digits, dots, hyphens or underscores.</translation>
    </message>
    <message>
        <source>This installation already has users; an administrator must create new ones.</source>
        <translation>This installation already has users; an administrator must create new ones.</translation>
    </message>
    <message>
        <source>Unknown login or wrong password.</source>
        <translation>Unknown login or wrong password.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>The sign-in could not be recorded in the audit log: %1</source>
        <translation>The sign-in could not be recorded in the audit log: %1</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account waits until %1. Try again then, or ask an administrator to set a new password.</source>
        <translation>Too many wrong passwords: this account waits until %1. Try again then, or ask an administrator to set a new password.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>This account is disabled. Ask an administrator.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>This is the last active administrator: name another one first.</source>
        <translation>This is the last active administrator: name another one first.</translation>
    </message>
    <message>
        <source>You cannot remove your own administrator role.</source>
        <translation>You cannot remove your own administrator role.</translation>
    </message>
    <message>
        <source>No practitioner has the identifier %1.</source>
        <translation>No practitioner has the identifier %1.</translation>
    </message>
    <message>
        <source>The full name is required (at most 120 characters).</source>
        <translation>The full name is required (at most 120 characters).</translation>
    </message>
</context>
<context>
    <name>WaitingList</name>
    <message>
        <source>earlier slot taken</source>
        <translation>earlier slot taken</translation>
    </message>
    <message>
        <source>Only a booked appointment can go on the waiting list.</source>
        <translation>Only a booked appointment can go on the waiting list.</translation>
    </message>
    <message>
        <source>The appointment needs a visit reason to look for an earlier slot.</source>
        <translation>The appointment needs a visit reason to look for an earlier slot.</translation>
    </message>
    <message numerus="yes">
        <source>The waiting list is offered only for an appointment more than %n days away.</source>
        <translation>
            <numerusform>The waiting list is offered only for an appointment more than %n days away.</numerusform>
            <numerusform>The waiting list is offered only for an appointment more than %n days away.</numerusform>
        </translation>
    </message>
    <message>
        <source>A slot is free sooner, on %1: offer it to the patient rather than the waiting list.</source>
        <translation>A slot is free sooner, on %1: offer it to the patient rather than the waiting list.</translation>
    </message>
    <message>
        <source>This appointment is already on the waiting list.</source>
        <translation>This appointment is already on the waiting list.</translation>
    </message>
    <message>
        <source>This patient is no longer on the waiting list.</source>
        <translation>This patient is no longer on the waiting list.</translation>
    </message>
    <message>
        <source>left at the patient&apos;s request</source>
        <translation>left at the patient&apos;s request</translation>
    </message>
    <message>
        <source>No waiting-list entry has the identifier %1.</source>
        <translation>No waiting-list entry has the identifier %1.</translation>
    </message>
    <message>
        <source>No waiting-list offer has the identifier %1.</source>
        <translation>No waiting-list offer has the identifier %1.</translation>
    </message>
    <message>
        <source>the appointment is no longer to come</source>
        <translation>the appointment is no longer to come</translation>
    </message>
    <message numerus="yes">
        <source>%n offers not taken</source>
        <translation>
            <numerusform>%n offers not taken</numerusform>
            <numerusform>%n offers not taken</numerusform>
        </translation>
    </message>
    <message>
        <source>This offer is closed (%1): the slot was taken, has passed or was refused.</source>
        <translation>This offer is closed (%1): the slot was taken, has passed or was refused.</translation>
    </message>
    <message>
        <source>Replaced by an earlier slot offered from the waiting list</source>
        <translation>Replaced by an earlier slot offered from the waiting list</translation>
    </message>
    <message>
        <source>central agenda</source>
        <translation>central agenda</translation>
    </message>
</context>
<context>
    <name>guichet::AbsenceDialog</name>
    <message>
        <source>Declare an absence</source>
        <translation>Declare an absence</translation>
    </message>
    <message>
        <source>Holidays, training, illness…</source>
        <translation>Holidays, training, illness…</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Practitioner:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Until:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Declare</source>
        <translation>Declare</translation>
    </message>
    <message>
        <source>Absence declared. No booked patient is affected.</source>
        <translation>Absence declared. No booked patient is affected.</translation>
    </message>
    <message numerus="yes">
        <source>Absence declared. %n booked patient(s) must be called and moved:</source>
        <translation>
            <numerusform>Absence declared. %n booked patient must be called and moved:</numerusform>
            <numerusform>Absence declared. %n booked patients must be called and moved:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::AdministrationDialog</name>
    <message>
        <source>Administration of the practice</source>
        <translation>Administration of the practice</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Practitioners</translation>
    </message>
    <message>
        <source>Visit reasons</source>
        <translation>Visit reasons</translation>
    </message>
    <message>
        <source>Hours and absences</source>
        <translation>Hours and absences</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Practice rules</source>
        <translation>Practice rules</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>guichet::AgendaGrid</name>
    <message>
        <source>Opening hours or absences could not be read: %1</source>
        <translation>Opening hours or absences could not be read: %1</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>with a note</source>
        <translation>with a note</translation>
    </message>
    <message>
        <source>Free time at %1, %2</source>
        <translation>Free time at %1, %2</translation>
    </message>
    <message>
        <source>Open the appointment</source>
        <translation>Open the appointment</translation>
    </message>
    <message>
        <source>Book here</source>
        <translation>Book here</translation>
    </message>
    <message>
        <source>Agenda of the week of %1</source>
        <translation>Agenda of the week of %1</translation>
    </message>
    <message>
        <source>Agenda of %1</source>
        <translation>Agenda of %1</translation>
    </message>
    <message>
        <source>Arrows move between the practitioners and along the day; Enter opens the appointment or books the free time.</source>
        <translation>Arrows move between the practitioners and along the day; Enter opens the appointment or books the free time.</translation>
    </message>
</context>
<context>
    <name>guichet::AgendaView</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>Show cancelled</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the waiting room</source>
        <translation>
            <numerusform>%n in the waiting room</numerusform>
            <numerusform>%n in the waiting room</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still expected</source>
        <translation>
            <numerusform>%n still expected</numerusform>
            <numerusform>%n still expected</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient has &amp;arrived</source>
        <translation>Patient has &amp;arrived</translation>
    </message>
    <message>
        <source>Mark as &amp;not honoured</source>
        <translation>Mark as &amp;not honoured</translation>
    </message>
    <message>
        <source>Mark as not honoured, &amp;excused</source>
        <translation>Mark as not honoured, &amp;excused</translation>
    </message>
    <message>
        <source>&amp;Undo the no-show</source>
        <translation>&amp;Undo the no-show</translation>
    </message>
    <message>
        <source>%1 has arrived.</source>
        <translation>%1 has arrived.</translation>
    </message>
    <message>
        <source>The no-show of %1 is undone; no notice will be sent.</source>
        <translation>The no-show of %1 is undone; no notice will be sent.</translation>
    </message>
    <message>
        <source>%1: not honoured, excused.</source>
        <translation>%1: not honoured, excused.</translation>
    </message>
    <message>
        <source>%1: not honoured. The patient will get a neutral notice unless you undo it today.</source>
        <translation>%1: not honoured. The patient will get a neutral notice unless you undo it today.</translation>
    </message>
    <message>
        <source>Day list</source>
        <translation>Day list</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>All practitioners</source>
        <translation>All practitioners</translation>
    </message>
    <message>
        <source>New appointment…</source>
        <translation>New appointment…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Ctrl+N; or click and drag on the day or week grid</source>
        <translation>Ctrl+N; or click and drag on the day or week grid</translation>
    </message>
    <message>
        <source>Absence…</source>
        <translation>Absence…</translation>
    </message>
    <message>
        <source>Declare a practitioner&apos;s absence and see the booked patients to move</source>
        <translation>Declare a practitioner&apos;s absence and see the booked patients to move</translation>
    </message>
    <message>
        <source>&amp;In consultation</source>
        <translation>&amp;In consultation</translation>
    </message>
    <message>
        <source>Consultation &amp;done</source>
        <translation>Consultation &amp;done</translation>
    </message>
    <message>
        <source>&amp;Move or change the length…</source>
        <translation>&amp;Move or change the length…</translation>
    </message>
    <message>
        <source>&amp;Cancel the appointment…</source>
        <translation>&amp;Cancel the appointment…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>New appointment: Ctrl+N, or click and drag on free time in the day or week grid. Drag an appointment to move it, its lower edge to change its length. Undo: Ctrl+Z.</source>
        <translation>New appointment: Ctrl+N, or click and drag on free time in the day or week grid. Drag an appointment to move it, its lower edge to change its length. Undo: Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>%n practitioner(s)</source>
        <translation>
            <numerusform>%n practitioner</numerusform>
            <numerusform>%n practitioners</numerusform>
        </translation>
    </message>
    <message>
        <source>Done. Ctrl+Z undoes it.</source>
        <translation>Done. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>Appointment booked. Ctrl+Z undoes it.</source>
        <translation>Appointment booked. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Moved to %1.</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>Cancelled, late: the patient will get a neutral notice. Ctrl+Z undoes it.</source>
        <translation>Cancelled, late: the patient will get a neutral notice. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>Cancelled. Ctrl+Z undoes it.</source>
        <translation>Cancelled. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>Move the appointment</source>
        <translation>Move the appointment</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>New start:</source>
        <translation>New start:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Length:</translation>
    </message>
    <message>
        <source>%1 is in consultation.</source>
        <translation>%1 is in consultation.</translation>
    </message>
    <message>
        <source>%1: consultation done.</source>
        <translation>%1: consultation done.</translation>
    </message>
    <message>
        <source>Hours…</source>
        <translation>Hours…</translation>
    </message>
    <message>
        <source>A practitioner&apos;s usual week and the days that differ (public holidays, exceptional hours)</source>
        <translation>A practitioner&apos;s usual week and the days that differ (public holidays, exceptional hours)</translation>
    </message>
    <message>
        <source>D&amp;ocuments of the appointment…</source>
        <translation>D&amp;ocuments of the appointment…</translation>
    </message>
    <message>
        <source>Documents — %1, %2</source>
        <translation>Documents — %1, %2</translation>
    </message>
    <message>
        <source>Messages to the &amp;patient…</source>
        <translation>Messages to the &amp;patient…</translation>
    </message>
    <message>
        <source>&amp;Erase the no-show (unjustified)…</source>
        <translation>&amp;Erase the no-show (unjustified)…</translation>
    </message>
    <message>
        <source>&amp;Block online booking…</source>
        <translation>&amp;Block online booking…</translation>
    </message>
    <message>
        <source>Erase the no-show</source>
        <translation>Erase the no-show</translation>
    </message>
    <message>
        <source>Why is this no-show unjustified? (kept in the audit log)</source>
        <translation>Why is this no-show unjustified? (kept in the audit log)</translation>
    </message>
    <message>
        <source>Block online booking</source>
        <translation>Block online booking</translation>
    </message>
    <message>
        <source>Lift the online block</source>
        <translation>Lift the online block</translation>
    </message>
    <message>
        <source>Why is online booking blocked? (kept in the audit log)</source>
        <translation>Why is online booking blocked? (kept in the audit log)</translation>
    </message>
    <message>
        <source>Why is the block lifted? (kept in the audit log)</source>
        <translation>Why is the block lifted? (kept in the audit log)</translation>
    </message>
    <message>
        <source>&amp;Lift the online block…</source>
        <translation>&amp;Lift the online block…</translation>
    </message>
    <message>
        <source>The no-show is erased: it stays in the history and no longer counts.</source>
        <translation>The no-show is erased: it stays in the history and no longer counts.</translation>
    </message>
    <message>
        <source>This patient can no longer book this practitioner online; the desk still can.</source>
        <translation>This patient can no longer book this practitioner online; the desk still can.</translation>
    </message>
    <message>
        <source>The block is lifted: the patient may book online again.</source>
        <translation>The block is lifted: the patient may book online again.</translation>
    </message>
    <message>
        <source>Declare an absence…</source>
        <translation>Declare an absence…</translation>
    </message>
    <message>
        <source>Change or remove an absence…</source>
        <translation>Change or remove an absence…</translation>
    </message>
    <message>
        <source>Absences and usual week</source>
        <translation>Absences and usual week</translation>
    </message>
    <message>
        <source>Running late…</source>
        <translation>Running late…</translation>
    </message>
    <message>
        <source>Tell the patients still expected today that the practitioner is running late</source>
        <translation>Tell the patients still expected today that the practitioner is running late</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <source>Ctrl+F; a patient&apos;s appointments, or by date, practitioner and status</source>
        <translation>Ctrl+F; a patient&apos;s appointments, or by date, practitioner and status</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Nearest free slot: %1.</source>
        <translation>Nearest free slot: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Series: %n appointment(s) booked.</source>
        <translation>
            <numerusform>Series: %n appointment booked.</numerusform>
            <numerusform>Series: %n appointments booked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not booked: %1</source>
        <translation>Not booked: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) booked one after the other for the family.</source>
        <translation>
            <numerusform>%n appointment booked one after the other for the family.</numerusform>
            <numerusform>%n appointments booked one after the other for the family.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) told that the practitioner is running late.</source>
        <translation>
            <numerusform>%n patient told that the practitioner is running late.</numerusform>
            <numerusform>%n patients told that the practitioner is running late.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the agenda</source>
        <translation>Print the agenda</translation>
    </message>
    <message>
        <source>The day (%1)</source>
        <translation>The day (%1)</translation>
    </message>
    <message>
        <source>The week from Monday %1</source>
        <translation>The week from Monday %1</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Practitioners:</source>
        <translation>Practitioners:</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>Print:</translation>
    </message>
    <message>
        <source>Tick at least one practitioner to print.</source>
        <translation>Tick at least one practitioner to print.</translation>
    </message>
    <message>
        <source>Save the agenda as PDF</source>
        <translation>Save the agenda as PDF</translation>
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
        <translation>Agenda printed.</translation>
    </message>
    <message>
        <source>The agenda could not be printed.</source>
        <translation>The agenda could not be printed.</translation>
    </message>
    <message>
        <source>Appointment slip</source>
        <translation>Appointment slip</translation>
    </message>
    <message>
        <source>Slip printed.</source>
        <translation>Slip printed.</translation>
    </message>
    <message>
        <source>The slip could not be printed.</source>
        <translation>The slip could not be printed.</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Arrows</translation>
    </message>
    <message>
        <source>On the grid: move between slots and appointments (Left/Right: the next column)</source>
        <translation>On the grid: move between slots and appointments (Left/Right: the next column)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>On the grid: book the free slot, or open the appointment</source>
        <translation>On the grid: book the free slot, or open the appointment</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>This list</translation>
    </message>
    <message>
        <source>Keyboard shortcuts of the agenda</source>
        <translation>Keyboard shortcuts of the agenda</translation>
    </message>
    <message>
        <source>&amp;Print the agenda (days or week)…</source>
        <translation>&amp;Print the agenda (days or week)…</translation>
    </message>
    <message>
        <source>Find appointments</source>
        <translation>Find appointments</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) ready — they will leave once a central agenda is set up; phone the patients meanwhile.</source>
        <translation>
            <numerusform>%n message ready — they will leave once a central agenda is set up; phone the patients meanwhile.</numerusform>
            <numerusform>%n messages ready — they will leave once a central agenda is set up; phone the patients meanwhile.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>Tick none</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <source>☎ booked by phone · @ online · ✎ with a note · %1 arrived · %2 in consultation · %3 done · %4 not honoured · struck out: cancelled</source>
        <translation>☎ booked by phone · @ online · ✎ with a note · %1 arrived · %2 in consultation · %3 done · %4 not honoured · struck out: cancelled</translation>
    </message>
</context>
<context>
    <name>guichet::AppointmentMessagesDialog</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>Being sent</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>As the patient reads it</source>
        <translation>As the patient reads it</translation>
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
        <translation>Nothing is sent for this appointment: messages are off for this visit reason or this patient, or no e-mail address or mobile number is known.</translation>
    </message>
    <message numerus="yes">
        <source>On the waiting list since %1; %n offer(s) made.</source>
        <translation>
            <numerusform>On the waiting list since %1; %n offer made.</numerusform>
            <numerusform>On the waiting list since %1; %n offers made.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take off the waiting list</source>
        <translation>Take off the waiting list</translation>
    </message>
    <message>
        <source>Put on the waiting list</source>
        <translation>Put on the waiting list</translation>
    </message>
    <message>
        <source>Nothing is free sooner: the patient can be told when an earlier slot frees up.</source>
        <translation>Nothing is free sooner: the patient can be told when an earlier slot frees up.</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Why does the patient leave the list?</source>
        <translation>Why does the patient leave the list?</translation>
    </message>
    <message>
        <source>At the patient&apos;s request</source>
        <translation>At the patient&apos;s request</translation>
    </message>
</context>
<context>
    <name>guichet::AppointmentPanel</name>
    <message>
        <source>Select an appointment to see everything about it here.</source>
        <translation>Select an appointment to see everything about it here.</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>When:</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>With:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Booked:</source>
        <translation>Booked:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Series:</translation>
    </message>
    <message>
        <source>Waiting list:</source>
        <translation>Waiting list:</translation>
    </message>
    <message>
        <source>A note for the desk and the practitioner</source>
        <translation>A note for the desk and the practitioner</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Save the note</translation>
    </message>
    <message>
        <source>Keeps the note with the appointment (history)</source>
        <translation>Keeps the note with the appointment (history)</translation>
    </message>
    <message>
        <source>Other patient…</source>
        <translation>Other patient…</translation>
    </message>
    <message>
        <source>The appointment was given to the wrong patient: give it to the right one</source>
        <translation>The appointment was given to the wrong patient: give it to the right one</translation>
    </message>
    <message>
        <source>Other reason…</source>
        <translation>Other reason…</translation>
    </message>
    <message>
        <source>Change the visit reason (the rules are checked again)</source>
        <translation>Change the visit reason (the rules are checked again)</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>Message…</translation>
    </message>
    <message>
        <source>Send an SMS or an e-mail to the patient now</source>
        <translation>Send an SMS or an e-mail to the patient now</translation>
    </message>
    <message>
        <source>Appointment slip…</source>
        <translation>Appointment slip…</translation>
    </message>
    <message>
        <source>Print the slip to hand to the patient</source>
        <translation>Print the slip to hand to the patient</translation>
    </message>
    <message>
        <source>Documents…</source>
        <translation>Documents…</translation>
    </message>
    <message>
        <source>The appointment&apos;s documents</source>
        <translation>The appointment&apos;s documents</translation>
    </message>
    <message>
        <source>Book again</source>
        <translation>Book again</translation>
    </message>
    <message>
        <source>The patient keeps this cancelled appointment after all</source>
        <translation>The patient keeps this cancelled appointment after all</translation>
    </message>
    <message>
        <source>Entered in error…</source>
        <translation>Entered in error…</translation>
    </message>
    <message>
        <source>This appointment never existed (a mistake): nothing is sent to the patient</source>
        <translation>This appointment never existed (a mistake): nothing is sent to the patient</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Through the account holder %1: %2</source>
        <translation>Through the account holder %1: %2</translation>
    </message>
    <message>
        <source>no contact</source>
        <translation>no contact</translation>
    </message>
    <message>
        <source>No phone and no e-mail: no message can reach this patient.</source>
        <translation>No phone and no e-mail: no message can reach this patient.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>video consultation</source>
        <translation>video consultation</translation>
    </message>
    <message>
        <source>%1, on %2</source>
        <translation>%1, on %2</translation>
    </message>
    <message>
        <source>%1, by %2 on %3</source>
        <translation>%1, by %2 on %3</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>appointment %1 of %2</source>
        <translation>appointment %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>waiting for an earlier slot, %n offer(s) sent</source>
        <translation>
            <numerusform>waiting for an earlier slot, %n offer sent</numerusform>
            <numerusform>waiting for an earlier slot, %n offers sent</numerusform>
        </translation>
    </message>
    <message>
        <source>an earlier slot was accepted</source>
        <translation>an earlier slot was accepted</translation>
    </message>
    <message>
        <source>no longer waiting</source>
        <translation>no longer waiting</translation>
    </message>
    <message>
        <source>No message for this appointment.</source>
        <translation>No message for this appointment.</translation>
    </message>
    <message>
        <source>Documents (%1)…</source>
        <translation>Documents (%1)…</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Note saved.</translation>
    </message>
    <message>
        <source>The appointment is now this patient&apos;s; the first patient&apos;s messages are withdrawn.</source>
        <translation>The appointment is now this patient&apos;s; the first patient&apos;s messages are withdrawn.</translation>
    </message>
    <message>
        <source>Visit reason changed.</source>
        <translation>Visit reason changed.</translation>
    </message>
    <message>
        <source>Marked as entered in error; nothing is sent to the patient.</source>
        <translation>Marked as entered in error; nothing is sent to the patient.</translation>
    </message>
    <message>
        <source>Booked again; the patient gets a confirmation.</source>
        <translation>Booked again; the patient gets a confirmation.</translation>
    </message>
    <message>
        <source>Message handed to the central agenda to send (%1 to %2).</source>
        <translation>Message handed to the central agenda to send (%1 to %2).</translation>
    </message>
    <message>
        <source>Give the appointment to another patient</source>
        <translation>Give the appointment to another patient</translation>
    </message>
    <message>
        <source>Why (kept in the history):</source>
        <translation>Why (kept in the history):</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>Change the visit reason</source>
        <translation>Change the visit reason</translation>
    </message>
    <message>
        <source>Visit reason:</source>
        <translation>Visit reason:</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>Entered in error</translation>
    </message>
    <message>
        <source>This appointment never existed: it leaves the agenda and nothing is sent to the patient.
Why?</source>
        <translation>This appointment never existed: it leaves the agenda and nothing is sent to the patient.
Why?</translation>
    </message>
    <message>
        <source>Kept by the patient after all</source>
        <translation>Kept by the patient after all</translation>
    </message>
    <message>
        <source>Message to the patient</source>
        <translation>Message to the patient</translation>
    </message>
    <message>
        <source>SMS to a mobile, otherwise e-mail</source>
        <translation>SMS to a mobile, otherwise e-mail</translation>
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
        <translation>%1 characters (an SMS holds %2 at most)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>By:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message:</translation>
    </message>
    <message>
        <source>Rest of the series…</source>
        <translation>Rest of the series…</translation>
    </message>
    <message>
        <source>Move or cancel this appointment and the later ones of its series</source>
        <translation>Move or cancel this appointment and the later ones of its series</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) of the series cancelled.</source>
        <translation>
            <numerusform>%n appointment of the series cancelled.</numerusform>
            <numerusform>%n appointments of the series cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) of the series moved.</source>
        <translation>
            <numerusform>%n appointment of the series moved.</numerusform>
            <numerusform>%n appointments of the series moved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not moved: %1 (%2)</source>
        <translation>Not moved: %1 (%2)</translation>
    </message>
    <message>
        <source>Rest of the series</source>
        <translation>Rest of the series</translation>
    </message>
    <message>
        <source>Move this one and the later ones</source>
        <translation>Move this one and the later ones</translation>
    </message>
    <message>
        <source>Cancel this one and the later ones</source>
        <translation>Cancel this one and the later ones</translation>
    </message>
    <message>
        <source>Why (for a cancellation)</source>
        <translation>Why (for a cancellation)</translation>
    </message>
    <message>
        <source>Appointment %1 of %2 of the series.</source>
        <translation>Appointment %1 of %2 of the series.</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>What:</translation>
    </message>
    <message>
        <source>This one now at:</source>
        <translation>This one now at:</translation>
    </message>
    <message>
        <source>Unsaved note</source>
        <translation>Unsaved note</translation>
    </message>
    <message>
        <source>The note of this appointment is not saved. Save it before going on?</source>
        <translation>The note of this appointment is not saved. Save it before going on?</translation>
    </message>
</context>
<context>
    <name>guichet::AppointmentSearchDialog</name>
    <message>
        <source>Find appointments</source>
        <translation>Find appointments</translation>
    </message>
    <message>
        <source>Every patient</source>
        <translation>Every patient</translation>
    </message>
    <message>
        <source>Patient…</source>
        <translation>Patient…</translation>
    </message>
    <message>
        <source>Every practitioner</source>
        <translation>Every practitioner</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Practitioner</translation>
    </message>
    <message>
        <source>Visit reason</source>
        <translation>Visit reason</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Patient:</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Practitioner:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Open in the agenda</source>
        <translation>Open in the agenda</translation>
    </message>
    <message>
        <source>Whose appointments?</source>
        <translation>Whose appointments?</translation>
    </message>
    <message>
        <source>The first %1 appointments: narrow the search.</source>
        <translation>The first %1 appointments: narrow the search.</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::AuditPage</name>
    <message>
        <source>Everybody</source>
        <translation>Everybody</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Patient ID</translation>
    </message>
    <message>
        <source>Every act</source>
        <translation>Every act</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Act</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n act(s), newest first.</source>
        <translation>
            <numerusform>%n act, newest first.</numerusform>
            <numerusform>%n acts, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n act(s) exported to %1.</source>
        <translation>
            <numerusform>%n act exported to %1.</numerusform>
            <numerusform>%n acts exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::BackupDialog</name>
    <message>
        <source>Backup and vault key</source>
        <translation>Backup and vault key</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>A consistent copy of the database and of the sealed documents, even while the desks work. Restoring one is IT&apos;s: guichet-cli restore.</source>
        <translation>A consistent copy of the database and of the sealed documents, even while the desks work. Restoring one is IT&apos;s: guichet-cli restore.</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>Make a backup…</translation>
    </message>
    <message>
        <source>The documents&apos; key</source>
        <translation>The documents&apos; key</translation>
    </message>
    <message>
        <source>The documents are sealed with a key kept in this computer&apos;s keychain. To move the practice to a new computer, export it sealed with a passphrase (at least 12 characters), keep the file apart from the backups, and import it there after the restore.</source>
        <translation>The documents are sealed with a key kept in this computer&apos;s keychain. To move the practice to a new computer, export it sealed with a passphrase (at least 12 characters), keep the file apart from the backups, and import it there after the restore.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase again (export):</source>
        <translation>Passphrase again (export):</translation>
    </message>
    <message>
        <source>Export the key…</source>
        <translation>Export the key…</translation>
    </message>
    <message>
        <source>Import a key…</source>
        <translation>Import a key…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <source>Guichet databases (*.db)</source>
        <translation>Guichet databases (*.db)</translation>
    </message>
    <message>
        <source>Export the key</source>
        <translation>Export the key</translation>
    </message>
    <message>
        <source>Guichet keys (*.guichet)</source>
        <translation>Guichet keys (*.guichet)</translation>
    </message>
    <message>
        <source>Import a key</source>
        <translation>Import a key</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Backup written to %1.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>The key is sealed in %1: keep it apart from the backups, and the passphrase apart from both.</source>
        <translation>The key is sealed in %1: keep it apart from the backups, and the passphrase apart from both.</translation>
    </message>
    <message>
        <source>The key is in this computer&apos;s keychain: the documents read here.</source>
        <translation>The key is in this computer&apos;s keychain: the documents read here.</translation>
    </message>
</context>
<context>
    <name>guichet::BookingDialog</name>
    <message>
        <source>New appointment</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <source>Patient: name, birth date, phone, NISS or NIR…</source>
        <translation>Patient: name, birth date, phone, NISS or NIR…</translation>
    </message>
    <message>
        <source>Only to book over a taken slot: why</source>
        <translation>Only to book over a taken slot: why</translation>
    </message>
    <message>
        <source>Replace the appointment that is too close (spacing rule)</source>
        <translation>Replace the appointment that is too close (spacing rule)</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>For:</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Practitioner:</translation>
    </message>
    <message>
        <source>Visit reason:</source>
        <translation>Visit reason:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Override:</source>
        <translation>Override:</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>%1 (relative)</source>
        <translation>%1 (relative)</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>Appointments not honoured: %1</source>
        <translation>Appointments not honoured: %1</translation>
    </message>
    <message>
        <source>Choose the patient first.</source>
        <translation>Choose the patient first.</translation>
    </message>
    <message>
        <source>Choose a slot.</source>
        <translation>Choose a slot.</translation>
    </message>
    <message>
        <source>Chosen on the grid: %1</source>
        <translation>Chosen on the grid: %1</translation>
    </message>
    <message>
        <source>Any practitioner (first free slots)</source>
        <translation>Any practitioner (first free slots)</translation>
    </message>
    <message>
        <source>Waiting list: tell the patient when an earlier slot frees up</source>
        <translation>Waiting list: tell the patient when an earlier slot frees up</translation>
    </message>
    <message>
        <source>Booked, but not put on the waiting list: %1</source>
        <translation>Booked, but not put on the waiting list: %1</translation>
    </message>
    <message>
        <source>Every practitioner: %1</source>
        <translation>Every practitioner: %1</translation>
    </message>
    <message>
        <source>Or keep both appointments despite the spacing rule: why</source>
        <translation>Or keep both appointments despite the spacing rule: why</translation>
    </message>
    <message>
        <source>The first day to look at</source>
        <translation>The first day to look at</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>All day</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Only these weekdays (none ticked: every day)</source>
        <translation>Only these weekdays (none ticked: every day)</translation>
    </message>
    <message>
        <source>More slots</source>
        <translation>More slots</translation>
    </message>
    <message>
        <source>The next free slots (Ctrl+Page Down)</source>
        <translation>The next free slots (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Repeat every</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>week(s)</translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation>day(s)</translation>
    </message>
    <message>
        <source> appointments</source>
        <translation> appointments</translation>
    </message>
    <message>
        <source>in all:</source>
        <translation>in all:</translation>
    </message>
    <message>
        <source>Also for (the slots right after):</source>
        <translation>Also for (the slots right after):</translation>
    </message>
    <message>
        <source>New patient…</source>
        <translation>New patient…</translation>
    </message>
    <message>
        <source>Create the patient&apos;s record, after checking they are not known already</source>
        <translation>Create the patient&apos;s record, after checking they are not known already</translation>
    </message>
    <message>
        <source>Look:</source>
        <translation>Look:</translation>
    </message>
    <message>
        <source>Free slots:</source>
        <translation>Free slots:</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Series:</translation>
    </message>
    <message>
        <source>Spacing rule:</source>
        <translation>Spacing rule:</translation>
    </message>
    <message>
        <source>No free slot for this search: look from a later date, or on other days.</source>
        <translation>No free slot for this search: look from a later date, or on other days.</translation>
    </message>
    <message>
        <source>No appointment of the series could be booked: %1</source>
        <translation>No appointment of the series could be booked: %1</translation>
    </message>
    <message>
        <source>Tick &quot;Replace&quot; to replace it, give a reason to keep both, or choose another slot.</source>
        <translation>Tick &quot;Replace&quot; to replace it, give a reason to keep both, or choose another slot.</translation>
    </message>
    <message>
        <source>until:</source>
        <translation>until:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Days:</translation>
    </message>
</context>
<context>
    <name>guichet::BrowserSignIn</name>
    <message>
        <source>The central agenda offers no sign-in in the browser: use a client secret or a token.</source>
        <translation>The central agenda offers no sign-in in the browser: use a client secret or a token.</translation>
    </message>
    <message>
        <source>Guichet could not open a local port to receive the sign-in.</source>
        <translation>Guichet could not open a local port to receive the sign-in.</translation>
    </message>
    <message>
        <source>Guichet is now signed in to the central agenda. You can close this page and go back to Guichet.</source>
        <translation>Guichet is now signed in to the central agenda. You can close this page and go back to Guichet.</translation>
    </message>
    <message>
        <source>The central agenda refused the sign-in: %1</source>
        <translation>The central agenda refused the sign-in: %1</translation>
    </message>
    <message>
        <source>The central agenda&apos;s sign-in service cannot be reached: %1</source>
        <translation>The central agenda&apos;s sign-in service cannot be reached: %1</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>The sign-in was cancelled.</translation>
    </message>
</context>
<context>
    <name>guichet::CancelDialog</name>
    <message>
        <source>Cancel the appointment</source>
        <translation>Cancel the appointment</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 with %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 with %3</translation>
    </message>
    <message>
        <source>(unknown patient)</source>
        <translation>(unknown patient)</translation>
    </message>
    <message>
        <source>At the patient&apos;s request</source>
        <translation>At the patient&apos;s request</translation>
    </message>
    <message>
        <source>By the practice</source>
        <translation>By the practice</translation>
    </message>
    <message>
        <source>For instance: ill, a clash at work, seen elsewhere</source>
        <translation>For instance: ill, a clash at work, seen elsewhere</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Reason for the cancellation:</source>
        <translation>Reason for the cancellation:</translation>
    </message>
    <message>
        <source>Give the reason for the cancellation: it is kept in the appointment&apos;s history.</source>
        <translation>Give the reason for the cancellation: it is kept in the appointment&apos;s history.</translation>
    </message>
</context>
<context>
    <name>guichet::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>New password again:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message>
        <source>At least 12 characters, hard to guess: a phrase of four or more words is easy to remember.</source>
        <translation>At least 12 characters, hard to guess: a phrase of four or more words is easy to remember.</translation>
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
        <translation>Practitioner</translation>
    </message>
    <message>
        <source>Visit reason</source>
        <translation>Visit reason</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cancelled by</source>
        <translation>Cancelled by</translation>
    </message>
    <message>
        <source>Late cancellation</source>
        <translation>Late cancellation</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>No-show erased</source>
        <translation>No-show erased</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Booked through</source>
        <translation>Booked through</translation>
    </message>
    <message>
        <source>Two bookings of the same slot</source>
        <translation>Two bookings of the same slot</translation>
    </message>
    <message>
        <source>Cancelled online while moved at the desk</source>
        <translation>Cancelled online while moved at the desk</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>Changed on both sides</translation>
    </message>
    <message>
        <source>Synchronisation conflict</source>
        <translation>Synchronisation conflict</translation>
    </message>
    <message>
        <source>The central agenda gave this slot to %1 while the desk had already booked it. Both bookings are kept until you choose.</source>
        <translation>The central agenda gave this slot to %1 while the desk had already booked it. Both bookings are kept until you choose.</translation>
    </message>
    <message>
        <source>%1: the desk and the central agenda changed the same information since the last synchronisation. Nothing was overwritten; choose the version to keep.</source>
        <translation>%1: the desk and the central agenda changed the same information since the last synchronisation. Nothing was overwritten; choose the version to keep.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Booked at the desk</source>
        <translation>Booked at the desk</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>At the desk</translation>
    </message>
    <message>
        <source>Booked online</source>
        <translation>Booked online</translation>
    </message>
    <message>
        <source>Central agenda</source>
        <translation>Central agenda</translation>
    </message>
    <message>
        <source>Keep the desk&apos;s booking</source>
        <translation>Keep the desk&apos;s booking</translation>
    </message>
    <message>
        <source>Keep the online booking</source>
        <translation>Keep the online booking</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <source>Keep the desk&apos;s version</source>
        <translation>Keep the desk&apos;s version</translation>
    </message>
    <message>
        <source>Take the central agenda&apos;s version</source>
        <translation>Take the central agenda&apos;s version</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>at the desk</source>
        <translation>at the desk</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>other or unknown</source>
        <translation>other or unknown</translation>
    </message>
</context>
<context>
    <name>guichet::DayListModel</name>
    <message>
        <source>(late)</source>
        <translation>(late)</translation>
    </message>
    <message>
        <source>(excused)</source>
        <translation>(excused)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Practitioner</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Visit reason</source>
        <translation>Visit reason</translation>
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
            <numerusform>waited %n min</numerusform>
            <numerusform>waited %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Missed</source>
        <extracomment>Column: how many appointments this patient did not honour</extracomment>
        <translation>Missed</translation>
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
        <translation>Booked by phone</translation>
    </message>
    <message>
        <source>Booked online</source>
        <translation>Booked online</translation>
    </message>
    <message>
        <source>Booked at the desk</source>
        <translation>Booked at the desk</translation>
    </message>
    <message>
        <source>This appointment has a note: select it to read it in the panel.</source>
        <translation>This appointment has a note: select it to read it in the panel.</translation>
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
        <translation>◀ Previous page</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Next page ▶</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>guichet::DocumentsPanel</name>
    <message>
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation>Administrative</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
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
        <translation>Added</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
    <message>
        <source>The type given to the documents added or dropped here</source>
        <translation>The type given to the documents added or dropped here</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>A PDF, JPEG or PNG file; or drop files here from the file manager</source>
        <translation>A PDF, JPEG or PNG file; or drop files here from the file manager</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Add documents</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Share with the patient</source>
        <translation>Share with the patient</translation>
    </message>
    <message>
        <source>Sent through the online agenda with the next synchronisation; the patient gets a notice, never the document by e-mail</source>
        <translation>Sent through the online agenda with the next synchronisation; the patient gets a notice, never the document by e-mail</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Documents older than the retention delay: kept, no longer listed</source>
        <translation>Documents older than the retention delay: kept, no longer listed</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Added by the patient online</source>
        <translation>Added by the patient online</translation>
    </message>
    <message>
        <source>Choose a patient first.</source>
        <translation>Choose a patient first.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added.</source>
        <translation>
            <numerusform>%n document added.</numerusform>
            <numerusform>%n documents added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a document in the list.</source>
        <translation>Choose a document in the list.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation>Copy saved: %1</translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation>Remove the document</translation>
    </message>
    <message>
        <source>Remove this document from the patient&apos;s record? The removal is recorded.</source>
        <translation>Remove this document from the patient&apos;s record? The removal is recorded.</translation>
    </message>
    <message>
        <source>Document removed.</source>
        <translation>Document removed.</translation>
    </message>
</context>
<context>
    <name>guichet::DocumentsView</name>
    <message>
        <source>The practice&apos;s latest documents</source>
        <translation>The practice&apos;s latest documents</translation>
    </message>
    <message>
        <source>Encrypted on this computer. A patient&apos;s documents are added on their record (Patients), by the Add button or by dropping files.</source>
        <translation>Encrypted on this computer. A patient&apos;s documents are added on their record (Patients), by the Add button or by dropping files.</translation>
    </message>
</context>
<context>
    <name>guichet::DuplicatesView</name>
    <message>
        <source>Certain and probable</source>
        <translation>Certain and probable</translation>
    </message>
    <message>
        <source>Also possible</source>
        <translation>Also possible</translation>
    </message>
    <message>
        <source>Certain only</source>
        <translation>Certain only</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Search again</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>Other record</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Record kept</source>
        <translation>Record kept</translation>
    </message>
    <message>
        <source>Merged record (tick to take)</source>
        <translation>Merged record (tick to take)</translation>
    </message>
    <message>
        <source>Why they are the same person (identity document seen, phone call…)</source>
        <translation>Why they are the same person (identity document seen, phone call…)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Not the same person</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>No likely duplicate at this level.</source>
        <translation>No likely duplicate at this level.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) to review.</source>
        <translation>
            <numerusform>%n pair to review.</numerusform>
            <numerusform>%n pairs to review.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strict identity traits never come from a record created online.</source>
        <translation>Strict identity traits never come from a record created online.</translation>
    </message>
    <message>
        <source>Must not be merged: %1.</source>
        <translation>Must not be merged: %1.</translation>
    </message>
    <message>
        <source>Remembered: these two records will not be proposed again.</source>
        <translation>Remembered: these two records will not be proposed again.</translation>
    </message>
    <message>
        <source>The merge is undone: the two records are separate again.</source>
        <translation>The merge is undone: the two records are separate again.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Record merged</source>
        <translation>Record merged</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Undo this merge</source>
        <translation>Undo this merge</translation>
    </message>
    <message>
        <source>Merges made:</source>
        <translation>Merges made:</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>undone</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>merged</translation>
    </message>
    <message>
        <source>Choose a merge in the list.</source>
        <translation>Choose a merge in the list.</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Double-click a record to complete it</source>
        <translation>Double-click a record to complete it</translation>
    </message>
    <message>
        <source>Identities to complete:</source>
        <translation>Identities to complete:</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Doubtful identity</source>
        <translation>Doubtful identity</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Closeness</translation>
    </message>
    <message>
        <source>Score %1 of 1</source>
        <translation>Score %1 of 1</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <source>Looking for likely duplicates…</source>
        <translation>Looking for likely duplicates…</translation>
    </message>
    <message>
        <source>%1 is kept; %2 is merged into it and will no longer be offered.</source>
        <translation>%1 is kept; %2 is merged into it and will no longer be offered.</translation>
    </message>
    <message>
        <source>Every trait of the record kept stays as it is.</source>
        <translation>Every trait of the record kept stays as it is.</translation>
    </message>
    <message>
        <source>Taken from the merged record:</source>
        <translation>Taken from the merged record:</translation>
    </message>
    <message>
        <source>Its appointments, documents and messages move to the record kept. The merge can be undone (« Undo this merge ») as long as neither record changes.</source>
        <translation>Its appointments, documents and messages move to the record kept. The merge can be undone (« Undo this merge ») as long as neither record changes.</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>Merge two records</translation>
    </message>
    <message>
        <source>Merged. « Undo this merge » (chosen in the merges made) separates the two records again while nothing has changed.</source>
        <translation>Merged. « Undo this merge » (chosen in the merges made) separates the two records again while nothing has changed.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — the record kept (stronger identity, then older) — and %2.
%3.</source>
        <translation>%1 — the record kept (stronger identity, then older) — and %2.
%3.</translation>
    </message>
    <message>
        <source>%1 and %2.
%3.</source>
        <translation>%1 and %2.
%3.</translation>
    </message>
</context>
<context>
    <name>guichet::HoursPage</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Visit reasons offered</source>
        <translation>Visit reasons offered</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Change the usual week…</source>
        <translation>Change the usual week…</translation>
    </message>
    <message>
        <source>Declare an absence…</source>
        <translation>Declare an absence…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Usual week</source>
        <translation>Usual week</translation>
    </message>
    <message>
        <source>Absences (from today, one year)</source>
        <translation>Absences (from today, one year)</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Practitioner:</translation>
    </message>
    <message>
        <source>Add a practitioner first.</source>
        <translation>Add a practitioner first.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message numerus="yes">
        <source>Absence changed; %n booked appointment(s) in it to move:</source>
        <translation>
            <numerusform>Absence changed; %n booked appointment in it to move:</numerusform>
            <numerusform>Absence changed; %n booked appointments in it to move:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Absence removed: the slots are free again. %n booked appointment(s) in it no longer need moving:</source>
        <translation>
            <numerusform>Absence removed: the slots are free again. %n booked appointment in it no longer need moving:</numerusform>
            <numerusform>Absence removed: the slots are free again. %n booked appointments in it no longer need moving:</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an absence in the list.</source>
        <translation>Choose an absence in the list.</translation>
    </message>
    <message>
        <source>Change the absence</source>
        <translation>Change the absence</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Remove the absence</source>
        <translation>Remove the absence</translation>
    </message>
    <message>
        <source>Why is it removed (kept in the audit log)?</source>
        <translation>Why is it removed (kept in the audit log)?</translation>
    </message>
    <message>
        <source>Visit reasons of this range…</source>
        <translation>Visit reasons of this range…</translation>
    </message>
    <message>
        <source>Choose a range of the usual week.</source>
        <translation>Choose a range of the usual week.</translation>
    </message>
    <message>
        <source>This range offers every visit reason.</source>
        <translation>This range offers every visit reason.</translation>
    </message>
    <message numerus="yes">
        <source>This range offers %n visit reason(s).</source>
        <translation>
            <numerusform>This range offers %n visit reason.</numerusform>
            <numerusform>This range offers %n visit reasons.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visit reasons of this range</source>
        <translation>Visit reasons of this range</translation>
    </message>
    <message>
        <source>Every reason checked: the range offers every reason, also those added later.</source>
        <translation>Every reason checked: the range offers every reason, also those added later.</translation>
    </message>
</context>
<context>
    <name>guichet::LiveSync</name>
    <message>
        <source>no heartbeat from the central agenda</source>
        <translation>no heartbeat from the central agenda</translation>
    </message>
    <message>
        <source>subscriptions refused (%1)</source>
        <translation>subscriptions refused (%1)</translation>
    </message>
    <message>
        <source>no subscription binding</source>
        <translation>no subscription binding</translation>
    </message>
    <message>
        <source>no secure WebSocket address</source>
        <translation>no secure WebSocket address</translation>
    </message>
    <message>
        <source>the connection to the central agenda closed</source>
        <translation>the connection to the central agenda closed</translation>
    </message>
    <message>
        <source>the central agenda refused the subscriptions</source>
        <translation>the central agenda refused the subscriptions</translation>
    </message>
</context>
<context>
    <name>guichet::LockScreen</name>
    <message>
        <source>Guichet is locked</source>
        <translation>Guichet is locked</translation>
    </message>
    <message>
        <source>Signed in: %1. Type your password to go on.</source>
        <translation>Signed in: %1. Type your password to go on.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <source>The lock could not be recorded in the audit log: %1</source>
        <translation>The lock could not be recorded in the audit log: %1</translation>
    </message>
    <message>
        <source>Wrong password. (It could not be recorded in the audit log: %1)</source>
        <translation>Wrong password. (It could not be recorded in the audit log: %1)</translation>
    </message>
    <message>
        <source>The unlock could not be recorded in the audit log: %1</source>
        <translation>The unlock could not be recorded in the audit log: %1</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <source>Your password is changed: unlock with the new one.</source>
        <translation>Your password is changed: unlock with the new one.</translation>
    </message>
    <message>
        <source>Change user…</source>
        <translation>Change user…</translation>
    </message>
    <message>
        <source>Another person signs in; what %1 typed and did not save is saved under their name first.</source>
        <translation>Another person signs in; what %1 typed and did not save is saved under their name first.</translation>
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
        <translation>front desk</translation>
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
        <translation>Sync</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Lock the screen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
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
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Guichet</source>
        <translation>&amp;About Guichet</translation>
    </message>
    <message>
        <source>Database %1 · %L2 patients</source>
        <translation>Database %1 · %L2 patients</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>About Guichet</source>
        <translation>About Guichet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Guichet %1&lt;/h3&gt;&lt;p&gt;The front desk of medical practices: agenda, patients, documents, synchronised with the practice&apos;s central agenda.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite database %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Guichet %1&lt;/h3&gt;&lt;p&gt;The front desk of medical practices: agenda, patients, documents, synchronised with the practice&apos;s central agenda.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite database %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistics</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>D&amp;uplicates</source>
        <translation>D&amp;uplicates</translation>
    </message>
    <message>
        <source>S&amp;ynchronise now</source>
        <translation>S&amp;ynchronise now</translation>
    </message>
    <message>
        <source>&amp;Central agenda…</source>
        <translation>&amp;Central agenda…</translation>
    </message>
    <message>
        <source>&amp;Messages to patients…</source>
        <translation>&amp;Messages to patients…</translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation>&amp;Administration…</translation>
    </message>
    <message>
        <source>For the practice&apos;s administrators.</source>
        <translation>For the practice&apos;s administrators.</translation>
    </message>
    <message>
        <source>&amp;Waiting list: patients to phone…</source>
        <translation>&amp;Waiting list: patients to phone…</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) to phone (waiting list)</source>
        <translation>
            <numerusform>%n patient to phone (waiting list)</numerusform>
            <numerusform>%n patients to phone (waiting list)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Backup and vault key…</source>
        <translation>&amp;Backup and vault key…</translation>
    </message>
    <message>
        <source> (test database)</source>
        <translation> (test database)</translation>
    </message>
    <message>
        <source>No backup made yet into %1 — tell the administrator</source>
        <translation>No backup made yet into %1 — tell the administrator</translation>
    </message>
    <message>
        <source>No backup since %1 — tell the administrator</source>
        <translation>No backup since %1 — tell the administrator</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Guichet backups (*.db)</source>
        <translation>Guichet backups (*.db)</translation>
    </message>
    <message>
        <source>Guichet will close this practice&apos;s database, check the backup %1 whole, put it in place and open it again. Everything recorded since that backup will no longer be in the agenda (the current database is kept beside it, untouched). Other desks using this same file must be closed first.

Restore it?</source>
        <translation>Guichet will close this practice&apos;s database, check the backup %1 whole, put it in place and open it again. Everything recorded since that backup will no longer be in the agenda (the current database is kept beside it, untouched). Other desks using this same file must be closed first.

Restore it?</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Change &amp;user…</source>
        <translation>Change &amp;user…</translation>
    </message>
    <message>
        <source>%1&apos;s note could not be saved: they must unlock to keep it.</source>
        <translation>%1&apos;s note could not be saved: they must unlock to keep it.</translation>
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
        <translation>Guichet&apos;s pages: the arrows choose one, or Ctrl and its number.</translation>
    </message>
    <message>
        <source>The practice&apos;s database and its number of patients</source>
        <translation>The practice&apos;s database and its number of patients</translation>
    </message>
    <message>
        <source>The exchange with the central agenda</source>
        <translation>The exchange with the central agenda</translation>
    </message>
    <message>
        <source>Who is signed in on this desk</source>
        <translation>Who is signed in on this desk</translation>
    </message>
    <message>
        <source>Warning about the daily backup</source>
        <translation>Warning about the daily backup</translation>
    </message>
</context>
<context>
    <name>guichet::MessageTemplatesDialog</name>
    <message>
        <source>Messages to patients</source>
        <translation>Messages to patients</translation>
    </message>
    <message>
        <source>Send confirmations, reminders and notices</source>
        <translation>Send confirmations, reminders and notices</translation>
    </message>
    <message>
        <source>Allow the visit reason in SMS (health detail: off by default)</source>
        <translation>Allow the visit reason in SMS (health detail: off by default)</translation>
    </message>
    <message>
        <source>Also tell cancellations and moves by SMS</source>
        <translation>Also tell cancellations and moves by SMS</translation>
    </message>
    <message>
        <source>Insert:</source>
        <translation>Insert:</translation>
    </message>
    <message>
        <source>Save this text</source>
        <translation>Save this text</translation>
    </message>
    <message>
        <source>Back to Guichet&apos;s text</source>
        <translation>Back to Guichet&apos;s text</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>As the patient reads it (sample appointment)</source>
        <translation>As the patient reads it (sample appointment)</translation>
    </message>
    <message>
        <source>For the whole practice</source>
        <translation>For the whole practice</translation>
    </message>
    <message>
        <source>The central agenda sends what Guichet plans: one confirmation at booking, reminder e-mails 7 days (when booked more than a week ahead) and 1 day before, one SMS 2 days or 1 day before, at the appointment&apos;s time of day. Never a document, never a diagnosis.</source>
        <translation>The central agenda sends what Guichet plans: one confirmation at booking, reminder e-mails 7 days (when booked more than a week ahead) and 1 day before, one SMS 2 days or 1 day before, at the appointment&apos;s time of day. Never a document, never a diagnosis.</translation>
    </message>
    <message>
        <source>Ready to send (%1 of %2 characters before the fields are filled).</source>
        <translation>Ready to send (%1 of %2 characters before the fields are filled).</translation>
    </message>
    <message>
        <source>Ready to send. The first line is the e-mail&apos;s subject.</source>
        <translation>Ready to send. The first line is the e-mail&apos;s subject.</translation>
    </message>
</context>
<context>
    <name>guichet::MonthView</name>
    <message numerus="yes">
        <source>%n appt.</source>
        <translation>
            <numerusform>%n appt.</numerusform>
            <numerusform>%n appt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not honoured</source>
        <translation>
            <numerusform>%n not honoured</numerusform>
            <numerusform>%n not honoured</numerusform>
        </translation>
    </message>
    <message>
        <source>The month could not be read: %1</source>
        <translation>The month could not be read: %1</translation>
    </message>
    <message>
        <source>Month at a glance</source>
        <translation>Month at a glance</translation>
    </message>
    <message>
        <source>Arrows move from day to day; Enter opens the day.</source>
        <translation>Arrows move from day to day; Enter opens the day.</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message>
        <source>no appointment</source>
        <translation>no appointment</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open the day</source>
        <translation>Open the day</translation>
    </message>
</context>
<context>
    <name>guichet::MotifsPage</name>
    <message>
        <source>Consultation, vaccination, certificate…</source>
        <translation>Consultation, vaccination, certificate…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Online, by phone and at the desk</source>
        <translation>Online, by phone and at the desk</translation>
    </message>
    <message>
        <source>By phone only</source>
        <translation>By phone only</translation>
    </message>
    <message>
        <source>At the desk only</source>
        <translation>At the desk only</translation>
    </message>
    <message>
        <source>The number patients must call (default: the site&apos;s)</source>
        <translation>The number patients must call (default: the site&apos;s)</translation>
    </message>
    <message>
        <source>Video consultation</source>
        <translation>Video consultation</translation>
    </message>
    <message>
        <source>New patients may book it online</source>
        <translation>New patients may book it online</translation>
    </message>
    <message>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>the practitioner&apos;s rule</source>
        <translation>the practitioner&apos;s rule</translation>
    </message>
    <message>
        <source>The minimum spacing between appointments applies</source>
        <translation>The minimum spacing between appointments applies</translation>
    </message>
    <message>
        <source>Reminders and notices are sent</source>
        <translation>Reminders and notices are sent</translation>
    </message>
    <message>
        <source>Sent with the confirmation: fasting, documents to bring…</source>
        <translation>Sent with the confirmation: fasting, documents to bring…</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Practitioner:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <source>Booked:</source>
        <translation>Booked:</translation>
    </message>
    <message>
        <source>Phone to call:</source>
        <translation>Phone to call:</translation>
    </message>
    <message>
        <source>Patients&apos; age:</source>
        <translation>Patients&apos; age:</translation>
    </message>
    <message>
        <source>Phone booking when the last visit is older than:</source>
        <translation>Phone booking when the last visit is older than:</translation>
    </message>
    <message>
        <source>Instructions for the patient:</source>
        <translation>Instructions for the patient:</translation>
    </message>
    <message>
        <source>New visit reason</source>
        <translation>New visit reason</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Visit reason</source>
        <translation>Visit reason</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Practitioner</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Every practitioner</source>
        <translation>Every practitioner</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>no new patients online</source>
        <translation>no new patients online</translation>
    </message>
    <message>
        <source>ages %1–%2</source>
        <translation>ages %1–%2</translation>
    </message>
    <message>
        <source>spacing</source>
        <translation>spacing</translation>
    </message>
    <message>
        <source>no messages</source>
        <translation>no messages</translation>
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
        <translation>active</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>Visit reason &quot;%1&quot; added.</source>
        <translation>Visit reason &quot;%1&quot; added.</translation>
    </message>
    <message>
        <source>Visit reason &quot;%1&quot; saved.</source>
        <translation>Visit reason &quot;%1&quot; saved.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can be booked again.</source>
        <translation>&quot;%1&quot; can be booked again.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is deactivated: no longer bookable, kept for the history.</source>
        <translation>&quot;%1&quot; is deactivated: no longer bookable, kept for the history.</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>desk</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>Home visit (the messages give the patient&apos;s address)</source>
        <translation>Home visit (the messages give the patient&apos;s address)</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>home visit</translation>
    </message>
</context>
<context>
    <name>guichet::NewPatientDialog</name>
    <message>
        <source>New patient</source>
        <translation>New patient</translation>
    </message>
    <message>
        <source>Birth name:</source>
        <translation>Birth name:</translation>
    </message>
    <message>
        <source>Usage name:</source>
        <translation>Usage name:</translation>
    </message>
    <message>
        <source>First names:</source>
        <translation>First names:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Birth date:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>NISS (Belgium):</source>
        <translation>NISS (Belgium):</translation>
    </message>
    <message>
        <source>NIR (France):</source>
        <translation>NIR (France):</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>31/12/1980</source>
        <translation>31/12/1980</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <source>Create the record</source>
        <translation>Create the record</translation>
    </message>
    <message>
        <source>Already known? Check these records before creating a new one:</source>
        <translation>Already known? Check these records before creating a new one:</translation>
    </message>
    <message>
        <source>Patient record</source>
        <translation>Patient record</translation>
    </message>
    <message>
        <source>First name used:</source>
        <translation>First name used:</translation>
    </message>
    <message>
        <source>Other phone:</source>
        <translation>Other phone:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>City:</translation>
    </message>
    <message>
        <source>Reminders by SMS</source>
        <translation>Reminders by SMS</translation>
    </message>
    <message>
        <source>Reminders by e-mail</source>
        <translation>Reminders by e-mail</translation>
    </message>
    <message>
        <source>Known homonym (never merged)</source>
        <translation>Known homonym (never merged)</translation>
    </message>
    <message>
        <source>Doubtful identity</source>
        <translation>Doubtful identity</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Document checked</source>
        <translation>Document checked</translation>
    </message>
    <message>
        <source>The patient showed this document at the desk: the identity is validated</source>
        <translation>The patient showed this document at the desk: the identity is validated</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Identity:</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Save the changes</translation>
    </message>
    <message>
        <source>Read the eID card</source>
        <translation>Read the eID card</translation>
    </message>
    <message>
        <source>Fills the record from the Belgian identity card in the reader</source>
        <translation>Fills the record from the Belgian identity card in the reader</translation>
    </message>
    <message>
        <source>Compares the record with the Belgian identity card in the reader</source>
        <translation>Compares the record with the Belgian identity card in the reader</translation>
    </message>
    <message>
        <source>The eID card and the record differ; nothing was changed. Check who is at the desk, then correct the record if it is wrong:
%1</source>
        <translation>The eID card and the record differ; nothing was changed. Check who is at the desk, then correct the record if it is wrong:
%1</translation>
    </message>
    <message>
        <source>Double-click a record to use it rather than create a new one</source>
        <translation>Double-click a record to use it rather than create a new one</translation>
    </message>
    <message>
        <source>This patient may be known already (list above). Double-click their record to use it, or Save again to create a new record anyway.</source>
        <translation>This patient may be known already (list above). Double-click their record to use it, or Save again to create a new record anyway.</translation>
    </message>
    <message>
        <source>Unsaved record</source>
        <translation>Unsaved record</translation>
    </message>
    <message>
        <source>What was typed in this record is not saved. Save it before closing?</source>
        <translation>What was typed in this record is not saved. Save it before closing?</translation>
    </message>
    <message>
        <source>31/12/1980; 12/1980 when the day is unknown; 1980 when the month is unknown too</source>
        <translation>31/12/1980; 12/1980 when the day is unknown; 1980 when the month is unknown too</translation>
    </message>
    <message>
        <source>day unknown</source>
        <translation>day unknown</translation>
    </message>
    <message>
        <source>month unknown</source>
        <translation>month unknown</translation>
    </message>
    <message>
        <source>Update the address from the card</source>
        <translation>Update the address from the card</translation>
    </message>
    <message>
        <source>The address is now the card&apos;s (recorded in the record&apos;s history).</source>
        <translation>The address is now the card&apos;s (recorded in the record&apos;s history).</translation>
    </message>
    <message>
        <source>On the card: %1, %2 %3</source>
        <translation>On the card: %1, %2 %3</translation>
    </message>
</context>
<context>
    <name>guichet::NoShowChart</name>
    <message>
        <source>Not honoured</source>
        <translation>Not honoured</translation>
    </message>
    <message>
        <source>Late cancellations</source>
        <translation>Late cancellations</translation>
    </message>
    <message>
        <source>No appointment in this range.</source>
        <translation>No appointment in this range.</translation>
    </message>
</context>
<context>
    <name>guichet::NoShowStatsModel</name>
    <message>
        <source>whole range</source>
        <translation>whole range</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Practitioner</translation>
    </message>
    <message>
        <source>Visit reason</source>
        <translation>Visit reason</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Not honoured</source>
        <translation>Not honoured</translation>
    </message>
    <message>
        <source>Late cancellations</source>
        <translation>Late cancellations</translation>
    </message>
    <message>
        <source>Time lost</source>
        <translation>Time lost</translation>
    </message>
    <message>
        <source>% not honoured</source>
        <translation>% not honoured</translation>
    </message>
    <message>
        <source>% late</source>
        <translation>% late</translation>
    </message>
</context>
<context>
    <name>guichet::NoShowStatsView</name>
    <message>
        <source>Appointments not honoured and late cancellations</source>
        <translation>Appointments not honoured and late cancellations</translation>
    </message>
    <message>
        <source>By month and visit reason</source>
        <translation>By month and visit reason</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Export the figures</source>
        <translation>Export the figures</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>%1 appointments, %2 not honoured (%3 %), %4 late cancellations; %5 h of consultation lost.</source>
        <translation>%1 appointments, %2 not honoured (%3 %), %4 late cancellations; %5 h of consultation lost.</translation>
    </message>
    <message>
        <source>Figures exported to %1.</source>
        <translation>Figures exported to %1.</translation>
    </message>
</context>
<context>
    <name>guichet::OpeningHoursDialog</name>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Usual week</source>
        <translation>Usual week</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Such as 08:30-12:30, 14:00-18:00; empty: closed</source>
        <translation>Such as 08:30-12:30, 14:00-18:00; empty: closed</translation>
    </message>
    <message>
        <source>Save the week</source>
        <translation>Save the week</translation>
    </message>
    <message>
        <source>Days that differ (public holidays, exceptional hours)</source>
        <translation>Days that differ (public holidays, exceptional hours)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Hours (empty: closed)</source>
        <translation>Hours (empty: closed)</translation>
    </message>
    <message>
        <source>Such as 09:00-12:00; empty: closed all day</source>
        <translation>Such as 09:00-12:00; empty: closed all day</translation>
    </message>
    <message>
        <source>Public holiday, training…</source>
        <translation>Public holiday, training…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Practitioner:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing changed in the week.</source>
        <translation>Nothing changed in the week.</translation>
    </message>
    <message>
        <source>Week saved.</source>
        <translation>Week saved.</translation>
    </message>
    <message>
        <source>Closed on %1.</source>
        <translation>Closed on %1.</translation>
    </message>
    <message>
        <source>Hours of %1 saved.</source>
        <translation>Hours of %1 saved.</translation>
    </message>
    <message>
        <source>Choose the day to remove in the list.</source>
        <translation>Choose the day to remove in the list.</translation>
    </message>
    <message>
        <source>The usual week applies again on that day.</source>
        <translation>The usual week applies again on that day.</translation>
    </message>
    <message>
        <source>No booked patient is left outside the hours.</source>
        <translation>No booked patient is left outside the hours.</translation>
    </message>
    <message numerus="yes">
        <source>%n booked patient(s) now outside the hours must be called and moved:</source>
        <translation>
            <numerusform>%n booked patient now outside the hours must be called and moved:</numerusform>
            <numerusform>%n booked patients now outside the hours must be called and moved:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::PatientPickerDialog</name>
    <message>
        <source>Patient: name, birth date, phone, NISS or NIR…</source>
        <translation>Patient: name, birth date, phone, NISS or NIR…</translation>
    </message>
    <message>
        <source>Choose the patient in the list.</source>
        <translation>Choose the patient in the list.</translation>
    </message>
    <message>
        <source>Say why.</source>
        <translation>Say why.</translation>
    </message>
</context>
<context>
    <name>guichet::PatientSearchModel</name>
    <message>
        <source>Deceased</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>NISS / NIR</source>
        <translation>NISS / NIR</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message numerus="yes">
        <source>blocked online (%n practitioner(s))</source>
        <translation>
            <numerusform>blocked online (%n practitioner)</numerusform>
            <numerusform>blocked online (%n practitioners)</numerusform>
        </translation>
    </message>
    <message>
        <source>No-shows</source>
        <extracomment>Column header: count of appointments not honoured</extracomment>
        <translation>No-shows</translation>
    </message>
</context>
<context>
    <name>guichet::PatientsView</name>
    <message>
        <source>Name, birth date (12/03/1980), phone, NISS or NIR…</source>
        <translation>Name, birth date (12/03/1980), phone, NISS or NIR…</translation>
    </message>
    <message>
        <source>Type at least two letters of a name, or a birth date, a phone number, a NISS or a NIR.</source>
        <translation>Type at least two letters of a name, or a birth date, a phone number, a NISS or a NIR.</translation>
    </message>
    <message>
        <source>No patient found.</source>
        <translation>No patient found.</translation>
    </message>
    <message>
        <source>The first 50 patients found; type more to narrow down.</source>
        <translation>The first 50 patients found; type more to narrow down.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) found.</source>
        <translation>
            <numerusform>%n patient found.</numerusform>
            <numerusform>%n patients found.</numerusform>
        </translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>deceased</translation>
    </message>
    <message>
        <source>homonym</source>
        <translation>homonym</translation>
    </message>
    <message>
        <source>doubtful identity</source>
        <translation>doubtful identity</translation>
    </message>
    <message>
        <source>Identity: %1</source>
        <translation>Identity: %1</translation>
    </message>
    <message>
        <source>Strict identity traits</source>
        <translation>Strict identity traits</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>First names</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Birth place</translation>
    </message>
    <message>
        <source>Contact and other traits</source>
        <translation>Contact and other traits</translation>
    </message>
    <message>
        <source>Usage name</source>
        <translation>Usage name</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Other phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
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
        <translation>Reminders</translation>
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
        <translation>Relatives</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Appointments not honoured</source>
        <translation>Appointments not honoured</translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>%n in all</numerusform>
            <numerusform>%n in all</numerusform>
        </translation>
    </message>
    <message>
        <source>blocked online by the practice</source>
        <translation>blocked online by the practice</translation>
    </message>
    <message>
        <source>blocked online</source>
        <translation>blocked online</translation>
    </message>
    <message>
        <source>(excused)</source>
        <translation>(excused)</translation>
    </message>
    <message>
        <source>(erased by the practice)</source>
        <translation>(erased by the practice)</translation>
    </message>
    <message>
        <source>(late)</source>
        <translation>(late)</translation>
    </message>
    <message>
        <source>%1 (limit %2)</source>
        <translation>%1 (limit %2)</translation>
    </message>
    <message>
        <source>mark not honoured</source>
        <translation>mark not honoured</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>undo</translation>
    </message>
    <message>
        <source>New patient…</source>
        <translation>New patient…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P; the records already known are shown while you type</source>
        <translation>Ctrl+Shift+P; the records already known are shown while you type</translation>
    </message>
    <message>
        <source>Edit the record…</source>
        <translation>Edit the record…</translation>
    </message>
    <message>
        <source>Ctrl+E; correct the record shown, check an identity document</source>
        <translation>Ctrl+E; correct the record shown, check an identity document</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>Split…</translation>
    </message>
    <message>
        <source>Two people share the record shown: move one person&apos;s appointments and documents to a new record</source>
        <translation>Two people share the record shown: move one person&apos;s appointments and documents to a new record</translation>
    </message>
    <message>
        <source>The appointments could not be read: %1</source>
        <translation>The appointments could not be read: %1</translation>
    </message>
    <message>
        <source>Why is this no-show unjustified? (kept in the audit log)</source>
        <translation>Why is this no-show unjustified? (kept in the audit log)</translation>
    </message>
    <message>
        <source>Why is online booking blocked? (kept in the audit log)</source>
        <translation>Why is online booking blocked? (kept in the audit log)</translation>
    </message>
    <message>
        <source>Why is the block lifted? (kept in the audit log)</source>
        <translation>Why is the block lifted? (kept in the audit log)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>lift the block</source>
        <translation>lift the block</translation>
    </message>
    <message>
        <source>block online</source>
        <translation>block online</translation>
    </message>
    <message>
        <source>Block online booking with:</source>
        <translation>Block online booking with:</translation>
    </message>
    <message>
        <source>erase (unjustified)</source>
        <translation>erase (unjustified)</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Book…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B; an appointment for the patient shown (or one of their relatives)</source>
        <translation>Ctrl+Shift+B; an appointment for the patient shown (or one of their relatives)</translation>
    </message>
    <message>
        <source>Add a relative to the account holder shown, attach the record to a holder, or detach it</source>
        <translation>Add a relative to the account holder shown, attach the record to a holder, or detach it</translation>
    </message>
    <message>
        <source>New relative of this holder…</source>
        <translation>New relative of this holder…</translation>
    </message>
    <message>
        <source>New relative</source>
        <translation>New relative</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>Relationship:</translation>
    </message>
    <message>
        <source>Attach to an account holder…</source>
        <translation>Attach to an account holder…</translation>
    </message>
    <message>
        <source>Attach to an account holder</source>
        <translation>Attach to an account holder</translation>
    </message>
    <message>
        <source>Detach: their own account holder…</source>
        <translation>Detach: their own account holder…</translation>
    </message>
    <message>
        <source>Their own account holder</source>
        <translation>Their own account holder</translation>
    </message>
    <message>
        <source>The relative will be reached only by their own phone and e-mail. Why? (kept in the audit log)</source>
        <translation>The relative will be reached only by their own phone and e-mail. Why? (kept in the audit log)</translation>
    </message>
    <message>
        <source>%1 of the account holder %2.</source>
        <translation>%1 of the account holder %2.</translation>
    </message>
    <message>
        <source>Under 18: messages go to the account holder only (%1).</source>
        <translation>Under 18: messages go to the account holder only (%1).</translation>
    </message>
    <message>
        <source>Messages go to the account holder (%1).</source>
        <translation>Messages go to the account holder (%1).</translation>
    </message>
    <message>
        <source>no contact</source>
        <translation>no contact</translation>
    </message>
    <message>
        <source>Usual medication</source>
        <translation>Usual medication</translation>
    </message>
    <message>
        <source>The patient&apos;s usual medication (practitioners only; the audit log keeps that it changed, not the text):</source>
        <translation>The patient&apos;s usual medication (practitioners only; the audit log keeps that it changed, not the text):</translation>
    </message>
    <message>
        <source>Medical (practitioners only)</source>
        <translation>Medical (practitioners only)</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>change the usual medication</source>
        <translation>change the usual medication</translation>
    </message>
    <message>
        <source>Medical content is recorded: practitioners only.</source>
        <translation>Medical content is recorded: practitioners only.</translation>
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
        <translation>INAMI 1-23456-78-901 or RPPS 10001234567</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Colour in the agenda</source>
        <translation>Colour in the agenda</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>New patients may book online</source>
        <translation>New patients may book online</translation>
    </message>
    <message>
        <source>Reminders and notices are sent</source>
        <translation>Reminders and notices are sent</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>First name:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Last name:</translation>
    </message>
    <message>
        <source>Specialty:</source>
        <translation>Specialty:</translation>
    </message>
    <message>
        <source>INAMI / RPPS:</source>
        <translation>INAMI / RPPS:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <source>Main site:</source>
        <translation>Main site:</translation>
    </message>
    <message>
        <source>Also consults at:</source>
        <translation>Also consults at:</translation>
    </message>
    <message>
        <source>Online cancellation until:</source>
        <translation>Online cancellation until:</translation>
    </message>
    <message>
        <source>Online booking up to:</source>
        <translation>Online booking up to:</translation>
    </message>
    <message>
        <source>Minimum notice online:</source>
        <translation>Minimum notice online:</translation>
    </message>
    <message>
        <source>Phone booking when the last visit is older than:</source>
        <translation>Phone booking when the last visit is older than:</translation>
    </message>
    <message>
        <source>New practitioner</source>
        <translation>New practitioner</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Practitioner</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <source>INAMI / RPPS</source>
        <translation>INAMI / RPPS</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>cancel %1 h before</source>
        <translation>cancel %1 h before</translation>
    </message>
    <message>
        <source>no new patients</source>
        <translation>no new patients</translation>
    </message>
    <message>
        <source>%1 days ahead</source>
        <translation>%1 days ahead</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 saved.</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 added.</translation>
    </message>
    <message>
        <source>%1 can be booked again.</source>
        <translation>%1 can be booked again.</translation>
    </message>
    <message>
        <source>%1 is deactivated: no longer bookable, kept for the history.</source>
        <translation>%1 is deactivated: no longer bookable, kept for the history.</translation>
    </message>
    <message numerus="yes">
        <source>%n booked appointment(s) ahead stay in the agenda: move or cancel them.</source>
        <translation>
            <numerusform>%n booked appointment ahead stay in the agenda: move or cancel them.</numerusform>
            <numerusform>%n booked appointments ahead stay in the agenda: move or cancel them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::RulesPage</name>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Bounds</source>
        <translation>Bounds</translation>
    </message>
    <message>
        <source>The rules every desk of the practice applies. Each change is recorded in the audit log; messages not sent yet follow it at once.</source>
        <translation>The rules every desk of the practice applies. Each change is recorded in the audit log; messages not sent yet follow it at once.</translation>
    </message>
    <message>
        <source>Save the rules</source>
        <translation>Save the rules</translation>
    </message>
    <message>
        <source>Undo my changes</source>
        <translation>Undo my changes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes or no</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) changed.</source>
        <translation>
            <numerusform>%n rule changed.</numerusform>
            <numerusform>%n rules changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>No scheduled backup: choose a folder (a network share or an external disk)</source>
        <translation>No scheduled backup: choose a folder (a network share or an external disk)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Save the folder</source>
        <translation>Save the folder</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Daily backups into:</source>
        <translation>Daily backups into:</translation>
    </message>
    <message>
        <source>Last good backup: %1 (%2).</source>
        <translation>Last good backup: %1 (%2).</translation>
    </message>
    <message>
        <source>No backup made yet.</source>
        <translation>No backup made yet.</translation>
    </message>
    <message>
        <source>The last attempt failed on %1: %2</source>
        <translation>The last attempt failed on %1: %2</translation>
    </message>
</context>
<context>
    <name>guichet::RunningLateDialog</name>
    <message>
        <source>Running late</source>
        <translation>Running late</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Send to these patients</source>
        <translation>Send to these patients</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Practitioner:</translation>
    </message>
    <message>
        <source>Late by about:</source>
        <translation>Late by about:</translation>
    </message>
    <message>
        <source>The patients still expected today, and what each will read:</source>
        <translation>The patients still expected today, and what each will read:</translation>
    </message>
    <message>
        <source>No mobile and no e-mail: phone them</source>
        <translation>No mobile and no e-mail: phone them</translation>
    </message>
    <message>
        <source>Nobody is still expected today by this practitioner.</source>
        <translation>Nobody is still expected today by this practitioner.</translation>
    </message>
</context>
<context>
    <name>guichet::ServerDialog</name>
    <message>
        <source>Central agenda</source>
        <translation>Central agenda</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>No central agenda yet: the desk works on its own and keeps every change.</source>
        <translation>No central agenda yet: the desk works on its own and keeps every change.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <source>Given by the central agenda&apos;s administrator</source>
        <translation>Given by the central agenda&apos;s administrator</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <source>Opens the central agenda&apos;s sign-in page in the browser</source>
        <translation>Opens the central agenda&apos;s sign-in page in the browser</translation>
    </message>
    <message>
        <source>Only for a central agenda without sign-in page</source>
        <translation>Only for a central agenda without sign-in page</translation>
    </message>
    <message>
        <source>Client identifier:</source>
        <translation>Client identifier:</translation>
    </message>
    <message>
        <source>Or token:</source>
        <translation>Or token:</translation>
    </message>
    <message>
        <source>Signing in happens on the central agenda&apos;s page, in the browser; Guichet keeps what it receives only in this computer&apos;s keychain. The address must start with https://.</source>
        <translation>Signing in happens on the central agenda&apos;s page, in the browser; Guichet keeps what it receives only in this computer&apos;s keychain. The address must start with https://.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser… (the button cancels)</source>
        <translation>Waiting for the sign-in in the browser… (the button cancels)</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Cancel sign-in</translation>
    </message>
    <message>
        <source>Signed in as the client &quot;%1&quot; (unattended desk).</source>
        <translation>Signed in as the client &quot;%1&quot; (unattended desk).</translation>
    </message>
    <message>
        <source>Signed in through the central agenda&apos;s page.</source>
        <translation>Signed in through the central agenda&apos;s page.</translation>
    </message>
    <message>
        <source>Signed in with a token.</source>
        <translation>Signed in with a token.</translation>
    </message>
    <message>
        <source>Give the client identifier first: the central agenda&apos;s administrator knows it.</source>
        <translation>Give the client identifier first: the central agenda&apos;s administrator knows it.</translation>
    </message>
    <message>
        <source>Signed out here, but the central agenda could not be told: ask its administrator to withdraw this desk&apos;s access.</source>
        <translation>Signed out here, but the central agenda could not be told: ask its administrator to withdraw this desk&apos;s access.</translation>
    </message>
</context>
<context>
    <name>guichet::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>As the system (French when unsure)</source>
        <translation>As the system (French when unsure)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Lock the screen after:</source>
        <translation>Lock the screen after:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>High contrast (white on black)</source>
        <translation>High contrast (white on black)</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colours:</translation>
    </message>
    <message numerus="yes">
        <source>The front-desk screen faces the waiting room: lock it after a few minutes without use. The practice allows at most %n minute(s) (its administrator sets it in the practice rules). A new language or colours apply at the next start.</source>
        <translation>
            <numerusform>The front-desk screen faces the waiting room: lock it after a few minutes without use. The practice allows at most %n minute (its administrator sets it in the practice rules). A new language or colours apply at the next start.</numerusform>
            <numerusform>The front-desk screen faces the waiting room: lock it after a few minutes without use. The practice allows at most %n minutes (its administrator sets it in the practice rules). A new language or colours apply at the next start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::SetupAssistant</name>
    <message>
        <source>Setting up the practice</source>
        <translation>Setting up the practice</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Guichet now has its administrator. Describe the practice in a few steps: its site, its practitioners and their online rules, the visit reasons, the usual week and the people who use Guichet.

Every step can be skipped and done later from File ▸ Administration.</source>
        <translation>Guichet now has its administrator. Describe the practice in a few steps: its site, its practitioners and their online rules, the visit reasons, the usual week and the people who use Guichet.

Every step can be skipped and done later from File ▸ Administration.</translation>
    </message>
    <message>
        <source>Take the practice from a central agenda…</source>
        <translation>Take the practice from a central agenda…</translation>
    </message>
    <message>
        <source>If the practice already has its online agenda, Guichet can sign in to it and take its sites, practitioners and visit reasons.</source>
        <translation>If the practice already has its online agenda, Guichet can sign in to it and take its sites, practitioners and visit reasons.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>A practice set up in a few minutes.</source>
        <translation>A practice set up in a few minutes.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Where patients come: the address and access information appear in their messages.</source>
        <translation>Where patients come: the address and access information appear in their messages.</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Practitioners</translation>
    </message>
    <message>
        <source>Each with their INAMI (Belgium) or RPPS (France) number and their online rules.</source>
        <translation>Each with their INAMI (Belgium) or RPPS (France) number and their online rules.</translation>
    </message>
    <message>
        <source>Visit reasons</source>
        <translation>Visit reasons</translation>
    </message>
    <message>
        <source>What patients may book, how long it lasts, and who may book it where.</source>
        <translation>What patients may book, how long it lasts, and who may book it where.</translation>
    </message>
    <message>
        <source>Usual week</source>
        <translation>Usual week</translation>
    </message>
    <message>
        <source>The hours of each practitioner and the reasons each range offers.</source>
        <translation>The hours of each practitioner and the reasons each range offers.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>The secretaries and practitioners who sign in to Guichet.</source>
        <translation>The secretaries and practitioners who sign in to Guichet.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>The practice has %1 site(s), %2 practitioner(s), %3 visit reason(s) and %4 user(s).

Everything can be changed at any time in File ▸ Administration.</source>
        <translation>The practice has %1 site(s), %2 practitioner(s), %3 visit reason(s) and %4 user(s).

Everything can be changed at any time in File ▸ Administration.</translation>
    </message>
    <message>
        <source>Taken from the central agenda: check each step, then finish.</source>
        <translation>Taken from the central agenda: check each step, then finish.</translation>
    </message>
</context>
<context>
    <name>guichet::SignInDialog</name>
    <message>
        <source>Guichet — first start</source>
        <translation>Guichet — first start</translation>
    </message>
    <message>
        <source>Guichet — sign in</source>
        <translation>Guichet — sign in</translation>
    </message>
    <message>
        <source>Create the administrator of this installation</source>
        <translation>Create the administrator of this installation</translation>
    </message>
    <message>
        <source>Sign in to Guichet</source>
        <translation>Sign in to Guichet</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <source>Your password is changed: sign in with the new one.</source>
        <translation>Your password is changed: sign in with the new one.</translation>
    </message>
    <message>
        <source>At least 12 characters, hard to guess: a phrase of four or more words is easy to remember.</source>
        <translation>At least 12 characters, hard to guess: a phrase of four or more words is easy to remember.</translation>
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
        <translation>Street and number</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgium</translation>
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
        <translation>Floor, lift, parking, public transport, access for wheelchairs…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>City:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Country:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Time zone:</translation>
    </message>
    <message>
        <source>Access for patients:</source>
        <translation>Access for patients:</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>New site</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Site &quot;%1&quot; added.</source>
        <translation>Site &quot;%1&quot; added.</translation>
    </message>
    <message>
        <source>Site &quot;%1&quot; saved.</source>
        <translation>Site &quot;%1&quot; saved.</translation>
    </message>
</context>
<context>
    <name>guichet::SplitDialog</name>
    <message>
        <source>Split a record shared by two people</source>
        <translation>Split a record shared by two people</translation>
    </message>
    <message>
        <source>%1&apos;s record holds another person&apos;s visits. Type the other person&apos;s identity and tick what is theirs: it moves to a new record.</source>
        <translation>%1&apos;s record holds another person&apos;s visits. Type the other person&apos;s identity and tick what is theirs: it moves to a new record.</translation>
    </message>
    <message>
        <source>Birth name:</source>
        <translation>Birth name:</translation>
    </message>
    <message>
        <source>First names:</source>
        <translation>First names:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Birth date:</translation>
    </message>
    <message>
        <source>31/12/1980</source>
        <translation>31/12/1980</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <source>Appointment %1 — %2, %3 (%4)</source>
        <translation>Appointment %1 — %2, %3 (%4)</translation>
    </message>
    <message>
        <source>Document %1 — %2</source>
        <translation>Document %1 — %2</translation>
    </message>
    <message>
        <source>Create the record and move</source>
        <translation>Create the record and move</translation>
    </message>
    <message>
        <source>What belongs to the other person:</source>
        <translation>What belongs to the other person:</translation>
    </message>
    <message>
        <source>The appointments could not be read: %1</source>
        <translation>The appointments could not be read: %1</translation>
    </message>
    <message>
        <source>The documents could not be read: %1</source>
        <translation>The documents could not be read: %1</translation>
    </message>
</context>
<context>
    <name>guichet::SyncController</name>
    <message numerus="yes">
        <source>Sync: not configured — %n change(s) pending</source>
        <translation>
            <numerusform>Sync: not configured — %n change pending</numerusform>
            <numerusform>Sync: not configured — %n changes pending</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: not yet run</source>
        <translation>Sync: not yet run</translation>
    </message>
    <message>
        <source>Sync: in progress…</source>
        <translation>Sync: in progress…</translation>
    </message>
    <message>
        <source>Sync: up to date (%1)</source>
        <translation>Sync: up to date (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n change(s) pending</source>
        <translation>
            <numerusform>Sync: %n change pending</numerusform>
            <numerusform>Sync: %n changes pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync: offline — %n change(s) kept here</source>
        <translation>
            <numerusform>Sync: offline — %n change kept here</numerusform>
            <numerusform>Sync: offline — %n changes kept here</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: error — see the Sync page</source>
        <translation>Sync: error — see the Sync page</translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n conflict(s) to settle</source>
        <translation>
            <numerusform>Sync: %n conflict to settle</numerusform>
            <numerusform>Sync: %n conflicts to settle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync: sign in again (File, Central agenda) — %n change(s) kept here</source>
        <translation>
            <numerusform>Sync: sign in again (File, Central agenda) — %n change kept here</numerusform>
            <numerusform>Sync: sign in again (File, Central agenda) — %n changes kept here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received booking(s) to check</source>
        <translation>
            <numerusform>%n received booking to check</numerusform>
            <numerusform>%n received bookings to check</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::SyncView</name>
    <message>
        <source>Synchronisation with the central agenda</source>
        <translation>Synchronisation with the central agenda</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>status changed</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>merged</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Synchronise now</translation>
    </message>
    <message>
        <source>Central agenda…</source>
        <translation>Central agenda…</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Fields changed on both sides</source>
        <translation>Fields changed on both sides</translation>
    </message>
    <message>
        <source>Settle…</source>
        <translation>Settle…</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>Conflicts to settle</source>
        <translation>Conflicts to settle</translation>
    </message>
    <message>
        <source>Changes not sent yet</source>
        <translation>Changes not sent yet</translation>
    </message>
    <message>
        <source>Central agenda: %1 (account %2).</source>
        <translation>Central agenda: %1 (account %2).</translation>
    </message>
    <message>
        <source>Last exchange at %1: %2 sent, %3 received, %4 refused.</source>
        <translation>Last exchange at %1: %2 sent, %3 received, %4 refused.</translation>
    </message>
    <message>
        <source>No central agenda is set up: every change is kept in the local journal and will be sent once its address is given (Central agenda…).</source>
        <translation>No central agenda is set up: every change is kept in the local journal and will be sent once its address is given (Central agenda…).</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Day with other hours</source>
        <translation>Day with other hours</translation>
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
        <translation>parked: refused by the central agenda</translation>
    </message>
    <message>
        <source>Online booking block</source>
        <translation>Online booking block</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Rule not met</source>
        <translation>Rule not met</translation>
    </message>
    <message>
        <source>Keep…</source>
        <translation>Keep…</translation>
    </message>
    <message>
        <source>The appointment stays as booked; say why (recorded in the audit log).</source>
        <translation>The appointment stays as booked; say why (recorded in the audit log).</translation>
    </message>
    <message>
        <source>Cancel the appointment…</source>
        <translation>Cancel the appointment…</translation>
    </message>
    <message>
        <source>The patient is sent the cancellation message.</source>
        <translation>The patient is sent the cancellation message.</translation>
    </message>
    <message>
        <source>Patient called…</source>
        <translation>Patient called…</translation>
    </message>
    <message>
        <source>Received from the central agenda, to check</source>
        <translation>Received from the central agenda, to check</translation>
    </message>
    <message>
        <source>Received from the central agenda, to check (%1)</source>
        <translation>Received from the central agenda, to check (%1)</translation>
    </message>
    <message>
        <source>(unknown patient)</source>
        <translation>(unknown patient)</translation>
    </message>
    <message>
        <source>Choose an item in the list first.</source>
        <translation>Choose an item in the list first.</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>Keep the appointment</source>
        <translation>Keep the appointment</translation>
    </message>
    <message>
        <source>Why is it kept despite the rule?</source>
        <translation>Why is it kept despite the rule?</translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation>Cancel the appointment</translation>
    </message>
    <message>
        <source>Reason for the cancellation (the patient is sent the cancellation message):</source>
        <translation>Reason for the cancellation (the patient is sent the cancellation message):</translation>
    </message>
    <message>
        <source>Patient called</source>
        <translation>Patient called</translation>
    </message>
    <message>
        <source>What was agreed with the patient (optional):</source>
        <translation>What was agreed with the patient (optional):</translation>
    </message>
    <message>
        <source>Slot held while a patient confirms online</source>
        <translation>Slot held while a patient confirms online</translation>
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
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Practitioner:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Set this password</source>
        <translation>Set this password</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Practitioner</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>waits after wrong passwords</source>
        <translation>waits after wrong passwords</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>%1 can sign in now.</source>
        <translation>%1 can sign in now.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 can sign in again.</translation>
    </message>
    <message>
        <source>%1 is disabled: the account can no longer sign in; its history stays.</source>
        <translation>%1 is disabled: the account can no longer sign in; its history stays.</translation>
    </message>
    <message>
        <source>New password set for %1: tell it to them in person.</source>
        <translation>New password set for %1: tell it to them in person.</translation>
    </message>
    <message>
        <source>At least 12 characters, hard to guess: a phrase of four or more words is easy to remember.</source>
        <translation>At least 12 characters, hard to guess: a phrase of four or more words is easy to remember.</translation>
    </message>
</context>
<context>
    <name>guichet::WaitlistCallsDialog</name>
    <message>
        <source>Waiting list: patients to phone</source>
        <translation>Waiting list: patients to phone</translation>
    </message>
    <message>
        <source>An earlier slot freed up for these patients. Phone them and note their answer: accepted, the appointment moves to the earlier slot.</source>
        <translation>An earlier slot freed up for these patients. Phone them and note their answer: accepted, the appointment moves to the earlier slot.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Current appointment</source>
        <translation>Current appointment</translation>
    </message>
    <message>
        <source>Earlier slot offered</source>
        <translation>Earlier slot offered</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>The patient takes the slot</source>
        <translation>The patient takes the slot</translation>
    </message>
    <message>
        <source>The patient keeps their appointment</source>
        <translation>The patient keeps their appointment</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Nobody to phone.</source>
        <translation>Nobody to phone.</translation>
    </message>
    <message>
        <source>The appointment moved to the earlier slot.</source>
        <translation>The appointment moved to the earlier slot.</translation>
    </message>
    <message>
        <source>Noted: the patient keeps their appointment and stays on the list.</source>
        <translation>Noted: the patient keeps their appointment and stays on the list.</translation>
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
        <translation>--now &quot;%1&quot; is not an ISO 8601 date.</translation>
    </message>
    <message>
        <source>Database file (or GUICHET_DB).</source>
        <translation>Database file (or GUICHET_DB).</translation>
    </message>
    <message>
        <source>fr, nl or en (default: the settings, then the system).</source>
        <translation>fr, nl or en (default: the settings, then the system).</translation>
    </message>
    <message>
        <source>Fix the clock (ISO 8601; or GUICHET_NOW).</source>
        <translation>Fix the clock (ISO 8601; or GUICHET_NOW).</translation>
    </message>
    <message>
        <source>--now (or GUICHET_NOW) is accepted only on a demo clinic or a database created for tests, not on a practice&apos;s database.</source>
        <translation>--now (or GUICHET_NOW) is accepted only on a demo clinic or a database created for tests, not on a practice&apos;s database.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>The backup is in place. The database it replaced is kept as %1. Sign in again.</source>
        <translation>The backup is in place. The database it replaced is kept as %1. Sign in again.</translation>
    </message>
</context>
</TS>
