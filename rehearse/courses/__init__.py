"""What a lecturer hands out and collects: course packs and the class report built from students' tutor exports."""
