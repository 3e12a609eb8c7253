"""Run every benchmark, one after another (never two at once: they share the machine)."""

import bench_accessible_map
import bench_editor
import bench_export
import bench_full_map
import bench_history
import bench_html_map
import bench_merge
import bench_pack
import bench_presentation
import bench_large_inputs
import bench_library
import bench_projection
import bench_project_file
import bench_survey_import
import bench_workbook
import bench_waves

if __name__ == "__main__":
    bench_project_file.run()
    bench_editor.run()
    bench_full_map.run()
    bench_export.run()
    bench_html_map.run()
    bench_pack.run()
    bench_survey_import.run()
    bench_workbook.run()
    bench_waves.run()
    bench_merge.run()
    bench_large_inputs.run()
    bench_history.run()
    bench_projection.run()
    bench_presentation.run()
    bench_library.run()
    bench_accessible_map.run()
