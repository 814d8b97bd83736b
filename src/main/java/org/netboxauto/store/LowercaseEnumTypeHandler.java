package org.netboxauto.store;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/** Enums stored as their lower-case names, the values the schema's CHECK constraints allow. */
final class LowercaseEnumTypeHandler<E extends Enum<E>> extends BaseTypeHandler<E> {

    private final Class<E> type;

    LowercaseEnumTypeHandler(Class<E> type) {
        this.type = type;
    }

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, E value, JdbcType jdbcType) throws SQLException {
        ps.setString(i, value.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public E getNullableResult(ResultSet rs, String column) throws SQLException {
        return toEnum(rs.getString(column));
    }

    @Override
    public E getNullableResult(ResultSet rs, int index) throws SQLException {
        return toEnum(rs.getString(index));
    }

    @Override
    public E getNullableResult(CallableStatement cs, int index) throws SQLException {
        return toEnum(cs.getString(index));
    }

    private E toEnum(String value) {
        return value == null ? null : Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    }
}
