// kg schema: run once per database before loading (every statement is IF NOT EXISTS).
CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (p:Paper) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT concept_id IF NOT EXISTS FOR (c:Concept) REQUIRE c.id IS UNIQUE;
CREATE INDEX concept_type IF NOT EXISTS FOR (c:Concept) ON (c.type);
CREATE INDEX concept_name IF NOT EXISTS FOR (c:Concept) ON (c.name);
CREATE INDEX paper_first_seen IF NOT EXISTS FOR (p:Paper) ON (p.first_seen);
CREATE FULLTEXT INDEX concept_names IF NOT EXISTS FOR (c:Concept) ON EACH [c.name, c.aliases_text];
CREATE FULLTEXT INDEX paper_titles IF NOT EXISTS FOR (p:Paper) ON EACH [p.title];
