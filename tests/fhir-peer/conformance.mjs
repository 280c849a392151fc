// What Guichet's sync tests expect of every resource the peer receives, beyond the R4
// definitions (validateResource): the identifier systems of each resource type with the form
// their guide gives them, and the codes Guichet sends. A finding does not refuse the write (the
// tests also send resources as an online platform would); it is kept for GET /$findings, which
// every sync and live test reads and expects empty.
//
//   NISS:   BE Core NamingSystem ssin, 11 digits.
//   INAMI:  BE Core NamingSystem nihdi-professional, 11 digits.
//   INS:    FR Core Patient slice INS-NIR: urn:oid:1.2.250.1.213.1.4.8, use official, type
//           fr-core-cs-v2-0203#INS-NIR, 15 characters.
//   RPPS:   FR Core Practitioner slice rpps: https://rpps.esante.gouv.fr, type #RPPS, 11 digits;
//           slice idNatPs: urn:oid:1.2.250.1.71.4.2.1, type #IDNPS, 8 + the RPPS.
//   SMS and e-mail: CommunicationRequest.medium http://hl7.org/fhir/contact-point-system#sms or
//           v3-ParticipationMode#EMAILWRIT.
const FR_TYPES = 'https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203';
const guichetRecord = /^urn:guichet:[0-9a-f-]{36}$/;

function typed(identifier, code) {
  return (identifier.type?.coding ?? []).some((c) => c.system === FR_TYPES && c.code === code);
}

const identifierRules = {
  'https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/ssin': { types: ['Patient'], value: /^\d{11}$/ },
  'urn:oid:1.2.250.1.213.1.4.8': {
    types: ['Patient'],
    value: /^\d{6}[0-9AB]\d{8}$/,
    check: (i) => (i.use === 'official' && typed(i, 'INS-NIR') ? undefined : 'an INS-NIR needs use official and type INS-NIR'),
  },
  'urn:guichet:nir': { types: ['Patient'], value: /^\d{6}[0-9AB]\d{8}$/ },
  'urn:guichet:external-id': { types: ['Patient'] },
  'https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/nihdi-professional': { types: ['Practitioner'], value: /^\d{11}$/ },
  'https://rpps.esante.gouv.fr': {
    types: ['Practitioner'],
    value: /^\d{11}$/,
    check: (i) => (typed(i, 'RPPS') ? undefined : 'an RPPS needs type RPPS'),
  },
  'urn:oid:1.2.250.1.71.4.2.1': {
    types: ['Practitioner'],
    value: /^8\d{11}$/,
    check: (i) => (typed(i, 'IDNPS') ? undefined : 'an idNatPs needs type IDNPS'),
  },
  'urn:guichet:registration': { types: ['Practitioner'] },
  'urn:guichet:message': { types: ['CommunicationRequest'] },
  'urn:guichet:slot': { types: ['Slot'] },
  'urn:guichet:schedule': { types: ['Schedule'] },
};

const mediums = new Set(['http://hl7.org/fhir/contact-point-system#sms', 'http://terminology.hl7.org/CodeSystem/v3-ParticipationMode#EMAILWRIT']);

export function conformanceFindings(resource) {
  const findings = [];
  const type = resource?.resourceType;
  const where = `${type}/${resource?.id ?? 'new'}`;
  for (const identifier of resource?.identifier ?? []) {
    const system = identifier.system ?? '';
    if (guichetRecord.test(system)) {
      continue; // the record's own id, under the practice's database id
    }
    const rule = identifierRules[system];
    if (!rule) {
      findings.push(`${where}: identifier system ${system} is in no table`);
      continue;
    }
    if (!rule.types.includes(type)) {
      findings.push(`${where}: identifier system ${system} does not belong on ${type}`);
    }
    if (rule.value && !rule.value.test(identifier.value ?? '')) {
      findings.push(`${where}: ${system} value "${identifier.value}" is not in its form`);
    }
    const problem = rule.check?.(identifier);
    if (problem) {
      findings.push(`${where}: ${problem}`);
    }
  }
  if (type === 'CommunicationRequest') {
    for (const medium of resource.medium ?? []) {
      for (const c of medium.coding ?? []) {
        if (!mediums.has(`${c.system}#${c.code}`)) {
          findings.push(`${where}: medium ${c.system}#${c.code} is not an SMS or e-mail code`);
        }
      }
    }
  }
  if (type === 'Location' && (resource.extension ?? []).some((e) => e.url === 'http://hl7.org/fhir/StructureDefinition/timezone')) {
    findings.push(`${where}: the core timezone extension is not allowed on Location`);
  }
  if (type === 'Flag' && resource.period) {
    const { start, end } = resource.period;
    if (end && resource.status === 'active') {
      findings.push(`${where}: an active block has no end`);
    }
    if (start && end && new Date(start) > new Date(end)) {
      findings.push(`${where}: the block ends before it starts`);
    }
  }
  return findings;
}
