/**
 * SQL: the timeline event (alias `t`) is visible to the organisation in parameter `param`: shared with every
 * participant, named in its need-to-know list, or its own. The one rule for reading events and for what the
 * indicator drill-down may show.
 */
export const zichtbaarVoorSql = (param: string) =>
  `(t.zichtbaar_voor is null or ${param}::uuid = any (t.zichtbaar_voor) or t.organisatie_id = ${param}::uuid)`;
