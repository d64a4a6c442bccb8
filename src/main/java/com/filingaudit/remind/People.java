package com.filingaudit.remind;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/** The directory of people, in the database. */
public class People {

	private final JdbcTemplate jdbc;

	People(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<Person> all() {
		return jdbc.query("SELECT NAME, EMAIL, MANAGER, LOCALE, DESK_USER FROM PERSON ORDER BY NAME",
				(rs, n) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5)));
	}

	public Optional<Person> find(String name) {
		return jdbc.query("SELECT NAME, EMAIL, MANAGER, LOCALE, DESK_USER FROM PERSON WHERE NAME = ?",
				(rs, n) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5)), name).stream().findFirst();
	}

	/** The person a desk account is linked to. */
	public Optional<Person> ofDeskUser(String username) {
		return jdbc.query("SELECT NAME, EMAIL, MANAGER, LOCALE, DESK_USER FROM PERSON WHERE DESK_USER = ?",
				(rs, n) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5)), username).stream().findFirst();
	}

	/** Owners the latest completed run names that the directory lacks. */
	public List<String> missingOwners() {
		return jdbc.queryForList("SELECT DISTINCT R.OWNER_NAME FROM AUDIT_RESULT R "
				+ "WHERE R.INSTANCE_ID = (SELECT MAX(INSTANCE_ID) FROM AUDIT_RUN WHERE STATUS = 'COMPLETED') "
				+ "AND R.OWNER_NAME IS NOT NULL AND R.SUPERSEDED_BY IS NULL "
				+ "AND NOT EXISTS (SELECT 1 FROM PERSON P WHERE P.NAME = R.OWNER_NAME) ORDER BY R.OWNER_NAME",
				String.class);
	}

	/** Adds or replaces people by name (the desk user link of one already there is kept unless given). */
	void save(Collection<Person> people) {
		for (Person person : people) {
			int updated = jdbc.update("""
					UPDATE PERSON SET EMAIL = ?, MANAGER = ?, LOCALE = ?, DESK_USER = COALESCE(?, DESK_USER)
					WHERE NAME = ?""", person.email(), person.manager(), person.locale(), person.deskUser(),
					person.name());
			if (updated == 0) {
				jdbc.update("INSERT INTO PERSON (NAME, EMAIL, MANAGER, LOCALE, DESK_USER) VALUES (?, ?, ?, ?, ?)",
						person.name(), person.email(), person.manager(), person.locale(), person.deskUser());
			}
		}
	}

}
