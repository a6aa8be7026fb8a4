package de.debitum.datacenter.internal.persistence;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Row of {@code ledger_export_file}: one EXTF file of an export, with its bytes. Lists select the other columns only. */
@Entity
@Table(name = "ledger_export_file")
public class LedgerExportFileEntity {
    @EmbeddedId
    public Key key;
    @Column(name = "file_index")
    public int fileIndex;
    @Column(name = "row_count")
    public int rowCount;
    @Column(name = "size_bytes")
    public long sizeBytes;
    public byte[] content;

    /** Primary key: export and file name. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "export_id")
        public long exportId;
        @Column(name = "file_name")
        public String fileName;

        public Key() {
        }

        public Key(long exportId, String fileName) {
            this.exportId = exportId;
            this.fileName = fileName;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && exportId == that.exportId && Objects.equals(fileName, that.fileName);
        }

        @Override
        public int hashCode() {
            return Objects.hash(exportId, fileName);
        }
    }
}
