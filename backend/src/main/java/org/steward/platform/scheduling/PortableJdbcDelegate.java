package org.steward.platform.scheduling;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;

/**
 * Quartz's standard delegate, writing its flags (the {@code VARCHAR(1)} columns of {@code tables_mysql_innodb.sql},
 * e.g. {@code IS_DURABLE}) as the text "1" or "0". {@code setBoolean} stores "1" on MySQL and MariaDB but "TRUE" on
 * H2, which does not fit the column: on the embedded database no job could be stored and the scheduler did not
 * start. Reading back is unchanged ({@code getBoolean} takes "1" and "0" on all three).
 */
public class PortableJdbcDelegate extends StdJDBCDelegate {

    @Override
    protected void setBoolean(PreparedStatement ps, int index, boolean val) throws SQLException {
        ps.setString(index, val ? "1" : "0");
    }
}
