UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MERGE (s:Sentence {id: row.id})
SET s.index = row.index, s.text = row.text, s.start = row.start, s.end = row.end, s.dataset = a.dataset
MERGE (s)-[:IN]->(a)
