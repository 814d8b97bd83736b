package org.netboxauto.store;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/** A host's IP addresses as one space-separated column; an empty list is stored as NULL. */
public final class IpListTypeHandler extends BaseTypeHandler<List<String>> {

    @Override
    public void setParameter(PreparedStatement ps, int i, List<String> value, JdbcType jdbcType)
            throws SQLException {
        if (value == null || value.isEmpty()) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, String.join(" ", value));
        }
    }

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, List<String> value, JdbcType jdbcType)
            throws SQLException {
        setParameter(ps, i, value, jdbcType);
    }

    @Override
    public List<String> getNullableResult(ResultSet rs, String column) throws SQLException {
        return toList(rs.getString(column));
    }

    @Override
    public List<String> getNullableResult(ResultSet rs, int index) throws SQLException {
        return toList(rs.getString(index));
    }

    @Override
    public List<String> getNullableResult(CallableStatement cs, int index) throws SQLException {
        return toList(cs.getString(index));
    }

    // Never null, so a host read back has List.of() rather than null.
    @Override
    public List<String> getResult(ResultSet rs, String column) throws SQLException {
        return toList(rs.getString(column));
    }

    static List<String> toList(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.asList(value.strip().split(" +"));
    }
}
