// Upsert concepts: one label per concept type beside :Concept; aliases accumulate across loads.
// :param rows => [{id: "concept:lora", name: "LoRA", type: "Method", aliases: ["Low-Rank Adaptation"]}]
UNWIND $rows AS row
MERGE (c:Concept {id: row.id})
WITH c, row, coalesce(c.aliases, []) AS known
SET c.name = row.name,
    c.type = row.type,
    c.aliases = known + [a IN row.aliases WHERE NOT a IN known]
SET c.aliases_text = reduce(s = '', a IN c.aliases | s + ' ' + a)
REMOVE c:Method:Dataset:Model:Metric:Task
SET c:$(row.type)
