-- Version 1 of the competency framework: the defaults of DOMAIN.md (practice, PermenPANRB 38/2017), ACTIVE.
insert into competency_framework (version, status, document, created_by, activated_at) values (1, 'ACTIVE', '{
 "name": "Standar Kompetensi Manajerial dan Sosial Kultural ASN (PermenPANRB 38/2017), default",
 "competencies": [
  {
   "code": "INTEGRITAS",
   "name": "Integritas",
   "type": "STANDARD",
   "definition": "Konsisten berperilaku selaras dengan nilai, norma dan etika organisasi; jujur dalam hubungan dengan atasan, rekan dan bawahan. / Acts consistently with the values, norms and ethics of the organisation.",
   "levels": [
    {
     "level": 1,
     "descriptor": "Jujur, taat aturan dan menjaga komitmen (dalam pekerjaannya sendiri / in one''s own work)"
    },
    {
     "level": 2,
     "descriptor": "Mengingatkan rekan agar bertindak sesuai etika (bersama rekan kerja / with immediate peers)"
    },
    {
     "level": 3,
     "descriptor": "Memastikan unit kerja bekerja sesuai kode etik (di lingkungan unit kerjanya / across one''s own unit)"
    },
    {
     "level": 4,
     "descriptor": "Membangun budaya integritas dan menindak pelanggaran (di seluruh instansi / across the whole agency)"
    },
    {
     "level": 5,
     "descriptor": "Menjadi teladan dan membangun sistem integritas (di tingkat nasional / at national level)"
    }
   ]
  },
  {
   "code": "KERJASAMA",
   "name": "Kerja Sama",
   "type": "STANDARD",
   "definition": "Kemampuan menjalin, membina dan mempertahankan hubungan kerja yang efektif. / Builds and keeps effective working relationships.",
   "levels": [
    {
     "level": 1,
     "descriptor": "Berpartisipasi aktif dalam tugas kelompok (dalam pekerjaannya sendiri / in one''s own work)"
    },
    {
     "level": 2,
     "descriptor": "Menumbuhkan tim kerja yang partisipatif dan efektif (bersama rekan kerja / with immediate peers)"
    },
    {
     "level": 3,
     "descriptor": "Efektif membangun tim kerja lintas unit (di lingkungan unit kerjanya / across one''s own unit)"
    },
    {
     "level": 4,
     "descriptor": "Membangun komitmen tim dan sinergi antar instansi (di seluruh instansi / across the whole agency)"
    },
    {
     "level": 5,
     "descriptor": "Menciptakan kolaborasi strategis lintas sektor (di tingkat nasional / at national level)"
    }
   ]
  },
  {
   "code": "KOMUNIKASI",
   "name": "Komunikasi",
   "type": "STANDARD",
   "definition": "Kemampuan menerangkan pandangan dan gagasan secara jelas, sistematis dan meyakinkan. / Explains views and ideas clearly and convincingly.",
   "levels": [
    {
     "level": 1,
     "descriptor": "Menyampaikan informasi dengan jelas, lengkap dan santun (dalam pekerjaannya sendiri / in one''s own work)"
    },
    {
     "level": 2,
     "descriptor": "Aktif menjalankan komunikasi dua arah (bersama rekan kerja / with immediate peers)"
    },
    {
     "level": 3,
     "descriptor": "Berkomunikasi secara sistematis untuk kepentingan unit (di lingkungan unit kerjanya / across one''s own unit)"
    },
    {
     "level": 4,
     "descriptor": "Mampu mengemukakan pemikiran multidimensi secara meyakinkan (di seluruh instansi / across the whole agency)"
    },
    {
     "level": 5,
     "descriptor": "Menciptakan strategi komunikasi yang efektif dan inspiratif (di tingkat nasional / at national level)"
    }
   ]
  },
  {
   "code": "ORIENTASI_HASIL",
   "name": "Orientasi pada Hasil",
   "type": "STANDARD",
   "definition": "Kemampuan mempertahankan komitmen untuk menyelesaikan tugas dengan standar terbaik. / Commits to completing work to the best standard.",
   "levels": [
    {
     "level": 1,
     "descriptor": "Bertanggung jawab atas hasil kerja sendiri (dalam pekerjaannya sendiri / in one''s own work)"
    },
    {
     "level": 2,
     "descriptor": "Berupaya meningkatkan hasil kerja melebihi standar (bersama rekan kerja / with immediate peers)"
    },
    {
     "level": 3,
     "descriptor": "Menetapkan target kerja yang menantang bagi unit (di lingkungan unit kerjanya / across one''s own unit)"
    },
    {
     "level": 4,
     "descriptor": "Mengembangkan standar kinerja instansi (di seluruh instansi / across the whole agency)"
    },
    {
     "level": 5,
     "descriptor": "Mengelola kinerja untuk dampak nasional (di tingkat nasional / at national level)"
    }
   ]
  },
  {
   "code": "PELAYANAN_PUBLIK",
   "name": "Pelayanan Publik",
   "type": "STANDARD",
   "definition": "Kemampuan melaksanakan tugas pelayanan publik secara profesional, transparan dan objektif. / Serves the public professionally, transparently and objectively.",
   "levels": [
    {
     "level": 1,
     "descriptor": "Menjalankan pelayanan sesuai standar (dalam pekerjaannya sendiri / in one''s own work)"
    },
    {
     "level": 2,
     "descriptor": "Mampu mengupayakan pelayanan yang lebih baik (bersama rekan kerja / with immediate peers)"
    },
    {
     "level": 3,
     "descriptor": "Mampu memonitor dan mengevaluasi pelayanan unit (di lingkungan unit kerjanya / across one''s own unit)"
    },
    {
     "level": 4,
     "descriptor": "Mampu memanfaatkan kekuatan kelompok untuk perbaikan pelayanan (di seluruh instansi / across the whole agency)"
    },
    {
     "level": 5,
     "descriptor": "Mampu menciptakan kebijakan pelayanan publik yang berdampak luas (di tingkat nasional / at national level)"
    }
   ]
  },
  {
   "code": "PENGEMBANGAN_DIRI_ORANG_LAIN",
   "name": "Pengembangan Diri dan Orang Lain",
   "type": "STANDARD",
   "definition": "Kemampuan meningkatkan pengetahuan dan keterampilan diri sendiri dan orang lain. / Develops oneself and others.",
   "levels": [
    {
     "level": 1,
     "descriptor": "Pengembangan diri secara mandiri (dalam pekerjaannya sendiri / in one''s own work)"
    },
    {
     "level": 2,
     "descriptor": "Meningkatkan kompetensi diri dan berbagi pengetahuan dengan rekan (bersama rekan kerja / with immediate peers)"
    },
    {
     "level": 3,
     "descriptor": "Membimbing dan memberi umpan balik kepada bawahan (di lingkungan unit kerjanya / across one''s own unit)"
    },
    {
     "level": 4,
     "descriptor": "Menyusun program pengembangan jangka panjang (di seluruh instansi / across the whole agency)"
    },
    {
     "level": 5,
     "descriptor": "Menciptakan sistem pembelajaran organisasi (di tingkat nasional / at national level)"
    }
   ]
  },
  {
   "code": "MENGELOLA_PERUBAHAN",
   "name": "Mengelola Perubahan",
   "type": "STANDARD",
   "definition": "Kemampuan menyesuaikan diri dengan situasi baru dan mendorong perubahan. / Adapts to and drives change.",
   "levels": [
    {
     "level": 1,
     "descriptor": "Menyesuaikan diri dengan perubahan (dalam pekerjaannya sendiri / in one''s own work)"
    },
    {
     "level": 2,
     "descriptor": "Proaktif beradaptasi dan mengikuti perubahan (bersama rekan kerja / with immediate peers)"
    },
    {
     "level": 3,
     "descriptor": "Membantu orang lain mengikuti perubahan (di lingkungan unit kerjanya / across one''s own unit)"
    },
    {
     "level": 4,
     "descriptor": "Memimpin perubahan pada tingkat instansi (di seluruh instansi / across the whole agency)"
    },
    {
     "level": 5,
     "descriptor": "Mengarahkan perubahan strategis nasional (di tingkat nasional / at national level)"
    }
   ]
  },
  {
   "code": "PENGAMBILAN_KEPUTUSAN",
   "name": "Pengambilan Keputusan",
   "type": "STANDARD",
   "definition": "Kemampuan membuat keputusan yang baik secara tepat waktu dan dengan keyakinan. / Makes sound, timely decisions.",
   "levels": [
    {
     "level": 1,
     "descriptor": "Mengumpulkan informasi untuk keputusan rutin (dalam pekerjaannya sendiri / in one''s own work)"
    },
    {
     "level": 2,
     "descriptor": "Menganalisis masalah secara mendalam (bersama rekan kerja / with immediate peers)"
    },
    {
     "level": 3,
     "descriptor": "Membandingkan alternatif dan memutuskan bagi unit (di lingkungan unit kerjanya / across one''s own unit)"
    },
    {
     "level": 4,
     "descriptor": "Menyelesaikan masalah yang berisiko tinggi bagi instansi (di seluruh instansi / across the whole agency)"
    },
    {
     "level": 5,
     "descriptor": "Menghasilkan solusi dan keputusan strategis nasional (di tingkat nasional / at national level)"
    }
   ]
  },
  {
   "code": "PEREKAT_BANGSA",
   "name": "Perekat Bangsa",
   "type": "STANDARD",
   "definition": "Kemampuan mempromosikan sikap toleransi, keterbukaan dan peka terhadap perbedaan. / Promotes tolerance and unity across differences.",
   "levels": [
    {
     "level": 1,
     "descriptor": "Peka dan memahami keberagaman (dalam pekerjaannya sendiri / in one''s own work)"
    },
    {
     "level": 2,
     "descriptor": "Aktif mengembangkan sikap saling menghargai (bersama rekan kerja / with immediate peers)"
    },
    {
     "level": 3,
     "descriptor": "Mempromosikan dan mengembangkan sikap toleransi di unit (di lingkungan unit kerjanya / across one''s own unit)"
    },
    {
     "level": 4,
     "descriptor": "Mendayagunakan perbedaan secara konstruktif (di seluruh instansi / across the whole agency)"
    },
    {
     "level": 5,
     "descriptor": "Wakil pemerintah membangun persatuan bangsa (di tingkat nasional / at national level)"
    }
   ]
  }
 ],
 "standard": {
  "JPT_UTAMA": {
   "INTEGRITAS": 5,
   "KERJASAMA": 5,
   "KOMUNIKASI": 5,
   "ORIENTASI_HASIL": 5,
   "PELAYANAN_PUBLIK": 5,
   "PENGEMBANGAN_DIRI_ORANG_LAIN": 5,
   "MENGELOLA_PERUBAHAN": 5,
   "PENGAMBILAN_KEPUTUSAN": 5,
   "PEREKAT_BANGSA": 5
  },
  "JPT_MADYA": {
   "INTEGRITAS": 5,
   "KERJASAMA": 5,
   "KOMUNIKASI": 5,
   "ORIENTASI_HASIL": 5,
   "PELAYANAN_PUBLIK": 5,
   "PENGEMBANGAN_DIRI_ORANG_LAIN": 5,
   "MENGELOLA_PERUBAHAN": 5,
   "PENGAMBILAN_KEPUTUSAN": 5,
   "PEREKAT_BANGSA": 5
  },
  "JPT_PRATAMA": {
   "INTEGRITAS": 4,
   "KERJASAMA": 4,
   "KOMUNIKASI": 4,
   "ORIENTASI_HASIL": 4,
   "PELAYANAN_PUBLIK": 4,
   "PENGEMBANGAN_DIRI_ORANG_LAIN": 4,
   "MENGELOLA_PERUBAHAN": 4,
   "PENGAMBILAN_KEPUTUSAN": 4,
   "PEREKAT_BANGSA": 4
  },
  "ADMINISTRATOR": {
   "INTEGRITAS": 3,
   "KERJASAMA": 3,
   "KOMUNIKASI": 3,
   "ORIENTASI_HASIL": 3,
   "PELAYANAN_PUBLIK": 3,
   "PENGEMBANGAN_DIRI_ORANG_LAIN": 3,
   "MENGELOLA_PERUBAHAN": 3,
   "PENGAMBILAN_KEPUTUSAN": 3,
   "PEREKAT_BANGSA": 3
  },
  "PENGAWAS": {
   "INTEGRITAS": 2,
   "KERJASAMA": 2,
   "KOMUNIKASI": 2,
   "ORIENTASI_HASIL": 2,
   "PELAYANAN_PUBLIK": 2,
   "PENGEMBANGAN_DIRI_ORANG_LAIN": 2,
   "MENGELOLA_PERUBAHAN": 2,
   "PENGAMBILAN_KEPUTUSAN": 2,
   "PEREKAT_BANGSA": 2
  },
  "AHLI_UTAMA": {
   "INTEGRITAS": 4,
   "KERJASAMA": 4,
   "KOMUNIKASI": 4,
   "ORIENTASI_HASIL": 4,
   "PELAYANAN_PUBLIK": 4,
   "PENGEMBANGAN_DIRI_ORANG_LAIN": 4,
   "MENGELOLA_PERUBAHAN": 4,
   "PENGAMBILAN_KEPUTUSAN": 4,
   "PEREKAT_BANGSA": 4
  },
  "AHLI_MADYA": {
   "INTEGRITAS": 3,
   "KERJASAMA": 3,
   "KOMUNIKASI": 3,
   "ORIENTASI_HASIL": 3,
   "PELAYANAN_PUBLIK": 3,
   "PENGEMBANGAN_DIRI_ORANG_LAIN": 3,
   "MENGELOLA_PERUBAHAN": 3,
   "PENGAMBILAN_KEPUTUSAN": 3,
   "PEREKAT_BANGSA": 3
  },
  "AHLI_MUDA": {
   "INTEGRITAS": 2,
   "KERJASAMA": 2,
   "KOMUNIKASI": 2,
   "ORIENTASI_HASIL": 2,
   "PELAYANAN_PUBLIK": 2,
   "PENGEMBANGAN_DIRI_ORANG_LAIN": 2,
   "MENGELOLA_PERUBAHAN": 2,
   "PENGAMBILAN_KEPUTUSAN": 2,
   "PEREKAT_BANGSA": 2
  },
  "AHLI_PERTAMA": {
   "INTEGRITAS": 1,
   "KERJASAMA": 1,
   "KOMUNIKASI": 1,
   "ORIENTASI_HASIL": 1,
   "PELAYANAN_PUBLIK": 1,
   "PENGEMBANGAN_DIRI_ORANG_LAIN": 1,
   "MENGELOLA_PERUBAHAN": 1,
   "PENGAMBILAN_KEPUTUSAN": 1,
   "PEREKAT_BANGSA": 1
  },
  "PENYELIA": {
   "INTEGRITAS": 2,
   "KERJASAMA": 2,
   "KOMUNIKASI": 2,
   "ORIENTASI_HASIL": 2,
   "PELAYANAN_PUBLIK": 2,
   "PENGEMBANGAN_DIRI_ORANG_LAIN": 2,
   "MENGELOLA_PERUBAHAN": 2,
   "PENGAMBILAN_KEPUTUSAN": 2,
   "PEREKAT_BANGSA": 2
  },
  "MAHIR": {
   "INTEGRITAS": 1,
   "KERJASAMA": 1,
   "KOMUNIKASI": 1,
   "ORIENTASI_HASIL": 1,
   "PELAYANAN_PUBLIK": 1,
   "PENGEMBANGAN_DIRI_ORANG_LAIN": 1,
   "MENGELOLA_PERUBAHAN": 1,
   "PENGAMBILAN_KEPUTUSAN": 1,
   "PEREKAT_BANGSA": 1
  },
  "TERAMPIL": {
   "INTEGRITAS": 1,
   "KERJASAMA": 1,
   "KOMUNIKASI": 1,
   "ORIENTASI_HASIL": 1,
   "PELAYANAN_PUBLIK": 1,
   "PENGEMBANGAN_DIRI_ORANG_LAIN": 1,
   "MENGELOLA_PERUBAHAN": 1,
   "PENGAMBILAN_KEPUTUSAN": 1,
   "PEREKAT_BANGSA": 1
  },
  "PEMULA": {
   "INTEGRITAS": 1,
   "KERJASAMA": 1,
   "KOMUNIKASI": 1,
   "ORIENTASI_HASIL": 1,
   "PELAYANAN_PUBLIK": 1,
   "PENGEMBANGAN_DIRI_ORANG_LAIN": 1,
   "MENGELOLA_PERUBAHAN": 1,
   "PENGAMBILAN_KEPUTUSAN": 1,
   "PEREKAT_BANGSA": 1
  },
  "PELAKSANA": {
   "INTEGRITAS": 1,
   "KERJASAMA": 1,
   "KOMUNIKASI": 1,
   "ORIENTASI_HASIL": 1,
   "PELAYANAN_PUBLIK": 1,
   "PENGEMBANGAN_DIRI_ORANG_LAIN": 1,
   "MENGELOLA_PERUBAHAN": 1,
   "PENGAMBILAN_KEPUTUSAN": 1,
   "PEREKAT_BANGSA": 1
  }
 },
 "jpmPolicy": {
  "formula": "COMPENSATORY",
  "mappingThresholds": {
   "optimal": 90,
   "cukupOptimal": 78
  },
  "selectionThresholds": {
   "memenuhiSyarat": 80,
   "masihMemenuhiSyarat": 68
  },
  "developmentBands": [
   {
    "minGap": -0.5,
    "recommendation": "JOB_ENRICHMENT"
   },
   {
    "minGap": -1.0,
    "recommendation": "COACHING_MENTORING"
   },
   {
    "minGap": -2.0,
    "recommendation": "TRAINING"
   },
   {
    "minGap": null,
    "recommendation": "ROTATION"
   }
  ]
 },
 "potentialPolicy": {
  "jpmWeight": 50,
  "assessmentWeight": 50,
  "thresholds": {
   "tinggi": 90,
   "menengah": 78
  }
 }
}'::jsonb, 'migration', now());
