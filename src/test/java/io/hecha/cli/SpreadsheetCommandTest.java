package io.hecha.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.hecha.TestFiles;
import io.hecha.output.Json;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.hecha.cli.CheckCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code hecha check} and {@code hecha extract} on spreadsheets, black-box, with {@code --password} for an encrypted XLSX. */
class SpreadsheetCommandTest {
    @Test
    void checkAndExtractReadTheSelfEvaluationFormWorkbook(@TempDir Path dir) throws Exception {
        for (String name : new String[]{"self-eval-form-sample.xlsx", "self-eval-form-sample.xls"}) {
            CheckCommandTest.Run c = run("check", TestFiles.fixture(name).toString());
            assertEquals(ExitCodes.OK, c.code(), c.out() + c.err());
            CheckCommandTest.Run e = run("extract", "-o", dir.toString(), TestFiles.fixture(name).toString());
            assertEquals(ExitCodes.OK, e.code(), e.out() + e.err());
            JsonNode json = Json.MAPPER.readTree(dir.resolve(name + ".json").toFile());
            assertEquals(name.substring(name.lastIndexOf('.') + 1), json.get("source").get("format").asText());
            assertEquals("绩效自评表", json.get("report").get("type").asText());
        }
    }

    @Test
    void encryptedWorkbookOpensWithPassword(@TempDir Path dir) throws Exception {
        Path enc = dir.resolve("加密.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("pw-2024");
            try (OPCPackage opc = OPCPackage.open(Files.newInputStream(TestFiles.fixture("self-eval-form-sample.xlsx")));
                 OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(enc)) {
                fs.writeFilesystem(out);
            }
        }
        CheckCommandTest.Run none = run("check", enc.toString());
        assertEquals(ExitCodes.UNREADABLE, none.code());
        assertTrue((none.out() + none.err()).contains("encrypted: a password is required"), none.out() + none.err());
        CheckCommandTest.Run ok = run("check", "--password", "pw-2024", enc.toString());
        assertEquals(ExitCodes.OK, ok.code(), ok.out() + ok.err());
        CheckCommandTest.Run e = run("extract", "--password", "pw-2024", "-o", dir.resolve("out").toString(), enc.toString());
        assertEquals(ExitCodes.OK, e.code(), e.out() + e.err());
        JsonNode json = Json.MAPPER.readTree(dir.resolve("out").resolve("加密.xlsx.json").toFile());
        assertEquals("xlsx", json.get("source").get("format").asText());
        assertEquals(21, json.get("tables").get(0).get("rowCount").asInt());
    }
}
