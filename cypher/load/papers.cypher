// Upsert papers; the pages a paper was seen on accumulate across loads.
// :param rows => [{id: "arxiv:2106.09685", props: {title: "LoRA", date: "2021-06-17"}, seen_on: ["2025-04-20 page.txt #3"], page_dates: ["2025-04-20"]}]
UNWIND $rows AS row
MERGE (p:Paper {id: row.id})
WITH p, row, coalesce(p.seen_on, []) AS seen, coalesce(p.page_dates, []) AS dates
SET p += row.props,
    p.seen_on = seen + [s IN row.seen_on WHERE NOT s IN seen],
    p.page_dates = dates + [d IN row.page_dates WHERE NOT d IN dates]
WITH p, [d IN p.page_dates WHERE NOT d STARTS WITH '-'] AS full_dates
SET p.first_seen = CASE WHEN size(full_dates) = 0 THEN null
                        ELSE reduce(m = full_dates[0], d IN full_dates | CASE WHEN d < m THEN d ELSE m END) END
